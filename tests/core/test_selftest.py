"""``main.py --self-test``: the real thing, as a user (or a build script) runs it, and
proof that it fails, naming the part, when a part is broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import selftest

ROOT = Path(__file__).resolve().parents[2]
ALL_CHECKS = {
    "User folders", "SQLite full-text search", "Silero VAD asset", "PortAudio (sound)", "Qt window",
    "Piper speech synthesis", "Whisper speech recognition", "Language model (llama.cpp)",
}


def self_test(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, dict]:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--basedir", str(tmp_path / "home"), "--json", *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, **(env or {})},
    )
    assert out.stdout.strip(), out.stderr[-2000:]
    return out.returncode, json.loads(out.stdout.strip().splitlines()[-1])


def by_name(report: dict) -> dict[str, dict]:
    return {c["name"]: c for c in report["checks"]}


@pytest.mark.real
def test_every_part_of_this_installation_works(tmp_path):
    code, report = self_test(tmp_path)
    checks = by_name(report)
    assert set(checks) == ALL_CHECKS
    failed = {n: c["detail"] for n, c in checks.items() if c["ok"] is False}
    assert failed == {} and code == 0 and report["ok"] is True
    assert "testing" in checks["Whisper speech recognition"]["detail"].lower()  # it heard the phrase
    assert "tokens" in checks["Language model (llama.cpp)"]["detail"]
    assert report["seconds"] < 60  # a few seconds here; generous for a loaded CI runner


def test_text_output_has_one_line_per_check(tmp_path):
    """The human form, on parts that need no model: the broken ones fail fast."""
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"not a model at all" * 100)
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--basedir", str(tmp_path / "home"),
         "--llm", str(bad), "--stt", str(tmp_path / "no-such-whisper"), "--tts", str(tmp_path / "no-such-voice.onnx")],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("Parley ") and "self-test" in lines[0]
    marks = {ln.split(None, 1)[1].split(":")[0]: ln.split()[0] for ln in lines[1:-1]}
    assert set(marks) == ALL_CHECKS
    assert marks["Language model (llama.cpp)"] == "FAILED" and marks["User folders"] == "ok"
    assert lines[-1].startswith("Self-test FAILED") and "Language model" in lines[-1]
    assert out.returncode == 1


@pytest.mark.real
def test_broken_parts_are_named_and_fail_the_run(tmp_path):
    """A damaged language model, a missing Whisper model and a Qt platform that cannot
    start (Qt aborts its process: the check runs in its own) each fail, with the
    reason; the parts that work still pass."""
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 64)
    code, report = self_test(
        tmp_path, "--llm", str(bad), "--stt", str(tmp_path / "no-such-whisper"),
        env={"QT_QPA_PLATFORM": "no-such-platform"},
    )
    checks = by_name(report)
    assert code == 1 and report["ok"] is False
    assert checks["Language model (llama.cpp)"]["ok"] is False
    assert "broken.gguf" in checks["Language model (llama.cpp)"]["detail"]
    assert checks["Whisper speech recognition"]["ok"] is False
    assert "no-such-whisper" in checks["Whisper speech recognition"]["detail"]
    assert checks["Qt window"]["ok"] is False
    assert "no-such-platform" in checks["Qt window"]["detail"] or "signal" in checks["Qt window"]["detail"]
    for working in ("User folders", "SQLite full-text search", "Silero VAD asset", "Piper speech synthesis"):
        assert checks[working]["ok"] is True, checks[working]


@pytest.mark.real
def test_a_voice_that_cannot_load_fails_piper_and_whisper(tmp_path):
    voice = tmp_path / "voice" / "broken.onnx"
    voice.parent.mkdir()
    voice.write_bytes(b"\x08\x07" + os.urandom(2048))  # not an ONNX graph
    (tmp_path / "voice" / "broken.onnx.json").write_text(json.dumps({"audio": {"sample_rate": 22050}}))
    code, report = self_test(tmp_path, "--tts", str(voice))
    checks = by_name(report)
    assert code == 1
    assert checks["Piper speech synthesis"]["ok"] is False and "broken.onnx" in checks["Piper speech synthesis"]["detail"]
    assert checks["Whisper speech recognition"]["ok"] is False
    assert "Piper" in checks["Whisper speech recognition"]["detail"]
    assert checks["Language model (llama.cpp)"]["ok"] is True


def test_an_unwritable_folder_fails(tmp_path, monkeypatch):
    from assistant.paths import AppPaths

    paths = AppPaths.under(tmp_path)
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    ok, detail = selftest.check_folders(paths)
    assert ok is False and "data folder" in detail


def test_words_are_heard_as_digits_or_words():
    assert selftest._heard_words("Testing, 1, 2, 3.") == ["testing", "one", "two", "three"]
    assert selftest._heard_words("Testing one, two, three!") == ["testing", "one", "two", "three"]


def test_a_crashing_check_process_is_reported_not_fatal():
    check = selftest.subprocess_check([sys.executable, "-c", "import os, sys; sys.stderr.write('boom: cannot start\\n'); os.abort()"])
    ok, detail = check()
    assert ok is False and "signal" in detail and "boom" in detail
    ok, detail = selftest.subprocess_check([sys.executable, "-c", 'print(\'{"ok": true, "detail": "fine"}\')'])()
    assert (ok, detail) == (True, "fine")
