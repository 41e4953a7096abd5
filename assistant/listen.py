"""Listening while the push-to-talk key is held.

A voice turn used to start only at the key release: ~300 ms of post-roll so the
last word is not cut, Whisper on the whole recording, then the language model
reading the question, and only then the first word of the answer. While the key
is held the computer is mostly idle, so the ``LiveListener`` uses that time:

- it follows the loudness of the microphone and notices each pause after speech
  (``PAUSE_S`` of quiet);
- at a pause it transcribes everything heard so far (the engine's speech lane)
  and has the language model read that question into its cache (``prepare``),
  while the key is still held;
- at the release, when nothing was said after the last pause, that transcript is
  the turn's transcript (its audio held every word; the quiet after it adds none),
  the post-roll is skipped (``quiet``), and the model already holds the question,
  so the answer starts at once. When words came after the pause, the turn
  transcribes the whole recording as before: nothing is guessed.

Plain Python, no Qt: the window's microphone thread, the terminal ``talk`` command
and the benchmark feed it the same way (``Recorder.begin(listener=...)``).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .engines.base import SpeechSpec, Transcript

log = logging.getLogger("parley.listen")

#: quiet after speech that counts as a pause (a false pause only costs a transcription
#: that is thrown away). The last transcription starts this long after the last word,
#: and people let go of the key 0.1-0.3 s after it: 80 ms had the transcript ready
#: 40-50 ms sooner after the release than 120 ms (benchmarks/voice_timeline.py, two
#: A/B runs of ten turns) and every turn transcribed at its last pause
PAUSE_S = float(os.environ.get("PARLEY_LISTEN_PAUSE_S", "0.08"))
#: how much speech must have been heard before a pause means anything
MIN_VOICED_S = 0.15
#: while the speaker goes on without a pause, what was said so far is transcribed
#: (and read by the model) after this much more audio: at the end only the last
#: words are new to the model (0 turns it off; PARLEY_LISTEN_EVERY_S overrides)
EVERY_S = float(os.environ.get("PARLEY_LISTEN_EVERY_S", "0.8"))
#: a block is speech when its loudness (RMS) is above all of: this absolute floor
#: (about -54 dBFS), this share of the loudest block so far (-30 dB), and this many
#: times the quietest block so far (the room's noise)
ABS_FLOOR = 0.002
REL_TO_PEAK = 0.03
OVER_NOISE = 3.0


def enabled() -> bool:
    """PARLEY_LISTEN_EARLY=0 turns listening-while-held off (for before/after benchmarks)."""
    return os.environ.get("PARLEY_LISTEN_EARLY", "1") != "0"


class Loudness:
    """Where the speech is, block by block, from loudness alone. A block is judged
    when it arrives, against the loudest and quietest blocks heard until then: a
    later, louder word can only make an earlier block count as speech, never hide
    one (so a pause is never seen where a soft word was)."""

    def __init__(self) -> None:
        self.peak = 0.0
        self.noise = float("inf")
        self.voiced_s = 0.0
        self.last_voiced_end = -1.0
        """End (seconds from the start) of the last block judged speech; -1 before any."""

    def add(self, block: np.ndarray, start_s: float, end_s: float) -> None:
        if not len(block):
            return
        rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
        self.peak = max(self.peak, rms)
        threshold = max(ABS_FLOOR, REL_TO_PEAK * self.peak, OVER_NOISE * self.noise)
        self.noise = min(self.noise, rms)
        if rms > threshold or (rms >= self.peak and rms > ABS_FLOOR):  # the loudest block so far is speech
            self.voiced_s += end_s - start_s
            self.last_voiced_end = end_s


@dataclass
class _Partial:
    voiced_end: float
    """The speech this transcription covers ends here (``Loudness.last_voiced_end``)."""
    heard_s: float
    """Length of the audio it transcribes."""
    at_pause: bool = True
    """Made at a pause; one made while words went on may end inside a word, so it
    is only a head start for the model, never the turn's transcript."""
    done: threading.Event = field(default_factory=threading.Event)
    transcript: Transcript | None = None
    prepared: threading.Event = field(default_factory=threading.Event)
    """Set once the language model has read the question (or will not)."""


@contextmanager
def closing_listener(listener: LiveListener | None) -> Iterator[None]:
    """For a turn that owns ``listener`` (if any): closed however the turn ends."""
    try:
        yield
    finally:
        if listener is not None:
            listener.close()


def transcribing_listener(
    engine: Any, spec: SpeechSpec, language: str | None, *, prepare: Callable[[str], None] | None = None
) -> LiveListener:
    """A listener that transcribes with ``engine`` (the engine process's speech lane)
    in ``language`` (None: Whisper detects it) with the models of ``spec``."""

    def transcribe(audio: np.ndarray, cancel: threading.Event) -> Transcript:
        return engine.transcribe(audio, spec=spec, language=language, cancel=cancel)  # type: ignore[no-any-return]

    return LiveListener(transcribe, prepare=prepare)


class LiveListener:
    """Fed the microphone's blocks while the key is held (``feed``, any thread);
    transcribes at each pause on its own thread; ``result`` at the release. Owned by
    the turn that uses it, which calls ``close``."""

    def __init__(
        self,
        transcribe: Callable[[np.ndarray, threading.Event], Transcript],
        *,
        prepare: Callable[[str], None] | None = None,
        pause_s: float = PAUSE_S,
    ) -> None:
        self._transcribe = transcribe
        self._prepare = prepare
        self.pause_s = pause_s
        self._blocks: list[np.ndarray] = []
        self._rate = 16000
        self._n = 0
        self._loud = Loudness()
        self._cond = threading.Condition()
        self._closed = False
        self._released = False  # result() was asked: no more transcriptions of its own
        self._cancel = threading.Event()
        self._job: _Partial | None = None
        self._thread = threading.Thread(target=self._run, name="live-listener", daemon=True)
        self._thread.start()

    # ---- fed by the microphone ---------------------------------------------------
    def feed(self, block: np.ndarray, rate: int = 16000) -> None:
        """One block of mono float32 samples at ``rate`` (the device's own rate)."""
        block = np.asarray(block, dtype=np.float32).reshape(-1)
        with self._cond:
            if self._closed:
                return
            if rate != self._rate and self._n == 0:
                self._rate = rate
            start = self._n / self._rate
            self._blocks.append(block)
            self._n += len(block)
            self._loud.add(block, start, self._n / self._rate)
            self._cond.notify_all()

    def heard_s(self) -> float:
        with self._cond:
            return self._n / self._rate

    def quiet(self) -> bool:
        """True when stopping the recording now cuts no word: no speech yet, or the
        last speech ended at least a pause ago."""
        with self._cond:
            return self._quiet_locked()

    def _quiet_locked(self) -> bool:
        return self._loud.last_voiced_end < 0 or self._n / self._rate - self._loud.last_voiced_end >= self.pause_s

    # ---- transcribing at pauses --------------------------------------------------
    def _due_locked(self) -> bool:
        """A pause after new words, and no transcription running."""
        if self._closed or self._released or self._loud.voiced_s < MIN_VOICED_S or not self._quiet_locked():
            return False
        job = self._job
        if job is None:
            return True
        return job.done.is_set() and (self._loud.last_voiced_end > job.voiced_end or not job.at_pause)

    def _due_meanwhile_locked(self) -> bool:
        """Words going on for ``EVERY_S`` since the last transcription began."""
        if self._closed or self._released or EVERY_S <= 0 or self._loud.voiced_s < MIN_VOICED_S or self._quiet_locked():
            return False
        job = self._job
        since = job.heard_s if job is not None else 0.0
        return (job is None or job.prepared.is_set()) and self._n / self._rate - since >= EVERY_S

    def _launch_locked(self, *, at_pause: bool = True) -> tuple[_Partial, np.ndarray]:
        job = _Partial(voiced_end=self._loud.last_voiced_end, heard_s=self._n / self._rate, at_pause=at_pause)
        self._job = job
        audio = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)
        return job, audio

    def _transcribe_into(self, job: _Partial, audio: np.ndarray) -> None:
        try:
            if self._rate != 16000:
                from .audio.playback import resample

                audio = resample(audio, self._rate, 16000).astype(np.float32)
            job.transcript = self._transcribe(audio, self._cancel)
        except Exception:  # noqa: BLE001 - the turn transcribes the whole recording instead
            log.warning("transcribing while the key was held failed", exc_info=True)
        finally:
            job.done.set()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._closed or self._due_locked() or self._due_meanwhile_locked(), timeout=0.5
                )
                if self._closed or self._released:  # nothing more to do after the release
                    return
                if self._due_locked():
                    job, audio = self._launch_locked()
                elif self._due_meanwhile_locked():
                    job, audio = self._launch_locked(at_pause=False)
                else:
                    continue
            self._transcribe_into(job, audio)
            text = job.transcript.text.strip() if job.transcript is not None else ""
            try:
                if text and self._prepare is not None and not self._cancel.is_set():
                    self._prepare(text)  # the language model reads the question now, not after the release
            except Exception:  # noqa: BLE001 - only a head start is lost
                log.warning("reading the question ahead failed", exc_info=True)
            finally:
                job.prepared.set()

    # ---- at the release ----------------------------------------------------------
    def result(self, cancel: threading.Event | None = None, timeout: float = 10.0) -> Transcript | None:
        """The turn's transcript when the speech ended before the release and was
        transcribed (or is being transcribed) up to its end; None when words came
        after the last pause: then the whole recording must be transcribed."""
        with self._cond:
            job = self._job
            due = self._due_locked()
            self._released = True
            if due:
                # the pause was reached only now (the release came right after it):
                # transcribe here rather than wait for the listener's thread
                job, audio = self._launch_locked()
            else:
                audio = None
                if (job is None or not job.at_pause or job.voiced_end != self._loud.last_voiced_end
                        or not self._quiet_locked()):
                    if job is not None and not job.done.is_set():
                        self._cancel.set()  # a stale transcription: stop it, the lane is needed
                    return None
        if audio is not None:
            self._transcribe_into(job, audio)
            job.prepared.set()  # the turn's own request reads the question now
        # wait for the transcript, and for the model to have read the question: the
        # turn's request would queue behind that reading anyway, and must not pass it
        deadline = time.monotonic() + timeout
        for event in (job.done, job.prepared):
            while not event.wait(0.05):
                if (cancel is not None and cancel.is_set()) or time.monotonic() >= deadline:
                    return job.transcript if job.done.is_set() else None
        return job.transcript

    def close(self) -> None:
        """Stop listening; a transcription still running is abandoned."""
        with self._cond:
            self._closed = True
            self._blocks = []
            self._cond.notify_all()
