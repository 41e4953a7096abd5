#!/usr/bin/env python3
"""The Debian packages a built app folder needs from the system: every shared library
an ELF file in the folder links to (DT_NEEDED) that the folder does not carry itself,
mapped to the package that owns it here (``dpkg -S``), and libc6 at the newest glibc
symbol version the files use. What PyInstaller leaves out on
purpose (glibc, libGL/EGL, libxcb, Wayland's client libraries) and what the spec
drops (ALSA) ends up here, so the .deb's Depends line follows the build instead of
a hand-kept list.

    python packaging/linux/deb_depends.py dist/Parley      ->  libasound2 | libasound2t64, libc6 (>= 2.34), ...
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

#: a library some plugin links to, that only matters when that plugin is used: no Depends
#: (GTK: Qt's gtk3 platform theme, loaded only on GTK desktops, which have it)
OPTIONAL = re.compile(r"^lib(vulkan|X11-xcb|xcb-glx|xcb-dri|gbm|nvidia|cuda|gtk-3|gdk-3|atk-|pango|cairo|gdk_pixbuf)")

#: Debian packages of libraries Qt's xcb and wayland plugins link to, for when the build
#: machine lacks them (then PyInstaller could not bundle them, and dpkg -S cannot say)
KNOWN = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
}


def elf_files(folder: Path) -> list[Path]:
    out = []
    for f in folder.rglob("*"):
        if f.is_file() and not f.is_symlink():
            with f.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(f)
    return out


def needed(files: list[Path]) -> tuple[set[str], tuple[int, ...]]:
    """Libraries linked to, and the newest glibc symbol version any file asks for."""
    names: set[str] = set()
    glibc: tuple[int, ...] = (2, 17)
    for chunk in range(0, len(files), 200):
        out = subprocess.run(
            ["objdump", "-p", *map(str, files[chunk : chunk + 200])], capture_output=True, text=True, check=False
        ).stdout
        names.update(m.group(1) for m in re.finditer(r"^\s+NEEDED\s+(\S+)", out, re.M))
        for m in re.finditer(r"\bGLIBC_(\d+(?:\.\d+)+)\b", out):
            glibc = max(glibc, tuple(int(x) for x in m.group(1).split(".")))
    return names, glibc


def system_path(lib: str) -> str | None:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split(" ")[0] == lib and ("x86-64" in parts[0] or "64" in parts[0] or "aarch64" in parts[0]):
            return parts[1].strip()
    return None


def owner(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve())):
        for variant in (candidate, candidate.replace("/usr/lib/", "/lib/", 1), candidate.replace("/lib/", "/usr/lib/", 1)):
            out = subprocess.run(["dpkg", "-S", variant], capture_output=True, text=True, check=False)
            if out.returncode == 0 and out.stdout:
                return out.stdout.split(":", 1)[0].strip()
    return None


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/Parley")
    files = elf_files(folder)
    carried = {f.name for f in folder.rglob("*")}
    libs, glibc = needed(files)
    wanted = sorted(n for n in libs if n not in carried and not OPTIONAL.match(n))
    packages: set[str] = set()
    unknown = []
    for lib in wanted:
        path = system_path(lib)
        pkg = (owner(path) if path else None) or KNOWN.get(lib)
        if pkg is None:
            unknown.append(lib)
        else:
            packages.add(pkg)
    for lib in unknown:
        print(f"deb_depends: no package here provides {lib}; not listed", file=sys.stderr)
    base = ".".join(map(str, glibc))
    deps = []
    for pkg in sorted(packages):
        if pkg == "libc6":
            deps.append(f"libc6 (>= {base})")
        elif pkg.startswith("libasound2"):
            deps.append("libasound2 | libasound2t64")  # renamed in Debian 13 / Ubuntu 24.04
        else:
            deps.append(pkg)
    print(", ".join(deps))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
