"""The engine process: models run in a child process so that a native abort in
llama.cpp (a damaged GGUF can SIGABRT the interpreter) takes down only the child.

Parent side: ``EngineProcess``. It starts the child lazily (or early with
``start()``), multiplexes requests over one pipe (a reader thread hands each
reply to the request that asked), forwards cancels, and turns a dead child into
``EngineCrashedError`` for every request in flight; the next request starts a
fresh child.

Child side: ``_child_main``. A reader thread takes messages off the pipe, so a
cancel reaches a running request at once, and routes requests to *lanes*: one
thread for the language model, one for speech (Whisper and Piper), so a reply
can be spoken while the next sentence is still being generated. Each lane keeps
its loaded models between requests.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
import traceback
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NoReturn

from .. import errors
from ..errors import AssistantError, EngineCrashedError, EngineError
from . import offline_environment
from .base import (
    ChatMessage,
    EngineEvent,
    Finished,
    GenerationRequest,
    ModelLoaded,
    SpeechChunk,
    SpeechSpec,
    Transcript,
)

log = logging.getLogger("parley.engine")

#: after a cancel, how long the child gets to stop on its own before it is killed
#: (llama.cpp cannot stop while it is still reading a long prompt)
CANCEL_GRACE_S = 0.12
_POLL_S = 0.02

#: which lane serves which operation
LANES = {
    "load": "llm", "generate": "llm", "prefill": "llm", "ping": "llm",
    "load_speech": "speech", "transcribe": "speech", "synthesize": "speech", "decode_audio": "speech",
}


@dataclass(frozen=True)
class _LoadSpec:
    model_path: str
    context_size: int
    n_threads: int
    chat_template: str | None
    n_gpu_layers: int = 0

    @classmethod
    def of(cls, r: GenerationRequest) -> _LoadSpec:
        return cls(r.model_path, r.context_size, r.n_threads, r.chat_template, r.n_gpu_layers)


# ---------------------------------------------------------------------------
# child


class _SpeechFirst:
    """In the engine child: while the first words of a spoken answer are being
    synthesised, the language model waits between tokens, so Piper has both cores
    for the moment that decides how soon the user hears the answer. The model is far
    ahead of the voice anyway (a first sentence plays for a second or more); the
    wait is bounded so a stuck synthesis can never stall an answer."""

    MAX_WAIT_S = 1.0

    def __init__(self) -> None:
        # PARLEY_SPEECH_FIRST=0 turns it off (for before/after benchmarks)
        self.enabled = os.environ.get("PARLEY_SPEECH_FIRST", "1") != "0"
        self._busy = 0
        self._cond = threading.Condition()

    def __enter__(self) -> _SpeechFirst:
        with self._cond:
            self._busy += 1
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._busy -= 1
            self._cond.notify_all()

    def wait_turn(self) -> None:
        if not self.enabled:
            return
        with self._cond:
            if self._busy:
                self._cond.wait_for(lambda: self._busy == 0, timeout=self.MAX_WAIT_S)


_speech_first = _SpeechFirst()


class _LlmLane:
    """Serves load/generate; keeps the last two language models loaded, so the
    chat model and the translation model take turns without reloading (and each
    keeps its own warm KV cache)."""

    KEEP = 2

    def __init__(self) -> None:
        self._models: OrderedDict[_LoadSpec, Any] = OrderedDict()

    def ensure(self, spec: _LoadSpec) -> tuple[Any, float, bool]:
        if spec in self._models:
            self._models.move_to_end(spec)
            return self._models[spec], 0.0, True
        from .llama import LlamaChatModel

        # a model of the same file under other settings is replaced, not kept beside
        for old in [k for k in self._models if k.model_path == spec.model_path]:
            self._models.pop(old).close()
        while len(self._models) >= self.KEEP:
            self._models.popitem(last=False)[1].close()
        t0 = time.perf_counter()
        model = LlamaChatModel.load(
            spec.model_path, n_ctx=spec.context_size, n_threads=spec.n_threads, chat_template=spec.chat_template,
            n_gpu_layers=spec.n_gpu_layers,
        )
        self._models[spec] = model
        return model, (time.perf_counter() - t0) * 1000.0, False

    def handle(self, op: str, msg: dict[str, Any], cancel: threading.Event, emit: Callable[[Any], None]) -> None:
        if op == "ping":
            emit(os.getpid())
        elif op == "load":
            m, load_ms, cached = self.ensure(msg["spec"])
            if msg.get("warm"):
                m.warm(tuple(msg["warm"]))
            emit(ModelLoaded(model=m.path.name, load_ms=load_ms, cached=cached))
        elif op == "generate":
            request: GenerationRequest = msg["request"]
            m, load_ms, cached = self.ensure(_LoadSpec.of(request))
            emit(ModelLoaded(model=m.path.name, load_ms=load_ms, cached=cached))
            for event in m.generate(request, cancel):
                _speech_first.wait_turn()  # the generator computes the next token only when asked
                if isinstance(event, Finished):
                    event = Finished(**{**event.__dict__, "load_ms": load_ms})
                emit(event)
        elif op == "prefill":
            request = msg["request"]
            model = self.ensure(_LoadSpec.of(request))[0]
            emit(model.prefill(request))
        else:
            raise EngineError(f"unknown engine request {op!r}")

    def close(self) -> None:
        while self._models:
            self._models.popitem()[1].close()


def _make_lane(name: str) -> Any:
    if name == "llm":
        return _LlmLane()
    if name == "speech":
        from .speech import SpeechLane

        return SpeechLane()
    raise EngineError(f"unknown lane {name!r}")


#: iterations llama.cpp's OpenMP threads spin before they sleep (see _child_main)
GOMP_SPINCOUNT = 1000

#: how much lower than the window the engine runs (Unix nice steps): on two cores
#: the models use both, and the window must still get a core the moment it needs
#: one (a late frame is felt; a model a few ms later is not). PARLEY_ENGINE_NICE
#: overrides it (0 for benchmarks that compare against an unprioritised run).
ENGINE_NICE = 5


def _lower_priority() -> None:  # pragma: no cover - runs in the child
    try:
        step = int(os.environ.get("PARLEY_ENGINE_NICE", ENGINE_NICE))
    except ValueError:
        step = ENGINE_NICE
    if step > 0 and hasattr(os, "nice"):
        try:
            os.nice(step)
        except OSError:
            pass


def _child_main(conn: Any, log_path: str | None = None) -> None:  # pragma: no cover - runs in the child
    if log_path:  # llama.cpp writes to fd 2 directly; keep that out of the user's terminal
        try:
            fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.dup2(fd, 2)
            os.close(fd)
        except OSError:
            pass
    offline_environment()  # before any engine library loads
    # How llama.cpp's OpenMP threads wait for each other between the steps of a token
    # (`benchmarks/omp_wait.py`, 2 cores, SmolLM2, tokens/s quiet / with one other busy
    # process): spinning until work comes (libgomp's default) 71 / 0.3 — any busy
    # program starves it; sleeping at once (OMP_WAIT_POLICY=PASSIVE) 18.5 / 40 — every
    # step pays a wake-up; a short spin, then sleep (GOMP_SPINCOUNT=1000) 71 / 25.5.
    # The short spin keeps the quiet speed and stays usable beside other work. A
    # policy the user sets is left alone.
    if "OMP_WAIT_POLICY" not in os.environ and "GOMP_SPINCOUNT" not in os.environ:
        os.environ["GOMP_SPINCOUNT"] = str(GOMP_SPINCOUNT)
    try:  # the parent handles Ctrl+C; the child follows the parent
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):
        pass
    _lower_priority()

    send_lock = threading.Lock()
    cancels: dict[int, threading.Event] = {}
    cancels_lock = threading.Lock()
    inboxes: dict[str, queue.Queue[dict[str, Any] | None]] = {}
    threads: list[threading.Thread] = []

    def send(kind: str, rid: int, payload: Any) -> None:
        with send_lock:
            conn.send((kind, rid, payload))

    def cancel_event(rid: int) -> threading.Event:
        with cancels_lock:
            return cancels.setdefault(rid, threading.Event())

    def serve(name: str, inbox: queue.Queue[dict[str, Any] | None]) -> None:
        lane = None
        while True:
            msg = inbox.get()
            if msg is None:
                if lane is not None:
                    lane.close()
                return
            op, rid = msg["op"], msg["id"]
            try:
                if lane is None:
                    lane = _make_lane(name)
                if msg.get("urgent"):
                    with _speech_first:
                        lane.handle(op, msg, cancel_event(rid), lambda ev, rid=rid: send("event", rid, ev))
                else:
                    lane.handle(op, msg, cancel_event(rid), lambda ev, rid=rid: send("event", rid, ev))
                send("done", rid, None)
            except AssistantError as exc:
                send("error", rid, (type(exc).__name__, str(exc)))
            except Exception as exc:
                send("error", rid, ("EngineError", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}"))
            finally:
                with cancels_lock:
                    cancels.pop(rid, None)

    def inbox_for(lane: str) -> queue.Queue[dict[str, Any] | None]:
        if lane not in inboxes:
            inboxes[lane] = queue.Queue()
            t = threading.Thread(target=serve, args=(lane, inboxes[lane]), name=f"engine-{lane}", daemon=True)
            t.start()
            threads.append(t)
        return inboxes[lane]

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            break
        op = msg.get("op")
        if op == "cancel":
            cancel_event(msg["id"]).set()
        elif op == "shutdown":
            break
        else:
            inbox_for(LANES.get(op, "llm")).put(msg)
    for rid in list(cancels):
        cancels[rid].set()
    for q in inboxes.values():
        q.put(None)
    for t in threads:
        t.join(timeout=5)
    try:
        send("bye", 0, None)
    except (OSError, ValueError):
        pass


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


_DEAD = object()


class _StaleChild(Exception):
    """The request went to a child that was killed from outside before it answered."""


class _Child:
    """One running child process and the thread that reads its replies."""

    def __init__(self, ctx: Any, log_path: str | None) -> None:
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_child_main, args=(child_conn, log_path), name="parley-engine", daemon=True)
        self.proc.start()
        child_conn.close()
        self.conn = parent_conn
        self.send_lock = threading.Lock()
        self.pending: dict[int, queue.Queue[Any]] = {}
        self.pending_lock = threading.Lock()
        self.dead = False
        self.killed_on_purpose = False  # by kill_for_test: a deliberate end is never retried
        self.reader = threading.Thread(target=self._read, name="engine-replies", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                kind, rid, payload = self.conn.recv()
            except (EOFError, OSError, ValueError):
                break
            with self.pending_lock:
                q = self.pending.get(rid)
            if q is not None:  # else: late output of a request nobody waits for
                q.put((kind, payload))
        self.dead = True
        with self.pending_lock:
            for q in self.pending.values():
                q.put((_DEAD, None))

    def send(self, msg: dict[str, Any]) -> bool:
        try:
            with self.send_lock:
                self.conn.send(msg)
            return True
        except (OSError, ValueError):
            return False

    def register(self, rid: int) -> queue.Queue[Any]:
        q: queue.Queue[Any] = queue.Queue()
        with self.pending_lock:
            self.pending[rid] = q
            if self.dead:
                q.put((_DEAD, None))
        return q

    def unregister(self, rid: int) -> None:
        with self.pending_lock:
            self.pending.pop(rid, None)

    def alive(self) -> bool:
        return not self.dead and self.proc.is_alive()

    def stop(self, *, graceful: bool) -> None:
        if graceful and self.proc.is_alive():
            self.send({"op": "shutdown", "id": 0})
            self.proc.join(timeout=3)
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        try:
            self.conn.close()
        except OSError:
            pass


class EngineProcess:
    """The real engine, in a child process. Thread-safe: requests on different lanes
    (language model, speech) run at the same time; requests on one lane queue."""

    def __init__(self, *, log_path: str | os.PathLike[str] | None = None) -> None:
        """``log_path``: where the child's native stderr goes (llama.cpp's messages)."""
        self._log_path = os.fspath(log_path) if log_path else None
        self._ctx = mp.get_context("spawn")
        self._child: _Child | None = None
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._closed = False

    # ---- life cycle ------------------------------------------------------
    @property
    def pid(self) -> int | None:
        c = self._child
        return c.proc.pid if c is not None and c.alive() else None

    def start(self) -> None:
        """Start the child now (instead of on the first request)."""
        self._current()

    def _current(self) -> _Child:
        with self._lock:
            if self._closed:
                raise EngineError("The engine has been shut down.")
            if self._child is None or not self._child.alive():
                if self._child is not None:
                    self._child.stop(graceful=False)
                self._child = _Child(self._ctx, self._log_path)
            return self._child

    def _drop(self, child: _Child) -> int | None:
        """Forget a child (dead or to be killed); returns its exit code."""
        child.stop(graceful=False)
        with self._lock:
            if self._child is child:
                self._child = None
        return child.proc.exitcode

    def kill_for_test(self) -> None:
        """SIGKILL the child, as a crash would. Used by tests of the recovery path and
        to stop a hung load; the request it ends fails rather than being retried."""
        child = self._child
        pid = self.pid
        if pid and child is not None:
            child.killed_on_purpose = True
            os.kill(pid, signal.SIGKILL)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            child, self._child = self._child, None
        if child is not None:
            child.stop(graceful=True)

    # ---- requests ----------------------------------------------------------
    def request(
        self, msg: dict[str, Any], cancel: threading.Event | None, activity: str, *, kill_on_cancel: bool = False
    ) -> Iterator[Any]:
        """Send one request and yield its events until it is done. ``activity`` says
        what the engine was doing if it dies ("answering with X").

        On cancel the child gets ``CANCEL_GRACE_S`` to stop. After that the request
        is abandoned (its late output is dropped) or, with ``kill_on_cancel``, the
        child is ended: for llama.cpp reading a long prompt, which nothing else
        interrupts and which would hold up every later request.

        A request that reached a child which was already dying (killed from outside a
        moment before, e.g. by the system's out-of-memory killer) is sent once more to
        a fresh child, as long as nothing of its answer had arrived; a child that ends
        itself (llama.cpp aborting on a damaged model) is reported, never retried."""
        yielded = False
        try:
            for item in self._request_once(msg, cancel, activity, kill_on_cancel=kill_on_cancel):
                yielded = True
                yield item
        except _StaleChild:
            if yielded:  # cannot happen: _StaleChild is raised only before any output
                raise
            log.info("the engine was gone before it took the request; sending it to a fresh engine")
            yield from self._request_once(msg, cancel, activity, kill_on_cancel=kill_on_cancel, retry=False)

    def _request_once(
        self,
        msg: dict[str, Any],
        cancel: threading.Event | None,
        activity: str,
        *,
        kill_on_cancel: bool,
        retry: bool = True,
    ) -> Iterator[Any]:
        child = self._current()
        rid = next(self._ids)
        q = child.register(rid)
        answered = False
        try:
            if not child.send({**msg, "id": rid}):
                if retry:
                    self._drop(child)
                    raise _StaleChild
                raise self._crashed(child, activity)
            cancel_sent_at: float | None = None
            while True:
                if cancel is not None and cancel_sent_at is None and cancel.is_set():
                    cancel_sent_at = time.perf_counter()
                    child.send({"op": "cancel", "id": rid})
                if cancel_sent_at is not None and time.perf_counter() - cancel_sent_at > CANCEL_GRACE_S:
                    if kill_on_cancel:
                        log.info("engine did not stop within %.0f ms of a cancel; restarting it", CANCEL_GRACE_S * 1000)
                        self._drop(child)
                        yield Finished(model="", ttft_ms=0.0, tokens=0, tokens_per_s=0.0, prompt_tokens=0, finish_reason="cancelled")
                    return
                try:
                    kind, payload = q.get(timeout=_POLL_S)
                except queue.Empty:
                    if not child.proc.is_alive():
                        self._raise_crash(child, activity, retry=retry and not answered)
                    continue
                if kind is _DEAD:
                    self._raise_crash(child, activity, retry=retry and not answered)
                answered = True
                if kind == "event":
                    yield payload
                elif kind == "done":
                    return
                elif kind == "error":
                    raise _error_from(*payload)
        finally:
            child.unregister(rid)

    def _raise_crash(self, child: _Child, activity: str, *, retry: bool) -> NoReturn:
        """The child died during a request: retry (``_StaleChild``) when it was killed
        from outside before answering anything, else report the crash."""
        child.proc.join(timeout=2)
        sigkill = getattr(signal, "SIGKILL", None)  # POSIX; on Windows a kill has no signal number
        if retry and sigkill is not None and child.proc.exitcode == -sigkill and not child.killed_on_purpose:
            self._drop(child)
            raise _StaleChild
        raise self._crashed(child, activity)

    def _crashed(self, child: _Child, activity: str) -> EngineCrashedError:
        child.proc.join(timeout=2)
        code = self._drop(child)
        log.error("engine process died while %s: %s", activity, _describe_exit(code))
        return EngineCrashedError(
            f"The engine process stopped unexpectedly while {activity}: {_describe_exit(code)}. "
            "Your conversation is safe; a fresh engine starts with your next request."
        )

    def preload(
        self, *, model_path: str, context_size: int, n_threads: int, chat_template: str | None = None,
        warm: tuple[ChatMessage, ...] = (), n_gpu_layers: int = 0,
    ) -> ModelLoaded:
        """Load a model ahead of the first message (so the first reply is warm), and
        evaluate ``warm`` (the system prompt) so its tokens are already cached."""
        spec = _LoadSpec(model_path, context_size, n_threads, chat_template, n_gpu_layers)
        loaded = None
        msg = {"op": "load", "spec": spec, "warm": tuple(warm)}
        for ev in self.request(msg, None, f"loading {os.path.basename(model_path)}"):
            if isinstance(ev, ModelLoaded):
                loaded = ev
        if loaded is None:
            raise EngineError("The engine did not report the model as loaded.")
        return loaded

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        name = os.path.basename(request.model_path)
        saw_finish = False
        for ev in self.request(
            {"op": "generate", "request": request}, cancel, f"answering with {name}", kill_on_cancel=True
        ):
            if isinstance(ev, Finished):
                saw_finish = True
                if not ev.model:
                    ev = Finished(**{**ev.__dict__, "model": name})
            yield ev
        if not saw_finish:
            raise EngineError("The engine ended a reply without finishing it.")

    def prefill(self, request: GenerationRequest) -> int:
        """Have the model read ``request``'s prompt now, so a ``generate`` of the same
        request answers at once (see ``LlamaChatModel.prefill``). Returns the number
        of tokens read."""
        read = 0
        for ev in self.request({"op": "prefill", "request": request}, None, "reading the question"):
            read = int(ev)
        return read

    # ---- speech (Whisper and Piper, on the child's speech lane) -------------
    def preload_speech(self, spec: SpeechSpec) -> dict[str, float]:
        """Load (and warm) the speech models, so the first voice turn is not cold.
        Returns load times in ms by model kind."""
        out: dict[str, float] = {}
        for ev in self.request({"op": "load_speech", "spec": spec}, None, "loading the speech models"):
            out.update(ev)
        return out

    def transcribe(
        self, audio: Any, *, spec: SpeechSpec, language: str | None = None, task: str = "transcribe",
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """``audio``: mono float32 samples at 16 kHz, or a path to an audio file."""
        result = None
        for ev in self.request(
            {"op": "transcribe", "spec": spec, "audio": audio, "language": language, "task": task},
            cancel, "transcribing speech",
        ):
            if isinstance(ev, Transcript):
                result = ev
        if result is None:
            if cancel is not None and cancel.is_set():
                return Transcript(text="", language=language or "", duration_s=0.0, elapsed_ms=0.0)
            raise EngineError("The engine returned no transcript.")
        return result

    def decode_audio(self, path: str | os.PathLike[str]) -> Any:
        """An audio file → mono float32 samples at 16 kHz (decoded in the engine)."""
        for ev in self.request({"op": "decode_audio", "path": os.fspath(path)}, None, "reading an audio file"):
            return ev
        raise EngineError("The engine returned no audio.")

    def synthesize(
        self,
        text: str,
        *,
        spec: SpeechSpec,
        length_scale: float | None = None,
        cancel: threading.Event | None = None,
        urgent: bool = False,
    ) -> Iterator[SpeechChunk]:
        """Speech for ``text``, one chunk per sentence, as each is ready. ``urgent``:
        the first words of a spoken answer; the language model pauses meanwhile."""
        msg = {"op": "synthesize", "spec": spec, "text": text, "length_scale": length_scale, "urgent": urgent}
        for ev in self.request(msg, cancel, "speaking"):
            if isinstance(ev, SpeechChunk):
                yield ev
