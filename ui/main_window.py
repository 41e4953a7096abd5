"""The main window: sidebar, conversation, composer, menus and status line.

It holds no data of its own beyond what is on screen: every request goes to the
``ChatController`` and every change comes back through its signals, connected
here to ``@Slot`` methods.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.chat import ContextTrimmed
from assistant.config import Settings
from assistant.engines.base import Finished
from assistant.models.registry import ModelInfo
from assistant.privacy import ForgetReport, RetentionResult, describe_forget
from assistant.store import Conversation, Message, SearchHit
from assistant.voice import VoiceTurnFinished

from . import errors as ui_errors
from . import theme as themes
from .chat_view import ChatView, FullTextDialog
from .composer import ComposerArea
from .controller import ChatController, ConversationView, Failure
from .glossary_dialog import GlossaryDialog
from .settings_dialog import SettingsDialog
from .sidebar import Sidebar
from .translator_view import ModeBar, TranslatorView
from .voice import VoiceAvailability, VoiceOptions, is_talk_key

if TYPE_CHECKING:  # the dialogs are imported when first opened: less to load at start-up
    from .about_dialog import AboutDialog
    from .bench_dialog import BenchDialog
    from .models_dialog import ModelsDialog

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

#: (what, keys) for Help → Keyboard shortcuts; "what" is translated where it is shown
SHORTCUTS = (
    (QT_TRANSLATE_NOOP("MainWindow", "New chat"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("MainWindow", "Search all chats"), "Ctrl+K"),
    (QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+,"),
    (QT_TRANSLATE_NOOP("MainWindow", "Send"), "Enter"),
    (QT_TRANSLATE_NOOP("MainWindow", "New line"), "Shift+Enter"),
    (QT_TRANSLATE_NOOP("MainWindow", "Stop writing"), "Esc"),
    (QT_TRANSLATE_NOOP("MainWindow", "Regenerate last answer"), "Ctrl+R"),
    (QT_TRANSLATE_NOOP("MainWindow", "Copy last answer"), "Ctrl+Shift+C"),
    (QT_TRANSLATE_NOOP("MainWindow", "Rename chat"), "F2"),
    (QT_TRANSLATE_NOOP("MainWindow", "Export chat"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("MainWindow", "Focus the message box"), "Ctrl+L"),
    (QT_TRANSLATE_NOOP("MainWindow", "Translator"), "Ctrl+T"),
    (QT_TRANSLATE_NOOP("MainWindow", "Chat"), "Ctrl+Shift+T"),
    (QT_TRANSLATE_NOOP("MainWindow", "Translate now (Translator)"), "Ctrl+Enter"),
    (QT_TRANSLATE_NOOP("MainWindow", "Conversation: left / right person talks (hold)"), "F7 / F8"),
    (QT_TRANSLATE_NOOP("MainWindow", "Models"), "Ctrl+M"),
    (QT_TRANSLATE_NOOP("MainWindow", "Quit"), "Ctrl+Q"),
)

#: the model picker's entries that are actions rather than models
PICKER_ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
MANAGE_MODELS = "manage-models"

#: the level meter's refresh rate while listening (~30 Hz)
LEVEL_INTERVAL_MS = 33


def voice_timings_text(ev: VoiceTurnFinished) -> str:
    """ "heard in 180 ms · first word 420 ms · first sound 650 ms" (from key release)."""
    t = ev.timings
    parts = [QCoreApplication.translate("MainWindow", "heard in {ms} ms").format(ms=f"{t.stt_ms:.0f}")]
    if t.ttft_ms >= 0:
        parts.append(QCoreApplication.translate("MainWindow", "first word {ms} ms").format(ms=f"{t.ttft_ms:.0f}"))
    if t.first_audio_ms >= 0:
        parts.append(QCoreApplication.translate("MainWindow", "first sound {ms} ms").format(ms=f"{t.first_audio_ms:.0f}"))
    return " · ".join(parts)


class NoticeBar(QFrame):
    """Messages that must not be missed but need no decision (a damaged file was
    moved aside, a save failed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        close = QPushButton("✕")
        close.setObjectName("noticeClose")
        close.setToolTip(self.tr("Dismiss"))
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(self._on_close_clicked)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._lines: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        if text in self._lines:
            return
        self._lines = (self._lines + [text])[-3:]
        self.label.setText("\n".join(self._lines))
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    @Slot()
    def _on_close_clicked(self) -> None:
        self._lines = []
        self.hide()


class MainWindow(QMainWindow):
    def __init__(self, controller: ChatController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(APP_NAME)
        icon = RESOURCES / "parley.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1200, 800)
        self.setMinimumSize(720, 480)
        self.theme = themes.LIGHT
        self._theme_setting = controller.settings.theme
        self._font_size = controller.settings.font_size
        self._models: list[ModelInfo] = []
        self._conversation: Conversation | None = None
        self._error_box: QMessageBox | None = None
        self._bench_dialog: BenchDialog | None = None
        self._models_dialog: ModelsDialog | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._voice_options: VoiceOptions | None = None
        self._ptt = QKeySequence()
        self._ptt_key_down = False  # the talk key (not the button) started this listening

        self.sidebar = Sidebar()
        self.chat_view = ChatView()
        self.composer = ComposerArea()
        self.notice_bar = NoticeBar()
        self._translator_view: TranslatorView | None = None  # built the first time it is shown
        self.mode_bar = ModeBar()

        header = QFrame()
        header.setObjectName("chatHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(20, 8, 14, 8)
        self.title_label = QLabel(self.tr("New chat"))
        self.title_label.setObjectName("chatTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        hl.addWidget(self.title_label, 1)
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setToolTip(self.tr("The model that writes the answers"))
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.activated.connect(self._on_model_picker_activated)
        hl.addWidget(self.model_picker)

        pane = QWidget()
        pl = QVBoxLayout(pane)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(0)
        pl.addWidget(self.notice_bar)
        pl.addWidget(header)
        pl.addWidget(self.chat_view, 1)
        pl.addWidget(self.composer)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 930])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.mode_bar)
        cl.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self.tr("Starting…"))
        self.model_label = QLabel("")
        self.stats_label = QLabel("")
        sb = self.statusBar()
        sb.setSizeGripEnabled(False)
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.stats_label)
        sb.addPermanentWidget(self.model_label)

        for widget, name in (
            (self.composer.editor, self.tr("Message")),
            (self.composer.button, self.tr("Send or stop")),
            (self.sidebar.search_box, self.tr("Search all chats")),
            (self.sidebar.conversations, self.tr("Chats")),
            (self.sidebar.hits, self.tr("Search results")),
            (self.chat_view, self.tr("Conversation")),
            (self.model_picker, self.tr("Model")),
        ):
            widget.setAccessibleName(name)

        self._level_timer = QTimer(self)
        self._level_timer.setInterval(LEVEL_INTERVAL_MS)
        self._level_timer.timeout.connect(self._on_level_timeout)

        self._build_actions()
        self._connect()
        self._apply_theme(self._theme_setting)
        self._apply_talk_key(controller.settings)
        self.sidebar.set_history_kept(controller.settings.history_retention != "none")
        self._on_voice_available_changed(controller.voice_available)
        self._restore_geometry()
        self.composer.editor.setFocus()
        # the talk key works whichever widget has focus: key events go to the focused
        # widget first, so the window watches that one widget (and itself, for when
        # none has focus). An application-wide filter ran Python for every event of the
        # app (~450 for one new message), each needing Python's lock: while a worker
        # thread held it (a spoken answer streaming), every paint and layout waited.
        self._key_watch: QWidget | None = None
        self.installEventFilter(self)
        self._watch_keys_of(self.composer.editor)
        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    # ---- construction -----------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence | list | None = None, tip: str = "") -> QAction:  # noqa: ANN001
        a = QAction(text, self)
        if isinstance(shortcut, list):
            a.setShortcuts(shortcut)
        elif shortcut is not None:
            a.setShortcut(shortcut)
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        mb = self.menuBar()
        self.new_action = self._action(self.tr("&New chat"), self._on_new_triggered, "Ctrl+N")
        self.open_model_action = self._action(self.tr("&Open GGUF model…"), self._on_open_model_triggered)
        self.export_action = self._action(self.tr("&Export chat…"), self._on_export_triggered, "Ctrl+E")
        self.settings_action = self._action(self.tr("&Settings…"), self._on_settings_triggered, [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.forget_action = self._action(
            self.tr("&Delete all my data…"), self._on_forget_triggered,
            tip=self.tr("Delete history, settings, glossary, models you added, caches and logs"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self._on_quit_triggered, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = mb.addMenu(self.tr("&File"))
        for a in (self.new_action, self.open_model_action, self.export_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.forget_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.copy_last_action = self._action(self.tr("&Copy last answer"), self._on_copy_last_triggered, "Ctrl+Shift+C")
        self.search_action = self._action(self.tr("&Search all chats"), self._on_search_triggered, "Ctrl+K")
        self.rename_action = self._action(self.tr("&Rename chat"), self._on_rename_triggered, "F2")
        self.delete_action = self._action(self.tr("&Delete chat…"), self._on_delete_current_triggered)
        self.focus_action = self._action(self.tr("Focus &message box"), self._on_focus_composer_triggered, "Ctrl+L")
        edit_menu = mb.addMenu(self.tr("&Edit"))
        for a in (self.copy_last_action, self.search_action, self.focus_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_action)
        edit_menu.addAction(self.delete_action)

        self.stop_action = self._action(self.tr("S&top"), self._on_stop_triggered, "Esc")
        self.stop_action.setEnabled(False)
        self.regenerate_action = self._action(self.tr("&Regenerate last answer"), self._on_regenerate_triggered, "Ctrl+R")
        chat_menu = mb.addMenu(self.tr("&Chat"))
        chat_menu.addAction(self.stop_action)
        chat_menu.addAction(self.regenerate_action)

        view_menu = mb.addMenu(self.tr("&View"))
        self.chat_mode_action = self._action(self.tr("&Chat"), self._on_chat_mode_triggered, "Ctrl+Shift+T")
        self.translator_action = self._action(self.tr("&Translator"), self._on_translator_triggered, "Ctrl+T")
        self.mode_group = QActionGroup(self)
        for a in (self.chat_mode_action, self.translator_action):
            a.setCheckable(True)
            self.mode_group.addAction(a)
            view_menu.addAction(a)
        self.chat_mode_action.setChecked(True)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Appearance"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for value, label in (
            ("system", self.tr("Follow the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
            ("contrast", self.tr("&High contrast")),
        ):
            a = QAction(label, self)
            a.setCheckable(True)
            a.setData(value)
            self.theme_group.addAction(a)
            theme_menu.addAction(a)
            self.theme_actions[value] = a
        self.theme_group.triggered.connect(self._on_theme_action_triggered)
        self.larger_text_action = self._action(
            self.tr("&Larger text"), self._on_larger_text, [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        )
        self.smaller_text_action = self._action(self.tr("&Smaller text"), self._on_smaller_text, "Ctrl+-")
        self.default_text_action = self._action(self.tr("&Default text size"), self._on_default_text, "Ctrl+0")
        view_menu.addSeparator()
        for a in (self.larger_text_action, self.smaller_text_action, self.default_text_action):
            view_menu.addAction(a)

        tools_menu = mb.addMenu(self.tr("&Tools"))
        self.models_action = self._action(self.tr("&Models…"), self._on_models_triggered, "Ctrl+M")
        tools_menu.addAction(self.models_action)
        self.glossary_action = self._action(self.tr("Translation &glossary…"), self._on_glossary_triggered)
        tools_menu.addAction(self.glossary_action)

        help_menu = mb.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self._on_shortcuts_triggered)
        self.about_action = self._action(self.tr("&About {app}").format(app=APP_NAME), self._on_about_triggered)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.bench_action = self._action(self.tr("How &fast is this computer?…"), self._on_bench_triggered)
        self.welcome_action = self._action(self.tr("&Welcome and sound check…"), self._on_welcome_triggered)
        help_menu.addAction(self.welcome_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.bench_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        c = self.controller
        c.conversations_changed.connect(self._on_conversations_changed)
        c.conversation_loaded.connect(self._on_conversation_loaded)
        c.conversation_changed.connect(self._on_conversation_changed)
        c.message_added.connect(self._on_message_added)
        c.reply_started.connect(self._on_reply_started)
        c.reply_delta.connect(self._on_reply_delta)
        c.reply_finished.connect(self._on_reply_finished)
        c.reply_failed.connect(self._on_reply_failed)
        c.context_trimmed.connect(self._on_context_trimmed)
        c.failed.connect(self._on_failed)
        c.search_results.connect(self._on_search_results)
        c.models_changed.connect(self._on_models_changed)
        c.model_rejected.connect(self._on_model_rejected)
        c.model_ready.connect(self._on_model_ready)
        c.settings_changed.connect(self._on_settings_changed)
        c.exported.connect(self._on_exported)
        c.status_changed.connect(self._on_status_changed)
        c.busy_changed.connect(self._on_busy_changed)
        c.notice.connect(self._on_notice)
        c.voice_state_changed.connect(self._on_voice_state_changed)
        c.voice_available_changed.connect(self._on_voice_available_changed)
        c.voice_notice.connect(self._on_voice_notice)
        c.voice_turn_finished.connect(self._on_voice_turn_finished)
        c.voice_options.connect(self._on_voice_options)
        c.data_forgotten.connect(self._on_data_forgotten)
        c.retention_applied.connect(self._on_retention_applied)

        s = self.sidebar
        s.new_requested.connect(self._on_new_triggered)
        s.open_requested.connect(self._on_sidebar_open_requested)
        s.rename_requested.connect(self._on_sidebar_rename_requested)
        s.delete_requested.connect(self._on_sidebar_delete_requested)
        s.export_requested.connect(self._on_sidebar_export_requested)
        s.search_requested.connect(self._on_sidebar_search_requested)
        s.search_escaped.connect(self._on_focus_composer_triggered)

        v = self.chat_view
        v.edit_submitted.connect(self._on_view_edit_submitted)
        v.regenerate_requested.connect(self._on_regenerate_triggered)
        v.error_action.connect(self._on_error_action)
        v.suggestion.connect(self._on_suggestion)
        v.status_message.connect(self._on_transient_message)
        v.show_full.connect(self._on_show_full)

        self.composer.send_requested.connect(self._on_send_requested)
        self.composer.stop_requested.connect(self._on_stop_triggered)
        self.composer.talk_pressed.connect(self._on_composer_talk_pressed)
        self.composer.talk_released.connect(self._on_composer_talk_released)

        self.mode_bar.mode_changed.connect(self._on_mode_bar_changed)
        c.translator.busy_changed.connect(self._on_translator_busy_changed)

        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    # ---- dialogs (methods so tests can replace them) ----------------------------
    def ask_confirm(self, title: str, text: str, ok: str = "") -> bool:
        ok = ok or self.tr("Delete")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(ok, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_model_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf);;All files (*)")
        )
        return path

    def ask_export_path(self, suggested: str) -> tuple[str, str]:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export chat"), str(Path.home() / suggested), self.tr("Markdown (*.md);;JSON (*.json)")
        )
        return path, chosen

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    @Slot(str)
    def show_unexpected_error(self, text: str) -> None:
        """Last resort for bugs (from the exception hooks): say so, without a
        pile of dialogs, and point at the log."""
        if self._error_box is not None and self._error_box.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Parley ran into an unexpected problem"),
            self.tr("{error}\n\nYour conversations are saved. Details were written to the log in {folder}.").format(
                error=text, folder=self.controller.paths.log_dir
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._error_box = box
        box.open()

    # ---- theme --------------------------------------------------------------------
    def _apply_theme(self, setting: str) -> None:
        self._theme_setting = setting
        self.theme = themes.resolve(setting)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._font_size = self.controller.settings.font_size
            themes.apply(app, self.theme, font_size=self._font_size)
        self.chat_view.set_theme(self.theme)
        if self._bench_dialog is not None:
            self._bench_dialog.set_theme(self.theme)
        self.sidebar.set_theme(self.theme)
        self.composer.set_theme(self.theme)
        self.mode_bar.set_theme(self.theme)
        if self._translator_view is not None:
            self._translator_view.set_theme(self.theme)
        if self._models_dialog is not None:
            self._models_dialog.set_theme(self.theme)
        action = self.theme_actions.get(setting)
        if action is not None:
            action.setChecked(True)

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme_setting == "system":
            self._apply_theme("system")

    def _text_size_now(self) -> int:
        size = self.controller.settings.font_size
        if size:
            return size
        app = QApplication.instance()
        base = app.property("parley_base_font") if app is not None else None
        return round(float(base)) if base else max(QApplication.font().pointSize(), 9)

    def _set_text_size(self, size: int) -> None:
        self.controller.update_settings(self.controller.settings.replace(font_size=size))

    @Slot()
    def _on_larger_text(self) -> None:
        self._set_text_size(min(self._text_size_now() + 1, 48))

    @Slot()
    def _on_smaller_text(self) -> None:
        self._set_text_size(max(self._text_size_now() - 1, 6))

    @Slot()
    def _on_default_text(self) -> None:
        self._set_text_size(0)

    @Slot(QAction)
    def _on_theme_action_triggered(self, action: QAction) -> None:
        value = str(action.data())
        if value != self.controller.settings.theme:
            self.controller.update_settings(self.controller.settings.replace(theme=value))

    # ---- controller signals ------------------------------------------------------
    @Slot(list)
    def _on_conversations_changed(self, conversations: list[Conversation]) -> None:
        self.sidebar.set_conversations(conversations)

    @Slot(object)
    def _on_conversation_loaded(self, view: ConversationView) -> None:
        self._conversation = view.conversation
        cid = view.conversation.id if view.conversation else None
        self.chat_view.load(cid, view.messages, view.focus_message_id)
        self.sidebar.set_current(cid)
        self._set_title(view.conversation)
        self._update_actions()
        if not self.controller.busy and not self.controller.loading_model:
            self.status_label.setText(self.tr("Ready"))
            self.stats_label.setText("")
        if view.focus_message_id is None:
            self.composer.editor.setFocus()

    @Slot(object)
    def _on_conversation_changed(self, conversation: Conversation) -> None:
        self._conversation = conversation
        self.chat_view.conversation_id = conversation.id
        self._set_title(conversation)

    def _set_title(self, conversation: Conversation | None) -> None:
        title = conversation.title if conversation else self.tr("New chat")
        self.title_label.setText(title)
        if self.translator_shown():
            return
        self.setWindowTitle(self.tr("{title} — {app}").format(title=title, app=APP_NAME) if conversation else APP_NAME)

    @Slot(object)
    def _on_message_added(self, message: Message) -> None:
        self.chat_view.add_message(message)
        self._update_actions()

    @Slot(object)
    def _on_reply_started(self, message: Message) -> None:
        self.chat_view.start_reply(message)

    @Slot(int, str)
    def _on_reply_delta(self, message_id: int, text: str) -> None:
        self.chat_view.append_delta(message_id, text)

    @Slot(object, object)
    def _on_reply_finished(self, message: Message, stats: Finished) -> None:
        self.chat_view.finish_reply(message)
        parts = []
        if stats.tokens:
            parts.append(self.tr("{rate} tokens/s").format(rate=f"{stats.tokens_per_s:.1f}"))
            parts.append(self.tr("first token {ms} ms").format(ms=f"{stats.ttft_ms:.0f}"))
            parts.append(self.tr("%n tokens", "", stats.tokens))
        if stats.load_ms > 1:
            parts.append(self.tr("loaded in {s} s").format(s=f"{stats.load_ms / 1000:.1f}"))
        self.stats_label.setText("  ·  ".join(parts))
        self._update_actions()
        if message.content and message.conversation_id == self.chat_view.conversation_id:
            self.announce(self.tr("Parley answered: {text}").format(text=message.content))

    def announce(self, text: str) -> None:
        """Have screen readers say ``text`` (a finished answer) without moving the focus
        (Qt does nothing more when no assistive technology is attached)."""
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.chat_view, text[:2000]))

    @Slot(object, object)
    def _on_reply_failed(self, message: Message | None, error: BaseException) -> None:
        if message is None or message.conversation_id == self.chat_view.conversation_id:
            self.chat_view.fail_reply(message, error)
        self._update_actions()

    @Slot(object)
    def _on_context_trimmed(self, event: ContextTrimmed) -> None:
        self.chat_view.mark_context_trimmed(event.message_id)

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        title, text, _action = ui_errors.describe(failure.error)
        self.notice_bar.add(self.tr("{title}: {text}").format(title=title, text=text))

    @Slot(str, list)
    def _on_search_results(self, query: str, hits: list[SearchHit]) -> None:
        self.sidebar.set_search_results(query, hits)

    @Slot(list)
    def _on_models_changed(self, models: list[ModelInfo]) -> None:
        self._models = list(models)
        self._fill_model_picker()

    def _fill_model_picker(self) -> None:
        p = self.model_picker
        p.blockSignals(True)
        try:
            p.clear()
            current = 0
            for m in self._models:
                label = m.name if m.source == "embedded" else self.tr("{name}  (file)").format(name=m.name)
                p.addItem(label, m.name if m.source == "embedded" else m.path)
                p.setItemData(p.count() - 1, m.description or m.path, Qt.ItemDataRole.ToolTipRole)
                if m.default:
                    current = p.count() - 1
                    self._set_model_label(m.name)
            p.insertSeparator(p.count())
            p.addItem(self.tr("Open GGUF file…"), None)
            p.addItem(self.tr("Manage models…"), None)
            p.setItemData(p.count() - 1, MANAGE_MODELS, PICKER_ACTION_ROLE)
            p.setCurrentIndex(current)
        finally:
            p.blockSignals(False)

    def _set_model_label(self, name: str) -> None:
        self._chat_model_name = name
        if not self.translator_shown():
            self.model_label.setText(self.tr("Model: {name}").format(name=name))

    def _show_translation_model_label(self) -> None:
        """The Translator uses its own model (Settings → translation model): say which."""
        name = self.controller.settings.translation_model
        shown = os.path.basename(name) if name else self.tr("default")
        self.model_label.setText(self.tr("Translation model: {name}").format(name=shown))

    @Slot(int)
    def _on_model_picker_activated(self, index: int) -> None:
        value = self.model_picker.itemData(index)
        if self.model_picker.itemData(index, PICKER_ACTION_ROLE) == MANAGE_MODELS:
            self._fill_model_picker()  # put the selection back
            self.open_models()
            return
        if value is None:
            self._fill_model_picker()  # put the selection back until a file is accepted
            self._on_open_model_triggered()
            return
        self.controller.choose_model(str(value))

    @Slot(str, object)
    def _on_model_rejected(self, path: str, error: BaseException) -> None:
        title, text, _ = ui_errors.describe(error)
        self._fill_model_picker()
        self.warn(title, text)

    @Slot(str, float)
    def _on_model_ready(self, name: str, load_ms: float) -> None:
        self._set_model_label(name)
        if load_ms > 1:
            self.statusBar().showMessage(
                self.tr("Loaded {name} in {s} s").format(name=name, s=f"{load_ms / 1000:.1f}"), 4000
            )

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        if settings.theme != self._theme_setting or settings.font_size != self._font_size:
            self._apply_theme(settings.theme)
        self._apply_talk_key(settings)
        self.sidebar.set_history_kept(settings.history_retention != "none")

    @Slot(object)
    def _on_data_forgotten(self, report: ForgetReport) -> None:
        self.sidebar.search_box.clear()
        self.show_chat()
        if report.ok:
            self.notice_bar.add(
                self.tr("All your data was deleted ({mb} MB). Parley goes on with default settings.").format(
                    mb=f"{report.bytes_freed / 1e6:.0f}"
                )
            )
        else:
            where = ", ".join(sorted({str(p) for p, _ in report.failed})[:3])
            self.notice_bar.add(
                self.tr("Your data was deleted, except files that were in use: {files}. Quit Parley and delete them.").format(
                    files=where
                )
            )

    @Slot(object)
    def _on_retention_applied(self, result: RetentionResult) -> None:
        if result.policy == "30d":
            self.statusBar().showMessage(
                self.tr("Deleted {chats} chat(s) and {translations} translation(s) older than 30 days").format(
                    chats=result.conversations, translations=result.translations
                ),
                6000,
            )

    @Slot(str)
    def _on_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 6000)

    @Slot(str)
    def _on_status_changed(self, text: str) -> None:
        self.status_label.setText(text)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self.chat_view.set_busy(busy)
        self.stop_action.setEnabled(busy or self.controller.translator.busy)
        self._update_actions()

    @Slot(str)
    def _on_notice(self, text: str) -> None:
        self.notice_bar.add(text)

    # ---- voice --------------------------------------------------------------------
    def _apply_talk_key(self, settings: Settings) -> None:
        seq = QKeySequence(settings.ptt_key or "Ctrl+Space")
        self._ptt = seq if seq.count() else QKeySequence("Ctrl+Space")
        self.composer.set_talk_key(self._ptt.toString(QKeySequence.SequenceFormat.NativeText), settings.ptt_toggle)

    def _talk_down(self) -> bool:
        """Key or button pressed. In toggle mode a press while listening sends.
        While the Translator is shown, what is said goes to it."""
        c = self.controller
        if c.settings.ptt_toggle and c.voice_state == "listening":
            c.talk_released()
            return False
        return c.talk_pressed(self.translator_view.speech_target() if self.translator_shown() else None)

    def _talk_up(self) -> None:
        if not self.controller.settings.ptt_toggle:
            self.controller.talk_released()

    def _is_talk_key(self, event: QKeyEvent, *, release: bool) -> bool:
        return is_talk_key(self._ptt, event, release=release)

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        self._watch_keys_of(now)

    def _watch_keys_of(self, widget: QWidget | None) -> None:
        old, self._key_watch = self._key_watch, None
        if old is not None:
            try:
                old.removeEventFilter(self)
            except RuntimeError:  # already deleted (Qt dropped the filter with it)
                pass
        if widget is not None and widget is not self and widget.window() is self:
            widget.installEventFilter(self)
            self._key_watch = widget

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Push-to-talk needs the key's release, which shortcuts do not report, so
        key events for this window are looked at here, before the focused widget."""
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self or not isinstance(event, QKeyEvent):
            return False
        if etype == QEvent.Type.ShortcutOverride:
            if self._is_talk_key(event, release=False):
                event.accept()  # ours: no shortcut may take it
                return True
            return False
        if etype == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.controller.voice_state == "listening":
                self.controller.cancel_listening()
                return True
            if not self._is_talk_key(event, release=False):
                return self.translator_shown() and self.translator_view.person_key(event, pressed=True)
            if not event.isAutoRepeat():
                self._ptt_key_down = self._talk_down()
            return True
        # KeyRelease
        if self.translator_shown() and not self._is_talk_key(event, release=True):
            return self.translator_view.person_key(event, pressed=False)
        if not self._is_talk_key(event, release=True) or not (self._ptt_key_down or event.isAutoRepeat()):
            return False
        if not event.isAutoRepeat():
            self._ptt_key_down = False
            self._talk_up()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow() and self._ptt_key_down:
            # the key will be released in another window: take it as released now
            self._ptt_key_down = False
            self._talk_up()

    @Slot()
    def _on_composer_talk_pressed(self) -> None:
        self._talk_down()

    @Slot()
    def _on_composer_talk_released(self) -> None:
        self._talk_up()

    @Slot(str)
    def _on_voice_state_changed(self, state: str) -> None:
        self.composer.set_voice_state(state)
        if state == "listening":
            self.status_label.setText(self.tr("Listening…"))
            self._level_timer.start()
        else:
            self._level_timer.stop()
            if state == "idle" and self.status_label.text() == self.tr("Listening…"):
                self.status_label.setText(self.tr("Ready"))

    @Slot()
    def _on_level_timeout(self) -> None:
        c = self.controller
        self.composer.set_level(c.mic_level, c.recording_s)
        if self._translator_view is not None:
            self._translator_view.set_level(c.mic_level, c.recording_s)
        if c.recording_too_long and c.voice_state == "listening":
            self._ptt_key_down = False
            c.talk_released()  # two minutes: stop and answer what was heard

    @Slot(object)
    def _on_voice_available_changed(self, available: VoiceAvailability) -> None:
        self.composer.set_voice_available(available.ok, available.tooltip)

    @Slot(str)
    def _on_voice_notice(self, text: str) -> None:
        self.composer.show_voice_notice(text)

    @Slot(object)
    def _on_voice_turn_finished(self, ev: VoiceTurnFinished) -> None:
        text = voice_timings_text(ev)
        self.stats_label.setText(text)
        row = self.chat_view.row_for(ev.message_id) if ev.message_id is not None else None
        if row is None:
            return
        if ev.interrupted and row.message.status != "interrupted":
            # the core cut the saved reply to what was heard; show the same
            cut = Message(**{**row.message.__dict__, "content": ev.reply, "status": "interrupted"})
            self.chat_view.finish_reply(cut)
        row.set_note("voice", self.tr("Spoken · {timings}").format(timings=text))

    @Slot(object)
    def _on_voice_options(self, options: VoiceOptions) -> None:
        self._voice_options = options
        if self._settings_dialog is not None:
            self._settings_dialog.set_voice_options(options)

    def _update_actions(self) -> None:
        busy = self.controller.busy
        has_conv = self._conversation is not None
        self.regenerate_action.setEnabled(not busy and self.chat_view.has_user_message())
        self.export_action.setEnabled(has_conv)
        self.rename_action.setEnabled(has_conv)
        self.delete_action.setEnabled(has_conv)

    # ---- user actions ----------------------------------------------------------
    @Slot(str)
    def _on_send_requested(self, text: str) -> None:
        if self.controller.send(text):
            self.composer.set_text("")

    @Slot(str)
    def _on_suggestion(self, text: str) -> None:
        self.composer.set_text(text)
        self._on_send_requested(text)

    @Slot()
    def _on_stop_triggered(self) -> None:
        if self.translator_shown():
            self.controller.translator.stop()
            return
        self.controller.stop()

    @Slot(bool)
    def _on_translator_busy_changed(self, busy: bool) -> None:
        self.stop_action.setEnabled(busy or self.controller.busy)

    # ---- chat and translator ---------------------------------------------------------
    @property
    def translator_view(self) -> TranslatorView:
        """The Translator, built on first use: a chat-only session never pays for it."""
        if self._translator_view is None:
            view = TranslatorView(self.controller)
            view.set_theme(self.theme)
            view.glossary_requested.connect(self._on_glossary_triggered)
            view.status_message.connect(self._on_transient_message)
            self.stack.addWidget(view)
            self._translator_view = view
        return self._translator_view

    def translator_shown(self) -> bool:
        return self._translator_view is not None and self.stack.currentWidget() is self._translator_view

    def show_translator(self) -> None:
        self.stack.setCurrentWidget(self.translator_view)
        self.mode_bar.set_mode("translator")
        self.translator_action.setChecked(True)
        self.setWindowTitle(self.tr("Translator — {app}").format(app=APP_NAME))
        self._show_translation_model_label()
        self.translator_view.focus_source()

    def show_chat(self) -> None:
        self.stack.setCurrentWidget(self.splitter)
        self.mode_bar.set_mode("chat")
        self.chat_mode_action.setChecked(True)
        self._set_title(self._conversation)
        if getattr(self, "_chat_model_name", ""):
            self.model_label.setText(self.tr("Model: {name}").format(name=self._chat_model_name))
        self.composer.editor.setFocus()

    @Slot()
    def _on_translator_triggered(self) -> None:
        self.show_translator()

    @Slot()
    def _on_chat_mode_triggered(self) -> None:
        self.show_chat()

    @Slot(str)
    def _on_mode_bar_changed(self, mode: str) -> None:
        if mode == "translator":
            self.show_translator()
        else:
            self.show_chat()

    @Slot()
    def _on_glossary_triggered(self) -> None:
        self.open_glossary()

    def open_glossary(self) -> None:
        """Edit the translation glossary; Save writes it (on the translator's worker)."""
        translator = self.controller.translator
        dialog = GlossaryDialog(translator.glossary, self)
        try:
            if dialog.exec():
                translator.save_glossary(dialog.result_glossary())
                self.statusBar().showMessage(self.tr("Glossary saved; the next translation follows it"), 4000)
        finally:
            dialog.deleteLater()

    @Slot()
    def _on_regenerate_triggered(self) -> None:
        if self.chat_view.has_user_message() and self.controller.regenerate():
            self.chat_view.remove_after_last_user()

    @Slot(int, str)
    def _on_view_edit_submitted(self, message_id: int, text: str) -> None:
        if self.controller.edit_and_resend(message_id, text):
            self.chat_view.remove_from(message_id)

    @Slot()
    def _on_new_triggered(self) -> None:
        if self.translator_shown():
            self.show_chat()
        self.sidebar.search_box.clear()
        self.controller.new_conversation()
        self.composer.editor.setFocus()

    @Slot(int, object)
    def _on_sidebar_open_requested(self, conversation_id: int, focus_message_id: int | None) -> None:
        self.controller.open_conversation(conversation_id, focus_message_id)

    @Slot(int, str)
    def _on_sidebar_rename_requested(self, conversation_id: int, title: str) -> None:
        self.controller.rename_conversation(conversation_id, title)

    @Slot(int)
    def _on_sidebar_delete_requested(self, conversation_id: int) -> None:
        item = self.sidebar.conversations.item_for(conversation_id)
        title = item.text() if item is not None else self.tr("this chat")
        if self.ask_confirm(
            self.tr("Delete chat?"),
            self.tr("“{title}” and all its messages will be deleted. This cannot be undone.").format(title=title),
        ):
            self.controller.delete_conversation(conversation_id)

    @Slot()
    def _on_delete_current_triggered(self) -> None:
        if self._conversation is not None:
            self._on_sidebar_delete_requested(self._conversation.id)

    @Slot(int)
    def _on_sidebar_export_requested(self, conversation_id: int) -> None:
        item = self.sidebar.conversations.item_for(conversation_id)
        title = item.text() if item is not None else "chat"
        self._export(conversation_id, title)

    @Slot()
    def _on_export_triggered(self) -> None:
        if self._conversation is not None:
            self._export(self._conversation.id, self._conversation.title)

    def _export(self, conversation_id: int, title: str) -> None:
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "chat"
        path, chosen = self.ask_export_path(f"{safe}.md")
        if not path:
            return
        fmt = "json" if path.lower().endswith(".json") or "json" in chosen.lower() else "markdown"
        if fmt == "json" and not path.lower().endswith(".json"):
            path += ".json"
        elif fmt == "markdown" and not path.lower().endswith((".md", ".markdown", ".txt")):
            path += ".md"
        self.controller.export_conversation(conversation_id, fmt, path)

    @Slot(str)
    def _on_sidebar_search_requested(self, query: str) -> None:
        self.controller.search(query)

    @Slot()
    def _on_search_triggered(self) -> None:
        self.sidebar.focus_search()

    @Slot()
    def _on_focus_composer_triggered(self) -> None:
        self.composer.editor.setFocus()

    @Slot()
    def _on_rename_triggered(self) -> None:
        if self._conversation is not None:
            self.sidebar.search_box.clear()
            self.sidebar.conversations.begin_rename(self._conversation.id)

    @Slot()
    def _on_copy_last_triggered(self) -> None:
        text = self.chat_view.last_assistant_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Last answer copied"), 3000)

    @Slot()
    def _on_open_model_triggered(self) -> None:
        path = self.ask_model_path()
        if path:
            self.statusBar().showMessage(self.tr("Checking the model file…"), 3000)
            self.controller.open_model_file(path)

    @Slot()
    def _on_forget_triggered(self) -> None:
        self.forget_all_data()

    def forget_all_data(self) -> bool:
        """Ask, then delete all the user's data (the controller does it on its data
        worker) and carry on from a fresh state. Returns False when not confirmed."""
        if self.controller.forgetting:
            return False
        text = describe_forget(self.controller.paths)
        if not self.ask_confirm(self.tr("Delete all your data?"), text, ok=self.tr("Delete everything")):
            return False
        if self._models_dialog is not None:  # a download in progress writes into the models folder
            dialog, self._models_dialog = self._models_dialog, None
            dialog.shutdown()
            dialog.close()
            dialog.deleteLater()
        self.controller.forget_everything()
        return True

    @Slot()
    def _on_settings_triggered(self) -> None:
        self.open_settings()

    def open_settings(self, page: str = "") -> None:
        before = self.controller.settings
        status = self.desktop_status() if self.desktop_status is not None else ""
        dialog = SettingsDialog(before, self, voice_options=self._voice_options, page=page, desktop_status=status)
        dialog.theme_previewed.connect(self._on_theme_previewed)
        self._settings_dialog = dialog
        self.controller.refresh_voice_options()  # devices and models arrive while it is open
        try:
            accepted = dialog.exec()
        finally:
            self._settings_dialog = None
        if accepted:
            after = dialog.result_settings()
            self.controller.update_settings(after)
            if after.ui_language != before.ui_language:
                self._offer_restart()
        else:
            self._apply_theme(before.theme)
        dialog.deleteLater()

    def _offer_restart(self) -> None:
        """A new interface language shows from the next start: offer it now."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Interface language"))
        box.setText(self.tr("Parley speaks the new language when it starts again. Restart now?"))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart_requested = True  # ui.app.run starts Parley again once it has shut down
            self.quit_action.trigger()

    @Slot(str)
    def _on_theme_previewed(self, value: str) -> None:
        self._apply_theme(value)

    @Slot(str)
    def _on_error_action(self, action: str) -> None:
        if action == ui_errors.CHOOSE_MODEL:
            self.model_picker.setFocus()
            self.model_picker.showPopup()
        elif action == ui_errors.TRY_AGAIN:
            self._on_regenerate_triggered()
        elif action == ui_errors.NEW_CHAT:
            self._on_new_triggered()
        elif action == ui_errors.OPEN_SETTINGS:
            self._on_settings_triggered()
        elif action == ui_errors.SOUND_SETTINGS:
            self.open_settings("voice")

    @Slot(str)
    def _on_transient_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 2500)

    @Slot(str)
    def _on_show_full(self, text: str) -> None:
        dialog = FullTextDialog(text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        talk = (
            self.tr("Talk (press, then press again)") if self.controller.settings.ptt_toggle else self.tr("Talk (hold)"),
            self._ptt.toString(QKeySequence.SequenceFormat.NativeText),
        )
        shortcuts = [(QCoreApplication.translate("MainWindow", name), keys) for name, keys in SHORTCUTS]
        rows = "".join(
            f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>" for name, keys in (*shortcuts, talk)
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table cellpadding='3'>{rows}</table>")

    @Slot()
    def _on_models_triggered(self) -> None:
        self.open_models()

    def open_models(self) -> ModelsDialog:
        """The Models window (one, kept while the app runs: a download goes on when
        it is closed, and reopening shows it)."""
        dialog = self._models_dialog
        if dialog is None:
            from .models_dialog import ModelsDialog  # on first use: ~0.1 s less at start-up

            dialog = ModelsDialog(self.controller, self, theme=self.theme)
            self._models_dialog = dialog
        if dialog.isVisible():  # behind the main window: bring it forward
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        return dialog

    @Slot()
    def _on_bench_triggered(self) -> None:
        self.open_bench()

    def open_bench(self, command: list[str] | None = None) -> BenchDialog:
        """The benchmark dialog (one at a time); it starts measuring at once."""
        dialog = self._bench_dialog
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        from .bench_dialog import BenchDialog

        dialog = BenchDialog(self, command=command, paths=self.controller.paths, theme=self.theme)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_bench_dialog_finished)
        self._bench_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    @Slot(int)
    def _on_bench_dialog_finished(self, _result: int) -> None:
        self._bench_dialog = None

    @Slot()
    def _on_about_triggered(self) -> None:
        self.open_about()

    @Slot()
    def _on_welcome_triggered(self) -> None:
        self.show_welcome()

    def show_welcome(self):  # noqa: ANN201 - WelcomeDialog, imported on first use
        """The first-run welcome (microphone check, test phrase, where data lives);
        shown at the first start and from Help."""
        from .welcome import WelcomeDialog

        dialog = self.findChild(WelcomeDialog)
        if dialog is None:
            dialog = WelcomeDialog(self.controller, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.raise_()
        return dialog

    def open_about(self) -> AboutDialog:
        """Help → About: version, licences, and where the user's data lives."""
        from assistant.about import components, model_licenses

        from .about_dialog import AboutDialog

        dialog = AboutDialog(
            paths=self.controller.paths, libraries=components(), models=model_licenses(self.controller.registry),
            parent=self, icon=QIcon(str(RESOURCES / "parley.svg")),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _on_quit_triggered(self) -> None:
        self.quitting = True  # closes for real, even with a tray icon to close to
        self.close()
        app = QApplication.instance()
        if app is not None and not self.isVisible():
            app.quit()

    # ---- geometry ----------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings(str(self.controller.paths.config_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        s = self._qsettings()
        geometry = s.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        split = s.value("splitter")
        if split is not None:
            self.splitter.restoreState(split)

    #: ui/desktop.py sets this while Parley has a tray icon: called when the person closes
    #: the window, it returns True when it hid the window instead (Parley keeps running).
    #: Only for a close from the window system (the title bar, Alt+F4): close() from code
    #: and QApplication.quit() (the Dock, logging out) still close.
    close_to_tray = None
    quitting = False  # set by Quit
    restart_requested = False  # set when the user chose to restart (a new interface language)
    desktop_status = None  # set by ui.desktop: how the keys that work from any application are served

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if event.spontaneous() and not self.quitting and self.close_to_tray is not None and self.close_to_tray():
            event.ignore()
            return
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):  # closed once only
            self._watching_focus = False
            app.focusChanged.disconnect(self._on_app_focus_changed)
        self._watch_keys_of(None)
        self._level_timer.stop()
        if self._models_dialog is not None:
            self._models_dialog.shutdown()  # cancels an add or download in progress
        s = self._qsettings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.sync()
        super().closeEvent(event)
