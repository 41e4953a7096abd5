"""Facts about this computer that decide what it can run."""

from __future__ import annotations

import os
import platform
import sys


def available_ram_bytes() -> int | None:
    """Memory available to new programs without swapping, if the OS tells us."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    if sys.platform == "darwin" or sys.platform.startswith("win"):
        return None
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def cpu_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def cpu_summary() -> str:
    flags = cpu_flags()
    wanted = [f for f in ("avx", "avx2", "fma", "f16c", "avx512f", "neon") if f in flags]
    n = os.cpu_count() or 1
    machine = platform.machine()
    return f"{n} logical CPUs, {machine}" + (f", {' '.join(wanted)}" if wanted else "")
