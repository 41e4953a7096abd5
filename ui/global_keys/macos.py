"""Global keys on macOS: a Quartz event tap (through pyobjc), on a thread running
its own CFRunLoop.

Imported only on macOS (GlobalKeys imports it lazily). The tap sees every key
press in the session, so macOS asks for permission: without Accessibility (System
Settings → Privacy & Security → Accessibility) CGEventTapCreate returns nothing,
and we say so. The tap is an active one so that our key is not also typed into
the application in front; it is kept fast (a dictionary look-up, then a queued
signal) because macOS disables a tap that is slow to answer (we re-enable it).

Not run by the test suite (Linux CI); the keycode mapping is tested in keys.py."""

from __future__ import annotations

import logging
import threading

from .base import DUPLICATE, NO_PERMISSION, NO_PYOBJC, NO_SUCH_KEY, Reporter, Sink, Status, Unavailable
from .keys import MAC_MODIFIER_MASK, Chord, mac_flags, mac_keycode

log = logging.getLogger(__name__)


class MacBackend:
    """Calls ``on_key(action, down)`` from the tap's thread; ``report`` from set_keys."""

    name = "macOS"

    def __init__(self, *, on_key: Sink, report: Reporter) -> None:
        try:
            import Quartz  # pyobjc-framework-Quartz
        except ImportError as exc:
            raise Unavailable(NO_PYOBJC, str(exc)) from exc
        self._q = Quartz
        self._on_key = on_key
        self._report = report
        self._by_key: dict[tuple[int, int], str] = {}  # (keycode, flags) → action; replaced whole, never edited
        self._down: dict[int, str] = {}
        self._tap = None
        self._loop = None
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="parley-global-keys-mac", daemon=True)
        self._thread.start()
        ready.wait(5)
        if self._tap is None:
            self._thread.join(1)
            raise Unavailable(NO_PERMISSION)

    def set_keys(self, chords: dict[str, Chord]) -> None:
        by_key: dict[tuple[int, int], str] = {}
        listening: dict[str, str] = {}
        failed: dict[str, tuple[str, str]] = {}
        for action, chord in chords.items():
            code = mac_keycode(chord.key)
            if code is None:
                failed[action] = (chord.text, NO_SUCH_KEY)
                continue
            k = (code, mac_flags(chord.modifiers))
            if k in by_key:
                failed[action] = (chord.text, DUPLICATE)
                continue
            by_key[k] = action
            listening[action] = chord.text
        self._by_key = by_key
        self._report(Status(listening=listening, failed=failed))

    def close(self) -> None:
        loop = self._loop
        if loop is not None:
            self._q.CFRunLoopStop(loop)
        self._thread.join(5)

    # ---- the tap's thread ------------------------------------------------------------
    def _run(self, ready: threading.Event) -> None:
        q = self._q
        mask = q.CGEventMaskBit(q.kCGEventKeyDown) | q.CGEventMaskBit(q.kCGEventKeyUp)
        tap = q.CGEventTapCreate(
            q.kCGSessionEventTap, q.kCGHeadInsertEventTap, q.kCGEventTapOptionDefault, mask, self._callback, None
        )
        if tap is None:  # no Accessibility permission
            ready.set()
            return
        self._tap = tap
        self._loop = q.CFRunLoopGetCurrent()
        source = q.CFMachPortCreateRunLoopSource(None, tap, 0)
        q.CFRunLoopAddSource(self._loop, source, q.kCFRunLoopCommonModes)
        q.CGEventTapEnable(tap, True)
        ready.set()
        try:
            q.CFRunLoopRun()
        finally:
            q.CGEventTapEnable(tap, False)
            q.CFMachPortInvalidate(tap)
            self._loop = None

    def _callback(self, proxy, event_type, event, refcon):
        q = self._q
        try:
            if event_type in (q.kCGEventTapDisabledByTimeout, q.kCGEventTapDisabledByUserInput):
                q.CGEventTapEnable(self._tap, True)
                return event
            code = q.CGEventGetIntegerValueField(event, q.kCGKeyboardEventKeycode)
            if event_type == q.kCGEventKeyDown:
                if code in self._down:
                    return None  # auto-repeat of our key: swallowed
                action = self._by_key.get((code, q.CGEventGetFlags(event) & MAC_MODIFIER_MASK))
                if action is None:
                    return event
                self._down[code] = action
                self._on_key(action, True)
                return None
            if event_type == q.kCGEventKeyUp and code in self._down:
                self._on_key(self._down.pop(code), False)
                return None
        except Exception:  # an exception escaping a tap callback ends the process
            log.exception("global keys: event tap callback failed")
        return event
