"""The quick-ask box: a small always-on-top pop-up for one question from anywhere
(a global hotkey or the tray opens it through ``QuickAskPopup.popup()``).

Type a question and press Enter, or hold the talk button (or the push-to-talk
key) and say it. The answer streams into the box and, like any chat, is kept: each
quick ask is a conversation of its own in the history, titled from the question,
listed in the main window's sidebar and opened there too (so both windows show the
same words). Enter once the answer is finished copies it; Esc only hides the box,
an answer being written goes on into the history.

Everything goes through the ``ChatController`` (``ask_in_new_conversation`` and
``talk_released_in_new_conversation``); the box follows its signals like the main
window does. The controller writes one answer at a time, so the box knows its own
answer as the reply that starts after it asked, and then follows that message id.
When another answer is being written the box says so plainly and keeps the question
for Enter again, rather than queueing it: the other answer may take a while, and a
question that fired later, with the box long closed, would be a surprise.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCursor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.engines.base import Finished
from assistant.store import Message
from assistant.voice import VoiceTurnFinished

from . import errors as ui_errors
from . import theme as themes
from .chat_view import mono_family, show_rendered
from .composer import LevelMeter, mic_icon
from .controller import ChatController
from .markdown_render import Rendered, document_css, render_markdown, render_markdown_cached
from .voice import VoiceAvailability, is_talk_key

#: the box's width; its height follows the question and the answer
WIDTH = 560
#: the answer scrolls beyond this height
ANSWER_MAX_HEIGHT = 360
#: the question grows to this many lines, then scrolls
INPUT_MAX_LINES = 5
#: how long "Copied" stays
COPIED_MS = 1600
#: the level meter's refresh rate while listening (~30 Hz)
LEVEL_INTERVAL_MS = 33
#: margins inside the rounded frame
PAD = 16


def quick_ask_style_sheet(t: themes.Theme) -> str:
    """The box's own look, set on the box (not the application)."""
    return f"""
#quickAskFrame {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 14px; }}
#quickAskFrame[focused="true"] {{ border-color: {t.accent}; }}
#quickAskInput {{ background: transparent; border: none; color: {t.text}; font-size: 16px;
                  selection-background-color: {t.selection}; selection-color: {t.text}; }}
#quickAskRule {{ background: {t.border}; border: none; }}
#quickAskAnswer {{ background: transparent; border: 1px solid transparent; border-radius: 4px; color: {t.text};
                   selection-background-color: {t.selection}; selection-color: {t.text}; }}
#quickAskAnswer:focus {{ border-color: {t.accent}; }}
#quickAskStatus {{ color: {t.muted}; font-size: 11px; }}
#quickAskStatus[kind="done"] {{ color: {t.accent}; font-weight: 600; }}
#quickAskNotice {{ background: {t.notice_bg}; border: 1px solid {t.notice_border}; border-radius: 8px;
                   padding: 6px 10px; color: {t.text}; }}
#quickAskNotice[kind="error"] {{ background: {t.error_bg}; border-color: {t.error_border}; color: {t.error_text}; }}
#quickAskAsk {{ background: {t.accent}; color: {t.accent_text}; border: 2px solid {t.accent}; border-radius: 8px;
                padding: 4px 14px; font-weight: 600; min-height: 20px; }}
#quickAskAsk:hover {{ background: {t.accent_hover}; border-color: {t.accent_hover}; }}
#quickAskAsk:focus {{ border-color: {t.text}; }}
#quickAskAsk[stop="true"] {{ background: {t.base}; color: {t.text}; border-color: {t.border}; }}
#quickAskAsk[stop="true"]:hover {{ background: {t.hover}; }}
#quickAskAsk[stop="true"]:focus {{ border-color: {t.accent}; }}
#quickAskTalk {{ background: {t.base}; border: 2px solid {t.border}; border-radius: 8px; padding: 4px 6px;
                 min-height: 20px; }}
#quickAskTalk:hover {{ background: {t.hover}; }}
#quickAskTalk:focus {{ border-color: {t.accent}; }}
#quickAskTalk[state="listening"] {{ background: {t.accent}; border-color: {t.accent}; }}
#quickAskTalk:disabled {{ background: {t.window}; border-style: dashed; }}
#quickAskCopy {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 6px;
                 padding: 2px 10px; font-size: 11px; }}
#quickAskCopy:hover {{ background: {t.hover}; }}
#quickAskCopy:focus {{ border: 2px solid {t.accent}; padding: 1px 9px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 3px; min-height: 30px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
"""


class QuestionEdit(QPlainTextEdit):
    """The question: Enter asks, Shift+Enter starts a new line, and the box grows
    with the text up to a few lines. Signals: submitted(), focus_changed(bool)."""

    submitted = Signal()
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAskInput")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.setViewportMargins(0, 3, 0, 0)  # one line sits level with the buttons' text
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                self.submitted.emit()
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(source.text())  # plain only: never rich text into a prompt
            return
        super().insertFromMimeData(source)

    @Slot()
    def _on_text_changed(self) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        lines = 0
        block = self.document().begin()
        while block.isValid() and lines <= INPUT_MAX_LINES:
            lines += max(1, block.lineCount())
            block = block.next()
        lines = max(1, min(INPUT_MAX_LINES, lines))
        h = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin()) + 10
        if self.height() != h:
            self.setFixedHeight(h)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class AnswerView(QTextBrowser):
    """The answer, rendered like a chat bubble (markdown, code blocks with a Copy
    link), as tall as its text up to ``ANSWER_MAX_HEIGHT``, then scrolling.
    Signals: code_copied(str)."""

    code_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAskAnswer")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # a fixed text width (leaving room for the scroll bar): the height can be
        # worked out before the box is laid out, and does not jump when it scrolls
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(WIDTH - 2 * PAD - 14)
        self.document().setDocumentMargin(0)
        self.document().setIndentWidth(22)
        self.viewport().setAutoFillBackground(False)
        self._rendered = Rendered("", ())
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_text(self, rendered: Rendered) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        old = bar.value()
        self._rendered = rendered
        show_rendered(self, rendered)
        self._fit()
        bar.setValue(bar.maximum() if at_end else old)  # follow the end while it is written

    def show_muted(self, text: str, color: str) -> None:
        self._rendered = Rendered("", ())
        self.setHtml(f'<span style="color: {color};">{text}</span>')
        self._fit()

    def _fit(self) -> None:
        h = math.ceil(self.document().size().height()) + 4
        self.setFixedHeight(max(22, min(ANSWER_MAX_HEIGHT, h)))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            try:
                code = self._rendered.code_blocks[int(url.path())].code
            except (ValueError, IndexError):
                return
            self.code_copied.emit(code)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class QuickAskPopup(QWidget):
    """A small frameless box that stays on top: a question, its answer.

    ``popup()`` shows it (centred in the upper third of the screen under the mouse),
    raises and activates it, and puts the keyboard in the question.

    Phases (``phase``): "idle" (nothing asked yet, or the last try failed before an
    answer began), "waiting" (asked; transcribing or thinking), "streaming", "done"
    and "failed" (an error is shown inline; any partial answer stays).

    Signals: copied(str): the answer (or a code block) was put on the clipboard.
    """

    copied = Signal(str)

    def __init__(self, controller: ChatController, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.controller = controller
        self.setObjectName("quickAsk")
        self.setWindowTitle(self.tr("Ask Parley"))
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)  # the rounded corners
        self.setFixedWidth(WIDTH)
        self.theme = themes.LIGHT

        self.phase = "idle"
        self.answer = ""
        """The answer as text (what Enter copies)."""
        self.question = ""
        """The question last asked (typed, or the transcript of a spoken one)."""
        self.conversation_id: int | None = None
        self._reply_id: int | None = None
        self._mine = False  # our job is the controller's active one (until busy goes False)
        self._spoken = False  # the question was spoken
        self._listening = False  # we started the microphone
        self._key_down = False  # the push-to-talk key (not the button) started it
        self._ptt = QKeySequence("Ctrl+Space")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame()
        self.frame.setObjectName("quickAskFrame")
        outer.addWidget(self.frame)
        lay = QVBoxLayout(self.frame)
        lay.setContentsMargins(PAD, 12, PAD, 10)
        lay.setSpacing(8)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.input = QuestionEdit()
        self.input.setPlaceholderText(self.tr("Ask Parley anything…"))
        self.input.setAccessibleName(self.tr("Question"))
        self.input.setAccessibleDescription(
            self.tr("Type a question and press Enter. Shift+Enter starts a new line; Esc closes this box.")
        )
        self.input.submitted.connect(self._on_input_submitted)
        self.input.focus_changed.connect(self._on_input_focus_changed)
        row.addWidget(self.input, 1, Qt.AlignmentFlag.AlignTop)
        self.talk_button = QPushButton()
        self.talk_button.setObjectName("quickAskTalk")
        self.talk_button.setIconSize(QSize(18, 18))
        self.talk_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.talk_button.setAccessibleName(self.tr("Talk"))
        self.talk_button.pressed.connect(self._on_talk_button_pressed)
        self.talk_button.released.connect(self._on_talk_button_released)
        row.addWidget(self.talk_button, 0, Qt.AlignmentFlag.AlignTop)
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_button.setObjectName("quickAskAsk")
        self.ask_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ask_button.setAccessibleName(self.tr("Ask"))
        self.ask_button.clicked.connect(self._on_ask_button_clicked)
        row.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)

        self.rule = QFrame()
        self.rule.setObjectName("quickAskRule")
        self.rule.setFixedHeight(1)
        lay.addWidget(self.rule)
        self.answer_view = AnswerView()
        self.answer_view.setAccessibleName(self.tr("Answer"))
        self.answer_view.setAccessibleDescription(self.tr("Parley's answer. It is also kept in your chats."))
        self.answer_view.code_copied.connect(self._on_answer_code_copied)
        lay.addWidget(self.answer_view)
        self.notice = QLabel()
        self.notice.setObjectName("quickAskNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        lay.addWidget(self.notice)

        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.meter = LevelMeter()
        self.meter.setAccessibleName(self.tr("Microphone level"))
        foot.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status_label = QLabel()
        self.status_label.setObjectName("quickAskStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        foot.addWidget(self.status_label, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("quickAskCopy")
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.setAccessibleName(self.tr("Copy the answer"))
        self.copy_button.setAccessibleDescription(self.tr("Puts the answer on the clipboard (or press Enter)."))
        self.copy_button.setToolTip(self.tr("Copy the answer (Enter)"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        foot.addWidget(self.copy_button)
        lay.addLayout(foot)

        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self._on_copied_timeout)
        self._level_timer = QTimer(self)
        self._level_timer.setInterval(LEVEL_INTERVAL_MS)
        self._level_timer.timeout.connect(self._on_level_timeout)

        # the push-to-talk key and Esc, whichever part of the box has the keyboard
        for w in (self.input, self.talk_button, self.ask_button, self.answer_view, self.copy_button):
            w.installEventFilter(self)

        c = controller
        c.reply_started.connect(self._on_reply_started)
        c.reply_delta.connect(self._on_reply_delta)
        c.reply_finished.connect(self._on_reply_finished)
        c.reply_failed.connect(self._on_reply_failed)
        c.message_added.connect(self._on_message_added)
        c.busy_changed.connect(self._on_busy_changed)
        c.voice_state_changed.connect(self._on_voice_state_changed)
        c.voice_available_changed.connect(self._on_voice_available_changed)
        c.voice_notice.connect(self._on_voice_notice)
        c.voice_turn_finished.connect(self._on_voice_turn_finished)
        c.settings_changed.connect(self._on_settings_changed)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

        self._on_settings_changed(c.settings)
        self._update()

    # ---- showing ----------------------------------------------------------------------
    def popup(self) -> None:
        """Show the box, bring it to the front and put the keyboard in the question
        (selected, so typing replaces the last one)."""
        if not self.isVisible():
            self.adjustSize()
            self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.input.selectAll()

    def _place(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        x = area.x() + (area.width() - self.width()) // 2
        # the question's row sits in the upper third; the answer grows downwards
        y = area.y() + max(0, area.height() // 3 - self.height() // 2)
        self.move(x, y)

    def set_theme(self, theme: themes.Theme) -> None:
        """Follow the main window's look (it calls this when the theme changes)."""
        self.theme = theme
        self.setStyleSheet(quick_ask_style_sheet(theme))
        self.answer_view.document().setDefaultStyleSheet(document_css(theme, mono_family()))
        self._update_talk_button()
        self._render_answer()

    # ---- asking -----------------------------------------------------------------------
    def ask(self, text: str) -> bool:
        """Ask ``text`` in a new conversation; False (and a plain reason in the box)
        when it cannot be asked now."""
        if not text.strip():
            return False
        if self.controller.busy:
            self._show_busy()
            return False
        self._begin(text, spoken=False)
        if not self.controller.ask_in_new_conversation(text):
            self._mine = False
            self.phase = "idle"
            self._show_busy()
            self._update()
            return False
        return True

    def _begin(self, question: str, *, spoken: bool) -> None:
        # set before asking: the controller says busy_changed(True) inside the call
        self.question = question
        self.answer = ""
        self.conversation_id = None
        self._reply_id = None
        self._mine = True
        self._spoken = spoken
        self.phase = "waiting"
        self._hide_notice()
        self._render_answer()
        self._update()

    def _show_busy(self) -> None:
        if self._mine:
            text = self.tr("Still answering your last question. Wait for it, or press Stop, then press Enter again.")
        else:
            text = self.tr(
                "Parley is still writing another answer. Wait for it to finish (or stop it in the main window), "
                "then press Enter again."
            )
        self._show_notice(text, error=False)

    def copy_answer(self) -> None:
        if not self.answer:
            return
        self._copy(self.answer)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._set_status(self.tr("Copied"), "done")
        self._announce(self.tr("Copied"))
        self._copied_timer.start()
        self.copied.emit(text)

    def _announce(self, text: str) -> None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.status_label, text))

    # ---- the box's keys and buttons ----------------------------------------------------
    @Slot()
    def _on_input_submitted(self) -> None:
        text = self.input.toPlainText()
        unchanged = not text.strip() or text == self.question
        if self.phase == "done" and unchanged:
            self.copy_answer()
        elif self.phase in ("waiting", "streaming") and self._mine:
            if not unchanged:
                self._show_busy()
        elif text.strip():
            self.ask(text)

    @Slot()
    def _on_ask_button_clicked(self) -> None:
        if self._mine:
            self.controller.stop()
        else:
            self.ask(self.input.toPlainText())
        self.input.setFocus()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        self.copy_answer()

    @Slot(str)
    def _on_answer_code_copied(self, code: str) -> None:
        self._copy(code)

    @Slot(bool)
    def _on_input_focus_changed(self, focused: bool) -> None:
        themes.set_style_property(self.frame, "focused", "true" if focused else "false")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Esc and the push-to-talk key (its release too, which shortcuts do not
        report), whichever control of the box has the keyboard."""
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if etype == QEvent.Type.ShortcutOverride:
            if self._is_talk_key(event, release=False) or event.key() == Qt.Key.Key_Escape:
                event.accept()  # ours: no application shortcut may take it
                return True
            return False
        if etype == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self._listening and self.controller.voice_state == "listening":
                    self._listening = self._key_down = False
                    self.controller.cancel_listening()
                else:
                    self.hide()
                return True
            if not self._is_talk_key(event, release=False):
                return False
            if not event.isAutoRepeat():
                self._key_down = self._talk_down()
            return True
        if not self._is_talk_key(event, release=True) or not (self._key_down or event.isAutoRepeat()):
            return False
        if not event.isAutoRepeat():
            self._key_down = False
            self._talk_up()
        return True

    def _is_talk_key(self, event: QKeyEvent, *, release: bool) -> bool:
        return is_talk_key(self._ptt, event, release=release)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow() and self._key_down:
            # the key will be released in another window: take it as released now
            self._key_down = False
            self._talk_up()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().hideEvent(event)
        self._key_down = False
        if self._listening and self.controller.voice_state == "listening":
            self._listening = False
            self.controller.cancel_listening()  # nobody is there to finish the question

    # ---- voice --------------------------------------------------------------------------
    @Slot()
    def _on_talk_button_pressed(self) -> None:
        self._talk_down()

    @Slot()
    def _on_talk_button_released(self) -> None:
        self._talk_up()

    def _talk_down(self) -> bool:
        """Key or button pressed: listen (in toggle mode, a press while listening asks)."""
        c = self.controller
        if c.settings.ptt_toggle and self._listening and c.voice_state == "listening":
            self._finish_listening()
            return False
        if c.busy and c.voice_state not in ("working", "speaking"):
            self._show_busy()  # a typed answer is being written (a spoken one may be interrupted)
            return False
        self._hide_notice()
        # set first: inside the call the controller says voice_state_changed("listening"),
        # or voice_notice (refused), and both are ours
        self._listening = True
        self._listening = c.talk_pressed(None)
        if self._listening:
            self._set_status(self._listening_text(), "")
        return self._listening

    def _talk_up(self) -> None:
        if not self.controller.settings.ptt_toggle and self._listening:
            self._finish_listening()

    def _finish_listening(self) -> None:
        self._listening = False
        self._level_timer.stop()
        previous = (self.question, self.answer, self.phase, self._mine, self._spoken)
        self._begin("", spoken=True)
        if self.controller.talk_released_in_new_conversation():
            self.input.clear()  # the transcript comes back as the question
            return
        # a tap, or refused: the notice says why; the last question and answer stay
        self.question, self.answer, self.phase, self._mine, self._spoken = previous
        self._render_answer()
        self._update()

    def _listening_text(self) -> str:
        key = self._ptt.toString(QKeySequence.SequenceFormat.NativeText)
        if self.controller.settings.ptt_toggle:
            return self.tr("Listening… press {key} again to ask · Esc to cancel").format(key=key)
        return self.tr("Listening… release {key} to ask · Esc to cancel").format(key=key)

    @Slot(str)
    def _on_voice_state_changed(self, state: str) -> None:
        if state == "listening" and self._listening:
            self.meter.reset()
            self._level_timer.start()
        else:
            self._level_timer.stop()
            if state != "listening":
                self._listening = False
        self._update()

    @Slot()
    def _on_level_timeout(self) -> None:
        c = self.controller
        self.meter.set_level(c.mic_level)
        if c.recording_too_long and self._listening and c.voice_state == "listening":
            self._key_down = False
            self._finish_listening()  # two minutes: stop and ask what was heard

    @Slot(object)
    def _on_voice_available_changed(self, _available: VoiceAvailability) -> None:
        self._update_talk_button()

    @Slot(str)
    def _on_voice_notice(self, text: str) -> None:
        # ours: a refused press, or nothing heard in the question we are waiting for
        if self._listening or (self._mine and self._spoken):
            self._show_notice(text, error=False)

    @Slot(object)
    def _on_voice_turn_finished(self, ev: VoiceTurnFinished) -> None:
        if ev.message_id is None or ev.message_id != self._reply_id:
            return
        if ev.interrupted and ev.reply != self.answer:
            self.answer = ev.reply  # the core cut the saved reply to what was heard
            self._render_answer()
        if ev.error:
            self._show_notice(ev.error, error=True)

    # ---- the controller's chat signals --------------------------------------------------
    @Slot(object)
    def _on_message_added(self, message: Message) -> None:
        if self.phase == "waiting" and self._mine and message.role == "user" and self._reply_id is None:
            self.conversation_id = message.conversation_id
            if self._spoken:  # the transcript is the question: show it where it would have been typed
                self.question = message.content
                self.input.setPlainText(message.content)
                self.input.selectAll()
            self._update()

    @Slot(object)
    def _on_reply_started(self, message: Message) -> None:
        if self.phase != "waiting" or not self._mine or self._reply_id is not None:
            return
        if self.conversation_id is not None and message.conversation_id != self.conversation_id:
            return
        self._reply_id = message.id
        self.conversation_id = message.conversation_id
        self.answer = message.content  # tokens that came before this event are in it
        self.phase = "streaming"
        self._render_answer()
        self._update()

    @Slot(int, str)
    def _on_reply_delta(self, message_id: int, text: str) -> None:
        if self.phase == "streaming" and message_id == self._reply_id:
            self.answer += text
            self._render_answer()

    @Slot(object, object)
    def _on_reply_finished(self, message: Message, _stats: Finished) -> None:
        if message.id != self._reply_id or self.phase not in ("waiting", "streaming"):
            return
        self.answer = message.content
        self.phase = "done"
        self._render_answer()
        self._update()
        self._announce(self.tr("The answer is ready. Press Enter to copy it."))

    @Slot(object, object)
    def _on_reply_failed(self, message: Message | None, error: BaseException) -> None:
        if not self._mine or self.phase not in ("waiting", "streaming"):
            return
        if message is not None and self._reply_id is not None and message.id != self._reply_id:
            return
        if message is not None and message.id == self._reply_id:
            self.answer = message.content
        self.phase = "failed"
        title, text, _action = ui_errors.describe(error)
        self._show_notice(f"{title}: {text}", error=True)
        self._render_answer()
        self._update()

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if busy or not self._mine:
            self._update()
            return
        self._mine = False  # our job ended (a spoken answer: once it was said)
        if self.phase == "waiting":  # no answer began: nothing heard, or refused
            self.phase = "idle"
            self._render_answer()
        elif self.phase == "streaming":  # cannot happen (finished comes first); stay safe
            self.phase = "done"
        self._update()

    @Slot(object)
    def _on_settings_changed(self, settings) -> None:  # noqa: ANN001 - Settings
        seq = QKeySequence(settings.ptt_key or "Ctrl+Space")
        self._ptt = seq if seq.count() else QKeySequence("Ctrl+Space")
        theme = themes.resolve(settings.theme)
        if theme is not self.theme or not self.styleSheet():
            self.set_theme(theme)
        self._update()

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.controller.settings.theme == "system":
            self.set_theme(themes.resolve("system"))

    # ---- what the box shows --------------------------------------------------------------
    def _render_answer(self) -> None:
        view = self.answer_view
        if self.answer:
            mono = mono_family()
            if self.phase == "streaming":
                view.show_text(render_markdown(self.answer, self.theme, mono))
            else:
                view.show_text(render_markdown_cached(self.answer, self.theme, mono))
        elif self.phase == "waiting":
            listening_done = self._spoken and self._reply_id is None and self.conversation_id is None
            view.show_muted(self.tr("Transcribing…") if listening_done else self.tr("Thinking…"), self.theme.muted)
        view.setVisible(bool(self.answer) or self.phase == "waiting")
        self.rule.setVisible(view.isVisibleTo(self) or not self.notice.isHidden())
        self._fit()

    def _show_notice(self, text: str, *, error: bool) -> None:
        self.notice.setText(text)
        kind = "error" if error else "info"
        themes.set_style_property(self.notice, "kind", kind)
        self.notice.show()
        self.rule.show()
        self._announce(text)
        self._fit()

    def _hide_notice(self) -> None:
        self.notice.hide()
        self.notice.setText("")
        self._fit()

    def notice_text(self) -> str:
        return self.notice.text() if not self.notice.isHidden() else ""

    def _set_status(self, text: str, kind: str) -> None:
        self.status_label.setText(text)
        themes.set_style_property(self.status_label, "kind", kind)

    @Slot()
    def _on_copied_timeout(self) -> None:
        self._update()

    def _update(self) -> None:
        """Buttons and the status line for the phase we are in."""
        mine = self._mine
        b = self.ask_button
        b.setText(self.tr("Stop") if mine else self.tr("Ask"))
        b.setAccessibleName(self.tr("Stop") if mine else self.tr("Ask"))
        tip = (
            self.tr("Stop the answer (it is kept, cut short, in your chats)")
            if mine
            else self.tr("Ask the question (Enter) in a new chat")
        )
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
        if b.property("stop") != ("true" if mine else "false"):
            themes.set_style_property(b, "stop", "true" if mine else "false")
        self.copy_button.setVisible(bool(self.answer) and self.phase in ("done", "failed"))
        listening = self._listening and self.controller.voice_state == "listening"
        self.meter.setVisible(listening)
        self.input.setPlaceholderText(self.tr("Listening… speak now") if listening else self.tr("Ask Parley anything…"))
        self._update_talk_button()
        if self._copied_timer.isActive():
            return
        key = self._ptt.toString(QKeySequence.SequenceFormat.NativeText)
        if listening:
            text = self._listening_text()
        elif self.phase == "waiting":
            text = self.tr("Transcribing…") if self._spoken and self.conversation_id is None else self.tr("Thinking…")
        elif self.phase == "streaming":
            text = self.tr("Writing… Esc hides this box; the answer is kept in your chats")
        elif mine and self.controller.voice_state == "speaking":
            text = self.tr("Speaking… Stop ends it · Enter copies the answer")
        elif self.phase == "done":
            text = self.tr("Enter copies the answer · type a new question to ask again · Esc to close")
        elif self.controller.settings.ptt_toggle:
            text = self.tr("Enter to ask · Shift+Enter for a new line · press {key} to talk · Esc to close").format(
                key=key
            )
        else:
            text = self.tr("Enter to ask · Shift+Enter for a new line · hold {key} to talk · Esc to close").format(
                key=key
            )
        self._set_status(text, "")
        self._fit()

    def _update_talk_button(self) -> None:
        b = self.talk_button
        available = self.controller.voice_available
        listening = self._listening and self.controller.voice_state == "listening"
        t = self.theme
        b.setIcon(mic_icon(t.accent_text if listening else (t.text if available.ok else t.muted)))
        b.setEnabled(available.ok)
        key = self._ptt.toString(QKeySequence.SequenceFormat.NativeText)
        if not available.ok:
            tip = available.tooltip or self.tr("Voice is not available.")
        elif listening:
            tip = self.tr("Listening — release to ask")
        elif self.controller.settings.ptt_toggle:
            tip = self.tr("Press to say your question ({key})").format(key=key)
        else:
            tip = self.tr("Hold to say your question ({key})").format(key=key)
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
        state = "listening" if listening else ("idle" if available.ok else "off")
        themes.set_style_property(b, "state", state)

    def _fit(self) -> None:
        """Keep the top edge where it is and take the height the content needs."""
        if self.isVisible():
            top_left = self.pos()
            self.adjustSize()
            self.move(top_left)
        else:
            self.adjustSize()
