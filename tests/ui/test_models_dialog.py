"""The Models window (Tools → Models…, Ctrl+M): listing, add, remove, defaults,
per-model options, downloads from a loopback server, and (with the real engine) a
model added through the window answering in chat and surviving a restart."""

from __future__ import annotations

import json
import shutil
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from assistant.config import ModelOptions, Settings, load_settings
from assistant.models.fit import FitCheck
from assistant.models.registry import SMOLLM2, ModelRegistry
from ui import models_dialog as md
from ui.models_dialog import BUILT_IN_TIP, NO_GPU_TIP, ModelOptionsDialog, ModelsDialog

from .a11y import undescribed_controls, unnamed_controls
from .conftest import close
from .pseudo_tr import pseudo_translated, untranslated_texts

PIPER_CFG = {
    "audio": {"sample_rate": 22050},
    "espeak": {"voice": "fr"},
    "language": {"code": "fr_FR", "name_english": "French"},
    "phoneme_id_map": {"_": [0], "a": [14]},
}


def _gguf_string(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def gguf_bytes(name: str = "Tiny Test", tail: int = 64) -> bytes:
    """A GGUF header that read_gguf accepts, plus bytes standing in for weights."""
    meta: dict[str, object] = {
        "general.architecture": "llama",
        "general.name": name,
        "general.license": "mit",
        "general.languages": ["fr", "de"],
        "general.file_type": 15,
        "llama.context_length": 4096,
        "llama.block_count": 2,
        "llama.embedding_length": 64,
        "llama.attention.head_count": 4,
        "llama.attention.head_count_kv": 2,
    }
    out = b"GGUF" + struct.pack("<IQQ", 3, 1, len(meta))
    for key, value in meta.items():
        out += _gguf_string(key)
        if isinstance(value, str):
            out += struct.pack("<I", 8) + _gguf_string(value)
        elif isinstance(value, int):
            out += struct.pack("<II", 4, value)
        else:
            assert isinstance(value, list)
            out += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(_gguf_string(v) for v in value)
    out += (
        _gguf_string("token_embd.weight") + struct.pack("<I", 2) + struct.pack("<QQ", 64, 4) + struct.pack("<IQ", 0, 0)
    )
    return out + b"\0" * tail


def nothing_left(models_dir: Path) -> bool:
    return [p for p in models_dir.rglob("*") if p.is_file() or p.name.startswith(".")] == []


def open_models(ui, qtbot) -> ModelsDialog:
    with qtbot.waitSignal(ui.window.models_action.triggered, timeout=1000):
        ui.window.models_action.trigger()
    dialog = ui.window._models_dialog  # noqa: SLF001
    assert isinstance(dialog, ModelsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: len(dialog.models) > 0, timeout=10_000)
    return dialog


def picker_names(ui) -> list[str]:
    p = ui.window.model_picker
    return [p.itemText(i) for i in range(p.count())]


def wait_transfer(qtbot, dialog: ModelsDialog, state: str, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: dialog.transfer is None or dialog.transfer.state == state, timeout=timeout)


# ---- a loopback web server (127.0.0.1, port 0) ------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = self.server.files.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        step = 64 * 1024
        for i in range(0, len(body), step):
            try:
                self.wfile.write(body[i : i + step])
            except OSError:  # the client cancelled
                return
            if self.server.delay:
                time.sleep(self.server.delay)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files: dict[str, bytes] = {}
        self.delay = 0.0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture
def server(monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


# ---- fast tests, FakeEngine ----------------------------------------------------------------
def test_menu_shortcut_and_picker_open_one_models_window(make_ui, qtbot):
    ui = make_ui()
    assert ui.window.models_action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+M"
    tools = next(a.menu() for a in ui.window.menuBar().actions() if a.text().replace("&", "") == "Tools")
    assert ui.window.models_action in tools.actions()
    dialog = open_models(ui, qtbot)

    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Language models", "Speech to text", "Voices"]
    assert {m.kind for m in dialog.models} == {"llm", "stt", "tts"}
    row = dialog.item_for(SMOLLM2)
    assert row is not None
    assert row.text(1) == "English" and row.text(4) == "Apache-2.0" and "chat" in row.text(5)
    assert row.text(2).endswith("MB") and row.text(3).startswith("~")
    assert dialog.selected is not None and dialog.selected.name == SMOLLM2  # the chat model, to start with
    assert dialog.path_label.text() == dialog.selected.path
    qtbot.waitUntil(
        lambda: "free now" in dialog.fit_label.text() or "Needs about" in dialog.fit_label.text(), timeout=5000
    )

    dialog.close()
    assert not dialog.isVisible()
    # "Manage models…" at the end of the picker opens the same window again
    picker = ui.window.model_picker
    assert picker_names(ui)[-1] == "Manage models…"
    picker.activated.emit(picker.count() - 1)
    assert ui.window._models_dialog is dialog and dialog.isVisible()  # noqa: SLF001
    assert picker.currentText() == SMOLLM2  # the selection is put back


def test_builtin_models_cannot_be_removed(make_ui, qtbot):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    for m in dialog.models:
        if m.source == "embedded":
            assert dialog.select(m.name)
            assert not dialog.remove_button.isEnabled()
            assert dialog.remove_button.toolTip() == BUILT_IN_TIP
    asked = []
    dialog.ask_confirm = lambda *a, **k: asked.append(a) or True
    dialog.remove()  # refused before asking
    assert asked == []


def test_add_a_model_then_remove_it(make_ui, qtbot, tmp_path, app_paths):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    src = tmp_path / "Tiny-Q4.gguf"
    src.write_bytes(gguf_bytes(tail=300_000))
    names_asked = []
    dialog.ask_add_file = lambda: str(src)
    dialog.ask_model_name = lambda suggested, source: names_asked.append(suggested) or "tiny-one"

    with qtbot.waitSignal(ui.controller.models_changed, timeout=10_000):
        dialog.add_file_button.click()
        wait_transfer(qtbot, dialog, "done")
    assert names_asked == ["Tiny-Q4"]
    qtbot.waitUntil(lambda: dialog.model("tiny-one") is not None, timeout=5000)
    m = dialog.model("tiny-one")
    assert m.source == "user" and m.removable and m.languages == ("fr", "de")
    assert Path(m.path) == app_paths.models_dir / "llm" / "tiny-one.gguf" and Path(m.path).is_file()
    assert src.is_file()  # a copy: the original stays
    assert dialog.selected is not None and dialog.selected.name == "tiny-one"  # the new model is shown
    assert "Added tiny-one" in dialog.notice.text()
    qtbot.waitUntil(lambda: any("tiny-one" in n for n in picker_names(ui)), timeout=5000)  # the chat picker too
    assert not dialog.transfer_panel.isVisible()

    # remove: asked first, then gone from the window, the picker and the disk
    assert dialog.remove_button.isEnabled()
    confirms = []
    dialog.ask_confirm = lambda title, text, ok="Remove": confirms.append(text) or True
    with qtbot.waitSignal(dialog.notice_shown, timeout=5000):
        dialog.remove_button.click()
    assert "deleted" in confirms[0]
    qtbot.waitUntil(lambda: dialog.model("tiny-one") is None, timeout=5000)
    assert dialog.notice.text() == "Removed tiny-one."
    qtbot.waitUntil(lambda: not any("tiny-one" in n for n in picker_names(ui)), timeout=5000)
    assert nothing_left(app_paths.models_dir / "llm")


def test_a_refused_file_shows_the_reason(make_ui, qtbot, tmp_path, app_paths):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    junk = tmp_path / "notes.gguf"
    junk.write_text("hello, this is not a model " * 50)
    with qtbot.waitSignal(dialog.notice_shown, timeout=10_000, check_params_cb=lambda kind, _t: kind == "error"):
        assert dialog.add_from(str(junk), name="notes")
    text = dialog.notice.text()
    assert "notes.gguf was not added" in text and "not a GGUF model" in text
    assert dialog.notice.property("kind") == "error" and dialog.notice.isVisible()
    assert dialog.model("notes") is None
    assert not (app_paths.models_dir / "llm").exists() or nothing_left(app_paths.models_dir / "llm")
    assert dialog.add_file_button.isEnabled()  # ready for the next try


def test_a_folder_that_is_not_whisper_is_refused(make_ui, qtbot, tmp_path):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    folder = tmp_path / "holiday-photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    dialog.ask_add_folder = lambda: str(folder)
    dialog.ask_model_name = lambda suggested, source: suggested
    with qtbot.waitSignal(dialog.notice_shown, timeout=10_000, check_params_cb=lambda kind, _t: kind == "error"):
        dialog.add_folder_button.click()
    assert "Whisper model folder holds model.bin" in dialog.notice.text()


def test_a_new_voice_is_offered_to_the_voice_settings(make_ui, qtbot, tmp_path):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    onnx = tmp_path / "fr_FR-test-low.onnx"
    onnx.write_bytes(b"\x08\x07\x12\x07pytorch" + b"\0" * 500)
    (tmp_path / "fr_FR-test-low.onnx.json").write_text(json.dumps(PIPER_CFG))
    assert dialog.add_from(str(onnx), name="french")
    wait_transfer(qtbot, dialog, "done")
    qtbot.waitUntil(lambda: dialog.model("french") is not None, timeout=5000)
    assert dialog.select("french")
    assert [a.data() for a in dialog.default_menu.actions()] == ["tts"]  # a voice is only ever a voice
    assert not dialog.options_button.isEnabled()
    with qtbot.waitSignal(dialog.notice_shown, timeout=5000):
        dialog.set_default("tts")
    assert ui.controller.settings.tts_voice == "french"
    with qtbot.waitSignal(ui.controller.voice_options, timeout=5000) as blocker:
        ui.controller.refresh_voice_options()
    assert any(v.name == "french" and "tts" in v.defaults for v in blocker.args[0].tts_voices)
    qtbot.waitUntil(lambda: "voice" in dialog.item_for("french").text(5), timeout=5000)


def test_set_as_chat_default_shows_the_fit_warning_but_proceeds(make_ui, qtbot, tmp_path, app_paths, monkeypatch):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    src = tmp_path / "big.gguf"
    src.write_bytes(gguf_bytes(tail=1000))
    assert dialog.add_from(str(src), name="big")
    wait_transfer(qtbot, dialog, "done")
    qtbot.waitUntil(lambda: dialog.model("big") is not None, timeout=5000)
    warning = FitCheck(
        ok=False,
        estimated_ram_bytes=9 * 2**30,
        available_ram_bytes=4 * 2**30,
        warning="It needs about 9.0 GB of memory but only 4.0 GB is free.",
        suggestion="Choose a smaller quantization such as Q4_K_M",
    )
    monkeypatch.setattr(md, "check_fit", lambda *a, **k: warning)
    assert dialog.select("big")
    roles = [a.data() for a in dialog.default_menu.actions()]
    assert roles == ["chat", "translation"]
    with qtbot.waitSignal(dialog.notice_shown, timeout=5000, check_params_cb=lambda _k, text: "now the" in text):
        next(a for a in dialog.default_menu.actions() if a.data() == "chat").trigger()
    assert ui.controller.settings.chat_model == "big"
    text = dialog.notice.text()
    assert text.startswith("big is now the chat model.")
    assert "only 4.0 GB is free" in text and "Choose a smaller quantization such as Q4_K_M." in text
    assert dialog.notice.property("kind") == "warning"
    qtbot.waitUntil(lambda: ui.window.model_picker.currentText().startswith("big"), timeout=5000)
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings.chat_model == "big", timeout=5000)
    qtbot.waitUntil(lambda: "chat" in dialog.item_for("big").text(5), timeout=5000)
    assert "chat" not in dialog.item_for(SMOLLM2).text(5)
    assert "only 4.0 GB" in dialog.fit_label.text() and dialog.fit_label.property("kind") == "warning"


def test_options_are_saved_per_model(make_ui, qtbot, app_paths):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    qtbot.waitUntil(lambda: dialog.gpu_available is not None, timeout=30_000)  # probed once, off this thread
    assert dialog.select(SMOLLM2)
    seen = {}

    def fill_in(d: ModelOptionsDialog) -> bool:
        seen["gpu_enabled"] = d.gpu_layers.isEnabled()
        seen["gpu_tip"] = d.gpu_layers.toolTip()
        d.context_length.setCurrentIndex(d.context_length.findData(4096))
        d.n_threads.setValue(2)
        d.chat_template.setPlainText("{% for m in messages %}{{ m['content'] }}{% endfor %}")
        d.system_prompt.setPlainText("Be brief.")
        assert d.template_problem() == ""
        return True

    dialog.ask_options = fill_in
    dialog.options_button.click()
    opts = ui.controller.settings.options_for(dialog.selected.path)
    assert (opts.context_length, opts.n_threads, opts.system_prompt) == (4096, 2, "Be brief.")
    assert opts.chat_template.startswith("{% for m in messages %}")
    assert "Own settings: 4,096-token context, 2 threads" in dialog.options_label.text()
    if dialog.gpu_available:
        assert seen["gpu_enabled"]
    else:
        assert not seen["gpu_enabled"] and seen["gpu_tip"] == NO_GPU_TIP
    qtbot.waitUntil(
        lambda: load_settings(app_paths.settings_file).settings.options_for(opts.path) == opts, timeout=5000
    )
    # other models keep the app settings
    gemma = next(m for m in dialog.models if m.kind == "llm" and m.name != SMOLLM2)
    assert ui.controller.settings.options_for(gemma.path) == ModelOptions(gemma.path)


def test_a_broken_chat_template_is_caught_before_saving(make_ui, qtbot):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    m = dialog.model(SMOLLM2)
    d = ModelOptionsDialog(m, ui.controller.settings, gpu_available=False, parent=dialog)
    qtbot.addWidget(d)
    d.chat_template.setPlainText("{% for m in messages %}{{ m['content'] }")
    d.accept()
    assert d.result() == 0 and d.error.isVisibleTo(d) and "line 1" in d.error.text()
    d._on_reset_clicked()  # noqa: SLF001 - the "Use app settings" button
    assert d.result_options() == ModelOptions(m.path)


def test_download_shows_progress_and_lists_the_model(make_ui, qtbot, server, app_paths, heartbeat):
    server.files["/models/Tiny-Q4.gguf"] = gguf_bytes(tail=1_500_000)
    server.delay = 0.02  # ~3 MB/s: long enough to watch
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    dialog.download_button.click()
    assert dialog.download_panel.isVisible()
    qtbot.keyClicks(dialog.url_edit, server.url("/models/Tiny-Q4.gguf"))
    qtbot.keyClicks(dialog.name_edit, "tiny-dl")
    seen_progress = []
    heartbeat.start()
    dialog.start_download_button.click()
    assert dialog.transfer_panel.isVisible() and dialog.pause_button.isVisible()
    assert not dialog.add_file_button.isEnabled()  # one transfer at a time
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0 and "MB/s" in dialog.transfer_detail.text(), timeout=10_000)
    seen_progress.append((dialog.progress_bar.value(), dialog.transfer_detail.text()))
    wait_transfer(qtbot, dialog, "done")
    gap = heartbeat.stop()
    assert gap < 0.25, f"the window froze for {gap * 1000:.0f} ms"
    assert " of " in seen_progress[0][1]
    qtbot.waitUntil(lambda: dialog.model("tiny-dl") is not None, timeout=5000)
    assert "Downloaded and added tiny-dl" in dialog.notice.text()
    assert not dialog.download_panel.isVisible() and dialog.url_edit.text() == ""
    assert Path(dialog.model("tiny-dl").path) == app_paths.models_dir / "llm" / "tiny-dl.gguf"
    assert not (app_paths.models_dir / ".downloads").exists()


def test_pause_then_resume_a_download(make_ui, qtbot, server, app_paths):
    server.files["/m.gguf"] = gguf_bytes(tail=2_000_000)
    server.delay = 0.02
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert dialog.download(server.url("/m.gguf"), name="paused-one")
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "paused"):
        dialog.pause_button.click()
    assert dialog.pause_button.text() == "Resume" and "Paused" in dialog.transfer_label.text()
    assert list((app_paths.models_dir / ".downloads").glob("*.part"))  # kept for the resume
    server.delay = 0.0
    dialog.pause_button.click()
    wait_transfer(qtbot, dialog, "done")
    qtbot.waitUntil(lambda: dialog.model("paused-one") is not None, timeout=5000)
    assert not (app_paths.models_dir / ".downloads").exists()


def test_cancelling_a_download_leaves_nothing(make_ui, qtbot, server, app_paths):
    server.files["/big.gguf"] = gguf_bytes(tail=4_000_000)
    server.delay = 0.02
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert dialog.download(server.url("/big.gguf"))
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "cancelled"):
        dialog.cancel_button.click()
    assert dialog.notice.text() == "Download cancelled; nothing was kept."
    assert not dialog.transfer_panel.isVisible()
    assert dialog.model("big") is None
    assert nothing_left(app_paths.models_dir)


def test_cancelling_a_paused_download_discards_it(make_ui, qtbot, server, app_paths):
    server.files["/p.gguf"] = gguf_bytes(tail=2_000_000)
    server.delay = 0.02
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert dialog.download(server.url("/p.gguf"))
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "paused"):
        dialog.pause_or_resume()
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "cancelled"):
        dialog.cancel_button.click()
    assert nothing_left(app_paths.models_dir)


def test_download_errors_are_said_inline(make_ui, qtbot, server):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert not dialog.download("ftp://example.org/model.gguf")
    assert "http:// or https://" in dialog.notice.text() and dialog.notice.property("kind") == "error"
    assert not dialog.download(server.url("/m.gguf"), sha256="abc")
    assert "64 hexadecimal" in dialog.notice.text()
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "failed"):
        assert dialog.download(server.url("/missing.gguf"))
    assert "404" in dialog.transfer_label.text() and dialog.pause_button.text() == "Try again"
    with qtbot.waitSignal(dialog.transfer_changed, timeout=10_000, check_params_cb=lambda s: s == "cancelled"):
        dialog.cancel_button.click()


def test_closing_the_app_mid_download_cancels_it(make_ui, qtbot, server, app_paths):
    server.files["/slow.gguf"] = gguf_bytes(tail=4_000_000)
    server.delay = 0.05
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert dialog.download(server.url("/slow.gguf"))
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=10_000)
    start = time.perf_counter()
    close(ui)
    assert time.perf_counter() - start < 5
    assert not dialog._transfer_thread.isRunning()  # noqa: SLF001
    assert nothing_left(app_paths.models_dir)


# ---- the real engine: add, choose, chat, restart --------------------------------------------
@pytest.mark.real
def test_an_added_model_translates_without_a_restart(make_ui, qtbot, tmp_path):
    from assistant.engines.fake import FakeEngine

    engine = FakeEngine(reply="Bonjour.")
    ui = make_ui(engine)
    dialog = open_models(ui, qtbot)
    src = tmp_path / "translator.gguf"
    src.write_bytes(gguf_bytes(tail=1000))
    assert dialog.add_from(str(src), name="my-translator")
    wait_transfer(qtbot, dialog, "done")
    qtbot.waitUntil(lambda: dialog.model("my-translator") is not None, timeout=5000)
    assert dialog.select("my-translator")
    next(a for a in dialog.default_menu.actions() if a.data() == "translation").trigger()
    qtbot.waitUntil(lambda: ui.controller.settings.translation_model == "my-translator", timeout=5000)
    added = dialog.model("my-translator").path
    dialog.close()

    ui.window.translator_action.trigger()
    view = ui.window.translator_view
    view.set_languages("en", "fr")
    view.source_edit.setPlainText("Good morning.")
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=5000)
    assert engine.requests and engine.requests[-1].model_path == added, "the new default translated it"
    assert ui.window.model_label.text() == "Translation model: my-translator"


def test_real_added_model_answers_in_chat_and_survives_a_restart(make_ui, qtbot, app_paths, tmp_path, heartbeat):
    from assistant.engines.process import EngineProcess

    smol = Path(ModelRegistry(app_paths, Settings).resolve("llm").path)
    src = tmp_path / "downloads" / smol.name
    src.parent.mkdir()
    shutil.copyfile(smol, src)
    engine = EngineProcess(log_path=tmp_path / "engine.log")
    try:
        ui = make_ui(engine, Settings(max_tokens=24, temperature=0.0))
        dialog = open_models(ui, qtbot)
        dialog.ask_add_file = lambda: str(src)
        dialog.ask_model_name = lambda suggested, source: "my-smol"
        heartbeat.start()
        dialog.add_file_button.click()  # ~100 MB copied and checked off the GUI thread
        wait_transfer(qtbot, dialog, "done", timeout=60_000)
        gap = heartbeat.stop()
        assert gap < 0.25, f"the window froze for {gap * 1000:.0f} ms while copying"
        qtbot.waitUntil(lambda: dialog.model("my-smol") is not None, timeout=10_000)
        assert dialog.select("my-smol")
        with qtbot.waitSignal(dialog.notice_shown, timeout=10_000, check_params_cb=lambda _k, t: "now the" in t):
            next(a for a in dialog.default_menu.actions() if a.data() == "chat").trigger()
        assert ui.controller.settings.chat_model == "my-smol"
        qtbot.waitUntil(lambda: ui.window.model_picker.currentText().startswith("my-smol"), timeout=10_000)
        dialog.close()

        deltas: list[str] = []
        ui.controller.reply_delta.connect(lambda _mid, text: deltas.append(text))
        ui.composer.editor.setFocus()
        qtbot.keyClicks(ui.composer.editor, "What is the capital of France?")
        with qtbot.waitSignal(ui.controller.reply_finished, timeout=120_000) as blocker:
            qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
        message, stats = blocker.args
        assert message.status == "ok" and message.content.strip() and stats.tokens > 0
        assert message.meta["model"] == "my-smol"
        assert len(deltas) >= 2, "a real answer streams in pieces"
        qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings.chat_model == "my-smol", timeout=5000)
        close(ui)

        # restart: a new window over the same folders and the saved settings
        ui2 = make_ui(engine, load_settings(app_paths.settings_file).settings, paths=app_paths)
        assert ui2.window.model_picker.currentText().startswith("my-smol")
        dialog2 = open_models(ui2, qtbot)
        m = dialog2.model("my-smol")
        assert m is not None and m.source == "user" and "chat" in m.defaults
        assert "chat" in dialog2.item_for("my-smol").text(5)
    finally:
        engine.close()


# ---- accessibility and translation -------------------------------------------------------------
def test_every_models_control_has_a_name_and_a_description(make_ui, qtbot):
    ui = make_ui()
    dialog = open_models(ui, qtbot)
    assert dialog.selected is not None
    dialog.download_button.setChecked(True)
    dialog.transfer_panel.show()  # as during an add or a download
    assert unnamed_controls(dialog) == []
    assert undescribed_controls(dialog) == []
    assert dialog.tree.accessibleName() == "Installed models"
    dialog.transfer_panel.hide()

    options = ModelOptionsDialog(dialog.selected, ui.controller.settings, gpu_available=False, parent=dialog)
    qtbot.addWidget(options)
    options.show()
    assert unnamed_controls(options) == []
    assert undescribed_controls(options) == []
    options.close()


def test_models_texts_go_through_qt_translation(make_ui, qtbot):
    with pseudo_translated():
        ui = make_ui()
        dialog = open_models(ui, qtbot)
        m = dialog.selected
        assert m is not None and m.source == "embedded"
        # the model's own name, file and description are data, never translated
        data = (dialog.title_label, dialog.path_label, dialog.description_label)
        assert untranslated_texts(dialog, skip=data) == []
        groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
        assert groups == ["«Language models»", "«Speech to text»", "«Voices»"]
        assert dialog.tree.headerItem().text(0) == "«Name»"
        assert dialog.remove_button.toolTip() == f"«{BUILT_IN_TIP}»"
        assert BUILT_IN_TIP == "Built into Parley: it comes with the app and cannot be removed."  # still English
        assert dialog.item_for(m.name).text(2).endswith("MB»")  # sizes too

        options = ModelOptionsDialog(m, ui.controller.settings, gpu_available=False, parent=dialog)
        qtbot.addWidget(options)
        assert untranslated_texts(options) == []
        assert options.gpu_layers.toolTip() == f"«{NO_GPU_TIP}»"

