#!/usr/bin/env python3
"""Check a built app folder for every part packaging/CHECKLIST.md requires, without
running it (the self-test runs it). Each platform's build script calls this right
after PyInstaller:

    python packaging/check_bundle.py dist/Parley [--models default|all] [--platform linux|win32|darwin]

Prints one line per part and exits 1 if any is missing. A part is a glob that must
match at least one file somewhere under the folder (PyInstaller moves things
between releases: _internal/, Contents/Frameworks/, ...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: (what, glob patterns, any of which must match) per platform prefix; "" = every platform
PARTS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "": [
        ("llama.cpp shared library", ("llama_cpp/lib/*llama.*", "llama_cpp/lib/libllama*", "llama_cpp/lib/llama.dll")),
        ("ggml shared libraries", ("llama_cpp/lib/*ggml*",)),
        ("Silero VAD asset (faster-whisper)", ("faster_whisper/assets/silero_vad*.onnx",)),
        ("espeak-ng data (piper)", ("piper/espeak-ng-data/phontab",)),
        ("espeak-ng voices (piper)", ("piper/espeak-ng-data/en_dict",)),
        ("piper's espeak bridge", ("piper/espeakbridge*",)),
        ("CTranslate2 library", ("*ctranslate2*/*ctranslate2*.so*", "*ctranslate2*/*ctranslate2*.dll", "*ctranslate2*/*ctranslate2*.dylib", "libctranslate2*")),
        ("ONNX Runtime library", ("onnxruntime/capi/*onnxruntime*.so*", "onnxruntime/capi/onnxruntime*.dll", "onnxruntime/capi/libonnxruntime*.dylib")),
        ("PyAV / FFmpeg", ("av/*.so", "av/*.pyd", "av.libs/*", "av/.dylibs/*", "av/*/*.so", "av/*/*.pyd")),
        ("Licence texts", ("resources/licenses/GPL-3.0.txt",)),
        ("Gemma notice", ("resources/licenses/Gemma-NOTICE.txt",)),
        ("App icon", ("resources/parley.svg",)),
        ("Interface translations", ("resources/i18n/parley_fr.qm",)),
        ("Licence metadata (About dialog)", ("piper_tts-*.dist-info/METADATA",)),
    ],
    "linux": [
        ("Qt xcb platform plugin", ("PySide6/Qt/plugins/platforms/libqxcb.so",)),
        ("Qt wayland platform plugin", ("PySide6/Qt/plugins/platforms/libqwayland*.so",)),
        ("Qt wayland shell integration", ("PySide6/Qt/plugins/wayland-shell-integration/*.so",)),
        ("Qt offscreen platform plugin", ("PySide6/Qt/plugins/platforms/libqoffscreen.so",)),
        ("PortAudio library", ("libportaudio.so*",)),
    ],
    "win32": [
        ("Qt windows platform plugin", ("PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/qwindows.dll")),
        ("PortAudio library", ("_sounddevice_data/portaudio-binaries/libportaudio*.dll",)),
        ("Command-line program", ("../parley-cli.exe", "parley-cli.exe")),
    ],
    "darwin": [
        ("Qt cocoa platform plugin", ("PySide6/Qt/plugins/platforms/libqcocoa.dylib",)),
        ("PortAudio library", ("_sounddevice_data/portaudio-binaries/libportaudio*.dylib",)),
    ],
}


def model_parts(which: str) -> list[tuple[str, tuple[str, ...]]]:
    from assistant.models.registry import DEFAULTS, EMBEDDED

    out = []
    for e in EMBEDDED:
        if which != "all" and e.name not in DEFAULTS.values():
            continue
        pieces = list(e.parts) if e.parts else [(e.package, e.relpath)]
        for pkg, rel in pieces:
            out.append((f"model {e.name}: {pkg}/{rel}", (f"{pkg}/{rel}",)))
    return out


def find(folder: Path, pattern: str) -> list[Path]:
    if pattern.startswith("../"):
        return sorted(folder.parent.glob(pattern[3:]))
    hits = sorted(folder.glob(pattern))
    return hits or sorted(folder.glob(f"**/{pattern}"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--models", choices=("default", "all"), default="default")
    p.add_argument("--platform", default=sys.platform)
    args = p.parse_args(argv)
    folder: Path = args.folder
    if not folder.is_dir():
        print(f"no such folder: {folder}", file=sys.stderr)
        return 2
    key = next((k for k in PARTS if k and args.platform.startswith(k)), "")
    parts = PARTS[""] + PARTS.get(key, []) + model_parts(args.models)
    missing = 0
    for what, patterns in parts:
        hits = [h for pat in patterns for h in find(folder, pat)]
        if hits:
            print(f"ok       {what}: {hits[0].relative_to(folder.parent)}")
        else:
            missing += 1
            print(f"MISSING  {what}: none of {', '.join(patterns)}")
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"{len(parts) - missing} of {len(parts)} parts present; {size / 1e6:.0f} MB in {folder}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
