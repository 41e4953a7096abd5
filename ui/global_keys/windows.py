"""Global keys on Windows: RegisterHotKey, on a thread with its own message loop.

Imported only on Windows (GlobalKeys imports it lazily). RegisterHotKey with no
window posts WM_HOTKEY to the registering thread's queue, so one thread registers,
waits in GetMessageW, and unregisters; PostThreadMessageW(WM_QUIT) ends it. Windows
reports the press only, so after each press the same thread polls the key itself
(GetAsyncKeyState, every 20 ms) to report the release; MOD_NOREPEAT keeps a held
key from sending more presses.

Not run by the test suite (Linux CI); the key mapping it uses is tested in keys.py."""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from ctypes import wintypes

from .base import DUPLICATE, NO_SUCH_KEY, TAKEN, Reporter, Sink, Status
from .keys import Chord, windows_modifiers, windows_vk

log = logging.getLogger(__name__)

WM_HOTKEY = 0x0312
WM_QUIT = 0x0012
PM_NOREMOVE = 0x0000
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
POLL_S = 0.02


def _user32():
    u = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    u.RegisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT)
    u.RegisterHotKey.restype = wintypes.BOOL
    u.UnregisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int)
    u.UnregisterHotKey.restype = wintypes.BOOL
    u.GetMessageW.argtypes = (ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT)
    u.GetMessageW.restype = wintypes.BOOL
    u.PeekMessageW.argtypes = (ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT, wintypes.UINT)
    u.PeekMessageW.restype = wintypes.BOOL
    u.PostThreadMessageW.argtypes = (wintypes.DWORD, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM)
    u.PostThreadMessageW.restype = wintypes.BOOL
    u.GetAsyncKeyState.argtypes = (ctypes.c_int,)
    u.GetAsyncKeyState.restype = ctypes.c_short
    return u


class WindowsBackend:
    """Calls ``on_key(action, down)`` from its message-loop thread; ``report`` from
    set_keys (which waits the few milliseconds registration takes)."""

    name = "Windows"

    def __init__(self, *, on_key: Sink, report: Reporter) -> None:
        self._on_key = on_key
        self._report = report
        self._user32 = _user32()
        self._kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self._kernel32.GetCurrentThreadId.restype = wintypes.DWORD
        self._thread: threading.Thread | None = None
        self._thread_id = 0
        self._stop = threading.Event()

    def set_keys(self, chords: dict[str, Chord]) -> None:
        self._stop_thread()  # hotkeys belong to the thread that registered them: start afresh
        if not chords:
            self._report(Status())
            return
        ready = threading.Event()
        result: list[Status] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(chords, ready, result, self._stop), name="parley-global-keys-win", daemon=True
        )
        self._thread.start()
        ready.wait(5)
        self._report(result[0] if result else Status(failed={a: (c.text, TAKEN) for a, c in chords.items()}))

    def close(self) -> None:
        self._stop_thread()

    def _stop_thread(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        if self._thread_id:
            self._user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)
        self._thread.join(5)
        self._thread = None
        self._thread_id = 0

    # ---- the message-loop thread -----------------------------------------------------
    def _run(
        self, chords: dict[str, Chord], ready: threading.Event, result: list[Status], stop: threading.Event
    ) -> None:
        u = self._user32
        msg = wintypes.MSG()
        u.PeekMessageW(ctypes.byref(msg), None, 0, 0, PM_NOREMOVE)  # gives this thread its queue before anyone posts
        self._thread_id = self._kernel32.GetCurrentThreadId()
        registered: dict[int, tuple[str, int]] = {}  # hotkey id → (action, vk)
        listening: dict[str, str] = {}
        failed: dict[str, tuple[str, str]] = {}
        seen: set[tuple[int, int]] = set()
        try:
            for hotkey_id, (action, chord) in enumerate(chords.items(), start=1):
                vk = windows_vk(chord.key)
                if vk is None:
                    failed[action] = (chord.text, NO_SUCH_KEY)
                    continue
                mods = windows_modifiers(chord.modifiers)
                if (vk, mods) in seen:
                    failed[action] = (chord.text, DUPLICATE)
                    continue
                seen.add((vk, mods))
                if u.RegisterHotKey(None, hotkey_id, mods, vk):
                    registered[hotkey_id] = (action, vk)
                    listening[action] = chord.text
                else:
                    err = ctypes.get_last_error()
                    if err != ERROR_HOTKEY_ALREADY_REGISTERED:
                        log.warning("RegisterHotKey(%s) failed: error %d", chord.text, err)
                    failed[action] = (chord.text, TAKEN)
            result.append(Status(listening=listening, failed=failed))
            ready.set()
            while not stop.is_set():
                got = u.GetMessageW(ctypes.byref(msg), None, 0, 0)
                if got in (0, -1):  # WM_QUIT, or an error
                    break
                if msg.message != WM_HOTKEY or msg.wParam not in registered:
                    continue
                action, vk = registered[msg.wParam]
                self._on_key(action, True)
                # Windows sends nothing when the key goes up: watch it
                while not stop.is_set() and u.GetAsyncKeyState(vk) & 0x8000:
                    time.sleep(POLL_S)
                self._on_key(action, False)
        finally:
            for hotkey_id in registered:
                u.UnregisterHotKey(None, hotkey_id)
            ready.set()
