"""PyInstaller runtime hook: runs before main.py in the packaged app.

PortAudio on Linux: sounddevice looks the library up with ``ctypes.util.find_library``,
which only searches the system, so the copy the app carries (collected by the
sounddevice hook) would never be used and a system without libportaudio2 would have
no sound. Point the lookup at the bundled copy first; if that cannot load (a library
it links to is missing here), fall back to the system's."""

import ctypes
import ctypes.util
import os
import sys


def _install_portaudio_lookup() -> None:
    bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libportaudio.so.2")
    if not os.path.isfile(bundled):
        return
    system_find = ctypes.util.find_library

    def find_library(name: str):  # type: ignore[no-untyped-def]
        if name == "portaudio":
            try:
                ctypes.CDLL(bundled)
                return bundled
            except OSError:
                pass
        return system_find(name)

    ctypes.util.find_library = find_library


if sys.platform.startswith("linux"):
    _install_portaudio_lookup()
