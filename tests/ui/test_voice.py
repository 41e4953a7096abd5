"""Push-to-talk in the window, with the FakeEngine and fake sound devices."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from assistant.audio.devices import AudioStatus
from assistant.config import Settings, load_settings
from assistant.engines.fake import FakeEngine
from assistant.errors import AudioDeviceError
from assistant.models.registry import ModelInfo
from ui import voice as ui_voice
from ui.chat_view import STOPPED_NOTE, StandaloneError
from ui.settings_dialog import SettingsDialog
from ui.voice import VoiceOptions

from .helpers import row_texts, send, wait_idle
from .voice_fakes import DEVICES, FakeAudio, FakeRecorder

TRANSCRIPT = "What is the capital of France?"
REPLY = "Paris is the capital of France. It is known for the Eiffel Tower."
LONG_REPLY = " ".join(["This answer goes on for quite a while so that it can be interrupted."] * 4)


@pytest.fixture
def instant_hold(monkeypatch):
    """Let a press shorter than 0.3 s count as speech, so tests need not wait."""
    monkeypatch.setattr(ui_voice, "MIN_HOLD_S", 0.0)


def voice_ready(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.composer.talk_button.isEnabled(), timeout=5000)


def talk(qtbot, ui, timeout: int = 10_000):
    """Press and release the talk button; wait for the spoken turn to end."""
    button = ui.composer.talk_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=timeout) as blocker:
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    return blocker.args[0]


def saved_messages(ui) -> list[tuple[str, str, str]]:
    out = []
    for conv in ui.store.list_conversations():
        out += [(m.role, m.content, m.status) for m in ui.store.messages(conv.id)]
    return out


def test_talk_button_turn_shows_transcript_and_reply_and_speaks(make_ui, qtbot, instant_hold):
    engine = FakeEngine(reply=REPLY, transcript=TRANSCRIPT, token_delay_s=0.005)
    ui = make_ui(engine)
    voice_ready(qtbot, ui)
    deltas: list[str] = []
    ui.controller.reply_delta.connect(lambda _mid, text: deltas.append(text))  # GUI thread only

    result = talk(qtbot, ui)

    assert result.transcript == TRANSCRIPT and not result.interrupted
    assert row_texts(ui) == [("user", TRANSCRIPT), ("assistant", REPLY)]
    assert len(deltas) > 1, "the reply streams in as text, like typed chat"
    user_row, bot_row = ui.view.message_rows()
    assert user_row.bubble.objectName() == "userBubble" and bot_row.bubble.objectName() == "assistantBubble"
    assert [(r, c) for r, c, _ in saved_messages(ui)] == [("user", TRANSCRIPT), ("assistant", REPLY)]
    # spoken too: every word went to the speaker
    assert " ".join(engine.spoken).split() == REPLY.split()
    assert len(ui.audio.turn_sinks[-1].audio()) > 0
    # timings under the reply and in the status line
    stats = ui.window.stats_label.text()
    assert "heard in" in stats and "first word" in stats and "first sound" in stats
    assert "heard in" in bot_row.note_text("voice")
    assert ui.controller.voice_state == "idle"
    assert not ui.composer.voice_bar.isVisible() and ui.composer.hint.isVisible()
    assert ui.composer.button.text() == "Send"


def test_listening_cue_and_beep_come_at_once(make_ui, qtbot, instant_hold):
    ui = make_ui()
    voice_ready(qtbot, ui)
    button = ui.composer.talk_button
    start = time.perf_counter()
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    # no event loop turn needed: the cue is set in the press handler itself
    assert time.perf_counter() - start < 0.1
    assert ui.composer.voice_state_text() == "Listening…"
    assert ui.composer.voice_bar.meter.isVisible()
    assert button.property("state") == "listening"
    assert ui.window.status_label.text() == "Listening…"
    qtbot.waitUntil(lambda: ui.audio.beeps == 1, timeout=2000)
    assert ui.audio.recorder.begun == 1
    # the meter follows the microphone level (~30 Hz timer)
    qtbot.waitUntil(lambda: ui.composer.voice_bar.meter.value > 0.3, timeout=2000)
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)


def test_short_tap_is_not_sent(make_ui, qtbot):
    ui = make_ui()
    voice_ready(qtbot, ui)
    button = ui.composer.talk_button
    with qtbot.waitSignal(ui.controller.voice_notice, timeout=2000) as blocker:
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert "didn't catch that" in blocker.args[0]
    assert "didn't catch that" in ui.composer.voice_notice_text()
    qtbot.waitUntil(lambda: ui.audio.recorder.discarded == 1, timeout=2000)
    assert not ui.controller.busy and ui.controller.voice_state == "idle"
    assert ui.audio.recorder.ended == 0
    assert ui.engine.requests == [] and saved_messages(ui) == []
    assert ui.view.message_rows() == []


def test_silence_is_not_sent_and_leaves_no_empty_chat(make_ui, qtbot, instant_hold):
    audio = FakeAudio(recorder=FakeRecorder(np.zeros(16000, dtype=np.float32)))
    ui = make_ui(audio=audio)
    voice_ready(qtbot, ui)
    assert ui.controller.current_conversation is None
    button = ui.composer.talk_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.voice_notice, timeout=5000) as blocker:
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert "didn't catch that" in blocker.args[0] and "silence" in blocker.args[0]
    assert "didn't catch that" in ui.composer.voice_notice_text()
    assert ui.engine.requests == []
    assert ui.store.list_conversations() == []
    assert ui.view.message_rows() == []


def _speak_long_answer(qtbot, ui):
    voice_ready(qtbot, ui)
    button = ui.composer.talk_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.controller.voice_state == "speaking", timeout=10_000)
    qtbot.waitUntil(lambda: bool(ui.audio.turn_sinks) and ui.audio.turn_sinks[-1].playing, timeout=10_000)
    return ui.audio.turn_sinks[-1]


def _assert_interrupted(qtbot, ui, result, sink, pressed_at):
    assert result.interrupted
    assert sink.stopped_at is not None and sink.stopped_at - pressed_at < 0.15, "the sound must stop at once"
    wait_idle(qtbot, ui)
    bot_row = ui.view.message_rows()[-1]
    assert bot_row.status == "interrupted"
    assert bot_row.note_text("stopped") == STOPPED_NOTE
    assert bot_row.text == result.reply and len(result.reply) < len(LONG_REPLY)
    role, content, status = saved_messages(ui)[-1]
    assert (role, status) == ("assistant", "interrupted") and content == result.reply


def test_barge_in_with_the_talk_button(make_ui, qtbot, instant_hold):
    engine = FakeEngine(reply=LONG_REPLY, samples_per_word=4000)  # a quarter second a word
    ui = make_ui(engine, audio=FakeAudio(realtime=True))
    sink = _speak_long_answer(qtbot, ui)
    button = ui.composer.talk_button
    pressed_at = time.perf_counter()
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=5000) as blocker:
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    # barge-in also starts listening to the user
    assert ui.controller.voice_state == "listening"
    _assert_interrupted(qtbot, ui, blocker.args[0], sink, pressed_at)
    ui.controller.cancel_listening()
    assert ui.controller.voice_state == "idle"


def test_barge_in_with_esc(make_ui, qtbot, instant_hold):
    engine = FakeEngine(reply=LONG_REPLY, samples_per_word=4000)
    ui = make_ui(engine, audio=FakeAudio(realtime=True))
    sink = _speak_long_answer(qtbot, ui)
    assert ui.window.stop_action.isEnabled()
    pressed_at = time.perf_counter()
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=5000) as blocker:
        ui.window.stop_action.trigger()  # Esc
    _assert_interrupted(qtbot, ui, blocker.args[0], sink, pressed_at)
    assert ui.controller.voice_state == "idle"


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (AudioStatus(portaudio=False, error="libportaudio.so.2: cannot open shared object file"), "PortAudio"),
        (AudioStatus(portaudio=True, inputs=[], outputs=["Speaker"]), "No microphone"),
        (AudioStatus(portaudio=True, inputs=["Mic"], outputs=[]), "No speaker"),
    ],
)
def test_no_audio_device_disables_talk_with_a_reason(make_ui, qtbot, status, words):
    ui = make_ui(audio=FakeAudio(status=status))
    button = ui.composer.talk_button
    qtbot.waitUntil(lambda: words in button.toolTip(), timeout=5000)
    assert not button.isEnabled()
    assert "Open sound settings" in button.toolTip()
    # the key does nothing but say why; typed chat keeps working
    QTest.keyPress(ui.composer.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(ui.composer.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "idle"
    assert words in ui.composer.voice_notice_text()
    message, _ = send(qtbot, ui, "Still there?")
    assert message.status == "ok"
    assert ui.audio.recorders_opened == 0


def test_push_to_talk_key_held(make_ui, qtbot, instant_hold):
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT))
    voice_ready(qtbot, ui)
    editor = ui.composer.editor
    editor.setFocus()
    QTest.keyPress(editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "listening"
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier, " ", True)
    QApplication.sendEvent(editor, repeat)  # the key is held: auto-repeat changes nothing
    assert ui.controller.voice_state == "listening" and ui.audio.recorder.begun <= 1
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        QTest.keyRelease(editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ui)
    assert editor.toPlainText() == "", "the talk key must not type a space"
    assert row_texts(ui) == [("user", TRANSCRIPT), ("assistant", REPLY)]
    # on the window itself too
    QTest.keyPress(ui.window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "listening"
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        QTest.keyRelease(ui.window, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)  # Ctrl let go first
    wait_idle(qtbot, ui)
    assert len(ui.view.message_rows()) == 4


def test_push_to_talk_key_works_whichever_widget_has_focus(make_ui, qtbot, instant_hold):
    """The window watches the focused widget's keys (not every event of the app):
    the talk key works wherever focus moves, even a key the focused widget would take
    for itself (Ctrl+A selects all in a text field)."""
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT), Settings(ptt_key="Ctrl+A"))
    voice_ready(qtbot, ui)
    ui.window.activateWindow()
    search = ui.window.sidebar.search_box
    search.setText("paris")
    for target in (search, ui.window.sidebar.conversations, ui.composer.editor, search):
        target.setFocus()
        qtbot.waitUntil(lambda target=target: QApplication.focusWidget() is target, timeout=3000)
        search.deselect()
        QTest.keyPress(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert ui.controller.voice_state == "listening", type(target).__name__
        with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
            QTest.keyRelease(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, ui)
        assert not search.hasSelectedText(), "the talk key must not reach the field"
    assert len(ui.view.message_rows()) == 8


def test_push_to_talk_toggle_mode_and_custom_key(make_ui, qtbot, instant_hold):
    ui = make_ui(settings=Settings(ptt_toggle=True, ptt_key="F9"))
    voice_ready(qtbot, ui)
    assert "press F9 to talk" in ui.composer.hint.text()
    QTest.keyClick(ui.window, Qt.Key.Key_F9)
    assert ui.controller.voice_state == "listening", "toggle mode keeps listening after the key is up"
    assert "press F9 again to send" in ui.composer.voice_bar.detail_label.text()
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        QTest.keyClick(ui.window, Qt.Key.Key_F9)
    wait_idle(qtbot, ui)
    assert [r for r, _ in row_texts(ui)] == ["user", "assistant"]
    # Ctrl+Space is an ordinary key now
    QTest.keyPress(ui.window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "idle"


def test_esc_while_listening_cancels(make_ui, qtbot, instant_hold):
    ui = make_ui()
    voice_ready(qtbot, ui)
    QTest.keyPress(ui.composer.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "listening"
    QTest.keyClick(ui.composer.editor, Qt.Key.Key_Escape)
    assert ui.controller.voice_state == "idle"
    QTest.keyRelease(ui.composer.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.audio.recorder.discarded == 1, timeout=2000)
    assert ui.engine.requests == [] and not ui.controller.busy


def test_device_errors_end_the_turn_and_the_next_turn_works(make_ui, qtbot, instant_hold):
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT))
    voice_ready(qtbot, ui)
    button = ui.composer.talk_button

    # the microphone fails while recording
    ui.audio.recorder.fail_next_end = True
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000) as blocker:
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert isinstance(blocker.args[1], AudioDeviceError)
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: any(isinstance(r, StandaloneError) for r in ui.view.rows), timeout=3000)
    assert ui.controller.voice_state == "idle"

    # the speaker cannot be opened
    ui.audio.fail_next_player = True
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000) as blocker:
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert "speaker" in str(blocker.args[1])
    wait_idle(qtbot, ui)
    assert saved_messages(ui) == []

    # and then a turn works
    result = talk(qtbot, ui)
    assert not result.interrupted
    assert [(r, c) for r, c, _ in saved_messages(ui)] == [("user", TRANSCRIPT), ("assistant", REPLY)]


def test_recording_longer_than_two_minutes_is_stopped_and_answered(make_ui, qtbot, instant_hold):
    recorder = FakeRecorder()
    recorder.too_long_on_begin = True  # as Recorder.too_long says after 120 s
    ui = make_ui(FakeEngine(reply=REPLY, transcript=TRANSCRIPT), audio=FakeAudio(recorder=recorder))
    voice_ready(qtbot, ui)
    notices: list[str] = []
    ui.controller.voice_notice.connect(notices.append)
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        QTest.keyPress(ui.window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # and never released
    wait_idle(qtbot, ui)
    assert any("2 minutes" in n for n in notices)
    assert [r for r, _ in row_texts(ui)] == ["user", "assistant"]
    QTest.keyRelease(ui.window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "idle"


class SpeechFakeEngine(FakeEngine):
    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.speech_loaded: list[object] = []

    def preload_speech(self, spec):  # noqa: ANN001
        self.speech_loaded.append(spec)
        return {"stt": 1.0, "tts": 1.0}


def test_startup_preloads_speech_and_opens_the_mic(make_ui, qtbot):
    engine = SpeechFakeEngine()
    ui = make_ui(engine)
    qtbot.waitUntil(lambda: len(engine.speech_loaded) == 1, timeout=10_000)
    assert engine.speech_loaded[0].stt_path and engine.speech_loaded[0].tts_path
    qtbot.waitUntil(lambda: ui.audio.recorders_opened == 1, timeout=3000)
    # changing the language reloads the speech models; turning the mic off closes it
    ui.controller.update_settings(ui.controller.settings.replace(stt_language="auto", keep_mic_open=False))
    qtbot.waitUntil(lambda: len(engine.speech_loaded) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: ui.audio.recorder.closed == 1, timeout=3000)


def test_without_keep_mic_open_the_mic_opens_per_turn(make_ui, qtbot, instant_hold):
    ui = make_ui(settings=Settings(keep_mic_open=False))
    voice_ready(qtbot, ui)
    assert ui.audio.recorders_opened == 0
    talk(qtbot, ui)
    assert ui.audio.recorders_opened == 1
    qtbot.waitUntil(lambda: ui.audio.recorder.closed == 1, timeout=2000)


def _options() -> VoiceOptions:
    def info(kind: str, name: str) -> ModelInfo:
        return ModelInfo(kind=kind, name=name, path=f"/models/{name}", size_bytes=1, source="embedded")

    return VoiceOptions(
        status=DEVICES,
        stt_models=(info("stt", "whisper-tiny.en"), info("stt", "whisper-base")),
        tts_voices=(info("tts", "en_US-joe-medium"),),
    )


def test_settings_voice_section_round_trips(qtbot):
    original = Settings(input_device="Gone Mic")
    dialog = SettingsDialog(original, voice_options=_options(), page="voice")
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.input_device.currentText() == "Gone Mic (not found)", "an unplugged choice is kept, and said"
    assert dialog.result_settings() == original, "opening and OK changes nothing"
    dialog.input_device.setCurrentIndex(dialog.input_device.findData("USB Headset"))
    dialog.output_device.setCurrentIndex(dialog.output_device.findData("Test Speaker"))
    dialog.stt_model.setCurrentIndex(dialog.stt_model.findData("whisper-base"))
    dialog.stt_language.setCurrentIndex(dialog.stt_language.findData("auto"))
    dialog.tts_voice.setCurrentIndex(dialog.tts_voice.findData("en_US-joe-medium"))
    dialog.speaking_rate.setValue(1.3)
    dialog.ptt_key.setKeySequence("Ctrl+Alt+T")
    dialog.ptt_toggle.setChecked(True)
    dialog.keep_mic_open.setChecked(False)
    s = dialog.result_settings()
    assert (
        s.input_device,
        s.output_device,
        s.stt_model,
        s.stt_language,
        s.tts_voice,
        s.speaking_rate,
        s.ptt_key,
        s.ptt_toggle,
        s.keep_mic_open,
    ) == ("USB Headset", "Test Speaker", "whisper-base", "auto", "en_US-joe-medium", 1.3, "Ctrl+Alt+T", True, False)
    dialog.ptt_key.clear()
    assert dialog.result_settings().ptt_key == "Ctrl+Space"
    again = SettingsDialog(s, voice_options=_options())
    qtbot.addWidget(again)
    assert again.result_settings() == s


def test_settings_dialog_lists_devices_and_saves_voice_settings(make_ui, qtbot, app_paths):
    ui = make_ui()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        # devices and models arrive from the data worker while the dialog is open
        qtbot.waitUntil(lambda: dialog.input_device.findData("USB Headset") >= 0, timeout=5000)
        assert dialog.stt_model.findData("whisper-tiny.en") >= 0
        assert "Test Mic" in dialog.input_device.itemText(0)
        dialog.tabs.setCurrentIndex(1)
        dialog.input_device.setCurrentIndex(dialog.input_device.findData("USB Headset"))
        dialog.ptt_key.setKeySequence("F8")
        dialog.speaking_rate.setValue(1.5)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    ui.window.settings_action.trigger()
    s = ui.controller.settings
    assert (s.input_device, s.ptt_key, s.speaking_rate) == ("USB Headset", "F8", 1.5)
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings == s, timeout=3000)
    assert "F8" in ui.composer.talk_button.toolTip()
    # the microphone is reopened on the newly chosen device
    qtbot.waitUntil(lambda: ui.audio.recorders_opened == 2, timeout=3000)
