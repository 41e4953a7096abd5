"""One spoken turn in the window with the real engine process: real Whisper,
the real chat model and the real Piper voice; only the microphone is fake (it
"hears" the question as spoken by Piper itself) and the speaker is a WavCollector.
Real sound devices are covered by tests/e2e."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from assistant import listen
from assistant.audio.playback import resample
from assistant.cli import speech_spec
from assistant.config import Settings
from assistant.engines.process import EngineProcess
from assistant.models.registry import ModelRegistry
from ui import voice as ui_voice

from .helpers import row_texts, wait_idle
from .voice_fakes import FakeAudio, FakeRecorder

pytestmark = pytest.mark.real

QUESTION = "What is the capital of France?"


@pytest.fixture
def engine(tmp_path):
    e = EngineProcess(log_path=tmp_path / "engine.log")
    yield e
    e.close()


def test_real_spoken_turn(engine, make_ui, qtbot, app_paths, monkeypatch):
    monkeypatch.setattr(ui_voice, "MIN_HOLD_S", 0.0)  # no need to hold the button for real
    # the fake microphone hears the whole question at once: transcribed at its pause only
    monkeypatch.setattr(listen, "EVERY_S", 0.0)
    settings = Settings(max_tokens=24, temperature=0.0)
    spec = speech_spec(settings, ModelRegistry(app_paths, lambda: settings))
    chunks = list(engine.synthesize(QUESTION, spec=spec))
    rate = chunks[0].sample_rate
    spoken = np.concatenate([c.samples for c in chunks]).astype(np.float32) / 32768.0
    audio = resample(spoken, rate, 16000).astype(np.float32)
    silence = np.zeros(4800, dtype=np.float32)  # pre- and post-roll, as the Recorder gives
    fake = FakeAudio(recorder=FakeRecorder(np.concatenate([silence, audio, silence])))

    ui = make_ui(engine, settings, audio=fake)
    qtbot.waitUntil(lambda: ui.composer.talk_button.isEnabled(), timeout=5000)
    button = ui.composer.talk_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=120_000) as blocker:
        qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui, timeout=30_000)
    result = blocker.args[0]
    assert "capital" in result.transcript.lower() and "france" in result.transcript.lower()
    assert not result.interrupted and result.reply.strip()
    rows = row_texts(ui)
    assert rows[0] == ("user", result.transcript)
    assert rows[1][0] == "assistant" and rows[1][1].strip()
    t = result.timings
    assert 0 <= t.stt_ms < t.ttft_ms and 0 < t.first_audio_ms <= t.total_ms
    assert t.early_transcript  # transcribed from what was heard while the button was held
    assert "heard in" in ui.window.stats_label.text()
    sink = fake.turn_sinks[-1]
    assert len(sink.audio()) > rate // 4, "the answer was spoken"
