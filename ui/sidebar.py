"""The left column: new chat, search across all messages, the conversation list."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import (
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
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.store import Conversation, SearchHit

from .theme import LIGHT, Theme

ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

SEARCH_DELAY_MS = 180


def when(ts: float, now: float | None = None) -> str:
    """Short human time: "14:02", "Yesterday", "Mon", "3 Mar", "3 Mar 2023"."""
    now = time.time() if now is None else now
    t, n = time.localtime(ts), time.localtime(now)
    if t.tm_year == n.tm_year and t.tm_yday == n.tm_yday:
        return time.strftime("%H:%M", t)
    days = (time.mktime(time.strptime(time.strftime("%Y-%m-%d", n), "%Y-%m-%d")) - ts) / 86400
    if days < 1:
        return QCoreApplication.translate("Sidebar", "Yesterday")
    if days < 6:
        return time.strftime("%a", t)
    if t.tm_year == n.tm_year:
        return f"{t.tm_mday} {time.strftime('%b', t)}"
    return f"{t.tm_mday} {time.strftime('%b %Y', t)}"



def paint_row_background(painter: QPainter, option: QStyleOptionViewItem, t: Theme) -> QRect:
    """The rounded highlight of a selected or hovered row (both sidebar lists);
    returns the row's inner rectangle."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = option.rect.adjusted(6, 2, -6, -2)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
    if selected or hovered:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.user_bubble if selected else t.hover))
        painter.drawRoundedRect(r, 8, 8)
    return r


class ConversationDelegate(QStyledItemDelegate):
    """Title on the first line, time and size on the second; editing renames."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(200, 50)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        t = self.theme
        painter.save()
        r = paint_row_background(painter, option, t)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        sub = str(index.data(SUBTITLE_ROLE) or "")
        f = option.font
        f.setWeight(f.Weight.DemiBold if selected else f.Weight.Normal)
        painter.setFont(f)
        painter.setPen(QColor(t.text))
        inner = r.adjusted(10, 6, -10, -6)
        fm = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        small = option.font
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7))
        small.setWeight(small.Weight.Normal)
        painter.setFont(small)
        painter.setPen(QColor(t.muted))
        sfm = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.bottom() - sfm.height(), inner.width(), sfm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(sub, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        editor.setGeometry(option.rect.adjusted(8, 4, -8, -20))


class HitDelegate(QStyledItemDelegate):
    """A search hit: conversation title, then the snippet with the matched words bold."""

    HEIGHT = 66

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(200, self.HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        t = self.theme
        painter.save()
        r = paint_row_background(painter, option, t)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(f"body {{ color: {t.text}; }} .m {{ color: {t.muted}; }} b {{ color: {t.text}; }}")
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        inner = r.adjusted(10, 6, -10, -6)
        doc.setTextWidth(inner.width())
        painter.translate(inner.topLeft())
        painter.setClipRect(QRect(0, 0, inner.width(), inner.height()))
        doc.drawContents(painter)
        painter.restore()


def hit_html(hit: SearchHit) -> str:
    snippet = html.escape(hit.snippet.replace("\n", " "))
    snippet = snippet.replace("«", "<b>").replace("»", "</b>")
    who = QCoreApplication.translate("Sidebar", "You") if hit.role == "user" else APP_NAME
    return (
        f"<div><b>{html.escape(hit.conversation_title)}</b> "
        f'<span class="m">· {who} · {when(hit.created_at)}</span></div>'
        f'<div class="m">{snippet}</div>'
    )


class ConversationList(QListWidget):
    """Signals: rename_requested(int, str), delete_requested(int), export_requested(int)."""

    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    export_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self.delegate = ConversationDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.itemChanged.connect(self._on_item_changed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._populating = False
        self._titles: dict[int, str] = {}

    def populate(self, conversations: list[Conversation], current_id: int | None) -> None:
        self._populating = True
        try:
            self.clear()
            self._titles = {}
            for c in conversations:
                item = QListWidgetItem(c.title)
                item.setData(ID_ROLE, c.id)
                n = c.message_count
                # "1 message" apart, so English needs no .qm; other languages get %n plural forms
                if n == 1:
                    subtitle = self.tr("{when} · 1 message").format(when=when(c.updated_at))
                else:
                    subtitle = self.tr("{when} · %n messages", "", n).format(when=when(c.updated_at))
                item.setData(SUBTITLE_ROLE, subtitle)
                item.setToolTip(c.title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self._titles[c.id] = c.title
                self.addItem(item)
                if c.id == current_id:
                    item.setSelected(True)
                    self.setCurrentItem(item)
        finally:
            self._populating = False

    def select_id(self, conversation_id: int | None) -> None:
        self._populating = True
        try:
            for i in range(self.count()):
                item = self.item(i)
                if item.data(ID_ROLE) == conversation_id:
                    self.setCurrentItem(item)
                    return
            self.clearSelection()
        finally:
            self._populating = False

    def item_for(self, conversation_id: int) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == conversation_id:
                return self.item(i)
        return None

    def begin_rename(self, conversation_id: int | None = None) -> None:
        item = self.item_for(conversation_id) if conversation_id is not None else self.currentItem()
        if item is not None:
            self.editItem(item)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._populating:
            return
        cid = item.data(ID_ROLE)
        title = item.text().strip()
        if cid is None:
            return
        if not title:
            self._populating = True
            item.setText(self._titles.get(cid, ""))
            self._populating = False
            return
        if title != self._titles.get(cid):
            self._titles[cid] = title
            self.rename_requested.emit(int(cid), title)

    @Slot(object)
    def _on_context_menu_requested(self, pos) -> None:  # noqa: ANN001
        item = self.itemAt(pos)
        if item is None:
            return
        cid = int(item.data(ID_ROLE))
        menu = QMenu(self)
        rename = QAction(self.tr("Rename"), menu)
        rename.setShortcut("F2")
        rename.setData(("rename", cid))
        export = QAction(self.tr("Export…"), menu)
        export.setData(("export", cid))
        delete = QAction(self.tr("Delete…"), menu)
        delete.setData(("delete", cid))
        for a in (rename, export):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(delete)
        menu.triggered.connect(self._on_menu_triggered)
        menu.popup(self.viewport().mapToGlobal(pos))

    @Slot(QAction)
    def _on_menu_triggered(self, action: QAction) -> None:
        kind, cid = action.data()
        if kind == "rename":
            self.begin_rename(cid)
        elif kind == "export":
            self.export_requested.emit(cid)
        elif kind == "delete":
            self.delete_requested.emit(cid)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if (
            item is not None
            and event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_requested.emit(int(item.data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Esc clears the search first; a second Esc gives focus back."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escaped.emit()
            return
        super().keyPressEvent(event)


class Sidebar(QWidget):
    """Signals: new_requested(), open_requested(int, object focus message id or None),
    rename_requested(int, str), delete_requested(int), export_requested(int),
    search_requested(str)."""

    new_requested = Signal()
    open_requested = Signal(int, object)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    export_requested = Signal(int)
    search_requested = Signal(str)
    search_escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(220)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 14, 10, 10)
        lay.setSpacing(10)

        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 0, 0)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        top.addWidget(brand)
        top.addStretch(1)
        lay.addLayout(top)

        self.new_button = QPushButton(self.tr("+  New chat"))
        self.new_button.setObjectName("newChatButton")
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.new_button.clicked.connect(self._on_new_clicked)
        lay.addWidget(self.new_button)

        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search all chats  (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_return)
        self.search_box.escaped.connect(self._on_search_escaped)
        lay.addWidget(self.search_box)

        self.section = QLabel(self.tr("CHATS"))
        self.section.setObjectName("sectionLabel")
        self.section.setContentsMargins(8, 4, 0, 0)
        lay.addWidget(self.section)

        self.stack = QStackedWidget()
        self.conversations = ConversationList()
        self.conversations.setAccessibleDescription(
            self.tr("Your chats, newest first; Enter opens one, F2 renames it, Delete deletes it")
        )
        self.conversations.itemClicked.connect(self._on_conversation_clicked)
        self.conversations.currentItemChanged.connect(self._on_current_conversation_changed)
        self.conversations.rename_requested.connect(self._on_rename_requested)
        self.conversations.delete_requested.connect(self._on_delete_requested)
        self.conversations.export_requested.connect(self._on_export_requested)
        self.hits = QListWidget()
        self.hits.setObjectName("searchHits")
        self.hit_delegate = HitDelegate(self.hits)
        self.hits.setItemDelegate(self.hit_delegate)
        self.hits.setMouseTracking(True)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits.itemActivated.connect(self._on_hit_activated)
        self.hits.itemClicked.connect(self._on_hit_activated)
        self.no_hits = QLabel(self.tr("No messages match."))
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_hits.setContentsMargins(0, 20, 0, 0)
        self.stack.addWidget(self.conversations)
        self.stack.addWidget(self.hits)
        self.stack.addWidget(self.no_hits)
        lay.addWidget(self.stack, 1)

        self.retention_hint = QLabel(
            self.tr("History is not kept: chats and translations are deleted when Parley quits.")
        )
        self.retention_hint.setObjectName("composerHint")  # the same small, muted text
        self.retention_hint.setWordWrap(True)
        self.retention_hint.setContentsMargins(8, 0, 4, 0)
        self.retention_hint.setToolTip(self.tr("Change it in Settings → History."))
        self.retention_hint.hide()
        lay.addWidget(self.retention_hint)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timeout)
        self._current_id: int | None = None
        self._requested_id: int | None = None

    def set_theme(self, theme: Theme) -> None:
        self.conversations.delegate.theme = theme
        self.hit_delegate.theme = theme
        pal = self.no_hits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.muted))
        self.no_hits.setPalette(pal)
        self.conversations.viewport().update()
        self.hits.viewport().update()

    def set_history_kept(self, kept: bool) -> None:
        """Show the "history is not kept" hint when it is not."""
        self.retention_hint.setVisible(not kept)

    # ---- conversations ---------------------------------------------------------
    def set_conversations(self, conversations: list[Conversation]) -> None:
        self._requested_id = None
        self.conversations.populate(conversations, self._current_id)

    def set_current(self, conversation_id: int | None) -> None:
        self._current_id = conversation_id
        self._requested_id = None
        self.conversations.select_id(conversation_id)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.new_requested.emit()

    def _request_open(self, cid: int) -> None:
        # a click also changes the current item: ask once, not twice
        if cid not in (self._current_id, self._requested_id):
            self._requested_id = cid
            self.open_requested.emit(cid, None)

    @Slot(QListWidgetItem)
    def _on_conversation_clicked(self, item: QListWidgetItem) -> None:
        self._request_open(int(item.data(ID_ROLE)))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_conversation_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        # keyboard navigation (arrows) opens too; programmatic selection does not
        if current is None or self.conversations._populating:  # noqa: SLF001
            return
        self._request_open(int(current.data(ID_ROLE)))

    @Slot(int, str)
    def _on_rename_requested(self, cid: int, title: str) -> None:
        self.rename_requested.emit(cid, title)

    @Slot(int)
    def _on_delete_requested(self, cid: int) -> None:
        self.delete_requested.emit(cid)

    @Slot(int)
    def _on_export_requested(self, cid: int) -> None:
        self.export_requested.emit(cid)

    # ---- search ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.stack.setCurrentWidget(self.conversations)
            self.section.setText(self.tr("CHATS"))
            self.hits.clear()
            self.search_requested.emit("")
            return
        self._search_timer.start()

    @Slot()
    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self._on_search_timeout()
        if self.hits.count():
            self.hits.setFocus()
            self.hits.setCurrentRow(0)

    @Slot()
    def _on_search_timeout(self) -> None:
        text = self.search_box.text()
        if text.strip():
            self.search_requested.emit(text)

    @Slot()
    def _on_search_escaped(self) -> None:
        self.search_escaped.emit()

    def set_search_results(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.search_box.text() or not query.strip():
            return
        self.hits.clear()
        for h in hits:
            item = QListWidgetItem()
            item.setData(ID_ROLE, h.conversation_id)
            item.setData(MESSAGE_ROLE, h.message_id)
            item.setData(HTML_ROLE, hit_html(h))
            item.setToolTip(h.conversation_title)
            self.hits.addItem(item)
        n = len(hits)
        self.section.setText(self.tr("1 RESULT") if n == 1 else self.tr("%n RESULTS", "", n))
        self.stack.setCurrentWidget(self.hits if hits else self.no_hits)

    @Slot(QListWidgetItem)
    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(ID_ROLE)), int(item.data(MESSAGE_ROLE)))
