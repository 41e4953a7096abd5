"""The message box: Enter sends, Shift+Enter starts a new line, grows with its
text up to a limit, and stays responsive with very long pastes."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

#: beyond this many characters, wrap anywhere: word-boundary wrapping of a long
#: unbroken line is superlinear (200,000 characters without spaces took 3 s)
FAST_WRAP_CHARS = 20_000
MAX_LINES = 8


class Composer(QPlainTextEdit):
    """Signals: submitted(), focus_changed(bool)."""

    submitted = Signal()
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setPlaceholderText("Message Parley…")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().setDocumentMargin(2)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._fast_wrap = False
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods == Qt.KeyboardModifier.NoModifier or mods == Qt.KeyboardModifier.ControlModifier:
                self.submitted.emit()
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            text = source.text()
            self._use_fast_wrap(self.document().characterCount() + len(text) > FAST_WRAP_CHARS)
            self.insertPlainText(text)  # plain only: never paste rich text into a prompt
            return
        super().insertFromMimeData(source)

    def _use_fast_wrap(self, fast: bool) -> None:
        if fast != self._fast_wrap:
            self._fast_wrap = fast
            self.setWordWrapMode(
                QTextOption.WrapMode.WrapAnywhere if fast else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            )

    @Slot()
    def _on_text_changed(self) -> None:
        if self._fast_wrap and self.document().characterCount() < FAST_WRAP_CHARS // 2:
            self._use_fast_wrap(False)
        self._fit_height()

    def _fit_height(self) -> None:
        fm = self.fontMetrics()
        lines = max(1, min(MAX_LINES, self.document().blockCount() if self._fast_wrap else self._visual_lines()))
        h = lines * fm.lineSpacing() + 2 * int(self.document().documentMargin()) + 6
        if self.height() != h:
            self.setFixedHeight(h)

    def _visual_lines(self) -> int:
        # block line counts are known once laid out; cheap for normal text sizes
        n = 0
        block = self.document().begin()
        while block.isValid() and n <= MAX_LINES:
            n += max(1, block.lineCount())
            block = block.next()
        return n

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit_height()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class ComposerArea(QWidget):
    """Composer plus the Send/Stop button. Signals: send_requested(str), stop_requested()."""

    send_requested = Signal(str)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerArea")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 10)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(4)
        self.frame = QFrame()
        self.frame.setObjectName("composerFrame")
        fl = QHBoxLayout(self.frame)
        fl.setContentsMargins(12, 8, 8, 8)
        fl.setSpacing(8)
        self.editor = Composer()
        self.editor.submitted.connect(self._on_editor_submitted)
        self.editor.focus_changed.connect(self._on_editor_focus_changed)
        fl.addWidget(self.editor, 1)
        self.button = QPushButton("Send")
        self.button.setObjectName("sendButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip("Send (Enter) · new line: Shift+Enter")
        self.button.clicked.connect(self._on_button_clicked)
        fl.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        col.addWidget(self.frame)
        self.hint = QLabel("Enter to send · Shift+Enter for a new line · Esc to stop")
        self.hint.setObjectName("composerHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.hint)
        self._col_widget = QWidget()
        self._col_widget.setLayout(col)
        self._col_widget.setMaximumWidth(800)
        outer.addWidget(self._col_widget, 100)
        outer.addStretch(1)
        self.busy = False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setText("Stop" if busy else "Send")
        self.button.setToolTip("Stop writing (Esc)" if busy else "Send (Enter) · new line: Shift+Enter")
        self.button.setProperty("stop", "true" if busy else "false")
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    @Slot()
    def _on_editor_submitted(self) -> None:
        if self.busy:
            return  # Enter while writing does nothing; the text stays for later
        text = self.editor.toPlainText()
        if text.strip():
            self.send_requested.emit(text)

    @Slot()
    def _on_button_clicked(self) -> None:
        if self.busy:
            self.stop_requested.emit()
        else:
            self._on_editor_submitted()

    @Slot(bool)
    def _on_editor_focus_changed(self, focused: bool) -> None:
        self.frame.setProperty("focused", "true" if focused else "false")
        self.frame.style().unpolish(self.frame)
        self.frame.style().polish(self.frame)
