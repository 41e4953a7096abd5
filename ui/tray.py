"""Parley's icon in the notification area (system tray) and its menu.

``TrayIcon`` only reports what the person chose; ``ui/desktop.py`` decides what
each choice does to the window, so the menu can be tested without a tray (the
offscreen platform has none).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from assistant import APP_NAME


class TrayIcon(QObject):
    """The tray icon, hidden until ``set_visible(True)``.

    Signals: open_requested(), new_chat_requested(), talk_requested(),
    translator_requested(), quick_ask_requested(), quit_requested(),
    toggle_requested() - a left click on the icon (show or hide the window)."""

    open_requested = Signal()
    new_chat_requested = Signal()
    talk_requested = Signal()
    translator_requested = Signal()
    quick_ask_requested = Signal()
    quit_requested = Signal()
    toggle_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(APP_NAME)
        self._icon.activated.connect(self._on_icon_activated)
        self._visible = False
        self.menu = QMenu()  # a QMenu takes no QObject parent; deleted in close()
        self.menu.setAccessibleName(self.tr("Parley menu"))
        self.open_action = self._action(self.tr("&Open Parley"), self._on_open_triggered)
        self.menu.addSeparator()
        self.new_chat_action = self._action(self.tr("&New chat"), self._on_new_chat_triggered)
        self.talk_action = self._action(self.tr("&Talk"), self._on_talk_triggered)
        self.translator_action = self._action(self.tr("T&ranslator"), self._on_translator_triggered)
        self.quick_ask_action = self._action(self.tr("&Quick ask…"), self._on_quick_ask_triggered)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self._on_quit_triggered)
        self.quit_action.setMenuRole(QAction.MenuRole.NoRole)  # macOS: stay in this menu
        self._icon.setContextMenu(self.menu)
        self.set_listening(False)

    @staticmethod
    def available() -> bool:
        """Whether this desktop shows tray icons at all."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _action(self, text: str, slot) -> QAction:  # noqa: ANN001 - a bound slot
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # ---- what the app changes -------------------------------------------------------
    def set_visible(self, visible: bool) -> None:
        if visible != self._visible:
            self._visible = visible
            self._icon.setVisible(visible)

    def is_visible(self) -> bool:
        return self._visible

    def set_listening(self, listening: bool) -> None:
        """The Talk item says what choosing it will do."""
        if listening:
            self.talk_action.setText(self.tr("Stop and &send"))
            self.talk_action.setStatusTip(self.tr("Stop listening and answer what was said"))
        else:
            self.talk_action.setText(self.tr("&Talk"))
            self.talk_action.setStatusTip(self.tr("Start listening; choose again to stop and get the answer"))
        tip = self.tr("{app} — listening…").format(app=APP_NAME) if listening else APP_NAME
        self._icon.setToolTip(tip)

    def show_message(self, title: str, text: str, msecs: int = 6000) -> None:
        """A notification from the icon (shown only while the icon is)."""
        if self._visible:
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, msecs)

    def close(self) -> None:
        self.set_visible(False)
        self._icon.setContextMenu(None)
        self.menu.deleteLater()

    # ---- what the person chose ------------------------------------------------------
    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # macOS opens the menu on a click (and reports it as Trigger): no toggle there
        if reason == QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self.toggle_requested.emit()

    @Slot()
    def _on_open_triggered(self) -> None:
        self.open_requested.emit()

    @Slot()
    def _on_new_chat_triggered(self) -> None:
        self.new_chat_requested.emit()

    @Slot()
    def _on_talk_triggered(self) -> None:
        self.talk_requested.emit()

    @Slot()
    def _on_translator_triggered(self) -> None:
        self.translator_requested.emit()

    @Slot()
    def _on_quick_ask_triggered(self) -> None:
        self.quick_ask_requested.emit()

    @Slot()
    def _on_quit_triggered(self) -> None:
        self.quit_requested.emit()
