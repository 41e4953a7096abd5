"""Render the main window mid-conversation and save PNGs for the docs.

    .venv/bin/python scripts/screenshot.py [--out docs] [--no-dark] [--no-voice] [--no-translator]

Runs offscreen on a throw-away AppPaths with pre-filled history and a FakeEngine,
so it needs no model and never touches the user's own data. The voice shot
(docs/screenshot-voice.png) uses a fake microphone and speaker: one spoken turn
is answered, then the window is caught listening to the next question, with the
level meter moving.

The Translator shots (docs/screenshot-translator.png, docs/screenshot-conversation.png)
use a phrase-book FakeEngine: a typed English text translated into French with a
few saved translations below, and conversation mode after four spoken turns.

The Models window (docs/screenshot-models.png, -dark.png) lists the built-in models
and one "added" model, whose file is a GGUF header in a sparse file.

``--only-desktop`` renders the desktop-comfort shots: the quick-ask box
(docs/screenshot-quick-ask.png), the Desktop page of the settings
(docs/screenshot-settings.png), the first-run welcome (docs/screenshot-welcome.png),
the high-contrast theme with larger text (docs/screenshot-main-contrast.png) and the
interface in French (docs/screenshot-main-fr.png).
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from assistant.audio.devices import AudioStatus  # noqa: E402
from assistant.audio.playback import WavCollector  # noqa: E402
from assistant.config import LoadResult, Settings  # noqa: E402
from assistant.engines.base import GenerationRequest  # noqa: E402
from assistant.engines.fake import FakeEngine  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402
from assistant.store import HistoryStore  # noqa: E402
from ui.app import GarbageCollector, build, make_application  # noqa: E402
from ui.controller import ChatController  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.models_dialog import ModelsDialog  # noqa: E402
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
    for src, tgt, source, target in SAVED_TRANSLATIONS:
        store.add_translation(source_lang=src, target_lang=tgt, source=source, target=target, model="gemma-3-270m")


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


# ---- the Translator ---------------------------------------------------------------
SAVED_TRANSLATIONS = [
    ("fr", "en", "Le musée est fermé le lundi, mais le jardin reste ouvert.",
     "The museum is closed on Mondays, but the garden stays open."),
    ("en", "fr", "How much is a return ticket to Lyon?", "Combien coûte un billet aller-retour pour Lyon ?"),
    ("en", "fr", "Good morning! A table for two, please.", "Bonjour ! Une table pour deux, s'il vous plaît."),
]
TRANSLATOR_TEXT = "Could you tell me where the nearest pharmacy is? I need something for a headache."
CONVERSATION = [
    ("a", "Hello! Is there a bakery near here?"),
    ("b", "Oui, juste à côté de la poste, à deux minutes à pied."),
    ("a", "Great, thank you. Is it open on Sundays?"),
    ("b", "Le dimanche, seulement le matin."),
]
#: what the phrase-book "model" answers, sentence by sentence
PHRASES = {
    "Could you tell me where the nearest pharmacy is?": "Pourriez-vous me dire où se trouve la pharmacie la plus proche ?",
    "I need something for a headache.": "J'ai besoin de quelque chose contre le mal de tête.",
    "Hello!": "Bonjour !",
    "Is there a bakery near here?": "Y a-t-il une boulangerie près d'ici ?",
    "Oui, juste à côté de la poste, à deux minutes à pied.": "Yes, right next to the post office, a two-minute walk.",
    "Great, thank you.": "Super, merci.",
    "Is it open on Sundays?": "Est-elle ouverte le dimanche ?",
    "Le dimanche, seulement le matin.": "On Sundays, only in the morning.",
}


class PhraseBookEngine(FakeEngine):
    """A FakeEngine that answers translation prompts (few-shot frames or chat
    instructions) from PHRASES."""

    def _reply_for(self, request: GenerationRequest) -> str:
        if request.prompt is not None:
            sentence = request.prompt.rstrip().split("\n")[-2].split(": ", 1)[1]
        else:
            text = request.messages[-1].content
            sentence = text.rsplit("\n\n", 1)[1] if re.match(r"Translate this", text) else text
        return PHRASES.get(sentence, sentence)


class TranslatorShooter(QObject):
    """History loaded → show the Translator → type an English text → its French
    translation arrives (after the typing pause) → grab."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__()
        self.controller, self.window, self.target, self.loop = controller, window, target, loop
        self.started = False
        self.shown = 0
        controller.conversation_loaded.connect(self._on_loaded)
        controller.translator.translated.connect(self._on_translated)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if not self.started:
            self.started = True
            self.window.show_translator()
            self.window.translator_view.set_languages("en", "fr")
            QTimer.singleShot(200, self, self._type)

    @Slot()
    def _type(self) -> None:
        view = self.window.translator_view
        view.source_edit.setPlainText(TRANSLATOR_TEXT)
        view.source_edit.moveCursor(view.source_edit.textCursor().MoveOperation.End)

    @Slot(object)
    def _on_translated(self, _shown: object) -> None:
        self.shown += 1
        if self.shown == 1:
            QTimer.singleShot(400, self, self._grab)

    @Slot()
    def _grab(self) -> None:
        self.window.grab().save(str(self.target))
        self.loop.quit()


class ConversationShooter(QObject):
    """Show the Translator in conversation mode (English | French) → four spoken
    turns, left and right people in turn, each pressed and released like the
    big buttons → grab."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__()
        self.controller, self.window, self.target, self.loop = controller, window, target, loop
        self.turn = -1
        controller.conversation_loaded.connect(self._on_loaded)
        controller.translator.finished.connect(self._on_finished)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if self.turn == -1:
            self.turn = 0
            self.window.show_translator()
            view = self.window.translator_view
            view.set_languages("en", "fr")
            view.set_conversation(True)
            QTimer.singleShot(400, self, self._press)  # the probe has found the fake microphone by then

    @Slot()
    def _press(self) -> None:
        side, text = CONVERSATION[self.turn]
        engine = self.controller.translator._worker._engine  # noqa: SLF001 - the fake "hears" the next line
        engine.transcript = text
        if not self.controller.talk_pressed(self.window.translator_view.speech_target(side)):
            QTimer.singleShot(100, self, self._press)  # the microphone is not found yet
            return
        QTimer.singleShot(600, self, self._release)  # longer than a tap (MIN_HOLD_S)

    @Slot()
    def _release(self) -> None:
        self.controller.talk_released()

    @Slot(int)
    def _on_finished(self, _request_id: int) -> None:
        self.turn += 1
        if self.turn < len(CONVERSATION):
            QTimer.singleShot(200, self, self._press)
        else:
            QTimer.singleShot(400, self, self._grab)

    @Slot()
    def _grab(self) -> None:
        self.window.grab().save(str(self.target))
        self.loop.quit()


def shoot_translator(out: Path, theme: str = "light") -> Path:
    suffix = "" if theme == "light" else "-dark"
    engine = PhraseBookEngine(token_delay_s=0.02, first_token_delay_s=0.1)
    return render(
        out / f"screenshot-translator{suffix}.png", TranslatorShooter, engine, Settings(theme=theme),
        audio=screenshot_audio(),
    )


def shoot_conversation(out: Path, theme: str = "light") -> Path:
    suffix = "" if theme == "light" else "-dark"
    engine = PhraseBookEngine(token_delay_s=0.01, transcribe_delay_s=0.05, samples_per_word=300)
    return render(
        out / f"screenshot-conversation{suffix}.png", ConversationShooter, engine, Settings(theme=theme),
        audio=screenshot_audio(),
    )


# ---- the Models window ---------------------------------------------------------------
#: a model "added by the user" for the Models shot: a real GGUF header, the rest a
#: sparse file of the real model's size (nothing is written to disk but the header)
USER_MODEL = "Llama-3.2-1B-Instruct-Q4_K_M"
USER_MODEL_META: dict[str, object] = {
    "general.architecture": "llama",
    "general.name": "Llama 3.2 1B Instruct",
    "general.license": "llama3.2",
    "general.languages": ["en", "de", "fr", "it", "pt", "es"],
    "general.file_type": 15,
    "llama.context_length": 131072,
    "llama.block_count": 16,
    "llama.embedding_length": 2048,
    "llama.attention.head_count": 32,
    "llama.attention.head_count_kv": 8,
}


def write_header_only_gguf(path: Path, meta: dict[str, object], size: int) -> Path:
    def s(text: str) -> bytes:
        b = text.encode()
        return struct.pack("<Q", len(b)) + b

    out = b"GGUF" + struct.pack("<IQQ", 3, 1, len(meta))
    for key, value in meta.items():
        out += s(key)
        if isinstance(value, str):
            out += struct.pack("<I", 8) + s(value)
        elif isinstance(value, int):
            out += struct.pack("<II", 4, value)
        else:
            out += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(s(v) for v in value)  # type: ignore[union-attr]
    out += s("token_embd.weight") + struct.pack("<I", 2) + struct.pack("<QQ", 2048, 4) + struct.pack("<IQ", 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.write(out)
        fh.truncate(size)
    return path


class ModelsShooter(QObject):
    """History loaded → open Tools → Models… → the user's model selected, its fit
    checked, the download form open with an address typed → grab the window."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__()
        self.controller, self.window, self.target, self.loop = controller, window, target, loop
        self.dialog: ModelsDialog | None = None
        write_header_only_gguf(controller.paths.models_dir / "llm" / f"{USER_MODEL}.gguf", USER_MODEL_META, 807_690_656)
        controller.conversation_loaded.connect(self._on_loaded)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if self.dialog is None:
            self.dialog = self.window.open_models()
            self.dialog.models_listed.connect(self._on_listed)

    @Slot(list)
    def _on_listed(self, _models: list) -> None:
        dialog = self.dialog
        assert dialog is not None
        dialog.models_listed.disconnect(self._on_listed)
        dialog.select(USER_MODEL)
        dialog.show_notice(f"Added {USER_MODEL} (language model, 808 MB). Use “Set as default for…” to use it for chat or translation.")
        dialog.download_button.setChecked(True)
        dialog.url_edit.setText("https://huggingface.co/bartowski/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/Qwen2.5-0.5B-Instruct-Q4_K_M.gguf")
        dialog.url_edit.setCursorPosition(0)
        QTimer.singleShot(600, self, self._grab)  # the fit check arrives from the worker

    @Slot()
    def _grab(self) -> None:
        assert self.dialog is not None
        self.dialog.grab().save(str(self.target))
        self.loop.quit()


def shoot_models(out: Path, theme: str = "light") -> Path:
    suffix = "" if theme == "light" else "-dark"
    return render(out / f"screenshot-models{suffix}.png", ModelsShooter, FakeEngine(), Settings(theme=theme))


def shoot_bench(out: Path, result_file: Path) -> Path:
    """The Help → "How fast is this computer?" dialog showing a real ``main.py bench
    --json`` result from this machine (the dialog's own rendering, not a mock-up)."""
    import json

    from ui.bench_dialog import BenchDialog

    result = json.loads(result_file.read_text(encoding="utf-8"))
    dialog = BenchDialog(command=["true"])
    dialog.show_result(result)
    dialog.resize(760, dialog.sizeHint().height())
    dialog.show()
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()  # a one-shot render of a static dialog, not a wait
    target = out / "screenshot-bench.png"
    dialog.grab().save(str(target))
    dialog.close()
    return target


QUICK_QUESTION = "How do I undo my last git commit?"
QUICK_ANSWER = """Keep the changes and undo only the commit:

```sh
git reset --soft HEAD~1
```

Use `--hard` instead to throw the changes away too."""


class QuickAskShooter(Shooter):
    """The quick-ask box asking one question over the real controller."""

    def __init__(self, controller: ChatController, window: MainWindow, target: Path, loop: QEventLoop) -> None:
        super().__init__(controller, window, target, loop)
        from ui.desktop import DesktopShell

        self.shell = DesktopShell(window, tray_available=lambda: False)

    @Slot(object)
    def _on_loaded(self, _view: object) -> None:
        if not self.sent:
            self.sent = True
            self.shell.show_quick_ask()
            self.shell.quick_ask.input.setPlainText(QUICK_QUESTION)  # as typed
            self.shell.quick_ask.ask(QUICK_QUESTION)

    @Slot()
    def _grab(self) -> None:
        self.shell.quick_ask.grab().save(str(self.target))
        self.shell.shutdown()
        self.loop.quit()


class ContrastShooter(Shooter):
    @Slot()
    def _grab(self) -> None:
        self.window.composer.editor.setFocus()
        super()._grab()


def shoot_desktop(out: Path) -> list[Path]:
    from ui.i18n import install_translators
    from ui.settings_dialog import SettingsDialog
    from ui.welcome import WelcomeDialog

    shots = []
    engine = FakeEngine(reply=QUICK_ANSWER, token_delay_s=0.01, first_token_delay_s=0.2)
    shots.append(render(out / "screenshot-quick-ask.png", QuickAskShooter, engine, Settings()))
    engine = FakeEngine(reply=ANSWER, token_delay_s=0.005)
    shots.append(render(out / "screenshot-main-contrast.png", ContrastShooter, engine, Settings(theme="contrast", font_size=12)))

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp)).ensure()
        store = HistoryStore(paths.history_db)
        controller, window = build(
            paths=paths, load_result=LoadResult(Settings()), engine=FakeEngine(), store=store, audio=screenshot_audio()
        )
        window.resize(1200, 800)
        window.show()
        controller.start()
        for _ in range(50):  # the sound devices are looked up on a worker: the welcome shows what they are
            if controller.voice_available.known:
                break
            _settle(100)
        dialog = SettingsDialog(
            controller.settings, window, page="desktop",
            desktop_status="Keys from any application: X11. Parley listens for Ctrl+Alt+Space (talk) and "
            "Ctrl+Alt+A (quick ask) on this X11 desktop.",
        )
        dialog.show()
        _settle(300)
        dialog.grab().save(str(out / "screenshot-settings.png"))
        shots.append(out / "screenshot-settings.png")
        dialog.close()
        welcome = WelcomeDialog(controller, window)
        welcome.show()
        _settle(300)
        welcome.grab().save(str(out / "screenshot-welcome.png"))
        shots.append(out / "screenshot-welcome.png")
        welcome.close()
        window.close()
        controller.shutdown()
        store.close()

    app = QApplication.instance()
    install_translators(app, "fr")
    try:
        engine = FakeEngine(reply=ANSWER, token_delay_s=0.005)
        shots.append(render(out / "screenshot-main-fr.png", Shooter, engine, Settings(ui_language="fr")))
    finally:
        install_translators(app, "en")
    return shots


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop, loop.quit)
    loop.exec()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench-result", type=Path, help="render only the benchmark dialog with this bench --json file")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--no-dark", action="store_true")
    ap.add_argument("--no-voice", action="store_true")
    ap.add_argument("--only-voice", action="store_true")
    ap.add_argument("--no-translator", action="store_true")
    ap.add_argument("--only-translator", action="store_true")
    ap.add_argument("--translator-theme", default="light", choices=("light", "dark"))
    ap.add_argument("--no-models", action="store_true")
    ap.add_argument("--only-models", action="store_true")
    ap.add_argument("--only-desktop", action="store_true", help="quick ask, settings, welcome, contrast, French")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    collector = GarbageCollector(app)
    collector.start()
    if args.bench_result:
        print(shoot_bench(args.out, args.bench_result))
        collector.stop()
        return 0
    if args.only_desktop:
        for p in shoot_desktop(args.out):
            print(p)
        collector.stop()
        return 0
    if args.only_models:
        print(shoot_models(args.out, "light"))
        if not args.no_dark:
            print(shoot_models(args.out, "dark"))
        collector.stop()
        return 0
    if not args.only_voice and not args.only_translator:
        print(shoot(args.out, "light"))
        if not args.no_dark:
            print(shoot(args.out, "dark"))
    if not args.no_voice and not args.only_translator:
        print(shoot_voice(args.out))
    if not args.no_translator and not args.only_voice:
        print(shoot_translator(args.out, args.translator_theme))
        print(shoot_conversation(args.out, args.translator_theme))
    if not args.no_models and not args.only_voice and not args.only_translator:
        print(shoot_models(args.out, "light"))
        if not args.no_dark:
            print(shoot_models(args.out, "dark"))
    collector.stop()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
