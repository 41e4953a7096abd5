"""A private PulseAudio server with two null sinks: a virtual microphone
(``parley_mic``: play into it, its monitor is the default source) and a virtual
speaker (``parley_speaker``: the default sink; record its monitor). Works on a
machine with no sound card. Tests hand ``pulse.env`` to the processes they start."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Pulse:
    env: dict[str, str]

    def run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), env=self.env, check=True, capture_output=True, text=True, timeout=60, **kw)

    def play_into_mic(self, wav: Path) -> subprocess.Popen:
        return subprocess.Popen(["paplay", "--device=parley_mic", str(wav)], env=self.env)

    def record_speaker(self, out: Path) -> subprocess.Popen:
        """Raw s16le, 16 kHz mono (readable while it is still being written)."""
        return subprocess.Popen(
            ["parecord", "--raw", "--device=parley_speaker.monitor", "--format=s16le", "--channels=1", "--rate=16000",
             "--latency-msec=20", str(out)],
            env=self.env,
        )


def start_pulse(rt: Path) -> tuple[Pulse, subprocess.Popen]:
    missing = [t for t in ("pulseaudio", "pactl", "paplay", "parecord") if shutil.which(t) is None]
    if missing:  # ./test installs these; failing (not skipping) keeps CI honest
        pytest.fail(f"PulseAudio tools missing ({', '.join(missing)}): sudo apt-get install pulseaudio pulseaudio-utils")
    os.chmod(rt, 0o700)
    sock = rt / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(rt), "PULSE_SERVER": f"unix:{sock}", "HOME": str(rt)}
    env.pop("PULSE_SINK", None)
    env.pop("PULSE_SOURCE", None)
    proc = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--disable-shm=yes",
            "-L", f"module-native-protocol-unix socket={sock} auth-anonymous=1",
            "-L", "module-null-sink sink_name=parley_mic rate=16000 channels=1",
            "-L", "module-null-sink sink_name=parley_speaker rate=22050 channels=1",
        ],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    p = Pulse(env)
    for _ in range(100):
        if proc.poll() is not None:
            pytest.fail(f"pulseaudio did not start: {proc.stderr.read().decode()[-500:]}")
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            break
        time.sleep(0.1)
    p.run("pactl", "set-default-sink", "parley_speaker")
    p.run("pactl", "set-default-source", "parley_mic.monitor")
    return p, proc


def stop_pulse(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def pulse(tmp_path_factory):
    p, proc = start_pulse(tmp_path_factory.mktemp("pulse"))
    yield p
    stop_pulse(proc)


@pytest.fixture
def own_pulse(tmp_path):
    """A sound server for one test, which the test may kill (a device vanishing)."""
    rt = tmp_path / "pulse"
    rt.mkdir()
    p, proc = start_pulse(rt)
    p.proc = proc
    yield p
    stop_pulse(proc)
