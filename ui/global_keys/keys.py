"""Key strings ("Ctrl+Alt+Space", Qt's portable text) and what each desktop calls
the same key: an X11 keysym name, a Windows virtual-key code, a macOS virtual
keycode, an xdg-desktop-portal trigger. Pure functions: every backend's mapping is
unit-tested here on any OS.

Qt's meaning of the modifiers is kept everywhere: on macOS "Ctrl" is the Command
key and "Meta" the Control key (as QKeySequence shows them there); on Windows
"Meta" is the Windows key; on X11 "Meta" is Super (the logo key), as Qt's xcb
plugin reads it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

CTRL, ALT, SHIFT, META = "ctrl", "alt", "shift", "meta"
_QT_MODIFIERS = (
    (Qt.KeyboardModifier.ControlModifier, CTRL),
    (Qt.KeyboardModifier.AltModifier, ALT),
    (Qt.KeyboardModifier.ShiftModifier, SHIFT),
    (Qt.KeyboardModifier.MetaModifier, META),
)


class BadKey(ValueError):
    """A key string that is not one key with modifiers; ``reason`` says which way."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason  # "empty", "unknown", "sequence", "modifier-only", "bare"


@dataclass(frozen=True)
class Chord:
    """One key plus the modifiers held with it. ``key`` is a ``Qt.Key`` value."""

    key: int
    modifiers: frozenset[str]
    text: str  # the portable text form, as stored in the settings

    @property
    def native_text(self) -> str:
        """How this desktop writes the key (⌃⌥Space on macOS, Ctrl+Alt+Space elsewhere)."""
        return QKeySequence(self.text, QKeySequence.SequenceFormat.PortableText).toString(
            QKeySequence.SequenceFormat.NativeText
        )


_MODIFIER_KEYS = {
    Qt.Key.Key_Control.value,
    Qt.Key.Key_Alt.value,
    Qt.Key.Key_Shift.value,
    Qt.Key.Key_Meta.value,
    Qt.Key.Key_AltGr.value,
    Qt.Key.Key_Super_L.value,
    Qt.Key.Key_Super_R.value,
    Qt.Key.Key_CapsLock.value,
    Qt.Key.Key_NumLock.value,
}


def parse(text: str) -> Chord:
    """ "Ctrl+Alt+Space" → Chord. Raises ``BadKey`` for an empty string, several
    keys ("Ctrl+A, Ctrl+B"), a name Qt does not know, a lone modifier, or a key
    that types a character with no Ctrl/Alt/Meta (grabbing it everywhere would stop
    the user typing it in every other application)."""
    text = (text or "").strip()
    if not text:
        raise BadKey(text, "empty")
    seq = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if seq.count() == 0:
        raise BadKey(text, "unknown")
    if seq.count() > 1:
        raise BadKey(text, "sequence")
    combo = seq[0]
    key = combo.key().value
    if key in (Qt.Key.Key_unknown.value, 0):
        raise BadKey(text, "unknown")
    if key in _MODIFIER_KEYS:
        raise BadKey(text, "modifier-only")
    qmods = combo.keyboardModifiers()
    mods = frozenset(name for flag, name in _QT_MODIFIERS if qmods & flag)
    if not mods & {CTRL, ALT, META} and _types_a_character(key):
        raise BadKey(text, "bare")
    return Chord(key, mods, seq.toString(QKeySequence.SequenceFormat.PortableText))


def _types_a_character(key: int) -> bool:
    return key < 0x01000000  # Qt's printable keys are their Latin-1/Unicode code; specials start at 0x01000000


# ---- X11 keysym names (python-xlib's XK.string_to_keysym; also the portal's trigger names)
_X11_SPECIAL = {
    Qt.Key.Key_Space: "space",
    Qt.Key.Key_Return: "Return",
    Qt.Key.Key_Enter: "KP_Enter",
    Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Backtab: "ISO_Left_Tab",
    Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Backspace: "BackSpace",
    Qt.Key.Key_Left: "Left",
    Qt.Key.Key_Up: "Up",
    Qt.Key.Key_Right: "Right",
    Qt.Key.Key_Down: "Down",
    Qt.Key.Key_Insert: "Insert",
    Qt.Key.Key_Delete: "Delete",
    Qt.Key.Key_Home: "Home",
    Qt.Key.Key_End: "End",
    Qt.Key.Key_PageUp: "Prior",
    Qt.Key.Key_PageDown: "Next",
    Qt.Key.Key_Pause: "Pause",
    Qt.Key.Key_Print: "Print",
    Qt.Key.Key_Menu: "Menu",
    Qt.Key.Key_ScrollLock: "Scroll_Lock",
    Qt.Key.Key_Minus: "minus",
    Qt.Key.Key_Equal: "equal",
    Qt.Key.Key_BracketLeft: "bracketleft",
    Qt.Key.Key_BracketRight: "bracketright",
    Qt.Key.Key_Semicolon: "semicolon",
    Qt.Key.Key_Apostrophe: "apostrophe",
    Qt.Key.Key_QuoteLeft: "grave",
    Qt.Key.Key_Comma: "comma",
    Qt.Key.Key_Period: "period",
    Qt.Key.Key_Slash: "slash",
    Qt.Key.Key_Backslash: "backslash",
    Qt.Key.Key_Plus: "plus",
    Qt.Key.Key_Asterisk: "asterisk",
}
_X11_SPECIAL_BY_VALUE = {k.value: v for k, v in _X11_SPECIAL.items()}


def x11_keysym_name(key: int) -> str | None:
    """The X keysym name for a Qt key (lower-case letters: the keysym the key types
    without Shift), or None when there is none in our table."""
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        return chr(key).lower()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return chr(key)
    if Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value:
        return f"F{key - Qt.Key.Key_F1.value + 1}"
    return _X11_SPECIAL_BY_VALUE.get(key)


# ---- Windows (RegisterHotKey) ---------------------------------------------------------
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x0001, 0x0002, 0x0004, 0x0008, 0x4000
_WIN_MODIFIERS = {CTRL: MOD_CONTROL, ALT: MOD_ALT, SHIFT: MOD_SHIFT, META: MOD_WIN}
_WIN_SPECIAL = {
    Qt.Key.Key_Space: 0x20,
    Qt.Key.Key_Return: 0x0D,
    Qt.Key.Key_Enter: 0x0D,
    Qt.Key.Key_Tab: 0x09,
    Qt.Key.Key_Escape: 0x1B,
    Qt.Key.Key_Backspace: 0x08,
    Qt.Key.Key_Left: 0x25,
    Qt.Key.Key_Up: 0x26,
    Qt.Key.Key_Right: 0x27,
    Qt.Key.Key_Down: 0x28,
    Qt.Key.Key_Insert: 0x2D,
    Qt.Key.Key_Delete: 0x2E,
    Qt.Key.Key_Home: 0x24,
    Qt.Key.Key_End: 0x23,
    Qt.Key.Key_PageUp: 0x21,
    Qt.Key.Key_PageDown: 0x22,
    Qt.Key.Key_Pause: 0x13,
    Qt.Key.Key_Print: 0x2C,
    Qt.Key.Key_Menu: 0x5D,
    Qt.Key.Key_ScrollLock: 0x91,
    # the OEM keys as they sit on a US keyboard (Windows names them by position)
    Qt.Key.Key_Semicolon: 0xBA,
    Qt.Key.Key_Equal: 0xBB,
    Qt.Key.Key_Plus: 0xBB,
    Qt.Key.Key_Comma: 0xBC,
    Qt.Key.Key_Minus: 0xBD,
    Qt.Key.Key_Period: 0xBE,
    Qt.Key.Key_Slash: 0xBF,
    Qt.Key.Key_QuoteLeft: 0xC0,
    Qt.Key.Key_BracketLeft: 0xDB,
    Qt.Key.Key_Backslash: 0xDC,
    Qt.Key.Key_BracketRight: 0xDD,
    Qt.Key.Key_Apostrophe: 0xDE,
}
_WIN_SPECIAL_BY_VALUE = {k.value: v for k, v in _WIN_SPECIAL.items()}


def windows_vk(key: int) -> int | None:
    """The Windows virtual-key code (VK_*) for a Qt key, or None."""
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value or Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key  # VK_A..VK_Z and VK_0..VK_9 are the ASCII codes
    if Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F24.value:
        return 0x70 + key - Qt.Key.Key_F1.value  # VK_F1..VK_F24
    return _WIN_SPECIAL_BY_VALUE.get(key)


def windows_modifiers(mods: frozenset[str]) -> int:
    """RegisterHotKey's fsModifiers, with MOD_NOREPEAT: holding the key gives one WM_HOTKEY."""
    flags = MOD_NOREPEAT
    for m in mods:
        flags |= _WIN_MODIFIERS[m]
    return flags


# ---- macOS (Quartz event tap: CGEvent keycodes and flags) ------------------------------
MAC_SHIFT, MAC_CONTROL, MAC_OPTION, MAC_COMMAND = 0x20000, 0x40000, 0x80000, 0x100000
MAC_MODIFIER_MASK = MAC_SHIFT | MAC_CONTROL | MAC_OPTION | MAC_COMMAND
# Qt's convention on macOS: ControlModifier is Command, MetaModifier is Control
_MAC_MODIFIERS = {CTRL: MAC_COMMAND, META: MAC_CONTROL, ALT: MAC_OPTION, SHIFT: MAC_SHIFT}
# kVK_ANSI_* are positions on a US keyboard (Carbon's Events.h)
_MAC_LETTERS = {
    "A": 0x00,
    "S": 0x01,
    "D": 0x02,
    "F": 0x03,
    "H": 0x04,
    "G": 0x05,
    "Z": 0x06,
    "X": 0x07,
    "C": 0x08,
    "V": 0x09,
    "B": 0x0B,
    "Q": 0x0C,
    "W": 0x0D,
    "E": 0x0E,
    "R": 0x0F,
    "Y": 0x10,
    "T": 0x11,
    "1": 0x12,
    "2": 0x13,
    "3": 0x14,
    "4": 0x15,
    "6": 0x16,
    "5": 0x17,
    "9": 0x19,
    "7": 0x1A,
    "8": 0x1C,
    "0": 0x1D,
    "O": 0x1F,
    "U": 0x20,
    "I": 0x22,
    "P": 0x23,
    "L": 0x25,
    "J": 0x26,
    "K": 0x28,
    "N": 0x2D,
    "M": 0x2E,
}
_MAC_F = {
    1: 0x7A,
    2: 0x78,
    3: 0x63,
    4: 0x76,
    5: 0x60,
    6: 0x61,
    7: 0x62,
    8: 0x64,
    9: 0x65,
    10: 0x6D,
    11: 0x67,
    12: 0x6F,
    13: 0x69,
    14: 0x6B,
    15: 0x71,
    16: 0x6A,
    17: 0x40,
    18: 0x4F,
    19: 0x50,
    20: 0x5A,
}
_MAC_SPECIAL = {
    Qt.Key.Key_Space: 0x31,
    Qt.Key.Key_Return: 0x24,
    Qt.Key.Key_Enter: 0x4C,
    Qt.Key.Key_Tab: 0x30,
    Qt.Key.Key_Escape: 0x35,
    Qt.Key.Key_Backspace: 0x33,
    Qt.Key.Key_Left: 0x7B,
    Qt.Key.Key_Right: 0x7C,
    Qt.Key.Key_Down: 0x7D,
    Qt.Key.Key_Up: 0x7E,
    Qt.Key.Key_Insert: 0x72,
    Qt.Key.Key_Help: 0x72,
    Qt.Key.Key_Delete: 0x75,
    Qt.Key.Key_Home: 0x73,
    Qt.Key.Key_End: 0x77,
    Qt.Key.Key_PageUp: 0x74,
    Qt.Key.Key_PageDown: 0x79,
    Qt.Key.Key_Equal: 0x18,
    Qt.Key.Key_Minus: 0x1B,
    Qt.Key.Key_BracketRight: 0x1E,
    Qt.Key.Key_BracketLeft: 0x21,
    Qt.Key.Key_Apostrophe: 0x27,
    Qt.Key.Key_Semicolon: 0x29,
    Qt.Key.Key_Backslash: 0x2A,
    Qt.Key.Key_Comma: 0x2B,
    Qt.Key.Key_Slash: 0x2C,
    Qt.Key.Key_Period: 0x2F,
    Qt.Key.Key_QuoteLeft: 0x32,
}
_MAC_SPECIAL_BY_VALUE = {k.value: v for k, v in _MAC_SPECIAL.items()}


def mac_keycode(key: int) -> int | None:
    """The macOS virtual keycode (kVK_*) for a Qt key, or None (F21–F24 have none)."""
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value or Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return _MAC_LETTERS[chr(key)]
    if Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value:
        return _MAC_F.get(key - Qt.Key.Key_F1.value + 1)
    return _MAC_SPECIAL_BY_VALUE.get(key)


def mac_flags(mods: frozenset[str]) -> int:
    """The CGEventFlags that must be down (and no other of Shift/Control/Option/Command)."""
    flags = 0
    for m in mods:
        flags |= _MAC_MODIFIERS[m]
    return flags


# ---- xdg-desktop-portal (the shortcuts spec: "CTRL+ALT+space") -------------------------
_PORTAL_MODIFIERS = ((CTRL, "CTRL"), (ALT, "ALT"), (SHIFT, "SHIFT"), (META, "LOGO"))


def portal_trigger(chord: Chord) -> str | None:
    """The preferred_trigger for BindShortcuts: modifiers in the spec's names, then
    the xkb keysym name. The desktop may offer another key; it has the last word."""
    name = x11_keysym_name(chord.key)
    if name is None:
        return None
    return "+".join([p for m, p in _PORTAL_MODIFIERS if m in chord.modifiers] + [name])
