"""assistant/ is the Qt-free core: every module imports with PySide6 made
unimportable, and heavy engine libraries load only inside the engine process."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"{name} is blocked: assistant/ must not import Qt")
        return None

sys.meta_path.insert(0, Block())
import assistant
names = [m.name for m in pkgutil.walk_packages(assistant.__path__, "assistant.")]
for name in names:
    importlib.import_module(name)
heavy = sorted(m for m in ("llama_cpp", "faster_whisper", "piper", "sounddevice", "ctranslate2", "onnxruntime") if m in sys.modules)
print(len(names), ",".join(heavy))
"""


def test_core_imports_without_qt_and_without_engines():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count, heavy = out.stdout.strip().split(" ", 1) if " " in out.stdout.strip() else (out.stdout.strip(), "")
    assert int(count) >= 10  # really walked the package
    # importing the core must not load model libraries; they live in the engine process
    assert heavy == "", f"importing assistant/ loaded {heavy}"


def test_ui_never_imports_engine_libraries_directly():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for lib in ("llama_cpp", "faster_whisper", "piper", "sounddevice"):
            if f"import {lib}" in text or f"from {lib}" in text:
                offenders.append(f"{path.relative_to(ROOT)}: {lib}")
    assert offenders == []
