"""Help → About Parley: version, every licence, and the user's folders with buttons
that open them (through a recorder here: nothing is launched)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import __version__
from ui import about_dialog
from ui.about_dialog import AboutDialog


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []

    class Recorder:
        @staticmethod
        def openUrl(url):  # noqa: N802 - QDesktopServices' name
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr(about_dialog, "QDesktopServices", Recorder)
    return urls


def rows(table) -> dict[str, list[str]]:
    out = {}
    for r in range(table.rowCount()):
        cells = [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        out[cells[0]] = cells
    return out


def open_about(ui, qtbot) -> AboutDialog:
    ui.window.about_action.trigger()
    dialog = ui.window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def test_about_shows_version_and_library_licences(make_ui, qtbot, opened):
    ui = make_ui()
    dialog = open_about(ui, qtbot)
    assert __version__ in dialog.title_label.text()
    table = rows(dialog.libraries_table)
    libs = {name: [c[0], c[1], c[2].split(" (")[0], c[2]] for name, c in table.items()}  # licence, and with its note
    assert libs["Parley"][2] == "GPL-3.0-or-later"
    assert libs["llama-cpp-python"][2] == "MIT" and libs["llama.cpp"][2] == "MIT"
    assert libs["faster-whisper"][2] == "MIT" and libs["CTranslate2"][2] == "MIT"
    assert libs["piper-tts"][2] == "GPL-3.0-or-later"
    assert libs["ONNX Runtime"][2] == "MIT" and libs["sounddevice"][2] == "MIT"
    assert "LGPL-3.0" in libs["PySide6 (Qt for Python)"][2] and "used under the LGPL-3.0" in libs["PySide6 (Qt for Python)"][3]
    assert libs["PortAudio"][2].startswith("MIT")
    assert libs["platformdirs"][2] == "MIT"
    assert libs["PySide6 (Qt for Python)"][1]  # versions from the installed metadata
    dialog.close()


def test_about_lists_each_built_in_model_with_its_licence(make_ui, qtbot, opened):
    ui = make_ui()
    dialog = open_about(ui, qtbot)
    models = rows(dialog.models_table)
    assert models["smollm2-135m-instruct"][2] == "Apache-2.0"
    assert models["gemma-3-270m"][2] == "Gemma Terms of Use (https://ai.google.dev/gemma/terms)"
    assert models["whisper-tiny.en"][2] == "MIT" and models["whisper-base"][2] == "MIT"
    assert models["en_US-joe-medium"][2] == "MIT"
    notice = dialog.findChild(type(dialog.title_label), "gemmaNotice")
    assert notice is not None and "Gemma Terms of Use found at ai.google.dev/gemma/terms" in notice.text()
    dialog.close()


def test_data_folders_are_shown_and_open(make_ui, qtbot, opened, app_paths):
    ui = make_ui()
    dialog = open_about(ui, qtbot)
    dialog.tabs.setCurrentIndex(3)
    assert set(dialog.folder_buttons) >= {"Conversations and translation history", "Settings and glossary", "Logs"}
    dialog.folder_buttons["Conversations and translation history"].click()
    dialog.folder_buttons["Settings and glossary"].click()
    assert opened == [str(app_paths.data_dir), str(app_paths.config_dir)]
    dialog.close()


def test_licence_texts_ship_and_open(make_ui, qtbot, opened):
    ui = make_ui()
    dialog = open_about(ui, qtbot)
    for name, first_words in (
        ("GPL-3.0.txt", "GNU GENERAL PUBLIC LICENSE"),
        ("LGPL-3.0.txt", "GNU LESSER GENERAL PUBLIC LICENSE"),
        ("Gemma-NOTICE.txt", "Gemma 3 270M"),
    ):
        button = dialog.license_buttons[name]
        assert button.isEnabled(), name
        button.click()
        assert Path(opened[-1]).name == name
        assert first_words in Path(opened[-1]).read_text(encoding="utf-8")[:200]
    dialog.close()
