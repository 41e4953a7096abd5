"""Global keys on an X11 desktop, through python-xlib (pure Python, no Qt).

The key is grabbed on the root window (XGrabKey) once for each combination of the
lock modifiers, so NumLock and CapsLock do not stop it. A reader thread owns the
waiting on its own X connection; key events go out through the ``on_key`` callback
(GlobalKeys turns that into a queued Qt signal). Holding the key gives one press and
one release: XKB's detectable auto-repeat is asked for, and where the server lacks
it, each auto-repeat's release+press pair (same key, same time) is dropped.

Takes a display name, so the tests drive it on a private Xvfb while Qt itself runs
offscreen."""

from __future__ import annotations

import logging
import os
import select
import threading
from itertools import combinations

from Xlib import XK, X, display, error
from Xlib.protocol import rq

from .base import DUPLICATE, FAILED, NO_DISPLAY, NO_SUCH_KEY, TAKEN, Reporter, Sink, Status, Unavailable
from .keys import ALT, CTRL, META, SHIFT, Chord, x11_keysym_name

log = logging.getLogger(__name__)

# XKB requests python-xlib does not ship (the protocol's xkbUseExtension, xkbPerClientFlags)
_XKB_USE_CORE_KBD = 0x0100
_XKB_PCF_DETECTABLE_AUTOREPEAT = 1 << 0


class _XkbUseExtension(rq.ReplyRequest):
    _request = rq.Struct(
        rq.Card8("opcode"), rq.Opcode(0), rq.RequestLength(), rq.Card16("wanted_major"), rq.Card16("wanted_minor")
    )
    _reply = rq.Struct(
        rq.ReplyCode(),
        rq.Bool("supported"),
        rq.Card16("sequence_number"),
        rq.ReplyLength(),
        rq.Card16("server_major"),
        rq.Card16("server_minor"),
        rq.Pad(20),
    )


class _XkbPerClientFlags(rq.ReplyRequest):
    _request = rq.Struct(
        rq.Card8("opcode"),
        rq.Opcode(21),
        rq.RequestLength(),
        rq.Card16("device_spec"),
        rq.Pad(2),
        rq.Card32("change"),
        rq.Card32("value"),
        rq.Card32("ctrls_to_change"),
        rq.Card32("auto_ctrls"),
        rq.Card32("auto_ctrl_values"),
    )
    _reply = rq.Struct(
        rq.ReplyCode(),
        rq.Card8("device_id"),
        rq.Card16("sequence_number"),
        rq.ReplyLength(),
        rq.Card32("supported"),
        rq.Card32("value"),
        rq.Card32("auto_ctrls"),
        rq.Card32("auto_ctrl_values"),
        rq.Pad(8),
    )


def _detectable_autorepeat(d: display.Display) -> bool:
    """Ask the server to send no fake releases while a key is held (XkbSetDetectableAutoRepeat)."""
    try:
        ext = d.query_extension("XKEYBOARD")
        if ext is None or not ext.present:
            return False
        use = _XkbUseExtension(display=d.display, opcode=ext.major_opcode, wanted_major=1, wanted_minor=0)
        if not use.supported:
            return False
        flags = _XkbPerClientFlags(
            display=d.display,
            opcode=ext.major_opcode,
            device_spec=_XKB_USE_CORE_KBD,
            change=_XKB_PCF_DETECTABLE_AUTOREPEAT,
            value=_XKB_PCF_DETECTABLE_AUTOREPEAT,
            ctrls_to_change=0,
            auto_ctrls=0,
            auto_ctrl_values=0,
        )
        return bool(flags.value & _XKB_PCF_DETECTABLE_AUTOREPEAT)
    except error.XError as exc:
        log.info("XKB detectable auto-repeat not available: %s", exc)
        return False


class X11Backend:
    """Signals nothing itself: calls ``on_key(action, down)`` from its reader thread
    and ``report(Status)`` from set_keys (the caller's thread) or from the reader
    thread when the connection is lost."""

    name = "X11"

    def __init__(
        self, *, on_key: Sink, report: Reporter, display_name: str | None = None, detectable_autorepeat: bool = True
    ) -> None:
        """``detectable_autorepeat=False`` skips XKB's help and filters the fake
        releases itself (what happens on a server without XKB; the tests use it)."""
        self._on_key = on_key
        self._report = report
        try:
            self._d = display.Display(display_name)
        except (error.DisplayError, error.ConnectionClosedError, OSError) as exc:
            raise Unavailable(NO_DISPLAY, str(exc)) from exc
        self._root = self._d.screen().root
        self.detectable_autorepeat = detectable_autorepeat and _detectable_autorepeat(self._d)
        # one thread at a time talks to the X connection or touches the grab tables
        self._lock = threading.RLock()
        self._chords: dict[str, Chord] = {}
        self._grabs: list[tuple[int, int]] = []  # (keycode, modifiers) grabbed now
        self._by_key: dict[tuple[int, int], str] = {}  # (keycode, modifiers without locks) → action
        self._lock_masks = (0,)
        self._ignored = X.LockMask  # modifier bits that do not matter (CapsLock, NumLock)
        self._down: dict[int, str] = {}  # keycode → action, while its key is held
        self.stats = {"presses": 0, "repeats": 0, "releases": 0}  # what the server sent; the tests read it
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="parley-global-keys-x11", daemon=True)
        self._thread.start()

    # ---- any thread ------------------------------------------------------------------
    def set_keys(self, chords: dict[str, Chord]) -> None:
        with self._lock:
            released = list(self._down.values())
            self._down.clear()
            status = self._grab_all(chords)
        for action in released:  # the key we were holding is not ours any more
            self._on_key(action, False)
        self._wake()  # events read while we held the connection are waiting in its queue
        self._report(status)

    def close(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._wake()
        self._thread.join(5)
        with self._lock:
            try:
                self._ungrab_all()
                self._d.close()
            except (error.XError, error.ConnectionClosedError, OSError):
                pass
        os.close(self._wake_r)
        os.close(self._wake_w)

    # ---- grabbing (under self._lock) -------------------------------------------------
    def _modifier_masks(self) -> tuple[dict[str, int], int]:
        """Which ModN holds Alt, Super and NumLock on this server (usually Mod1, Mod4, Mod2)."""
        codes = self._d.get_modifier_mapping()

        def mask_of(*names: str) -> int:
            wanted = {self._d.keysym_to_keycode(XK.string_to_keysym(n)) for n in names} - {0}
            for index, row in enumerate(codes):
                if wanted & set(row):
                    return 1 << index
            return 0

        masks = {
            SHIFT: X.ShiftMask,
            CTRL: X.ControlMask,
            ALT: mask_of("Alt_L", "Alt_R", "Meta_L") or X.Mod1Mask,
            META: mask_of("Super_L", "Super_R") or X.Mod4Mask,
        }
        return masks, mask_of("Num_Lock")

    def _grab_all(self, chords: dict[str, Chord]) -> Status:
        self._ungrab_all()
        self._chords = dict(chords)
        masks, numlock = self._modifier_masks()
        locks = [m for m in (X.LockMask, numlock) if m]
        self._lock_masks = tuple(sum(c) for n in range(len(locks) + 1) for c in combinations(locks, n))
        self._ignored = sum(locks)
        listening: dict[str, str] = {}
        failed: dict[str, tuple[str, str]] = {}
        for action, chord in chords.items():
            name = x11_keysym_name(chord.key)
            keycode = self._d.keysym_to_keycode(XK.string_to_keysym(name)) if name else 0
            if not keycode:
                failed[action] = (chord.text, NO_SUCH_KEY)
                continue
            mods = 0
            for m in chord.modifiers:
                mods |= masks[m]
            if (keycode, mods) in self._by_key:
                failed[action] = (chord.text, DUPLICATE)
                continue
            catcher = error.CatchError(error.BadAccess)
            combos = [(keycode, mods | lock) for lock in self._lock_masks]
            for code, m in combos:
                self._root.grab_key(code, m, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher)
            self._d.sync()
            if catcher.get_error() is not None:  # another client holds one of the combinations
                ignore = error.CatchError()
                for code, m in combos:
                    self._root.ungrab_key(code, m, onerror=ignore)
                failed[action] = (chord.text, TAKEN)
                continue
            self._grabs += combos
            self._by_key[(keycode, mods)] = action
            listening[action] = chord.text
        self._d.sync()
        return Status(listening=listening, failed=failed)

    def _ungrab_all(self) -> None:
        ignore = error.CatchError()
        for code, m in self._grabs:
            self._root.ungrab_key(code, m, onerror=ignore)
        self._grabs = []
        self._by_key = {}
        self._d.sync()

    # ---- the reader thread -----------------------------------------------------------
    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def _run(self) -> None:
        fd = self._d.fileno()
        try:
            while not self._stop.is_set():
                with self._lock:
                    events = self._drain()  # also what set_keys or a re-grab read off the socket meanwhile
                    if events:
                        self._handle(events)
                        continue
                ready, _, _ = select.select([fd, self._wake_r], [], [])
                if self._wake_r in ready:
                    os.read(self._wake_r, 512)
        except (error.ConnectionClosedError, OSError, error.XError) as exc:
            if not self._stop.is_set():
                log.warning("global keys: lost the X connection: %s", exc)
                for action in list(self._down.values()):
                    self._on_key(action, False)
                self._down.clear()
                self._report(Status(problem=FAILED, detail=str(exc)))

    def _drain(self, wait: float = 0.0) -> list:
        with self._lock:
            events = [self._d.next_event() for _ in range(self._d.pending_events())]
        if not events and wait:
            select.select([self._d.fileno()], [], [], wait)
            with self._lock:
                events = [self._d.next_event() for _ in range(self._d.pending_events())]
        return events

    def _handle(self, events: list) -> None:
        i = 0
        while i < len(events):
            ev = events[i]
            i += 1
            if ev.type == X.MappingNotify:
                self._on_mapping(ev)
            elif ev.type == X.KeyPress:
                self._on_press(ev)
            elif ev.type == X.KeyRelease and ev.detail in self._down:
                if not self.detectable_autorepeat:
                    if i == len(events):  # an auto-repeat's press follows its release at once
                        events += self._drain(wait=0.02)
                    nxt = events[i] if i < len(events) else None
                    if nxt is not None and nxt.type == X.KeyPress and nxt.detail == ev.detail and nxt.time == ev.time:
                        self.stats["repeats"] += 1
                        i += 1
                        continue
                self.stats["releases"] += 1
                self._on_key(self._down.pop(ev.detail), False)

    def _on_press(self, ev) -> None:
        if ev.detail in self._down:  # auto-repeat (detectable: presses without releases)
            self.stats["repeats"] += 1
            return
        state = ev.state & 0xFF & ~self._ignored  # the modifier bits, lock keys left out
        action = self._by_key.get((ev.detail, state))
        if action is None:  # another key pressed while ours is held (the grab sends us all keys)
            return
        self.stats["presses"] += 1
        self._down[ev.detail] = action
        self._on_key(action, True)

    def _on_mapping(self, ev) -> None:
        """The keyboard layout changed: our keys may now have other keycodes. Grab
        again, but only if something moved: a server also says this each time input
        switches between keyboards (a real one and XTest), and a grab let go for a
        moment then would miss the press that caused it."""
        if ev.request not in (X.MappingKeyboard, X.MappingModifier):
            return
        with self._lock:
            if ev.request == X.MappingKeyboard:
                self._d.refresh_keyboard_mapping(ev)
            if self._planned_keys() == self._by_key:
                return
            status = self._grab_all(self._chords)
        self._report(status)

    def _planned_keys(self) -> dict[tuple[int, int], str]:
        """(keycode, modifiers) → action, as _grab_all would grab them now."""
        masks, _ = self._modifier_masks()
        planned: dict[tuple[int, int], str] = {}
        for action, chord in self._chords.items():
            name = x11_keysym_name(chord.key)
            keycode = self._d.keysym_to_keycode(XK.string_to_keysym(name)) if name else 0
            mods = 0
            for m in chord.modifiers:
                mods |= masks[m]
            if keycode and (keycode, mods) not in planned:
                planned[(keycode, mods)] = action
        return planned
