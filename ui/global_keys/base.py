"""What every backend reports: which actions listen, which keys failed and why, or
why the whole backend cannot work. GlobalKeys turns this into the sentences the
settings dialog shows; backends never write user-facing text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# Called by a backend, from any thread, when an action's key goes down (True) or up (False).
Sink = Callable[[str, bool], None]

# why a backend as a whole cannot listen
NO_DESKTOP = "no-desktop"  # offscreen/minimal platform, no display server
NO_DISPLAY = "no-display"  # X11: the display could not be opened
NO_BUS = "no-bus"  # Wayland: no D-Bus session bus
NO_PORTAL = "no-portal"  # Wayland: no org.freedesktop.portal.GlobalShortcuts
PORTAL_REFUSED = "portal-refused"  # Wayland: the user or the desktop said no
NO_PYOBJC = "no-pyobjc"  # macOS: the Quartz bindings are not installed
NO_PERMISSION = "no-permission"  # macOS: no Accessibility / Input Monitoring permission
FAILED = "failed"  # anything else; ``detail`` says what

# why one key cannot be used
TAKEN = "taken"  # another application owns it (X11 BadAccess, RegisterHotKey failure)
NO_SUCH_KEY = "no-such-key"  # no key on this keyboard / in our tables produces it
DUPLICATE = "duplicate"  # the same key is set for two actions


@dataclass(frozen=True)
class Status:
    """``listening``: action → the key it listens for (as the desktop names it, which
    for the portal may differ from what was asked); ``failed``: action → (key text,
    one of the per-key reasons above); ``problem``: set when nothing can work;
    ``pending``: an answer from the desktop is still awaited."""

    listening: dict[str, str] = field(default_factory=dict)
    failed: dict[str, tuple[str, str]] = field(default_factory=dict)
    problem: str = ""
    detail: str = ""
    pending: bool = False


# Called by a backend with its current Status: synchronously from set_keys on the GUI
# thread, or later from its own thread (the portal's answer, a lost connection).
Reporter = Callable[[Status], None]


class Unavailable(Exception):
    """Raised by a backend's constructor when it cannot work on this machine at all."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail
