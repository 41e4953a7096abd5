"""The one object the window talks to.

The GUI thread never waits on a model, a disk or a device: every store query,
settings save, export, model check and chat turn runs on one of two worker
threads, and results come back as frozen dataclasses through ``Signal(object)``
to ``@Slot`` methods here (never to lambdas: in PySide6 6.12 those would run on
the worker thread). Two threads rather than one so that a search or opening
another conversation stays instant while a reply is being written.

Push-to-talk adds two more (see ``ui/voice.py``): the microphone worker, free
at every key press, and the voice worker, which runs a whole spoken turn. A
voice turn is a ``ChatJob`` of kind "voice" and its chat events take the same
path as a typed message's, so it looks the same in the window.

The Translator has its own worker (``ui/translator.py``), reached through
``ChatController.translator``. The microphone is shared: a recording made with a
``SpeechTarget`` (the Translator is shown) goes to the translator instead of
becoming a chat turn.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from assistant.audio.devices import AudioStatus
from assistant.chat import (
    ChatService,
    ContextTrimmed,
    ConversationChanged,
    ModelReady,
    ReplyFailed,
    ReplyFinished,
    ReplyStarted,
    UserMessageSaved,
)
from assistant.config import Settings, save_settings
from assistant.models.registry import ModelInfo, ModelRegistry
from assistant.paths import AppPaths
from assistant.privacy import ForgetReport, RetentionResult, apply_retention, forget_all
from assistant.store import Conversation, HistoryStore, Message
from assistant.voice import NothingHeard, Speaking, TranscriptReady, VoiceTurnFinished

from . import errors as ui_errors
from . import voice as voice_mod
from .translator import SpeechTarget, TranslatorController
from .voice import (
    AudioBackend,
    Captured,
    MicFailed,
    MicJob,
    MicOpened,
    MicWorker,
    SpeechPreloaded,
    SpeechPreloadFailed,
    VoiceAvailability,
    VoiceJob,
    VoiceOptions,
    VoiceTurnEvent,
    VoiceWorker,
    availability,
)
from .workers import (
    ChatJob,
    ChatWorker,
    DataJob,
    DataResult,
    DataWorker,
    DeltaBuffer,
    JobDone,
    JobFailed,
    JobStarted,
    NewConversation,
)

#: how often streamed tokens are handed to the window (~30 Hz)
DELTA_INTERVAL_MS = 33

#: how often the history retention setting is enforced while the app runs
RETENTION_INTERVAL_MS = 24 * 3600 * 1000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConversationView:
    """What the chat area shows: one conversation and its messages."""

    conversation: Conversation | None
    messages: tuple[Message, ...]
    focus_message_id: int | None = None
    """Scroll to and highlight this message (a search hit)."""


@dataclass(frozen=True)
class Failure:
    """Something other than a reply failed (saving settings, an export, a search)."""

    error: BaseException
    context: str


def _write_text(path: Path, text: str) -> str:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return str(path)


class ChatController(QObject):
    """Owns the chat and data worker threads and re-emits their results as
    GUI-level signals.

    Signals:
        conversations_changed(list[Conversation]): the sidebar list, newest first.
        conversation_loaded(ConversationView): replace the chat area.
        conversation_changed(Conversation): the open conversation was renamed.
        message_added(Message): a user message was saved (shown in the open chat).
        reply_started(Message): the assistant placeholder (status "streaming").
        reply_delta(int, str): more text for a streaming reply (coalesced, ~30 Hz).
        reply_finished(Message, Finished): final reply, status "ok" or "interrupted".
        reply_failed(object, object): (partial reply Message or None, error).
        context_trimmed(ContextTrimmed): older turns were left out of the prompt.
        failed(Failure): a non-reply operation failed.
        search_results(str, list[SearchHit]): hits for a query.
        models_changed(list[ModelInfo]): chat models for the picker (default marked).
        model_rejected(str, object): (path, error) an opened GGUF was refused.
        model_ready(str, float): a model is loaded (name, load ms).
        settings_changed(Settings): the settings in force now.
        exported(str): a conversation was written to this path.
        status_changed(str): a short line for the status bar.
        busy_changed(bool): a reply is being written (Send becomes Stop).
        notice(str): a message for the notice bar (damaged files moved aside, ...).
        voice_state_changed(str): "idle", "listening", "working" (transcribing,
            thinking) or "speaking".
        voice_available_changed(VoiceAvailability): whether the talk button works, and why not.
        voice_notice(str): a gentle inline message ("I didn't catch that…").
        voice_turn_finished(VoiceTurnFinished): a spoken turn ended (timings, interrupted).
        voice_options(VoiceOptions): devices and speech models for the settings.
        data_forgotten(ForgetReport): "Delete all my data" finished; the state is fresh.
        retention_applied(RetentionResult): the retention setting deleted old history.

    ``translator`` (a ``TranslatorController``) has the Translator's own signals.
    """

    conversations_changed = Signal(list)
    conversation_loaded = Signal(object)
    conversation_changed = Signal(object)
    message_added = Signal(object)
    reply_started = Signal(object)
    reply_delta = Signal(int, str)
    reply_finished = Signal(object, object)
    reply_failed = Signal(object, object)
    context_trimmed = Signal(object)
    failed = Signal(object)
    search_results = Signal(str, list)
    models_changed = Signal(list)
    model_rejected = Signal(str, object)
    model_ready = Signal(str, float)
    settings_changed = Signal(object)
    exported = Signal(str)
    status_changed = Signal(str)
    busy_changed = Signal(bool)
    notice = Signal(str)
    voice_state_changed = Signal(str)
    voice_available_changed = Signal(object)
    voice_notice = Signal(str)
    voice_turn_finished = Signal(object)
    voice_options = Signal(object)
    data_forgotten = Signal(object)
    retention_applied = Signal(object)

    # requests to the workers (queued: the workers live on other threads)
    _chat_request = Signal(object)
    _data_request = Signal(object)
    _mic_request = Signal(object)
    _voice_request = Signal(object)

    def __init__(
        self,
        *,
        service: ChatService,
        store: HistoryStore,
        registry: ModelRegistry,
        settings: Settings,
        paths: AppPaths,
        notices: tuple[str, ...] = (),
        audio: AudioBackend | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._store = store
        self._registry = registry
        self._settings = settings
        self._paths = paths
        self._pending_notices = [n for n in notices if n]
        self._ids = itertools.count(1)
        self.current_conversation: Conversation | None = None
        self._current_count = 0
        self._active: ChatJob | None = None  # the user's job (send/regenerate/edit)
        self._jobs: dict[int, ChatJob] = {}
        self._streaming: dict[int, str] = {}  # reply id -> text so far
        self._last_query = ""
        self._closed = False
        self._deleted: set[int] = set()  # conversations deleted while a job may still write to them
        self._job_conversation: dict[int, int] = {}  # job -> conversation it writes to
        self._model_name = ""
        self._audio = audio or AudioBackend()
        self._voice_state = "idle"
        self._voice_available = VoiceAvailability.unknown()
        self._voice_job: ChatJob | None = None  # the current spoken turn, from release to JobDone
        self._listening_since: float | None = None
        self._recording = False  # the microphone confirmed this listening began
        self._released_at: dict[int, float] = {}  # voice job -> key release (end of speech)
        self._chat_preloaded = False
        self._speech_preloaded = False
        self._speech_loading = False
        self._speech_generation = 0  # bumped when the speech settings change
        self._speech_loading_generation = 0
        self._forgetting = False  # "Delete all my data" waits for the reply being written
        self._forget_queued = False

        self._retention_timer = QTimer(self)
        self._retention_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._retention_timer.setInterval(RETENTION_INTERVAL_MS)
        self._retention_timer.timeout.connect(self._on_retention_timeout)

        self._deltas = DeltaBuffer()
        self._tick = QTimer(self)
        self._tick.setInterval(DELTA_INTERVAL_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

        self._chat_thread = QThread(self)
        self._chat_thread.setObjectName("parley-chat")
        self._chat_worker = ChatWorker(service, self._deltas, self.settings_now)
        self._chat_worker.moveToThread(self._chat_thread)
        self._chat_request.connect(self._chat_worker.run)
        self._chat_worker.event.connect(self._on_chat_event)

        self._data_thread = QThread(self)
        self._data_thread.setObjectName("parley-data")
        self._data_worker = DataWorker()
        self._data_worker.moveToThread(self._data_thread)
        self._data_request.connect(self._data_worker.run)
        self._data_worker.done.connect(self._on_data_done)

        self._mic_thread = QThread(self)
        self._mic_thread.setObjectName("parley-mic")
        self._mic_worker = MicWorker(self._audio, self.settings_now)
        self._mic_worker.moveToThread(self._mic_thread)
        self._mic_request.connect(self._mic_worker.run)
        self._mic_worker.done.connect(self._on_mic_done)

        self._voice_thread = QThread(self)
        self._voice_thread.setObjectName("parley-voice")
        self._voice_worker = VoiceWorker(
            service=service, registry=registry, deltas=self._deltas, settings=self.settings_now, audio=self._audio
        )
        self._voice_worker.moveToThread(self._voice_thread)
        self._voice_request.connect(self._voice_worker.run)
        self._voice_worker.event.connect(self._on_voice_event)

        # the Translator: its own worker over the same engine (no second engine process)
        self.translator = TranslatorController(
            engine=service.engine, store=store, registry=registry, settings=self.settings_now, paths=paths,
            audio=self._audio, parent=self,
        )
        self._talk_target: SpeechTarget | None = None  # this listening goes to the translator
        self._translator_captures: dict[int, tuple[SpeechTarget, float]] = {}  # mic job -> (target, release)

        self._threads = (self._chat_thread, self._data_thread, self._mic_thread, self._voice_thread)
        for thread in self._threads:
            thread.start()

    # ---- state the window may read ------------------------------------------
    def settings_now(self) -> Settings:
        """The settings in force (called from worker threads too: a frozen object
        read through one attribute, so no lock is needed)."""
        return self._settings

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def busy(self) -> bool:
        return self._active is not None

    @property
    def loading_model(self) -> bool:
        return any(j.kind == "preload" for j in self._jobs.values())

    @property
    def paths(self) -> AppPaths:
        return self._paths

    @property
    def registry(self) -> ModelRegistry:
        """Thread-safe; the Models window calls it on its own worker threads."""
        return self._registry

    @property
    def voice_state(self) -> str:
        return self._voice_state

    @property
    def voice_available(self) -> VoiceAvailability:
        return self._voice_available

    @property
    def mic_level(self) -> float:
        """RMS of the latest microphone block, 0..1 (poll it from a ~30 Hz timer)."""
        return self._mic_worker.level

    @property
    def recording_s(self) -> float:
        return self._mic_worker.recording_s

    @property
    def talk_target(self) -> SpeechTarget | None:
        """Where the current (or last) recording goes: None for chat."""
        return self._talk_target

    @property
    def recording_too_long(self) -> bool:
        return self._recording and self._mic_worker.too_long

    # ---- life cycle -------------------------------------------------------------
    def start(self) -> None:
        """Load the sidebar, open the newest conversation, list models, warm up
        the model. Call after the window has connected its slots."""
        for text in self._pending_notices:
            self.notice.emit(text)
        self._pending_notices.clear()
        store = self._store
        self.apply_retention()  # queued first: the sidebar below lists what is kept
        self._retention_timer.start()

        def startup() -> tuple[list[Conversation], ConversationView]:
            convs = store.list_conversations()
            if not convs:
                return convs, ConversationView(None, ())
            return convs, ConversationView(convs[0], tuple(store.messages(convs[0].id)))

        self._data("startup", startup)
        self.refresh_models()
        self.preload()
        self._data("audio_probe", self._audio.probe)
        self.translator.start()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel, then stop both threads. The caller closes the engine and the store."""
        if self._closed:
            return
        self._closed = True
        for job in self._jobs.values():
            job.cancel.set()
        self.translator.shutdown(timeout_ms)
        self._tick.stop()
        self._retention_timer.stop()
        for thread in self._threads:
            thread.quit()
        for thread in self._threads:
            thread.wait(timeout_ms)
        self._mic_worker.close_now()  # its thread has stopped: nothing else uses the recorder
        if self._settings.history_retention == "none":
            # "don't keep": the last write of the session. The workers have stopped
            # and the window is closing, so nothing waits on this.
            try:
                apply_retention(self._store, "none")
            except Exception:  # noqa: BLE001 - quitting anyway; start-up deletes it again
                log.exception("deleting the history at quit failed")

    # ---- privacy ----------------------------------------------------------------
    def apply_retention(self) -> None:
        """Enforce the history retention setting now (on the data worker): at start-up,
        once a day, and when the setting becomes stricter."""
        policy = self._settings.history_retention
        if policy == "forever":
            return
        store = self._store

        def expire() -> tuple[RetentionResult, list[Conversation]]:
            return apply_retention(store, policy), store.list_conversations()

        self._data("retention", expire)

    @Slot()
    def _on_retention_timeout(self) -> None:
        if self._settings.history_retention == "30d":  # "none" deletes at start-up and quit only
            self.apply_retention()

    @property
    def forgetting(self) -> bool:
        return self._forgetting

    def forget_everything(self) -> None:
        """Delete all the user's data ("Delete all my data", after the window asked):
        history, settings, glossary, models added, caches and logs, then carry on from
        defaults with a new empty chat, without a restart. Work in progress is
        cancelled first; the deleting runs on the data worker once the reply being
        written has stopped. ``data_forgotten`` says when it is done."""
        if self._closed or self._forgetting:
            return
        self._forgetting = True
        self._forget_queued = False
        self.status_changed.emit(self.tr("Deleting your data…"))
        for job in self._jobs.values():
            job.cancel.set()
        self.cancel_listening()
        self.translator.stop()
        if self._active is None:
            self._queue_forget()

    def _queue_forget(self) -> None:
        if self._forget_queued:
            return
        self._forget_queued = True
        store, paths = self._store, self._paths

        def forget() -> ForgetReport:
            report = forget_all(paths, store=store)
            paths.ensure()  # the running app goes on writing (a new log, the next chat)
            return report

        self._data("forget", forget)

    def _on_forgotten(self, report: ForgetReport) -> None:
        self._forgetting = self._forget_queued = False
        self._streaming.clear()
        self._deleted.clear()
        self._job_conversation.clear()
        self._apply_settings(Settings(), save=False)  # the file is gone: defaults, unsaved
        self.current_conversation = None
        self._current_count = 0
        self.conversations_changed.emit([])
        self.conversation_loaded.emit(ConversationView(None, ()))
        self.refresh_models()  # models the user added are gone
        self.preload()
        self.translator.forget()
        self.status_changed.emit(self.tr("Ready"))
        self.data_forgotten.emit(report)

    # ---- conversations ----------------------------------------------------------
    def refresh_conversations(self) -> None:
        self._data("conversations", self._store.list_conversations)

    def new_conversation(self) -> None:
        """Open a fresh chat, unless the open one is still empty."""
        if self.current_conversation is not None and self._current_count == 0:
            self.conversation_loaded.emit(ConversationView(self.current_conversation, ()))
            return
        store = self._store

        def create() -> tuple[list[Conversation], ConversationView]:
            conv = store.create_conversation()
            return store.list_conversations(), ConversationView(conv, ())

        self._data("startup", create)

    def open_conversation(self, conversation_id: int, focus_message_id: int | None = None) -> None:
        store = self._store

        def load() -> ConversationView:
            conv = store.get_conversation(conversation_id)
            return ConversationView(conv, tuple(store.messages(conversation_id)), focus_message_id)

        self._data("open", load)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        if not title.strip():
            return
        store = self._store

        def rename() -> tuple[Conversation, list[Conversation]]:
            conv = store.rename_conversation(conversation_id, title)
            return conv, store.list_conversations()

        self._data("rename", rename)

    def delete_conversation(self, conversation_id: int) -> None:
        store = self._store
        was_current = self.current_conversation is not None and self.current_conversation.id == conversation_id
        self._deleted.add(conversation_id)
        if self._active is not None and self._active.conversation_id == conversation_id:
            self._active.cancel.set()

        def delete() -> tuple[list[Conversation], ConversationView | None]:
            store.delete_conversation(conversation_id)
            convs = store.list_conversations()
            if not was_current:
                return convs, None
            if convs:
                return convs, ConversationView(convs[0], tuple(store.messages(convs[0].id)))
            return convs, ConversationView(None, ())

        self._data("delete", delete)

    def export_conversation(self, conversation_id: int, fmt: str, path: str) -> None:
        store = self._store
        target = Path(path)

        def export() -> str:
            text = store.export_json(conversation_id) if fmt == "json" else store.export_markdown(conversation_id)
            return _write_text(target, text)

        self._data("export", export)

    def search(self, query: str) -> None:
        self._last_query = query
        if not query.strip():
            self.search_results.emit(query, [])
            return
        store = self._store
        self._data("search", lambda: store.search(query), context=query)

    # ---- chat -------------------------------------------------------------------
    def send(self, text: str) -> bool:
        """Send a user message to the open conversation (created if none is open).
        Empty or whitespace-only text is ignored. Returns False when refused."""
        if not text or not text.strip() or self._active is not None or self._closed:
            return False
        conv_id = self.current_conversation.id if self.current_conversation else None
        return self._chat(ChatJob(next(self._ids), "send", conversation_id=conv_id, text=text))

    def regenerate(self) -> bool:
        if self._active is not None or self.current_conversation is None or self._closed:
            return False
        return self._chat(ChatJob(next(self._ids), "regenerate", conversation_id=self.current_conversation.id))

    def edit_and_resend(self, message_id: int, text: str) -> bool:
        if not text or not text.strip() or self._active is not None or self._closed:
            return False
        conv_id = self.current_conversation.id if self.current_conversation else None
        return self._chat(ChatJob(next(self._ids), "edit", conversation_id=conv_id, message_id=message_id, text=text))

    def stop(self) -> None:
        """Cut the reply short. Sets the job's Event directly: the busy worker
        cannot receive a signal until its slot returns."""
        if self._active is not None:
            self._active.cancel.set()
            self.status_changed.emit(self.tr("Stopping…"))

    def preload(self) -> None:
        """Load the chosen model in the background so the first reply is quick."""
        if self._closed:
            return
        job = ChatJob(next(self._ids), "preload")
        self._jobs[job.job_id] = job
        self._chat_request.emit(job)

    def _chat(self, job: ChatJob) -> bool:
        self._make_active(job, self.tr("Thinking…"))
        self._chat_request.emit(job)
        return True

    def _make_active(self, job: ChatJob, status: str) -> None:
        self._jobs[job.job_id] = job
        if job.conversation_id is not None:
            self._job_conversation[job.job_id] = job.conversation_id
        self._active = job
        self.busy_changed.emit(True)
        self.status_changed.emit(status)
        self._tick.start()

    # ---- voice ------------------------------------------------------------------
    def talk_pressed(self, target: SpeechTarget | None = None) -> bool:
        """The talk key or button went down: listen. While Parley is answering a
        spoken question this is a barge-in: the turn's Event is set directly (the
        voice worker is busy and could not receive a signal) and listening starts
        at once. With a ``target`` the recording goes to the Translator instead of
        the chat. Returns False when refused (the reason is in ``voice_notice``)."""
        if self._closed or self._voice_state == "listening":
            return False
        if not self._voice_available.ok:
            self.voice_notice.emit(self._voice_available.reason)
            return False
        if target is None and self._active is not None and self._active.kind != "voice":
            self.voice_notice.emit(self.tr("Parley is still writing. Press Esc to stop it, then talk."))
            return False
        if self._voice_job is not None:
            self._voice_job.cancel.set()
        self.translator.stop_speaking()  # barge-in on a spoken translation too
        self._talk_target = target
        self._listening_since = time.perf_counter()
        self._recording = False
        self._set_voice_state("listening")
        # transcribed at each pause while the key is held (a chat turn: read by the model too)
        if target is None:
            conv = self.current_conversation
            listen = voice_mod.listener_factory(
                self._service, self._registry, self.settings_now, conv.id if conv is not None else None
            )
        else:
            listen = self.translator.listener_factory(target)
        self._mic_request.emit(MicJob("begin", listen=listen))
        return True

    def talk_released(self) -> bool:
        """The talk key or button came up: send what was heard. Returns True when
        a turn started."""
        if self._voice_state != "listening" or self._listening_since is None:
            return False
        released = time.perf_counter()
        held = released - self._listening_since
        self._listening_since = None
        if held < voice_mod.MIN_HOLD_S:
            self._mic_request.emit(MicJob("discard"))
            self._set_voice_state("idle")
            self.voice_notice.emit(voice_mod.notice(voice_mod.TAP_NOTICE))
            return False
        if self._talk_target is not None:  # for the Translator: no chat turn
            mic_job = next(self._ids)
            self._translator_captures[mic_job] = (self._talk_target, released)
            self._set_voice_state("working")
            self._mic_request.emit(MicJob("end", mic_job))
            return True
        conv_id = self.current_conversation.id if self.current_conversation else None
        job = ChatJob(next(self._ids), "voice", conversation_id=conv_id)
        self._voice_job = job
        self._released_at[job.job_id] = released
        self._make_active(job, self.tr("Transcribing…"))
        self._set_voice_state("working")
        self._mic_request.emit(MicJob("end", job.job_id))
        return True

    def cancel_listening(self) -> None:
        """Esc while listening: drop the recording, send nothing."""
        if self._voice_state == "listening":
            self._listening_since = None
            self._mic_request.emit(MicJob("discard"))
            self._set_voice_state("idle")

    def barge_in(self) -> bool:
        """Stop the spoken answer now (the sound stops within ~20 ms)."""
        if self._voice_job is None:
            return False
        self._voice_job.cancel.set()
        self.status_changed.emit(self.tr("Stopping…"))
        return True

    def refresh_voice_options(self) -> None:
        """Probe the sound devices and list the speech models (on the data worker)."""
        registry, probe = self._registry, self._audio.probe

        def options() -> VoiceOptions:
            return VoiceOptions(
                status=probe(),
                stt_models=tuple(registry.list_models("stt")),
                tts_voices=tuple(registry.list_models("tts")),
            )

        self._data("voice_options", options)

    def _set_voice_state(self, state: str) -> None:
        if state != self._voice_state:
            self._voice_state = state
            self.voice_state_changed.emit(state)

    def _set_voice_available(self, status: AudioStatus) -> None:
        was = self._voice_available
        self._voice_available = availability(status)
        if self._voice_available != was:
            self.voice_available_changed.emit(self._voice_available)
        if self._voice_available.ok and not was.ok:
            if self._settings.keep_mic_open:
                self._mic_request.emit(MicJob("open"))
            self._maybe_preload_speech()

    def _maybe_preload_speech(self) -> None:
        """Warm Whisper and Piper once the chat model is loaded (never before: the
        first typed answer matters more), and only when there is a microphone."""
        if self._closed or self._speech_preloaded or self._speech_loading:
            return
        if not self._chat_preloaded or not self._voice_available.ok:
            return
        self._speech_loading = True
        self._speech_loading_generation = self._speech_generation
        self._voice_request.emit(VoiceJob("preload_speech"))

    def _is_voice_job(self, job_id: int) -> bool:
        return self._voice_job is not None and self._voice_job.job_id == job_id

    # ---- models and settings ----------------------------------------------------
    def refresh_models(self) -> None:
        registry = self._registry
        self._data("models", lambda: registry.list_models("llm"))

    def choose_model(self, name_or_path: str) -> None:
        if name_or_path == self._settings.chat_model:
            return
        self.update_settings(self._settings.replace(chat_model=name_or_path))
        self.refresh_models()
        self.preload()

    def apply_model_changes(self, settings: Settings | None = None) -> None:
        """The Models window added, removed or re-chose models: take its settings (if
        any), list the models again for the picker (``models_changed``) and load the
        chat model when it is another one now. Voice and the Translator look their
        models up in the settings at their next use, so they follow without a restart."""
        if settings is not None:
            old_chat = self._settings.chat_model
            self.update_settings(settings)
            if self._settings.chat_model != old_chat:
                self.preload()
        self.refresh_models()

    def open_model_file(self, path: str) -> None:
        """Check a GGUF file (on the data worker) before adding it to the picker."""
        registry = self._registry
        self._data("validate", lambda: registry.validate_gguf(path), context=path)

    def update_settings(self, settings: Settings) -> None:
        self._apply_settings(settings, save=True)

    def _apply_settings(self, settings: Settings, *, save: bool) -> None:
        old = self._settings
        self._settings = settings.validated()
        self.settings_changed.emit(self._settings)
        target = self._paths.settings_file
        new = self._settings
        if save:
            self._data("save_settings", lambda: save_settings(new, target))
        if new.history_retention == "30d" and old.history_retention != "30d":
            self.apply_retention()
        if (old.context_size, old.n_threads, old.model_options) != (new.context_size, new.n_threads, new.model_options):
            self.preload()
        if (old.stt_model, old.stt_language, old.tts_voice) != (new.stt_model, new.stt_language, new.tts_voice):
            self._speech_preloaded = False
            self._speech_generation += 1
            self._maybe_preload_speech()
        if (old.input_device, old.keep_mic_open) != (new.input_device, new.keep_mic_open):
            self._mic_request.emit(MicJob("close"))  # queued: after any recording in progress
            if new.keep_mic_open and self._voice_available.ok:
                self._mic_request.emit(MicJob("open"))

    # ---- plumbing ---------------------------------------------------------------
    def _data(self, kind: str, fn: Callable[[], Any], context: Any = None) -> None:
        """Run ``fn`` on the data worker thread (that is the point: it may touch the
        disk); its result or exception comes back to ``_on_data_done`` here."""
        if self._closed:
            return
        self._data_request.emit(DataJob(kind, fn, context))

    def _flush_deltas(self) -> None:
        for message_id, text in self._deltas.take():
            if not text:
                continue
            self._streaming[message_id] = self._streaming.get(message_id, "") + text
            self.reply_delta.emit(message_id, text)

    def _is_current(self, conversation_id: int) -> bool:
        return self.current_conversation is not None and self.current_conversation.id == conversation_id

    def _set_current(self, view: ConversationView) -> ConversationView:
        self.current_conversation = view.conversation
        if view.conversation is None:
            self._current_count = 0
            return view
        # a reply still streaming into this conversation: show what has arrived
        messages = tuple(
            Message(**{**m.__dict__, "content": self._streaming[m.id]}) if m.id in self._streaming else m
            for m in view.messages
        )
        self._current_count = len(messages)
        return ConversationView(view.conversation, messages, view.focus_message_id)

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._flush_deltas()

    @Slot(object)
    def _on_chat_event(self, ev: object) -> None:
        self._flush_deltas()  # tokens queued before this event come first
        if isinstance(ev, JobStarted):
            job = self._jobs.get(ev.job_id)
            if job is not None and job.kind == "preload":
                self.status_changed.emit(self.tr("Loading model…"))
        elif isinstance(ev, NewConversation):
            self._job_conversation[ev.job_id] = ev.conversation.id
            self.current_conversation = ev.conversation
            self._current_count = 0
            self.conversation_loaded.emit(ConversationView(ev.conversation, ()))
            self.refresh_conversations()
        elif isinstance(ev, UserMessageSaved):
            if self._is_current(ev.message.conversation_id):
                self._current_count += 1
                self.message_added.emit(ev.message)
        elif isinstance(ev, ConversationChanged):
            if self._is_current(ev.conversation.id):
                self.current_conversation = ev.conversation
                self.conversation_changed.emit(ev.conversation)
            self.refresh_conversations()
        elif isinstance(ev, ReplyStarted):
            # the ~30 Hz tick may have taken the first tokens before this queued
            # event arrived: keep them, and start the row with them
            early = self._streaming.get(ev.message.id, "")
            message = Message(**{**ev.message.__dict__, "content": ev.message.content + early}) if early else ev.message
            self._streaming[message.id] = message.content
            if self._is_current(message.conversation_id):
                self._current_count += 1
                self.reply_started.emit(message)
        elif isinstance(ev, ModelReady):
            self._model_name = ev.model
            self.model_ready.emit(ev.model, ev.load_ms)
            if self._active is not None:
                self.status_changed.emit(self.tr("Writing…"))
            else:
                self.status_changed.emit(self.tr("Ready · {model}").format(model=ev.model))
        elif isinstance(ev, ContextTrimmed):
            self.context_trimmed.emit(ev)
        elif isinstance(ev, ReplyFinished):
            self._streaming.pop(ev.message.id, None)
            self.reply_finished.emit(ev.message, ev.stats)
            self.status_changed.emit(self.tr("Stopped") if ev.message.status == "interrupted" else self.tr("Ready"))
        elif isinstance(ev, ReplyFailed):
            if ev.message is not None:
                self._streaming.pop(ev.message.id, None)
            self.reply_failed.emit(ev.message, ev.error)
            self.status_changed.emit(ui_errors.describe(ev.error)[0])
        elif isinstance(ev, JobFailed):
            if self._job_conversation.get(ev.job_id) in self._deleted:
                self.status_changed.emit(self.tr("Ready"))  # its chat was deleted under it: nothing to report
            elif ev.kind == "preload":
                self.failed.emit(Failure(ev.error, "preload"))
                self.status_changed.emit(self.tr("Model not loaded"))
            else:
                self.reply_failed.emit(None, ev.error)
                self.status_changed.emit(self.tr("Failed"))
                if self.current_conversation is not None:  # resynchronise with what was saved
                    self.open_conversation(self.current_conversation.id)
        elif isinstance(ev, JobDone):
            self._job_conversation.pop(ev.job_id, None)
            job = self._jobs.pop(ev.job_id, None)
            self._released_at.pop(ev.job_id, None)
            if job is not None and job.kind == "preload" and self._active is None and not self.loading_model:
                self.status_changed.emit(
                    self.tr("Ready · {model}").format(model=self._model_name) if self._model_name else self.tr("Ready")
                )
            if job is not None and job.kind == "preload":
                self._chat_preloaded = True
                self._maybe_preload_speech()
            if job is not None and job is self._voice_job:
                self._voice_job = None
                if self._voice_state != "listening":
                    self._set_voice_state("idle")
            if job is not None and job is self._active:
                self._active = None
                self._tick.stop()
                self.busy_changed.emit(False)
                if self._forgetting:
                    self._queue_forget()
                else:
                    self.refresh_conversations()

    @Slot(object)
    def _on_data_done(self, result: DataResult) -> None:
        if result.error is not None:
            self._on_data_failed(result)
            return
        kind, value = result.kind, result.value
        if kind == "startup":
            convs, view = value
            self.conversations_changed.emit(convs)
            self.conversation_loaded.emit(self._set_current(view))
        elif kind == "conversations":
            self.conversations_changed.emit(value)
        elif kind == "open":
            self.conversation_loaded.emit(self._set_current(value))
        elif kind == "rename":
            conv, convs = value
            if self._is_current(conv.id):
                self.current_conversation = conv
                self.conversation_changed.emit(conv)
            self.conversations_changed.emit(convs)
        elif kind == "delete":
            convs, view = value
            self.conversations_changed.emit(convs)
            if view is not None:
                self.conversation_loaded.emit(self._set_current(view))
        elif kind == "search":
            if result.context == self._last_query:  # drop answers to older queries
                self.search_results.emit(result.context, value)
        elif kind == "models":
            self.models_changed.emit(value)
        elif kind == "validate":
            info: ModelInfo = value
            users = tuple(p for p in self._settings.user_models if p != info.path) + (info.path,)
            self.update_settings(self._settings.replace(user_models=users, chat_model=info.path))
            self.refresh_models()
            self.preload()
        elif kind == "export":
            self.exported.emit(value)
        elif kind == "audio_probe":
            self._set_voice_available(value)
        elif kind == "voice_options":
            self._set_voice_available(value.status)
            self.voice_options.emit(value)
        elif kind == "retention":
            outcome, convs = value
            if outcome.deleted:
                self.conversations_changed.emit(convs)
                if self.current_conversation is not None and self.current_conversation.id not in {c.id for c in convs}:
                    self.conversation_loaded.emit(self._set_current(ConversationView(None, ())))
                if outcome.translations:
                    self.translator.load_history()
                self.retention_applied.emit(outcome)
        elif kind == "forget":
            self._on_forgotten(value)

    def _on_data_failed(self, result: DataResult) -> None:
        assert result.error is not None
        if result.kind == "validate":
            self.model_rejected.emit(str(result.context), result.error)
            return
        if result.kind == "open" and isinstance(result.error, KeyError):
            self.refresh_conversations()  # it was deleted meanwhile
        if result.kind == "audio_probe":
            self._set_voice_available(AudioStatus(portaudio=True, error=str(result.error)))
            return
        if result.kind == "forget":
            self._forgetting = self._forget_queued = False
            self.status_changed.emit(self.tr("Ready"))
        self.failed.emit(Failure(result.error, result.kind))

    @Slot(object)
    def _on_mic_done(self, result: object) -> None:
        if isinstance(result, (Captured, MicFailed)) and result.job_id in self._translator_captures:
            self._on_translator_capture(result)
            return
        if isinstance(result, Captured):
            job = self._jobs.get(result.job_id)
            if job is None:
                if result.listener is not None:
                    result.listener.close()
                return
            if result.too_long:
                self.voice_notice.emit(voice_mod.notice(voice_mod.TOO_LONG_NOTICE))
            if job.cancel.is_set() or self._closed:  # barged in (or closing) before it started
                if result.listener is not None:
                    result.listener.close()
                self._on_chat_event(JobDone(job.job_id))
                return
            released = self._released_at.get(job.job_id)
            self._voice_request.emit(VoiceJob("turn", job, result.audio, released, result.listener))
        elif isinstance(result, MicFailed):
            if result.kind == "end" and result.job_id in self._jobs:
                # the device failed mid-turn: end this turn with a message; the next press reopens it
                self._on_chat_event(JobFailed(result.job_id, "voice", result.error))
                self._on_chat_event(JobDone(result.job_id))
                return
            if result.kind == "begin" and self._voice_state == "listening":
                self._listening_since = None
                self._set_voice_state("idle")
            title, text, _action = ui_errors.describe(result.error)
            self.voice_notice.emit(self.tr("{title}: {text}").format(title=title, text=text))
        elif isinstance(result, MicOpened):
            if result.kind == "begin" and self._voice_state == "listening":
                self._recording = True

    def _on_translator_capture(self, result: Captured | MicFailed) -> None:
        target, released = self._translator_captures.pop(result.job_id)
        if self._voice_state == "working":
            self._set_voice_state("idle")  # the microphone is free; the Translator shows its own progress
        if self._closed:
            if isinstance(result, Captured) and result.listener is not None:
                result.listener.close()
            return
        if isinstance(result, MicFailed):
            self.translator.report_failure(result.error)
            return
        if result.too_long:
            self.voice_notice.emit(voice_mod.notice(voice_mod.TOO_LONG_NOTICE))
        self.translator.translate_speech(result.audio, target, released, listener=result.listener)

    @Slot(object)
    def _on_voice_event(self, ev: object) -> None:
        if isinstance(ev, SpeechPreloaded):
            self._speech_loading = False
            # the settings changed while loading: load what is chosen now
            self._speech_preloaded = self._speech_loading_generation == self._speech_generation
            self._maybe_preload_speech()
            return
        if isinstance(ev, SpeechPreloadFailed):
            self._speech_loading = False
            self._speech_preloaded = True  # do not retry in a loop; a settings change tries again
            title, text, _action = ui_errors.describe(ev.error)
            self.voice_notice.emit(self.tr("Voice is not ready. {title}: {text}").format(title=title, text=text))
            return
        if not isinstance(ev, VoiceTurnEvent):
            self._on_chat_event(ev)  # the same path as typed chat
            if isinstance(ev, ReplyFinished) and self._voice_job is not None and not self._voice_job.cancel.is_set():
                self.status_changed.emit(self.tr("Speaking…"))  # the text is written; the voice goes on
            return
        self._flush_deltas()
        inner, current = ev.event, self._is_voice_job(ev.job_id)
        if isinstance(inner, NothingHeard):
            self.voice_notice.emit(voice_mod.notice(inner.reason))
            self.status_changed.emit(self.tr("Ready"))
        elif isinstance(inner, TranscriptReady):
            if current:
                self.status_changed.emit(self.tr("Thinking…"))
        elif isinstance(inner, Speaking):
            if current and self._voice_state == "working":
                self._set_voice_state("speaking")
        elif isinstance(inner, VoiceTurnFinished):
            self.voice_turn_finished.emit(inner)
            if inner.interrupted:
                self.status_changed.emit(self.tr("Stopped"))
            elif current:
                self.status_changed.emit(self.tr("Ready"))

    # ---- quick ask (ui/quick_ask.py) --------------------------------------------
    def ask_in_new_conversation(self, text: str) -> bool:
        """Ask ``text`` in a conversation of its own (the quick-ask pop-up). The chat
        worker creates the conversation in the same job that saves the question, so
        nothing can slip in between; it then becomes the open conversation, as when
        a message is sent with none open (the window shows it, the sidebar lists it,
        it is titled from the question). An open conversation that is still empty is
        used rather than left behind empty. Refused (False) as ``send`` refuses:
        empty text, or an answer is already being written."""
        if not text or not text.strip() or self._active is not None or self._closed:
            return False
        return self._chat(ChatJob(next(self._ids), "send", conversation_id=self._empty_open_id(), text=text))

    def talk_released_in_new_conversation(self) -> bool:
        """``talk_released`` for the quick-ask pop-up: the spoken question starts a
        conversation of its own (the voice worker creates it once words were heard
        and announces it like a typed one) instead of continuing the open one."""
        if self._talk_target is not None or self._empty_open_id() is not None:
            return self.talk_released()
        # talk_released reads the open conversation once, to address the turn: hide it
        # for that call only (all on the GUI thread, so nothing else sees the gap)
        current, self.current_conversation = self.current_conversation, None
        try:
            return self.talk_released()
        finally:
            self.current_conversation = current

    def _empty_open_id(self) -> int | None:
        """The open conversation's id while it has no messages yet, else None."""
        conv = self.current_conversation
        return conv.id if conv is not None and self._current_count == 0 else None
