"""The quick-ask pop-up, over the FakeEngine and fake sound devices: a typed or
spoken question becomes a chat of its own, the answer streams into the box and
into the main window alike, Enter copies it, Esc hides the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from assistant.engines.fake import FakeEngine
from ui import voice as ui_voice
from ui.quick_ask import QuickAskPopup

from .a11y import undescribed_controls, unnamed_controls
from .helpers import row_texts, send, wait_idle

QUESTION = "Why is the sky blue?"
# the offscreen platform cannot raise a window, and popup() asks it to (a marker on
# each test: conftest's own qt_log_ignore on the item would shadow a module-wide one)
offscreen = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")

REPLY = (
    "Sunlight is scattered by the air, and blue light is scattered the most, "
    "so the sky looks blue from every direction."
)


@pytest.fixture
def instant_hold(monkeypatch):
    """Let a press shorter than 0.3 s count as speech, so tests need not wait."""
    monkeypatch.setattr(ui_voice, "MIN_HOLD_S", 0.0)


def open_popup(qtbot, ui) -> QuickAskPopup:
    popup = QuickAskPopup(ui.controller)
    qtbot.addWidget(popup)
    popup.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return popup


def titles(ui) -> list[str]:
    lst = ui.window.sidebar.conversations
    return [lst.item(i).text() for i in range(lst.count())]


def ask(qtbot, popup: QuickAskPopup, text: str, timeout: int = 10_000) -> None:
    qtbot.keyClicks(popup.input, text)
    with qtbot.waitSignal(popup.controller.reply_finished, timeout=timeout):
        qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.phase == "done", timeout=timeout)


@offscreen
def test_typed_question_streams_into_the_box_and_is_kept_as_a_new_chat(make_ui, qtbot, heartbeat):
    engine = FakeEngine(reply=REPLY, token_delay_s=0.02)
    ui = make_ui(engine)
    send(qtbot, ui, "An earlier chat")  # the box starts a chat of its own, beside this one
    wait_idle(qtbot, ui)
    before = {c.id for c in ui.store.list_conversations()}
    popup = open_popup(qtbot, ui)
    assert popup.isWindow()
    flags = popup.windowFlags()
    for flag in (Qt.WindowType.Tool, Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint):
        assert flags & flag == flag
    assert popup.width() == 560

    seen: list[tuple[str, str]] = []  # (the box's answer, what the box shows) after each delta

    def record(_mid: int, _text: str) -> None:  # connected after the box: runs after its slot
        seen.append((popup.answer, popup.answer_view.toPlainText()))

    ui.controller.reply_delta.connect(record)
    heartbeat.start()
    qtbot.keyClicks(popup.input, QUESTION)
    qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.phase == "streaming", timeout=5000)
    assert popup.ask_button.text() == "Stop"
    qtbot.waitUntil(lambda: popup.phase == "done", timeout=10_000)
    gap = heartbeat.stop()
    wait_idle(qtbot, ui)

    final = popup.answer
    assert final == engine._reply_for(engine.requests[-1])  # what the engine wrote, word for word
    partial = [answer for answer, _shown in seen if answer and answer != final]
    assert partial, "the answer arrived in pieces, not at once"
    assert all(final.startswith(p) for p in partial)
    assert any(shown and shown != final and final.startswith(shown.strip()) for _a, shown in seen)
    assert popup.answer_view.toPlainText().strip() == final
    assert gap < 0.25, f"the GUI stalled for {gap:.3f} s"

    # a new conversation in the store, titled from the question, with both messages
    convs = ui.store.list_conversations()
    new = [c for c in convs if c.id not in before]
    assert len(new) == 1 and new[0].title == QUESTION and new[0].id == popup.conversation_id
    assert [(m.role, m.content) for m in ui.store.messages(new[0].id)] == [("user", QUESTION), ("assistant", final)]
    # listed in the sidebar, and the main window shows the same conversation
    qtbot.waitUntil(lambda: titles(ui)[:1] == [QUESTION], timeout=3000)
    assert "An earlier chat" in titles(ui)
    assert row_texts(ui) == [("user", QUESTION), ("assistant", final)]
    assert ui.window.title_label.text() == QUESTION

    # Enter with the question unchanged copies the answer and says so
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(popup.copied, timeout=1000):
        qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == final
    assert popup.status_label.text() == "Copied"
    assert popup.copy_button.isVisible()
    assert len(ui.store.list_conversations()) == len(convs), "copying asks nothing"

    # Esc hides the box
    qtbot.keyClick(popup.input, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    # shown again: the last question is selected, so typing replaces it
    popup.popup()
    assert popup.input.textCursor().selectedText() == QUESTION


@offscreen
def test_esc_hides_but_the_answer_goes_on_into_the_history(make_ui, qtbot):
    engine = FakeEngine(reply=REPLY, token_delay_s=0.02)
    ui = make_ui(engine)
    popup = open_popup(qtbot, ui)
    qtbot.keyClicks(popup.input, QUESTION)
    qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.phase == "streaming", timeout=5000)
    qtbot.keyClick(popup.input, Qt.Key.Key_Escape)
    assert not popup.isVisible() and ui.controller.busy
    qtbot.waitUntil(lambda: popup.phase == "done", timeout=10_000)  # followed while hidden
    wait_idle(qtbot, ui)
    assert popup.answer == REPLY
    conv = ui.store.list_conversations()[0]
    assert conv.title == QUESTION
    assert [m.content for m in ui.store.messages(conv.id)] == [QUESTION, REPLY]


@offscreen
def test_shift_enter_is_a_new_line_and_a_new_question_asks_again(make_ui, qtbot):
    ui = make_ui()  # the FakeEngine echoes: "You said: …"
    popup = open_popup(qtbot, ui)
    qtbot.keyClicks(popup.input, "first line")
    qtbot.keyClick(popup.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(popup.input, "second line")
    assert popup.input.toPlainText() == "first line\nsecond line"
    assert popup.phase == "idle" and not ui.controller.busy
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: popup.phase == "done", timeout=5000)
    first = popup.answer
    assert first == ui.engine._reply_for(ui.engine.requests[-1]) and "second line" in first
    wait_idle(qtbot, ui)

    popup.input.selectAll()
    ask(qtbot, popup, "Another question")
    assert popup.answer != first and "Another question" in popup.answer
    wait_idle(qtbot, ui)
    assert len(ui.store.list_conversations()) == 2, "each quick ask is a chat of its own"


@offscreen
def test_busy_with_another_answer_is_said_plainly_and_the_question_kept(make_ui, qtbot):
    engine = FakeEngine(reply=REPLY, token_delay_s=0.03)
    ui = make_ui(engine)
    ui.composer.editor.setFocus()
    qtbot.keyClicks(ui.composer.editor, "A long one in the main window")
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.controller.busy, timeout=2000)
    popup = open_popup(qtbot, ui)
    qtbot.keyClicks(popup.input, QUESTION)
    qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    assert "still writing another answer" in popup.notice_text()
    assert popup.input.toPlainText() == QUESTION and popup.phase == "idle"
    wait_idle(qtbot, ui, timeout=10_000)
    ask(qtbot, popup, "")  # Enter again, once it is free
    assert popup.notice_text() == ""
    assert popup.answer == REPLY


@offscreen
def test_an_engine_error_is_shown_inside_the_box(make_ui, qtbot):
    engine = FakeEngine(reply=REPLY, fail_at_token=3)
    ui = make_ui(engine)
    popup = open_popup(qtbot, ui)
    qtbot.keyClicks(popup.input, QUESTION)
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=5000):
        qtbot.keyClick(popup.input, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert popup.phase == "failed"
    assert popup.notice_text() and popup.notice.property("kind") == "error"
    assert popup.isVisible()
    assert popup.ask_button.text() == "Ask"


@offscreen
def test_a_spoken_question_is_transcribed_and_asked_in_a_new_chat(make_ui, qtbot, instant_hold, heartbeat):
    engine = FakeEngine(reply=REPLY, transcript=QUESTION, token_delay_s=0.005)
    ui = make_ui(engine)
    send(qtbot, ui, "An earlier chat")
    wait_idle(qtbot, ui)
    earlier = ui.controller.current_conversation
    popup = open_popup(qtbot, ui)
    qtbot.waitUntil(popup.talk_button.isEnabled, timeout=5000)

    heartbeat.start()
    qtbot.mousePress(popup.talk_button, Qt.MouseButton.LeftButton)
    assert ui.controller.voice_state == "listening"
    qtbot.waitUntil(lambda: popup.meter.isVisible() and popup.meter.value > 0.3, timeout=2000)
    assert "Listening" in popup.status_label.text()
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        qtbot.mouseRelease(popup.talk_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert heartbeat.stop() < 0.25

    assert popup.phase == "done"
    assert popup.question == QUESTION and popup.input.toPlainText() == QUESTION
    assert popup.answer == REPLY
    conv = ui.store.list_conversations()[0]
    assert conv.id != earlier.id and conv.title == QUESTION and popup.conversation_id == conv.id
    assert [(m.role, m.content) for m in ui.store.messages(conv.id)] == [("user", QUESTION), ("assistant", REPLY)]
    assert [(m.role, m.content) for m in ui.store.messages(earlier.id)][0] == ("user", "An earlier chat")
    assert len(ui.store.messages(earlier.id)) == 2, "the open chat was not continued"
    assert engine.spoken, "the answer was spoken too, as a voice turn is"
    qtbot.waitUntil(lambda: titles(ui)[:1] == [QUESTION], timeout=3000)


@offscreen
def test_the_talk_key_works_while_the_box_has_the_keyboard(make_ui, qtbot, instant_hold):
    engine = FakeEngine(reply=REPLY, transcript=QUESTION)
    ui = make_ui(engine)
    popup = open_popup(qtbot, ui)
    qtbot.waitUntil(popup.talk_button.isEnabled, timeout=5000)
    qtbot.keyPress(popup.input, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "listening"
    assert popup.input.toPlainText() == "", "the key talks, it types nothing"
    with qtbot.waitSignal(ui.controller.voice_turn_finished, timeout=10_000):
        qtbot.keyRelease(popup.input, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ui)
    assert popup.answer == REPLY and popup.question == QUESTION


@offscreen
def test_silence_says_so_in_the_box_and_leaves_no_chat(make_ui, qtbot, instant_hold):
    import numpy as np

    from .voice_fakes import FakeAudio, FakeRecorder

    audio = FakeAudio(recorder=FakeRecorder(np.zeros(16000, dtype=np.float32)))
    ui = make_ui(audio=audio)
    popup = open_popup(qtbot, ui)
    qtbot.waitUntil(popup.talk_button.isEnabled, timeout=5000)
    qtbot.mousePress(popup.talk_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.controller.voice_notice, timeout=5000):
        qtbot.mouseRelease(popup.talk_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert "didn't catch that" in popup.notice_text()
    assert popup.phase == "idle" and not popup.answer_view.isVisible()
    assert ui.store.list_conversations() == []


@offscreen
def test_every_control_is_named_and_described(make_ui, qtbot):
    ui = make_ui()
    popup = open_popup(qtbot, ui)
    assert unnamed_controls(popup) == []
    assert undescribed_controls(popup) == []
    ask(qtbot, popup, QUESTION)  # the answer and the Copy button are shown now
    wait_idle(qtbot, ui)
    assert popup.answer_view.isVisible() and popup.copy_button.isVisible()
    assert unnamed_controls(popup) == []
    assert undescribed_controls(popup) == []


@offscreen
def test_an_empty_open_chat_is_used_rather_than_left_behind(make_ui, qtbot):
    ui = make_ui()
    send(qtbot, ui, "An earlier chat")
    wait_idle(qtbot, ui)
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.window.new_action.trigger()  # an empty chat is open in the main window
    empty = ui.controller.current_conversation
    popup = open_popup(qtbot, ui)
    ask(qtbot, popup, QUESTION)
    wait_idle(qtbot, ui)
    assert popup.conversation_id == empty.id
    assert len(ui.store.list_conversations()) == 2
    assert ui.store.get_conversation(empty.id).title == QUESTION
    assert row_texts(ui) == [("user", QUESTION), ("assistant", popup.answer)]
