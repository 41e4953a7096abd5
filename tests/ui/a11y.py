"""An accessibility audit: every control a person can reach must tell a screen reader
what it is. Reads what assistive technology reads (Qt's accessibility interface, so a
button's text or a tooltip-less field's label both count), not just one property."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def _is_internal(w: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo box's line edit or popup list,
    a spin box's editor, a scroll area's scroll bars, a tab bar's scroll buttons)
    are announced through their owner."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        p = p.parentWidget()
    name = w.objectName()
    cls = w.metaObject().className()
    if name.startswith("qt_") or (cls.startswith("QComboBox") and not isinstance(w, QComboBox)):
        return True  # Qt's own parts (a combo box's popup container and list)
    # scroll bars of a scroll area or text view (QAbstractScrollArea's own)
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar

    if isinstance(w, QScrollBar) and isinstance(w.parentWidget() and w.parentWidget().parentWidget(), QAbstractScrollArea):
        return True
    return False


def describe(w: QWidget) -> str:
    path = []
    p: QWidget | None = w
    while p is not None:
        path.append(f"{p.metaObject().className()}({p.objectName() or ''})")
        p = p.parentWidget()
    return " < ".join(path[:4])


def unnamed_controls(root: QWidget, *, visible_only: bool = True) -> list[str]:
    """Controls under ``root`` (and ``root`` itself) whose accessible name is empty."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or _is_internal(w):
            continue
        if visible_only and not w.isVisibleTo(root.window()):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not (name or "").strip().replace("&", ""):
            out.append(describe(w))
    return out


def undescribed_controls(root: QWidget) -> list[str]:
    """Controls whose accessible description is empty (tooltips count)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or _is_internal(w) or not w.isVisibleTo(root.window()):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        text = iface.text(QAccessible.Text.Description) if iface is not None else ""
        if not (text or "").strip():
            out.append(describe(w))
    return out
