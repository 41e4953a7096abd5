"""Conversation history in SQLite (stdlib ``sqlite3`` only, no Qt).

Why it is built this way:

- One connection, shared by the GUI thread and the workers and serialised by an
  ``RLock``: one writer is all a chat needs, and it avoids "database is locked".
- WAL, ``synchronous=FULL`` and one committed transaction per write, so a message
  the caller was told about survives ``kill -9`` and power loss.
- Search is an FTS5 *external-content* index over ``messages.content`` kept in step
  by triggers, so no code path can forget to update it and text is stored once.
- A file that is not a readable database is moved aside, never deleted, and
  ``notice`` tells the user where it went; the app still starts.
- Deleted ids are never reused (``AUTOINCREMENT``): a worker still streaming into a
  message the user just deleted must fail, not overwrite someone else's message.

Text policy: lone surrogates (broken clipboard or model output; they cannot be
encoded as UTF-8) and NUL characters (SQLite's ``snippet()`` stops at them) are
stored as U+FFFD. Everything else is stored verbatim.

Search policy: each word of the user's text becomes a quoted prefix term and all
must match; hits are returned newest first, because people look for "that thing
we discussed" by time more than by relevance. Titles are not searched (a hit
always points at a real message). Words made only of emoji or punctuation are
ignored, since the ``unicode61`` tokenizer does not index them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, NoReturn, ParamSpec, TypeVar

from assistant import APP_NAME, __version__
from assistant.errors import StorageError

ROLES = ("user", "assistant", "system")
STATUSES = ("ok", "interrupted", "error", "streaming")
DEFAULT_TITLE = "New chat"
_ROLE_LABELS = {"user": "You", "assistant": APP_NAME, "system": "System"}
_CORRUPT_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB (named in sqlite3 only from 3.11)
_EXPORTED_FIELDS = ("role", "content", "created_at", "status", "meta")


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: float
    updated_at: float
    message_count: int


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    role: str
    content: str
    created_at: float
    status: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class TranslationRecord:
    id: int
    created_at: float
    source_lang: str
    target_lang: str
    source: str
    target: str
    model: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    conversation_title: str
    message_id: int
    role: str
    snippet: str
    created_at: float


def _v1(conn: sqlite3.Connection) -> None:
    for statement in (
        """CREATE TABLE conversations (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               title TEXT NOT NULL,
               created_at REAL NOT NULL,
               updated_at REAL NOT NULL)""",
        """CREATE TABLE messages (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               conversation_id INTEGER NOT NULL
                   REFERENCES conversations(id) ON DELETE CASCADE,
               role TEXT NOT NULL,
               content TEXT NOT NULL,
               created_at REAL NOT NULL,
               status TEXT NOT NULL DEFAULT 'ok',
               meta TEXT NOT NULL DEFAULT '{}')""",
        "CREATE INDEX messages_by_conversation ON messages(conversation_id, id)",
        """CREATE VIRTUAL TABLE messages_fts USING fts5(
               content, content='messages', content_rowid='id',
               tokenize='unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
               INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
           END""",
        """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
               INSERT INTO messages_fts(messages_fts, rowid, content)
                   VALUES ('delete', old.id, old.content);
           END""",
        # Status and meta change often while a reply streams; only re-index text.
        """CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages
           WHEN old.content IS NOT new.content BEGIN
               INSERT INTO messages_fts(messages_fts, rowid, content)
                   VALUES ('delete', old.id, old.content);
               INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
           END""",
    ):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """The translator's local history (text in, text out, languages, model)."""
    conn.execute(
        """CREATE TABLE translations (
               id INTEGER PRIMARY KEY,
               created_at REAL NOT NULL,
               source_lang TEXT NOT NULL,
               target_lang TEXT NOT NULL,
               source TEXT NOT NULL,
               target TEXT NOT NULL,
               model TEXT NOT NULL DEFAULT '',
               meta TEXT NOT NULL DEFAULT '{}'
           )"""
    )


#: Step N (1-based) takes a database from user_version N-1 to N. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def _clean(text: str) -> str:
    """Make text storable and searchable; see the module's text policy."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # utf-16 round trip joins split surrogate pairs and replaces lone halves.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.replace("\x00", "\ufffd")


#: the text as the store keeps it (for whoever must match it exactly)
clean_text = _clean


def _clean_meta(meta: dict[str, Any] | None) -> dict[str, Any]:
    """Normalise to plain JSON now, so what the caller gets back equals what a
    reopened store returns (tuples become lists, odd objects become strings)."""
    if not meta:
        return {}
    return dict(json.loads(_clean(json.dumps(meta, ensure_ascii=False, default=str))))


def _fts_query(text: str) -> str:
    terms = []
    for word in _clean(text).split():
        if any(ch.isalnum() for ch in word):
            terms.append('"' + word.replace('"', '""') + '"*')
    return " AND ".join(terms)


def _has_fts5() -> bool:
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as probe:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.Error:
        return False


class _CorruptDatabase(Exception):
    pass


P = ParamSpec("P")
R = TypeVar("R")


Method = Callable[Concatenate["HistoryStore", P], R]


def _locked(method: Method[P, R]) -> Method[P, R]:
    """Serialise callers from several threads, and turn SQLite failures (disk
    full, closed store) into the one error type the UI knows how to explain."""

    @functools.wraps(method)
    def wrapper(self: HistoryStore, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise StorageError(f"History database error: {exc}") from exc

    return wrapper


class HistoryStore:
    """Missing ids raise ``KeyError`` on reads and updates; deletes of missing
    ids do nothing, so a double click or a race cannot crash the UI."""

    notice: str
    """Empty, or a plain sentence for the user when the old history had to be moved aside."""

    _CONVERSATION_SQL = """SELECT c.id, c.title, c.created_at, c.updated_at,
        (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id)
        FROM conversations c"""
    _MESSAGE_SQL = """SELECT id, conversation_id, role, content, created_at, status, meta
        FROM messages"""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice = ""
        self._lock = threading.RLock()
        self._last_time = 0.0
        if not _has_fts5():
            raise StorageError(
                "This copy of SQLite has no full-text search (FTS5), which Parley "
                "needs to keep its conversation history."
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create the folder {self.path.parent}: {exc}") from exc
        try:
            self._conn = self._open()
        except _CorruptDatabase:
            aside = self._move_aside()
            self._conn = self._open()
            self.notice = (
                "Your conversation history could not be read, so Parley started a new "
                f"one. The old file was kept as {aside}."
            )
        # a reply still "streaming" at open was cut off by a crash or kill: say so
        with self._lock, self._transaction(self._conn) as conn:
            conn.execute("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'")

    def _open(self) -> sqlite3.Connection:
        if self.path.exists():
            self._check_readable()
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per public write.
            conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=10
            )
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the history file {self.path}: {exc}") from exc
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StorageError(
                    f"The history file {self.path} was written by a newer version of "
                    f"{APP_NAME}. Update {APP_NAME} to open it."
                )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            # deleted text is overwritten, not left in free pages (see delete_history_before)
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA foreign_keys=ON")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                with self._transaction(conn):
                    MIGRATIONS[target - 1](conn)
                    conn.execute(f"PRAGMA user_version = {target}")
        except BaseException as exc:
            conn.close()
            self._raise_open_error(exc)
        return conn

    def _check_readable(self) -> None:
        """Check read-only first: a read-write connection would replay, checkpoint
        or delete the -wal file of a damaged database before we could keep it."""
        try:
            with contextlib.closing(
                sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True)
            ) as conn:
                if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise _CorruptDatabase
        except sqlite3.Error as exc:
            self._raise_open_error(exc)

    def _raise_open_error(self, exc: BaseException) -> NoReturn:
        """Only a damaged file is moved aside; a busy, locked or unreachable file must
        stay where it is and fail loudly instead."""
        code = getattr(exc, "sqlite_errorcode", None)
        # Python 3.10 has no error codes, but maps exactly CORRUPT/NOTADB to the base class.
        if (code is None and type(exc) is sqlite3.DatabaseError) or (code or 0) & 0xFF in _CORRUPT_CODES:
            raise _CorruptDatabase from exc
        if isinstance(exc, sqlite3.Error):
            raise StorageError(f"Cannot open the history file {self.path}: {exc}") from exc
        raise exc

    def _move_aside(self) -> Path:
        """Keep the damaged file (and its WAL, which may hold the newest data) under
        names SQLite still pairs up, so someone can try to recover it later."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        suffixes = ("", "-wal", "-shm")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while any(Path(f"{aside}{s}").exists() for s in suffixes):
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        try:
            for suffix in suffixes:
                if Path(f"{self.path}{suffix}").exists():
                    os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        except OSError as exc:
            raise StorageError(f"Cannot move the damaged history file aside: {exc}") from exc
        return aside

    @staticmethod
    @contextmanager
    def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _now(self) -> float:
        """Strictly increasing, so "most recent first" never ties on a coarse clock."""
        self._last_time = max(time.time(), self._last_time + 1e-6)
        return self._last_time

    def close(self) -> None:
        with self._lock:
            if hasattr(self, "_conn"):
                self._conn.close()

    @contextmanager
    def closed_for_deletion(self) -> Iterator[None]:
        """Close the database while the block runs (other threads wait on the lock),
        then open it again: a new, empty history if the block deleted the file. Lets
        "Delete all my data" remove the file under a running app whose services all
        hold this one store."""
        with self._lock:
            self._conn.close()
            try:
                yield
            finally:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    self._conn = self._open()
                except _CorruptDatabase:  # the block left a damaged file behind
                    self._move_aside()
                    self._conn = self._open()
                self.notice = ""

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # conversations

    @staticmethod
    def _title(title: str) -> str:
        return " ".join(_clean(title).split()) or DEFAULT_TITLE

    @_locked
    def create_conversation(self, title: str = DEFAULT_TITLE) -> Conversation:
        title, now = self._title(title), self._now()
        with self._transaction(self._conn) as conn:
            cur = conn.execute(
                "INSERT INTO conversations(title, created_at, updated_at) VALUES (?, ?, ?)",
                (title, now, now),
            )
        assert cur.lastrowid is not None
        return Conversation(cur.lastrowid, title, now, now, 0)

    @_locked
    def list_conversations(self) -> list[Conversation]:
        rows = self._conn.execute(self._CONVERSATION_SQL + " ORDER BY c.updated_at DESC, c.id DESC")
        return [Conversation(*row) for row in rows]

    @_locked
    def get_conversation(self, conversation_id: int) -> Conversation:
        sql = self._CONVERSATION_SQL + " WHERE c.id = ?"
        row = self._conn.execute(sql, (conversation_id,)).fetchone()
        if row is None:
            raise KeyError(f"no conversation {conversation_id}")
        return Conversation(*row)

    @_locked
    def rename_conversation(self, conversation_id: int, title: str) -> Conversation:
        with self._transaction(self._conn) as conn:
            sql = "UPDATE conversations SET title = ? WHERE id = ?"
            cur = conn.execute(sql, (self._title(title), conversation_id))
        if cur.rowcount == 0:
            raise KeyError(f"no conversation {conversation_id}")
        return self.get_conversation(conversation_id)

    @_locked
    def delete_conversation(self, conversation_id: int) -> None:
        with self._transaction(self._conn) as conn:
            conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    # messages

    @staticmethod
    def _message(row: tuple[Any, ...]) -> Message:
        mid, conv, role, content, created, status, meta = row
        return Message(mid, conv, role, content, created, status, json.loads(meta))

    @_locked
    def add_message(
        self, conversation_id: int, role: str, content: str, *, status: str = "ok",
        meta: dict[str, Any] | None = None,
    ) -> Message:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        content, clean_meta, now = _clean(content), _clean_meta(meta), self._now()
        with self._transaction(self._conn) as conn:
            bump = "UPDATE conversations SET updated_at = ? WHERE id = ?"
            if conn.execute(bump, (now, conversation_id)).rowcount == 0:
                raise KeyError(f"no conversation {conversation_id}")
            cur = conn.execute(
                "INSERT INTO messages(conversation_id, role, content, created_at, status, meta)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (conversation_id, role, content, now, status, json.dumps(clean_meta)),
            )
        assert cur.lastrowid is not None
        return Message(cur.lastrowid, conversation_id, role, content, now, status, clean_meta)

    @_locked
    def update_message(
        self, message_id: int, *, content: str | None = None, status: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Message:
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        with self._transaction(self._conn) as conn:
            old = self.get_message(message_id)
            new = dataclasses.replace(
                old,
                content=old.content if content is None else _clean(content),
                status=old.status if status is None else status,
                meta={**old.meta, **_clean_meta(meta)},
            )
            conn.execute(
                "UPDATE messages SET content = ?, status = ?, meta = ? WHERE id = ?",
                (new.content, new.status, json.dumps(new.meta), message_id),
            )
        return new

    @_locked
    def get_message(self, message_id: int) -> Message:
        row = self._conn.execute(self._MESSAGE_SQL + " WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise KeyError(f"no message {message_id}")
        return self._message(row)

    @_locked
    def messages(self, conversation_id: int) -> list[Message]:
        sql = self._MESSAGE_SQL + " WHERE conversation_id = ? ORDER BY id"
        return [self._message(row) for row in self._conn.execute(sql, (conversation_id,))]

    @_locked
    def delete_messages_from(self, message_id: int) -> int:
        """Used by "regenerate" and "edit and resend": the tail after a changed
        message no longer follows from it."""
        with self._transaction(self._conn) as conn:
            row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?", (message_id,))
            found = row.fetchone()
            if found is None:
                return 0
            sql = "DELETE FROM messages WHERE conversation_id = ? AND id >= ?"
            cur = conn.execute(sql, (found[0], message_id))
        return cur.rowcount

    # search and export

    @_locked
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        fts_query = _fts_query(query)
        if not fts_query or limit <= 0:
            return []
        rows = self._conn.execute(
            """SELECT m.conversation_id, c.title, m.id, m.role,
                      snippet(messages_fts, 0, '«', '»', '…', 16), m.created_at
               FROM messages_fts
               JOIN messages m ON m.id = messages_fts.rowid
               JOIN conversations c ON c.id = m.conversation_id
               WHERE messages_fts MATCH ?
               ORDER BY m.created_at DESC, m.id DESC LIMIT ?""",
            (fts_query, limit),
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    # ---- translations --------------------------------------------------------
    _TRANSLATION_SQL = "SELECT id, created_at, source_lang, target_lang, source, target, model, meta FROM translations"

    @staticmethod
    def _translation(row: tuple[Any, ...]) -> TranslationRecord:
        tid, created, src, tgt, source, target, model, meta = row
        return TranslationRecord(tid, created, src, tgt, source, target, model, json.loads(meta or "{}"))

    @_locked
    def add_translation(
        self, *, source_lang: str, target_lang: str, source: str, target: str, model: str = "",
        meta: dict[str, Any] | None = None,
    ) -> TranslationRecord:
        values = (self._now(), source_lang, target_lang, _clean(source), _clean(target), model, json.dumps(_clean_meta(meta)))
        with self._transaction(self._conn) as conn:
            cur = conn.execute(
                "INSERT INTO translations(created_at, source_lang, target_lang, source, target, model, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        assert cur.lastrowid is not None
        return self._translation((cur.lastrowid, *values))

    @_locked
    def translations(self, limit: int = 200) -> list[TranslationRecord]:
        """Newest first."""
        rows = self._conn.execute(self._TRANSLATION_SQL + " ORDER BY id DESC LIMIT ?", (limit,))
        return [self._translation(r) for r in rows]

    @_locked
    def delete_translation(self, translation_id: int) -> None:
        with self._transaction(self._conn) as conn:
            conn.execute("DELETE FROM translations WHERE id = ?", (translation_id,))

    @_locked
    def clear_translations(self) -> int:
        with self._transaction(self._conn) as conn:
            return conn.execute("DELETE FROM translations").rowcount

    # ---- retention and deletion ------------------------------------------------
    @_locked
    def delete_history_before(self, cutoff: float) -> tuple[int, int]:
        """Delete conversations not updated since ``cutoff`` (a ``time.time()`` value;
        their messages go with them) and translations made before it. Returns
        (conversations, translations) deleted. Used by the retention setting."""
        with self._transaction(self._conn) as conn:
            convs = conn.execute("DELETE FROM conversations WHERE updated_at < ?", (cutoff,)).rowcount
            trans = conn.execute("DELETE FROM translations WHERE created_at < ?", (cutoff,)).rowcount
        if convs or trans:
            self._scrub()
        return convs, trans

    @_locked
    def delete_all_history(self) -> tuple[int, int]:
        """Every conversation, message and translation; the file stays, empty."""
        with self._transaction(self._conn) as conn:
            convs = conn.execute("DELETE FROM conversations").rowcount
            trans = conn.execute("DELETE FROM translations").rowcount
        self._scrub()
        return convs, trans

    def _scrub(self) -> None:
        """Deleted must mean gone from the files, not just from the app: secure_delete
        (set at open) zeroes freed pages, FTS5 keeps a deleted message's words in older
        index segments until they are merged ("optimize"), and the WAL keeps old page
        versions until a checkpoint copies the zeroed ones over and truncates it."""
        with self._transaction(self._conn) as conn:
            conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @_locked
    def export_markdown(self, conversation_id: int) -> str:
        conversation = self.get_conversation(conversation_id)
        parts = [f"# {conversation.title}\n"]
        for m in self.messages(conversation_id):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(m.created_at))
            parts.append(f"\n### {_ROLE_LABELS.get(m.role, m.role)} · {when}\n\n{m.content}\n")
            if m.status == "interrupted":
                parts.append("\n*(interrupted)*\n")
            elif m.status == "error":
                error = m.meta.get("error")
                parts.append(f"\n*(error{': ' + str(error) if error else ''})*\n")
        return "".join(parts)

    @_locked
    def export_json(self, conversation_id: int) -> str:
        conversation = self.get_conversation(conversation_id)
        data = {
            "id": conversation.id,
            "title": conversation.title,
            "created_at": conversation.created_at,
            "updated_at": conversation.updated_at,
            "messages": [
                {key: getattr(m, key) for key in _EXPORTED_FIELDS}
                for m in self.messages(conversation_id)
            ],
            "exported_by": f"{APP_NAME} {__version__}",
        }
        return json.dumps(data, indent=2, ensure_ascii=False)
