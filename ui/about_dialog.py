"""Help → About Parley: version, licences (Parley's, each library's, each built-in
model's) and where the user's data lives, with a button to open each folder.

The content comes from ``assistant.about``; this file only lays it out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME, __version__
from assistant.about import GEMMA_NOTICE, PARLEY_LICENSE, Component, ModelLicense, data_folders, licenses_dir
from assistant.paths import AppPaths

#: in English; shown translated
KIND_NAMES = {
    "llm": QT_TRANSLATE_NOOP("AboutDialog", "Language model"),
    "stt": QT_TRANSLATE_NOOP("AboutDialog", "Speech recognition"),
    "tts": QT_TRANSLATE_NOOP("AboutDialog", "Voice"),
}

#: the labels of ``assistant.about.data_folders`` (the core keeps them in English),
#: listed so that lupdate finds them; the dialog shows them translated
FOLDER_LABELS = (
    QT_TRANSLATE_NOOP("AboutDialog", "Conversations and translation history"),
    QT_TRANSLATE_NOOP("AboutDialog", "Models you added"),
    QT_TRANSLATE_NOOP("AboutDialog", "Settings and glossary"),
    QT_TRANSLATE_NOOP("AboutDialog", "Caches (assembled built-in models)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Logs"),
)


class AboutDialog(QDialog):
    """Four tabs: About, Libraries, Models, Your data. ``open_url`` opens folders and
    licence files (QDesktopServices by default; tests pass a recorder)."""

    def __init__(
        self,
        *,
        paths: AppPaths,
        libraries: list[Component],
        models: list[ModelLicense],
        parent: QWidget | None = None,
        icon: QIcon | None = None,
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        self.resize(680, 520)
        self._open_url = open_url or QDesktopServices.openUrl
        self._licenses = licenses_dir()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 12)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(icon), self.tr("About"))
        self.tabs.addTab(self._libraries_tab(libraries), self.tr("Libraries"))
        self.tabs.addTab(self._models_tab(models), self.tr("Models"))
        self.tabs.addTab(self._data_tab(paths), self.tr("Your data"))
        lay.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(self.tr("Closes this window"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    # ---- tabs ----------------------------------------------------------------------
    def _about_tab(self, icon: QIcon | None) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        head = QHBoxLayout()
        if icon is not None and not icon.isNull():
            pic = QLabel()
            pic.setPixmap(icon.pixmap(64, 64))
            head.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(f"<b style='font-size:16pt'>{APP_NAME} {__version__}</b>")
        self.title_label.setObjectName("aboutTitle")
        head.addWidget(self.title_label, 1)
        lay.addLayout(head)
        text = QLabel(
            self.tr(
                "A private desktop assistant: chat, push-to-talk voice and translation with small "
                "local models. It works without a network; your conversations and the models stay "
                "on this computer.<br><br>"
                "{app} is free software, licensed under the GNU General Public License, version 3 "
                "or (at your option) any later version ({license}). It comes with no warranty.<br><br>"
                "The libraries and built-in models it ships keep their own licences: see the next two tabs."
            ).format(app=APP_NAME, license=PARLEY_LICENSE)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(text)
        row = QHBoxLayout()
        self.license_buttons: dict[str, QPushButton] = {}
        for label, filename in (
            (self.tr("GPL-3.0 text"), "GPL-3.0.txt"),
            (self.tr("LGPL-3.0 text (Qt)"), "LGPL-3.0.txt"),
            (self.tr("Gemma notice"), "Gemma-NOTICE.txt"),
        ):
            b = QPushButton(label)
            b.setAccessibleDescription(self.tr("Opens this licence text"))
            b.setProperty("target", str(self._licenses / filename) if self._licenses else "")
            b.setProperty("folder", False)
            b.setEnabled(bool(self._licenses and (self._licenses / filename).is_file()))
            b.clicked.connect(self._on_open_clicked)
            self.license_buttons[filename] = b
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        return w

    def _libraries_tab(self, libraries: list[Component]) -> QWidget:
        self.libraries_table = self._table([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.libraries_table.setAccessibleName(self.tr("Libraries and their licences"))
        for c in libraries:
            self._add_row(self.libraries_table, [c.name, c.version, c.license + (f" ({c.note})" if c.note else "")])
        self.libraries_table.resizeRowsToContents()
        return self._wrap(self.libraries_table)

    def _models_tab(self, models: list[ModelLicense]) -> QWidget:
        self.models_table = self._table([self.tr("Model"), self.tr("Kind"), self.tr("Licence")])
        self.models_table.setAccessibleName(self.tr("Built-in models and their licences"))
        for m in models:
            licence = f"{m.license} ({m.link})" if m.link else m.license
            self._add_row(self.models_table, [m.name, self.tr(KIND_NAMES[m.kind]) if m.kind in KIND_NAMES else m.kind, licence], tip=m.description)
        w = self._wrap(self.models_table)
        if any(m.link for m in models) or not models:
            note = QLabel(f"{GEMMA_NOTICE}.")
            note.setObjectName("gemmaNotice")
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            w.layout().addWidget(note)
        return w

    def _data_tab(self, paths: AppPaths) -> QWidget:
        w = QWidget()
        grid = QGridLayout(w)
        intro = QLabel(self.tr("Everything {app} keeps is in these folders, on this computer only.").format(app=APP_NAME))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        self.folder_buttons: dict[str, QPushButton] = {}
        for row, (label, folder) in enumerate(data_folders(paths), start=1):
            shown_label = self.tr(label)
            grid.addWidget(QLabel(shown_label), row, 0)
            shown = QLabel(str(folder))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 1)
            b = QPushButton(self.tr("Open"))
            b.setAccessibleName(self.tr("Open the folder: {folder}").format(folder=shown_label))
            b.setAccessibleDescription(self.tr("Shows this folder in the file manager"))
            b.setProperty("target", str(folder))
            b.setProperty("folder", True)
            b.clicked.connect(self._on_open_clicked)
            grid.addWidget(b, row, 2)
            self.folder_buttons[label] = b
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.folder_buttons) + 1, 1)
        return w

    # ---- helpers -------------------------------------------------------------------
    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setWordWrap(True)
        header = t.horizontalHeader()
        for i in range(len(headers) - 1):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return t

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str], tip: str = "") -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if tip:
                item.setToolTip(tip)
            table.setItem(r, c, item)

    @staticmethod
    def _wrap(widget: QWidget) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(widget)
        return w

    @Slot()
    def _on_open_clicked(self) -> None:
        button = self.sender()
        target = button.property("target") if button is not None else ""
        if not target:
            return
        path = Path(target)
        if button.property("folder"):  # the user may never have used it yet
            path.mkdir(parents=True, exist_ok=True)
        self._open_url(QUrl.fromLocalFile(str(path)))
