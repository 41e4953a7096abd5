"""Microphone capture for push-to-talk.

The input stream can stay open between turns (when the user allows it) so that
~300 ms from *before* the key press is kept in a ring buffer and the first word is
not cut; after release, ~300 ms more is recorded so the last word is not cut.
The audio callback only copies frames into a queue; a small thread drains it,
keeps the ring buffer and the level for the meter, and hands each block of an
utterance to a ``LiveListener`` when the turn has one (transcribing while the key
is held; it also tells ``end`` when the post-roll is not needed).
"""

from __future__ import annotations

import collections
import queue
import threading
import time
from typing import Any

import numpy as np

from ..errors import AudioDeviceError
from .playback import resample

RATE = 16000


class Recorder:
    def __init__(
        self, *, device: Any = None, preroll_s: float = 0.3, postroll_s: float = 0.3, max_s: float = 120.0
    ) -> None:
        self.device = device
        self.preroll_s = preroll_s
        self.postroll_s = postroll_s
        self.max_s = max_s
        self._frames: queue.Queue[np.ndarray] = queue.Queue()
        self._stream: Any = None
        self._rate = RATE
        self._ring: collections.deque[np.ndarray] = collections.deque()
        self._ring_len = 0
        self._utterance: list[np.ndarray] | None = None
        self._utt_len = 0
        self._listener: Any = None
        self._lock = threading.Lock()
        self._drainer: threading.Thread | None = None
        self._running = False
        self.level = 0.0
        """RMS of the latest block, 0..1, for the level meter."""
        self.peak = 0.0
        self.error = ""
        self.too_long = False
        """The current utterance hit ``max_s`` (recording stopped growing)."""
        self.too_long_last = False
        """The utterance ``end()`` returned had hit ``max_s``."""

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        self._frames.put(indata[:, 0].copy())

    def open(self) -> Recorder:
        try:
            import sounddevice as sd
        except OSError as exc:
            raise AudioDeviceError(
                "Voice input needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)."
            ) from exc
        try:
            try:
                self._stream = sd.InputStream(
                    samplerate=RATE, channels=1, dtype="float32", blocksize=320, device=self.device,
                    callback=self._callback,
                )
            except sd.PortAudioError:
                # the device refuses 16 kHz: record at its own rate and resample
                info = sd.query_devices(self.device, "input")
                self._rate = int(info["default_samplerate"])
                self._stream = sd.InputStream(
                    samplerate=self._rate, channels=1, dtype="float32", device=self.device, callback=self._callback
                )
            self._stream.start()
        except Exception as exc:
            raise AudioDeviceError(f"The microphone could not be opened: {exc}") from exc
        return self._start_draining()

    def _start_draining(self) -> Recorder:
        self._running = True
        self._drainer = threading.Thread(target=self._drain, name="mic-drain", daemon=True)
        self._drainer.start()
        return self

    def _drain(self) -> None:
        keep = int(self.preroll_s * self._rate)
        limit = int(self.max_s * self._rate)
        while self._running:
            try:
                block = self._frames.get(timeout=0.1)
            except queue.Empty:
                if self._stream is not None and not self._stream.active and self._running:
                    self.error = "The microphone stopped working."
                continue
            self.level = float(np.sqrt(np.mean(block**2))) if len(block) else 0.0
            with self._lock:
                if self._utterance is not None:
                    if self._utt_len < limit:
                        self._utterance.append(block)
                        self._utt_len += len(block)
                        self.peak = max(self.peak, float(np.abs(block).max(initial=0.0)))
                        if self._listener is not None:
                            self._listener.feed(block, self._rate)
                    else:
                        self.too_long = True
                self._ring.append(block)
                self._ring_len += len(block)
                while self._ring and self._ring_len - len(self._ring[0]) >= keep:
                    self._ring_len -= len(self._ring.popleft())

    def begin(self, listener: Any = None) -> None:
        """Key pressed: start an utterance, including the pre-roll already heard.
        ``listener`` (a ``LiveListener``) is fed every block of it."""
        with self._lock:
            self._utterance = list(self._ring)
            self._utt_len = sum(len(b) for b in self._utterance)
            self.peak = 0.0
            self.too_long = False
            self._listener = listener
            if listener is not None:
                for block in self._utterance:
                    listener.feed(block, self._rate)

    def end(self, *, postroll: bool = True) -> np.ndarray:
        """Key released: keep recording for the post-roll, then return 16 kHz mono.
        With a listener the post-roll stops as soon as the speech has paused (at
        once when the speaker had already stopped before the release)."""
        listener = self._listener
        if postroll and self.postroll_s > 0 and listener is None:
            time.sleep(self.postroll_s)
        elif postroll and self.postroll_s > 0:
            deadline = time.perf_counter() + self.postroll_s
            while not listener.quiet() and time.perf_counter() < deadline:
                time.sleep(0.01)
        with self._lock:
            self._listener = None
            blocks, self._utterance = self._utterance or [], None
            self.too_long_last = self.too_long  # what the caller may report
            self.too_long = False
        audio = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)
        return resample(audio, self._rate, RATE).astype(np.float32)

    @property
    def recording_s(self) -> float:
        return self._utt_len / self._rate if self._utterance is not None else 0.0

    def close(self) -> None:
        self._running = False
        s, self._stream = self._stream, None
        if s is not None:
            try:
                s.stop()
                s.close()
            except Exception:
                pass
        if self._drainer is not None:
            self._drainer.join(timeout=1)


class FedRecorder(Recorder):
    """A ``Recorder`` whose microphone is played recordings instead of a device:
    blocks of 20 ms arrive in real time, silence between recordings, as from a
    microphone that stays open. For the benchmark and tests: everything after the
    sound card (the drain thread, pre-roll, listener, post-roll) is the app's."""

    BLOCK = 320

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pending: collections.deque[tuple[np.ndarray, threading.Event | None]] = collections.deque()
        self._feeder: threading.Thread | None = None

    def open(self) -> FedRecorder:
        self._start_draining()
        self._feeder = threading.Thread(target=self._feed, name="mic-feed", daemon=True)
        self._feeder.start()
        return self

    def _feed(self) -> None:
        silence = np.zeros(self.BLOCK, dtype=np.float32)
        step = self.BLOCK / RATE
        due = time.perf_counter()
        while self._running:
            block, heard = self._pending.popleft() if self._pending else (silence, None)
            self._frames.put(block.copy())
            if heard is not None:
                heard.set()
            due += step
            time.sleep(max(0.0, due - time.perf_counter()))

    def play(self, audio: np.ndarray) -> float:
        """Speak ``audio`` (16 kHz mono float32) into the microphone; returns when
        its last block was heard (``perf_counter`` time)."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        pad = (-len(audio)) % self.BLOCK
        audio = np.concatenate([audio, np.zeros(pad, np.float32)])
        blocks = audio.reshape(-1, self.BLOCK)
        if not len(blocks):
            return time.perf_counter()
        heard = threading.Event()
        self._pending.extend((b, heard if i == len(blocks) - 1 else None) for i, b in enumerate(blocks))
        heard.wait()
        return time.perf_counter()

    def close(self) -> None:
        self._running = False
        if self._feeder is not None:
            self._feeder.join(timeout=1)
        super().close()
