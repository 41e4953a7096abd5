"""Accessibility audit: walk every window Parley shows and fail on any control a
screen reader could reach without a name (or, for the windows people use most,
without a description), as assistive technology reads it (QAccessible).
Also: visible keyboard focus, finished answers announced, text size, high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QTabWidget

from assistant.config import Settings
from assistant.engines.fake import FakeEngine
from ui import theme as themes
from ui.desktop import DesktopShell
from ui.glossary_dialog import GlossaryDialog
from ui.settings_dialog import SettingsDialog

from .a11y import undescribed_controls, unnamed_controls
from .helpers import send


def audit(label: str, root, *, descriptions: bool = True) -> list[str]:
    problems = [f"{label}: no name: {w}" for w in unnamed_controls(root)]
    if descriptions:
        problems += [f"{label}: no description: {w}" for w in undescribed_controls(root)]
    return problems


def test_every_control_in_every_window_has_a_name_and_description(make_ui, qtbot):
    ui = make_ui(FakeEngine(reply="Paris is the capital of France."))
    w = ui.window
    problems: list[str] = []
    problems += audit("chat (empty)", w)
    send(qtbot, ui, "What is the capital of France?")
    qtbot.wait(50)
    problems += audit("chat (with messages)", w)
    w.show_translator()
    qtbot.wait(50)
    problems += audit("translator", w)
    w.translator_view.conversation_toggle.click()
    qtbot.wait(50)
    problems += audit("translator, conversation mode", w)
    w.translator_view.conversation_toggle.click()
    w.show_chat()

    settings = SettingsDialog(ui.controller.settings, w, desktop_status="Keys from any application: Off.")
    settings.show()
    tabs = settings.findChild(QTabWidget)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        problems += audit(f"settings / {tabs.tabText(i)}", settings)
    settings.close()

    glossary = GlossaryDialog(ui.controller.translator.glossary, w)
    glossary.show()
    problems += audit("glossary", glossary)
    glossary.close()

    models = w.open_models()
    qtbot.waitUntil(lambda: models.table.topLevelItemCount() > 0 if hasattr(models, "table") else True, timeout=5000)
    problems += audit("models", models)
    models.close()
    about = w.open_about()
    problems += audit("about", about)
    about.close()
    bench = w.open_bench(["true"])
    problems += audit("bench", bench)
    bench.close()
    welcome = w.show_welcome()
    problems += audit("welcome", welcome)
    welcome.close()

    shell = DesktopShell(w, tray_available=lambda: False)
    try:
        shell.show_quick_ask()
        problems += audit("quick ask", shell.quick_ask)
    finally:
        shell.shutdown()
    assert not problems, "\n".join(problems)


def test_the_audit_catches_a_control_without_a_name(qapp):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    lay = QVBoxLayout(root)
    named = QPushButton("Send")
    icon_only = QPushButton()  # what the audit exists to catch
    lay.addWidget(named)
    lay.addWidget(icon_only)
    root.show()
    try:
        assert len(unnamed_controls(root)) == 1
        icon_only.setAccessibleName("Record")
        assert unnamed_controls(root) == []
    finally:
        root.close()


def test_finished_answer_is_announced_to_screen_readers(make_ui, qtbot, monkeypatch):
    announced: list[tuple[int, str]] = []
    real = QAccessible.updateAccessibility

    def spy(event):
        if event.type() == QAccessible.Event.Announcement:
            announced.append((event.type(), event.message()))
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    ui = make_ui(FakeEngine(reply="Paris is the capital of France."))
    send(qtbot, ui, "What is the capital of France?")
    qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    assert "Paris is the capital of France." in announced[-1][1]


def test_focus_is_visible_on_styled_controls():
    for t in (themes.LIGHT, themes.DARK, themes.CONTRAST):
        css = themes.style_sheet(t) + themes.translator_style_sheet(t) + themes.mode_bar_style_sheet(t)
        for selector in ("#sendButton", "#talkButton", "#newChatButton", "#suggestion", "#swapButton", "#modeButton"):
            assert f"{selector}:focus" in css, (t.name, selector)
        assert t.focus_ring in css
    assert themes.CONTRAST.focus_width > themes.LIGHT.focus_width


def test_text_size_setting_and_shortcuts(make_ui, qtbot):
    ui = make_ui()
    app = QApplication.instance()
    base = app.font().pointSizeF()
    ui.window.larger_text_action.trigger()
    qtbot.waitUntil(lambda: app.font().pointSizeF() > base, timeout=2000)
    assert ui.controller.settings.font_size == round(base) + 1
    assert "font-size: 11px" not in app.styleSheet()  # the style sheet's own sizes grow too
    ui.window.default_text_action.trigger()
    qtbot.waitUntil(lambda: abs(app.font().pointSizeF() - base) < 0.01, timeout=2000)
    assert ui.controller.settings.font_size == 0
    assert "font-size: 11px" in app.styleSheet()


@pytest.mark.parametrize("setting", ["contrast"])
def test_high_contrast_theme(make_ui, qtbot, setting):
    ui = make_ui(settings=Settings(theme=setting))
    pal = QApplication.instance().palette()
    assert pal.window().color() == QColor("#000000")
    assert pal.windowText().color() == QColor("#ffffff")
    assert ui.window.theme_actions["contrast"].isChecked()
    ui.window.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: QApplication.instance().palette().window().color() == QColor(themes.LIGHT.window), timeout=2000)


def test_tab_reaches_every_main_control_and_comes_back(make_ui, qtbot):
    from PySide6.QtCore import Qt

    ui = make_ui()
    w = ui.window
    w.activateWindow()
    ui.composer.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.composer.editor, timeout=2000)
    seen = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        f = QApplication.focusWidget()
        seen.append(f)
        if f is ui.composer.editor:
            break
    assert seen[-1] is ui.composer.editor, "Tab never came back to the message box"
    names = {x.objectName() for x in seen if x is not None}
    for control in ("newChatButton", "searchBox", "conversationList", "modelPicker"):
        assert control in names, (control, sorted(names))
    assert ui.composer.button in seen  # Send
    # the Chat | Translate switch and push-to-talk stay out of the Tab chain: they have keys
    assert not w.translator_action.shortcut().isEmpty() and w.controller.settings.ptt_key
