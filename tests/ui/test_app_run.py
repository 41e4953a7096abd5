"""ui.app.run end to end, in a child Python (once QApplication.exec() has returned,
that process's event loops stop working, so it cannot share the test session):
start with the real engine, show a start-up notice, quit with Ctrl+Q, and shut
down in order (threads stopped, engine process gone, hooks restored)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.real

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import json, multiprocessing, os, sys, threading
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.config import LoadResult, Settings
from assistant.paths import AppPaths
from ui.app import make_application, run
from ui.main_window import MainWindow

paths = AppPaths.under(Path(sys.argv[1])).ensure()
make_application(["parley"])
seen = {}
hooks = (sys.excepthook, threading.excepthook)

def poll():
    wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if wins and wins[0].model_picker.count() > 0 and wins[0].notice_bar.text() and "Ready" in wins[0].status_label.text():
        w = wins[0]
        seen.update(notice=w.notice_bar.text(), title=w.windowTitle(), status=w.status_label.text(),
                    model=w.model_label.text())
        seen["controller"] = w.controller
        w.quit_action.trigger()
    else:
        QTimer.singleShot(30, poll)

QTimer.singleShot(30, poll)
code = run(paths, LoadResult(Settings(), notice="Your settings file could not be read."), ["parley"])
c = seen.pop("controller")
seen.update(
    code=code,
    threads_stopped=not c._chat_thread.isRunning() and not c._data_thread.isRunning(),
    hooks_restored=(sys.excepthook, threading.excepthook) == hooks,
    children=len(multiprocessing.active_children()),
    window_ini=(paths.config_dir / "window.ini").is_file(),
)
print("RESULT " + json.dumps(seen))
"""


def test_run_starts_shows_notices_and_quits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    r = json.loads(lines[-1][len("RESULT ") :])
    assert r["code"] == 0
    assert "settings file could not be read" in r["notice"]
    assert r["title"] == "Parley"
    assert r["status"].startswith("Ready")  # the model was warmed up at start
    assert "smollm2" in r["model"].lower()
    assert r["threads_stopped"] and r["hooks_restored"]
    assert r["children"] == 0, "the engine process outlived the window"
    assert r["window_ini"]
    assert "Traceback" not in proc.stderr, proc.stderr
