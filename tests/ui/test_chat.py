"""Chatting in the main window, with the fast FakeEngine."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from assistant.engines.fake import FakeEngine
from ui.chat_view import STOPPED_NOTE

from .helpers import row_texts, send, wait_idle


def test_question_streams_answer_with_markdown(make_ui, qtbot):
    engine = FakeEngine(reply="Here is **bold** text and `code` in a reply of several words", token_delay_s=0.01)
    ui = make_ui(engine)
    deltas = []
    ui.controller.reply_delta.connect(lambda mid, text: deltas.append(text))  # same thread: GUI only
    message, stats = send(qtbot, ui, "What is up?")
    assert message.status == "ok"
    assert row_texts(ui) == [("user", "What is up?"), ("assistant", engine.reply)]
    assert len(deltas) > 1, "the answer should arrive in several pieces"
    assert "".join(deltas) == engine.reply
    html = ui.view.message_rows()[1].body.toHtml()
    assert "font-weight:700" in html.replace(" ", "") or "font-weight:600" in html.replace(" ", "")
    assert stats.tokens == len(engine.reply.split())
    assert "tokens/s" in ui.window.stats_label.text()
    assert "first token" in ui.window.stats_label.text()
    assert ui.composer.text() == ""
    # the user bubble is on the right, the assistant's on the left
    user_row, bot_row = ui.view.message_rows()
    assert user_row.bubble.objectName() == "userBubble"
    assert bot_row.bubble.objectName() == "assistantBubble"
    assert (
        user_row.bubble.mapTo(ui.view, user_row.bubble.rect().topLeft()).x()
        > bot_row.bubble.mapTo(ui.view, bot_row.bubble.rect().topLeft()).x()
    )


def test_tokens_are_coalesced(make_ui, qtbot):
    reply = " ".join(f"w{i}" for i in range(3000))
    ui = make_ui(FakeEngine(reply=reply))
    count = []
    ui.controller.reply_delta.connect(lambda mid, text: count.append(1))
    ui.controller.settings_changed.emit  # noqa: B018 - keep linters quiet about unused
    ui.controller.update_settings(ui.controller.settings.replace(max_tokens=5000))
    message, _ = send(qtbot, ui, "go")
    assert message.content == reply
    assert len(count) < 300, f"{len(count)} GUI updates for 3000 tokens"


def test_empty_prompt_is_ignored(make_ui, qtbot):
    ui = make_ui()
    qtbot.keyClicks(ui.composer.editor, "   ")
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    assert not ui.controller.busy
    assert ui.view.message_rows() == []
    assert not ui.controller.send("\n\t ")
    assert ui.store.list_conversations() == [] or all(c.message_count == 0 for c in ui.store.list_conversations())


def test_enter_sends_shift_enter_adds_a_line(make_ui, qtbot):
    ui = make_ui()
    qtbot.keyClicks(ui.composer.editor, "line one")
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(ui.composer.editor, "line two")
    assert ui.composer.text() == "line one\nline two"
    assert not ui.controller.busy
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    assert row_texts(ui)[0] == ("user", "line one\nline two")


def test_stop_mid_stream_is_quick_and_marks_interrupted(make_ui, qtbot):
    engine = FakeEngine(reply=" ".join(["word"] * 400), token_delay_s=0.02)
    ui = make_ui(engine)
    qtbot.keyClicks(ui.composer.editor, "Tell me a long story")
    with qtbot.waitSignal(ui.controller.reply_delta, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    assert ui.composer.button.text() == "Stop"
    assert ui.window.stop_action.isEnabled()
    start = time.perf_counter()
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=2000) as blocker:
        ui.window.stop_action.trigger()  # the Esc shortcut
    elapsed = time.perf_counter() - start
    assert elapsed < 0.2, f"stop took {elapsed * 1000:.0f} ms"
    message, stats = blocker.args
    assert message.status == "interrupted"
    assert stats.finish_reason == "cancelled"
    assert 0 < len(message.content.split()) < 400
    row = ui.view.message_rows()[-1]
    assert row.note_text("stopped") == STOPPED_NOTE
    wait_idle(qtbot, ui)
    assert ui.composer.button.text() == "Send"
    assert ui.store.get_message(message.id).status == "interrupted"


def test_escape_key_stops(make_ui, qtbot):
    ui = make_ui(FakeEngine(reply=" ".join(["word"] * 400), token_delay_s=0.02))
    with qtbot.waitActive(ui.window):
        ui.window.activateWindow()
    qtbot.keyClicks(ui.composer.editor, "Go on")
    with qtbot.waitSignal(ui.controller.reply_delta, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=2000) as blocker:
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Escape)
    assert blocker.args[0].status == "interrupted"


def test_send_button_and_stop_button(make_ui, qtbot):
    ui = make_ui(FakeEngine(reply=" ".join(["word"] * 400), token_delay_s=0.02))
    ui.composer.set_text("Hello")
    with qtbot.waitSignal(ui.controller.reply_delta, timeout=5000):
        qtbot.mouseClick(ui.composer.button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=2000) as blocker:
        qtbot.mouseClick(ui.composer.button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].status == "interrupted"


def test_regenerate_replaces_last_answer(make_ui, qtbot):
    engine = FakeEngine(reply="first answer")
    ui = make_ui(engine)
    send(qtbot, ui, "Question")
    engine.reply = "second answer"
    # offered once the window is idle again: the reply's end and "not busy" are two signals
    qtbot.waitUntil(ui.window.regenerate_action.isEnabled, timeout=5000)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        ui.window.regenerate_action.trigger()
    wait_idle(qtbot, ui)
    assert row_texts(ui) == [("user", "Question"), ("assistant", "second answer")]
    conv = ui.controller.current_conversation
    assert [m.content for m in ui.store.messages(conv.id)] == ["Question", "second answer"]
    # the regenerate button sits under the last answer only
    assert ui.view.message_rows()[-1].regenerate_button.isVisible()


def test_edit_and_resend_replaces_later_messages(make_ui, qtbot):
    ui = make_ui()
    send(qtbot, ui, "first question")
    wait_idle(qtbot, ui)
    send(qtbot, ui, "second question")
    wait_idle(qtbot, ui)
    first = ui.view.message_rows()[0]
    qtbot.mouseClick(first.edit_button, Qt.MouseButton.LeftButton)
    assert first.edit_box is not None
    first.edit_box.editor.setPlainText("edited question")
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.mouseClick(first.edit_box.send_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert row_texts(ui) == [("user", "edited question"), ("assistant", "You said: edited question")]
    conv = ui.controller.current_conversation
    assert [m.content for m in ui.store.messages(conv.id)] == ["edited question", "You said: edited question"]


def test_copy_message_code_block_and_last_answer(make_ui, qtbot):
    reply = "Try this:\n\n```python\nprint('hi')\n```\n\nDone."
    ui = make_ui(FakeEngine(reply=reply))
    send(qtbot, ui, "code please")
    row = ui.view.message_rows()[-1]
    assert row.code_blocks == ("print('hi')",)
    assert 'href="copy:0"' in row._rendered.html  # noqa: SLF001
    row._on_body_link_clicked(QUrl("copy:0"))  # noqa: SLF001 - what clicking the link does
    assert QGuiApplication.clipboard().text() == "print('hi')"
    qtbot.mouseClick(ui.view.message_rows()[0].copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "code please"
    ui.window.copy_last_action.trigger()
    assert QGuiApplication.clipboard().text() == reply


def test_status_line_shows_model(make_ui, qtbot):
    ui = make_ui()
    assert "smollm2" in ui.window.model_label.text().lower()
    send(qtbot, ui, "hi")
    assert ui.window.status_label.text() == "Ready"


def test_switching_chats_while_an_answer_streams(make_ui, qtbot):
    engine = FakeEngine(reply=" ".join(f"w{i}" for i in range(300)), token_delay_s=0.01)
    ui = make_ui(engine)
    ui.composer.set_text("long one")
    with qtbot.waitSignal(ui.controller.reply_delta, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    first = ui.controller.current_conversation.id
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.window.new_action.trigger()
    assert ui.controller.current_conversation.id != first
    assert ui.view.message_rows() == []
    later: list[str] = []
    ui.controller.reply_delta.connect(lambda _mid, text: later.append(text))
    qtbot.waitUntil(lambda: len(later) >= 3)
    assert ui.view.message_rows() == []  # the other chat's tokens do not leak in
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.controller.open_conversation(first)
    rows = ui.view.message_rows()
    assert rows[0].text == "long one"
    assert rows[1].status == "streaming" and rows[1].text.startswith("w0 w1")
    so_far = len(rows[1].text)
    qtbot.waitUntil(lambda: len(ui.view.message_rows()[1].text) > so_far)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000) as blocker:
        ui.controller.stop()
    final = blocker.args[0]
    assert ui.view.message_rows()[1].text == final.content
    assert final.content.startswith("w0 w1")


def test_status_is_ready_after_start(make_ui, qtbot):
    ui = make_ui()
    qtbot.waitUntil(lambda: ui.window.status_label.text().startswith("Ready"))
