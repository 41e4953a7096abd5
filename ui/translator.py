"""The Translator's worker thread and the controller the Translator view talks to.

``TranslatorController`` lives on the GUI thread and owns one more QThread
("parley-translator") holding a ``TranslatorWorker``. The worker builds the
``Interpreter`` (``assistant.interpreter``) lazily over the *same* engine as
chat (one ``EngineProcess``: its language-model lane keeps the chat and the
translation models loaded side by side), runs text translations, spoken turns
and "Speak" requests, loads and saves the glossary and the translation history,
and answers only through ``event(object)`` with frozen dataclasses, connected to
an ``@Slot`` of the controller.

Cancelling. A newer request sets the older one's ``threading.Event`` directly
(the busy worker could not receive a signal). The translator checks it between
sentences, and speech stops within ~20 ms. The language model itself is told
only once its tokens flow (``GentleCancel``): a cancel during model loading or
prompt reading would make ``EngineProcess`` end the child process, which would
also cut off a chat reply being written and unload every model, all for a
keystroke. Stale results are dropped by request id in the view.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from assistant import listen
from assistant.cli import speech_spec, translator_for
from assistant.config import Settings
from assistant.engines.base import EngineEvent, GenerationRequest, SpeechSpec, Token
from assistant.interpreter import Interpreter, NoVoice, SourceHeard, SpeechFinished, Translated, voice_for
from assistant.listen import transcribing_listener
from assistant.models.registry import WHISPER_BASE, ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore, TranslationRecord
from assistant.translate import Glossary, TranslationResult, load_glossary, save_glossary
from assistant.voice import DEFAULT_VOICE_RATE, NothingHeard, voice_sample_rate

from .voice import AudioBackend
from .workers import JobDone, JobFailed, JobStarted

log = logging.getLogger(__name__)

#: request kinds that produce a translation or speech (the others are bookkeeping)
REQUEST_KINDS = ("text", "speech", "speak")


# ---- requests and answers ------------------------------------------------------
@dataclass(frozen=True)
class SpeechTarget:
    """Where a push-to-talk recording goes while the Translator is shown."""

    src: str
    """The spoken language, or "auto" to let Whisper detect it."""
    tgt: str
    side: str = ""
    """"" for the two panes; "a" (left) or "b" (right) for a conversation turn."""


@dataclass(frozen=True)
class TranslatorJob:
    request_id: int
    kind: str  # "text" | "speech" | "speak" | "save" | "history" | "delete" | "clear" | "glossary" | "save_glossary" | "warm" | "forget"
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)
    text: str = ""
    src: str = ""
    tgt: str = ""
    side: str = ""
    audio: Any = None
    end_of_speech: float | None = None
    speak: bool = False
    save: bool = False
    record_id: int = 0
    glossary: Glossary | None = None
    result: TranslationResult | None = None
    listener: Any = None
    """For "speech": the ``LiveListener`` that heard the recording while the key was held."""


@dataclass(frozen=True)
class TranslatorEvent:
    """An interpreter event (SourceHeard, Translated, NoVoice, SpeechFinished,
    NothingHeard) tagged with its request."""

    request_id: int
    event: Any


@dataclass(frozen=True)
class Stage:
    """What a request is doing now: "transcribing", "translating" or "speaking"."""

    request_id: int
    stage: str


@dataclass(frozen=True)
class HistoryLoaded:
    records: tuple[TranslationRecord, ...]


@dataclass(frozen=True)
class HistoryAdded:
    request_id: int
    record: TranslationRecord


@dataclass(frozen=True)
class GlossaryLoaded:
    glossary: Glossary
    saved: bool = False


# ---- what the view receives ------------------------------------------------------
@dataclass(frozen=True)
class Heard:
    """Whisper's transcript of a spoken turn."""

    request_id: int
    text: str
    language: str
    side: str


@dataclass(frozen=True)
class Shown:
    """A finished translation."""

    request_id: int
    kind: str  # "text" | "speech"
    side: str
    source_text: str
    result: TranslationResult
    saved: bool
    """True when the worker is saving it to the history (Ctrl+Enter, speech)."""


# ---- the language model, cancelled gently -------------------------------------------
class GentleCancel(threading.Event):
    """The cancel flag handed to the language model: it reads as set only once
    tokens are flowing (the engine then stops within a token) or when Parley is
    closing. Before that, model loading and prompt reading finish on their own, and
    the translator stops at the next sentence boundary instead."""

    def __init__(self, outer: threading.Event, hard: threading.Event) -> None:
        super().__init__()
        self.outer = outer
        self.hard = hard
        self.streaming = False

    def is_set(self) -> bool:
        return self.hard.is_set() or (self.streaming and self.outer.is_set())

    def set(self) -> None:
        self.outer.set()

    def wait(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = 0.01 if deadline is None else min(0.01, deadline - time.monotonic())
            if left <= 0:
                break
            time.sleep(left)
        return self.is_set()


class GentleEngine:
    """The shared engine as the Translator sees it (see ``GentleCancel``)."""

    def __init__(self, engine: Any, hard: threading.Event) -> None:
        self._engine = engine
        self._hard = hard

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        flag = GentleCancel(cancel, self._hard)
        for ev in self._engine.generate(request, flag):
            if isinstance(ev, Token):
                flag.streaming = True
            yield ev


class LazySink:
    """A speaker that opens its device on the first sound: nothing is opened for a
    translation that has no voice, and a cancel from the interpreter's barge-in
    thread may arrive at any time."""

    def __init__(self, open_player: Callable[[], Any]) -> None:
        self._open = open_player
        self._lock = threading.Lock()
        self._sink: Any = None
        self._stopped = False

    @property
    def first_audio_at(self) -> float | None:
        s = self._sink
        return s.first_audio_at if s is not None else None

    @property
    def error(self) -> str:
        s = self._sink
        return str(getattr(s, "error", "") or "") if s is not None else ""

    def write(self, samples: Any, tag: Any = None, rate: int | None = None) -> None:
        with self._lock:
            if self._stopped:
                return
            if self._sink is None:
                self._sink = self._open()
            sink = self._sink
        sink.write(samples, tag=tag, rate=rate)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            sink = self._sink
        if sink is not None:
            sink.stop()

    def wait_done(self, cancel: threading.Event | None = None, timeout: float = 600.0) -> bool:
        sink = self._sink
        if sink is None:
            return not self._stopped
        return bool(sink.wait_done(cancel))

    def heard_fraction(self, tag: Any) -> float:
        sink = self._sink
        return sink.heard_fraction(tag) if sink is not None else 0.0

    def close(self) -> None:
        with self._lock:
            sink, self._sink = self._sink, None
            self._stopped = True
        if sink is not None:
            sink.close()


# ---- the worker ------------------------------------------------------------------
class TranslatorWorker(QObject):
    """Runs translator jobs in order on its own thread. Signals: ``event(object)``
    with JobStarted, Stage, TranslatorEvent, HistoryAdded, HistoryLoaded,
    GlossaryLoaded, JobFailed and finally JobDone for every job."""

    event = Signal(object)

    def __init__(
        self,
        *,
        engine: Any,
        store: HistoryStore,
        registry: ModelRegistry,
        settings: Callable[[], Settings],
        paths: AppPaths,
        audio: AudioBackend,
    ) -> None:
        super().__init__()
        self._engine = engine
        self._store = store
        self._registry = registry
        self._settings = settings
        self._paths = paths
        self._audio = audio
        self._interpreter: Interpreter | None = None
        self._interpreter_key: tuple[Any, ...] = ()
        self._glossary: Glossary | None = None
        self.closing = threading.Event()
        """Set at shutdown: from then on a cancel reaches the engine at once."""

    @Slot(object)
    def run(self, job: TranslatorJob) -> None:
        rid = job.request_id
        if job.kind in REQUEST_KINDS and (job.cancel.is_set() or self.closing.is_set()):
            if job.listener is not None:
                job.listener.close()
            self.event.emit(JobDone(rid))  # superseded while it waited in the queue
            return
        self.event.emit(JobStarted(rid))
        try:
            self._run(job)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.event.emit(JobFailed(rid, job.kind, exc))
        finally:
            self.event.emit(JobDone(rid))

    def _run(self, job: TranslatorJob) -> None:
        kind = job.kind
        if kind in ("text", "speech"):
            self._translate(job)
        elif kind == "speak":
            self.event.emit(Stage(job.request_id, "speaking"))
            sink = self._sink(job.tgt)
            try:
                for ev in self._interpreter_now().speak(job.text, job.tgt, sink=sink, cancel=job.cancel):
                    self.event.emit(TranslatorEvent(job.request_id, ev))
            finally:
                sink.close()
        elif kind == "save":
            assert job.result is not None
            self._save(job, job.text, job.result)
        elif kind == "history":
            self.event.emit(HistoryLoaded(tuple(self._store.translations())))
        elif kind == "delete":
            self._store.delete_translation(job.record_id)
        elif kind == "clear":
            self._store.clear_translations()
        elif kind == "glossary":
            self.event.emit(GlossaryLoaded(self._glossary_now()))
        elif kind == "save_glossary":
            assert job.glossary is not None
            save_glossary(job.glossary, self._paths.glossary_file)
            self._glossary = job.glossary
            self.event.emit(GlossaryLoaded(job.glossary, saved=True))
        elif kind == "forget":  # "Delete all my data" ran: drop what was read from the old files
            self._glossary = None
            self._interpreter = None
            self._interpreter_key = ()
            self.event.emit(GlossaryLoaded(self._glossary_now()))
            self.event.emit(HistoryLoaded(tuple(self._store.translations())))
        elif kind == "warm":
            interpreter = self._interpreter_now()
            preload = getattr(self._engine, "preload", None)
            if preload is not None:
                cfg = interpreter.translator._config()  # noqa: SLF001 - the config the translator will use
                preload(
                    model_path=cfg.model_path, context_size=cfg.context_size, n_threads=cfg.n_threads,
                    chat_template=cfg.chat_template,
                )
        else:
            raise ValueError(f"unknown translator job {kind!r}")

    def _translate(self, job: TranslatorJob) -> None:
        rid = job.request_id
        interpreter = self._interpreter_now()
        glossary = self._glossary_now()
        sink = self._sink(job.tgt) if job.speak else None
        try:
            if job.kind == "speech":
                self.event.emit(Stage(rid, "transcribing"))
                events = interpreter.from_speech(
                    job.audio, job.src, job.tgt, sink=sink, cancel=job.cancel, glossary=glossary,
                    end_of_speech=job.end_of_speech, listener=job.listener,
                )
            else:
                self.event.emit(Stage(rid, "translating"))
                events = interpreter.from_text(job.text, job.src, job.tgt, sink=sink, cancel=job.cancel, glossary=glossary)
            for ev in events:
                if isinstance(ev, SourceHeard):
                    self.event.emit(TranslatorEvent(rid, ev))
                    self.event.emit(Stage(rid, "translating"))
                    continue
                self.event.emit(TranslatorEvent(rid, ev))
                if isinstance(ev, Translated):
                    if job.save and ev.result.text.strip():
                        self._save(job, ev.source_text, ev.result)
                    if sink is not None and interpreter.can_speak(ev.result.target_lang):
                        self.event.emit(Stage(rid, "speaking"))
        finally:
            if sink is not None:
                sink.close()

    def _save(self, job: TranslatorJob, source: str, result: TranslationResult) -> None:
        meta: dict[str, Any] = {"input": "speech" if job.kind == "speech" else "text"}
        if job.side:
            meta["conversation"] = job.side
        if result.guards:
            meta["guards"] = list(result.guards)
        record = self._store.add_translation(
            source_lang=result.source_lang, target_lang=result.target_lang, source=source, target=result.text,
            model=result.model, meta=meta,
        )
        self.event.emit(HistoryAdded(job.request_id, record))

    # ---- built lazily, on this thread --------------------------------------------
    def _interpreter_now(self) -> Interpreter:
        settings = self._settings()
        key = (settings.translation_model, settings.context_size, settings.n_threads, settings.model_options)
        if self._interpreter is None or key != self._interpreter_key:
            translator = translator_for(GentleEngine(self._engine, self.closing), settings, self._registry)
            self._interpreter = Interpreter(
                translator=translator,
                engine=self._engine,
                stt_spec=self._stt_spec,
                voice=self._voice,
                length_scale=self._length_scale,
            )
            self._interpreter_key = key
        return self._interpreter

    def _glossary_now(self) -> Glossary:
        if self._glossary is None:
            self._glossary = load_glossary(self._paths.glossary_file)
        return self._glossary

    def _stt_spec(self, lang: str | None) -> SpeechSpec:
        """Whisper for the spoken language: the user's model unless it only knows
        English and the speaker does not speak English."""
        settings = self._settings()
        spec = speech_spec(settings, self._registry, language=lang or "auto")
        if (lang or "auto") != "en" and settings.stt_model:
            chosen = self._registry.resolve("stt", settings.stt_model)
            if chosen.languages == ("en",) or chosen.name.endswith(".en"):
                spec = speech_spec(settings, self._registry, stt=WHISPER_BASE, language=lang or "auto")
        return spec

    def listener(self, src: str) -> Any:
        """A listener for a recording in ``src`` ("auto": detected), fed while the key
        is held: it transcribes at each pause with the model ``from_speech`` would use.
        Called on the microphone thread (it reads only the settings and the registry)."""
        lang = None if src in ("auto", "detect", "") else src
        return transcribing_listener(self._engine, self._stt_spec(lang), lang)

    def _voice(self, lang: str) -> str | None:
        v = voice_for(self._registry.list_models("tts"), lang, self._settings().tts_voice)
        return v.path if v is not None else None

    def _length_scale(self) -> float:
        return 1.0 / self._settings().speaking_rate

    def _sink(self, lang: str) -> LazySink:
        voice = self._voice(lang)
        rate = voice_sample_rate(SpeechSpec(tts_path=voice)) if voice else DEFAULT_VOICE_RATE
        device = self._settings().output_device
        audio = self._audio
        return LazySink(lambda: audio.open_player(rate, device))


# ---- the controller ----------------------------------------------------------------
class TranslatorController(QObject):
    """The Translator's side of the controller: requests in, results out. Created
    and shut down by ``ChatController`` (which also routes push-to-talk recordings
    here while the Translator is shown).

    Signals:
        state_changed(str): "idle", "transcribing", "translating" or "speaking".
        busy_changed(bool): a translation, spoken turn or Speak request is under way.
        source_heard(Heard): the transcript of a spoken turn.
        translated(Shown): a finished translation (the view drops stale ones by id).
        no_voice(str): the translation cannot be spoken (plain words, with what to do).
        nothing_heard(str): a spoken turn had no words ("I didn't catch that…").
        speech_finished(int, SpeechFinished): a translation was spoken (or interrupted).
        failed(int, object): (request id or 0, error) something failed.
        finished(int): a request ended (after its last event).
        history_loaded(list[TranslationRecord]): the saved translations, newest first.
        history_added(TranslationRecord): a translation was saved.
        glossary_changed(Glossary): loaded at start, or saved from the dialog.
    """

    state_changed = Signal(str)
    busy_changed = Signal(bool)
    source_heard = Signal(object)
    translated = Signal(object)
    no_voice = Signal(str)
    nothing_heard = Signal(str)
    speech_finished = Signal(int, object)
    failed = Signal(int, object)
    finished = Signal(int)
    history_loaded = Signal(list)
    history_added = Signal(object)
    glossary_changed = Signal(object)

    _request = Signal(object)

    def __init__(
        self,
        *,
        engine: Any,
        store: HistoryStore,
        registry: ModelRegistry,
        settings: Callable[[], Settings],
        paths: AppPaths,
        audio: AudioBackend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, TranslatorJob] = {}
        self._stages: dict[int, str] = {}
        self._running: int | None = None
        self._state = "idle"
        self._busy = False
        self._closed = False
        self._warmed = False
        self._glossary = Glossary()
        self._thread = QThread(self)
        self._thread.setObjectName("parley-translator")
        self._worker = TranslatorWorker(
            engine=engine, store=store, registry=registry, settings=settings, paths=paths, audio=audio
        )
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.event.connect(self._on_worker_event)
        self._thread.start()

    # ---- state the view may read --------------------------------------------------
    @property
    def glossary(self) -> Glossary:
        """The glossary as last loaded or saved."""
        return self._glossary

    @property
    def state(self) -> str:
        return self._state

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def thread(self) -> QThread:
        return self._thread

    # ---- life cycle ------------------------------------------------------------------
    def start(self) -> None:
        """Load the glossary (on the worker)."""
        self._send("glossary")

    def load_history(self) -> None:
        """Read the saved translations (on the worker); they come back as ``history_loaded``."""
        self._send("history")

    def warm_up(self) -> None:
        """Load the translation model in the background (once, when the view is
        first shown) so the first translation does not wait for it."""
        if not self._warmed:
            self._warmed = True
            self._send("warm")

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        if self._closed:
            return
        self._closed = True
        self._worker.closing.set()
        for job in self._jobs.values():
            job.cancel.set()
        self._thread.quit()
        self._thread.wait(timeout_ms)

    # ---- requests ----------------------------------------------------------------------
    def translate(self, text: str, src: str, tgt: str, *, save: bool = False, speak: bool = False) -> int:
        """Translate typed text; a newer call supersedes an older one. Returns the
        request id (0 when refused)."""
        self._cancel(("text", "speak"))
        self._cancel_speaking()
        return self._send("text", text=text, src=src, tgt=tgt, save=save, speak=speak)

    def translate_speech(
        self, audio: Any, target: SpeechTarget, end_of_speech: float | None = None, listener: Any = None
    ) -> int:
        """A recording in ``target.src``: transcribe, translate, save, speak. Typed
        requests in flight give way; other spoken turns (the other person's) do not.
        ``listener``: the one made by ``listener_factory`` that heard it (closed here or
        by the turn)."""
        if not target.side:
            self._cancel(("text",))
        self._cancel(("speak",))
        rid = self._send(
            "speech", audio=audio, src=target.src, tgt=target.tgt, side=target.side, end_of_speech=end_of_speech,
            save=True, speak=True, listener=listener,
        )
        if not rid and listener is not None:
            listener.close()
        return rid

    def listener_factory(self, target: SpeechTarget) -> Callable[[], Any] | None:
        """What makes the listener of a recording for ``target`` (called on the
        microphone thread), or None when listening-while-held is turned off."""
        if not listen.enabled():
            return None
        worker, src = self._worker, target.src
        return lambda: worker.listener(src)

    def speak(self, text: str, lang: str) -> int:
        """Say ``text`` (already in ``lang``) with a voice for that language."""
        if not text.strip():
            return 0
        self._cancel(("speak",))
        self._cancel_speaking()
        return self._send("speak", text=text, tgt=lang)

    def save_translation(self, source_text: str, result: TranslationResult) -> None:
        self._send("save", text=source_text, result=result)

    def delete_translation(self, record_id: int) -> None:
        self._send("delete", record_id=record_id)

    def clear_history(self) -> None:
        self._send("clear")

    def forget(self) -> None:
        """All the user's data was deleted: reload the (now empty) glossary and
        history, and translate with default settings from now on."""
        self.stop()
        self._warmed = False
        self._send("forget")

    def save_glossary(self, glossary: Glossary) -> None:
        """Write the glossary (atomically, on the worker); the next translation uses it."""
        self._glossary = glossary
        self._send("save_glossary", glossary=glossary)

    def cancel_text(self) -> bool:
        """The source text was emptied: drop the typed translation under way."""
        return self._cancel(("text",))

    def stop(self) -> bool:
        """Esc: cancel every translation and silence any speech."""
        found = False
        for job in self._jobs.values():
            if job.kind in REQUEST_KINDS and not job.cancel.is_set():
                job.cancel.set()
                found = True
        return found

    def stop_speaking(self) -> bool:
        """Barge-in: silence what is being spoken now (and a Speak request waiting)."""
        stopped = self._cancel_speaking()
        return self._cancel(("speak",)) or stopped

    def report_failure(self, error: BaseException) -> None:
        """A failure on the way to the Translator (the microphone), said in the view."""
        self.failed.emit(0, error)

    # ---- plumbing ------------------------------------------------------------------
    def _send(self, kind: str, **fields: Any) -> int:
        if self._closed:
            return 0
        job = TranslatorJob(next(self._ids), kind, **fields)
        if kind in REQUEST_KINDS:
            self._jobs[job.request_id] = job
            self._update_busy()
        self._request.emit(job)
        return job.request_id

    def _cancel(self, kinds: tuple[str, ...]) -> bool:
        found = False
        for job in self._jobs.values():
            if job.kind in kinds and not job.cancel.is_set():
                job.cancel.set()
                found = True
        return found

    def _cancel_speaking(self) -> bool:
        found = False
        for rid, stage in self._stages.items():
            job = self._jobs.get(rid)
            if stage == "speaking" and job is not None and not job.cancel.is_set():
                job.cancel.set()
                found = True
        return found

    def _update_busy(self) -> None:
        busy = bool(self._jobs)
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
        state = self._stages.get(self._running, "idle") if self._running is not None else "idle"
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    @Slot(object)
    def _on_worker_event(self, ev: object) -> None:
        if isinstance(ev, JobStarted):
            if ev.job_id in self._jobs:
                self._running = ev.job_id
        elif isinstance(ev, Stage):
            self._stages[ev.request_id] = ev.stage
            self._update_busy()
        elif isinstance(ev, TranslatorEvent):
            self._on_interpreter_event(ev.request_id, ev.event)
        elif isinstance(ev, HistoryAdded):
            self.history_added.emit(ev.record)
        elif isinstance(ev, HistoryLoaded):
            self.history_loaded.emit(list(ev.records))
        elif isinstance(ev, GlossaryLoaded):
            self._glossary = ev.glossary
            self.glossary_changed.emit(ev.glossary)
        elif isinstance(ev, JobFailed):
            job = self._jobs.get(ev.job_id)
            if job is not None and job.cancel.is_set():
                return  # superseded or stopped: its failure is no news
            self.failed.emit(ev.job_id if job is not None else 0, ev.error)
        elif isinstance(ev, JobDone):
            job = self._jobs.pop(ev.job_id, None)
            self._stages.pop(ev.job_id, None)
            if self._running == ev.job_id:
                self._running = None
            if job is not None:
                self._update_busy()
                self.finished.emit(ev.job_id)

    def _on_interpreter_event(self, rid: int, inner: object) -> None:
        job = self._jobs.get(rid)
        if job is None:
            return
        if isinstance(inner, SourceHeard):
            self.source_heard.emit(Heard(rid, inner.transcript.text, inner.language, job.side))
        elif isinstance(inner, Translated):
            kind = "speech" if job.kind == "speech" else "text"
            self.translated.emit(Shown(rid, kind, job.side, inner.source_text, inner.result, job.save))
        elif isinstance(inner, NoVoice):
            self.no_voice.emit(inner.message)
        elif isinstance(inner, NothingHeard):
            self.nothing_heard.emit(inner.reason)
        elif isinstance(inner, SpeechFinished):
            self.speech_finished.emit(rid, inner)
