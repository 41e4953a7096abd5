"""The real app starts, shows its window, loads and warms the real default model,
and quits cleanly (what benchmarks/startup.py times)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.real
def test_app_starts_shows_window_and_loads_model(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--basedir", str(tmp_path), "--report-startup", "--quit-when-ready"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0] == "startup window-shown"
    assert lines[1].startswith("startup model-ready smollm2-135m-instruct")
    assert (tmp_path / "data" / "history.sqlite3").exists()
    assert "Traceback" not in out.stderr
