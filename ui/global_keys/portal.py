"""Global keys on Wayland: the xdg-desktop-portal GlobalShortcuts interface.

Wayland lets no application see keys typed into another, so the desktop does it
for us: we open a session (CreateSession), ask for two shortcuts with the keys we
would like (BindShortcuts; the desktop may show a dialog and has the last word on
the key), then its Activated/Deactivated signals are the key going down and up.

D-Bus is spoken with jeepney (pure Python; QtDBus in PySide6 6.12 cannot marshal
BindShortcuts' ``a(sa{sv})``, and reading a ``{sv}`` entry through QDBusArgument
aborts the process in libdbus). All traffic happens on this backend's own thread
over its own connection; calls that wait on the portal (it may be started on demand,
or wait for the user in a dialog) never touch the GUI thread, and set_keys/close
wake that thread with jeepney's ``interrupt()``. Connecting to the bus is done in
the constructor (a local socket), so "no session bus" is known at once.

jeepney's values: a variant is a ``(signature, value)`` pair, a struct a tuple, an
array a list, an ``a{..}`` a dict; object paths are plain strings."""

from __future__ import annotations

import logging
import os
import queue
import secrets
import threading
import time
from collections.abc import Mapping
from typing import Any

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    HeaderFields,
    MatchRule,
    Message,
    MessageFlag,
    MessageType,
    Properties,
    message_bus,
    new_method_call,
)
from jeepney.io.threading import ReceiveStopped, open_dbus_connection

from .base import FAILED, NO_BUS, NO_PORTAL, NO_SUCH_KEY, PORTAL_REFUSED, Reporter, Sink, Status, Unavailable
from .keys import Chord, portal_trigger

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
IFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_IFACE = "org.freedesktop.portal.Request"
SESSION_IFACE = "org.freedesktop.portal.Session"
REGISTRY_IFACE = "org.freedesktop.host.portal.Registry"
RESPONSE_TIMEOUT_S = 300.0  # BindShortcuts may wait for the user in the desktop's dialog
DESCRIPTIONS = {"talk": "Push to talk", "quick-ask": "Quick ask"}  # GlobalKeys passes translated ones
APP_ID = "io.github.parley.Parley"  # packaging/linux/io.github.parley.Parley.desktop

SHORTCUTS = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=IFACE)
RESPONSES = MatchRule(type="signal", interface=REQUEST_IFACE, member="Response")
KEY_SIGNALS = MatchRule(type="signal", interface=IFACE, path=PORTAL_PATH)


def session_bus_address(env: Mapping[str, str]) -> str:
    """DBUS_SESSION_BUS_ADDRESS, or systemd's usual $XDG_RUNTIME_DIR/bus; "" when neither."""
    addr = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if addr:
        return addr
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return ""


def sender_token(unique_name: str) -> str:
    """ ":1.42" → "1_42", the part of request and session paths that names us."""
    return unique_name.lstrip(":").replace(".", "_")


def request_path(unique_name: str, token: str) -> str:
    return f"{PORTAL_PATH}/request/{sender_token(unique_name)}/{token}"


def session_path(unique_name: str, token: str) -> str:
    return f"{PORTAL_PATH}/session/{sender_token(unique_name)}/{token}"


def option(options: Any, key: str, default: Any = None) -> Any:
    """The value under ``key`` in an ``a{sv}`` (jeepney: {key: (signature, value)})."""
    entry = options.get(key) if isinstance(options, dict) else None
    return entry[1] if isinstance(entry, tuple) and len(entry) == 2 else default


def shortcuts_argument(
    chords: dict[str, Chord], descriptions: dict[str, str] | None = None
) -> tuple[list[tuple[str, dict[str, tuple[str, str]]]], dict[str, tuple[str, str]]]:
    """BindShortcuts' ``a(sa{sv})`` for these chords, and the ones no trigger can name."""
    shortcuts, failed = [], {}
    for action, chord in chords.items():
        trigger = portal_trigger(chord)
        if trigger is None:
            failed[action] = (chord.text, NO_SUCH_KEY)
            continue
        props = {
            "description": ("s", (descriptions or DESCRIPTIONS).get(action, action)),
            "preferred_trigger": ("s", trigger),
        }
        shortcuts.append((action, props))
    return shortcuts, failed


def bound_triggers(results: dict[str, Any], asked: dict[str, Chord]) -> dict[str, str]:
    """BindShortcuts' answer → action → the key as the desktop describes it (falls
    back to what we asked for when it gives no description)."""
    out: dict[str, str] = {}
    for item in option(results, "shortcuts", []):
        try:
            action, props = item
        except (TypeError, ValueError):
            continue
        if action in asked:
            out[action] = str(option(props, "trigger_description") or asked[action].text)
    return out


def _field(msg: Message, name: HeaderFields) -> Any:
    return msg.header.fields.get(name)


class PortalBackend:
    """Calls ``on_key`` and ``report`` from its own thread (GlobalKeys queues both to
    the GUI thread)."""

    name = "Wayland"

    def __init__(
        self,
        *,
        on_key: Sink,
        report: Reporter,
        address: str | None = None,
        descriptions: dict[str, str] | None = None,
    ) -> None:
        """``descriptions``: action → what the desktop shows for the shortcut (translated)."""
        self._on_key = on_key
        self._report = report
        self._descriptions = dict(descriptions or DESCRIPTIONS)
        self.version = 0
        address = session_bus_address(os.environ) if address is None else address
        if not address:
            raise Unavailable(NO_BUS, "DBUS_SESSION_BUS_ADDRESS is not set")
        try:  # OSError: no socket there; ValueError: refused (authentication); RuntimeError: not a unix: address
            self._conn = open_dbus_connection(address, auth_timeout=5.0)
        except (OSError, ValueError, RuntimeError, DBusErrorResponse) as exc:
            raise Unavailable(NO_BUS, f"cannot connect to the session bus: {exc or type(exc).__name__}") from exc
        self._commands: queue.Queue[dict[str, Chord] | None] = queue.Queue()
        self._closed = False
        self._session = ""
        self._down: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="parley-global-keys-portal", daemon=True)
        self._thread.start()

    # ---- any thread ------------------------------------------------------------------
    def set_keys(self, chords: dict[str, Chord]) -> None:
        self._report(Status(listening={}, pending=True))
        self._commands.put(dict(chords))
        self._conn.interrupt()  # the backend's thread wakes from receive() with ReceiveStopped

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._commands.put(None)
        self._conn.interrupt()
        self._thread.join(5)
        self._conn.close()

    # ---- the backend's thread --------------------------------------------------------
    def _run(self) -> None:
        try:
            for rule in (RESPONSES, KEY_SIGNALS):  # their replies are passed over like any other message
                self._send(message_bus.AddMatch(rule))
            try:  # xdg-desktop-portal >= 1.19: name ourselves (an app outside a sandbox has no id otherwise)
                registry = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=REGISTRY_IFACE)
                self._call(new_method_call(registry, "Register", "sa{sv}", (APP_ID, {})))
            except DBusErrorResponse as exc:
                log.debug("portal Registry.Register: %s", exc)
            try:
                reply = self._call(Properties(SHORTCUTS).get("version"))
                self.version = int(reply.body[0][1])
            except (DBusErrorResponse, TimeoutError) as exc:
                self._report(Status(problem=NO_PORTAL, detail=str(exc)))
                self._wait_for_close()
                return
            while True:
                chords = self._next_command()
                if chords is None:
                    break
                self._bind(chords)
        except _Closing:
            pass
        except (DBusErrorResponse, OSError, ValueError, TypeError, IndexError) as exc:
            log.warning("global keys: the portal conversation failed: %s", exc)
            self._report(Status(problem=FAILED, detail=str(exc)))
        finally:
            self._release_all()
            if self._session:
                try:
                    self._close_session()
                except (OSError, ValueError):
                    pass

    def _next_command(self) -> dict[str, Chord] | None:
        """Wait for set_keys or close, passing key signals on meanwhile; the latest wins."""
        while True:
            try:
                cmd = self._commands.get_nowait()
            except queue.Empty:
                try:
                    self._dispatch(self._conn.receive())
                except ReceiveStopped:
                    self._conn.reset_interrupt()  # then look at the commands again
                continue
            while True:  # several set_keys in a row: only the last matters
                try:
                    cmd = self._commands.get_nowait()
                except queue.Empty:
                    return cmd
                if cmd is None:
                    return None

    def _wait_for_close(self) -> None:
        while self._next_command() is not None:
            self._report(Status(problem=NO_PORTAL))

    def _bind(self, chords: dict[str, Chord]) -> None:
        self._release_all()
        if self._session:  # a new set of keys: a new session (binding twice in one is not allowed)
            self._close_session()
            self._session = ""
        shortcuts, failed = shortcuts_argument(chords, self._descriptions)
        if not shortcuts:
            self._report(Status(failed=failed))
            return
        token, session_token = "parley_" + secrets.token_hex(6), "parley_" + secrets.token_hex(6)
        code, results = self._request(
            "CreateSession",
            "a{sv}",
            ({"handle_token": ("s", token), "session_handle_token": ("s", session_token)},),
            token,
        )
        if code != 0:
            self._report(Status(problem=PORTAL_REFUSED if code == 1 else FAILED, detail=f"CreateSession: {code}"))
            return
        self._session = str(option(results, "session_handle") or session_path(self._conn.unique_name, session_token))
        token = "parley_" + secrets.token_hex(6)
        code, results = self._request(
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (self._session, shortcuts, "", {"handle_token": ("s", token)}),
            token,
        )
        if code != 0:
            self._report(
                Status(problem=PORTAL_REFUSED if code == 1 else FAILED, failed=failed, detail=f"BindShortcuts: {code}")
            )
            return
        listening = bound_triggers(results, chords)
        for action, _props in shortcuts:
            if action not in listening:  # the desktop left it without a key
                failed[action] = (chords[action].text, NO_SUCH_KEY)
        self._report(Status(listening=listening, failed=failed))

    def _request(self, method: str, signature: str, body: tuple[Any, ...], token: str) -> tuple[int, dict[str, Any]]:
        """A portal call answered later by a Request's Response signal: (response code,
        results). The Response is taken even if it overtakes the call's own reply."""
        paths = {request_path(self._conn.unique_name, token)}
        serial = self._send(new_method_call(SHORTCUTS, method, signature, body))
        replied = False
        response: tuple[int, dict[str, Any]] | None = None
        while not (replied and response is not None):
            msg = self._recv_checked(RESPONSE_TIMEOUT_S)
            if _field(msg, HeaderFields.reply_serial) == serial:
                _raise_if_error(msg)
                replied = True
                if msg.body:  # the request's real path (older portals did not derive it from the token)
                    paths.add(str(msg.body[0]))
            elif RESPONSES.matches(msg) and _field(msg, HeaderFields.path) in paths:
                response = (int(msg.body[0]), msg.body[1] if len(msg.body) > 1 else {})
            else:
                self._dispatch(msg)
        return response

    def _send(self, msg: Message) -> int:
        """Send ``msg``; its serial, which the answer's reply_serial names."""
        serial = next(self._conn.outgoing_serial)
        self._conn.send(msg, serial=serial)
        return serial

    def _call(self, msg: Message) -> Message:
        """A method call's reply (DBusErrorResponse for an error); signals meanwhile are dispatched."""
        serial = self._send(msg)
        while True:
            reply = self._recv_checked(RESPONSE_TIMEOUT_S)
            if _field(reply, HeaderFields.reply_serial) == serial:
                _raise_if_error(reply)
                return reply
            self._dispatch(reply)

    def _close_session(self) -> None:
        msg = new_method_call(DBusAddress(self._session, bus_name=PORTAL, interface=SESSION_IFACE), "Close")
        msg.header.flags |= MessageFlag.no_reply_expected
        self._send(msg)

    def _recv_checked(self, timeout: float) -> Message:
        """The next message while waiting on the portal; raises _Closing when close()
        was called (a newer set_keys is left queued for the main loop)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self._conn.receive(timeout=max(deadline - time.monotonic(), 0.0))
            except ReceiveStopped:
                self._conn.reset_interrupt()
            except TimeoutError as exc:
                raise TimeoutError("the portal did not answer in time") from exc
            with self._commands.mutex:
                closing = None in self._commands.queue
            if closing:
                raise _Closing

    def _dispatch(self, msg: Message) -> None:
        if not KEY_SIGNALS.matches(msg) or not msg.body or str(msg.body[0]) != self._session:
            return
        action = str(msg.body[1]) if len(msg.body) > 1 else ""
        member = _field(msg, HeaderFields.member)
        if member == "Activated" and action not in self._down:
            self._down.add(action)
            self._on_key(action, True)
        elif member == "Deactivated" and action in self._down:
            self._down.discard(action)
            self._on_key(action, False)

    def _release_all(self) -> None:
        for action in sorted(self._down):
            self._on_key(action, False)
        self._down.clear()


def _raise_if_error(reply: Message) -> None:
    if reply.header.message_type is MessageType.error:
        raise DBusErrorResponse(reply)


class _Closing(Exception):
    pass
