"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def send(qtbot, ui, text: str, timeout: int = 5000):
    """Type text into the composer, press Enter, wait for the finished reply."""
    ui.composer.editor.setFocus()
    qtbot.keyClicks(ui.composer.editor, text)
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=timeout) as blocker:
        qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)
    return blocker.args


def wait_idle(qtbot, ui, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: not ui.controller.busy, timeout=timeout)


def row_texts(ui) -> list[tuple[str, str]]:
    return [("user" if r.is_user else "assistant", r.text) for r in ui.view.message_rows()]
