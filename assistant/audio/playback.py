"""Gapless playback of speech chunks, stoppable at once.

One ``OutputStream`` stays open for a whole reply; chunks are queued as they are
synthesised, so chunk N+1 is ready while chunk N plays. The audio callback only
copies queued samples into the device buffer (no logging, no locks held long, no
Qt). ``stop()`` takes effect at the next callback, one block (~20 ms) later.
"""

from __future__ import annotations

import collections
import threading
import time
from typing import Any

import numpy as np

from ..errors import AudioDeviceError

BLOCK = 512


def resample(samples: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Linear resampling; enough for speech, and free of extra dependencies."""
    if src_rate == dst_rate or len(samples) == 0:
        return samples
    n = max(1, int(round(len(samples) * dst_rate / src_rate)))
    x = np.linspace(0.0, len(samples) - 1, n)
    return np.interp(x, np.arange(len(samples)), samples.astype(np.float32)).astype(samples.dtype)


class Player:
    """Plays int16 mono chunks tagged with an id, and knows how much of each was heard."""

    def __init__(self, *, sample_rate: int, device: Any = None) -> None:
        self.sample_rate = sample_rate
        self.device = device
        self._queue: collections.deque[tuple[Any, np.ndarray]] = collections.deque()
        self._current: tuple[Any, np.ndarray] | None = None
        self._offset = 0
        self._stopped = False
        self._finishing = False
        self._lock = threading.Lock()
        self._drained = threading.Event()
        self.played: dict[Any, int] = collections.defaultdict(int)
        self.lengths: dict[Any, int] = {}
        self.first_audio_at: float | None = None
        self.error: str = ""
        self._stream: Any = None
        self._device_rate = sample_rate

    # the audio thread -------------------------------------------------------
    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        out = outdata[:, 0]
        filled = 0
        with self._lock:
            while filled < frames and not self._stopped:
                if self._current is None:
                    if not self._queue:
                        break
                    self._current, self._offset = self._queue.popleft(), 0
                tag, data = self._current
                n = min(frames - filled, len(data) - self._offset)
                out[filled : filled + n] = data[self._offset : self._offset + n]
                if self.first_audio_at is None:
                    self.first_audio_at = time.perf_counter()
                self._offset += n
                self.played[tag] += n
                filled += n
                if self._offset >= len(data):
                    self._current = None
            if filled < frames:
                out[filled:] = 0
            if (self._stopped or self._finishing) and self._current is None and not self._queue:
                self._drained.set()

    # the caller ------------------------------------------------------------
    def open(self) -> Player:
        try:
            import sounddevice as sd
        except OSError as exc:
            raise AudioDeviceError(
                "Sound output needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)."
            ) from exc
        try:
            try:
                self._stream = sd.OutputStream(
                    samplerate=self.sample_rate, channels=1, dtype="int16", blocksize=BLOCK,
                    device=self.device, callback=self._callback, latency="low",
                )
            except sd.PortAudioError:
                # the device refuses the voice's rate: play at its own rate and resample
                info = sd.query_devices(self.device, "output")
                self._device_rate = int(info["default_samplerate"])
                self._stream = sd.OutputStream(
                    samplerate=self._device_rate, channels=1, dtype="int16", blocksize=BLOCK,
                    device=self.device, callback=self._callback, latency="low",
                )
            self._stream.start()
        except Exception as exc:
            raise AudioDeviceError(f"The speaker could not be opened: {exc}") from exc
        return self

    def write(self, samples: np.ndarray, tag: Any = None, rate: int | None = None) -> None:
        data = np.asarray(samples, dtype=np.int16).reshape(-1)
        data = resample(data, rate or self.sample_rate, self._device_rate)
        with self._lock:
            if self._stopped:
                return
            self.lengths[tag] = self.lengths.get(tag, 0) + len(data)
            self._queue.append((tag, data))
            self._drained.clear()

    def stop(self) -> None:
        """Silence now; queued chunks are dropped."""
        with self._lock:
            self._stopped = True
            self._queue.clear()
            self._current = None

    def wait_done(self, cancel: threading.Event | None = None, timeout: float = 600.0) -> bool:
        """Wait until everything queued has been played (True) or ``cancel`` is set /
        the device fails (False)."""
        with self._lock:
            self._finishing = True
            if self._current is None and not self._queue:
                self._drained.set()
        deadline = time.monotonic() + timeout
        while not self._drained.wait(0.02):
            if cancel is not None and cancel.is_set():
                self.stop()
                return False
            if self._stream is not None and not self._stream.active:
                self.error = "The speaker stopped working during playback."
                return False
            if time.monotonic() > deadline:
                return False
        # let the device play out its last buffer
        time.sleep(min(0.2, 2 * BLOCK / self._device_rate))
        return not self._stopped

    @property
    def failed(self) -> bool:
        """The device went away (unplugged, sound server gone) while we were playing."""
        s = self._stream
        if s is not None and not self._stopped and not s.active:
            self.error = self.error or "The speaker stopped working during playback."
            return True
        return False

    def heard_fraction(self, tag: Any) -> float:
        total = self.lengths.get(tag, 0)
        return min(1.0, self.played.get(tag, 0) / total) if total else 0.0

    def close(self) -> None:
        self.stop()
        s, self._stream = self._stream, None
        if s is not None:
            try:
                s.stop()
                s.close()
            except Exception:
                pass


class WavCollector:
    """A Player stand-in that collects the audio instead of playing it (CLI --output,
    benchmarks). 'Heard' means handed over, like a device buffer."""

    def __init__(self, *, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.chunks: list[np.ndarray] = []
        self.first_audio_at: float | None = None
        self.lengths: dict[Any, int] = {}
        self.error = ""
        self._stopped = False

    def open(self) -> WavCollector:
        return self

    def write(self, samples: np.ndarray, tag: Any = None, rate: int | None = None) -> None:
        if self._stopped:
            return
        data = resample(np.asarray(samples, dtype=np.int16).reshape(-1), rate or self.sample_rate, self.sample_rate)
        if self.first_audio_at is None:
            self.first_audio_at = time.perf_counter()
        self.lengths[tag] = self.lengths.get(tag, 0) + len(data)
        self.chunks.append(data)

    def stop(self) -> None:
        self._stopped = True

    def wait_done(self, cancel: threading.Event | None = None, timeout: float = 0) -> bool:
        return not self._stopped

    def heard_fraction(self, tag: Any) -> float:
        return 1.0 if tag in self.lengths else 0.0

    def audio(self) -> np.ndarray:
        return np.concatenate(self.chunks) if self.chunks else np.zeros(0, dtype=np.int16)

    def close(self) -> None:
        pass


def write_wav(path: Any, samples: np.ndarray, sample_rate: int) -> None:
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(np.asarray(samples, dtype=np.int16).tobytes())
