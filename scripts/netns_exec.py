"""Run inside ``unshare -rn`` (a new, empty network namespace): bring the loopback
interface up, then replace this process with the command given.

    unshare -rn .venv/bin/python scripts/netns_exec.py COMMAND [ARGS...]

Used by ./test so the whole suite runs with no network at all but loopback (the
download tests serve files from 127.0.0.1). ``ip`` does it when installed;
otherwise the same SIOCSIFFLAGS ioctl from Python (Linux only).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import struct
import subprocess
import sys

SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


def loopback_up() -> None:
    ip = shutil.which("ip")
    if ip and subprocess.run([ip, "link", "set", "lo", "up"], capture_output=True).returncode == 0:
        return
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        flags = struct.unpack("16sh", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sh", b"lo", 0)))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    loopback_up()
    os.execvp(sys.argv[1], sys.argv[1:])
