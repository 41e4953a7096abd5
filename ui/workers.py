"""The two worker objects that live on their own QThreads.

They only ever receive requests through queued signals connected to their
``@Slot`` methods and only ever answer through their own signals, which the
controller connects to ``@Slot`` methods of objects in the GUI thread (PySide6
6.12 runs a lambda connected to a worker's signal on the *worker* thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from assistant.chat import ChatService, ReplyDelta
from assistant.config import Settings


@dataclass(frozen=True)
class ChatJob:
    """One use-case run on the chat worker."""

    job_id: int
    kind: str  # "send" | "regenerate" | "edit" | "preload"
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)
    conversation_id: int | None = None
    message_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class JobStarted:
    job_id: int


@dataclass(frozen=True)
class JobDone:
    job_id: int


@dataclass(frozen=True)
class JobFailed:
    """An exception escaped the use case (engine failures arrive as ReplyFailed)."""

    job_id: int
    kind: str
    error: BaseException


@dataclass(frozen=True)
class NewConversation:
    """The chat worker created a conversation for a message sent with none open."""

    job_id: int
    conversation: Any


class DeltaBuffer:
    """Tokens wait here until the GUI's ~30 Hz timer takes them, so a fast model
    cannot flood the GUI thread's event queue with one event per token."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[int, list[str]]] = []

    def put(self, message_id: int, text: str) -> None:
        with self._lock:
            if self._items and self._items[-1][0] == message_id:
                self._items[-1][1].append(text)
            else:
                self._items.append((message_id, [text]))

    def take(self) -> list[tuple[int, str]]:
        with self._lock:
            items, self._items = self._items, []
        return [(mid, "".join(parts)) for mid, parts in items]


class ChatWorker(QObject):
    """Runs ChatService generators. Signals: ``event(object)`` carries every chat
    event except ReplyDelta (those go through the DeltaBuffer, and are always put
    there before the event that follows them is emitted), plus JobStarted,
    NewConversation, JobFailed and finally JobDone for each job."""

    event = Signal(object)

    def __init__(self, service: ChatService, deltas: DeltaBuffer, settings: Callable[[], Settings]) -> None:
        super().__init__()
        self._service = service
        self._deltas = deltas
        self._settings = settings

    @Slot(object)
    def run(self, job: ChatJob) -> None:
        self.event.emit(JobStarted(job.job_id))
        try:
            for ev in self._events(job):
                if isinstance(ev, ReplyDelta):
                    self._deltas.put(ev.message_id, ev.text)
                else:
                    self.event.emit(ev)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.event.emit(JobFailed(job.job_id, job.kind, exc))
        finally:
            self.event.emit(JobDone(job.job_id))

    def _events(self, job: ChatJob):  # type: ignore[no-untyped-def]
        s = self._service
        if job.kind == "send":
            if not job.text.strip():
                return
            conv_id = job.conversation_id
            if conv_id is None:
                conv = s.store.create_conversation()
                self.event.emit(NewConversation(job.job_id, conv))
                conv_id = conv.id
            yield from s.send(conv_id, job.text, job.cancel)
        elif job.kind == "regenerate":
            assert job.conversation_id is not None
            yield from s.regenerate(job.conversation_id, job.cancel)
        elif job.kind == "edit":
            assert job.message_id is not None
            yield from s.edit_and_resend(job.message_id, job.text, job.cancel)
        elif job.kind == "preload":
            yield from s.preload()
        else:
            raise ValueError(f"unknown chat job {job.kind!r}")


@dataclass(frozen=True)
class DataJob:
    kind: str
    fn: Callable[[], Any]
    context: Any = None


@dataclass(frozen=True)
class DataResult:
    kind: str
    value: Any
    error: BaseException | None
    context: Any = None


class DataWorker(QObject):
    """Runs short disk jobs (store queries, search, export, settings, model
    validation) in order. Signals: ``done(DataResult)``."""

    done = Signal(object)

    @Slot(object)
    def run(self, job: DataJob) -> None:
        try:
            value = job.fn()
        except Exception as exc:  # noqa: BLE001 - reported to the user
            self.done.emit(DataResult(job.kind, None, exc, job.context))
        else:
            self.done.emit(DataResult(job.kind, value, None, job.context))
