"""One push-to-talk turn: speech in, a streamed answer shown and spoken, and a
barge-in that stops it.

    audio → Whisper (engine speech lane) → transcript saved as the user's message
          → the chat reply streams (engine LLM lane) → cut into speakable pieces
          → each piece synthesised (speech lane) while the previous one plays

Plain Python with a cancel ``Event`` honoured at every stage, so the window, the
CLI and the benchmark all run the same turn. Times are measured from the end of
speech (key release, or the end of the input file).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, Union

import numpy as np

from .chat import ChatEvent, ChatService, ReplyDelta, ReplyFailed, ReplyFinished
from .config import Settings
from .engines.base import SpeechChunk, SpeechSpec, Transcript
from .errors import AssistantError
from .listen import LiveListener, closing_listener, transcribing_listener
from .speakable import SpeechChunker

MIN_SPEECH_S = 0.3
SILENCE_PEAK = 0.01  # about -40 dBFS


class SpeechEngine(Protocol):
    def transcribe(self, audio: Any, *, spec: SpeechSpec, language: str | None = None, task: str = "transcribe",
                   cancel: threading.Event | None = None) -> Transcript: ...

    def synthesize(self, text: str, *, spec: SpeechSpec, length_scale: float | None = None,
                   cancel: threading.Event | None = None, urgent: bool = False) -> Iterator[SpeechChunk]: ...


class AudioSink(Protocol):
    first_audio_at: float | None
    error: str

    def write(self, samples: np.ndarray, tag: Any = None, rate: int | None = None) -> None: ...
    def stop(self) -> None: ...
    def wait_done(self, cancel: threading.Event | None = None, timeout: float = 600.0) -> bool: ...
    def heard_fraction(self, tag: Any) -> float: ...


@dataclass(frozen=True)
class NothingHeard:
    reason: str
    """Plain words for the user: "I didn't catch that." and why."""


@dataclass(frozen=True)
class TranscriptReady:
    transcript: Transcript
    stt_ms: float


@dataclass(frozen=True)
class Speaking:
    text: str
    """The piece of the reply that is being synthesised now."""


@dataclass(frozen=True)
class VoiceTimings:
    stt_ms: float
    ttft_ms: float
    first_audio_ms: float
    total_ms: float
    early_transcript: bool = False
    """The transcript was made while the key was still held (``LiveListener``)."""


@dataclass(frozen=True)
class VoiceTurnFinished:
    transcript: str
    reply: str
    """What was said out loud, as reply text (cut at the barge-in if interrupted)."""
    interrupted: bool
    timings: VoiceTimings
    message_id: int | None
    error: str = ""
    """Set when the sound device failed during the turn (unplugged, server gone)."""


VoiceEvent = Union[NothingHeard, TranscriptReady, Speaking, VoiceTurnFinished, ChatEvent]


def _ms(t: float | None, t0: float) -> float:
    return round((t - t0) * 1000.0, 1) if t is not None else -1.0


def unusable_audio(audio: np.ndarray) -> NothingHeard | None:
    """Why a push-to-talk recording cannot hold speech (too short, only silence), or
    None. Checked before Whisper runs, by every turn that starts from the microphone."""
    if len(audio) < MIN_SPEECH_S * 16000:
        return NothingHeard("I didn't catch that: the recording was too short. Hold the key while you speak.")
    if float(np.abs(audio).max(initial=0.0)) < SILENCE_PEAK:
        return NothingHeard("I didn't catch that: the microphone heard only silence.")
    return None


@dataclass(frozen=True)
class Heard:
    transcript: Transcript
    early: bool
    """The listener's, made at the last pause before the release."""


def hear(
    engine: SpeechEngine,
    audio: np.ndarray,
    *,
    spec: Callable[[], SpeechSpec],
    language: str | None,
    cancel: threading.Event,
    listener: LiveListener | None,
) -> Heard | NothingHeard | None:
    """The words of a push-to-talk recording: the ``listener``'s transcript when no
    words came after its last pause, otherwise Whisper on the whole recording (with
    ``spec()``). A ``NothingHeard`` when the recording cannot hold speech or no word
    was recognised; None when ``cancel`` was set meanwhile. Every turn that starts
    from the microphone (a voice turn, a spoken translation) begins here."""
    audio = np.asarray(audio, dtype=np.float32).reshape(-1)
    unusable = unusable_audio(audio)
    if unusable is not None:
        return unusable
    early = listener.result(cancel) if listener is not None else None
    transcript = early or engine.transcribe(audio, spec=spec(), language=language, cancel=cancel)
    if cancel.is_set():
        return None
    if not transcript.text.strip():
        return NothingHeard("I didn't catch that: no words were recognised.")
    return Heard(transcript, early is not None)


DEFAULT_VOICE_RATE = 22050


def voice_sample_rate(spec: SpeechSpec) -> int:
    """The Piper voice's own rate (from its .onnx.json), so the sink needs no resampling."""
    import json
    from pathlib import Path

    try:
        return int(json.loads(Path(spec.tts_path + ".json").read_text(encoding="utf-8"))["audio"]["sample_rate"])
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_VOICE_RATE


def watch_for_barge_in(sink: AudioSink, cancel: threading.Event, *, name: str) -> threading.Event:
    """Barge-in: a thread that silences the speaker the moment ``cancel`` is set,
    whatever stage the turn is in; a speaker that vanished ends the turn the same way.
    Set the returned event when the turn is over to end the watch."""
    over = threading.Event()

    def watch() -> None:
        while not over.is_set():
            if cancel.wait(0.01):
                sink.stop()
                return
            if getattr(sink, "failed", False):
                cancel.set()

    threading.Thread(target=watch, name=name, daemon=True).start()
    return over


def heard_text(pieces: list[tuple[str, str]], fraction: Callable[[int], float]) -> str:
    """The reply text up to where playback stopped: whole pieces heard, and the
    share of the words of the piece that was playing."""
    out = []
    for i, (raw, _) in enumerate(pieces):
        f = fraction(i)
        if f >= 0.999:
            out.append(raw)
            continue
        if f > 0:
            words = raw.split(" ")
            out.append(" ".join(words[: int(len(words) * f)]))
        break
    return "".join(out).strip()


class VoicePipeline:
    def __init__(
        self,
        *,
        chat: ChatService,
        engine: SpeechEngine,
        speech: Callable[[], SpeechSpec],
        length_scale: Callable[[], float | None] = lambda: None,
        language: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.chat = chat
        self.engine = engine
        self._speech = speech
        self._length_scale = length_scale
        self._language = language

    @classmethod
    def for_settings(
        cls, *, chat: ChatService, engine: SpeechEngine, spec: SpeechSpec, settings: Callable[[], Settings]
    ) -> VoicePipeline:
        """The pipeline as the user's settings want it: speaking rate, and the spoken
        language ("auto" lets Whisper detect it)."""
        return cls(
            chat=chat,
            engine=engine,
            speech=lambda: spec,
            length_scale=lambda: 1.0 / settings().speaking_rate,
            language=lambda: None if settings().stt_language == "auto" else settings().stt_language,
        )

    def listener(self, conversation_id: int | None) -> LiveListener:
        """A listener for the next turn of ``conversation_id`` (None: a new chat), to
        feed while the key is held (``Recorder.begin(listener=...)``) and hand to
        ``run_turn``: it transcribes at pauses and has the model read the question."""
        return transcribing_listener(
            self.engine, self._speech(), self._language(), prepare=lambda text: self.chat.prepare(conversation_id, text)
        )

    def run_turn(
        self,
        conversation_id: int,
        audio: np.ndarray,
        *,
        sink: AudioSink,
        cancel: threading.Event,
        end_of_speech: float | None = None,
        listener: LiveListener | None = None,
    ) -> Iterator[VoiceEvent]:
        """One turn. With the ``listener`` that heard the recording, its transcript
        is used when no words came after its last pause; the turn closes it."""
        with closing_listener(listener):
            yield from self._turn(conversation_id, audio, sink=sink, cancel=cancel, end_of_speech=end_of_speech,
                                  listener=listener)

    def _turn(
        self,
        conversation_id: int,
        audio: np.ndarray,
        *,
        sink: AudioSink,
        cancel: threading.Event,
        end_of_speech: float | None,
        listener: LiveListener | None,
    ) -> Iterator[VoiceEvent]:
        t0 = end_of_speech if end_of_speech is not None else time.perf_counter()
        spec = self._speech()
        heard = hear(self.engine, audio, spec=lambda: spec, language=self._language(), cancel=cancel, listener=listener)
        t_stt = time.perf_counter()
        if heard is None:
            return
        if isinstance(heard, NothingHeard):
            yield heard
            return
        transcript = heard.transcript
        yield TranscriptReady(transcript, _ms(t_stt, t0))

        pieces: queue.Queue[tuple[int, str] | None] = queue.Queue()
        synth_error: list[BaseException] = []
        length_scale = self._length_scale()

        def synthesise() -> None:
            try:
                while True:
                    item = pieces.get()
                    if item is None or cancel.is_set():
                        return
                    idx, text = item
                    # the first piece decides when the user hears anything: it gets the cores
                    chunks = self.engine.synthesize(text, spec=spec, length_scale=length_scale, cancel=cancel, urgent=idx == 0)
                    for chunk in chunks:
                        if cancel.is_set():
                            return
                        sink.write(chunk.samples, tag=idx, rate=chunk.sample_rate)
            except BaseException as exc:  # reported after the turn; never lost in a thread
                synth_error.append(exc)

        synth = threading.Thread(target=synthesise, name="voice-synth", daemon=True)
        synth.start()
        turn_over = watch_for_barge_in(sink, cancel, name="voice-barge-in")
        chunker = SpeechChunker()
        n_pieces = 0
        t_first_token: float | None = None
        reply_id: int | None = None
        final_text = ""
        failed = False
        try:
            for ev in self.chat.send(conversation_id, transcript.text, cancel):
                if isinstance(ev, ReplyDelta):
                    t_first_token = t_first_token or time.perf_counter()
                    reply_id = ev.message_id
                    for spoken in chunker.feed(ev.text):
                        pieces.put((n_pieces, spoken))
                        n_pieces += 1
                        yield Speaking(spoken)
                elif isinstance(ev, ReplyFinished):
                    reply_id = ev.message.id
                    final_text = ev.message.content
                elif isinstance(ev, ReplyFailed):
                    failed = True
                yield ev
            if not failed and not cancel.is_set():
                for spoken in chunker.flush():
                    pieces.put((n_pieces, spoken))
                    n_pieces += 1
                    yield Speaking(spoken)
        finally:
            pieces.put(None)
        synth.join()
        completed = sink.wait_done(cancel) if not failed else False
        turn_over.set()
        if cancel.is_set():
            sink.stop()
        t_done = time.perf_counter()
        if synth_error and not cancel.is_set():
            err = synth_error[0]
            raise err if isinstance(err, AssistantError) else AssistantError(f"Speaking failed: {err}")

        interrupted = cancel.is_set() or not completed
        said = heard_text(chunker.pieces, sink.heard_fraction)
        if interrupted and reply_id is not None and not failed:
            self.chat.store.update_message(reply_id, content=said, status="interrupted", meta={"spoken_interrupted": True})
        yield VoiceTurnFinished(
            transcript=transcript.text,
            reply=said if interrupted else final_text,
            interrupted=interrupted,
            timings=VoiceTimings(
                stt_ms=_ms(t_stt, t0),
                ttft_ms=_ms(t_first_token, t0),
                first_audio_ms=_ms(sink.first_audio_at, t0),
                total_ms=_ms(t_done, t0),
                early_transcript=heard.early,
            ),
            message_id=reply_id,
            error=sink.error,
        )
