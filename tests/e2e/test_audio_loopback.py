"""Real sound, end to end: a question spoken (Piper) into the virtual microphone,
Parley's voice turn through real sounddevice capture and playback, the virtual
speaker recorded and transcribed back. Real models; runs in CI."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from speechcheck import word_errors

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.real


def main_py(*args, env, basedir, **kw):
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args, "--basedir", str(basedir)],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, **kw,
    )


def run_main(*args, env, basedir):
    p = main_py(*args, env=env, basedir=basedir)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    return out


def words(text: str) -> list[str]:
    return [w.strip(".,!?;:\"'").lower() for w in text.split() if w.strip(".,!?;:\"'")]



def raw_samples(path: Path) -> np.ndarray:
    data = path.read_bytes() if path.exists() else b""
    return np.frombuffer(data[: len(data) // 2 * 2], dtype=np.int16)


def to_wav(raw: Path, out: Path) -> Path:
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(raw.read_bytes())
    return out


@pytest.fixture(scope="module")
def question(tmp_path_factory, pulse):
    d = tmp_path_factory.mktemp("q")
    wav = d / "question.wav"
    run_main("speak", "What is the capital of France?", "-o", str(wav), env=pulse.env, basedir=d)
    return wav


@pytest.fixture(scope="module")
def long_question(tmp_path_factory, pulse):
    d = tmp_path_factory.mktemp("lq")
    wav = d / "long.wav"
    run_main("speak", "Tell me a long story about a dragon and a knight.", "-o", str(wav), env=pulse.env, basedir=d)
    return wav


def wait_for_listening(proc, timeout=120):
    """The app prints 'Listening…' on stderr once the microphone is open."""
    deadline = time.monotonic() + timeout
    buf = ""
    while time.monotonic() < deadline:
        ch = proc.stderr.read(1)
        if not ch:
            break
        buf += ch
        if "Listening" in buf:
            return
    raise AssertionError(f"the app never started listening: {buf[-500:]}")


def ask_aloud(pulse, app, question: Path) -> None:
    """Speak ``question`` into the microphone, then let go of the key (Enter) as a
    person does once they have finished: never a fixed window that a slow start of
    the player could cut the question short in."""
    pulse.play_into_mic(question).wait(30)
    app.stdin.write("\n")
    app.stdin.flush()


def test_spoken_question_gets_a_spoken_answer(pulse, question, tmp_path):
    speaker = tmp_path / "speaker.raw"
    rec = pulse.record_speaker(speaker)
    app = main_py("talk", "--json", "--max-tokens", "40", env=pulse.env, basedir=tmp_path)
    wait_for_listening(app)
    ask_aloud(pulse, app, question)
    out, err = app.communicate(timeout=300)
    time.sleep(0.5)
    rec.send_signal(signal.SIGINT)
    rec.wait(10)
    assert app.returncode == 0, err
    turn = json.loads(out)
    # Piper renders vary slightly, and Whisper may write "what's"
    assert word_errors(turn["transcript"], "What is the capital of France?") <= 2, turn["transcript"]
    assert turn["reply"] and not turn["interrupted"]
    assert 0 <= turn["stt_ms"] < turn["ttft_ms"] < turn["first_audio_ms"] < turn["total_ms"]
    # what came out of the speaker is the reply, spoken
    samples = raw_samples(speaker)
    assert np.abs(samples).max() > 2000
    heard = json.loads(run_main("transcribe", str(to_wav(speaker, tmp_path / "s.wav")), "--json", env=pulse.env, basedir=tmp_path))
    said, got = set(words(turn["reply"])), set(words(heard["text"]))
    assert len(said & got) >= 0.6 * len(said), (turn["reply"], heard["text"])


def test_barge_in_stops_the_sound_and_truncates_the_saved_answer(pulse, long_question, tmp_path):
    speaker = tmp_path / "speaker.raw"
    rec = pulse.record_speaker(speaker)
    app = main_py(
        "talk", "--json", "--max-tokens", "300", "--model", "smollm2-135m-instruct",
        env=pulse.env, basedir=tmp_path,
    )
    wait_for_listening(app)
    ask_aloud(pulse, app, long_question)  # ask for something long
    # wait until the answer is audible on the speaker, then interrupt
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.2)
        s = raw_samples(speaker)
        if len(s) and np.abs(s[-8000:]).max(initial=0) > 2000:
            break
    time.sleep(1.5)
    n_at_interrupt = len(raw_samples(speaker))  # where the recording was when we interrupted
    app.send_signal(signal.SIGINT)
    out, err = app.communicate(timeout=60)
    time.sleep(0.8)
    rec.send_signal(signal.SIGINT)
    rec.wait(10)
    assert app.returncode == 0, err
    turn = json.loads(out)
    assert turn["interrupted"] is True, turn
    # the sound stopped: nothing loud more than ~150 ms (plus buffering) after the interrupt
    samples = raw_samples(speaker)
    loud = np.nonzero(np.abs(samples) > 1500)[0]
    assert len(loud)
    went_on_ms = (loud[-1] - n_at_interrupt) / 16
    print(f"sound went on {went_on_ms:.0f} ms after the interrupt")
    assert went_on_ms < 150, f"sound went on {went_on_ms:.0f} ms after the interrupt"
    # the saved answer is what was spoken, marked interrupted
    from assistant.store import HistoryStore

    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    msg = store.get_message(turn["message_id"])
    store.close()
    assert msg.status == "interrupted" and msg.content == turn["reply"]
    assert 0 < len(words(msg.content)) < 120


def test_sound_device_vanishing_mid_reply_ends_the_turn_with_a_message(own_pulse, long_question, tmp_path):
    pulse = own_pulse
    speaker = tmp_path / "speaker.raw"
    rec = pulse.record_speaker(speaker)
    app = main_py(
        "talk", "--json", "--max-tokens", "300", env=pulse.env, basedir=tmp_path,
    )
    wait_for_listening(app)
    ask_aloud(pulse, app, long_question)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (len(s := raw_samples(speaker)) and np.abs(s[-8000:]).max(initial=0) > 2000):
        time.sleep(0.2)
    rec.kill()
    pulse.proc.kill()  # the sound server (and with it every device) is gone
    t_gone = time.monotonic()
    out, err = app.communicate(timeout=60)
    assert time.monotonic() - t_gone < 10, "the turn did not end promptly"
    assert app.returncode == 0, err
    turn = json.loads(out)
    assert turn["interrupted"] is True and "stopped working" in turn["error"]
    assert "stopped working" in err and "Traceback" not in err
