"""HistoryStore: SQLite history, full-text search, corruption recovery, exports."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import assistant
from assistant import store as store_module
from assistant.errors import StorageError
from assistant.store import SCHEMA_VERSION, Conversation, HistoryStore, Message, SearchHit

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(db_path)
    yield s
    s.close()


def fts_consistent(s: HistoryStore) -> None:
    """Raises if the external-content index disagrees with the messages table."""
    s._conn.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")


# --- conversations -----------------------------------------------------------


def test_create_and_get_conversation(store: HistoryStore) -> None:
    c = store.create_conversation("Trip to Lisbon")
    assert isinstance(c, Conversation)
    assert c.title == "Trip to Lisbon" and c.message_count == 0
    assert c.created_at == c.updated_at > 0
    assert store.get_conversation(c.id) == c
    assert store.create_conversation().title == "New chat"


def test_title_is_tidied(store: HistoryStore) -> None:
    assert store.create_conversation("  two\nlines  ").title == "two lines"
    assert store.create_conversation("   ").title == "New chat"


def test_get_missing_conversation_raises_keyerror(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.get_conversation(12345)
    with pytest.raises(KeyError):
        store.rename_conversation(12345, "x")
    with pytest.raises(KeyError):
        store.add_message(12345, "user", "hi")


def test_rename_conversation(store: HistoryStore) -> None:
    c = store.create_conversation()
    renamed = store.rename_conversation(c.id, "Recipes")
    assert renamed.title == "Recipes"
    assert store.get_conversation(c.id).title == "Recipes"


def test_list_orders_by_most_recently_updated(store: HistoryStore) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    c = store.create_conversation("c")
    assert [x.title for x in store.list_conversations()] == ["c", "b", "a"]
    store.add_message(a.id, "user", "bump")
    assert [x.title for x in store.list_conversations()] == ["a", "c", "b"]
    store.add_message(b.id, "user", "bump")
    listed = store.list_conversations()
    assert [x.title for x in listed] == ["b", "a", "c"]
    assert [x.message_count for x in listed] == [1, 1, 0]
    assert c.id in {x.id for x in listed}


def test_add_message_bumps_updated_at(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "user", "hello")
    after = store.get_conversation(c.id)
    assert after.updated_at > c.updated_at
    assert after.updated_at == m.created_at
    assert after.created_at == c.created_at
    assert after.message_count == 1


def test_delete_conversation_cascades_to_messages(store: HistoryStore) -> None:
    keep = store.create_conversation("keep")
    gone = store.create_conversation("gone")
    kept = store.add_message(keep.id, "user", "keeper words")
    doomed = [store.add_message(gone.id, "user", f"doomed words {i}") for i in range(3)]
    store.delete_conversation(gone.id)
    with pytest.raises(KeyError):
        store.get_conversation(gone.id)
    for m in doomed:
        with pytest.raises(KeyError):
            store.get_message(m.id)
    assert store.messages(gone.id) == []
    assert store.messages(keep.id) == [kept]
    assert store.search("doomed") == []
    assert [h.message_id for h in store.search("keeper")] == [kept.id]
    fts_consistent(store)
    store.delete_conversation(gone.id)  # deleting twice is harmless


def test_ids_are_never_reused(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "user", "one")
    store.delete_messages_from(m.id)
    assert store.add_message(c.id, "user", "two").id > m.id
    store.delete_conversation(c.id)
    assert store.create_conversation().id > c.id


# --- messages ----------------------------------------------------------------


def test_add_and_get_message(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "assistant", "Hi!", status="streaming", meta={"model": "qwen"})
    assert isinstance(m, Message)
    assert (m.conversation_id, m.role, m.content, m.status, m.meta) == (
        c.id, "assistant", "Hi!", "streaming", {"model": "qwen"},
    )
    assert store.get_message(m.id) == m
    with pytest.raises(KeyError):
        store.get_message(99999)


@pytest.mark.parametrize("kwargs", [{"role": "robot"}, {"role": "user", "status": "weird"}])
def test_add_message_rejects_unknown_role_or_status(store: HistoryStore, kwargs: dict) -> None:
    c = store.create_conversation()
    with pytest.raises(ValueError):
        store.add_message(c.id, content="x", **kwargs)
    assert store.messages(c.id) == []


def test_messages_oldest_first(store: HistoryStore) -> None:
    c = store.create_conversation()
    other = store.create_conversation()
    ids = []
    for i in range(5):
        ids.append(store.add_message(c.id, "user" if i % 2 == 0 else "assistant", f"m{i}").id)
        store.add_message(other.id, "user", "noise")
    got = store.messages(c.id)
    assert [m.id for m in got] == ids
    assert [m.content for m in got] == [f"m{i}" for i in range(5)]
    assert [m.created_at for m in got] == sorted(m.created_at for m in got)


def test_update_message_merges_meta_and_reindexes(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "assistant", "", status="streaming", meta={"model": "qwen"})
    store.update_message(m.id, content="partial answer about zebras")
    done = store.update_message(m.id, status="ok", meta={"tokens": 12, "ttft_ms": 80.5})
    assert done.content == "partial answer about zebras"
    assert done.status == "ok"
    assert done.meta == {"model": "qwen", "tokens": 12, "ttft_ms": 80.5}
    assert store.get_message(m.id) == done
    assert [h.message_id for h in store.search("zebras")] == [m.id]
    store.update_message(m.id, content="now about giraffes")
    assert store.search("zebras") == []
    assert [h.message_id for h in store.search("giraffe")] == [m.id]
    fts_consistent(store)
    with pytest.raises(KeyError):
        store.update_message(424242, content="x")
    with pytest.raises(ValueError):
        store.update_message(m.id, status="bogus")


def test_delete_messages_from(store: HistoryStore) -> None:
    c = store.create_conversation()
    other = store.create_conversation()
    ms = [store.add_message(c.id, "user", f"turn number {i}") for i in range(6)]
    survivor = store.add_message(other.id, "user", "turn number elsewhere")
    assert store.delete_messages_from(ms[3].id) == 3
    assert [m.id for m in store.messages(c.id)] == [m.id for m in ms[:3]]
    assert store.messages(other.id) == [survivor]
    assert store.get_conversation(c.id).message_count == 3
    assert len(store.search("turn number")) == 4
    fts_consistent(store)
    assert store.delete_messages_from(ms[3].id) == 0  # already gone


# --- search ------------------------------------------------------------------


def test_search_finds_words_with_markers(store: HistoryStore) -> None:
    c = store.create_conversation("Cooking")
    store.add_message(c.id, "user", "How long should I boil an egg?")
    a = store.add_message(c.id, "assistant", "Boil the egg for nine minutes.")
    store.add_message(c.id, "user", "Thanks, and pasta?")
    hits = store.search("egg nine")
    assert len(hits) == 1
    hit = hits[0]
    assert isinstance(hit, SearchHit)
    assert (hit.conversation_id, hit.conversation_title, hit.message_id, hit.role) == (
        c.id, "Cooking", a.id, "assistant",
    )
    assert hit.created_at == a.created_at
    assert "«egg»" in hit.snippet and "«nine»" in hit.snippet


def test_search_prefix_and_newest_first(store: HistoryStore) -> None:
    c = store.create_conversation()
    first = store.add_message(c.id, "user", "photosynthesis basics")
    second = store.add_message(c.id, "assistant", "Photons drive it")
    store.add_message(c.id, "user", "unrelated")
    assert [h.message_id for h in store.search("phot")] == [second.id, first.id]
    assert [h.message_id for h in store.search("phot", limit=1)] == [second.id]
    assert store.search("phot", limit=0) == []


def test_search_is_case_and_accent_insensitive(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "user", "Un café crème à Zürich, s'il vous plaît")
    for query in ("cafe", "CAFÉ", "creme", "zurich", "ZÜRICH", "plait"):
        assert [h.message_id for h in store.search(query)] == [m.id], query
    assert "«café»" in store.search("cafe")[0].snippet


def test_search_non_latin_scripts(store: HistoryStore) -> None:
    c = store.create_conversation()
    ru = store.add_message(c.id, "user", "Привет, как дела?")
    el = store.add_message(c.id, "user", "Καλημέρα κόσμε")
    assert [h.message_id for h in store.search("привет")] == [ru.id]
    assert [h.message_id for h in store.search("καλημέρα")] == [el.id]  # case folded


HOSTILE_QUERIES = [
    "",
    "   ",
    '"',
    '""',
    '"unbalanced',
    "AND",
    "OR NOT",
    "egg AND",
    "NEAR(egg nine)",
    "*",
    "egg*",
    "**",
    ":",
    "content:egg",
    "messages_fts:egg",
    "(",
    ")",
    "(egg",
    "egg)",
    "^egg",
    "-egg",
    "+",
    "{content}: egg",
    "'; DROP TABLE messages; --",
    "\x00",
    "egg\x00nine",
    "🥚",
    "🥚 egg",
    "🎉",
    "\ud800",
    "egg \udfff",
    "\ud83d\ude00",
    "a" * 5000,
    " ".join(["egg"] * 300),
    "ﷺ ‮ ‏",
    "\\",
    "%_",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_search_accepts_any_text(store: HistoryStore, query: str) -> None:
    c = store.create_conversation()
    store.add_message(c.id, "user", "Boil the egg for nine minutes, say (egg) AND eggs.")
    hits = store.search(query)
    assert isinstance(hits, list)
    assert all(isinstance(h, SearchHit) for h in hits)
    assert store.messages(c.id)  # the table is still there


def test_search_operator_words_are_words(store: HistoryStore) -> None:
    c = store.create_conversation()
    plain = store.add_message(c.id, "user", "Boil the egg")
    literal = store.add_message(c.id, "user", "egg and content: not or near")
    assert [h.message_id for h in store.search("egg")] == [literal.id, plain.id]
    assert [h.message_id for h in store.search("egg AND")] == [literal.id]
    assert [h.message_id for h in store.search("content:")] == [literal.id]
    assert [h.message_id for h in store.search("NOT egg")] == [literal.id]
    assert [h.message_id for h in store.search("egg OR boil")] == []
    assert [h.message_id for h in store.search("NEAR( egg")] == [literal.id]


@pytest.mark.parametrize("query", ["", "   ", "\x00", "🎉", ":", "*", "\ud800", "- ( ) *"])
def test_search_without_words_returns_nothing(store: HistoryStore, query: str) -> None:
    c = store.create_conversation()
    store.add_message(c.id, "user", "egg")
    assert store.search(query) == []


@pytest.mark.parametrize(
    "query", ['"egg', "egg)", "(egg", "-egg", "^egg", "egg\x00", "🎉egg", "EGG*", "egg:"]
)
def test_search_operators_are_treated_as_text(store: HistoryStore, query: str) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "user", "Boil the egg")
    store.add_message(c.id, "user", "nothing to see")
    assert [h.message_id for h in store.search(query)] == [m.id]


# --- odd text ------------------------------------------------------------------


def test_unicode_round_trips(store: HistoryStore) -> None:
    text = "emoji 🥚🍳👩‍👩‍👧, RTL שלום, CJK 你好, combining e\u0301, tabs\tand\nnewlines\n"
    c = store.create_conversation("🍳 Breakfast")
    m = store.add_message(c.id, "user", text, meta={"note": "ünïcödé ✓"})
    assert store.get_message(m.id).content == text
    assert store.get_message(m.id).meta == {"note": "ünïcödé ✓"}
    assert store.get_conversation(c.id).title == "🍳 Breakfast"


def test_lone_surrogates_and_nul_are_stored_as_replacement_char(store: HistoryStore) -> None:
    c = store.create_conversation("bad \ud800 title")
    m = store.add_message(c.id, "user", "a\ud800b\x00c \ud83d\ude00", meta={"error": "x\udfff"})
    assert m.content == "a\ufffdb\ufffdc 😀"
    assert store.get_message(m.id) == m
    assert m.meta == {"error": "x\ufffd"}
    assert store.get_conversation(c.id).title == "bad \ufffd title"
    updated = store.update_message(m.id, content="again \udc80 ok\x00")
    assert updated.content == "again \ufffd ok\ufffd"
    store.export_json(c.id).encode("utf-8")
    store.export_markdown(c.id).encode("utf-8")
    fts_consistent(store)


def test_meta_is_plain_json(store: HistoryStore) -> None:
    c = store.create_conversation()
    m = store.add_message(c.id, "assistant", "x", meta={"pair": (1, 2), "path": Path("/m")})
    assert m.meta == {"pair": [1, 2], "path": "/m"}
    assert store.get_message(m.id).meta == m.meta


# --- durability and files -------------------------------------------------------


def test_reopen_keeps_everything(db_path: Path) -> None:
    s = HistoryStore(db_path)
    c = s.create_conversation("Persisted")
    m1 = s.add_message(c.id, "user", "remember the walrus")
    m2 = s.add_message(c.id, "assistant", "I will", status="interrupted", meta={"tokens": 3})
    s.close()
    s2 = HistoryStore(db_path)
    try:
        assert s2.notice == ""
        assert s2.list_conversations() == [s2.get_conversation(c.id)]
        assert s2.get_conversation(c.id).message_count == 2
        assert s2.messages(c.id) == [m1, m2]
        assert [h.message_id for h in s2.search("walrus")] == [m1.id]
    finally:
        s2.close()


def test_pragmas_wal_sync_foreign_keys_and_version(store: HistoryStore, db_path: Path) -> None:
    c = store.create_conversation()
    store.add_message(c.id, "user", "hello")
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert Path(f"{db_path}-wal").exists()
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert other.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
        # a second connection sees the committed write immediately
        assert other.execute("SELECT content FROM messages").fetchall() == [("hello",)]
    finally:
        other.close()


def test_old_unversioned_file_is_migrated(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    sqlite3.connect(db_path).close()  # an empty, version-0 database
    s = HistoryStore(db_path)
    try:
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.create_conversation().id == 1
    finally:
        s.close()


def test_newer_schema_is_refused_not_moved(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        HistoryStore(db_path)
    assert db_path.exists()
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_migrations_is_an_ordered_list_ending_at_schema_version() -> None:
    assert store_module.SCHEMA_VERSION == len(store_module.MIGRATIONS) == 2
    assert all(callable(step) for step in store_module.MIGRATIONS)


def test_not_a_database_is_moved_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is certainly not SQLite\n" * 200
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").write_bytes(b"stale wal")
    s = HistoryStore(db_path)
    try:
        moved = list(db_path.parent.glob("history.sqlite3.corrupt-*"))
        main = [p for p in moved if not p.name.endswith(("-wal", "-shm"))]
        assert len(main) == 1
        assert main[0].read_bytes() == garbage
        assert Path(f"{main[0]}-wal").read_bytes() == b"stale wal"
        assert str(main[0]) in s.notice
        assert s.notice.endswith(".")
        c = s.create_conversation()
        s.add_message(c.id, "user", "fresh start")
        assert len(s.search("fresh")) == 1
    finally:
        s.close()
    again = HistoryStore(db_path)  # the fresh file is healthy: no new notice
    assert again.notice == ""
    again.close()


def test_damaged_pages_are_detected_by_quick_check(db_path: Path) -> None:
    s = HistoryStore(db_path)
    c = s.create_conversation()
    for i in range(300):
        s.add_message(c.id, "user", f"message {i} " + "lorem ipsum " * 40)
    s.close()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 20 * 4096
    for page in range(2, len(data) // 4096, 3):  # scribble over many b-tree pages
        data[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    s2 = HistoryStore(db_path)
    try:
        assert "corrupt-" in s2.notice
        assert s2.list_conversations() == []
    finally:
        s2.close()


def test_two_corruptions_in_the_same_second_do_not_collide(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    notices = []
    for _ in range(2):
        db_path.write_bytes(b"garbage" * 100)
        s = HistoryStore(db_path)
        notices.append(s.notice)
        s.close()
    assert notices[0] != notices[1]
    assert len(list(db_path.parent.glob("*.corrupt-*"))) == 2


def test_unopenable_path_raises_storage_error_without_moving(tmp_path: Path) -> None:
    target = tmp_path / "is_a_directory"
    target.mkdir()
    with pytest.raises(StorageError):
        HistoryStore(target)
    assert target.is_dir()
    assert not list(tmp_path.glob("*.corrupt-*"))


@pytest.mark.parametrize(
    ("error", "moved_aside"),
    [
        (sqlite3.DatabaseError("file is not a database"), True),  # Python 3.10: no error code
        (sqlite3.OperationalError("database is locked"), False),
        (sqlite3.OperationalError("unable to open database file"), False),
    ],
)
def test_only_damage_counts_as_corruption(
    store: HistoryStore, error: sqlite3.Error, moved_aside: bool
) -> None:
    expected = store_module._CorruptDatabase if moved_aside else StorageError
    with pytest.raises(expected):
        store._raise_open_error(error)


def test_missing_fts5_is_a_plain_storage_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store_module._has_fts5()
    monkeypatch.setattr(store_module, "_has_fts5", lambda: False)
    with pytest.raises(StorageError, match="FTS5"):
        HistoryStore(db_path)


def test_use_after_close_raises_storage_error(db_path: Path) -> None:
    s = HistoryStore(db_path)
    s.close()
    with pytest.raises(StorageError):
        s.list_conversations()
    s.close()  # closing twice is fine


KILL_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from assistant.store import HistoryStore
s = HistoryStore(Path(sys.argv[1]))
c = s.create_conversation()
i = 0
while True:
    m = s.add_message(c.id, "user", f"acknowledged {i}")
    print(m.id, flush=True)
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX kill -9")
def test_acknowledged_messages_survive_kill_9(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_CHILD, str(db_path), str(REPO_ROOT)],
        stdout=subprocess.PIPE,
        text=True,
    )
    acked = []
    assert child.stdout is not None
    for line in child.stdout:
        acked.append(int(line))
        if len(acked) >= 50:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    s = HistoryStore(db_path)
    try:
        assert s.notice == ""
        stored = {m.id for c in s.list_conversations() for m in s.messages(c.id)}
        assert set(acked) <= stored
        fts_consistent(s)
    finally:
        s.close()


def test_two_threads_writing_and_reading(store: HistoryStore) -> None:
    errors: list[BaseException] = []
    conversations = [store.create_conversation(f"thread {n}") for n in range(2)]

    def work(c: Conversation) -> None:
        try:
            for i in range(200):
                m = store.add_message(c.id, "user", f"parallel message {i}")
                store.update_message(m.id, meta={"i": i})
                if i % 20 == 0:
                    store.messages(c.id)
                    store.search("parallel")
                    store.list_conversations()
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in conversations]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    for c in conversations:
        msgs = store.messages(c.id)
        assert [m.meta["i"] for m in msgs] == list(range(200))
        assert store.get_conversation(c.id).message_count == 200
    assert len(store.search("parallel", limit=1000)) == 400
    fts_consistent(store)


# --- export --------------------------------------------------------------------


@pytest.fixture
def chat(store: HistoryStore) -> Conversation:
    c = store.create_conversation("Egg advice")
    store.add_message(c.id, "system", "Be brief.")
    store.add_message(c.id, "user", "How long for a *soft* egg?\n\n```\ncode stays\n```")
    store.add_message(c.id, "assistant", "Six minutes.", meta={"model": "qwen", "tokens": 4})
    store.add_message(c.id, "user", "And hard?")
    store.add_message(c.id, "assistant", "Ten min", status="interrupted")
    store.add_message(c.id, "assistant", "", status="error", meta={"error": "out of memory"})
    return store.get_conversation(c.id)


def test_export_markdown(store: HistoryStore, chat: Conversation) -> None:
    md = store.export_markdown(chat.id)
    assert md.startswith("# Egg advice\n")
    lines = md.splitlines()
    headings = [line for line in lines if line.startswith("### ")]
    assert [h.split(" · ")[0] for h in headings] == [
        "### System", "### You", "### Parley", "### You", "### Parley", "### Parley",
    ]
    assert all(len(h.split(" · ")[1]) == len("2025-01-01 12:00") for h in headings)
    assert "How long for a *soft* egg?\n\n```\ncode stays\n```\n" in md  # verbatim
    assert md.count("*(interrupted)*") == 1
    assert md.index("Ten min") < md.index("*(interrupted)*")
    assert "*(error: out of memory)*" in md
    assert md.index("Six minutes.") < md.index("And hard?")


def test_export_json(store: HistoryStore, chat: Conversation) -> None:
    text = store.export_json(chat.id)
    assert "\n  " in text  # pretty
    data = json.loads(text)
    assert set(data) == {"id", "title", "created_at", "updated_at", "messages", "exported_by"}
    assert data["id"] == chat.id and data["title"] == "Egg advice"
    assert data["created_at"] == chat.created_at and data["updated_at"] == chat.updated_at
    assert data["exported_by"] == f"Parley {assistant.__version__}"
    assert [m["role"] for m in data["messages"]] == [
        "system", "user", "assistant", "user", "assistant", "assistant",
    ]
    assert set(data["messages"][0]) == {"role", "content", "created_at", "status", "meta"}
    assert data["messages"][2]["meta"] == {"model": "qwen", "tokens": 4}
    assert data["messages"][4]["status"] == "interrupted"
    assert data["messages"][1]["content"].endswith("```\ncode stays\n```")


def test_export_missing_conversation_raises_keyerror(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.export_markdown(7)
    with pytest.raises(KeyError):
        store.export_json(7)


def test_reply_left_streaming_by_a_crash_is_marked_interrupted_on_open(tmp_path):
    path = tmp_path / "h.sqlite3"
    s = HistoryStore(path)
    c = s.create_conversation()
    s.add_message(c.id, "user", "q")
    m = s.add_message(c.id, "assistant", "half an ans", status="streaming")
    s.close()
    s2 = HistoryStore(path)
    assert s2.get_message(m.id).status == "interrupted" and s2.get_message(m.id).content == "half an ans"
    s2.close()


def test_first_released_schema_opens_with_every_message(tmp_path: Path) -> None:
    """tests/fixtures/history-schema-v1.sqlite3 was written by the first released
    store (schema 1); it must open in the current schema with all its messages."""
    import shutil

    db = tmp_path / "history.sqlite3"
    shutil.copy(REPO_ROOT / "tests" / "fixtures" / "history-schema-v1.sqlite3", db)
    with HistoryStore(db) as s:
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        titles = sorted(c.title for c in s.list_conversations())
        assert titles == ["Code", "Trip to Lyon"]
        contents = [m.content for c in s.list_conversations() for m in s.messages(c.id)]
        assert len(contents) == 5
        assert "It leaves at **8:15** from platform 3. 🚆" in contents
        assert "مرحبا — שלום — 日本語" in contents
        code = next(c for c in s.list_conversations() if c.title == "Code")
        assert s.messages(code.id)[1].status == "interrupted" and s.messages(code.id)[1].meta == {"model": "SmolLM2"}
        assert [h.role for h in s.search("Lyon")] == ["user"]
        s.add_translation(source_lang="en", target_lang="fr", source="Hi.", target="Salut.")  # the new table works
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
