"""One running Parley per data folder: a server in this test process, and real
separate ``main.py`` processes that hand it commands (as a desktop shortcut
would), or start a second window that should hand over and end at once."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from assistant.paths import AppPaths
from ui.instance import COMMANDS, InstanceServer, send_to_running, server_name

ROOT = Path(__file__).resolve().parents[2]

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")


def main_py(basedir: Path, *args: str) -> subprocess.Popen:
    """``main.py ARGS --basedir BASEDIR`` in a process of its own, with no terminal."""
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args, "--basedir", str(basedir)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def finish(qtbot, proc: subprocess.Popen, timeout: int = 60_000) -> tuple[int, str, str]:
    """Wait for the process while this one's event loop runs (the server answers on it)."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout)
    out, err = proc.communicate()
    return proc.returncode, out, err


@pytest.fixture
def server(app_paths):
    s = InstanceServer(server_name(app_paths))
    assert s.listen()
    yield s
    s.close()


def test_talk_from_another_process_reaches_the_running_parley(qtbot, server, tmp_path):
    second = InstanceServer(server.name)
    assert not second.listen(), "a second server on the same name must see the first one"
    with qtbot.waitSignal(server.command_received, timeout=60_000) as blocker:
        proc = main_py(tmp_path, "talk")
    code, _out, err = finish(qtbot, proc)
    assert blocker.args == ["talk"]
    assert code == 0, err


def test_a_busy_parley_still_gets_the_command(qtbot, server, tmp_path):
    """While this (GUI) thread is blocked the server cannot answer: the sender gives
    up waiting for the answer but not on the command, which arrives when the loop runs."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "talk", "--basedir", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    with qtbot.waitSignal(server.command_received, timeout=5000) as blocker:
        pass
    assert blocker.args == ["talk"]


def test_window_commands_are_handed_over(qtbot, server, tmp_path):
    for command in ("show", "new-chat", "translator", "quick-ask"):
        with qtbot.waitSignal(server.command_received, timeout=60_000) as blocker:
            proc = main_py(tmp_path, command)
        code, _out, err = finish(qtbot, proc)
        assert (blocker.args, code) == ([command], 0), err


def test_a_second_start_hands_over_and_ends_quickly(qtbot, server, tmp_path, app_paths):
    start = time.monotonic()
    with qtbot.waitSignal(server.command_received, timeout=60_000) as blocker:
        proc = main_py(tmp_path)
    code, _out, err = finish(qtbot, proc)
    elapsed = time.monotonic() - start
    assert blocker.args == ["show"] and code == 0, err
    assert elapsed < 20, f"took {elapsed:.1f} s"
    assert list(app_paths.log_dir.iterdir()) == [], "it ended before logging, models or a window"
    assert not app_paths.history_db.exists()


def test_talk_with_nothing_running_says_so(qtbot, tmp_path):
    code, out, err = finish(qtbot, main_py(tmp_path, "talk"))
    assert code == 1
    assert "isn't running" in err and out == ""


def test_another_data_folder_is_another_parley(qtbot, server, tmp_path):
    other = tmp_path / "other"
    assert server_name(AppPaths.under(other)) != server.name
    assert server_name(AppPaths.under(tmp_path)) == server.name
    assert not send_to_running(server_name(AppPaths.under(other)), "show")


@unix_only
def test_a_stale_socket_from_a_crashed_parley_does_not_block(qtbot, app_paths, tmp_path):
    name = server_name(app_paths)
    crash = (
        "import os, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        f"server = InstanceServer({name!r})\n"
        "assert server.listen()\n"
        "os._exit(0)  # as a crash: nothing is closed or removed\n"
    )
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=60, cwd=ROOT)
    assert stat.S_ISSOCK(os.lstat(name).st_mode), "the crashed process left its socket behind"
    assert not send_to_running(name, "show"), "nobody answers on it"

    s = InstanceServer(name)
    try:
        assert s.listen()
        with qtbot.waitSignal(s.command_received, timeout=60_000) as blocker:
            proc = main_py(tmp_path, "talk")
        code, _out, err = finish(qtbot, proc)
        assert blocker.args == ["talk"] and code == 0, err
    finally:
        s.close()
    assert not os.path.exists(name), "closing removes the socket"


@unix_only
def test_the_socket_is_in_a_folder_only_this_user_can_enter(server):
    folder = os.path.dirname(server.name)
    st = os.stat(folder)
    assert st.st_uid == os.getuid() and not st.st_mode & 0o077
    assert len(os.fsencode(server.name)) < 108


def test_unknown_lines_are_refused_and_never_emitted(qtbot, server):
    got: list[str] = []
    server.command_received.connect(got.append)  # same (GUI) thread
    sock = QLocalSocket()
    sock.connectToServer(server.name)
    qtbot.waitUntil(lambda: sock.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
    sock.write(b"rm -rf /\n")
    qtbot.waitUntil(lambda: sock.bytesAvailable() > 0, timeout=5000)
    assert sock.readAll().data() == b"unknown\n"
    silent = QLocalSocket()  # connects, says nothing, goes
    silent.connectToServer(server.name)
    qtbot.waitUntil(lambda: silent.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
    silent.abort()
    qtbot.wait(100)
    assert got == []
    sock.abort()


def test_send_to_running_without_a_server(app_paths):
    assert not send_to_running(server_name(app_paths), "show", timeout_ms=200)
    with pytest.raises(ValueError):
        send_to_running(server_name(app_paths), "format-disk")
    assert set(COMMANDS) == {"show", "new-chat", "talk", "translator", "quick-ask"}


@unix_only
def test_the_socket_goes_in_the_session_runtime_folder(monkeypatch, tmp_path, app_paths):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    s = InstanceServer(server_name(app_paths))
    try:
        assert os.path.dirname(s.name) == str(runtime)
        assert s.listen() and stat.S_ISSOCK(os.lstat(s.name).st_mode)
    finally:
        s.close()
