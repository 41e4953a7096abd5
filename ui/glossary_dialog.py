"""The translation glossary: "always translate X as Y" and "never translate".

The dialog only edits a ``Glossary`` value; the ``TranslatorController`` writes
it (atomically, on its worker thread) and every later translation uses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.translate import Glossary


class GlossaryDialog(QDialog):
    """Two lists the user edits in place; ``result_glossary()`` reads them back,
    without empty rows, trimmed, and without repeats."""

    def __init__(self, glossary: Glossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation glossary"))
        self.setObjectName("glossaryDialog")
        self.resize(620, 520)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 12)
        lay.setSpacing(8)

        intro = QLabel(
            self.tr(
                "Parley follows these in every translation, whatever the languages. Write each term as it "
                "appears in the text you translate; case does not matter."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("emptyText")
        lay.addWidget(intro)

        lay.addWidget(self._heading(self.tr("Always translate")))
        self.terms = QTableWidget(0, 2)
        self.terms.setObjectName("glossaryTerms")
        self.terms.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Translate as")])
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.terms.verticalHeader().setVisible(False)
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms.setAccessibleName(self.tr("Terms and their translations"))
        self.terms.setAccessibleDescription(
            self.tr("Each row is a term and how it must always be translated; double-click a cell to edit it")
        )
        header = self.terms.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setAccessibleDescription(self.tr("The term, then how it must be translated"))
        for source, target in glossary.terms.items():
            self._add_term_row(source, target)
        lay.addWidget(self.terms, 3)
        row = QHBoxLayout()
        self.add_term_button = QPushButton(self.tr("Add term"))
        self.remove_term_button = QPushButton(self.tr("Remove"))
        self.add_term_button.setAccessibleName(self.tr("Add a term"))
        self.add_term_button.setAccessibleDescription(self.tr("Adds an empty row to the terms and starts editing it"))
        self.remove_term_button.setAccessibleName(self.tr("Remove the selected term"))
        self.remove_term_button.setAccessibleDescription(self.tr("Deletes the selected rows from the terms"))
        row.addWidget(self.add_term_button)
        row.addWidget(self.remove_term_button)
        row.addStretch(1)
        lay.addLayout(row)

        lay.addWidget(self._heading(self.tr("Never translate (names, brands)")))
        self.keep = QListWidget()
        self.keep.setObjectName("glossaryKeep")
        self.keep.setAccessibleName(self.tr("Terms never to translate"))
        self.keep.setAccessibleDescription(
            self.tr("Names and brands left as they are in every translation; double-click one to edit it")
        )
        for term in glossary.keep:
            self._add_keep_item(term)
        lay.addWidget(self.keep, 2)
        row = QHBoxLayout()
        self.add_keep_button = QPushButton(self.tr("Add name"))
        self.remove_keep_button = QPushButton(self.tr("Remove"))
        self.add_keep_button.setAccessibleName(self.tr("Add a name never to translate"))
        self.add_keep_button.setAccessibleDescription(self.tr("Adds an empty line to the names and starts editing it"))
        self.remove_keep_button.setAccessibleName(self.tr("Remove the selected name"))
        self.remove_keep_button.setAccessibleDescription(self.tr("Deletes the selected name from the list"))
        row.addWidget(self.add_keep_button)
        row.addWidget(self.remove_keep_button)
        row.addStretch(1)
        lay.addLayout(row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Save the glossary and close; the next translations follow it")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without saving the changes")
        )
        lay.addWidget(self.buttons)

        self.add_term_button.clicked.connect(self._on_add_term_clicked)
        self.remove_term_button.clicked.connect(self._on_remove_term_clicked)
        self.add_keep_button.clicked.connect(self._on_add_keep_clicked)
        self.remove_keep_button.clicked.connect(self._on_remove_keep_clicked)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("dialogHeading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # ---- editing ---------------------------------------------------------------------
    def _add_term_row(self, source: str = "", target: str = "") -> int:
        r = self.terms.rowCount()
        self.terms.insertRow(r)
        self.terms.setItem(r, 0, QTableWidgetItem(source))
        self.terms.setItem(r, 1, QTableWidgetItem(target))
        return r

    def add_term(self, source: str, target: str) -> None:
        """Add a filled row (tests, scripts)."""
        self._add_term_row(source, target)

    def _add_keep_item(self, term: str = "") -> QListWidgetItem:
        item = QListWidgetItem(term)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.keep.addItem(item)
        return item

    def add_keep(self, term: str) -> None:
        self._add_keep_item(term)

    @Slot()
    def _on_add_term_clicked(self) -> None:
        r = self._add_term_row()
        self.terms.setCurrentCell(r, 0)
        self.terms.editItem(self.terms.item(r, 0))

    @Slot()
    def _on_remove_term_clicked(self) -> None:
        rows = sorted({i.row() for i in self.terms.selectedIndexes()} or {self.terms.currentRow()}, reverse=True)
        for r in rows:
            if r >= 0:
                self.terms.removeRow(r)

    @Slot()
    def _on_add_keep_clicked(self) -> None:
        item = self._add_keep_item()
        self.keep.setCurrentItem(item)
        self.keep.editItem(item)

    @Slot()
    def _on_remove_keep_clicked(self) -> None:
        item = self.keep.currentItem()
        if item is not None:
            self.keep.takeItem(self.keep.row(item))

    # ---- result ----------------------------------------------------------------------
    def result_glossary(self) -> Glossary:
        terms: dict[str, str] = {}
        for r in range(self.terms.rowCount()):
            a, b = self.terms.item(r, 0), self.terms.item(r, 1)
            source = a.text().strip() if a is not None else ""
            target = b.text().strip() if b is not None else ""
            if source and target:
                terms[source] = target
        keep: list[str] = []
        for i in range(self.keep.count()):
            term = self.keep.item(i).text().strip()
            if term and term.lower() not in (k.lower() for k in keep):
                keep.append(term)
        return Glossary(terms=terms, keep=tuple(keep))
