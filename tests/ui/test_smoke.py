from PySide6.QtCore import Qt


def test_type_and_send(make_ui, qtbot):
    ui = make_ui()
    qtbot.keyClicks(ui.composer.editor, "Hello there")
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    rows = ui.view.message_rows()
    assert [r.is_user for r in rows] == [True, False]
    assert rows[1].text == "You said: Hello there"
