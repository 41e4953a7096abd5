"""Stand-ins for the microphone and the speaker, for fast voice tests.

``FakeAudio`` hands out a ``FakeRecorder`` (returns a prepared recording from
``end()``) and sinks: ``WavCollector`` by default, or ``RealtimeSink``, which
"plays" at the real pace so a barge-in can land while Parley is speaking."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
from PySide6.QtCore import QThread

from assistant.audio.devices import AudioStatus
from assistant.audio.playback import WavCollector
from assistant.errors import AudioDeviceError
from ui.voice import AudioBackend

DEVICES = AudioStatus(
    portaudio=True,
    inputs=["Test Mic", "USB Headset"],
    outputs=["Test Speaker", "USB Headset"],
    default_input="Test Mic",
    default_output="Test Speaker",
)


def speech_like(seconds: float = 1.0, rate: int = 16000) -> np.ndarray:
    """Something louder than silence (the pipeline's -40 dBFS check), as float32."""
    t = np.arange(int(seconds * rate)) / rate
    return (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


class FakeRecorder:
    """The ``Recorder`` interface, with no device."""

    def __init__(self, audio: np.ndarray | None = None, *, level: float = 0.05) -> None:
        self.audio = speech_like() if audio is None else audio
        self.speaking_level = level
        self.level = 0.0
        self.recording_s = 0.0
        self.too_long = False
        self.too_long_on_begin = False
        self.error = ""
        self.fail_next_end = False
        self.begun = 0
        self.ended = 0
        self.discarded = 0
        self.closed = 0
        self.listener: Any = None

    def open(self) -> FakeRecorder:
        return self

    def begin(self, listener: Any = None) -> None:
        """The recording is "spoken" at once, then a moment of quiet: a listener
        hears the whole question and the pause after it before the release."""
        self.listener = listener
        if listener is not None:
            listener.feed(self.audio, 16000)
            listener.feed(np.zeros(4800, dtype=np.float32), 16000)
        self.begun += 1
        self.level = self.speaking_level
        self.recording_s = 0.5
        self.too_long = self.too_long_on_begin

    def end(self, *, postroll: bool = True) -> np.ndarray:
        self.level = 0.0
        self.recording_s = 0.0
        if not postroll:
            self.discarded += 1
            return np.zeros(0, dtype=np.float32)
        self.ended += 1
        if self.fail_next_end:
            self.fail_next_end = False
            self.error = "The microphone stopped working."
        else:
            self.error = ""
        return self.audio

    def close(self) -> None:
        self.closed += 1


class RealtimeSink:
    """A sink that consumes its samples at the real pace on a thread, like a
    sound card, and goes silent on ``stop()``."""

    def __init__(self, *, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.first_audio_at: float | None = None
        self.stopped_at: float | None = None
        self.error = ""
        self._lock = threading.Lock()
        self._queue: list[list[Any]] = []  # [tag, remaining samples]
        self.lengths: dict[Any, int] = {}
        self.played: dict[Any, int] = {}
        self._stopped = False
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._play, name="fake-sound-card", daemon=True)
        self._thread.start()

    def open(self) -> RealtimeSink:
        return self

    def _play(self) -> None:
        last = time.perf_counter()
        while not self._closed.wait(0.005):
            now = time.perf_counter()
            budget = int((now - last) * self.sample_rate)
            last = now
            with self._lock:
                while budget > 0 and self._queue and not self._stopped:
                    item = self._queue[0]
                    n = min(budget, item[1])
                    if self.first_audio_at is None:
                        self.first_audio_at = now
                    item[1] -= n
                    self.played[item[0]] = self.played.get(item[0], 0) + n
                    budget -= n
                    if item[1] <= 0:
                        self._queue.pop(0)

    def write(self, samples: np.ndarray, tag: Any = None, rate: int | None = None) -> None:
        n = int(len(samples) * self.sample_rate / (rate or self.sample_rate))
        with self._lock:
            if self._stopped:
                return
            self.lengths[tag] = self.lengths.get(tag, 0) + n
            self._queue.append([tag, n])

    @property
    def playing(self) -> bool:
        with self._lock:
            return bool(self._queue) and not self._stopped and self.first_audio_at is not None

    def stop(self) -> None:
        with self._lock:
            if not self._stopped:
                self.stopped_at = time.perf_counter()
            self._stopped = True
            self._queue.clear()

    def wait_done(self, cancel: threading.Event | None = None, timeout: float = 600.0) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if self._stopped:
                    return False
                if not self._queue:
                    return True
            if cancel is not None:
                if cancel.wait(0.01):
                    self.stop()
                    return False
            else:
                time.sleep(0.01)  # as a sound card is waited for: never a spin that holds the GIL
            if time.monotonic() > deadline:
                return False

    def heard_fraction(self, tag: Any) -> float:
        total = self.lengths.get(tag, 0)
        return min(1.0, self.played.get(tag, 0) / total) if total else 0.0

    def close(self) -> None:
        self.stop()
        self._closed.set()


class FakeAudio:
    """Counts what the window asked of the sound devices."""

    def __init__(
        self,
        *,
        status: AudioStatus = DEVICES,
        recorder: FakeRecorder | None = None,
        realtime: bool = False,
    ) -> None:
        self.status = status
        self.recorder = recorder or FakeRecorder()
        self.realtime = realtime
        self.sinks: list[Any] = []
        self.recorders_opened = 0
        self.fail_next_player = False
        self._lock = threading.Lock()

    def backend(self) -> AudioBackend:
        return AudioBackend(probe=self.probe, open_recorder=self.open_recorder, open_player=self.open_player)

    def probe(self) -> AudioStatus:
        return self.status

    def open_recorder(self, settings: Any) -> FakeRecorder:
        with self._lock:
            self.recorders_opened += 1
        return self.recorder.open()

    def open_player(self, sample_rate: int, device: str) -> Any:
        with self._lock:
            if self.fail_next_player and QThread.currentThread().objectName() == "parley-voice":
                self.fail_next_player = False  # the speaker of a turn, not the beep
                raise AudioDeviceError("The speaker could not be opened: fake device unplugged")
            sink = RealtimeSink(sample_rate=sample_rate) if self.realtime else WavCollector(sample_rate=sample_rate)
            self.sinks.append(sink)
            return sink.open()

    @property
    def beeps(self) -> int:
        return sum(1 for s in list(self.sinks) if "beep" in s.lengths)

    @property
    def turn_sinks(self) -> list[Any]:
        return [s for s in list(self.sinks) if "beep" not in s.lengths]
