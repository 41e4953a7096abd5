"""The tray icon's menu, closing to the tray, and the commands a later start
hands over, through ui.desktop.DesktopShell over the real window and a
FakeEngine. The offscreen platform has no tray, so the icon here is a TrayIcon
that never shows its native part; everything else is the real wiring."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from assistant.audio.devices import AudioStatus
from assistant.config import Settings
from assistant.engines.fake import FakeEngine
from ui import voice as ui_voice
from ui.desktop import DesktopShell
from ui.global_keys import GlobalKeys
from ui.instance import InstanceServer
from ui.tray import TrayIcon

from .helpers import send, wait_idle
from .voice_fakes import FakeAudio

#: bringing the window to the front raises it, which the offscreen platform cannot do (a
#: test's own mark replaces the one tests/ui/conftest.py adds, so that one is repeated)
raises = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support propagateSizeHints")

TRANSCRIPT = "What is the capital of France?"
REPLY = "Paris."


class OffscreenTray(TrayIcon):
    """A TrayIcon whose native icon is never shown (offscreen has no tray, and Qt
    warns when asked to show one there); it records its notifications."""

    def __init__(self, owner) -> None:
        super().__init__(QIcon(), owner)
        self.messages: list[tuple[str, str]] = []

    def set_visible(self, visible: bool) -> None:
        self._visible = visible

    def show_message(self, title: str, text: str, msecs: int = 6000) -> None:
        if self._visible:
            self.messages.append((title, text))


class UserClose(QCloseEvent):
    """A close from the window system (the title bar, Alt+F4), which Qt marks
    spontaneous. A test cannot make Qt send one, so closeEvent gets this directly."""

    def spontaneous(self) -> bool:
        return True


def user_close(window) -> bool:
    """Close the window as a person would; True when the close went ahead."""
    event = UserClose()
    window.closeEvent(event)
    if event.isAccepted():
        window.hide()  # what Qt does next with an accepted close
    return event.isAccepted()


@pytest.fixture
def shells():
    made: list[DesktopShell] = []

    def factory(ui, *, tray: bool = True) -> DesktopShell:
        shell = DesktopShell(ui.window, tray_available=lambda: tray, make_tray=OffscreenTray)
        made.append(shell)
        return shell

    yield factory
    for shell in made:
        shell.shutdown()
    assert QApplication.instance().quitOnLastWindowClosed()


@pytest.fixture
def quits(monkeypatch) -> list[bool]:
    """QApplication.quit, recorded instead of done (the test session shares the app)."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: calls.append(True)))
    return calls


@pytest.fixture
def instant_hold(monkeypatch):
    monkeypatch.setattr(ui_voice, "MIN_HOLD_S", 0.0)


# ---- the menu ------------------------------------------------------------------------------
def test_menu_has_every_item_translatable_and_named(qapp):
    tray = OffscreenTray(None)
    try:
        texts = [a.text().replace("&", "") for a in tray.menu.actions() if not a.isSeparator()]
        assert texts == ["Open Parley", "New chat", "Talk", "Translator", "Quick ask…", "Quit"]
        assert tray.menu.accessibleName()
        assert tray.talk_action.statusTip()
        assert isinstance(TrayIcon.available(), bool)
        assert tray._icon.contextMenu() is tray.menu
        assert not tray.is_visible()
    finally:
        tray.close()


@raises
def test_open_shows_and_raises_a_hidden_or_minimized_window(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui)
    ui.window.hide()
    shell.tray.open_action.trigger()
    assert ui.window.isVisible()
    ui.window.showMinimized()
    shell.tray.open_action.trigger()
    assert ui.window.isVisible() and not ui.window.isMinimized()


@raises
def test_left_click_toggles_the_window(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui)
    shell.tray._on_icon_activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert not ui.window.isVisible()
    shell.tray._on_icon_activated(QSystemTrayIcon.ActivationReason.Context)  # the menu, not a toggle
    assert not ui.window.isVisible()
    shell.tray._on_icon_activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert ui.window.isVisible()


@raises
def test_new_chat_opens_a_fresh_chat_and_shows_the_window(make_ui, shells, qtbot):
    ui = make_ui(FakeEngine(reply=REPLY))
    shell = shells(ui)
    send(qtbot, ui, "Hello")
    wait_idle(qtbot, ui)
    before = ui.controller.current_conversation.id
    ui.window.show_translator()
    ui.window.hide()
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=5000) as blocker:
        shell.tray.new_chat_action.trigger()
    view = blocker.args[0]
    assert view.conversation.id != before and view.messages == ()
    assert ui.window.isVisible() and not ui.window.translator_shown()


@raises
def test_translator_shows_the_translator(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui)
    ui.window.hide()
    shell.tray.translator_action.trigger()
    assert ui.window.isVisible() and ui.window.translator_shown()


def test_quick_ask_asks_for_the_popup(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui)
    with qtbot.waitSignal(shell.quick_ask_requested, timeout=1000):
        shell.tray.quick_ask_action.trigger()
    assert shell.quick_ask is not None and shell.quick_ask.isVisible()  # the box itself, on top
    assert shell.quick_ask.parent() is None  # works while the window is hidden in the tray


def test_talk_toggles_listening_without_showing_the_window(make_ui, shells, qtbot, instant_hold):
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT))
    shell = shells(ui)
    qtbot.waitUntil(lambda: ui.controller.voice_available.ok, timeout=5000)
    assert not user_close(ui.window)  # into the tray
    assert not ui.window.isVisible()
    talk = shell.tray.talk_action
    talk.trigger()
    assert ui.controller.voice_state == "listening"
    assert "send" in talk.text().lower()  # the item now says it will stop and send
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000) as blocker:
        talk.trigger()
    assert blocker.args[0].transcript == TRANSCRIPT
    wait_idle(qtbot, ui)
    assert talk.text().replace("&", "") == "Talk"
    assert not ui.window.isVisible(), "a spoken turn from the tray leaves the window where it was"


@raises
def test_talk_refused_brings_the_window_up_to_say_why(make_ui, shells, qtbot):
    ui = make_ui(audio=FakeAudio(status=AudioStatus(portaudio=True, inputs=[], outputs=["Speaker"])))
    shell = shells(ui)
    qtbot.waitUntil(lambda: ui.controller.voice_available.known, timeout=5000)
    assert not user_close(ui.window)
    shell.tray.talk_action.trigger()
    assert ui.controller.voice_state != "listening"
    assert ui.window.isVisible()


def test_quit_really_quits_even_with_close_to_tray(make_ui, shells, qtbot, quits):
    ui = make_ui()
    shell = shells(ui)
    assert shell.keeps_running()
    shell.tray.quit_action.trigger()
    assert quits == [True]
    assert ui.window.quitting and not ui.window.isVisible()
    assert (ui.paths.config_dir / "window.ini").is_file(), "closed for real: the window saved its place"
    assert shell.tray.messages == [], "no 'still running' message when quitting"


def test_ctrl_q_really_quits_with_a_tray(make_ui, shells, qtbot, quits):
    ui = make_ui()
    shells(ui)
    ui.window.quit_action.trigger()  # Ctrl+Q
    assert quits == [True] and not ui.window.isVisible()


# ---- closing to the tray -------------------------------------------------------------------
@raises
def test_close_hides_into_the_tray_and_says_so_once(make_ui, shells, qtbot, quits):
    ui = make_ui()
    shell = shells(ui)
    assert shell.tray_shown() and not QApplication.instance().quitOnLastWindowClosed()
    assert not user_close(ui.window)
    assert not ui.window.isVisible() and not ui.window.quitting
    assert not (ui.paths.config_dir / "window.ini").exists(), "hidden, not closed"
    assert len(shell.tray.messages) == 1 and "still running" in shell.tray.messages[0][1]
    shell.run_command("show")
    assert ui.window.isVisible()
    assert not user_close(ui.window)
    assert not ui.window.isVisible()
    assert len(shell.tray.messages) == 1, "told once per run"
    assert quits == []


def test_close_quits_without_a_tray(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui, tray=False)
    assert shell.tray is None and not shell.keeps_running()
    assert QApplication.instance().quitOnLastWindowClosed()
    assert user_close(ui.window)
    assert (ui.paths.config_dir / "window.ini").is_file(), "closed for real, as before"


def test_close_quits_when_close_to_tray_is_off(make_ui, shells, qtbot):
    ui = make_ui(settings=Settings(close_to_tray=False))
    shell = shells(ui)
    assert shell.tray_shown() and not shell.keeps_running()
    assert QApplication.instance().quitOnLastWindowClosed()
    assert user_close(ui.window)
    assert (ui.paths.config_dir / "window.ini").is_file()
    assert shell.tray.messages == []


def test_closing_from_code_or_an_app_quit_still_closes(make_ui, shells, qtbot):
    """QApplication.quit() (the Dock's Quit, logging out, --quit-when-ready) closes
    the windows from code; hiding then would stop the quit."""
    ui = make_ui()
    shell = shells(ui)
    assert shell.keeps_running()
    assert ui.window.close()
    assert not ui.window.isVisible() and (ui.paths.config_dir / "window.ini").is_file()
    assert shell.tray.messages == []


def test_no_tray_icon_when_the_setting_is_off(make_ui, shells, qtbot):
    ui = make_ui(settings=Settings(tray_icon=False))
    shell = shells(ui)
    assert not shell.tray_shown() and not shell.keeps_running()


def test_settings_show_and_hide_the_icon(make_ui, shells, qtbot):
    ui = make_ui()
    shell = shells(ui)
    app = QApplication.instance()
    ui.controller.update_settings(ui.controller.settings.replace(tray_icon=False))
    assert not shell.tray_shown() and app.quitOnLastWindowClosed()
    ui.controller.update_settings(ui.controller.settings.replace(tray_icon=True))
    assert shell.tray_shown() and not app.quitOnLastWindowClosed()
    ui.controller.update_settings(ui.controller.settings.replace(close_to_tray=False))
    assert shell.tray_shown() and app.quitOnLastWindowClosed()


@raises
def test_window_comes_back_when_the_icon_goes_while_hidden(make_ui, shells, qtbot):
    ui = make_ui()
    shells(ui)
    assert not user_close(ui.window)
    assert not ui.window.isVisible()
    ui.controller.update_settings(ui.controller.settings.replace(tray_icon=False))
    assert ui.window.isVisible(), "with no icon left, nothing else could bring it back"


# ---- commands from later starts ------------------------------------------------------------
@raises
def test_commands_from_the_instance_server_reach_the_window(make_ui, shells, qtbot, app_paths, tmp_path):
    ui = make_ui()
    shell = shells(ui)
    server = InstanceServer(str(tmp_path / "s"))
    server.command_received.connect(shell.run_command)
    ui.window.hide()
    server.deliver("translator")
    assert ui.window.isVisible() and ui.window.translator_shown()
    ui.window.showMinimized()
    server.deliver("show")
    assert not ui.window.isMinimized()
    with qtbot.waitSignal(shell.quick_ask_requested, timeout=1000):
        server.deliver("quick-ask")
    assert shell.quick_ask is not None and shell.quick_ask.isVisible()
    with pytest.raises(ValueError):
        shell.run_command("format-disk")


@raises
def test_new_chat_at_start_waits_for_the_newest_chat(make_ui, shells, qtbot, app_paths):
    first = make_ui(FakeEngine(reply=REPLY))
    send(qtbot, first, "Hello")
    wait_idle(qtbot, first)
    old = first.controller.current_conversation.id
    first.window.close()
    first.controller.shutdown()
    ui = make_ui(FakeEngine(reply=REPLY), wait=False)  # the newest chat is still loading
    shell = shells(ui)
    loaded = []
    ui.controller.conversation_loaded.connect(lambda view: loaded.append(view.conversation))  # GUI thread
    shell.run_at_start("new-chat")
    qtbot.waitUntil(lambda: len(loaded) >= 2, timeout=5000)
    assert loaded[0].id == old and loaded[-1].id != old
    assert ui.controller.current_conversation.id != old


class StubKeys(GlobalKeys):
    """The real GlobalKeys with no backend ("off"); the test presses its keys by
    emitting what a backend would emit on the GUI thread."""

    def __init__(self, owner) -> None:
        super().__init__(owner, backend="off")
        self.sets: list[dict[str, str]] = []

    def set_keys(self, keys) -> None:
        self.sets.append(dict(keys))
        super().set_keys(keys)


def test_global_keys_follow_the_settings_and_talk_while_hidden(make_ui, qtbot, instant_hold):
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT))
    keys = StubKeys(None)
    shell = DesktopShell(ui.window, tray_available=lambda: True, make_tray=OffscreenTray, global_keys=keys)
    try:
        assert keys.sets == [{"talk": "Ctrl+Alt+Space", "quick-ask": "Ctrl+Alt+A"}]
        ui.controller.update_settings(ui.controller.settings.replace(quick_ask_key="Ctrl+Alt+Q"))
        qtbot.waitUntil(lambda: len(keys.sets) == 2, timeout=2000)
        assert keys.sets[-1]["quick-ask"] == "Ctrl+Alt+Q"
        ui.controller.update_settings(ui.controller.settings.replace(temperature=0.5))  # keys unchanged: no re-bind
        qtbot.wait(100)
        assert len(keys.sets) == 2
        assert "Off" in shell.desktop_status() or keys.mode_text in shell.desktop_status()

        qtbot.waitUntil(lambda: ui.controller.voice_available.ok, timeout=5000)
        assert not user_close(ui.window)  # hidden in the tray; another application has the focus
        keys.pressed.emit("talk")  # held ...
        assert ui.controller.voice_state == "listening"
        with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000) as blocker:
            keys.released.emit("talk")  # ... and let go
        assert blocker.args[0].transcript == TRANSCRIPT
        wait_idle(qtbot, ui)
        assert not ui.window.isVisible()

        with qtbot.waitSignal(shell.quick_ask_requested, timeout=1000):
            keys.pressed.emit("quick-ask")
        assert shell.quick_ask is not None and shell.quick_ask.isVisible()
    finally:
        shell.shutdown()
