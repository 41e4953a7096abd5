"""The Translator view: two panes, language pickers, history, conversation mode.

Like the main window it holds nothing but what is on screen. Translations are
asked of ``ChatController.translator`` (a ``TranslatorController``) and come
back through its signals to ``@Slot`` methods here; push-to-talk goes through
``ChatController.talk_pressed(target)``, which sends the recording to the
Translator instead of the chat.

Typing translates after a pause (``DEBOUNCE_MS``); Ctrl+Enter translates at
once. What is kept in the history is described in ``TranslatorView``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QShowEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from assistant.store import TranslationRecord
from assistant.translate import LANGUAGES, TranslationResult

from . import errors as ui_errors
from .composer import LevelMeter, mic_icon
from .theme import LIGHT, Theme, mode_bar_style_sheet, set_style_property, translator_style_sheet
from .translator import Heard, Shown, SpeechTarget

#: translate this long after the last keystroke
DEBOUNCE_MS = 700
#: keep a typed translation in the history once the user has paused this long after it
SAVE_AFTER_MS = 2000
#: the conversation mode's keys, left person and right person (hold, or tap to start and stop)
PERSON_KEYS = {"a": Qt.Key.Key_F7, "b": Qt.Key.Key_F8}
PERSON_KEY_NAMES = {"a": "F7", "b": "F8"}
#: a talk button or key let go sooner than this after its press was a click: listening
#: goes on until the next press (people who cannot hold a button can still talk)
CLICK_S = 0.35

#: what each person's button says, in that person's own language (so never translated:
#: it speaks to that person whatever language Parley itself is shown in)
SPEAK_LABELS = {
    "en": "Speak English",
    "fr": "Parler français",
    "de": "Deutsch sprechen",
    "es": "Hablar español",
    "it": "Parla italiano",
    "pt": "Falar português",
    "nl": "Nederlands spreken",
}
DETECT = "auto"

#: the names of ``assistant.translate.LANGUAGES`` (the core has no Qt), marked for
#: translation in the "Languages" context, which the other pickers share
_LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "German"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "Italian"),
    QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    QT_TRANSLATE_NOOP("Languages", "Dutch"),
)


def language_name(code: str) -> str:
    """The language's name in the interface's language; an unknown code as it is."""
    name = LANGUAGES.get(code)
    return QCoreApplication.translate("Languages", name) if name else code


class SourceEdit(QPlainTextEdit):
    """The source pane: plain text only; Ctrl+Enter asks for the translation now.
    Signals: translate_now()."""

    translate_now = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ControlModifier:
                self.translate_now.emit()
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802, ANN001 - Qt override
        if source.hasText():
            self.insertPlainText(source.text())  # never rich text
            return
        super().insertFromMimeData(source)


class HistoryDelegate(QStyledItemDelegate):
    """One saved translation as a card: languages and time, the source, the
    translation (in the accent colour), each elided to one line."""

    PAD = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        small = QFontMetrics(self._small(option.font))
        return QSize(200, 2 * self.PAD + small.lineSpacing() + 2 * fm.lineSpacing() + 8)

    @staticmethod
    def _small(font: QFont) -> QFont:
        f = QFont(font)
        f.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return f

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        rec = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(rec, TranslationRecord):
            return
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(2, 3, -2, -3)
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            bg = t.selection
        elif state & QStyle.StateFlag.State_MouseOver:
            bg = t.hover
        else:
            bg = t.base
        painter.setPen(QPen(QColor(t.accent if state & QStyle.StateFlag.State_HasFocus else t.border), 1))
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(r, 8, 8)
        inner = r.adjusted(self.PAD + 2, self.PAD - 2, -self.PAD - 2, -self.PAD + 2)
        small = self._small(option.font)
        sfm = QFontMetrics(small)
        stamp = time.strftime("%d %b, %H:%M", time.localtime(rec.created_at))
        head = self.tr("{source} → {target}  ·  {time}").format(
            source=language_name(rec.source_lang), target=language_name(rec.target_lang), time=stamp
        )
        painter.setFont(small)
        painter.setPen(QColor(t.muted))
        y = inner.top()
        painter.drawText(QRect(inner.left(), y, inner.width(), sfm.lineSpacing()), Qt.AlignmentFlag.AlignLeft, head)
        y += sfm.lineSpacing() + 3
        fm = option.fontMetrics
        painter.setFont(option.font)
        for text, color in ((rec.source, t.text), (rec.target, t.accent if not t.dark else "#9db7ff")):
            line = " ".join(text.split())
            painter.setPen(QColor(color))
            painter.drawText(
                QRect(inner.left(), y, inner.width(), fm.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()),
            )
            y += fm.lineSpacing() + 1
        painter.restore()


class TurnRow(QWidget):
    """One conversation turn in two columns: the left column is person A's
    language, the right person B's; the original sits on the speaker's side and
    the translation on the other."""

    def __init__(self, side: str, original: str, translation: str = "…", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        self.left = self._bubble()
        self.right = self._bubble()
        self.original, self.translation = (self.left, self.right) if side == "a" else (self.right, self.left)
        self.original.setObjectName("turnOriginal")
        self.translation.setObjectName("turnTranslation")
        self.original.setText(original)
        self.translation.setText(translation)
        self.original.setAccessibleName(
            self.tr("Said by the left person") if side == "a" else self.tr("Said by the right person")
        )
        self.translation.setAccessibleName(self.tr("Translation"))
        lay.addWidget(self.left, 1)
        lay.addWidget(self.right, 1)

    @staticmethod
    def _bubble() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def set_original(self, text: str) -> None:
        self.original.setText(text)

    def set_translation(self, text: str) -> None:
        self.translation.setText(text)


class TranslatorView(QWidget):
    """The Translator.

    What goes into the history: a typed translation is saved once the user has
    paused for ``SAVE_AFTER_MS`` (2 s) after it appeared, with no edit since,
    so the half-typed sentences that translate-as-you-type produces are never
    kept; Ctrl+Enter (or the Translate button) saves at once, and so does every
    spoken turn (panes and conversation). Leaving the view saves a translation
    that was still waiting out its pause. The same text, languages and
    translation are not saved twice in a row, and restoring an entry does not
    save it again.

    Signals: glossary_requested(), status_message(str).
    """

    glossary_requested = Signal()
    status_message = Signal(str)

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a ChatController
        super().__init__(parent)
        self.setObjectName("translatorView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._chat = controller
        self.translator = controller.translator
        self.theme = LIGHT
        self._styled: Theme | None = None
        self._pane_rid: int | None = None  # the request whose result the panes show
        self._pending: dict[int, tuple[str, str, str]] = {}  # request -> (text, src, tgt) asked
        self._shown_key: tuple[str, str, str] | None = None  # (text, src, tgt) the target pane answers
        self._unsaved: tuple[str, TranslationResult] | None = None
        self._last_saved: tuple[str, str, str, str] | None = None
        self._detected: str | None = None
        self._suppress = False  # setting the source text from code: not an edit
        self._turns: dict[int, TurnRow] = {}
        self._press_side: str | None = None  # this press started listening (hold or click)
        self._pressed_at = 0.0
        self._keys_down: set[str] = set()
        self._warmed = False
        self._voice_ok = True

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self._on_save_timeout)

        self._build()
        self._connect()
        self._load_languages()
        self.set_theme(LIGHT)
        self._on_voice_available_changed(controller.voice_available)
        self._on_voice_state_changed(controller.voice_state)
        self._on_state_changed(self.translator.state)
        self.translator.load_history()

    # ---- construction ---------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 10)
        outer.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.source_lang = QComboBox()
        self.source_lang.setObjectName("langPicker")
        self.source_lang.addItem(self.tr("Detect language"), DETECT)
        self.target_lang = QComboBox()
        self.target_lang.setObjectName("langPicker")
        for code in LANGUAGES:
            self.source_lang.addItem(language_name(code), code)
            self.target_lang.addItem(language_name(code), code)
        for combo in (self.source_lang, self.target_lang):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(170)
        self.swap_button = QPushButton("⇄")
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setToolTip(self.tr("Swap the languages and the texts"))
        self.swap_button.setCursor(Qt.CursorShape.PointingHandCursor)
        bar.addWidget(self.source_lang)
        bar.addWidget(self.swap_button)
        bar.addWidget(self.target_lang)
        bar.addStretch(1)
        self.conversation_toggle = QPushButton(self.tr("Conversation"))
        self.conversation_toggle.setObjectName("modeToggle")
        self.conversation_toggle.setCheckable(True)
        self.conversation_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conversation_toggle.setToolTip(
            self.tr("Two people, two languages: each speaks in turn and hears the other in their own language")
        )
        self.glossary_button = QPushButton(self.tr("Glossary…"))
        self.glossary_button.setObjectName("toolButton")
        self.glossary_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.glossary_button.setToolTip(
            self.tr("Terms that must always be translated one way, and names never to translate")
        )
        bar.addWidget(self.conversation_toggle)
        bar.addWidget(self.glossary_button)
        outer.addLayout(bar)

        self.body = QStackedWidget()
        self.body.addWidget(self._build_panes())
        self.body.addWidget(self._build_conversation())
        outer.addWidget(self.body, 3)

        self.listen_row = QWidget()
        lr = QHBoxLayout(self.listen_row)
        lr.setContentsMargins(4, 0, 4, 0)
        lr.setSpacing(8)
        dot = QLabel("●")
        dot.setObjectName("listeningDot")
        lr.addWidget(dot)
        self.listen_label = QLabel(self.tr("Listening…"))
        self.listen_label.setObjectName("voiceState")
        lr.addWidget(self.listen_label)
        self.meter = LevelMeter()
        lr.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        self.listen_time = QLabel("0:00")
        self.listen_time.setObjectName("voiceTime")
        lr.addWidget(self.listen_time)
        lr.addStretch(1)
        self.listen_row.hide()
        outer.addWidget(self.listen_row)

        self.notice = QLabel()
        self.notice.setObjectName("translatorNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setProperty("kind", "info")
        self.notice.hide()
        outer.addWidget(self.notice)

        self.history_box = QWidget()
        hl = QVBoxLayout(self.history_box)
        hl.setContentsMargins(0, 4, 0, 0)
        hl.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("HISTORY"))
        title.setObjectName("sectionLabel")
        head.addWidget(title)
        head.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("toolButton")
        self.delete_button.setToolTip(self.tr("Delete the selected translation (Delete)"))
        self.clear_button = QPushButton(self.tr("Clear all…"))
        self.clear_button.setObjectName("toolButton")
        self.clear_button.setToolTip(self.tr("Delete every saved translation"))
        head.addWidget(self.delete_button)
        head.addWidget(self.clear_button)
        hl.addLayout(head)
        self.history = QListWidget()
        self.history.setObjectName("historyList")
        self.history_delegate = HistoryDelegate(self.history)
        self.history.setItemDelegate(self.history_delegate)
        self.history.setMouseTracking(True)
        self.history.setUniformItemSizes(True)
        self.history.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delete_action = QAction(self.tr("Delete translation"), self.history)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.history.addAction(self.delete_action)
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        hl.addWidget(self.history, 1)
        self.history_empty = QLabel(self.tr("Translations you keep appear here. Click one to bring it back."))
        self.history_empty.setObjectName("composerHint")
        hl.addWidget(self.history_empty)
        outer.addWidget(self.history_box, 2)

        for widget, name in (
            (self.source_lang, self.tr("Translate from")),
            (self.swap_button, self.tr("Swap languages")),
            (self.target_lang, self.tr("Translate into")),
            (self.source_edit, self.tr("Text to translate")),
            (self.translate_button, self.tr("Translate now")),
            (self.target_edit, self.tr("Translation")),
            (self.copy_button, self.tr("Copy translation")),
            (self.speak_button, self.tr("Speak translation")),
            (self.mic_button, self.tr("Speak into the source")),
            (self.conversation_toggle, self.tr("Conversation mode")),
            (self.glossary_button, self.tr("Glossary")),
            (self.history, self.tr("Translation history")),
            (self.delete_button, self.tr("Delete translation")),
            (self.clear_button, self.tr("Clear translation history")),
            (self.person_buttons["a"], self.tr("Left person speaks")),
            (self.person_buttons["b"], self.tr("Right person speaks")),
            (self.transcript_scroll, self.tr("Conversation transcript")),
            (self.notice, self.tr("Translator message")),
        ):
            widget.setAccessibleName(name)
        # controls without a tooltip say what they do here (a tooltip is read as the description)
        for widget, description in (
            (self.source_lang, self.tr("The language of the text to translate, or detect it from the text")),
            (self.target_lang, self.tr("The language to translate into")),
            (
                self.source_edit,
                self.tr(
                    "Type or paste the text to translate; it is translated when you pause. "
                    "Ctrl+Enter translates at once and keeps it in the history."
                ),
            ),
            (self.target_edit, self.tr("The translation of the text, read-only; select part of it to copy it")),
            (self.history, self.tr("Saved translations, newest first; choose one to show it again")),
            (self.transcript_scroll, self.tr("What each person said and its translation, in two columns")),
        ):
            widget.setAccessibleDescription(description)
        chain = (
            self.source_lang, self.swap_button, self.target_lang, self.source_edit, self.translate_button,
            self.target_edit, self.copy_button, self.speak_button, self.conversation_toggle, self.glossary_button,
            self.history, self.delete_button, self.clear_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _pane(self, name: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName("translatorPane")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(14, 10, 10, 8)
        lay.setSpacing(6)
        frame.setAccessibleName(name)
        return frame, lay

    def _build_panes(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)

        src, sl = self._pane(self.tr("Source"))
        self.source_edit = SourceEdit()
        self.source_edit.setObjectName("translatorText")
        self.source_edit.setPlaceholderText(self.tr("Type or paste text, or hold the microphone and speak"))
        self.source_edit.setTabChangesFocus(True)
        self.source_edit.setFrameShape(QFrame.Shape.NoFrame)
        sl.addWidget(self.source_edit, 1)
        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.mic_button = QPushButton()
        self.mic_button.setObjectName("talkButton")
        self.mic_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the talk key does this from the keyboard
        self.mic_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.mic_button.setIconSize(QSize(18, 18))
        foot.addWidget(self.mic_button)
        self.detected_label = QLabel("")
        self.detected_label.setObjectName("composerHint")
        foot.addWidget(self.detected_label)
        foot.addStretch(1)
        self.translate_button = QPushButton(self.tr("Translate"))
        self.translate_button.setObjectName("sendButton")
        self.translate_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.translate_button.setToolTip(self.tr("Translate now and keep it in the history (Ctrl+Enter)"))
        foot.addWidget(self.translate_button)
        sl.addLayout(foot)

        tgt, tl = self._pane(self.tr("Translation"))
        tgt.setProperty("target", "true")
        self.target_edit = QPlainTextEdit()
        self.target_edit.setObjectName("translatorText")
        self.target_edit.setReadOnly(True)
        self.target_edit.setTabChangesFocus(True)
        self.target_edit.setFrameShape(QFrame.Shape.NoFrame)
        self.target_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.target_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.target_edit.setPlaceholderText(self.tr("Translation"))
        tl.addWidget(self.target_edit, 1)
        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.state_label = QLabel("")
        self.state_label.setObjectName("composerHint")
        foot.addWidget(self.state_label)
        foot.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("toolButton")
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.setToolTip(self.tr("Copy the translation"))
        self.speak_button = QPushButton(self.tr("Speak"))
        self.speak_button.setObjectName("toolButton")
        self.speak_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.speak_button.setToolTip(self.tr("Say the translation aloud"))
        foot.addWidget(self.copy_button)
        foot.addWidget(self.speak_button)
        tl.addLayout(foot)

        row.addWidget(src, 1)
        row.addWidget(tgt, 1)
        return page

    def _build_conversation(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        heads = QHBoxLayout()
        heads.setSpacing(14)
        self.left_head = QLabel()
        self.right_head = QLabel()
        for label in (self.left_head, self.right_head):
            label.setObjectName("columnHead")
            heads.addWidget(label, 1)
        lay.addLayout(heads)
        self.transcript_scroll = QScrollArea()
        self.transcript_scroll.setObjectName("conversationScroll")
        self.transcript_scroll.setWidgetResizable(True)
        self.transcript_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.transcript_scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget()
        host.setObjectName("conversationColumn")
        self.transcript_layout = QVBoxLayout(host)
        self.transcript_layout.setContentsMargins(10, 10, 10, 10)
        self.transcript_layout.setSpacing(10)
        self.transcript_empty = QLabel(
            self.tr(
                "Each person holds their button (or key) while speaking. Parley writes down what was said, "
                "translates it for the other person and says it aloud."
            )
        )
        self.transcript_empty.setObjectName("emptyText")
        self.transcript_empty.setWordWrap(True)
        self.transcript_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.transcript_layout.addWidget(self.transcript_empty)
        self.transcript_layout.addStretch(1)
        self.transcript_scroll.setWidget(host)
        lay.addWidget(self.transcript_scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        self.person_buttons: dict[str, QPushButton] = {}
        for side in ("a", "b"):
            b = QPushButton()
            b.setObjectName("personButton")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F7 / F8 do this from the keyboard
            b.setIconSize(QSize(22, 22))
            b.setMinimumHeight(64)
            self.person_buttons[side] = b
            buttons.addWidget(b, 1)
        lay.addLayout(buttons)
        self.person_hint = QLabel(self._person_hint_text())
        self.person_hint.setObjectName("composerHint")
        self.person_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.person_hint)
        return page

    def _connect(self) -> None:
        t = self.translator
        t.state_changed.connect(self._on_state_changed)
        t.source_heard.connect(self._on_source_heard)
        t.translated.connect(self._on_translated)
        t.no_voice.connect(self._on_no_voice)
        t.nothing_heard.connect(self._on_nothing_heard)
        t.failed.connect(self._on_failed)
        t.history_loaded.connect(self._on_history_loaded)
        t.history_added.connect(self._on_history_added)
        t.finished.connect(self._on_request_finished)
        c = self._chat
        c.voice_state_changed.connect(self._on_voice_state_changed)
        c.voice_available_changed.connect(self._on_voice_available_changed)
        c.voice_notice.connect(self._on_voice_notice)

        self.source_edit.textChanged.connect(self._on_source_changed)
        self.source_edit.translate_now.connect(self._on_translate_now)
        self.translate_button.clicked.connect(self._on_translate_now)
        self.swap_button.clicked.connect(self._on_swap_clicked)
        self.source_lang.activated.connect(self._on_language_activated)
        self.target_lang.activated.connect(self._on_language_activated)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.speak_button.clicked.connect(self._on_speak_clicked)
        self.conversation_toggle.toggled.connect(self._on_conversation_toggled)
        self.glossary_button.clicked.connect(self._on_glossary_clicked)
        self.history.itemClicked.connect(self._on_history_item_activated)
        self.history.itemActivated.connect(self._on_history_item_activated)
        self.history.currentRowChanged.connect(self._on_history_row_changed)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.delete_action.triggered.connect(self._on_delete_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.mic_button.pressed.connect(self._on_mic_pressed)
        self.mic_button.released.connect(self._on_mic_released)
        self.person_buttons["a"].pressed.connect(self._on_person_a_pressed)
        self.person_buttons["a"].released.connect(self._on_person_a_released)
        self.person_buttons["b"].pressed.connect(self._on_person_b_pressed)
        self.person_buttons["b"].released.connect(self._on_person_b_released)
        self._update_history_buttons()

    # ---- dialogs (methods so tests can replace them) -----------------------------------
    def ask_confirm(self, title: str, text: str, ok: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(ok or self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    # ---- languages ----------------------------------------------------------------------
    def source_code(self) -> str:
        return str(self.source_lang.currentData())

    def target_code(self) -> str:
        return str(self.target_lang.currentData())

    def set_languages(self, src: str, tgt: str) -> None:
        """Choose the languages from code (tests, restoring history, swapping)."""
        self._select(self.source_lang, src)
        self._select(self.target_lang, tgt)
        self._languages_changed()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        i = combo.findData(code)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _load_languages(self) -> None:
        s = self._chat.settings
        src = s.translate_from if s.translate_from in LANGUAGES or s.translate_from == DETECT else DETECT
        tgt = s.translate_to if s.translate_to in LANGUAGES else "fr"
        if src == tgt:
            tgt = "fr" if src != "fr" else "en"
        self._select(self.source_lang, src)
        self._select(self.target_lang, tgt)
        self._update_language_labels()

    def _conversation_languages(self) -> tuple[str, str]:
        a, b = self.source_code(), self.target_code()
        if a == DETECT:
            a = self._detected or ("en" if b != "en" else "fr")
        return a, b

    def _languages_changed(self) -> None:
        self._update_language_labels()
        s = self._chat.settings
        src, tgt = self.source_code(), self.target_code()
        if (s.translate_from, s.translate_to) != (src, tgt):
            self._chat.update_settings(s.replace(translate_from=src, translate_to=tgt))

    def _update_language_labels(self) -> None:
        a, b = self._conversation_languages()
        self.left_head.setText(language_name(a))
        self.right_head.setText(language_name(b))
        self._update_person_buttons()
        if self.source_code() != DETECT:
            self._detected = None
        self.detected_label.setText(
            self.tr("Detected: {language}").format(language=language_name(self._detected)) if self._detected else ""
        )

    @Slot(int)
    def _on_language_activated(self, _index: int) -> None:
        if self.source_code() == self.target_code():  # one picker took the other's language: swap them
            changed_source = self.sender() is self.source_lang
            s = self._chat.settings
            previous = s.translate_from if changed_source else s.translate_to
            if previous not in LANGUAGES or previous == self.source_code():
                previous = "en" if self.source_code() != "en" else "fr"
            self._select(self.target_lang if changed_source else self.source_lang, previous)
        self._languages_changed()
        if self.source_edit.toPlainText().strip() and not self.is_conversation():
            self._request_translation(save=False)

    @Slot()
    def _on_swap_clicked(self) -> None:
        src, tgt = self.source_code(), self.target_code()
        new_tgt = src
        if src == DETECT:
            new_tgt = self._detected or ("en" if tgt != "en" else "fr")
        source, target = self.source_edit.toPlainText(), self.target_edit.toPlainText()
        self._debounce.stop()
        self._save_timer.stop()
        self._unsaved = None
        self._pane_rid = None
        self._detected = None
        self._select(self.source_lang, tgt)
        self._select(self.target_lang, new_tgt)
        self._set_source_text(target)
        self.target_edit.setPlainText(source)
        self._shown_key = (target, tgt, new_tgt) if target.strip() else None
        self._languages_changed()

    # ---- typing and translating ---------------------------------------------------------
    def _set_source_text(self, text: str) -> None:
        self._suppress = True
        try:
            self.source_edit.setPlainText(text)
        finally:
            self._suppress = False

    @Slot()
    def _on_source_changed(self) -> None:
        if self._suppress:
            return
        self._save_timer.stop()  # the user is still at it: nothing is kept yet
        self._unsaved = None
        self._pane_rid = None  # whatever is in flight is for older text
        if not self.source_edit.toPlainText().strip():
            self._debounce.stop()
            self.translator.cancel_text()
            self.target_edit.clear()
            self._shown_key = None
            return
        self._debounce.start()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._request_translation(save=False)

    @Slot()
    def _on_translate_now(self) -> None:
        """Ctrl+Enter: translate at once and keep it (or just keep what is shown)."""
        if self.is_conversation():
            return
        self._debounce.stop()
        text = self.source_edit.toPlainText()
        if not text.strip():
            return
        key = (text, self.source_code(), self.target_code())
        if key == self._shown_key and not self.translator.busy:  # already translated: keep it, once
            self._save_timer.stop()
            self._save_unsaved()
            return
        self._request_translation(save=True)

    def _request_translation(self, *, save: bool) -> None:
        text = self.source_edit.toPlainText()
        self._save_timer.stop()
        self._unsaved = None
        if not text.strip():
            return
        src, tgt = self.source_code(), self.target_code()
        rid = self.translator.translate(text, src, tgt, save=save)
        if rid:
            self._pane_rid = rid
            self._pending[rid] = (text, src, tgt)

    def translate_text(self, text: str) -> None:
        """Put ``text`` in the source pane and translate it now (scripts, tests)."""
        self._set_source_text(text)
        self._on_translate_now()

    # ---- results -------------------------------------------------------------------------
    @Slot(object)
    def _on_source_heard(self, heard: Heard) -> None:
        if heard.side:
            row = self._turns.get(heard.request_id)
            if row is None:
                self._add_turn(heard.request_id, heard.side, heard.text)
            else:
                row.set_original(heard.text)
            return
        self._debounce.stop()
        self._save_timer.stop()
        self._unsaved = None
        self._pane_rid = heard.request_id
        self._set_source_text(heard.text)
        self.target_edit.clear()
        if self.source_code() == DETECT:
            self._detected = heard.language
            self._update_language_labels()

    @Slot(object)
    def _on_translated(self, shown: Shown) -> None:
        if shown.side:
            row = self._turns.get(shown.request_id)
            if row is None:
                row = self._add_turn(shown.request_id, shown.side, shown.source_text)
            row.set_translation(shown.result.text)
            self._clear_notice()
            self._scroll_transcript()
            return
        if shown.request_id != self._pane_rid:
            return  # an older request's answer: the text has changed since
        self.target_edit.setPlainText(shown.result.text)
        asked = self._pending.pop(shown.request_id, None)
        self._shown_key = asked if asked is not None else (shown.source_text, self.source_code(), self.target_code())
        self._clear_notice()
        if self.source_code() == DETECT:
            self._detected = shown.result.source_lang
            self._update_language_labels()
        key = (shown.result.source_lang, shown.result.target_lang, shown.source_text, shown.result.text)
        if shown.saved:
            self._last_saved = key
        elif shown.result.text.strip():
            self._unsaved = (shown.source_text, shown.result)
            self._save_timer.start()

    @Slot(int)
    def _on_request_finished(self, request_id: int) -> None:
        self._pending.pop(request_id, None)

    @Slot()
    def _on_save_timeout(self) -> None:
        self._save_unsaved()

    def _save_unsaved(self) -> None:
        if self._unsaved is None:
            return
        source, result = self._unsaved
        self._unsaved = None
        key = (result.source_lang, result.target_lang, source, result.text)
        if key == self._last_saved:
            return
        self._last_saved = key
        self.translator.save_translation(source, result)

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        text = {
            "translating": self.tr("Translating…"),
            "transcribing": self.tr("Transcribing…"),
            "speaking": self.tr("Speaking…"),
        }.get(state, "")
        self.state_label.setText(text)
        speaking = state == "speaking"
        self.speak_button.setText(self.tr("Stop") if speaking else self.tr("Speak"))
        self.speak_button.setToolTip(
            self.tr("Stop speaking (Esc)") if speaking else self.tr("Say the translation aloud")
        )
        if self.is_conversation() and self._chat.voice_state != "listening":
            self.person_hint.setText(text or self._person_hint_text())

    @Slot(str)
    def _on_no_voice(self, message: str) -> None:
        self.show_notice(message)

    @Slot(str)
    def _on_nothing_heard(self, reason: str) -> None:
        self.show_notice(reason)

    @Slot(int, object)
    def _on_failed(self, request_id: int, error: BaseException) -> None:
        title, text, _action = ui_errors.describe(error)
        self.show_notice(self.tr("{title}: {text}").format(title=title, text=text), error=True)
        row = self._turns.get(request_id)
        if row is not None:
            row.set_translation(self.tr("(not translated)"))

    # ---- notices ----------------------------------------------------------------------------
    def show_notice(self, text: str, *, error: bool = False) -> None:
        """A plain message inside the view (never a dialog): no voice, nothing heard, a failure."""
        self.notice.setText(text)
        kind = "error" if error else "info"
        set_style_property(self.notice, "kind", kind)
        self.notice.show()

    def notice_text(self) -> str:
        return self.notice.text() if not self.notice.isHidden() else ""

    def _clear_notice(self) -> None:
        self.notice.hide()
        self.notice.setText("")

    @Slot(str)
    def _on_voice_notice(self, text: str) -> None:
        if self.isVisible():
            self.show_notice(text)

    # ---- copy, speak ---------------------------------------------------------------------
    @Slot()
    def _on_copy_clicked(self) -> None:
        text = self.target_edit.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status_message.emit(self.tr("Translation copied"))

    @Slot()
    def _on_speak_clicked(self) -> None:
        if self.translator.state == "speaking":
            self.translator.stop_speaking()
            return
        text = self.target_edit.toPlainText()
        if text.strip():
            self._clear_notice()
            self.translator.speak(text, self.target_code())

    # ---- history --------------------------------------------------------------------------
    @Slot(list)
    def _on_history_loaded(self, records: list[TranslationRecord]) -> None:
        self.history.clear()
        for rec in records:
            self._history_item(rec, at_top=False)
        self._update_history_buttons()

    @Slot(object)
    def _on_history_added(self, record: TranslationRecord) -> None:
        self._last_saved = (record.source_lang, record.target_lang, record.source, record.target)
        self._history_item(record, at_top=True)
        self._update_history_buttons()

    def _history_item(self, rec: TranslationRecord, *, at_top: bool) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, rec)
        item.setData(Qt.ItemDataRole.DisplayRole, f"{rec.source} → {rec.target}")  # for screen readers
        item.setToolTip(f"{rec.source}\n→ {rec.target}")
        if at_top:
            self.history.insertItem(0, item)
        else:
            self.history.addItem(item)

    def history_records(self) -> list[TranslationRecord]:
        return [self.history.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.history.count())]

    @Slot(QListWidgetItem)
    def _on_history_item_activated(self, item: QListWidgetItem) -> None:
        rec = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(rec, TranslationRecord):
            self.restore(rec)

    def restore(self, rec: TranslationRecord) -> None:
        """Bring a saved translation back into the panes (no new request, no new save)."""
        if self.is_conversation():
            self.conversation_toggle.setChecked(False)
        self._debounce.stop()
        self._save_timer.stop()
        self._unsaved = None
        self._pane_rid = None
        self.translator.stop()
        self._detected = None
        self._select(self.source_lang, rec.source_lang)
        self._select(self.target_lang, rec.target_lang)
        self._set_source_text(rec.source)
        self.target_edit.setPlainText(rec.target)
        self._shown_key = (rec.source, rec.source_lang, rec.target_lang)
        self._last_saved = (rec.source_lang, rec.target_lang, rec.source, rec.target)
        self._clear_notice()
        self._languages_changed()

    @Slot(int)
    def _on_history_row_changed(self, _row: int) -> None:
        self._update_history_buttons()

    def _update_history_buttons(self) -> None:
        n = self.history.count()
        self.delete_button.setEnabled(self.history.currentItem() is not None)
        self.clear_button.setEnabled(n > 0)
        self.history_empty.setVisible(n == 0)
        self.history.setVisible(n > 0)

    @Slot()
    def _on_delete_clicked(self) -> None:
        item = self.history.currentItem()
        if item is None:
            return
        rec = item.data(Qt.ItemDataRole.UserRole)
        self.history.takeItem(self.history.row(item))
        self.translator.delete_translation(rec.id)
        self._update_history_buttons()

    @Slot()
    def _on_clear_clicked(self) -> None:
        n = self.history.count()
        if n == 0:
            return
        if self.ask_confirm(
            self.tr("Clear translation history?"),
            self.tr("All %n saved translation(s) will be deleted. This cannot be undone.", "", n),
            self.tr("Clear all"),
        ):
            self.history.clear()
            self.translator.clear_history()
            self._update_history_buttons()

    # ---- glossary --------------------------------------------------------------------------
    @Slot()
    def _on_glossary_clicked(self) -> None:
        self.glossary_requested.emit()

    # ---- conversation mode ----------------------------------------------------------------
    def is_conversation(self) -> bool:
        return self.conversation_toggle.isChecked()

    def set_conversation(self, on: bool) -> None:
        self.conversation_toggle.setChecked(on)

    @Slot(bool)
    def _on_conversation_toggled(self, on: bool) -> None:
        if on and self.source_code() == DETECT:  # two people: both languages are known
            a, _b = self._conversation_languages()
            self._select(self.source_lang, a)
            self._languages_changed()
        model = self.source_lang.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(0)
            if item is not None:
                item.setEnabled(not on)
        self.body.setCurrentIndex(1 if on else 0)
        self.history_box.setVisible(not on)
        self.translate_button.setEnabled(not on)
        self._save_unsaved_now()
        self._update_language_labels()
        self.person_hint.setText(self._person_hint_text())

    def _person_hint_text(self) -> str:
        return self.tr("Hold a button (or its key) while you speak, or click once to start and again to stop.")

    def _update_person_buttons(self) -> None:
        a, b = self._conversation_languages()
        for side, lang in (("a", a), ("b", b)):
            button = self.person_buttons[side]
            label = SPEAK_LABELS.get(lang) or self.tr("Speak {language}").format(language=language_name(lang))
            button.setText(self.tr("{label}   ·   {key}").format(label=label, key=PERSON_KEY_NAMES[side]))
            button.setToolTip(
                self.tr("{language}: hold while speaking (or hold {key}); the translation is said in {other}").format(
                    language=language_name(lang),
                    key=PERSON_KEY_NAMES[side],
                    other=language_name(b if side == "a" else a),
                )
            )
            button.setEnabled(self._voice_ok)

    def _add_turn(self, rid: int, side: str, original: str) -> TurnRow:
        row = TurnRow(side, original)
        self._turns[rid] = row
        self.transcript_empty.hide()
        self.transcript_layout.insertWidget(self.transcript_layout.count() - 1, row)
        self._scroll_transcript()
        return row

    def conversation_turns(self) -> list[TurnRow]:
        return list(self._turns.values())

    def _scroll_transcript(self) -> None:
        QTimer.singleShot(0, self, self._on_scroll_timeout)

    @Slot()
    def _on_scroll_timeout(self) -> None:
        bar = self.transcript_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    # ---- push-to-talk -------------------------------------------------------------------------
    def speech_target(self, side: str = "") -> SpeechTarget:
        """Where a recording goes: the panes (``side`` "") or a conversation turn."""
        if side == "a" or (not side and self.is_conversation()):
            a, b = self._conversation_languages()
            return SpeechTarget(a, b, "a")
        if side == "b":
            a, b = self._conversation_languages()
            return SpeechTarget(b, a, "b")
        return SpeechTarget(self.source_code(), self.target_code(), "")

    def press(self, side: str) -> None:
        """A talk button or key went down. Holding it and letting go sends; a quick
        click starts listening and the next press sends."""
        c = self._chat
        if c.voice_state == "listening":
            if self._press_side is None:  # listening started by an earlier click: this ends it
                c.talk_released()
            return
        if c.talk_pressed(self.speech_target(side)):
            self._press_side = side
            self._pressed_at = time.perf_counter()

    def release(self, side: str) -> None:
        if self._press_side != side:
            return
        self._press_side = None
        held = time.perf_counter() - self._pressed_at
        if held >= CLICK_S and not self._chat.settings.ptt_toggle:
            self._chat.talk_released()
        # else: a click (or toggle mode): listening goes on until the next press

    def person_key(self, event: QKeyEvent, *, pressed: bool) -> bool:
        """F7 / F8 in conversation mode (called by the window's key filter)."""
        if not self.is_conversation() or not self.isVisible():
            return False
        side = next((s for s, k in PERSON_KEYS.items() if event.key() == k), None)
        if side is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.isAutoRepeat():
            return True
        if pressed:
            self._keys_down.add(side)
            self.press(side)
        elif side in self._keys_down:
            self._keys_down.discard(side)
            self.release(side)
        return True

    @Slot()
    def _on_mic_pressed(self) -> None:
        self.press("")

    @Slot()
    def _on_mic_released(self) -> None:
        self.release("")

    @Slot()
    def _on_person_a_pressed(self) -> None:
        self.press("a")

    @Slot()
    def _on_person_a_released(self) -> None:
        self.release("a")

    @Slot()
    def _on_person_b_pressed(self) -> None:
        self.press("b")

    @Slot()
    def _on_person_b_released(self) -> None:
        self.release("b")

    @Slot(str)
    def _on_voice_state_changed(self, state: str) -> None:
        target = self._chat.talk_target
        listening = state == "listening" and target is not None
        if state != "listening":
            self._press_side = None
        side = target.side if listening and target is not None else None
        for s, button in (("", self.mic_button), ("a", self.person_buttons["a"]), ("b", self.person_buttons["b"])):
            value = "listening" if side == s else "idle"
            set_style_property(button, "state", value)
        self._update_mic_icons()
        if listening and target is not None:
            self.listen_label.setText(
                self.tr("Listening… ({language})").format(
                    language=language_name(target.src) if target.src != DETECT else self.tr("any language")
                )
            )
            self.meter.reset()
            self.listen_time.setText("0:00")
            self.listen_row.show()
        else:
            self.listen_row.hide()

    def set_level(self, level: float, seconds: float) -> None:
        if self.listen_row.isVisible():
            self.meter.set_level(level)
            s = int(seconds)
            self.listen_time.setText(f"{s // 60}:{s % 60:02d}")

    @Slot(object)
    def _on_voice_available_changed(self, available) -> None:  # noqa: ANN001 - VoiceAvailability
        self._voice_ok = bool(available.ok)
        self.mic_button.setEnabled(self._voice_ok)
        tip = self.tr(
            "Hold to speak in the source language (or hold the talk key); click to start, click again to stop"
        )
        self.mic_button.setToolTip(tip if self._voice_ok else available.tooltip or self.tr("Voice is not available."))
        self._update_person_buttons()
        self._update_mic_icons()

    # ---- look ----------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        if theme is not self._styled:
            self._styled = theme
            self.setStyleSheet(translator_style_sheet(theme))
        self.theme = theme
        self.history_delegate.theme = theme
        self.history.viewport().update()
        self._update_mic_icons()

    def _update_mic_icons(self) -> None:
        t = self.theme
        for button in (self.mic_button, self.person_buttons["a"], self.person_buttons["b"]):
            active = button.property("state") == "listening"
            color = t.accent_text if active else (t.text if self._voice_ok else t.muted)
            button.setIcon(mic_icon(color, 22 if button is not self.mic_button else 18))

    # ---- shown and hidden -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            self.translator.warm_up()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._save_unsaved_now()
        super().hideEvent(event)

    def _save_unsaved_now(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_unsaved()

    def focus_source(self) -> None:
        if self.is_conversation():
            self.setFocus()
        else:
            self.source_edit.setFocus()


class ModeBar(QFrame):
    """The switch at the top of the window between Chat and the Translator.
    Signals: mode_changed(str) with "chat" or "translator" (user clicks only)."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(0)
        lay.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for mode, text, tip, name, position in (
            ("chat", self.tr("Chat"), self.tr("Chat with Parley (Ctrl+Shift+T)"), self.tr("Show Chat"), "left"),
            (
                "translator",
                self.tr("Translate"),
                self.tr("Translate text and speech (Ctrl+T)"),
                self.tr("Show Translate"),
                "right",
            ),
        ):
            b = QPushButton(text)
            b.setObjectName("modeButton")
            b.setProperty("position", position)
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+T / Ctrl+Shift+T from the keyboard
            b.setToolTip(tip)
            b.setAccessibleName(name)
            b.setMinimumWidth(110)
            self.buttons[mode] = b
            lay.addWidget(b)
        lay.addStretch(1)
        self.buttons["chat"].setChecked(True)
        self.buttons["chat"].clicked.connect(self._on_chat_clicked)
        self.buttons["translator"].clicked.connect(self._on_translator_clicked)

    def set_mode(self, mode: str) -> None:
        self.buttons[mode].setChecked(True)

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(mode_bar_style_sheet(theme))

    @Slot()
    def _on_chat_clicked(self) -> None:
        self.mode_changed.emit("chat")

    @Slot()
    def _on_translator_clicked(self) -> None:
        self.mode_changed.emit("translator")
