"""A pseudo-translation check: with a translator installed that puts «…» around
every text Qt is asked to translate, any text a person can see or hear (label,
button, tooltip, placeholder, accessible name or description, combo item, column
header, window title) that comes out without «» was never passed through tr().

Data (model names, paths, numbers, key names) is not translated, so a check names
the widgets and texts that are data in ``skip`` and ``allowed``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from .a11y import describe

#: glyphs and figures that are the same in every language
NOT_WORDS = {"", "…", "—", "⇄", "●", "0:00", "×", " ×"}


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ANN001, ARG002 - Qt override
        return f"«{source_text}»"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@contextmanager
def pseudo_translated() -> Iterator[None]:
    """Every tr() and QCoreApplication.translate() answers «source» while inside."""
    app = QCoreApplication.instance()
    tr = PseudoTranslator()
    app.installTranslator(tr)
    try:
        yield
    finally:
        app.removeTranslator(tr)


def _texts(w: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", w.toolTip()
    yield "accessibleName", w.accessibleName()
    yield "accessibleDescription", w.accessibleDescription()
    if w.isWindow():
        yield "windowTitle", w.windowTitle()
    if isinstance(w, (QLabel, QAbstractButton)):
        yield "text", w.text()
    if isinstance(w, (QLineEdit, QPlainTextEdit)):
        yield "placeholderText", w.placeholderText()
    if isinstance(w, QAbstractSpinBox):
        yield "specialValueText", w.specialValueText()
    if isinstance(w, QSpinBox):
        yield "suffix", w.suffix()
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"item {i}", w.itemText(i)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield f"tab {i}", w.tabText(i)
    if isinstance(w, QTreeWidget):
        header = w.headerItem()
        for c in range(header.columnCount()):
            yield f"column {c}", header.text(c)
            yield f"column {c} toolTip", header.toolTip(c)
        for i in range(w.topLevelItemCount()):
            yield f"group {i}", w.topLevelItem(i).text(0)
    if isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            item = w.horizontalHeaderItem(c)
            yield f"column {c}", item.text() if item is not None else ""
    for action in w.actions():
        yield "action", action.text()


def untranslated_texts(
    root: QWidget, *, skip: Iterable[QWidget] = (), allowed: Iterable[str] = (), visible_only: bool = False
) -> list[str]:
    """Texts under ``root`` that did not go through translation."""
    skipped = set(map(id, skip))
    ok = NOT_WORDS | set(allowed)
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if id(w) in skipped or w.objectName().startswith("qt_"):
            continue
        if visible_only and not w.isVisibleTo(root.window()):
            continue
        for what, text in _texts(w):
            if text.strip() not in ok and "«" not in text:
                out.append(f"{describe(w)} {what}: {text!r}")
    return out
