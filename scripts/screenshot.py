"""Render the main window mid-conversation and save PNGs for the docs.

    .venv/bin/python scripts/screenshot.py [--out docs] [--no-dark] [--no-voice]

Runs offscreen on a throw-away AppPaths with pre-filled history and a FakeEngine,
so it needs no model and never touches the user's own data. The voice shot
(docs/screenshot-voice.png) uses a fake microphone and speaker: one spoken turn
is answered, then the window is caught listening to the next question, with the
level meter moving.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot  # noqa: E402

from assistant.audio.devices import AudioStatus  # noqa: E402
from assistant.audio.playback import WavCollector  # noqa: E402
from assistant.config import LoadResult, Settings  # noqa: E402
from assistant.engines.fake import FakeEngine  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402
from assistant.store import HistoryStore  # noqa: E402
from ui.app import GarbageCollector, build, make_application  # noqa: E402
from ui.controller import ChatController  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.voice import AudioBackend  # noqa: E402

GREETING = "Hi! I'm learning Python. Can you help with a few questions?"
GREETING_REPLY = "Of course! Ask away. I can explain ideas, show examples and help you fix code."

QUESTION = "What's the difference between a list and a tuple?"
ANSWER = """## Lists vs. tuples

Both hold an ordered sequence of items, but they differ in a few ways:

- **Mutability**: a list can change after it is created; a tuple cannot.
- **Use**: lists suit collections of *similar* things, tuples suit fixed records.
- **Hashing**: tuples of hashable items can be dictionary keys.

| | List | Tuple |
|---|---|---|
| Syntax | `[1, 2, 3]` | `(1, 2, 3)` |
| Mutable | Yes | No |
| Dict key | No | Yes |

```python
point = (3, 4)          # a fixed record
scores = [90, 72, 85]   # a growing collection
scores.append(100)
lookup = {point: "treasure"}
```

Use a tuple when the shape is fixed, and a list when it grows."""

OTHERS = [
    ("Trip planning for Lisbon", "Plan three relaxed days in Lisbon", "Day 1: Alfama and the castle…"),
    ("Email to the landlord", "Help me write a polite email about the heating", "Dear Ms. Silva, …"),
    ("Sourdough starter tips", "My starter smells like acetone, why?", "That smell means it is hungry…"),
]


def fill(store: HistoryStore) -> None:
    for title, q, a in OTHERS:
        c = store.create_conversation(title)
        store.add_message(c.id, "user", q)
        store.add_message(c.id, "assistant", a, meta={"model": "smollm2-135m-instruct"})
    c = store.create_conversation("Learning Python")
    store.add_message(c.id, "user", GREETING)
    store.add_message(c.id, "assistant", GREETING_REPLY, meta={"model": "smollm2-135m-instruct"})


class Shooter(QObject):
    """Drives one screenshot from the controller's signals: history loaded → send
    the question → reply written → let the layout settle → grab."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__()
        self.controller, self.window, self.target, self.loop = controller, window, target, loop
        self.sent = False
        controller.conversation_loaded.connect(self._on_loaded)
        controller.busy_changed.connect(self._on_busy_changed)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if not self.sent:
            self.sent = True
            self.controller.send(QUESTION)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            QTimer.singleShot(300, self, self._grab)

    @Slot()
    def _grab(self) -> None:
        self.window.chat_view.scroll_to_bottom()
        self.window.grab().save(str(self.target))
        self.loop.quit()


def render(target: Path, shooter_cls: type, engine: FakeEngine, settings: Settings, **build_kw: object) -> Path:
    """Build the real window over saved history and a paced fake engine, let the
    shooter drive it and save the grab; never hangs (20 s cap)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp)).ensure()
        store = HistoryStore(paths.history_db)
        fill(store)
        controller, window = build(
            paths=paths, load_result=LoadResult(settings), engine=engine, store=store, **build_kw  # type: ignore[arg-type]
        )
        window.resize(1200, 800)
        window.show()
        loop = QEventLoop()
        shooter = shooter_cls(controller, window, target, loop)
        QTimer.singleShot(20_000, loop, loop.quit)
        controller.start()
        loop.exec()
        del shooter
        window.close()
        controller.shutdown()
        store.close()
    return target


def shoot(out: Path, theme: str) -> Path:
    target = out / ("screenshot-main.png" if theme == "light" else "screenshot-main-dark.png")
    engine = FakeEngine(reply=ANSWER, token_delay_s=0.015, first_token_delay_s=0.22)  # this machine's pace
    return render(target, Shooter, engine, Settings(theme=theme))


VOICE_QUESTION = "How do I read a file line by line in Python?"
VOICE_ANSWER = """Open it in a `with` block and loop over it:

```python
with open("notes.txt") as f:
    for line in f:
        print(line.rstrip())
```

The file is read one line at a time, so even a huge file fits in memory."""


class ScreenshotMic:
    """A Recorder stand-in whose level moves like a voice, so the meter shows."""

    def __init__(self) -> None:
        self.too_long = False
        self.error = ""
        self._began: float | None = None

    def open(self) -> ScreenshotMic:
        return self

    @property
    def level(self) -> float:
        if self._began is None:
            return 0.0
        t = time.perf_counter() - self._began
        return 0.03 + 0.025 * (1 + np.sin(t * 9.0)) * (1 + np.sin(t * 2.3))

    @property
    def recording_s(self) -> float:
        return 3.4 if self._began is not None else 0.0

    def begin(self) -> None:
        self._began = time.perf_counter()

    def end(self, *, postroll: bool = True) -> np.ndarray:
        self._began = None
        t = np.arange(16000) / 16000
        return (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)

    def close(self) -> None:
        self._began = None


def screenshot_audio() -> AudioBackend:
    status = AudioStatus(
        portaudio=True,
        inputs=["Microphone"],
        outputs=["Speakers"],
        default_input="Microphone",
        default_output="Speakers",
    )
    mic = ScreenshotMic()
    return AudioBackend(
        probe=lambda: status,
        open_recorder=lambda _settings: mic.open(),
        open_player=lambda rate, _device: WavCollector(sample_rate=rate).open(),
    )


class VoiceShooter(QObject):
    """History loaded → one spoken turn (press, release) → its timings shown →
    press again and hold → let the meter move → grab."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__()
        self.controller, self.window, self.target, self.loop = controller, window, target, loop
        self.step = "start"
        controller.conversation_loaded.connect(self._on_loaded)
        controller.voice_turn_finished.connect(self._on_turn_finished)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if self.step == "start":
            self.step = "talking"
            QTimer.singleShot(300, self, self._press)  # the probe has found the fake microphone by then

    @Slot()
    def _press(self) -> None:
        self.controller.talk_pressed()
        QTimer.singleShot(400, self, self._release)

    @Slot()
    def _release(self) -> None:
        self.controller.talk_released()

    @Slot(object)
    def _on_turn_finished(self, _ev: object) -> None:
        if self.step == "talking":
            self.step = "listening"
            QTimer.singleShot(300, self, self._listen)

    @Slot()
    def _listen(self) -> None:
        self.controller.talk_pressed()
        QTimer.singleShot(700, self, self._grab)

    @Slot()
    def _grab(self) -> None:
        self.window.chat_view.scroll_to_bottom()
        self.window.grab().save(str(self.target))
        self.controller.cancel_listening()
        self.loop.quit()


def shoot_voice(out: Path) -> Path:
    engine = FakeEngine(
        reply=VOICE_ANSWER, transcript=VOICE_QUESTION, token_delay_s=0.015, first_token_delay_s=0.1,
        transcribe_delay_s=0.12, samples_per_word=300,
    )
    return render(out / "screenshot-voice.png", VoiceShooter, engine, Settings(theme="light"), audio=screenshot_audio())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--no-dark", action="store_true")
    ap.add_argument("--no-voice", action="store_true")
    ap.add_argument("--only-voice", action="store_true")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    collector = GarbageCollector(app)
    collector.start()
    if not args.only_voice:
        print(shoot(args.out, "light"))
        if not args.no_dark:
            print(shoot(args.out, "dark"))
    if not args.no_voice:
        print(shoot_voice(args.out))
    collector.stop()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
