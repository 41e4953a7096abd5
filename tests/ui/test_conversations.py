"""Sidebar: new, rename, delete, search, export; and history across restarts."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from .helpers import row_texts, send, wait_idle


def titles(ui) -> list[str]:
    lst = ui.window.sidebar.conversations
    return [lst.item(i).text() for i in range(lst.count())]


def test_new_rename_delete(make_ui, qtbot):
    ui = make_ui()
    send(qtbot, ui, "Plan a picnic for Saturday")
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: titles(ui) == ["Plan a picnic for Saturday"])
    assert ui.window.title_label.text() == "Plan a picnic for Saturday"

    # New chat (Ctrl+N) appears at the top, selected, with an empty chat area
    with qtbot.waitSignal(ui.controller.conversations_changed, timeout=3000):
        ui.window.new_action.trigger()
    qtbot.waitUntil(lambda: len(titles(ui)) == 2)
    assert titles(ui)[0] == "New chat"
    assert ui.view.message_rows() == []
    assert ui.view.empty.isVisibleTo(ui.view)
    # a second Ctrl+N on an empty chat does not pile up empty chats
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=1000):
        ui.window.new_action.trigger()
    assert len(ui.store.list_conversations()) == 2

    # rename in place: F2 opens the editor on the current chat
    lst = ui.window.sidebar.conversations
    with qtbot.waitActive(ui.window):
        ui.window.activateWindow()
    ui.window.rename_action.trigger()
    editor = lst.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Shopping list")
    with qtbot.waitSignal(ui.controller.conversations_changed, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert titles(ui)[0] == "Shopping list"
    assert ui.store.list_conversations()[0].title == "Shopping list"
    assert ui.window.title_label.text() == "Shopping list"

    # delete asks first; "no" keeps it
    asked = []
    ui.window.ask_confirm = lambda title, text, ok="Delete": asked.append(text) or False
    ui.window.delete_action.trigger()
    assert asked and "Shopping list" in asked[0]
    assert len(ui.store.list_conversations()) == 2
    ui.window.ask_confirm = lambda title, text, ok="Delete": True
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.window.delete_action.trigger()
    assert titles(ui) == ["Plan a picnic for Saturday"]
    assert [c.title for c in ui.store.list_conversations()] == ["Plan a picnic for Saturday"]
    # the remaining chat is opened
    assert row_texts(ui)[0] == ("user", "Plan a picnic for Saturday")


def test_clicking_a_chat_opens_it(make_ui, qtbot):
    ui = make_ui()
    send(qtbot, ui, "alpha question")
    wait_idle(qtbot, ui)
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.window.new_action.trigger()
    send(qtbot, ui, "beta question")
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: titles(ui) == ["beta question", "alpha question"])
    lst = ui.window.sidebar.conversations
    rect = lst.visualItemRect(lst.item(1))
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert row_texts(ui) == [("user", "alpha question"), ("assistant", "You said: alpha question")]


def test_search_finds_a_message_and_opens_it(make_ui, qtbot):
    ui = make_ui()
    send(qtbot, ui, "How do I bake sourdough bread?")
    wait_idle(qtbot, ui)
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000):
        ui.window.new_action.trigger()
    send(qtbot, ui, "Tell me about penguins")
    wait_idle(qtbot, ui)

    with qtbot.waitActive(ui.window):
        ui.window.activateWindow()
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = ui.window.sidebar.search_box
    assert box.hasFocus()
    with qtbot.waitSignal(ui.controller.search_results, timeout=3000) as blocker:
        qtbot.keyClicks(box, "sourdo")
    query, hits = blocker.args
    assert query == "sourdo"
    assert {h.conversation_title for h in hits} == {"How do I bake sourdough bread?"}
    hits_list = ui.window.sidebar.hits
    qtbot.waitUntil(lambda: hits_list.count() == len(hits) and hits_list.isVisible())
    assert "<b>" in hits_list.item(0).data(Qt.ItemDataRole.UserRole + 3)
    rect = hits_list.visualItemRect(hits_list.item(hits_list.count() - 1))
    with qtbot.waitSignal(ui.controller.conversation_loaded, timeout=3000) as loaded:
        qtbot.mouseClick(hits_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = loaded.args[0]
    assert view.conversation.title == "How do I bake sourdough bread?"
    assert view.focus_message_id in {h.message_id for h in hits}
    assert row_texts(ui)[0] == ("user", "How do I bake sourdough bread?")

    # no match
    with qtbot.waitSignal(ui.controller.search_results, timeout=3000):
        box.setText("xylophone")
    qtbot.waitUntil(lambda: ui.window.sidebar.no_hits.isVisible())
    # Esc clears the search and shows the chats again
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert ui.window.sidebar.conversations.isVisible()


def test_history_survives_restart(make_ui, qtbot, app_paths):
    from .conftest import close

    ui = make_ui()
    send(qtbot, ui, "Remember the milk")
    wait_idle(qtbot, ui)
    close(ui)

    ui2 = make_ui(paths=app_paths)
    assert row_texts(ui2) == [("user", "Remember the milk"), ("assistant", "You said: Remember the milk")]
    qtbot.waitUntil(lambda: titles(ui2) == ["Remember the milk"])
    send(qtbot, ui2, "And the eggs")
    assert len(ui2.view.message_rows()) == 4


def test_export_markdown_and_json(make_ui, qtbot, tmp_path):
    ui = make_ui()
    send(qtbot, ui, "Export me")
    wait_idle(qtbot, ui)
    target = tmp_path / "out.json"
    ui.window.ask_export_path = lambda suggested: (str(target), "JSON (*.json)")
    with qtbot.waitSignal(ui.controller.exported, timeout=3000):
        ui.window.export_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [m["content"] for m in data["messages"]] == ["Export me", "You said: Export me"]
    md = tmp_path / "out"
    ui.window.ask_export_path = lambda suggested: (str(md), "Markdown (*.md)")
    with qtbot.waitSignal(ui.controller.exported, timeout=3000):
        ui.window.export_action.trigger()
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "Export me" in text and text.startswith("# ")


def test_deleting_the_chat_being_answered(make_ui, qtbot):
    from assistant.engines.fake import FakeEngine

    ui = make_ui(FakeEngine(reply=" ".join(["word"] * 300), token_delay_s=0.01))
    ui.composer.set_text("keep talking")
    with qtbot.waitSignal(ui.controller.reply_delta, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    ui.window.ask_confirm = lambda title, text, ok="Delete": True
    ui.window.delete_action.trigger()
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: ui.store.list_conversations() == [])
    qtbot.waitUntil(lambda: titles(ui) == [])
    assert ui.view.message_rows() == []
    assert not [r for r in ui.view.rows if r not in ui.view.message_rows()], "no error shown for a deleted chat"
    assert not ui.window.notice_bar.text()
    # and the next message starts a new chat
    send(qtbot, ui, "fresh start")
    qtbot.waitUntil(lambda: titles(ui) == ["fresh start"])
