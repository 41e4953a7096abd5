"""Kill -9 the app, or its engine process, at random moments while a reply streams
and is saved; afterwards nothing acknowledged is lost and the history is intact.

    .venv/bin/python scripts/crash_loop.py [--rounds 100] [--target app|engine|both] [--seed 1]
        [--real-app-rounds 0] [--json]

``--target app``: each round starts a child Python process that plays the app's
write path: ``ChatService`` with the real ``HistoryStore`` (a database kept in one
temp folder for the whole run, so it grows and is reopened after every kill) and
``FakeEngine`` streaming one word per token every 2-20 ms; partial replies are
saved every 50 ms instead of every second (more saves per kill window; it is the
store's durability under test, not the interval). A third of the rounds also run
``save_settings`` in a loop on a second thread. The child prints an
acknowledgement line only *after* the store call returned (``ACK <message id>
<sha> <status> <conversation> <role> <content as JSON>``, ``CONV`` for
conversations, ``SET`` for settings). The parent SIGKILLs it at a random moment
0-1.5 s after it said READY, opens the database with ``HistoryStore`` (which marks
replies left "streaming" as interrupted) and checks:

- every acknowledged conversation and message is there; a user message, or a
  reply acknowledged with a final status, has exactly the acknowledged content
  and status;
- a reply whose last acknowledgement was "streaming" with text C (C is "" when the
  reply was just created, else a partial save) is no longer "streaming" and its
  stored text starts with C (C with trailing whitespace removed if it was
  finished "ok", since the final save strips the reply). Why "starts with" and not
  "equals": writes are serial and every later write to a reply either saves more
  of the streamed text or finishes it, and the kill may fall between a write's
  COMMIT and its ACK line, so the one unacknowledged write may have landed too.
  A shorter or different text means something acknowledged was lost;
- ``PRAGMA integrity_check`` is "ok" and the full-text index matches its table
  (FTS5 ``integrity-check``);
- the settings file is complete JSON, ``load_settings`` gives no notice, and it
  holds the last acknowledged save or the one after it.

``--real-app-rounds K`` makes the last K app rounds use the real engine process
and SmolLM2 (the child preloads the model before READY); after the kill the
orphaned engine child must end by itself (it sees its pipe close).

``--target engine``: in this process, the real ``EngineProcess`` with SmolLM2, a
real ``ChatService`` and store. Each round starts a reply and SIGKILLs the engine
child at a random moment within about one reply's duration; this process must
survive, the partial reply must be saved with status "error" holding exactly the
text that was streamed, and the next request must be answered by a new engine
child. At the end every write the store acknowledged is checked as above.

Exit status 0 only when nothing was lost and every check held.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant import chat  # noqa: E402
from assistant.chat import ChatService, ReplyDelta, ReplyFailed, ReplyFinished, ReplyStarted  # noqa: E402
from assistant.config import Settings, load_settings, save_settings  # noqa: E402
from assistant.errors import EngineCrashedError  # noqa: E402
from assistant.models.registry import ModelRegistry  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402
from assistant.store import DEFAULT_TITLE, Conversation, HistoryStore, Message  # noqa: E402

KILL_WINDOW_S = 1.5
CHILD_SAVE_EVERY_S = 0.05
SETTINGS_SHARE = 0.35
WORDS = (
    "the sea is wide and deep and salty while ships cross it slowly under grey skies "
    "café naïve Straße größer 東京 北京 مرحبا שלום Ελληνικά русский 👩‍💻 🎉 ½ € ∑ e\u0301"
).split()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ---------------------------------------------------------------------------
# what was acknowledged, and the check against a reopened store


class AckingStore(HistoryStore):
    """The real store; ``on_ack`` is called only after a write returned."""

    def __init__(self, path: Path, on_ack: Callable[[str, Any], None]) -> None:
        self._on_ack = on_ack
        super().__init__(path)

    def create_conversation(self, title: str = DEFAULT_TITLE) -> Conversation:
        c = super().create_conversation(title)
        self._on_ack("conv", (c.id, c.title))
        return c

    def rename_conversation(self, conversation_id: int, title: str) -> Conversation:
        c = super().rename_conversation(conversation_id, title)
        self._on_ack("conv", (c.id, c.title))
        return c

    def add_message(self, *args: Any, **kwargs: Any) -> Message:
        m = super().add_message(*args, **kwargs)
        self._on_ack("msg", m)
        return m

    def update_message(self, *args: Any, **kwargs: Any) -> Message:
        m = super().update_message(*args, **kwargs)
        self._on_ack("msg", m)
        return m


class UncommittedStore(AckingStore):
    """A deliberately broken store for the self-check: it acknowledges writes that
    sit in one never-committed transaction, so a kill loses them."""

    def __init__(self, path: Path, on_ack: Callable[[str, Any], None]) -> None:
        super().__init__(path, on_ack)
        self._conn.execute("BEGIN")

    @staticmethod
    @contextlib.contextmanager
    def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        yield conn


@dataclass
class Ledger:
    #: message id -> (conversation id, role, status, content) as last acknowledged
    messages: dict[int, tuple[int, str, str, str]] = field(default_factory=dict)
    conversations: dict[int, str] = field(default_factory=dict)
    writes: int = 0

    def ack(self, kind: str, obj: Any) -> None:
        self.writes += 1
        if kind == "conv":
            self.conversations[obj[0]] = obj[1]
        else:
            self.messages[obj.id] = (obj.conversation_id, obj.role, obj.status, obj.content)

    def streaming(self) -> list[int]:
        return [mid for mid, (_, _, status, _) in self.messages.items() if status == "streaming"]

    def check(self, store: HistoryStore) -> tuple[int, list[str]]:
        """(acknowledged records lost or changed, descriptions)."""
        problems: list[str] = []
        for cid, title in self.conversations.items():
            try:
                got = store.get_conversation(cid).title
            except KeyError:
                problems.append(f"conversation {cid} lost")
                continue
            if got != title:
                problems.append(f"conversation {cid}: title {got!r}, acknowledged {title!r}")
        for mid, (conv, role, status, content) in self.messages.items():
            try:
                m = store.get_message(mid)
            except KeyError:
                problems.append(f"message {mid} ({role}, {status}, {len(content)} chars) lost")
                continue
            if (m.conversation_id, m.role) != (conv, role):
                problems.append(f"message {mid}: moved to {m.conversation_id}/{m.role}")
            elif status == "streaming":
                prefix = content.rstrip() if m.status == "ok" else content
                if m.status == "streaming":
                    problems.append(f"reply {mid} still 'streaming' after reopening")
                elif not m.content.startswith(prefix):
                    problems.append(f"reply {mid}: acknowledged {len(content)} chars, stored {len(m.content)} that do not start with them")
            elif (m.status, m.content) != (status, content):
                problems.append(f"message {mid}: stored {m.status}/{len(m.content)} chars, acknowledged {status}/{len(content)} chars")
        return len(problems), problems


def db_checks(path: Path) -> tuple[bool, bool, int]:
    """(integrity_check ok, FTS index matches its table, replies still 'streaming')."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        try:
            conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")
            fts = True
        except sqlite3.DatabaseError:
            fts = False
        streaming = conn.execute("SELECT COUNT(*) FROM messages WHERE status = 'streaming'").fetchone()[0]
    return integrity, fts, streaming


# ---------------------------------------------------------------------------
# the child: the app's write path, until it is killed


def user_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))) + "?"
    if kind < 0.9:  # text the store must clean: NUL, lone surrogate, RTL marks, joiners
        return rng.choice(["a\x00b ", "broken \ud83d half ", "\u202eRTL override\u202c ", "zero\u200dwidth ", "\ufeffbom "]) + rng.choice(WORDS)
    return ("A long paste. " + " ".join(rng.choice(WORDS) for _ in range(200))) * rng.randint(5, 60)


def reply_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 200)))


def _settings_marker(s: Settings) -> tuple[int, int] | None:
    parts = s.system_prompt.split(" ", 3)
    if len(parts) >= 3 and parts[0] == "crash-loop":
        return int(parts[1]), int(parts[2])
    return None


def child_main(args: argparse.Namespace) -> None:  # pragma: no cover - runs in the killed child
    rng = random.Random(args.seed)
    out_lock = threading.Lock()

    def say(line: str) -> None:
        with out_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def on_ack(kind: str, obj: Any) -> None:
        if kind == "conv":
            say(f"CONV {obj[0]} {sha(obj[1])} {json.dumps(obj[1])}")
        else:
            m: Message = obj
            say(f"ACK {m.id} {sha(m.content)} {m.status} {m.conversation_id} {m.role} {json.dumps(m.content)}")

    paths = AppPaths.under(Path(args.dir)).ensure()
    chat.SAVE_EVERY_S = CHILD_SAVE_EVERY_S
    store = (UncommittedStore if args.broken else AckingStore)(paths.history_db, on_ack)
    settings = Settings().replace(system_prompt="You are terse.", max_tokens=args.max_tokens, temperature=0.7)
    registry = ModelRegistry(paths, lambda: settings)
    engine: Any
    if args.engine == "real":
        from assistant.engines.process import EngineProcess

        engine = EngineProcess(log_path=Path(args.dir) / "engine.log")
    else:
        from assistant.engines.fake import FakeEngine

        engine = FakeEngine()
    svc = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
    if args.engine == "real":
        list(svc.preload())
        say(f"ENGINE {engine.pid}")

    if args.settings:
        def save_loop() -> None:
            k = 0
            while True:
                k += 1
                pad = "x" * rng.randint(0, 20000)
                s = Settings().replace(max_tokens=k % 32000 + 1, system_prompt=f"crash-loop {args.round} {k} {pad}")
                save_settings(s, paths.settings_file)
                say(f"SET {args.round} {k}")

        threading.Thread(target=save_loop, daemon=True).start()

    convs = store.list_conversations()
    conv = convs[0] if convs and rng.random() < 0.7 else store.create_conversation()
    turns = 0
    say(f"READY {os.getpid()}")
    while True:
        if rng.random() < 0.15 or turns > 20:
            conv, turns = store.create_conversation(), 0
        if args.engine != "real":
            engine.reply = reply_text(rng)
            engine.token_delay_s = rng.uniform(0.002, 0.02)
        cancel = threading.Event()
        cancel_after = rng.randint(3, 60) if rng.random() < 0.15 else None
        n = 0
        for ev in svc.send(conv.id, user_text(rng), cancel):
            if isinstance(ev, ReplyDelta):
                n += 1
                if cancel_after is not None and n >= cancel_after:
                    cancel.set()
        turns += 2


# ---------------------------------------------------------------------------
# the parent: kill, reopen, check


@dataclass
class Summary:
    target: str
    rounds: int = 0
    kills: int = 0
    acked_writes: int = 0
    acked_messages_checked: int = 0
    conversations_checked: int = 0
    lost: int = 0
    integrity_ok: int = 0
    fts_ok: int = 0
    killed_while_streaming: int = 0
    killed_after_partial_save: int = 0
    marked_interrupted: int = 0
    settings_checks: int = 0
    settings_broken: int = 0
    settings_temp_files_left: int = 0
    settings_temp_files_after_next_save: int = 0
    real_engine_rounds: int = 0
    orphan_engines: int = 0
    recovered: int = 0
    partial_saved_as_error: int = 0
    kill_phases: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0 and not self.problems and self.integrity_ok == self.fts_ok == self.kills
            and self.settings_broken == 0 and self.orphan_engines == 0
        )


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:  # a zombie nobody reaps has ended...
            zombie = fh.read().rsplit(")", 1)[1].split()[0] == "Z"
        # ...once its other threads have: the first thread turns "Z" before they do
        return not zombie or len(os.listdir(f"/proc/{pid}/task")) > 1
    except FileNotFoundError:
        return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def _wait_gone(pid: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


class _Child:
    """A child process whose complete stdout lines are collected as they come."""

    def __init__(self, cmd: list[str], stderr: Any) -> None:
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=stderr, cwd=ROOT)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):  # cut off by the kill: never acknowledged
                break
            line = raw.decode("ascii").rstrip("\n")
            with self.cond:
                self.lines.append(line)
                self.cond.notify_all()
            if line.startswith("READY"):
                self.ready.set()
        self.ready.set()

    def lines_starting(self, prefix: str) -> list[str]:
        with self.cond:
            return [ln for ln in self.lines if ln.startswith(prefix)]


def run_app(
    *, rounds: int, seed: int, workdir: Path, real_rounds: int = 0, broken: bool = False,
    log: Callable[[str], None] = lambda s: None,
) -> Summary:
    rng = random.Random(seed)
    summary = Summary("app")
    ledger = Ledger()
    appdir = workdir / "app"
    paths = AppPaths.under(appdir).ensure()
    settings_seen: tuple[int, int] | None = None
    t_start = time.perf_counter()
    with open(workdir / "child-stderr.log", "ab") as stderr:
        for r in range(rounds):
            real = r >= rounds - real_rounds
            with_settings = rng.random() < SETTINGS_SHARE
            cmd = [
                sys.executable, str(Path(__file__).resolve()), "--child", "--dir", str(appdir),
                "--seed", str(rng.randrange(1 << 30)), "--round", str(r + 1),
                "--engine", "real" if real else "fake", "--max-tokens", "96" if real else "400",
            ] + (["--settings"] if with_settings else []) + (["--broken"] if broken else [])
            child = _Child(cmd, stderr)
            if not child.ready.wait(120) or child.proc.poll() is not None:
                child.proc.kill()
                summary.problem(f"round {r + 1}: the child did not start (see child-stderr.log)")
                child.proc.wait()
                summary.rounds += 1
                continue
            time.sleep(rng.uniform(0.0, KILL_WINDOW_S))
            os.kill(child.proc.pid, signal.SIGKILL)
            child.proc.wait()
            summary.kills += 1
            summary.rounds += 1
            summary.real_engine_rounds += real
            engine_pid = next((int(ln.split()[1]) for ln in child.lines_starting("ENGINE")), None)
            if engine_pid is not None and not _wait_gone(engine_pid, 15):
                summary.orphan_engines += 1
                summary.problem(f"round {r + 1}: engine process {engine_pid} outlived the killed app")
                with contextlib.suppress(OSError):
                    os.kill(engine_pid, signal.SIGKILL)
            child.reader.join(5)
            # what the child acknowledged before it died
            settings_acked: int | None = None
            for line in list(child.lines):
                kind, _, rest = line.partition(" ")
                if kind == "ACK":
                    mid, digest, status, conv, role, content = rest.split(" ", 5)
                    text = json.loads(content)
                    if sha(text) != digest:
                        summary.problem(f"round {r + 1}: garbled ACK line for message {mid}")
                        continue
                    ledger.ack("msg", Message(int(mid), int(conv), role, text, 0.0, status, {}))
                elif kind == "CONV":
                    cid, digest, title = rest.split(" ", 2)
                    ledger.ack("conv", (int(cid), json.loads(title)))
                elif kind == "SET":
                    settings_acked = int(rest.split()[1])
            in_flight = ledger.streaming()
            if in_flight:
                summary.killed_while_streaming += 1
                if any(ledger.messages[mid][3] for mid in in_flight):
                    summary.killed_after_partial_save += 1
            # reopen as the app would, then check
            try:
                store = HistoryStore(paths.history_db)
            except Exception as exc:
                summary.problem(f"round {r + 1}: the history did not open: {exc}")
                continue
            try:
                if store.notice:
                    summary.problem(f"round {r + 1}: {store.notice}")
                lost, problems = ledger.check(store)
                summary.lost = max(summary.lost, lost)  # the ledger is cumulative
                for p in problems[:3]:
                    summary.problem(f"round {r + 1}: {p}")
                # reopening turned each cut-off reply into "interrupted" (or it had been
                # finished by the write whose ACK the kill cut off): from now on the
                # ledger expects exactly what this open returned
                for mid in in_flight:
                    with contextlib.suppress(KeyError):
                        m = store.get_message(mid)
                        summary.marked_interrupted += m.status == "interrupted"
                        ledger.messages[mid] = (m.conversation_id, m.role, m.status, m.content)
            finally:
                store.close()
            integrity, fts, streaming = db_checks(paths.history_db)
            summary.integrity_ok += integrity
            summary.fts_ok += fts
            if streaming:
                summary.problem(f"round {r + 1}: {streaming} replies still 'streaming' after reopening")
            if with_settings:
                summary.settings_checks += 1
                settings_seen = _check_settings(summary, r + 1, paths.settings_file, settings_acked, settings_seen)
            summary.settings_temp_files_left = len(list(paths.settings_file.parent.glob(".settings-*.tmp")))
            log(
                f"app round {r + 1}/{rounds}: {'real' if real else 'fake'} engine, killed "
                f"{'while streaming' if in_flight else 'between replies'}, {len(ledger.messages)} messages checked, "
                f"lost {summary.lost}, integrity {'ok' if integrity and fts else 'BROKEN'}"
            )
    if paths.settings_file.exists():  # the app's next save tidies up what kills left
        save_settings(load_settings(paths.settings_file).settings, paths.settings_file)
        summary.settings_temp_files_after_next_save = len(list(paths.settings_file.parent.glob(".settings-*.tmp")))
    summary.acked_writes = ledger.writes
    summary.acked_messages_checked = len(ledger.messages)
    summary.conversations_checked = len(ledger.conversations)
    summary.seconds = round(time.perf_counter() - t_start, 1)
    return summary


def _check_settings(
    summary: Summary, rnd: int, path: Path, acked: int | None, seen: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The file holds a whole save: the last acknowledged one or the next (whose
    rename may have landed before the kill), or what was there before the round."""
    if not path.exists():
        if acked is not None or seen is not None:
            summary.settings_broken += 1
            summary.problem(f"round {rnd}: the settings file is gone")
        return seen
    raw = path.read_text(encoding="utf-8")
    try:
        json.loads(raw)
    except ValueError:
        summary.settings_broken += 1
        summary.problem(f"round {rnd}: the settings file is not complete JSON ({len(raw)} bytes)")
        return seen
    result = load_settings(path)
    if result.notice:
        summary.settings_broken += 1
        summary.problem(f"round {rnd}: {result.notice}")
        return seen
    got = _settings_marker(result.settings)
    allowed = {seen, (rnd, 1)} if acked is None else {(rnd, acked), (rnd, acked + 1)}
    if got not in allowed or (got and result.settings.max_tokens != got[1] % 32000 + 1):
        summary.settings_broken += 1
        summary.problem(f"round {rnd}: settings hold save {got}, acknowledged {acked}")
    return got


def run_engine(*, rounds: int, seed: int, workdir: Path, log: Callable[[str], None] = lambda s: None) -> Summary:
    from assistant.engines.process import EngineProcess

    rng = random.Random(seed)
    summary = Summary("engine")
    ledger = Ledger()
    paths = AppPaths.under(workdir / "engine").ensure()
    current = {"s": Settings().replace(system_prompt="You tell long stories.", max_tokens=64, temperature=0.7)}
    store = AckingStore(paths.history_db, ledger.ack)
    engine = EngineProcess(log_path=workdir / "engine.log")
    svc = ChatService(store=store, engine=engine, settings=lambda: current["s"], registry=ModelRegistry(paths, lambda: current["s"]))
    t_start = time.perf_counter()
    try:
        list(svc.preload())
        conv = store.create_conversation()
        t0 = time.perf_counter()
        warm = list(svc.send(conv.id, "Tell me a story about a lighthouse keeper.", threading.Event()))
        reply_s = time.perf_counter() - t0
        if not isinstance(warm[-1], ReplyFinished):
            summary.problem(f"the first reply failed: {warm[-1]}")
        for r in range(rounds):
            conv = store.create_conversation()
            killed: dict[str, Any] = {}
            before = engine.pid

            def kill(killed: dict[str, Any] = killed) -> None:
                pid = engine.pid
                if pid:
                    os.kill(pid, signal.SIGKILL)
                    killed["pid"] = pid

            timer = threading.Timer(rng.uniform(0.0, reply_s * 1.1), kill)
            deltas: list[str] = []
            reply_id = None
            current["s"] = current["s"].replace(max_tokens=64)
            timer.start()
            events = []
            for ev in svc.send(conv.id, f"Tell me story number {r + 1}, about a {rng.choice(WORDS)}.", threading.Event()):
                events.append(ev)
                if isinstance(ev, ReplyStarted):
                    reply_id = ev.message.id
                elif isinstance(ev, ReplyDelta):
                    deltas.append(ev.text)
            timer.join()
            # the crash comes before the next request, as it would for a person: a
            # request sent while the OS is still ending the killed child's threads
            # (up to ~50 ms) goes to it and gets the same "engine stopped" error
            end = time.monotonic() + 5
            while "pid" in killed and engine.pid == killed["pid"] and time.monotonic() < end:
                time.sleep(0.005)
            summary.rounds += 1
            summary.kills += "pid" in killed
            last = events[-1]
            if isinstance(last, ReplyFailed):
                phase = "streaming" if deltas else "before the first token"
                saved = store.get_message(reply_id) if reply_id is not None else None
                if not isinstance(last.error, EngineCrashedError):
                    summary.problem(f"round {r + 1}: failed with {type(last.error).__name__}: {last.error}")
                elif saved is None or saved.status not in ("error", "interrupted") or saved.content != "".join(deltas):
                    summary.problem(f"round {r + 1}: the partial reply was not saved as streamed: {saved}")
                else:
                    summary.partial_saved_as_error += 1
            elif isinstance(last, ReplyFinished):
                phase = "after the reply"
            else:
                phase = "other"
                summary.problem(f"round {r + 1}: ended with {last}")
            summary.killed_while_streaming += phase == "streaming"
            summary.kill_phases[phase] = summary.kill_phases.get(phase, 0) + 1
            # the next request is answered, by a new engine child
            current["s"] = current["s"].replace(max_tokens=8)
            nxt = list(svc.send(conv.id, "Now say hello.", threading.Event()))
            if isinstance(nxt[-1], ReplyFinished) and nxt[-1].message.status == "ok" and nxt[-1].message.content:
                if engine.pid in (None, killed.get("pid"), before if killed else None):
                    summary.problem(f"round {r + 1}: no new engine child after the kill")
                else:
                    summary.recovered += 1
            else:
                summary.problem(f"round {r + 1}: the next request was not answered: {nxt[-1]}")
            log(f"engine round {r + 1}/{rounds}: killed {phase}, {len(deltas)} tokens kept, recovered {summary.recovered}")
    finally:
        engine.close()
        store.close()
    with HistoryStore(paths.history_db) as reopened:
        summary.lost, problems = ledger.check(reopened)
    for p in problems[:10]:
        summary.problem(p)
    integrity, fts, _ = db_checks(paths.history_db)
    summary.integrity_ok = summary.kills if integrity else 0
    summary.fts_ok = summary.kills if fts else 0
    summary.acked_writes = ledger.writes
    summary.acked_messages_checked = len(ledger.messages)
    summary.conversations_checked = len(ledger.conversations)
    summary.seconds = round(time.perf_counter() - t_start, 1)
    return summary


def describe(s: Summary) -> str:
    lines = [
        f"{s.target}: {s.rounds} rounds, {s.kills} kills in {s.seconds:.0f} s",
        f"  acknowledged writes {s.acked_writes}; messages checked {s.acked_messages_checked}, "
        f"conversations {s.conversations_checked}; lost {s.lost}",
        (f"  integrity_check ok {s.integrity_ok}/{s.kills}, FTS index ok {s.fts_ok}/{s.kills}" if s.target == "app"
         else f"  integrity_check and FTS index at the end: {'ok' if s.integrity_ok == s.fts_ok == s.kills else 'BROKEN'}"),
        f"  killed while a reply streamed {s.killed_while_streaming}/{s.kills}",
    ]
    if s.target == "app":
        lines.append(
            f"  ... after a partial save {s.killed_after_partial_save}; cut-off replies marked interrupted on reopening "
            f"{s.marked_interrupted}; real-engine rounds {s.real_engine_rounds}, orphaned engines {s.orphan_engines}"
        )
        lines.append(
            f"  settings checks {s.settings_checks}, broken {s.settings_broken}; temp files left by kills "
            f"{s.settings_temp_files_left}, after the next save {s.settings_temp_files_after_next_save} (those < 60 s old stay)"
        )
    else:
        lines.append(f"  kill phases {s.kill_phases}; partial saved as error {s.partial_saved_as_error}; recovered {s.recovered}/{s.rounds}")
    lines += [f"  PROBLEM {p}" for p in s.problems]
    lines.append("  OK" if s.ok else "  FAILED")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--target", choices=("app", "engine", "both"), default="both")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--real-app-rounds", type=int, default=0, help="the last N app rounds use the real engine")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--workdir", help="keep the databases here (default: a temp folder, removed)")
    # the child's own options
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    ap.add_argument("--round", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="fake", help=argparse.SUPPRESS)
    ap.add_argument("--max-tokens", type=int, default=400, help=argparse.SUPPRESS)
    ap.add_argument("--settings", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--broken", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child_main(args)
        return 0
    log = (lambda s: print(s, file=sys.stderr, flush=True)) if not args.json else (lambda s: None)
    summaries = []
    with contextlib.ExitStack() as stack:
        workdir = Path(args.workdir) if args.workdir else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="crash-loop-")))
        workdir.mkdir(parents=True, exist_ok=True)
        if args.target in ("app", "both"):
            summaries.append(run_app(rounds=args.rounds, seed=args.seed, workdir=workdir, real_rounds=args.real_app_rounds, log=log))
        if args.target in ("engine", "both"):
            summaries.append(run_engine(rounds=args.rounds, seed=args.seed, workdir=workdir, log=log))
    if args.json:
        print(json.dumps([{**s.__dict__, "ok": s.ok} for s in summaries], indent=2))
    else:
        print("\n".join(describe(s) for s in summaries))
    return 0 if all(s.ok for s in summaries) else 1


if __name__ == "__main__":
    sys.exit(main())
