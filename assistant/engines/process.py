"""The engine process: models run in a child process so that a native abort in
llama.cpp (a damaged GGUF can SIGABRT the interpreter) takes down only the child.

Parent side: ``EngineProcess`` implements ``LanguageEngine``. It starts the child
lazily (or early with ``start()``), streams events back over a pipe, forwards
cancels, and when the child dies turns that into ``EngineCrashedError``; the next
request starts a fresh child.

Child side: ``_child_main``. A reader thread takes messages off the pipe so that
a cancel reaches the running request at once (the main thread is busy
generating); the main thread serves requests one at a time and keeps the loaded
model between requests. Designed to host Whisper and Piper too (one op each).
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..errors import AssistantError, EngineCrashedError, EngineError
from .base import EngineEvent, Finished, GenerationRequest, ModelLoaded

#: after a cancel, how long the child gets to stop on its own before it is killed
#: (it cannot stop while llama.cpp is still reading a long prompt)
CANCEL_GRACE_S = 0.12
_POLL_S = 0.02


@dataclass(frozen=True)
class _LoadSpec:
    model_path: str
    context_size: int
    n_threads: int
    chat_template: str | None

    @classmethod
    def of(cls, r: GenerationRequest) -> _LoadSpec:
        return cls(r.model_path, r.context_size, r.n_threads, r.chat_template)


# ---------------------------------------------------------------------------
# child


def _child_main(conn: Any, log_path: str | None = None) -> None:  # pragma: no cover - runs in the child
    if log_path:  # llama.cpp writes to fd 2 directly; keep that out of the user's terminal
        try:
            fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.dup2(fd, 2)
            os.close(fd)
        except OSError:
            pass
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    try:  # the parent handles Ctrl+C; the child just follows it
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):
        pass
    inbox: queue.Queue[dict[str, Any]] = queue.Queue()
    cancels: dict[int, threading.Event] = {}
    cancels_lock = threading.Lock()

    def cancel_event(rid: int) -> threading.Event:
        with cancels_lock:
            return cancels.setdefault(rid, threading.Event())

    def reader() -> None:
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                inbox.put({"op": "shutdown"})
                return
            if msg.get("op") == "cancel":
                cancel_event(msg["id"]).set()
            else:
                inbox.put(msg)
                if msg.get("op") == "shutdown":
                    return

    threading.Thread(target=reader, name="engine-reader", daemon=True).start()

    model = None
    loaded: _LoadSpec | None = None

    def send(kind: str, rid: int, payload: Any) -> None:
        conn.send((kind, rid, payload))

    def ensure_model(spec: _LoadSpec) -> tuple[Any, float, bool]:
        nonlocal model, loaded
        if model is not None and loaded == spec:
            return model, 0.0, True
        if model is not None:
            model.close()
            model, loaded = None, None
        from .llama import LlamaChatModel

        t0 = time.perf_counter()
        model = LlamaChatModel.load(
            spec.model_path, n_ctx=spec.context_size, n_threads=spec.n_threads, chat_template=spec.chat_template
        )
        loaded = spec
        return model, (time.perf_counter() - t0) * 1000.0, False

    while True:
        msg = inbox.get()
        op = msg.get("op")
        rid = msg.get("id", 0)
        if op == "shutdown":
            if model is not None:
                model.close()
            send("bye", rid, None)
            return
        try:
            if op == "ping":
                send("pong", rid, os.getpid())
            elif op == "load":
                spec: _LoadSpec = msg["spec"]
                m, load_ms, cached = ensure_model(spec)
                send("event", rid, ModelLoaded(model=m.path.name, load_ms=load_ms, cached=cached))
                send("done", rid, None)
            elif op == "generate":
                request: GenerationRequest = msg["request"]
                cancel = cancel_event(rid)
                m, load_ms, cached = ensure_model(_LoadSpec.of(request))
                send("event", rid, ModelLoaded(model=m.path.name, load_ms=load_ms, cached=cached))
                for event in m.generate(request, cancel):
                    if isinstance(event, Finished):
                        event = Finished(**{**event.__dict__, "load_ms": load_ms})
                    send("event", rid, event)
                send("done", rid, None)
            else:
                raise EngineError(f"unknown engine request {op!r}")
        except AssistantError as exc:
            send("error", rid, (type(exc).__name__, str(exc)))
        except Exception as exc:
            send("error", rid, ("EngineError", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}"))
        finally:
            with cancels_lock:
                cancels.pop(rid, None)


# ---------------------------------------------------------------------------
# parent


def _error_from(name: str, message: str) -> AssistantError:
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, AssistantError)):
        cls = EngineError
    return cls(message)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "it stopped responding"
    if code < 0:
        try:
            return f"it was ended by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"it was ended by signal {-code}"
    return f"it exited with status {code}"


class EngineProcess:
    """The real engine, in a child process. One request at a time; thread-safe."""

    def __init__(self, *, log_path: str | os.PathLike[str] | None = None) -> None:
        """``log_path``: where the child's native stderr goes (llama.cpp's messages)."""
        self._log_path = os.fspath(log_path) if log_path else None
        self._ctx = mp.get_context("spawn")
        self._proc: Any = None
        self._conn: Any = None
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._closed = False
        self._activity = ""  # what the child was doing, for crash messages

    # ---- life cycle ------------------------------------------------------
    @property
    def pid(self) -> int | None:
        p = self._proc
        return p.pid if p is not None and p.is_alive() else None

    def start(self) -> None:
        """Start the child now (instead of on the first request)."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._closed:
            raise EngineError("The engine has been shut down.")
        if self._proc is not None and self._proc.is_alive():
            return
        self._discard()
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_child_main, args=(child_conn, self._log_path), name="parley-engine", daemon=True)
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn

    def _discard(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            try:
                conn.close()
            except OSError:
                pass
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(timeout=5)

    def kill_for_test(self) -> None:
        """SIGKILL the child, as a crash would. Used by tests of the recovery path."""
        proc = self._proc
        if proc is not None and proc.pid:
            os.kill(proc.pid, signal.SIGKILL)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conn, proc = self._conn, self._proc
            if conn is not None and proc is not None and proc.is_alive():
                try:
                    conn.send({"op": "shutdown", "id": 0})
                    proc.join(timeout=3)
                except (OSError, BrokenPipeError):
                    pass
            self._discard()

    # ---- requests ----------------------------------------------------------
    def _crashed(self) -> EngineCrashedError:
        code = self._proc.exitcode if self._proc is not None else None
        what = self._activity or "working"
        self._discard()
        return EngineCrashedError(
            f"The engine process stopped unexpectedly while {what}: {_describe_exit(code)}. "
            "Your conversation is safe; a fresh engine starts with your next message."
        )

    def _roundtrip(self, msg: dict[str, Any], cancel: threading.Event | None) -> Iterator[EngineEvent]:
        """Send one request and yield its events until it is done."""
        with self._lock:
            self._ensure_started()
            rid = next(self._ids)
            msg["id"] = rid
            conn, proc = self._conn, self._proc
            try:
                conn.send(msg)
            except (OSError, BrokenPipeError):
                raise self._crashed() from None
            cancel_sent_at: float | None = None
            while True:
                if cancel is not None and cancel.is_set() and cancel_sent_at is None:
                    cancel_sent_at = time.perf_counter()
                    try:
                        conn.send({"op": "cancel", "id": rid})
                    except (OSError, BrokenPipeError):
                        pass
                if cancel_sent_at is not None and time.perf_counter() - cancel_sent_at > CANCEL_GRACE_S:
                    # stuck in prompt processing, which llama.cpp cannot interrupt: end it
                    self._discard()
                    yield Finished(model="", ttft_ms=0.0, tokens=0, tokens_per_s=0.0, prompt_tokens=0, finish_reason="cancelled")
                    return
                try:
                    ready = conn.poll(_POLL_S)
                except (OSError, EOFError):
                    raise self._crashed() from None
                if not ready:
                    if not proc.is_alive():
                        raise self._crashed()
                    continue
                try:
                    kind, got_id, payload = conn.recv()
                except (EOFError, OSError):
                    raise self._crashed() from None
                if got_id != rid:
                    continue  # late output of an earlier, cancelled request
                if kind == "event":
                    yield payload
                elif kind == "done":
                    return
                elif kind == "error":
                    raise _error_from(*payload)

    def preload(self, *, model_path: str, context_size: int, n_threads: int, chat_template: str | None = None) -> ModelLoaded:
        """Load a model ahead of the first message (so the first reply is warm)."""
        self._activity = f"loading {os.path.basename(model_path)}"
        spec = _LoadSpec(model_path, context_size, n_threads, chat_template)
        loaded = None
        for ev in self._roundtrip({"op": "load", "spec": spec}, None):
            if isinstance(ev, ModelLoaded):
                loaded = ev
        assert loaded is not None
        return loaded

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        name = os.path.basename(request.model_path)
        self._activity = f"answering with {name}"
        saw_finish = False
        for ev in self._roundtrip({"op": "generate", "request": request}, cancel):
            if isinstance(ev, Finished):
                saw_finish = True
                if not ev.model:
                    ev = Finished(**{**ev.__dict__, "model": name})
            yield ev
        if not saw_finish:
            raise EngineError("The engine ended a reply without finishing it.")
