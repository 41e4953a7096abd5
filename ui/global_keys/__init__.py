"""Global keys: push-to-talk and quick-ask while another application has focus.

One backend per kind of desktop, chosen from Qt's platform plugin and the session:

=========  ======================================================================
X11        python-xlib: XGrabKey on the root window, a reader thread (x11.py)
Wayland    the xdg-desktop-portal GlobalShortcuts interface over D-Bus (portal.py)
Windows    RegisterHotKey on a thread with its own message loop (windows.py)
macOS      a Quartz event tap through pyobjc, with Accessibility permission (macos.py)
Off        offscreen/minimal platforms: there is no desktop to listen on
=========  ======================================================================

Where none can work (a Wayland desktop without the portal), ``why`` tells the user
to bind a key in the desktop's own settings to ``<python> main.py talk``, which
toggles listening in the running Parley.

Backends know nothing of Qt: they call back from their own threads, and GlobalKeys
re-emits through its own queued signals to slots on the GUI thread (never a lambda:
see docs/ARCHITECTURE.md on PySide6 6.12)."""

from __future__ import annotations

import logging
import os
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from . import base
from .base import Status, Unavailable
from .keys import BadKey, Chord, parse

log = logging.getLogger(__name__)

ACTIONS = ("talk", "quick-ask")
# platform plugins with no desktop session behind them
NO_DESKTOP_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})
# offered when a key is taken; the first one not in use is named
SUGGESTIONS = ("Ctrl+Alt+Space", "Ctrl+Alt+A", "Ctrl+Shift+Space", "Ctrl+Alt+F9", "Ctrl+Alt+F10", "Meta+F9")


def choose_backend(platform_name: str, env: Mapping[str, str], system: str = sys.platform) -> str:
    """ "x11", "wayland", "windows", "macos" or "off", from Qt's platform plugin name
    (QGuiApplication.platformName()) and the session's environment.

    An X11 client in a Wayland session (Qt on XWayland) only sees keys typed into
    other X11 windows, so a Wayland session gets the portal whatever Qt runs on."""
    p = (platform_name or "").lower()
    if p in NO_DESKTOP_PLATFORMS:
        return "off"
    if system == "win32" or p == "windows":
        return "windows"
    if system == "darwin" or p == "cocoa":
        return "macos"
    wayland_session = bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if p.startswith("wayland") or (wayland_session and p in ("xcb", "")):
        return "wayland"
    if p == "xcb" or env.get("DISPLAY"):
        return "x11"
    return "off"


def talk_command(*args: str) -> list[str]:
    """The command that makes the running Parley start or stop listening: the same
    program as main.py's ``_this_program`` (the packaged executable, or this Python
    on main.py), with "talk"."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "talk", *args]
    return [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py"), "talk", *args]


def _shell_join(argv: list[str]) -> str:
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(argv)
    return shlex.join(argv)


class GlobalKeys(QObject):
    """Global keys for the actions "talk" and "quick-ask".

    Signals (always on the GUI thread):
      pressed(str)   an action's key went down (one per press, however long it is held)
      released(str)  it went up (the portal and X11 report it; Windows polls for it)
      state_changed()  ``mode``/``why`` changed (the portal answers later, a key was taken...)
    """

    pressed = Signal(str)
    released = Signal(str)
    state_changed = Signal()
    # from the backends' threads to the slots below (queued: their receivers live here)
    _key_event = Signal(str, bool)
    _status_event = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: str | None = None,
        x11_display: str | None = None,
        dbus_address: str | None = None,
        command: list[str] | None = None,
    ) -> None:
        """``backend`` forces "x11", "wayland", "windows", "macos" or "off" (tests,
        or a user override); by default it is chosen from the Qt platform and the
        session. ``x11_display`` and ``dbus_address`` default to the session's own.
        ``command`` is what the user is told to bind where no backend works."""
        super().__init__(parent)
        if backend is None:
            platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
            backend = choose_backend(platform, os.environ)
        self.kind = backend
        self._x11_display = x11_display
        self._dbus_address = dbus_address
        self._command = command or talk_command()
        self._backend = None
        self._chords: dict[str, Chord] = {}
        self._bad: dict[str, tuple[str, str]] = {}  # action → (text, BadKey reason)
        self._status = Status()
        self._mode, self._why = "Off", ""
        self._key_event.connect(self._on_key_event)
        self._status_event.connect(self._on_status)
        self._update()

    # ---- public ----------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """ "X11", "Wayland", "Windows", "macOS", "Off" or "Unavailable" (not translated:
        code may compare it; ``mode_text`` is the translated word)."""
        return self._mode

    @property
    def mode_text(self) -> str:
        return {"Off": self.tr("Off"), "Unavailable": self.tr("Unavailable")}.get(self._mode, self._mode)

    @property
    def why(self) -> str:
        """One or two plain sentences for the settings dialog."""
        return self._why

    @property
    def listening(self) -> dict[str, str]:
        """action → the key it listens for now (as the desktop names it)."""
        return dict(self._status.listening)

    @property
    def backend(self):
        """The running backend object, or None (the tests look at it)."""
        return self._backend

    def set_keys(self, keys: Mapping[str, str]) -> None:
        """{"talk": "Ctrl+Alt+Space", "quick-ask": "Ctrl+Alt+A"}; an empty string or a
        missing action turns that key off. Re-registers everything."""
        self._chords, self._bad = {}, {}
        for action in ACTIONS:
            text = (keys.get(action) or "").strip()
            if not text:
                continue
            try:
                self._chords[action] = parse(text)
            except BadKey as exc:
                self._bad[action] = (text, exc.reason)
        if self.kind == "off" or not self._chords:
            self._close_backend()
            self._status = Status()
            self._update()
            return
        if self._backend is None and not self._start_backend():
            return
        self._backend.set_keys(dict(self._chords))  # reports through _status_event

    def close(self) -> None:
        self._close_backend()
        self._chords = {}
        self._status = Status()
        self._update()

    # ---- backends --------------------------------------------------------------------
    def _start_backend(self) -> bool:
        emit_key, emit_status = self._key_event.emit, self._status_event.emit
        try:
            if self.kind == "x11":
                from .x11 import X11Backend

                self._backend = X11Backend(on_key=emit_key, report=emit_status, display_name=self._x11_display)
            elif self.kind == "wayland":
                from .portal import PortalBackend

                self._backend = PortalBackend(
                    on_key=emit_key,
                    report=emit_status,
                    address=self._dbus_address,
                    descriptions={"talk": self.tr("Push to talk"), "quick-ask": self.tr("Quick ask")},
                )
            elif self.kind == "windows":
                from .windows import WindowsBackend

                self._backend = WindowsBackend(on_key=emit_key, report=emit_status)
            elif self.kind == "macos":
                from .macos import MacBackend

                self._backend = MacBackend(on_key=emit_key, report=emit_status)
            else:
                raise Unavailable(base.NO_DESKTOP, self.kind)
        except Unavailable as exc:
            log.info("global keys unavailable (%s): %s", self.kind, exc)
            self._status = Status(problem=exc.problem, detail=exc.detail)
            self._update()
            return False
        except ImportError as exc:  # python-xlib missing from this installation
            log.warning("global keys: %s backend cannot load: %s", self.kind, exc)
            self._status = Status(problem=base.FAILED, detail=str(exc))
            self._update()
            return False
        return True

    def _close_backend(self) -> None:
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.close()

    @Slot(str, bool)
    def _on_key_event(self, action: str, down: bool) -> None:
        (self.pressed if down else self.released).emit(action)

    @Slot(object)
    def _on_status(self, status: Status) -> None:
        if self._backend is None:  # a late report from a backend already closed
            return
        self._status = status
        if status.problem == base.FAILED and not status.pending:
            self._close_backend()  # the next set_keys starts afresh
        self._update()

    # ---- mode and why ----------------------------------------------------------------
    def _update(self) -> None:
        mode, why = self._describe()
        if (mode, why) != (self._mode, self._why):
            self._mode, self._why = mode, why
            self.state_changed.emit()

    def _describe(self) -> tuple[str, str]:
        s = self._status
        desktop = {"x11": "X11", "wayland": "Wayland", "windows": "Windows", "macos": "macOS"}.get(self.kind, "")
        if self.kind == "off":
            return "Off", self.tr(
                "Global keys need a desktop session; this one has none, so they are off. "
                "The push-to-talk key still works in Parley's window."
            )
        if s.problem:
            return "Unavailable", self._problem_text(s)
        bad = [
            self._failure_text(a, self._shown(a, text), reason)
            for a, (text, reason) in {**self._bad, **s.failed}.items()
        ]
        if s.pending:
            return desktop, " ".join([self.tr("Waiting for the desktop to confirm Parley's global shortcuts…"), *bad])
        if not self._chords and not self._bad:
            return "Off", self.tr("No global key is set.")
        if not s.listening:
            return "Unavailable", " ".join(bad)
        keys = self._join([self._shown(a, s.listening[a]) for a in ACTIONS if a in s.listening])
        if self.kind == "wayland":
            first = self.tr("The desktop passes {keys} to Parley from any application.").format(keys=keys)
        else:
            first = self.tr("Parley listens for {keys} on this {desktop} desktop.").format(keys=keys, desktop=desktop)
        return desktop, " ".join([first, *bad])

    def _shown(self, action: str, text: str) -> str:
        """A key as this desktop writes it (⌘⌥Space on macOS); the portal's own descriptions as they are."""
        chord = self._chords.get(action)
        return chord.native_text if chord is not None and chord.text == text else text

    def _join(self, items: list[str]) -> str:
        return items[0] if len(items) == 1 else self.tr("{first} and {second}").format(first=items[0], second=items[1])

    def _action_name(self, action: str) -> str:
        return self.tr("push-to-talk") if action == "talk" else self.tr("quick ask")

    def _suggestion(self) -> str:
        used = {c.text for c in self._chords.values()} | {t for t, _ in self._bad.values()}
        return next((k for k in SUGGESTIONS if k not in used), SUGGESTIONS[-1])

    def _failure_text(self, action: str, key: str, reason: str) -> str:
        what = self._action_name(action)
        if reason == base.TAKEN:
            return self.tr(
                "{key} is already used by another application, so {action} cannot have it: "
                "choose another key in Settings, such as {suggestion}."
            ).format(key=key, action=what, suggestion=self._suggestion())
        if reason == base.DUPLICATE:
            return self.tr("{key} is set for both push-to-talk and quick ask: give one of them another key.").format(
                key=key
            )
        if reason == base.NO_SUCH_KEY:
            return self.tr("{key} ({action}) is not a key this desktop can watch: choose another key.").format(
                key=key, action=what
            )
        if reason == "bare":
            return self.tr(
                "{key} ({action}) alone would stop you typing it in other applications: add Ctrl, Alt or Meta."
            ).format(key=key, action=what)
        if reason == "modifier-only":
            return self.tr("{key} ({action}) is only a modifier: add a key such as Space.").format(key=key, action=what)
        if reason == "sequence":
            return self.tr("{key} ({action}) is several keys in a row: a global key is one key with modifiers.").format(
                key=key, action=what
            )
        return self.tr("“{key}” ({action}) is not a key Parley understands.").format(key=key, action=what)

    def _problem_text(self, s: Status) -> str:
        bind = self.tr(
            "Bind a shortcut in your desktop's keyboard settings to the command: {command} "
            "(press it once to start talking, and again to stop)."
        ).format(command=_shell_join(self._command))
        p = s.problem
        if p == base.NO_PORTAL:
            return self.tr("This Wayland desktop has no global shortcuts portal.") + " " + bind
        if p == base.NO_BUS:
            return self.tr("This Wayland session has no D-Bus session bus to ask for global shortcuts.") + " " + bind
        if p == base.PORTAL_REFUSED:
            return self.tr("The desktop did not allow Parley's global shortcuts.") + " " + bind
        in_window = self.tr("The push-to-talk key still works in Parley's window.")
        if p == base.NO_PYOBJC:
            return (
                self.tr(
                    "Global keys on macOS need the Quartz event tap (pyobjc), which this copy of Parley lacks, "
                    "and Accessibility permission (System Settings → Privacy & Security → Accessibility: add Parley)."
                )
                + " "
                + in_window
            )
        if p == base.NO_PERMISSION:
            return (
                self.tr(
                    "macOS has not allowed Parley to see keys pressed in other applications. Open System Settings → "
                    "Privacy & Security → Accessibility (and Input Monitoring), add Parley and turn it on, then "
                    "restart Parley."
                )
                + " "
                + in_window
            )
        if p == base.NO_DISPLAY:
            return self.tr("Parley could not connect to the X11 display, so global keys are off.")
        if self.kind == "wayland":
            return self.tr("The desktop's global shortcuts portal failed.") + " " + bind
        return self.tr(
            "Global keys are not working ({detail}). Choose the keys again in Settings, or restart Parley."
        ).format(detail=s.detail or self.tr("unknown error"))
