import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, basedir):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--basedir", str(basedir)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )


def test_version_and_help(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("Parley 0.")
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and all(c in out.stdout for c in ("ask", "models", "doctor"))


def test_models_json(tmp_path):
    out = cli("models", "--json", basedir=tmp_path)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {(r["kind"], r["name"]) for r in rows} >= {("llm", "smollm2-135m-instruct"), ("stt", "whisper-tiny.en"), ("tts", "en_US-joe-medium")}
    for r in rows:
        assert set(r) == {"kind", "name", "path", "size_bytes", "source", "default"} and r["size_bytes"] > 0
    assert sum(r["default"] for r in rows) == 3


@pytest.mark.real
def test_ask_json_real_model(tmp_path):
    out = cli("ask", "What is the capital of France?", "--json", "--max-tokens", "24", "--temperature", "0", basedir=tmp_path)
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert {"reply", "model", "ttft_ms", "tokens", "tokens_per_s"} <= set(obj)
    assert "Paris" in obj["reply"] and obj["model"] == "smollm2-135m-instruct"
    assert obj["tokens"] > 0 and obj["ttft_ms"] > 0 and obj["tokens_per_s"] > 0


@pytest.mark.real
def test_ask_streams_text(tmp_path):
    out = cli("ask", "Say hello.", "--max-tokens", "8", "--system", "", basedir=tmp_path)
    assert out.returncode == 0 and out.stdout.strip()


def test_ask_bad_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.gguf"
    bad.write_text("<html>this is a web page, not a model</html>")
    out = cli("ask", "hi", "--model", str(bad), basedir=tmp_path)
    assert out.returncode == 2 and "not a GGUF" in out.stderr and "Traceback" not in out.stderr


def test_ask_empty_prompt(tmp_path):
    out = cli("ask", "   ", basedir=tmp_path)
    assert out.returncode == 2 and "empty" in out.stderr


def test_doctor_reports_and_exits_zero_when_essentials_work(tmp_path):
    out = cli("doctor", basedir=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    for word in ("language model", "PortAudio" if "PortAudio" in out.stdout else "microphone", "free memory", "SQLite", "CPU"):
        assert word in out.stdout
