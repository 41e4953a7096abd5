"""What Help → About shows: Parley's version and licence, the libraries it is made
of with their licences, the built-in models with theirs, and where the user's data
lives. Plain data, so the dialog (ui/about_dialog.py) only lays it out.

Licences are read from each installed distribution's metadata where it states one
(the packaged app carries that metadata: packaging/parley.spec copies it); the
table's value is the fallback, and the answer for parts that are not Python
distributions (llama.cpp inside llama-cpp-python, PortAudio, espeak-ng)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import APP_NAME, __version__
from .paths import AppPaths

PARLEY_LICENSE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str
    note: str = ""


#: (shown name, distribution or "" when it is not one, fallback licence, note)
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("PySide6 (Qt for Python)", "PySide6_Essentials", "LGPL-3.0", "used under the LGPL-3.0"),
    ("Qt", "", "LGPL-3.0", "shared libraries, replaceable"),
    ("llama-cpp-python", "llama_cpp_python", "MIT", ""),
    ("llama.cpp", "", "MIT", "inside llama-cpp-python"),
    ("faster-whisper", "faster-whisper", "MIT", ""),
    ("CTranslate2", "ctranslate2", "MIT", ""),
    ("PyAV", "av", "BSD-3-Clause", "with FFmpeg libraries (LGPL-2.1-or-later)"),
    ("tokenizers", "tokenizers", "Apache-2.0", ""),
    ("piper-tts", "piper-tts", "GPL-3.0-or-later", ""),
    ("espeak-ng", "", "GPL-3.0-or-later", "inside piper-tts"),
    ("ONNX Runtime", "onnxruntime", "MIT", ""),
    ("sounddevice", "sounddevice", "MIT", ""),
    ("PortAudio", "", "MIT-style", "PortAudio licence; the sound library sounddevice uses"),
    ("platformdirs", "platformdirs", "MIT", ""),
    ("NumPy", "numpy", "BSD-3-Clause", ""),
    ("Jinja2", "Jinja2", "BSD-3-Clause", "renders chat templates"),
    ("Markdown", "Markdown", "BSD-3-Clause", ""),
    ("Pygments", "Pygments", "BSD-2-Clause", ""),
    ("python-xlib", "python-xlib", "LGPL-2.1-or-later", "global keys on X11 (Linux)"),
    ("jeepney", "jeepney", "MIT", "global keys through the desktop portal (Linux)"),
)

#: trove classifiers to SPDX, for distributions that state their licence only that way
_CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: BSD License": "BSD",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
}


def _normalise(text: str) -> str:
    return {"MIT License": "MIT", "Apache 2.0": "Apache-2.0", "3-Clause BSD License": "BSD-3-Clause"}.get(text, text)


def license_of(distribution: str) -> str | None:
    """The licence a distribution's metadata states (License-Expression, a short
    License field, or a licence classifier); None when it is not installed or says
    nothing usable."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return None
    expression = meta["License-Expression"]
    if expression:
        return str(expression).strip()
    field = (meta["License"] or "").strip()
    if field and "\n" not in field and len(field) <= 80 and field.upper() != "UNKNOWN":
        return _normalise(field)
    for classifier in meta.get_all("Classifier") or ():
        if classifier in _CLASSIFIERS:
            return _CLASSIFIERS[classifier]
    return None


def version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def components() -> list[Component]:
    """Parley, Python and the libraries, each with the licence it is used under."""
    out = [
        Component(APP_NAME, __version__, PARLEY_LICENSE),
        Component("Python", sys.version.split()[0], "PSF-2.0"),
    ]
    for shown, dist, fallback, note in LIBRARIES:
        stated = license_of(dist) if dist else None
        if stated and fallback.startswith(stated) and stated != fallback:
            stated = fallback  # a bare "BSD" classifier: the table knows which BSD
        out.append(Component(shown, version_of(dist) if dist else "", stated or fallback, note))
    return out


@dataclass(frozen=True)
class ModelLicense:
    name: str
    kind: str
    license: str
    description: str
    link: str = ""
    """Where the terms are, for licences that are not a standard one."""


#: licences that are terms of use rather than an SPDX identifier: where to read them
TERMS_LINKS = {"Gemma Terms of Use": "https://ai.google.dev/gemma/terms"}
GEMMA_NOTICE = "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms"


def model_licenses(registry) -> list[ModelLicense]:  # type: ignore[no-untyped-def]
    """Every built-in model this installation has (a packaged build may leave some out)."""
    out = []
    for m in registry.list_models():
        if m.source != "embedded":
            continue
        out.append(ModelLicense(m.name, m.kind, m.license, m.description, TERMS_LINKS.get(m.license, "")))
    return out


def data_folders(paths: AppPaths) -> list[tuple[str, Path]]:
    """Where the user's things are, with a plain label for each."""
    return [
        ("Conversations and translation history", paths.data_dir),
        ("Models you added", paths.models_dir),
        ("Settings and glossary", paths.config_dir),
        ("Caches (assembled built-in models)", paths.cache_dir),
        ("Logs", paths.log_dir),
    ]


def licenses_dir() -> Path | None:
    """resources/licenses: beside the package in a checkout, in the bundle when packaged."""
    base = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    d = root / "resources" / "licenses"
    return d if d.is_dir() else None
