"""The window's privacy controls: "Delete all my data" (File menu) resets the app
without a restart and deletes on the data worker; the history retention setting
is enforced at start-up, daily and at quit, and "don't keep" is shown."""

from __future__ import annotations

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

import ui.controller as controller_mod
from assistant.config import Settings, load_settings, save_settings
from assistant.engines.fake import FakeEngine
from assistant.privacy import DAY_S
from assistant.store import HistoryStore
from assistant.translate import Glossary, load_glossary
from ui.settings_dialog import SettingsDialog

from .conftest import close
from .helpers import row_texts, send


def old_conversation(paths, title: str, age_days: float, now: float) -> int:
    with HistoryStore(paths.history_db) as s:
        s._now = lambda: now - age_days * DAY_S  # noqa: SLF001 - the store's clock
        c = s.create_conversation(title)
        s.add_message(c.id, "user", f"about {title}")
        return c.id


def test_delete_all_my_data_resets_the_window_on_the_data_thread(make_ui, qtbot, app_paths, monkeypatch, heartbeat):
    ran_on: list[bool] = []
    real = controller_mod.forget_all

    def spy(paths, *, store=None):
        ran_on.append(QThread.currentThread() is QApplication.instance().thread())
        return real(paths, store=store)

    monkeypatch.setattr(controller_mod, "forget_all", spy)
    ui = make_ui(settings=Settings(theme="dark", system_prompt="Talk like a pirate."))
    send(qtbot, ui, "my secret plan")
    ui.controller.update_settings(ui.controller.settings.replace(temperature=0.7))
    ui.controller.translator.save_glossary(Glossary((("cat", "chat"),)))
    (app_paths.models_dir / "llm").mkdir(parents=True, exist_ok=True)
    (app_paths.models_dir / "llm" / "mine.gguf").write_bytes(b"GGUF")
    qtbot.waitUntil(lambda: app_paths.settings_file.exists() and app_paths.glossary_file.exists(), timeout=3000)

    asked: list[str] = []
    ui.window.ask_confirm = lambda title, text, ok="Delete": asked.append(text) or False
    ui.window.forget_action.trigger()
    assert asked and "rebuilt from the installed packages" in asked[0]
    assert ui.store.list_conversations(), "cancelled: nothing deleted"

    ui.window.ask_confirm = lambda title, text, ok="Delete": True
    heartbeat.start()
    with qtbot.waitSignal(ui.controller.data_forgotten, timeout=10_000) as blocker:
        ui.window.forget_action.trigger()
    assert heartbeat.stop() < 0.5
    assert ran_on == [False], "deleted on a worker thread, not the GUI thread"
    report = blocker.args[0]
    assert report.ok
    # a fresh state, without a restart
    assert ui.controller.settings == Settings()
    assert ui.window.sidebar.conversations.count() == 0 and row_texts(ui) == []
    assert "All your data was deleted" in ui.window.notice_bar.text()
    assert not app_paths.settings_file.exists() and not (app_paths.models_dir / "llm" / "mine.gguf").exists()
    qtbot.waitUntil(lambda: ui.controller.translator.glossary == Glossary(), timeout=3000)
    assert load_glossary(app_paths.glossary_file) == Glossary()
    # and it goes on working: the store was reopened empty
    send(qtbot, ui, "hello again")
    assert [c.title for c in ui.store.list_conversations()] == ["hello again"]
    assert ui.store.list_conversations()[0].message_count == 2


def test_delete_all_waits_for_the_reply_being_written(make_ui, qtbot, app_paths):
    ui = make_ui(engine=FakeEngine(reply=" ".join(["word"] * 400), token_delay_s=0.01))
    ui.window.ask_confirm = lambda title, text, ok="Delete": True
    ui.composer.set_text("write a lot")
    with qtbot.waitSignal(ui.controller.reply_started, timeout=5000):
        ui.window._on_send_requested("write a lot")  # noqa: SLF001 - what the Send button calls
    assert ui.controller.busy
    with qtbot.waitSignal(ui.controller.data_forgotten, timeout=10_000):
        assert ui.window.forget_all_data()
        assert not ui.window.forget_all_data(), "once at a time"
    assert not ui.controller.busy
    assert ui.store.list_conversations() == [], "the cut reply was not written back after the deletion"


def test_30_days_retention_at_start_up_and_daily(make_ui, qtbot, app_paths):
    import time

    now = time.time()
    old = old_conversation(app_paths, "old", 45, now)
    recent = old_conversation(app_paths, "recent", 3, now)
    ui = make_ui(settings=Settings(history_retention="30d"))
    qtbot.waitUntil(lambda: ui.window.sidebar.conversations.count() == 1, timeout=3000)
    assert [c.id for c in ui.store.list_conversations()] == [recent]
    assert old != recent
    timer = ui.controller._retention_timer  # noqa: SLF001
    assert timer.isActive() and timer.interval() == 24 * 3600 * 1000
    # a day later, the recent one is old too
    ui.store._now = lambda: now - 40 * DAY_S  # noqa: SLF001
    ui.store.create_conversation("made 40 days ago")
    with qtbot.waitSignal(ui.controller.retention_applied, timeout=3000) as blocker:
        timer.timeout.emit()
    assert blocker.args[0].conversations == 1
    assert [c.id for c in ui.store.list_conversations()] == [recent]
    assert not ui.window.sidebar.retention_hint.isVisibleTo(ui.window)


def test_dont_keep_history_deletes_at_start_up_and_at_quit_and_says_so(make_ui, qtbot, app_paths):
    old_conversation(app_paths, "yesterday", 1, 0)
    ui = make_ui(settings=Settings(history_retention="none"))
    qtbot.waitUntil(lambda: ui.store.list_conversations() == [], timeout=3000)
    hint = ui.window.sidebar.retention_hint
    assert hint.isVisibleTo(ui.window) and "not kept" in hint.text()
    send(qtbot, ui, "this session only")
    assert len(ui.store.list_conversations()) == 1, "kept while the app runs"
    close(ui)
    with HistoryStore(app_paths.history_db) as s:
        assert s.list_conversations() == [] and s.translations() == []


def test_retention_in_the_settings_dialog(make_ui, qtbot, app_paths):
    ui = make_ui()
    old_conversation(app_paths, "old", 90, __import__("time").time())
    ui.controller.refresh_conversations()
    qtbot.waitUntil(lambda: ui.window.sidebar.conversations.count() == 1, timeout=3000)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert dialog.history_retention.currentData() == "forever"
        dialog.history_retention.setCurrentIndex(dialog.history_retention.findData("30d"))
        dialog.accept()

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(ui.controller.retention_applied, timeout=5000):
        ui.window.settings_action.trigger()  # becoming stricter applies at once
    qtbot.waitUntil(lambda: ui.window.sidebar.conversations.count() == 0, timeout=3000)
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings.history_retention == "30d", timeout=3000)
    ui.controller.update_settings(ui.controller.settings.replace(history_retention="none"))
    assert ui.window.sidebar.retention_hint.isVisibleTo(ui.window)
    ui.controller.update_settings(ui.controller.settings.replace(history_retention="forever"))
    assert not ui.window.sidebar.retention_hint.isVisibleTo(ui.window)


def test_saved_retention_is_read_back(app_paths, qtbot):
    save_settings(Settings(history_retention="none"), app_paths.settings_file)
    s = load_settings(app_paths.settings_file).settings
    dialog = SettingsDialog(s)
    qtbot.addWidget(dialog)
    assert dialog.history_retention.currentData() == "none"
    assert dialog.result_settings() == s
