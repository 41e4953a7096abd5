"""The Qt part of ``main.py --self-test``, run as its own process (``--self-test-qt``):
when no Qt platform plugin can start, Qt aborts the whole process, and the other
checks must still report. Prints one JSON line ``{"ok": ..., "detail": ...}``.

Builds a QApplication on the platform the window would use (offscreen when there
is no display at all), shows and paints a widget, and checks that the platform
plugins a packaged app must carry are there (xcb and wayland on Linux)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

#: platform plugins each packaged build must carry, by sys.platform prefix
REQUIRED_PLUGINS = {
    "linux": ("xcb", "wayland"),
    "win32": ("windows",),
    "darwin": ("cocoa",),
}


def choose_platform(environ: dict[str, str] | None = None, platform: str = sys.platform) -> tuple[str, str]:
    """The platform plugin to try and why: the one asked for, the session's, or
    offscreen when a Linux machine has no display (a server, a CI runner)."""
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM"):
        return env["QT_QPA_PLATFORM"], "QT_QPA_PLATFORM"
    if platform.startswith("linux"):
        if env.get("WAYLAND_DISPLAY"):
            return "wayland", "WAYLAND_DISPLAY"
        if env.get("DISPLAY"):
            return "xcb", "DISPLAY"
        return "offscreen", "no display"
    return "", "native"


def _plugin_names(folder: Path) -> set[str]:
    names = set()
    for f in folder.glob("*q*.*") if folder.is_dir() else ():
        stem = f.name.split(".")[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        if stem.startswith("q"):
            names.add(stem[1:])
    return names


def check_qt() -> tuple[bool, str]:
    platform, why = choose_platform()
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel

    plugins = _plugin_names(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    key = next((k for k in REQUIRED_PLUGINS if sys.platform.startswith(k)), "")
    missing = [p for p in REQUIRED_PLUGINS.get(key, ()) if p not in plugins]

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("Parley self-test")  # i18n: ignore - drawn off screen, never read by anyone
    label.resize(200, 40)
    label.show()
    image = label.grab().toImage()
    painted = not image.isNull() and image.width() > 0
    label.close()
    used = QGuiApplication.platformName()
    del app
    detail = f"PySide6 {pyside_version} on {used} ({why})"
    if missing:
        return False, f"{detail}; platform plugins missing: {', '.join(missing)} (have {', '.join(sorted(plugins))})"
    if not painted:
        return False, f"{detail}; a widget could not be drawn"
    return True, detail + (f"; plugins {', '.join(REQUIRED_PLUGINS[key])} present" if key else "")


def main() -> int:
    try:
        ok, detail = check_qt()
    except Exception as exc:  # noqa: BLE001 - reported as the check's result
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    print(json.dumps({"ok": ok, "detail": detail}), flush=True)
    return 0 if ok else 1
