"""Nothing acknowledged is lost when the app or its engine is killed: a CI slice of
``scripts/crash_loop.py`` (which runs 100 rounds of each; see its docstring for
what "acknowledged" and "kept" mean exactly)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import crash_loop  # noqa: E402


def test_killing_the_app_mid_stream_loses_nothing(tmp_path):
    s = crash_loop.run_app(rounds=20, seed=11, workdir=tmp_path)
    assert s.problems == [] and s.lost == 0, crash_loop.describe(s)
    assert s.kills == 20 and s.integrity_ok == s.fts_ok == 20
    # the kills really fell while replies streamed and were being saved
    assert s.killed_while_streaming >= 10 and s.killed_after_partial_save >= 5, crash_loop.describe(s)
    assert s.marked_interrupted >= 5  # reopening said so, as the app shows it
    assert s.acked_messages_checked >= 40
    assert s.settings_checks >= 3 and s.settings_broken == 0


def test_temp_files_of_saves_cut_off_by_a_kill_are_removed_by_the_next_save(tmp_path):
    import os
    import time

    from assistant.config import STALE_TEMP_S, Settings, save_settings

    path = tmp_path / "settings.json"
    old, young, other = tmp_path / ".settings-abc.tmp", tmp_path / ".settings-new.tmp", tmp_path / ".glossary-x.tmp"
    for p in (old, young, other):
        p.write_text('{"half": ')
    past = time.time() - STALE_TEMP_S - 5
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    save_settings(Settings(), path)
    assert not old.exists() and young.exists() and other.exists()  # only stale ones, only its own


def test_the_check_catches_a_store_that_acknowledges_before_committing(tmp_path):
    """The loop can fail: the same kills against a store whose writes sit in a
    never-committed transaction report the acknowledged messages as lost."""
    s = crash_loop.run_app(rounds=2, seed=3, workdir=tmp_path, broken=True)
    assert s.lost > 0 and any("lost" in p for p in s.problems), crash_loop.describe(s)
    assert not s.ok


@pytest.mark.real
def test_killing_the_engine_mid_reply_keeps_the_app_and_the_partial_reply(tmp_path):
    s = crash_loop.run_engine(rounds=5, seed=5, workdir=tmp_path)
    assert s.problems == [] and s.lost == 0, crash_loop.describe(s)
    assert s.kills == 5 and s.recovered == 5
    assert s.integrity_ok == s.fts_ok == 5
    assert s.killed_while_streaming >= 2, crash_loop.describe(s)
    assert s.partial_saved_as_error >= s.killed_while_streaming
