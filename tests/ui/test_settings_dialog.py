"""The Settings dialog: what a screen reader reads, and that its words can be translated
(its saving and theme preview are tested with the menus, voice and privacy)."""

from __future__ import annotations

from assistant.config import Settings
from assistant.privacy import RETENTION_LABELS
from ui import settings_dialog
from ui.settings_dialog import SettingsDialog

from .a11y import undescribed_controls, unnamed_controls
from .pseudo_tr import pseudo_translated, untranslated_texts


def test_every_settings_control_has_a_name_and_a_description(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert unnamed_controls(dialog) == [], dialog.tabs.tabText(page)
        assert undescribed_controls(dialog) == [], dialog.tabs.tabText(page)
    dialog.close()


def test_settings_texts_go_through_qt_translation(qtbot):
    with pseudo_translated():
        dialog = SettingsDialog(Settings(stt_language="sv"))
        qtbot.addWidget(dialog)
        # interface languages are named in their own words, whatever the interface speaks
        own_names = [name for _, name in settings_dialog.UI_LANGUAGE_NAMES]
        assert untranslated_texts(dialog, allowed=own_names) == []
        assert dialog.windowTitle() == "«Settings»"
        assert dialog.stt_language.itemText(dialog.stt_language.findData("fr")) == "«French»"
        assert dialog.stt_language.currentText() == "«Language code “{value}”»".replace("{value}", "sv")


def test_history_choices_are_marked_for_translation_as_the_core_words_them():
    # the marks in settings_dialog must follow assistant.privacy, or the choices stay in English
    assert settings_dialog._RETENTION_TEXTS == tuple(label for _, label in RETENTION_LABELS)  # noqa: SLF001


def test_desktop_page_reads_and_saves_every_desktop_setting(qtbot):
    before = Settings(global_talk_key="Ctrl+Alt+Space", quick_ask_key="Ctrl+Alt+A")
    dialog = SettingsDialog(before, page="desktop", desktop_status="Keys from any application: X11. Parley listens.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 2
    assert dialog.desktop_status.isVisibleTo(dialog) and "X11" in dialog.desktop_status.text()
    assert dialog.ui_language.currentData() == "system"
    assert [dialog.ui_language.itemData(i) for i in range(dialog.ui_language.count())] == ["system", "en", "fr", "de", "es"]
    dialog.theme.setCurrentIndex(dialog.theme.findData("contrast"))
    dialog.font_size.setValue(14)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    dialog.tray_icon.setChecked(False)
    assert not dialog.close_to_tray.isEnabled()  # only means something with a tray icon
    dialog.quick_ask_key.clear()  # off
    after = dialog.result_settings()
    assert (after.theme, after.font_size, after.ui_language, after.tray_icon) == ("contrast", 14, "fr", False)
    assert after.global_talk_key == "Ctrl+Alt+Space" and after.quick_ask_key == ""
    dialog.close()


def test_a_new_interface_language_offers_a_restart(make_ui, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    ui = make_ui()
    quits: list[bool] = []
    monkeypatch.setattr(ui.window, "_on_quit_triggered", lambda: quits.append(True))
    ui.window.quit_action.triggered.disconnect()
    ui.window.quit_action.triggered.connect(lambda: quits.append(True))

    def answer(choice: str) -> None:
        def fill_in() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SettingsDialog)
            dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("de" if choice == "Later" else "fr"))

            def click() -> None:
                box = QApplication.activeModalWidget()
                assert isinstance(box, QMessageBox)
                next(b for b in box.buttons() if b.text() == choice).click()

            QTimer.singleShot(0, click)
            dialog.accept()

        QTimer.singleShot(0, fill_in)
        ui.window.open_settings(page="desktop")

    answer("Later")
    assert ui.controller.settings.ui_language == "de" and not ui.window.restart_requested and not quits
    answer("Restart now")
    assert ui.controller.settings.ui_language == "fr" and ui.window.restart_requested and quits == [True]
