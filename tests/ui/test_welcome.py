"""The first-run welcome: the microphone check moves its meter (and keeps nothing),
the test phrase goes to the speaker, the data folders are this run's, and closing
it records that it was seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assistant.audio.devices import AudioStatus
from assistant.config import Settings, load_settings
from assistant.engines.fake import FakeEngine
from ui.welcome import WelcomeDialog, should_show

from .a11y import undescribed_controls, unnamed_controls
from .voice_fakes import FakeAudio, FakeRecorder

NO_MIC = AudioStatus(portaudio=True, inputs=[], outputs=["Test Speaker"], default_output="Test Speaker")


@pytest.fixture
def opened():
    return []


def open_welcome(qtbot, ui, opened) -> WelcomeDialog:
    dialog = WelcomeDialog(ui.controller, ui.window, open_url=lambda url: opened.append(url.toLocalFile()))
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def test_should_show_until_it_was_closed_once():
    assert should_show(Settings())
    assert not should_show(Settings(welcome_done=True))


def test_shows_this_runs_data_folders_and_opens_them(make_ui, qtbot, opened):
    ui = make_ui()
    dialog = open_welcome(qtbot, ui, opened)
    p = ui.paths
    shown = {label.text() for label in dialog.folder_labels.values()}
    assert {str(p.history_db.parent), str(p.settings_file.parent), str(p.models_dir), str(p.log_dir)} <= shown
    for name, button in dialog.folder_buttons.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert opened[-1] == dialog.folder_labels[name].text()
    assert len(opened) == len(dialog.folder_buttons) == 4
    assert "leaves this computer" in dialog.privacy_label.text()
    dialog.reject()


def test_microphone_check_moves_the_meter_and_sends_nothing(make_ui, qtbot, opened, heartbeat):
    audio = FakeAudio(recorder=FakeRecorder(level=0.3))  # loud
    ui = make_ui(audio=audio)
    dialog = open_welcome(qtbot, ui, opened)
    qtbot.waitUntil(dialog.mic_button.isEnabled, timeout=5000)
    assert "Test microphone" in dialog.mic_status.text()
    heartbeat.start()
    qtbot.mouseClick(dialog.mic_button, Qt.MouseButton.LeftButton)
    assert dialog.mic_button.isChecked() and ui.controller.voice_state == "listening"
    qtbot.waitUntil(lambda: dialog.meter.value > 0.3, timeout=3000)
    assert dialog.mic_heard
    qtbot.mouseClick(dialog.mic_button, Qt.MouseButton.LeftButton)  # stop the check
    assert heartbeat.stop() < 0.25
    assert not dialog.mic_button.isChecked() and ui.controller.voice_state == "idle"
    assert "hears you" in dialog.mic_result.text()
    qtbot.waitUntil(lambda: audio.recorder.discarded == 1, timeout=3000)  # the recording was dropped
    assert audio.recorder.ended == 0 and not ui.controller.busy
    assert ui.engine.requests == [] and ui.store.list_conversations() == []
    dialog.reject()


def test_silence_is_reported_and_the_check_stops_when_closed(make_ui, qtbot, opened):
    audio = FakeAudio(recorder=FakeRecorder(level=0.0))
    ui = make_ui(audio=audio)
    dialog = open_welcome(qtbot, ui, opened)
    qtbot.waitUntil(dialog.mic_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dialog.mic_button, Qt.MouseButton.LeftButton)
    qtbot.wait(150)
    assert dialog.meter.value == 0.0
    qtbot.mouseClick(dialog.mic_button, Qt.MouseButton.LeftButton)
    assert "silence" in dialog.mic_result.text().lower()
    qtbot.mouseClick(dialog.mic_button, Qt.MouseButton.LeftButton)  # again, then close while listening
    assert ui.controller.voice_state == "listening"
    dialog.reject()
    assert ui.controller.voice_state == "idle"
    qtbot.waitUntil(lambda: audio.recorder.discarded == 2, timeout=3000)


def test_no_microphone_is_said_plainly_and_one_can_go_on(make_ui, qtbot, opened, app_paths):
    ui = make_ui(audio=FakeAudio(status=NO_MIC))
    dialog = open_welcome(qtbot, ui, opened)
    qtbot.waitUntil(lambda: ui.controller.voice_available.known, timeout=5000)
    assert not dialog.mic_button.isEnabled()
    assert "No microphone was found" in dialog.mic_status.text()
    assert "continue" in dialog.mic_status.text()
    assert dialog.play_button.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ui.controller.settings.welcome_done


def test_play_test_phrase_goes_through_the_voice_to_the_speaker(make_ui, qtbot, opened):
    engine = FakeEngine()
    ui = make_ui(engine)
    dialog = open_welcome(qtbot, ui, opened)
    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.played, timeout=10_000)
    assert engine.spoken and "Parley" in engine.spoken[-1]
    sinks = ui.audio.turn_sinks
    assert sinks and len(sinks[-1].audio()) > 0, "the phrase went to the speaker"
    qtbot.waitUntil(lambda: dialog.play_button.text() == "Play test phrase", timeout=3000)
    assert "Done" in dialog.voice_result.text()
    assert ui.store.list_conversations() == [], "no chat for a test phrase"
    dialog.reject()


def test_get_started_records_that_it_was_seen(make_ui, qtbot, opened, app_paths):
    ui = make_ui(settings=Settings(theme="dark"))
    assert should_show(ui.controller.settings)
    dialog = open_welcome(qtbot, ui, opened)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ui.controller.settings.welcome_done and ui.controller.settings.theme == "dark"
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings.welcome_done, timeout=3000)
    assert load_settings(app_paths.settings_file).settings.theme == "dark", "only welcome_done changed"
    assert not should_show(ui.controller.settings)


def test_enter_means_get_started_and_every_control_is_named_and_described(make_ui, qtbot, opened):
    ui = make_ui()
    dialog = open_welcome(qtbot, ui, opened)
    assert unnamed_controls(dialog) == []
    assert undescribed_controls(dialog) == []
    assert dialog.start_button.isDefault()
    assert not any(b.autoDefault() for b in (dialog.mic_button, dialog.play_button, *dialog.folder_buttons.values()))
