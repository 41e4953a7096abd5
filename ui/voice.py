"""Push-to-talk: the microphone worker, the voice-turn worker, and what they say.

Two workers on two QThreads, both owned by the ``ChatController``:

- ``MicWorker`` opens, starts, ends and closes the ``Recorder`` (opening a device
  and the ~300 ms post-roll of ``Recorder.end`` both block, so neither may run on
  the GUI thread), and plays the short "listening" beep. It stays free while a
  turn runs, so a barge-in can start listening at once.
- ``VoiceWorker`` runs ``VoicePipeline.run_turn`` (Whisper, the streamed reply,
  Piper and the speaker) and preloads the speech models.

Like the chat and data workers they receive requests through queued signals to
their ``@Slot`` methods and answer only through their own ``Signal(object)``.
The GUI thread reads ``MicWorker.level`` (a float) from a ~30 Hz timer for the
level meter; nothing else is shared. Audio devices come from an ``AudioBackend``
so tests and the screenshot script can put fakes in their place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence

from assistant.audio.devices import AudioStatus
from assistant.chat import ChatService, ReplyDelta
from assistant.cli import speech_spec
from assistant.config import Settings
from assistant.engines.base import SpeechSpec
from assistant.errors import AudioDeviceError
from assistant.models.registry import ModelInfo, ModelRegistry
from assistant.voice import (
    NothingHeard,
    Speaking,
    TranscriptReady,
    VoicePipeline,
    VoiceTurnFinished,
    voice_sample_rate,
)

from . import errors as ui_errors
from .workers import ChatJob, DeltaBuffer, JobDone, JobFailed, JobStarted, NewConversation

log = logging.getLogger(__name__)

#: a press shorter than this is a tap, not speech: nothing is sent
MIN_HOLD_S = 0.3
BEEP_RATE = 22050

#: notices under the composer, in English; ``notice`` translates them
TAP_NOTICE = QT_TRANSLATE_NOOP(
    "VoiceMessages", "I didn't catch that — hold the key (or the microphone button) while you speak."
)
TOO_LONG_NOTICE = QT_TRANSLATE_NOOP(
    "VoiceMessages", "Recording stopped at 2 minutes; Parley is answering what it heard so far."
)

#: what the core's ``NothingHeard`` says (assistant/voice.py keeps it in English),
#: listed so that lupdate finds it; the controller shows it through ``notice``
CORE_NOTICES = (
    QT_TRANSLATE_NOOP(
        "VoiceMessages", "I didn't catch that: the recording was too short. Hold the key while you speak."
    ),
    QT_TRANSLATE_NOOP("VoiceMessages", "I didn't catch that: the microphone heard only silence."),
    QT_TRANSLATE_NOOP("VoiceMessages", "I didn't catch that: no words were recognised."),
)


def notice(text: str) -> str:
    """One of this module's notices, in the interface's language."""
    return QCoreApplication.translate("VoiceMessages", text)


# ---- devices -------------------------------------------------------------------
def _real_probe() -> AudioStatus:
    from assistant.audio.devices import probe

    return probe()


def _real_recorder(settings: Settings) -> Any:
    from assistant.audio.capture import Recorder

    return Recorder(device=settings.input_device or None).open()


def _real_player(sample_rate: int, device: str) -> Any:
    from assistant.audio.playback import Player

    return Player(sample_rate=sample_rate, device=device or None).open()


@dataclass(frozen=True)
class AudioBackend:
    """Where sound comes from and goes to. Every call blocks on a device, so each
    is made on a worker thread (probe on the data worker, the rest on the mic and
    voice workers)."""

    probe: Callable[[], AudioStatus] = _real_probe
    open_recorder: Callable[[Settings], Any] = _real_recorder
    """Returns an opened object with the ``Recorder`` interface."""
    open_player: Callable[[int, str], Any] = _real_player
    """``(sample_rate, device name or "")`` → an opened sink with the ``Player`` interface."""


@dataclass(frozen=True)
class VoiceAvailability:
    """Can the user talk to Parley, and if not, why and what to do."""

    ok: bool
    title: str = ""
    reason: str = ""
    action: str = ""
    known: bool = True

    @classmethod
    def unknown(cls) -> VoiceAvailability:
        return cls(ok=False, reason=QCoreApplication.translate("VoiceMessages", "Looking for a microphone…"), known=False)

    @property
    def tooltip(self) -> str:
        if self.ok:
            return ""
        if self.title:
            parts = [QCoreApplication.translate("VoiceMessages", "{title}: {reason}").format(
                title=self.title, reason=self.reason
            )]
        else:
            parts = [self.reason]
        if self.action:
            parts.append(QCoreApplication.translate(
                "VoiceMessages", "What to do: {action} (File → Settings → Voice)."
            ).format(action=ui_errors.action_label(self.action)))
        return "\n".join(parts)


def availability(status: AudioStatus) -> VoiceAvailability:
    """Turn a device probe into yes/no plus plain words (through ``describe``)."""
    if not status.portaudio:
        error = AudioDeviceError(QCoreApplication.translate(
            "VoiceMessages",
            "Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)",
        ))
    elif status.error:
        error = AudioDeviceError(QCoreApplication.translate(
            "VoiceMessages", "The sound system could not be used ({error})"
        ).format(error=status.error))
    elif not status.inputs:
        error = AudioDeviceError(QCoreApplication.translate(
            "VoiceMessages", "No microphone was found. Plug one in or allow Parley to use it, then restart Parley"
        ))
    elif not status.outputs:
        error = AudioDeviceError(QCoreApplication.translate(
            "VoiceMessages", "No speaker or headphones were found. Connect one, then restart Parley"
        ))
    else:
        return VoiceAvailability(ok=True)
    title, text, action = ui_errors.describe(error)
    return VoiceAvailability(ok=False, title=title, reason=text, action=action)


@dataclass(frozen=True)
class VoiceOptions:
    """What the Voice settings can offer: devices and installed speech models."""

    status: AudioStatus
    stt_models: tuple[ModelInfo, ...] = ()
    tts_voices: tuple[ModelInfo, ...] = ()


def beep_samples(*, rate: int = BEEP_RATE, ms: float = 60.0, freq: float = 880.0, volume: float = 0.12) -> np.ndarray:
    """A short, soft tone with smooth edges (no click), as int16."""
    n = int(rate * ms / 1000.0)
    t = np.arange(n) / rate
    envelope = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.012) if n else t
    return (np.sin(2 * np.pi * freq * t) * envelope * volume * 32767).astype(np.int16)


# ---- the microphone worker -----------------------------------------------------
@dataclass(frozen=True)
class MicJob:
    kind: str  # "open" | "begin" | "end" | "discard" | "close"
    job_id: int = 0
    listen: Callable[[], Any] | None = None
    """For "begin": makes the ``LiveListener`` fed while the key is held (called on
    the microphone thread: it reads the settings and the model files)."""


@dataclass(frozen=True)
class MicOpened:
    kind: str


@dataclass(frozen=True)
class Captured:
    """The utterance of a voice job (16 kHz mono float32)."""

    job_id: int
    audio: Any
    too_long: bool
    listener: Any = None
    """The ``LiveListener`` that heard it (the turn uses it, then closes it), or None."""


@dataclass(frozen=True)
class MicFailed:
    kind: str
    job_id: int
    error: BaseException


class MicWorker(QObject):
    """Owns the Recorder. Signals: ``done(object)`` with MicOpened, Captured or
    MicFailed. ``level``, ``recording_s`` and ``too_long`` may be read from any
    thread (plain numbers)."""

    done = Signal(object)

    def __init__(self, audio: AudioBackend, settings: Callable[[], Settings]) -> None:
        super().__init__()
        self._audio = audio
        self._settings = settings
        self._recorder: Any = None
        self._listener: Any = None
        self._beep = beep_samples()

    @property
    def level(self) -> float:
        r = self._recorder
        return float(r.level) if r is not None else 0.0

    @property
    def recording_s(self) -> float:
        r = self._recorder
        return float(r.recording_s) if r is not None else 0.0

    @property
    def too_long(self) -> bool:
        r = self._recorder
        return bool(r.too_long) if r is not None else False

    @Slot(object)
    def run(self, job: MicJob) -> None:
        try:
            if job.kind == "open":
                if self._ensure_open():
                    self.done.emit(MicOpened(job.kind))
            elif job.kind == "begin":
                self._ensure_open()
                self._drop_listener()
                self._listener = self._make_listener(job)
                self._recorder.begin(listener=self._listener)
                self.done.emit(MicOpened(job.kind))
                self._play_beep()
            elif job.kind == "end":
                self.done.emit(self._end(job))
            elif job.kind == "discard":
                self._drop_listener()
                if self._recorder is not None:
                    self._recorder.end(postroll=False)
                    self._close_unless_kept()
            elif job.kind == "close":
                self.close_now()
            else:
                raise ValueError(f"unknown microphone job {job.kind!r}")
        except Exception as exc:  # noqa: BLE001 - reported to the user; the next press tries again
            self.close_now()
            self.done.emit(MicFailed(job.kind, job.job_id, exc))

    @staticmethod
    def _make_listener(job: MicJob) -> Any:
        if job.listen is None:
            return None
        try:
            return job.listen()
        except Exception:  # noqa: BLE001 - the turn then transcribes at the release, as before
            log.warning("listening while the key is held is not available", exc_info=True)
            return None

    def _drop_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def _ensure_open(self) -> bool:
        if self._recorder is None:
            self._recorder = self._audio.open_recorder(self._settings())
            return True
        return False

    def _end(self, job: MicJob) -> Captured:
        r = self._recorder
        if r is None:
            raise AudioDeviceError(self.tr("The microphone was not recording."))
        audio = r.end(postroll=True)
        listener, self._listener = self._listener, None
        too_long = bool(getattr(r, "too_long_last", r.too_long))
        error = str(getattr(r, "error", "") or "")
        if error:
            if listener is not None:
                listener.close()
            raise AudioDeviceError(error)
        self._close_unless_kept()
        return Captured(job.job_id, audio, too_long, listener)

    def _close_unless_kept(self) -> None:
        if not self._settings().keep_mic_open:
            self.close_now()

    def _play_beep(self) -> None:
        """The soft "I'm listening" tone. A speaker problem must not stop the
        recording, so failures are only logged (the turn reports them)."""
        try:
            player = self._audio.open_player(BEEP_RATE, self._settings().output_device)
        except Exception:  # noqa: BLE001
            log.warning("the listening beep could not be played", exc_info=True)
            return
        try:
            player.write(self._beep, tag="beep", rate=BEEP_RATE)
            player.wait_done(timeout=1.0)
        except Exception:  # noqa: BLE001
            log.warning("the listening beep failed", exc_info=True)
        finally:
            player.close()

    def close_now(self) -> None:
        """Close the microphone (also called by the controller once this thread stopped)."""
        self._drop_listener()
        r, self._recorder = self._recorder, None
        if r is not None:
            try:
                r.close()
            except Exception:  # noqa: BLE001 - closing anyway
                log.warning("closing the microphone failed", exc_info=True)


# ---- the voice-turn worker -----------------------------------------------------
@dataclass(frozen=True)
class VoiceJob:
    kind: str  # "turn" | "preload_speech"
    job: ChatJob | None = None
    audio: Any = None
    end_of_speech: float | None = None
    listener: Any = None


@dataclass(frozen=True)
class VoiceTurnEvent:
    """A voice-pipeline event (NothingHeard, TranscriptReady, Speaking,
    VoiceTurnFinished) tagged with its job, so an older, cancelled turn cannot
    change the state of the current one."""

    job_id: int
    event: Any


@dataclass(frozen=True)
class SpeechPreloaded:
    load_ms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class SpeechPreloadFailed:
    error: BaseException


class VoiceWorker(QObject):
    """Runs voice turns and speech-model preloads. Signals: ``event(object)``
    carries JobStarted, NewConversation, every chat event except ReplyDelta (those
    go through the shared DeltaBuffer, as for typed chat), VoiceTurnEvent,
    JobFailed, JobDone, and SpeechPreloaded/SpeechPreloadFailed."""

    event = Signal(object)

    def __init__(
        self,
        *,
        service: ChatService,
        registry: ModelRegistry,
        deltas: DeltaBuffer,
        settings: Callable[[], Settings],
        audio: AudioBackend,
    ) -> None:
        super().__init__()
        self._service = service
        self._registry = registry
        self._deltas = deltas
        self._settings = settings
        self._audio = audio

    def _spec(self) -> SpeechSpec:
        return speech_spec(self._settings(), self._registry)

    @Slot(object)
    def run(self, job: VoiceJob) -> None:
        if job.kind == "preload_speech":
            self._preload()
        elif job.kind == "turn":
            assert job.job is not None
            self._turn(job)
        else:
            raise ValueError(f"unknown voice job {job.kind!r}")

    def _preload(self) -> None:
        engine = self._service.engine
        try:
            spec = self._spec()
            preload = getattr(engine, "preload_speech", None)
            times = preload(spec) if preload is not None else {}
        except Exception as exc:  # noqa: BLE001 - reported to the user
            self.event.emit(SpeechPreloadFailed(exc))
        else:
            self.event.emit(SpeechPreloaded(dict(times or {})))

    def _turn(self, vj: VoiceJob) -> None:
        job = vj.job
        assert job is not None
        self.event.emit(JobStarted(job.job_id))
        store = self._service.store
        sink = None
        held: NewConversation | None = None  # announced only once words were heard
        announced = False
        try:
            settings = self._settings()
            spec = self._spec()
            conv_id = job.conversation_id
            if conv_id is None:
                held = NewConversation(job.job_id, store.create_conversation())
                conv_id = held.conversation.id
            sink = self._audio.open_player(voice_sample_rate(spec), settings.output_device)
            pipeline = VoicePipeline.for_settings(
                chat=self._service,
                engine=self._service.engine,  # type: ignore[arg-type]
                spec=spec,
                settings=lambda: settings,
            )
            # a listener heard the question for the open conversation; a new one is made
            # here, so the model's read-ahead (of an empty history) still matches
            for ev in pipeline.run_turn(
                conv_id, vj.audio, sink=sink, cancel=job.cancel, end_of_speech=vj.end_of_speech, listener=vj.listener
            ):
                if isinstance(ev, ReplyDelta):
                    self._deltas.put(ev.message_id, ev.text)
                    continue
                if isinstance(ev, TranscriptReady) and held is not None:
                    self.event.emit(held)
                    announced = True
                if isinstance(ev, (NothingHeard, TranscriptReady, Speaking, VoiceTurnFinished)):
                    self.event.emit(VoiceTurnEvent(job.job_id, ev))
                else:
                    self.event.emit(ev)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.event.emit(JobFailed(job.job_id, job.kind, exc))
        finally:
            if vj.listener is not None:
                vj.listener.close()  # when the turn ended before it could use it
            if sink is not None:
                try:
                    sink.close()
                except Exception:  # noqa: BLE001
                    log.warning("closing the speaker failed", exc_info=True)
            if held is not None and not announced:
                try:  # nothing was heard: leave no empty chat behind
                    store.delete_conversation(held.conversation.id)
                except Exception:  # noqa: BLE001
                    log.warning("removing an unused conversation failed", exc_info=True)
            self.event.emit(JobDone(job.job_id))


def listener_factory(
    service: ChatService, registry: ModelRegistry, settings: Callable[[], Settings], conversation_id: int | None
) -> Callable[[], Any] | None:
    """What makes the ``LiveListener`` of a voice turn for ``conversation_id`` (called
    on the microphone thread), or None when listening-while-held is turned off."""
    from assistant import listen

    if not listen.enabled():
        return None

    def make() -> Any:
        current = settings()
        pipeline = VoicePipeline.for_settings(
            chat=service, engine=service.engine, spec=speech_spec(current, registry),  # type: ignore[arg-type]
            settings=lambda: current,
        )
        return pipeline.listener(conversation_id)

    return make


def is_talk_key(ptt: QKeySequence, event: QKeyEvent, *, release: bool) -> bool:
    """Whether a key event is the push-to-talk key ``ptt`` (its first combination).
    On release only the key counts: its modifiers may already be up."""
    if ptt.isEmpty():
        return False
    combo = ptt[0]
    if event.key() != combo.key():
        return False
    if release:
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == combo.keyboardModifiers()
