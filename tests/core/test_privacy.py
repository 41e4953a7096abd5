"""Retention and "delete all my data" (assistant/privacy.py and the HistoryStore
methods under them), with a clock the tests set."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest

from assistant import cli
from assistant.config import Settings, load_settings, save_settings
from assistant.logs import setup_logging
from assistant.paths import AppPaths
from assistant.privacy import (
    DAY_S,
    RETENTION_LABELS,
    apply_retention,
    data_locations,
    describe_forget,
    forget_all,
)
from assistant.store import HistoryStore

T0 = 1_700_000_000.0  # "now" in these tests


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def at(store: HistoryStore, when: float) -> None:
    """Set the store's clock: what it writes next is stamped ``when``."""
    store._now = lambda: when  # noqa: SLF001 - the store's one clock


def conversation(store: HistoryStore, title: str, when: float, text: str = "hello") -> int:
    at(store, when)
    c = store.create_conversation(title)
    store.add_message(c.id, "user", text)
    return c.id


def translation(store: HistoryStore, when: float, text: str = "bonjour") -> int:
    at(store, when)
    return store.add_translation(source_lang="fr", target_lang="en", source=text, target="hello").id


def test_30_days_deletes_what_was_not_updated_in_30_days(store):
    old = conversation(store, "Old", T0 - 40 * DAY_S)
    revived = conversation(store, "Old but used again", T0 - 60 * DAY_S)
    at(store, T0 - 2 * DAY_S)
    store.add_message(revived, "user", "and another thing")  # a new message counts as an update
    edge = conversation(store, "29 days", T0 - 29 * DAY_S)
    recent = conversation(store, "Today", T0 - 60)
    old_tr, new_tr = translation(store, T0 - 31 * DAY_S), translation(store, T0 - DAY_S)

    result = apply_retention(store, "30d", now=T0)

    assert (result.conversations, result.translations, result.deleted) == (1, 1, True)
    assert {c.id for c in store.list_conversations()} == {revived, edge, recent}
    with pytest.raises(KeyError):
        store.get_conversation(old)
    assert store.search("hello") and all(h.conversation_id != old for h in store.search("hello"))
    assert [t.id for t in store.translations()] == [new_tr] and old_tr != new_tr
    # a second pass has nothing left to do
    assert not apply_retention(store, "30d", now=T0).deleted


def test_none_deletes_all_history_and_forever_keeps_it(store):
    for i in range(3):
        conversation(store, f"c{i}", T0 - i * 400 * DAY_S)
    translation(store, T0 - 1000 * DAY_S)
    assert apply_retention(store, "forever", now=T0) == apply_retention(store, "forever")
    assert not apply_retention(store, "forever", now=T0 + 10_000 * DAY_S).deleted
    assert not apply_retention(store, "bogus", now=T0 + 10_000 * DAY_S).deleted, "an unknown value keeps everything"
    assert len(store.list_conversations()) == 3
    result = apply_retention(store, "none")
    assert (result.conversations, result.translations) == (3, 1)
    assert store.list_conversations() == [] and store.translations() == [] and store.search("hello") == []
    new = store.create_conversation("after")  # the store goes on working, ids are not reused
    assert new.id > 3


def test_deleted_text_is_gone_from_the_files(tmp_path):
    """Not only hidden: the words are not in the database or its WAL any more
    (secure_delete, FTS5 segments merged, WAL checkpointed)."""
    path = tmp_path / "history.sqlite3"
    secret = "xylophonesecret"
    with HistoryStore(path) as s:
        for i in range(30):  # several FTS5 segments
            conversation(s, f"chat {i}", T0 - 90 * DAY_S, f"my {secret}{i % 3} number {i}")
        kept = conversation(s, "kept", T0, "nothing to hide")
        translation(s, T0 - 90 * DAY_S, f"le {secret}")

        def on_disk() -> bytes:
            return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("history.sqlite3"))

        assert secret.encode() in on_disk()
        apply_retention(s, "30d", now=T0)
        assert secret.encode() not in on_disk()
        assert [c.id for c in s.list_conversations()] == [kept] and s.search("hide")


def test_retention_labels_cover_every_setting():
    assert [v for v, _ in RETENTION_LABELS] == ["forever", "30d", "none"]


# ---- the setting -------------------------------------------------------------------


def test_retention_setting_defaults_migrates_and_validates(tmp_path):
    assert Settings().history_retention == "forever"
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "theme": "dark"}))  # written before the setting existed
    s = load_settings(path).settings
    assert (s.history_retention, s.theme) == ("forever", "dark")
    save_settings(s.replace(history_retention="30d"), path)
    assert load_settings(path).settings.history_retention == "30d"
    assert Settings().replace(history_retention="a week").history_retention == "forever"


# ---- delete all my data ------------------------------------------------------------------


def fill(paths: AppPaths) -> HistoryStore:
    """Some of everything Parley keeps."""
    store = HistoryStore(paths.history_db)
    conversation(store, "secret plans", T0)
    translation(store, T0)
    save_settings(Settings(theme="dark", history_retention="30d"), paths.settings_file)
    paths.glossary_file.write_text('{"terms": []}')
    (paths.config_dir / "window.ini").write_text("[General]\n")
    (paths.models_dir / "llm").mkdir(parents=True)
    (paths.models_dir / "llm" / "mine.gguf").write_bytes(b"GGUF" + bytes(1000))
    (paths.assembled_models_dir / "gemma").mkdir(parents=True)
    (paths.assembled_models_dir / "gemma" / "model.gguf").write_bytes(bytes(5000))
    (paths.log_dir / "engine.log").write_text("engine says hi\n")
    return store


def test_forget_all_deletes_every_folder_and_the_open_store_goes_on(tmp_path):
    paths = AppPaths.under(tmp_path / "parley").ensure()
    outside = tmp_path / "my-own-model.gguf"  # opened in place: the user's file, not ours
    outside.write_bytes(b"GGUF")
    store = fill(paths)
    setup_logging(paths)
    logging.getLogger("parley").info("before")
    try:
        report = forget_all(paths, store=store)
        assert report.ok and report.bytes_freed > 6000
        assert set(report.removed) == {loc.path for loc in data_locations(paths)}
        # what is there now: an empty history (reopened) and a new, empty log
        base = tmp_path / "parley"
        left = sorted(
            str(p.relative_to(base)) for p in base.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))
        )
        assert left == ["data/history.sqlite3", "logs/parley.log"], left
        assert store.list_conversations() == [] and store.translations() == []
        c = store.create_conversation("a fresh start")
        assert store.get_conversation(c.id).title == "a fresh start"
        logging.getLogger("parley").info("after")
        log_text = (paths.log_dir / "parley.log").read_text()
        assert "after" in log_text and "before" not in log_text
        assert load_settings(paths.settings_file).settings == Settings()
        assert outside.exists()
    finally:
        store.close()
        for h in list(logging.getLogger("parley").handlers):
            logging.getLogger("parley").removeHandler(h)
            h.close()


def test_forget_all_without_a_store_or_anything_to_delete(tmp_path):
    paths = AppPaths.under(tmp_path).ensure()
    fill(paths).close()
    report = forget_all(paths)
    assert report.ok and not any(loc.path.exists() for loc in data_locations(paths))
    again = forget_all(paths)
    assert again.ok and again.removed == () and again.bytes_freed == 0


def test_nested_folders_are_deleted_once(tmp_path):
    """On Windows the settings, cache and logs live inside the data folder."""
    data = tmp_path / "Parley"
    paths = AppPaths(
        config_dir=data, data_dir=data, models_dir=data / "models", cache_dir=data / "Cache", log_dir=data / "Logs"
    )
    assert [loc.path for loc in data_locations(paths)] == [data]
    paths2 = AppPaths(
        config_dir=data / "c", data_dir=data / "d", models_dir=data / "d" / "m", cache_dir=data / "k", log_dir=data
    )
    assert [loc.path for loc in data_locations(paths2)] == [data], "a later folder holding the earlier ones"


def test_refuses_to_delete_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "precious.txt").write_text("keep me")
    paths = AppPaths(
        config_dir=tmp_path,
        data_dir=tmp_path / "d",
        models_dir=tmp_path / "d" / "m",
        cache_dir=tmp_path / "c",
        log_dir=tmp_path / "l",
    )
    with pytest.raises(ValueError, match="refusing"):
        forget_all(paths)
    assert (tmp_path / "precious.txt").exists()


def test_confirmation_says_what_goes_and_what_stays(tmp_path):
    paths = AppPaths.under(tmp_path)
    text = describe_forget(paths)
    for loc in data_locations(paths):
        assert str(loc.path) in text
    assert "rebuilt from the installed packages" in text and "cannot be undone" in text


# ---- the command line ---------------------------------------------------------------------


def test_cli_forget_all_yes(tmp_path, capsys):
    paths = AppPaths.under(tmp_path).ensure()
    fill(paths).close()
    assert cli.main(["forget", "--all", "--yes", "--basedir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "This deletes everything" in err and "Deleted" in out and " MB." in out
    assert not paths.history_db.exists() and not paths.settings_file.exists() and not paths.models_dir.exists()
    assert "forget" in cli.COMMANDS


def test_cli_forget_asks_and_deletes_nothing_without_an_answer(tmp_path, capsys, monkeypatch):
    paths = AppPaths.under(tmp_path).ensure()
    fill(paths).close()

    class Tty:
        def __init__(self, answer: str) -> None:
            self.answer = answer

        def isatty(self) -> bool:
            return True

        def readline(self) -> str:
            return self.answer

    monkeypatch.setattr(sys, "stdin", Tty("no\n"))
    assert cli.main(["forget", "--all", "--basedir", str(tmp_path)]) == 1
    assert paths.history_db.exists() and paths.settings_file.exists()
    monkeypatch.setattr(sys, "stdin", Tty("delete\n"))
    assert cli.main(["forget", "--all", "--basedir", str(tmp_path)]) == 0
    assert not paths.history_db.exists()


def test_cli_forget_needs_all_and_a_terminal_or_yes(tmp_path, capsys, monkeypatch):
    paths = AppPaths.under(tmp_path).ensure()
    fill(paths).close()
    with pytest.raises(SystemExit) as exc:
        cli.main(["forget", "--basedir", str(tmp_path)])
    assert exc.value.code == 2
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))  # noqa: SIM115 - not a terminal
    assert cli.main(["forget", "--all", "--basedir", str(tmp_path)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert paths.history_db.exists() and Path(paths.settings_file).exists()


# ---- library telemetry --------------------------------------------------------------------


def test_engine_libraries_run_offline_and_without_telemetry(monkeypatch):
    """onnxruntime 1.32 (Piper, Whisper's VAD) reports usage to Microsoft from Linux
    unless ORT_DISABLE_TELEMETRY=1: found under strace by tests/e2e/test_privacy.py.
    The engine process, the adapters and main.py all set it, over any other value."""
    import main
    from assistant.engines import OFFLINE_ENV, offline_environment

    assert OFFLINE_ENV == {"HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "ORT_DISABLE_TELEMETRY": "1"}
    for key in OFFLINE_ENV:
        monkeypatch.setenv(key, "0")
    offline_environment()
    assert all(os.environ[k] == "1" for k in OFFLINE_ENV)
    for key in OFFLINE_ENV:
        monkeypatch.setenv(key, "0")
    monkeypatch.setattr(cli, "main", lambda argv: 0)
    assert main.main(["doctor"]) == 0
    assert all(os.environ[k] == "1" for k in OFFLINE_ENV)
