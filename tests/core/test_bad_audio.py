"""Awkward and broken audio files through the real CLI and the real embedded models
(Whisper, Piper, SmolLM2, Gemma): ``transcribe``, ``voice`` and ``translate --speech``.

Every file gives a clear result (the words, or a plain "no speech" note) or one
plain line on stderr with exit status 1; never a traceback. Real speech from the
Piper voice (``SPEECH``) is resampled, made stereo or 8-bit with the ``wave`` module.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from speechcheck import word_errors

pytestmark = pytest.mark.real

ROOT = Path(__file__).resolve().parents[2]
SAID = "What is the capital of France?"
#: SAID as the Piper voice speaks it (`main.py speak`, en_US-joe-medium, 22.05 kHz):
#: a file rather than a new rendering per run, because Piper's voice is random at
#: each rendering and a rare one, made 8-bit, was misheard ("What is the cathedral of
#: friends?" in a CI run; 0 of 60 renderings here): the file makes these tests about
#: the awkward formats, the same sound every run
SPEECH = ROOT / "tests" / "fixtures" / "capital-of-france.wav"


def cli(*args: str, basedir: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--basedir", str(basedir), *args],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )


def _write(path: Path, frames: bytes, rate: int, *, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(frames)
    return path


def _resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    n = int(len(x) * dst / src)
    return np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x)


@pytest.fixture(scope="module")
def basedir(tmp_path_factory):
    return tmp_path_factory.mktemp("base")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("audio")
    speech = SPEECH  # one rendering, so every run tests the same sound (see SPEECH)
    with wave.open(str(speech)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float64) / 32768.0
    raw = speech.read_bytes()
    f = {}
    f["empty"] = d / "empty.wav"
    f["empty"].write_bytes(b"")
    f["truncated-header"] = d / "truncated-header.wav"
    f["truncated-header"].write_bytes(raw[:30])
    f["truncated-data"] = d / "truncated-data.wav"  # the header promises twice what is there
    f["truncated-data"].write_bytes(raw[: len(raw) // 2])
    f["not-audio"] = d / "not-audio.wav"
    f["not-audio"].write_bytes(bytes(np.random.default_rng(1).integers(0, 256, 50_000, dtype=np.uint8)))
    f["8k-mono"] = _write(d / "8k-mono.wav", (_resample(x, rate, 8000) * 32767).astype(np.int16).tobytes(), 8000)
    y = _resample(x, rate, 48000)
    f["48k-stereo"] = _write(d / "48k-stereo.wav", (np.stack([y, 0.8 * y], axis=1) * 32767).astype(np.int16).tobytes(), 48000, channels=2)
    y = _resample(x, rate, 16000)
    f["8-bit"] = _write(d / "8-bit.wav", (y * 127 + 128).clip(0, 255).astype(np.uint8).tobytes(), 16000, width=1)
    rng = np.random.default_rng(0)
    f["quiet-3s"] = _write(d / "quiet-3s.wav", (rng.standard_normal(48000) * 20).astype(np.int16).tobytes(), 16000)
    # one hour of low noise (about -60 dBFS), written a minute at a time: 115 MB
    hour = d / "one-hour.wav"
    minute = (rng.standard_normal(16000 * 60) * 30).astype(np.int16).tobytes()
    with wave.open(str(hour), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        for _ in range(60):
            w.writeframes(minute)
    f["one-hour"] = hour
    return f


def assert_one_plain_line(out: subprocess.CompletedProcess[str], name: str, *words: str) -> None:
    assert out.returncode == 1, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parley: ") and name in lines[0], out.stderr
    assert "Traceback" not in out.stderr and "Error" not in out.stderr and "Errno" not in out.stderr, out.stderr
    for w in words:
        assert w in lines[0], lines[0]


UNUSABLE = {"empty": "empty", "truncated-header": "not a sound file", "not-audio": "not a sound file"}


@pytest.mark.parametrize("kind", sorted(UNUSABLE))
def test_transcribe_refuses_unusable_files_in_one_line(files, basedir, kind):
    out = cli("transcribe", str(files[kind]), basedir=basedir)
    assert_one_plain_line(out, files[kind].name, UNUSABLE[kind])
    assert out.stdout == ""


@pytest.mark.parametrize("kind", ["8k-mono", "48k-stereo", "8-bit"])
def test_transcribe_odd_formats(files, basedir, kind):
    out = cli("transcribe", str(files[kind]), "--json", basedir=basedir)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert word_errors(got["text"], SAID) <= 1, got
    assert 1.0 < got["duration_s"] < 4.0


def test_transcribe_truncated_data_gives_what_is_there(files, basedir):
    out = cli("transcribe", str(files["truncated-data"]), basedir=basedir)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert "capital" in out.stdout.lower()


def test_transcribe_an_hour_of_silence_quickly(files, basedir):
    t0 = time.perf_counter()
    out = cli("transcribe", str(files["one-hour"]), "--json", basedir=basedir)
    seconds = time.perf_counter() - t0
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["text"] == "" and got["duration_s"] == pytest.approx(3600, abs=1)
    assert "no speech found in one-hour.wav (1 h of audio)" in out.stderr and "Traceback" not in out.stderr
    assert seconds < 120  # measured ~18 s on 2 busy cores: the VAD skips the silence


@pytest.mark.parametrize("kind", ["empty", "not-audio", "truncated-header"])
def test_voice_refuses_unusable_files_in_one_line(files, basedir, tmp_path, kind):
    out = cli("voice", "--input", str(files[kind]), "--output", str(tmp_path / "reply.wav"), basedir=basedir)
    assert_one_plain_line(out, files[kind].name)
    assert not (tmp_path / "reply.wav").exists()


def test_voice_refuses_an_hour_long_turn_at_once(files, basedir, tmp_path):
    t0 = time.perf_counter()
    out = cli("voice", "--input", str(files["one-hour"]), "--output", str(tmp_path / "reply.wav"), basedir=basedir)
    assert_one_plain_line(out, "one-hour.wav", "1 h long", "up to 2 min", "parley transcribe")
    assert time.perf_counter() - t0 < 20  # refused from the file's stated length, before decoding or loading models


def test_voice_quiet_file_says_nothing_was_heard(files, basedir, tmp_path):
    out = cli("voice", "--input", str(files["quiet-3s"]), "--output", str(tmp_path / "reply.wav"), basedir=basedir)
    assert out.returncode == 3 and "didn't catch that" in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_voice_turn_on_48k_stereo(files, basedir, tmp_path):
    out = cli("voice", "--input", str(files["48k-stereo"]), "--output", str(tmp_path / "reply.wav"), "--max-tokens", "12",
              "--json", basedir=basedir)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert word_errors(got["transcript"], SAID) <= 1 and got["reply"].strip()
    assert (tmp_path / "reply.wav").stat().st_size > 1000


@pytest.mark.parametrize("kind", ["empty", "not-audio"])
def test_translate_speech_refuses_unusable_files_in_one_line(files, basedir, kind):
    out = cli("translate", "--speech", str(files[kind]), "--to", "fr", basedir=basedir)
    assert_one_plain_line(out, files[kind].name)


def test_translate_speech_refuses_an_hour(files, basedir):
    out = cli("translate", "--speech", str(files["one-hour"]), "--to", "fr", basedir=basedir)
    assert_one_plain_line(out, "one-hour.wav", "1 h long", "up to 10 min", "translate --file")


def test_translate_speech_8_bit(files, basedir):
    out = cli("translate", "--speech", str(files["8-bit"]), "--to", "fr", "--json", basedir=basedir)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert word_errors(got["transcript"], SAID) <= 1 and "France" in got["text"], got
