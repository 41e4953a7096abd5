from PySide6.QtCore import Qt


def test_type_and_send(make_ui, qtbot):
    ui = make_ui()
    qtbot.keyClicks(ui.composer.editor, "Hello there")
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000):
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    rows = ui.view.message_rows()
    assert [r.is_user for r in rows] == [True, False]
    assert rows[1].text == "You said: Hello there"


def test_emitting_signals_keeps_the_reference_to_true(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True on every
    Signal.emit(): after a few thousand (a few long answers, streamed token by token)
    the interpreter aborts with "bool_dealloc". pyproject excludes that release; this
    fails on any binding with the same defect (on Python >= 3.12 True is immortal and
    the count does not move either way)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal(str)

    e = Emitter()
    got: list[str] = []
    e.ping.connect(got.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        e.ping.emit("x")
    assert len(got) == 500
    assert sys.getrefcount(True) >= before - 5
