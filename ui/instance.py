"""One running Parley per user and data folder, and commands sent to it.

A later start (a second click on the launcher, or ``parley talk`` bound to a
desktop shortcut, which is how a Wayland session gets global shortcuts) connects
to the running window and hands it one command instead of opening a second
window over the same history.

The channel is QLocalServer/QLocalSocket: a Unix domain socket on Linux and
macOS, a named pipe on Windows; never TCP/IP (the privacy tests look for
AF_INET sockets). The socket lives in a folder only the user may enter
(``$XDG_RUNTIME_DIR``, or ``parley-UID`` in the temp folder), named by a hash
of the user and the data folder; the pipe carries that hash in its name and
admits only the user (``UserAccessOption``). Qt's own access option is not used
for sockets: it binds elsewhere and renames over the final path, which would
silently replace a running instance's socket instead of failing.

Wire format: the client writes one line, ``COMMAND`` or ``COMMAND TOKEN`` (the
Wayland activation token its launcher gave it, which lets the running window
come to the front), and the server answers ``ok`` or ``unknown``.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import sys
import tempfile
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from assistant.paths import AppPaths

log = logging.getLogger(__name__)

#: what a later start may ask of the running window
COMMANDS = ("show", "new-chat", "talk", "translator", "quick-ask")

#: a command line is a few bytes; anything longer is not ours
MAX_LINE = 1024
#: a client that connects and says nothing is dropped after this long
IDLE_MS = 3000
#: longest Unix socket path (sun_path holds 108 bytes with the final NUL)
MAX_SOCKET_PATH = 107


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers): the uid still tells users apart
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _socket_folder() -> str:
    """A folder only this user may enter: the session's runtime folder, or one of
    our own in the temp folder (which other users share)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
        return runtime
    own = os.path.join(tempfile.gettempdir(), f"parley-{os.getuid()}")
    return own if len(os.fsencode(own)) < MAX_SOCKET_PATH - 30 else f"/tmp/parley-{os.getuid()}"


def _private(folder: str, *, create: bool) -> bool:
    """True when ``folder`` is ours and closed to others (so nobody else can listen
    in it, and nobody else can connect to what we listen on there)."""
    if create and not os.path.isdir(folder):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError as exc:
            log.warning("cannot make %s: %s", folder, exc)
            return False
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def server_name(paths: AppPaths) -> str:
    """The name the running window listens on: the same for every start with the
    same user and data folder (``--basedir`` gives another one), different otherwise.
    A pipe name on Windows, a socket path elsewhere."""
    folder = os.path.normcase(os.path.realpath(paths.data_dir))
    key = hashlib.sha256(f"{_user()}\0{folder}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"parley-{key}"  # the pipe namespace is shared: the user is in the hash
    path = os.path.join(_socket_folder(), f"parley-{key}")
    return path if len(os.fsencode(path)) < MAX_SOCKET_PATH else f"/tmp/parley-{os.getuid()}/parley-{key}"


def _usable(name: str, *, create: bool = False) -> bool:
    """A socket path whose folder is private (always true for a pipe name)."""
    return sys.platform == "win32" or not os.path.isabs(name) or _private(os.path.dirname(name), create=create)


def send_to_running(name: str, command: str, timeout_ms: int = 500, *, token: str | None = None) -> bool:
    """Hand ``command`` to the Parley listening on ``name``; True when it took it.

    Blocking, and meant for before any window exists (main.py): it needs no
    QApplication and no event loop. False at once when nothing listens. A Parley
    that is connected to but does not answer within ``timeout_ms`` counts as having
    taken it: it is running, just busy, and reads the line when it gets to it
    (starting a second window over the same data instead would be worse).
    ``token`` defaults to the Wayland activation token this process was started
    with (``XDG_ACTIVATION_TOKEN``)."""
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}; expected one of {', '.join(COMMANDS)}")
    if token is None:
        token = os.environ.get("XDG_ACTIVATION_TOKEN", "")
    if not token or any(c.isspace() for c in token) or len(token) > MAX_LINE // 2:
        token = ""
    if not _usable(name):  # someone else's folder: whatever listens there is not our Parley
        return False
    deadline = time.monotonic() + timeout_ms / 1000
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    try:
        sock.write(f"{command} {token}".strip().encode() + b"\n")
        sock.flush()
        if sock.bytesToWrite() and not sock.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while b"\n" not in reply and len(reply) < MAX_LINE:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not sock.waitForReadyRead(left):
                break
            reply += sock.readAll().data()
        if not reply and sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return False  # it hung up without a word: not a Parley
        return not reply or reply.strip() == b"ok"
    finally:
        sock.abort()


class _Connection(QObject):
    """One client, served on the GUI thread: read its line, answer, and go."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._server = server
        self._socket = socket
        self._buffer = b""
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._on_socket_ready_read)
        socket.disconnected.connect(self._on_socket_disconnected)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)

    def start(self) -> None:
        self._idle.start(IDLE_MS)
        if self._socket.bytesAvailable():  # it wrote before we looked
            self._on_socket_ready_read()

    @Slot()
    def _on_socket_ready_read(self) -> None:
        if self._done:
            return
        self._buffer += self._socket.readAll().data()
        if b"\n" in self._buffer:
            self._answer(self._buffer.split(b"\n", 1)[0])
        elif len(self._buffer) > MAX_LINE:
            self._finish()

    @Slot()
    def _on_socket_disconnected(self) -> None:
        if not self._done:  # a client that wrote and went without waiting for the answer
            self._buffer += self._socket.readAll().data()
            if self._buffer.strip():
                self._answer(self._buffer.split(b"\n", 1)[0])
        self._finish()

    @Slot()
    def _on_idle_timeout(self) -> None:
        self._finish()

    def _answer(self, raw: bytes) -> None:
        self._done = True
        command, _, token = raw.decode("utf-8", "replace").strip().partition(" ")
        known = command in COMMANDS
        if self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self._socket.write(b"ok\n" if known else b"unknown\n")
            self._socket.flush()
        if known:
            self._server.deliver(command, token.strip())
        else:
            log.info("ignored an unknown command from another Parley start: %r", command[:40])
        self._finish()

    def _finish(self) -> None:
        self._done = True
        self._idle.stop()
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.disconnectFromServer()  # after what was written has gone out
        self._server.forget(self)
        self.deleteLater()


class InstanceServer(QObject):
    """Listens for later starts of Parley over the same data folder. Lives on the
    GUI thread, so its signal is emitted there.

    Signals: command_received(str) - one of ``COMMANDS``."""

    command_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        if sys.platform == "win32":
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._connections: set[_Connection] = set()

    def listen(self, timeout_ms: int = 500) -> bool:
        """Start listening. False when another Parley already listens on the name
        (then hand it the command with ``send_to_running``), or when listening is
        impossible (Parley then runs without this, as a second instance would).

        A socket file left behind by a Parley that crashed (Linux, macOS) is removed
        once a connection to it has failed, so it never blocks start-up."""
        if not _usable(self.name, create=True):
            log.warning("not listening for other Parley starts: %s is not a private folder", os.path.dirname(self.name))
            return False
        if self._answers(timeout_ms):  # first: a Windows pipe name may be listened on twice
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            if self._answers(timeout_ms):  # started at the same moment as this one
                return False
            QLocalServer.removeServer(self.name)  # stale: nobody answers on it
            if self._server.listen(self.name):
                log.info("removed a stale single-instance socket: %s", self.name)
                return True
        log.warning("cannot listen for other Parley starts on %s: %s", self.name, self._server.errorString())
        return False

    def _answers(self, timeout_ms: int) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(timeout_ms)
        probe.abort()
        return alive

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening (removes the socket file)."""
        self._server.close()

    def forget(self, connection: _Connection) -> None:
        self._connections.discard(connection)

    def deliver(self, command: str, token: str = "") -> None:
        """Emit ``command_received`` for ``command``, first lending the window the
        launcher's activation token so that raising it is allowed (Wayland)."""
        if token and QGuiApplication.platformName().startswith("wayland"):
            # Qt's xdg-shell plugin reads (and unsets) this on the next activateWindow()
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        self.command_received.emit(command)

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                connection = _Connection(socket, self)
                self._connections.add(connection)
                connection.start()
