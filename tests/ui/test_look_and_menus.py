"""Themes, the settings dialog, menus with their shortcuts, the model picker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from assistant.config import load_settings
from ui import theme as themes
from ui.settings_dialog import SettingsDialog


def window_color() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_theme_switch_applies_at_once_and_is_saved(make_ui, qtbot, app_paths):
    ui = make_ui()
    assert QApplication.instance().property("parley_style") == "fusion"
    assert window_color() == QColor(themes.LIGHT.window).name()
    ui.window.theme_actions["dark"].trigger()
    assert window_color() == QColor(themes.DARK.window).name()
    assert ui.view.theme is themes.DARK
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings.theme == "dark", timeout=3000)
    ui.window.theme_actions["light"].trigger()
    assert window_color() == QColor(themes.LIGHT.window).name()


def test_system_theme_follows_the_desktop(make_ui, qtbot, monkeypatch):
    ui = make_ui()
    assert ui.controller.settings.theme == "system"
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    ui.window._on_color_scheme_changed(Qt.ColorScheme.Dark)  # noqa: SLF001 - what the style hint signal calls
    assert window_color() == QColor(themes.DARK.window).name()
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    ui.window._on_color_scheme_changed(Qt.ColorScheme.Light)  # noqa: SLF001
    assert window_color() == QColor(themes.LIGHT.window).name()
    # an explicit choice is not overridden by the desktop
    ui.window.theme_actions["dark"].trigger()
    ui.window._on_color_scheme_changed(Qt.ColorScheme.Light)  # noqa: SLF001
    assert window_color() == QColor(themes.DARK.window).name()


def test_settings_dialog_saves_and_previews_theme(make_ui, qtbot, app_paths):
    ui = make_ui()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.system_prompt.setPlainText("Be brief.")
        dialog.temperature.setValue(0.2)
        dialog.max_tokens.setValue(256)
        dialog.context_size.setCurrentIndex(dialog.context_size.findData(4096))
        dialog.n_threads.setValue(1)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert window_color() == QColor(themes.DARK.window).name()  # previewed at once
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    ui.window.settings_action.trigger()
    s = ui.controller.settings
    assert (s.system_prompt, s.temperature, s.max_tokens, s.context_size, s.n_threads, s.theme) == (
        "Be brief.",
        0.2,
        256,
        4096,
        1,
        "dark",
    )
    qtbot.waitUntil(lambda: load_settings(app_paths.settings_file).settings == s, timeout=3000)
    assert window_color() == QColor(themes.DARK.window).name()


def test_settings_dialog_cancel_reverts_theme(make_ui, qtbot):
    ui = make_ui()

    def change_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.reject()

    QTimer.singleShot(0, change_then_cancel)
    ui.window.settings_action.trigger()
    assert ui.controller.settings.theme == "system"
    assert window_color() == QColor(themes.LIGHT.window).name()


def test_menus_show_the_shortcuts(make_ui):
    ui = make_ui()
    found: dict[str, str] = {}
    for menu_action in ui.window.menuBar().actions():
        for a in menu_action.menu().actions():
            if not a.shortcut().isEmpty():
                found[a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)] = a.text().replace("&", "")
    for key in ("Ctrl+N", "Ctrl+K", "Ctrl+,", "Esc", "Ctrl+Shift+C", "Ctrl+E", "Ctrl+Q", "Ctrl+R", "F2", "Ctrl+M"):
        assert key in found, f"{key} missing from the menus: {found}"
    assert found["Ctrl+N"] == "New chat"
    assert found["Esc"] == "Stop"


def test_shortcuts_work_from_the_keyboard(make_ui, qtbot):
    ui = make_ui()
    with qtbot.waitActive(ui.window):
        ui.window.activateWindow()
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ui.window.sidebar.search_box.hasFocus()
    qtbot.keyClick(ui.window.sidebar.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ui.composer.editor.hasFocus()


def test_model_picker_lists_models_and_open_file(make_ui, qtbot, app_paths):
    ui = make_ui()
    picker = ui.window.model_picker
    names = [picker.itemText(i) for i in range(picker.count())]
    assert "smollm2-135m-instruct" in names
    assert names[-2:] == ["Open GGUF file…", "Manage models…"]
    assert picker.currentText() == "smollm2-135m-instruct"
    other = [i for i in range(picker.count()) if picker.itemData(i) not in (None, "smollm2-135m-instruct")]
    if other:
        i = other[0]
        with qtbot.waitSignal(ui.controller.models_changed, timeout=5000):
            picker.activated.emit(i)
        assert ui.controller.settings.chat_model == picker.itemData(i)
        qtbot.waitUntil(
            lambda: load_settings(app_paths.settings_file).settings.chat_model == ui.controller.settings.chat_model
        )


def test_palettes_are_readable():
    # text and background far enough apart in both looks
    for t in (themes.LIGHT, themes.DARK):
        fg, bg = QColor(t.text), QColor(t.chat_bg)
        assert abs(fg.lightness() - bg.lightness()) > 150
        assert abs(QColor(t.muted).lightness() - bg.lightness()) > 70
