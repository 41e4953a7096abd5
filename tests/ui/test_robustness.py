"""Long pastes, engine failures and crashes, trimmed context, a refused model."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QMimeData, Qt

from assistant.engines.base import PromptTrimmed
from assistant.engines.fake import FakeEngine
from assistant.errors import EngineCrashedError, EngineError
from ui import errors as ui_errors
from ui.chat_view import TRIMMED_NOTE
from ui.markdown_render import DISPLAY_LIMIT

from .helpers import row_texts, send, wait_idle


def _words(n_chars: int) -> str:
    rnd = random.Random(7)
    vocab = "the quick brown fox jumps over lazy dogs while parley answers questions offline".split()
    parts, size = [], 0
    while size < n_chars:
        w = rnd.choice(vocab) + ("\n" if rnd.random() < 0.05 else " ")
        parts.append(w)
        size += len(w)
    return "".join(parts)[:n_chars]


def _paste(editor, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    editor.insertFromMimeData(mime)


def _paste_and_send(qtbot, ui, heartbeat, text: str) -> float:
    heartbeat.start()
    ui.composer.editor.setFocus()
    _paste(ui.composer.editor, text)
    assert len(ui.composer.text()) == len(text)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=20000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    # let the event loop run a few more beats after the last update
    qtbot.waitUntil(lambda: time.perf_counter() - heartbeat.last < 0.05 and heartbeat.timer.isActive(), timeout=2000)
    return heartbeat.stop()


def test_200k_character_paste_stays_responsive(make_ui, qtbot, heartbeat):
    ui = make_ui()
    text = _words(200_000)
    gap = _paste_and_send(qtbot, ui, heartbeat, text)
    assert gap < 0.25, f"the window froze for {gap * 1000:.0f} ms"
    user, _bot = ui.view.message_rows()
    assert user.text == text  # the whole text is kept and sent ...
    assert user.full_button.isVisibleTo(user)  # ... the bubble shows a part, and offers the rest
    assert len(user.body.toPlainText()) <= DISPLAY_LIMIT + 1
    assert ui.store.messages(ui.controller.current_conversation.id)[0].content == text


def test_200k_paste_without_spaces_stays_responsive(make_ui, qtbot, heartbeat):
    ui = make_ui()
    text = "x" * 200_000  # one unbroken line: the worst case for line breaking
    gap = _paste_and_send(qtbot, ui, heartbeat, text)
    assert gap < 0.25, f"the window froze for {gap * 1000:.0f} ms"
    rows = ui.view.message_rows()
    assert rows[0].text == text
    assert rows[1].text == "You said: " + text


def test_engine_error_shows_inline_and_next_message_works(make_ui, qtbot):
    engine = FakeEngine(reply="one two three four five", fail_at_token=2)
    ui = make_ui(engine)
    ui.composer.set_text("hello")
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000) as blocker:
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    message, error = blocker.args
    assert isinstance(error, EngineError)
    assert message.status == "error" and message.content == "one two"
    wait_idle(qtbot, ui)
    row = ui.view.message_rows()[-1]
    assert row.text == "one two"  # the partial answer is kept
    assert row.error_card is not None and row.error_card.isVisibleTo(ui.view)
    assert row.error_card.title_label.text() == EngineError.title
    assert row.copy_button.isVisibleTo(row)
    assert ui.controller.current_conversation is not None

    engine.fail_at_token = None
    send(qtbot, ui, "again")
    assert row_texts(ui)[-1] == ("assistant", "one two three four five")


def test_crash_shows_inline_error_and_try_again_works(make_ui, qtbot):
    engine = FakeEngine(reply="alpha beta gamma", fail_at_token=1, crash=True)
    ui = make_ui(engine)
    ui.composer.set_text("hello")
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000) as blocker:
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    assert isinstance(blocker.args[1], EngineCrashedError)
    wait_idle(qtbot, ui)
    card = ui.view.message_rows()[-1].error_card
    assert card is not None
    title, text, action = ui_errors.describe(blocker.args[1])
    assert card.title_label.text() == title == EngineCrashedError.title
    assert action == ui_errors.TRY_AGAIN
    engine.fail_at_token = None
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.mouseClick(card.action_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert row_texts(ui) == [("user", "hello"), ("assistant", "alpha beta gamma")]

    # and an ordinary next message works too
    send(qtbot, ui, "more")
    assert len(ui.view.message_rows()) == 4


def test_failed_reply_is_shown_after_restart(make_ui, qtbot, app_paths):
    from .conftest import close

    ui = make_ui(FakeEngine(reply="a b c", fail_at_token=1))
    ui.composer.set_text("hi")
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    close(ui)
    ui2 = make_ui(paths=app_paths)
    row = ui2.view.message_rows()[-1]
    assert row.status == "error" and row.error_card is not None


class TrimmingEngine(FakeEngine):
    def generate(self, request, cancel):
        for i, ev in enumerate(super().generate(request, cancel)):
            if i == 1:
                yield PromptTrimmed(dropped_messages=3, truncated_chars=0, prompt_tokens=2000)
            yield ev


def test_context_trimmed_notice(make_ui, qtbot):
    ui = make_ui(TrimmingEngine(reply="short answer"))
    with qtbot.waitSignal(ui.controller.context_trimmed, timeout=5000):
        ui.composer.set_text("a long conversation")
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert ui.view.message_rows()[-1].note_text("trimmed") == TRIMMED_NOTE


def test_invalid_model_file_is_refused(make_ui, qtbot, tmp_path):
    ui = make_ui()
    bad = tmp_path / "not-a-model.gguf"
    bad.write_bytes(b"hello, this is not a model" * 100)
    warned = []
    ui.window.ask_model_path = lambda: str(bad)
    ui.window.warn = lambda title, text: warned.append((title, text))
    before = ui.controller.settings
    with qtbot.waitSignal(ui.controller.model_rejected, timeout=5000):
        ui.window.open_model_action.trigger()
    assert warned and warned[0][0] == "This file is not a usable model"
    assert "not-a-model.gguf" in warned[0][1]
    assert ui.controller.settings == before
    picker = ui.window.model_picker
    assert picker.itemData(picker.currentIndex()) is not None  # still on a real model


def test_no_stray_windows_while_chatting(make_ui, qtbot):
    """A parentless widget shown by mistake becomes a window of its own (and steals
    focus); nothing but the main window may appear during a normal exchange."""
    from PySide6.QtWidgets import QApplication

    ui = make_ui(FakeEngine(reply="Some `code`:\n\n```python\nx = 1\n```", fail_at_token=None))
    send(qtbot, ui, "hi")
    wait_idle(qtbot, ui)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [ui.window]


LONG_ANSWER = """## Notes

- first point with **bold**
- second point

| a | b |
|---|---|
| 1 | 2 |

```python
for i in range(3):
    print(i)
```
"""


def test_opening_a_long_conversation_stays_responsive(make_ui, qtbot, heartbeat, app_paths):
    from assistant.store import HistoryStore

    seed = HistoryStore(app_paths.history_db)
    conv = seed.create_conversation("Long one")
    for i in range(100):
        seed.add_message(conv.id, "user", f"question {i}")
        seed.add_message(conv.id, "assistant", LONG_ANSWER + f"\nanswer {i}")
    seed.close()
    heartbeat.start()
    ui = make_ui()
    qtbot.waitUntil(lambda: len(ui.view.rows) == 200 and not ui.view.loading_older, timeout=20000)
    gap = heartbeat.stop()
    assert gap < 0.25, f"the window froze for {gap * 1000:.0f} ms"
    texts = [r.text for r in ui.view.message_rows()]
    assert texts[0] == "question 0" and texts[-1].endswith("answer 99")
    assert texts[1::2] == [LONG_ANSWER + f"\nanswer {i}" for i in range(100)]
    bar = ui.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # still showing the newest
