"""Parley outside its window: the tray icon, closing to it, and the commands a
later start hands over (``parley talk`` bound to a desktop shortcut, a second
click on the launcher).

``DesktopShell`` turns each request, from the tray's menu or from
``ui.instance.InstanceServer``, into the same thing the window's own menus do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication

from assistant import APP_NAME
from assistant.config import Settings

from .global_keys import GlobalKeys
from .instance import COMMANDS
from .tray import TrayIcon

if TYPE_CHECKING:
    from .controller import ConversationView
    from .main_window import MainWindow
    from .quick_ask import QuickAskPopup


class DesktopShell(QObject):
    """Owns the tray icon (shown while ``Settings.tray_icon`` is on and the desktop
    has a tray) and answers what the tray and later starts ask for. While the icon
    is shown and ``Settings.close_to_tray`` is on, closing the window hides it;
    Quit (menu, tray, Ctrl+Q) still quits.

    Signals: quick_ask_requested() - "Quick ask…" in the tray or a ``quick-ask``
    command; whoever shows the quick-ask popup connects to it."""

    quick_ask_requested = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        tray_available: Callable[[], bool] = TrayIcon.available,
        make_tray: Callable[[QObject], TrayIcon] | None = None,
        global_keys: GlobalKeys | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.controller = window.controller
        self.tray: TrayIcon | None = None
        self._tray_available = tray_available
        self._make_tray = make_tray or (lambda owner: TrayIcon(window.windowIcon(), owner))
        self._told_still_running = False
        self._hidden = False  # the window is hidden in the tray (by closing it, or a click on the icon)
        self._pending_new_chat = False
        self.quick_ask: QuickAskPopup | None = None  # made on first use
        self.quick_ask_requested.connect(self.show_quick_ask)
        # keys that work while other applications have the focus (ui.global_keys)
        self.global_keys = global_keys if global_keys is not None else GlobalKeys(self)
        self.global_keys.pressed.connect(self._on_global_keys_pressed)
        self.global_keys.released.connect(self._on_global_keys_released)
        self._global_keys_set: tuple[str, str] | None = None
        self._global_talk_down = False
        window.desktop_status = self.desktop_status
        self.controller.settings_changed.connect(self._on_controller_settings_changed)
        self.controller.voice_state_changed.connect(self._on_controller_voice_state_changed)
        window.close_to_tray = self._close_to_tray
        self._apply(self.controller.settings)

    # ---- the tray ---------------------------------------------------------------------
    def tray_shown(self) -> bool:
        return self.tray is not None and self.tray.is_visible()

    def keeps_running(self) -> bool:
        """Closing the window hides it (Parley stays in the tray)."""
        return self.tray_shown() and self.controller.settings.close_to_tray

    def _apply(self, settings: Settings) -> None:
        keys = (settings.global_talk_key, settings.quick_ask_key)
        if keys != self._global_keys_set:  # only on a change: on Wayland each binding may ask the user
            self._global_keys_set = keys
            self.global_keys.set_keys({"talk": keys[0], "quick-ask": keys[1]})
        want = settings.tray_icon and self._tray_available()
        if want and self.tray is None:
            self.tray = self._make_tray(self)
            t = self.tray
            t.open_requested.connect(self._on_tray_open_requested)
            t.toggle_requested.connect(self._on_tray_toggle_requested)
            t.new_chat_requested.connect(self._on_tray_new_chat_requested)
            t.talk_requested.connect(self._on_tray_talk_requested)
            t.translator_requested.connect(self._on_tray_translator_requested)
            t.quick_ask_requested.connect(self._on_tray_quick_ask_requested)
            t.quit_requested.connect(self._on_tray_quit_requested)
            t.set_listening(self.controller.voice_state == "listening")
        if self.tray is not None:
            self.tray.set_visible(want)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # with the window hidden in the tray, closing a message box must not end Parley
            app.setQuitOnLastWindowClosed(not self.keeps_running())
        if not want and self._hidden:
            self.bring_to_front()  # the icon went away: nothing else would bring the window back

    def _close_to_tray(self) -> bool:
        """Asked by the window when it is closed: True when it was hidden instead."""
        if not self.keeps_running():
            return False
        self._hide()
        if not self._told_still_running and self.tray is not None:
            self._told_still_running = True
            self.tray.show_message(
                APP_NAME,
                self.tr("Parley is still running. Click its icon to open it, or choose Quit in its menu to close it."),
            )
        return True

    def shutdown(self) -> None:
        """Remove the icon and give closing back to the window."""
        if self.quick_ask is not None:
            self.quick_ask.hide()  # hiding also cancels listening it started
            self.quick_ask.deleteLater()
            self.quick_ask = None
        self.window.close_to_tray = None
        self.window.desktop_status = None
        self.global_keys.close()
        if self.tray is not None:
            self.tray.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)

    # ---- what can be asked ------------------------------------------------------------
    @Slot(str)
    def run_command(self, command: str) -> None:
        """One of ``ui.instance.COMMANDS``, as the tray's menu would do it."""
        if command == "show":
            self.bring_to_front()
        elif command == "new-chat":
            self.new_chat()
        elif command == "talk":
            self.toggle_talk()
        elif command == "translator":
            self.show_translator()
        elif command == "quick-ask":
            self.quick_ask_requested.emit()
        else:
            raise ValueError(f"unknown command {command!r}; expected one of {', '.join(COMMANDS)}")

    def run_at_start(self, command: str) -> None:
        """A command given to a start that found no running Parley: the window is up
        but still loading the newest chat, so a new chat waits for that."""
        if command == "new-chat":
            self._pending_new_chat = True
            self.controller.conversation_loaded.connect(self._on_controller_conversation_loaded)
        elif command != "show":
            self.run_command(command)

    def _hide(self) -> None:
        self._hidden = True
        self.window.hide()

    def bring_to_front(self) -> None:
        self._hidden = False
        w = self.window
        if w.isMinimized():
            w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()

    def toggle_window(self) -> None:
        w = self.window
        if w.isVisible() and not w.isMinimized() and self.tray_shown():
            self._hide()
        else:
            self.bring_to_front()

    def new_chat(self) -> None:
        self.window.new_action.trigger()  # as File → New chat: leaves the Translator, clears the search
        self.bring_to_front()

    def show_translator(self) -> None:
        self.window.show_translator()
        self.bring_to_front()

    def toggle_talk(self) -> None:
        """Push-to-talk as a toggle, whatever the talk key does: start listening, or
        stop and answer. The window stays where it is (hidden in the tray, say) unless
        talking is refused: then it comes up to say why."""
        c = self.controller
        if c.voice_state == "listening":
            c.talk_released()
            return
        w = self.window
        if not c.talk_pressed(w.translator_view.speech_target() if w.translator_shown() else None):
            self.bring_to_front()

    @Slot()
    def show_quick_ask(self) -> None:
        """The small always-on-top box, over whatever application has the focus; it
        has no parent, so it works while the window is hidden in the tray."""
        if self.quick_ask is None:
            from .quick_ask import QuickAskPopup

            self.quick_ask = QuickAskPopup(self.controller)
        self.quick_ask.popup()

    def desktop_status(self) -> str:
        """For the settings: how the keys that work from anywhere are served here, and why."""
        gk = self.global_keys
        return self.tr("Keys from any application: {mode}. {why}").format(mode=gk.mode_text, why=gk.why)

    @Slot(str)
    def _on_global_keys_pressed(self, action: str) -> None:
        if action == "quick-ask":
            self.quick_ask_requested.emit()
            return
        c = self.controller
        if c.settings.ptt_toggle or c.voice_state == "listening":
            self._global_talk_down = False
            self.toggle_talk()
            return
        w = self.window
        self._global_talk_down = c.talk_pressed(w.translator_view.speech_target() if w.translator_shown() else None)
        if not self._global_talk_down:
            self.bring_to_front()  # talking was refused: the window says why

    @Slot(str)
    def _on_global_keys_released(self, action: str) -> None:
        if action == "talk" and self._global_talk_down:
            self._global_talk_down = False
            self.controller.talk_released()

    def quit(self) -> None:
        self.window.quit_action.trigger()  # as Ctrl+Q: saves the window's place, then quits

    # ---- slots ------------------------------------------------------------------------
    @Slot(object)
    def _on_controller_settings_changed(self, settings: Settings) -> None:
        self._apply(settings)

    @Slot(str)
    def _on_controller_voice_state_changed(self, state: str) -> None:
        if self.tray is not None:
            self.tray.set_listening(state == "listening")

    @Slot(object)
    def _on_controller_conversation_loaded(self, _view: ConversationView) -> None:
        self.controller.conversation_loaded.disconnect(self._on_controller_conversation_loaded)
        if self._pending_new_chat:
            self._pending_new_chat = False
            self.new_chat()

    @Slot()
    def _on_tray_open_requested(self) -> None:
        self.bring_to_front()

    @Slot()
    def _on_tray_toggle_requested(self) -> None:
        self.toggle_window()

    @Slot()
    def _on_tray_new_chat_requested(self) -> None:
        self.new_chat()

    @Slot()
    def _on_tray_talk_requested(self) -> None:
        self.toggle_talk()

    @Slot()
    def _on_tray_translator_requested(self) -> None:
        self.show_translator()

    @Slot()
    def _on_tray_quick_ask_requested(self) -> None:
        self.quick_ask_requested.emit()

    @Slot()
    def _on_tray_quit_requested(self) -> None:
        self.quit()
