"""The conversation area: one row per message, in a centred column.

Each message is a small read-only QTextBrowser sized to its document, so a
streaming reply re-lays out only its own bubble. Widths are set explicitly from
the column width (user bubbles shrink to their text, assistant bubbles take the
column), which avoids height-for-width feedback loops in layouts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.errors import EngineError
from assistant.store import Message

from . import errors as ui_errors
from .markdown_render import (
    DISPLAY_LIMIT,
    Rendered,
    document_css,
    render_markdown,
    render_markdown_cached,
    render_plain,
)
from .theme import LIGHT, Theme

#: widest the text column gets, so lines stay readable on big screens
COLUMN_MAX = 800
SIDE_MARGIN = 24
BUBBLE_PAD_H = 14
BUBBLE_PAD_V = 10
USER_FRACTION = 0.8
#: messages shown at once when a conversation opens; older ones follow in batches
LOAD_FIRST = 8
LOAD_CHUNK = 6

#: notes under a reply, in English (translated where they are shown, context "MessageRow")
TRIMMED_NOTE = QT_TRANSLATE_NOOP("MessageRow", "Older messages were left out so the conversation fits the model's memory.")
STOPPED_NOTE = QT_TRANSLATE_NOOP("MessageRow", "Stopped — the answer was cut short.")


def mono_family() -> str:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def show_rendered(view: QTextBrowser, rendered: Rendered) -> None:
    """Put rendered Markdown into a text view: plain text when it is plain (cheaper to
    lay out), and wrapping anywhere for a long run without spaces."""
    view.setWordWrapMode(
        QTextOption.WrapMode.WrapAnywhere if rendered.unbroken else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    )
    if rendered.plain is not None:
        view.setPlainText(rendered.plain)
    else:
        view.setHtml(rendered.html)


class MessageText(QTextBrowser):
    """A bubble's text: read-only, selectable, no scroll bars, as tall as its text.
    Signals: link_clicked(QUrl)."""

    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # we set the width ourselves (fit): no relayout on every resize event
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(200)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(0)
        self.document().setIndentWidth(22)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._text_width = 200

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.link_clicked.emit(url)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()  # let the conversation scroll, never this bubble

    def show_rendered(self, rendered: Rendered) -> None:
        show_rendered(self, rendered)

    def ideal_width(self, max_width: int) -> int:
        self.setLineWrapColumnOrWidth(max_width)
        return min(max_width, math.ceil(self.document().idealWidth()) + 2)

    def fit(self, width: int) -> None:
        """Take exactly ``width`` and the height the text needs at that width."""
        self._text_width = width
        if self.lineWrapColumnOrWidth() != width:
            self.setLineWrapColumnOrWidth(width)
        h = math.ceil(self.document().size().height())
        self.setFixedSize(width, max(h, 16))


class ErrorCard(QFrame):
    """An inline failure under a message. Signals: action_requested(str)."""

    action_requested = Signal(str)

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorCard")
        title, text, action = ui_errors.describe(error)
        self.error = error
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(4)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("errorTitle")
        self.text_label = QLabel(text)
        self.text_label.setObjectName("errorText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title_label)
        lay.addWidget(self.text_label)
        self.action = action
        if action:
            row = QHBoxLayout()
            row.setContentsMargins(0, 4, 0, 0)
            self.action_button = QPushButton(ui_errors.action_label(action))
            self.action_button.setObjectName("errorAction")
            self.action_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.action_button.clicked.connect(self._on_action_clicked)
            row.addWidget(self.action_button)
            row.addStretch(1)
            lay.addLayout(row)

    @Slot()
    def _on_action_clicked(self) -> None:
        self.action_requested.emit(self.action)


class ActionButton(QPushButton):
    def __init__(self, text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("messageAction")
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class EditBox(QFrame):
    """In-place editor for a user message. Signals: submitted(str), cancelled()."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBox")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.editor = QPlainTextEdit()
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setPlainText(text)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        lay.addWidget(self.editor)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Sending replaces the answers after this message."))
        hint.setObjectName("composerHint")
        row.addWidget(hint)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.send_button.clicked.connect(self._on_send_clicked)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        lay.addLayout(row)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001 - Qt override
        if obj is self.editor and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self._on_send_clicked()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._on_cancel_clicked()
                return True
        return super().eventFilter(obj, event)

    @Slot()
    def _on_text_changed(self) -> None:
        lines = min(max(self.editor.document().blockCount(), 2), 10)
        self.editor.setFixedHeight(lines * self.editor.fontMetrics().lineSpacing() + 12)

    @Slot()
    def _on_send_clicked(self) -> None:
        text = self.editor.toPlainText()
        if text.strip():
            self.submitted.emit(text)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancelled.emit()


class MessageRow(QWidget):
    """One message: bubble, notes, inline error, and its actions.

    Signals: copy_text(str), edit_submitted(int, str), regenerate_requested(),
    show_full(int), link_clicked(QUrl), error_action(str), edit_started(int)."""

    copy_text = Signal(str)
    edit_submitted = Signal(int, str)
    edit_started = Signal(int)
    regenerate_requested = Signal()
    show_full = Signal(int)
    error_action = Signal(str)
    code_copied = Signal(str)

    def __init__(self, message: Message, theme: Theme, width: int = 600, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.theme = theme
        self.text = message.content
        self.status = message.status
        self.is_user = message.role == "user"
        self._rendered = Rendered("", ())
        self._width = width
        self._notes: dict[str, QLabel] = {}
        self.error_card: ErrorCard | None = None
        self.edit_box: EditBox | None = None
        self._thinking_step = 0
        self._thinking = QTimer(self)
        self._thinking.setInterval(400)
        self._thinking.timeout.connect(self._on_thinking_timeout)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 6)
        outer.setSpacing(4)
        self._outer = outer

        if not self.is_user:
            model = str(message.meta.get("model", "")) if message.meta else ""
            self.role_label = QLabel(APP_NAME + (f"  ·  {model}" if model else ""))
            self.role_label.setObjectName("roleLabel")
            outer.addWidget(self.role_label)

        self.bubble = QFrame()
        self.bubble.setObjectName("userBubble" if self.is_user else "assistantBubble")
        bl = QVBoxLayout(self.bubble)
        bl.setContentsMargins(BUBBLE_PAD_H, BUBBLE_PAD_V, BUBBLE_PAD_H, BUBBLE_PAD_V)
        self.body = MessageText()
        self.body.setAccessibleName(self.tr("Your message") if self.is_user else self.tr("Parley's answer"))
        self.body.setAccessibleDescription(self.tr("The text of this message; select it to copy part of it"))
        self.body.link_clicked.connect(self._on_body_link_clicked)
        bl.addWidget(self.body)
        self._bubble_row = QHBoxLayout()
        self._bubble_row.setContentsMargins(0, 0, 0, 0)
        if self.is_user:
            self._bubble_row.addStretch(1)
        self._bubble_row.addWidget(self.bubble)
        if not self.is_user:
            self._bubble_row.addStretch(1)
        outer.addLayout(self._bubble_row)

        self._notes_box = QVBoxLayout()
        self._notes_box.setSpacing(2)
        outer.addLayout(self._notes_box)

        self._error_box = QVBoxLayout()
        outer.addLayout(self._error_box)

        self.actions = QWidget(self)
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(2)
        self.copy_button = ActionButton(self.tr("Copy"), self.tr("Copy this message"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.edit_button = ActionButton(self.tr("Edit"), self.tr("Edit this message and send it again"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.regenerate_button = ActionButton(self.tr("Regenerate"), self.tr("Write this answer again (Ctrl+R)"))
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        self.full_button = ActionButton(self.tr("Show whole message"), self.tr("The bubble shows only the beginning"))
        self.full_button.clicked.connect(self._on_full_clicked)
        if self.is_user:
            actions.addStretch(1)
        for b in (self.full_button, self.copy_button, self.edit_button, self.regenerate_button):
            actions.addWidget(b)
        if not self.is_user:
            actions.addStretch(1)
        outer.addWidget(self.actions)
        self.edit_button.setVisible(self.is_user)
        self.regenerate_button.setVisible(False)
        self.full_button.setVisible(False)

        self.body.document().setDefaultStyleSheet(document_css(theme, mono_family()))
        self._render()
        self._update_status_widgets()

    # ---- content ------------------------------------------------------------
    @property
    def message_id(self) -> int:
        return self.message.id

    @property
    def code_blocks(self) -> tuple[str, ...]:
        return tuple(b.code for b in self._rendered.code_blocks)

    def _render(self) -> None:
        if self.status == "streaming" and not self.text:
            self._start_thinking()
            return
        self._thinking.stop()
        if self.is_user:
            self._rendered = render_plain(self.text)
        elif self.status == "streaming":
            self._rendered = render_markdown(self.text, self.theme, mono_family())
        else:
            self._rendered = render_markdown_cached(self.text, self.theme, mono_family())
        self.body.show_rendered(self._rendered)
        self.full_button.setVisible(self._rendered.truncated)
        self._fit()

    def _start_thinking(self) -> None:
        if not self._thinking.isActive():
            self._thinking.start()
        self._on_thinking_timeout()

    @Slot()
    def _on_thinking_timeout(self) -> None:
        dots = "●" * (self._thinking_step % 3 + 1)
        self._thinking_step += 1
        thinking = self.tr("Thinking {dots}").format(dots=dots)
        self.body.setHtml(f'<span style="color: {self.theme.muted};">{thinking}</span>')
        self._fit()

    def append(self, text: str) -> None:
        self.text += text
        self._render()

    def set_message(self, message: Message) -> None:
        self.message = message
        self.text = message.content
        self.status = message.status
        self._render()
        self._update_status_widgets()

    def fail(self, message: Message, error: BaseException) -> None:
        """The reply failed: keep what was written, and say why under it."""
        self.message = message
        self.text = message.content
        self.status = "error"
        self._render()
        self.set_error(error)
        self._update_status_widgets()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.body.document().setDefaultStyleSheet(document_css(theme, mono_family()))
        self._render()

    def set_width(self, column_width: int) -> None:
        if column_width != self._width or self.body.width() <= 16:
            self._width = column_width
            self._fit()

    def _fit(self) -> None:
        pad = 2 * BUBBLE_PAD_H
        if self.edit_box is not None:
            self.edit_box.setFixedWidth(self._width)
        if self.is_user:
            max_text = max(int(self._width * USER_FRACTION) - pad, 80)
            # a long message fills the width anyway: skip measuring it
            text_w = max_text if len(self.text) > 2000 else self.body.ideal_width(max_text)
        else:
            text_w = self._width - pad
        text_w = max(text_w, 24)
        self.body.fit(text_w)
        self.bubble.setFixedWidth(text_w + pad)

    # ---- status: notes, errors, actions -----------------------------------
    def _update_status_widgets(self) -> None:
        self.set_note("stopped", self.tr(STOPPED_NOTE) if self.status == "interrupted" else "")
        if self.status == "error" and self.error_card is None:
            err = self.message.meta.get("error") if self.message.meta else None
            self.set_error(EngineError(str(err)) if err else EngineError(self.tr("The answer could not be finished.")))
        self.copy_button.setVisible(self.status != "streaming")

    def set_note(self, key: str, text: str) -> None:
        label = self._notes.get(key)
        if not text:
            if label is not None:
                label.hide()
            return
        if label is None:
            label = QLabel()
            label.setObjectName("messageNote")
            label.setWordWrap(True)
            if self.is_user:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._notes[key] = label
            self._notes_box.addWidget(label)
        label.setText(text)
        label.show()

    def note_text(self, key: str) -> str:
        label = self._notes.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def set_error(self, error: BaseException) -> None:
        if self.error_card is not None:
            self.error_card.deleteLater()
        self.error_card = ErrorCard(error)
        self.error_card.action_requested.connect(self._on_error_action)
        self._error_box.addWidget(self.error_card)
        self.error_card.show()  # a child added to a visible parent is otherwise shown later

    def set_regenerate_visible(self, visible: bool) -> None:
        self.regenerate_button.setVisible(visible and not self.is_user)

    def set_busy(self, busy: bool) -> None:
        self.edit_button.setEnabled(not busy)
        self.regenerate_button.setEnabled(not busy)

    # ---- editing --------------------------------------------------------------
    def begin_edit(self) -> None:
        if not self.is_user or self.edit_box is not None:
            return
        self.edit_box = EditBox(self.text, self)
        self.edit_box.submitted.connect(self._on_edit_submitted)
        self.edit_box.cancelled.connect(self._on_edit_cancelled)
        self.bubble.hide()
        self.actions.hide()
        self._outer.insertWidget(self._outer.indexOf(self.actions), self.edit_box)
        self.edit_box.setFixedWidth(self._width)
        self.edit_box.show()
        self.edit_box.editor.setFocus()
        cursor = self.edit_box.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit_box.editor.setTextCursor(cursor)
        self.edit_started.emit(self.message.id)

    def end_edit(self) -> None:
        if self.edit_box is None:
            return
        self.edit_box.hide()
        self.edit_box.deleteLater()
        self.edit_box = None
        self.bubble.show()
        self.actions.show()
        self._fit()

    @Slot(str)
    def _on_edit_submitted(self, text: str) -> None:
        self.edit_submitted.emit(self.message.id, text)

    @Slot()
    def _on_edit_cancelled(self) -> None:
        self.end_edit()

    # ---- actions ---------------------------------------------------------------
    @Slot()
    def _on_copy_clicked(self) -> None:
        self.copy_text.emit(self.text)

    @Slot()
    def _on_edit_clicked(self) -> None:
        self.begin_edit()

    @Slot()
    def _on_regenerate_clicked(self) -> None:
        self.regenerate_requested.emit()

    @Slot()
    def _on_full_clicked(self) -> None:
        self.show_full.emit(self.message.id)

    @Slot(str)
    def _on_error_action(self, action: str) -> None:
        self.error_action.emit(action)

    @Slot(QUrl)
    def _on_body_link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            try:
                code = self.code_blocks[int(url.path())]
            except (ValueError, IndexError):
                return
            self.code_copied.emit(code)
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class StandaloneError(QWidget):
    """A failure that has no message to hang under (e.g. the model could not be
    found before the reply began)."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 6)
        self.card = ErrorCard(error)
        lay.addWidget(self.card)

    def set_width(self, column_width: int) -> None:
        self.card.setFixedWidth(column_width)


class EmptyState(QWidget):
    """Shown when a conversation has no messages yet. Signals: suggestion(str)."""

    suggestion = Signal(str)

    #: in English; shown (and sent) translated
    SUGGESTIONS = (
        QT_TRANSLATE_NOOP("EmptyState", "Explain how a hash map works, with a short Python example"),
        QT_TRANSLATE_NOOP("EmptyState", "Write a friendly reminder email about tomorrow's meeting"),
        QT_TRANSLATE_NOOP("EmptyState", "Give me three ideas for a quick vegetarian dinner"),
        QT_TRANSLATE_NOOP("EmptyState", "Summarise the pros and cons of working from home"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 60, 0, 20)
        lay.setSpacing(8)
        title = QLabel(self.tr("How can I help?"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(self.tr("Parley runs entirely on this computer. Nothing you type leaves it."))
        text.setObjectName("emptyText")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(text)
        lay.addSpacing(18)
        grid = QVBoxLayout()
        grid.setSpacing(8)
        for english in self.SUGGESTIONS:
            s = QCoreApplication.translate("EmptyState", english)
            b = QPushButton(s)
            b.setObjectName("suggestion")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setProperty("prompt", s)
            b.setAccessibleDescription(self.tr("Asks Parley this question"))
            b.clicked.connect(self._on_suggestion_clicked)
            grid.addWidget(b)
        lay.addLayout(grid)

    @Slot()
    def _on_suggestion_clicked(self) -> None:
        button = self.sender()
        if button is not None:
            self.suggestion.emit(str(button.property("prompt")))

    def set_width(self, column_width: int) -> None:
        self.setFixedWidth(min(column_width, 560))


@dataclass
class _Focus:
    message_id: int
    attempts: int = 0


class ChatView(QScrollArea):
    """The scrolling conversation.

    Signals: edit_submitted(int, str), regenerate_requested(), error_action(str),
    suggestion(str), status_message(str), show_full(str)."""

    edit_submitted = Signal(int, str)
    regenerate_requested = Signal()
    error_action = Signal(str)
    suggestion = Signal(str)
    status_message = Signal(str)
    show_full = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.theme = LIGHT
        self.busy = False
        self.conversation_id: int | None = None
        self.rows: list[QWidget] = []
        self._stick = True
        self._focus: _Focus | None = None

        host = QWidget()
        host.setObjectName("chatColumnHost")
        hl = QHBoxLayout(host)
        hl.setContentsMargins(SIDE_MARGIN, 12, SIDE_MARGIN, 12)
        hl.addStretch(1)
        self.column = QWidget()
        self.column.setObjectName("chatColumn")
        self._col = QVBoxLayout(self.column)
        self._col.setContentsMargins(0, 0, 0, 0)
        self._col.setSpacing(6)
        self._col.addStretch(1)
        hl.addWidget(self.column)
        hl.addStretch(1)
        self.setWidget(host)

        self.empty = EmptyState()
        self.empty.suggestion.connect(self._on_empty_suggestion)
        self._col.insertWidget(0, self.empty, 0, Qt.AlignmentFlag.AlignHCenter)

        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)

        self._older: list[Message] = []
        self._keep_from_bottom: int | None = None
        self._older_timer = QTimer(self)
        self._older_timer.setSingleShot(True)
        self._older_timer.setInterval(0)
        self._older_timer.timeout.connect(self._on_older_timeout)

        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(1600)
        self._highlight_timer.timeout.connect(self._on_highlight_timeout)
        self._highlighted: MessageRow | None = None

    # ---- geometry ---------------------------------------------------------------
    def column_width(self) -> int:
        avail = self.viewport().width() - 2 * SIDE_MARGIN
        return max(240, min(COLUMN_MAX, avail))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        w = self.column_width()
        self.column.setFixedWidth(w)
        self.empty.set_width(w)
        for row in self.rows:
            row.set_width(w)  # type: ignore[attr-defined]

    @Slot(int, int)
    def _on_range_changed(self, _lo: int, hi: int) -> None:
        if self._focus is not None:
            self._scroll_to_focus()
        elif self._stick:
            self.verticalScrollBar().setValue(hi)
        elif self._keep_from_bottom is not None:
            # older messages were added above: keep what the reader looks at in place
            self.verticalScrollBar().setValue(hi - self._keep_from_bottom)

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 40
        if not self._older:
            self._keep_from_bottom = None

    def scroll_to_bottom(self) -> None:
        self._stick = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # ---- content ------------------------------------------------------------------
    def clear(self) -> None:
        self._older.clear()
        self._older_timer.stop()
        self._keep_from_bottom = None
        for row in self.rows:
            self._col.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._highlighted = None
        self._update_empty()

    def load(
        self, conversation_id: int | None, messages: tuple[Message, ...] | list[Message], focus: int | None = None
    ) -> None:
        """Show a conversation. The newest messages (and a search hit) appear at
        once; older ones are added above in small batches, so opening a long
        conversation never freezes the window (200 rich messages took 1.4 s)."""
        messages = list(messages)
        start = max(0, len(messages) - LOAD_FIRST)
        if focus is not None:
            idx = next((i for i, m in enumerate(messages) if m.id == focus), None)
            if idx is not None:
                start = min(start, max(0, idx - 1))
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            self.conversation_id = conversation_id
            for m in messages[start:]:
                self._add_row(MessageRow(m, self.theme, self.column_width()))
            self._after_change()
        finally:
            self.setUpdatesEnabled(True)
        self._older = messages[:start]
        if self._older:
            self._older_timer.start()
        if focus is not None:
            self._focus = _Focus(focus)
            self._scroll_to_focus()
        else:
            self._focus = None
            self.scroll_to_bottom()

    @property
    def loading_older(self) -> bool:
        return bool(self._older)

    @Slot()
    def _on_older_timeout(self) -> None:
        if not self._older:
            return
        chunk = self._older[-LOAD_CHUNK:]
        del self._older[-LOAD_CHUNK:]
        bar = self.verticalScrollBar()
        self._keep_from_bottom = None if self._stick else bar.maximum() - bar.value()
        for i, m in enumerate(chunk):
            self._add_row(MessageRow(m, self.theme, self.column_width()), index=i)
        self._after_change()
        if self._older:
            self._older_timer.start()

    def _add_row(self, row: QWidget, index: int | None = None) -> None:
        if isinstance(row, MessageRow):
            row.copy_text.connect(self._on_row_copy_text)
            row.code_copied.connect(self._on_row_code_copied)
            row.edit_submitted.connect(self._on_row_edit_submitted)
            row.regenerate_requested.connect(self._on_row_regenerate)
            row.error_action.connect(self._on_row_error_action)
            row.show_full.connect(self._on_row_show_full)
            row.set_busy(self.busy)
        elif isinstance(row, StandaloneError):
            row.card.action_requested.connect(self._on_row_error_action)
        if index is None:
            self.rows.append(row)
            self._col.insertWidget(self._col.count() - 1, row)
        else:  # older messages, above the ones shown (after the empty state)
            self.rows.insert(index, row)
            self._col.insertWidget(1 + index, row)
        row.set_width(self.column_width())  # type: ignore[attr-defined]
        row.show()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def _after_change(self) -> None:
        self._update_empty()
        last_assistant = None
        for row in self.rows:
            if isinstance(row, MessageRow):
                row.set_regenerate_visible(False)
                if not row.is_user:
                    last_assistant = row
        if last_assistant is not None and last_assistant is self._last_message_row():
            last_assistant.set_regenerate_visible(last_assistant.status != "streaming")

    def _last_message_row(self) -> MessageRow | None:
        for row in reversed(self.rows):
            if isinstance(row, MessageRow):
                return row
        return None

    def message_rows(self) -> list[MessageRow]:
        return [r for r in self.rows if isinstance(r, MessageRow)]

    def row_for(self, message_id: int) -> MessageRow | None:
        for row in self.rows:
            if isinstance(row, MessageRow) and row.message_id == message_id:
                return row
        return None

    def add_message(self, message: Message) -> None:
        if message.conversation_id != self.conversation_id:
            return
        existing = self.row_for(message.id)
        if existing is not None:
            existing.set_message(message)
        else:
            self._add_row(MessageRow(message, self.theme, self.column_width()))
        self._after_change()
        self.scroll_to_bottom()

    def start_reply(self, message: Message) -> None:
        self.add_message(message)

    def append_delta(self, message_id: int, text: str) -> None:
        row = self.row_for(message_id)
        if row is not None:
            row.append(text)

    def finish_reply(self, message: Message) -> None:
        row = self.row_for(message.id)
        if row is None:
            return
        row.set_message(message)
        self._after_change()

    def fail_reply(self, message: Message | None, error: BaseException) -> None:
        row = self.row_for(message.id) if message is not None else None
        if row is not None and message is not None:
            row.fail(message, error)
        else:
            self._add_row(StandaloneError(error))
        self._after_change()
        if self._stick:
            self.scroll_to_bottom()

    def mark_context_trimmed(self, message_id: int) -> None:
        row = self.row_for(message_id)
        if row is not None:
            row.set_note("trimmed", QCoreApplication.translate("MessageRow", TRIMMED_NOTE))

    def remove_from(self, message_id: int) -> None:
        """Drop that message and everything after it (edit and resend)."""
        idx = next(
            (i for i, r in enumerate(self.rows) if isinstance(r, MessageRow) and r.message_id == message_id), None
        )
        if idx is None:
            return
        self._remove_rows(idx)

    def remove_after_last_user(self) -> None:
        """Drop everything after the last user message (regenerate)."""
        idx = None
        for i in range(len(self.rows) - 1, -1, -1):
            r = self.rows[i]
            if isinstance(r, MessageRow) and r.is_user:
                idx = i
                break
        if idx is not None:
            self._remove_rows(idx + 1)

    def _remove_rows(self, start: int) -> None:
        for row in self.rows[start:]:
            self._col.removeWidget(row)
            row.deleteLater()
            if row is self._highlighted:
                self._highlighted = None
        del self.rows[start:]
        self._after_change()

    def last_assistant_text(self) -> str:
        for row in reversed(self.rows):
            if isinstance(row, MessageRow) and not row.is_user and row.text:
                return row.text
        return ""

    def has_user_message(self) -> bool:
        return any(isinstance(r, MessageRow) and r.is_user for r in self.rows)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for row in self.rows:
            if isinstance(row, MessageRow):
                row.set_busy(busy)
                if busy:
                    row.end_edit()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setUpdatesEnabled(False)
        try:
            for row in self.rows:
                if isinstance(row, MessageRow):
                    row.set_theme(theme)
        finally:
            self.setUpdatesEnabled(True)

    # ---- focus (search hits) --------------------------------------------------
    def _scroll_to_focus(self) -> None:
        if self._focus is None:
            return
        row = self.row_for(self._focus.message_id)
        if row is None:
            self._focus = None
            return
        self.widget().layout().activate()
        y = row.mapTo(self.widget(), QPoint(0, 0)).y()
        self.verticalScrollBar().setValue(max(0, y - 40))
        self._stick = False
        self._highlight(row)
        self._focus.attempts += 1
        if self._focus.attempts > 3:
            self._focus = None

    def _highlight(self, row: MessageRow) -> None:
        if self._highlighted is not None and self._highlighted is not row:
            self._highlighted.bubble.setStyleSheet("")
        self._highlighted = row
        row.bubble.setStyleSheet(f"border: 2px solid {self.theme.accent};")
        self._highlight_timer.start()

    @Slot()
    def _on_highlight_timeout(self) -> None:
        self._focus = None
        if self._highlighted is not None:
            self._highlighted.bubble.setStyleSheet("")
            self._highlighted = None

    # ---- row signals ---------------------------------------------------------
    @Slot(str)
    def _on_row_copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(self.tr("Message copied"))

    @Slot(str)
    def _on_row_code_copied(self, code: str) -> None:
        QGuiApplication.clipboard().setText(code)
        self.status_message.emit(self.tr("Code copied"))

    @Slot(int, str)
    def _on_row_edit_submitted(self, message_id: int, text: str) -> None:
        self.edit_submitted.emit(message_id, text)

    @Slot()
    def _on_row_regenerate(self) -> None:
        self.regenerate_requested.emit()

    @Slot(str)
    def _on_row_error_action(self, action: str) -> None:
        self.error_action.emit(action)

    @Slot(str)
    def _on_empty_suggestion(self, text: str) -> None:
        self.suggestion.emit(text)

    @Slot(int)
    def _on_row_show_full(self, message_id: int) -> None:
        row = self.row_for(message_id)
        if row is not None:
            self.show_full.emit(row.text)


class FullTextDialog(QDialog):
    """The whole of a very long message, in a widget made for big text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Whole message — {count} characters").format(count=f"{len(text):,}"))
        self.resize(QSize(760, 560))
        lay = QVBoxLayout(self)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        # WrapAnywhere: word-boundary wrapping of a 200 k unbroken line takes seconds
        view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        view.setPlainText(text)
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = buttons.addButton(self.tr("Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(view.selectAll)
        copy.clicked.connect(view.copy)
        lay.addWidget(buttons)


__all__ = ["ChatView", "MessageRow", "FullTextDialog", "TRIMMED_NOTE", "STOPPED_NOTE", "DISPLAY_LIMIT"]
