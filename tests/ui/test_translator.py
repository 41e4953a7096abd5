"""The Translator view: typing, Ctrl+Enter, swap, copy, history, glossary,
speech in and out, conversation mode, errors; with a phrase-book FakeEngine and
fake sound devices, and once with the real engine."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QPlainTextEdit, QPushButton

from assistant.config import Settings, load_settings
from assistant.engines.base import Finished
from assistant.engines.fake import FakeEngine
from assistant.errors import EngineCrashedError
from assistant.translate import load_glossary
from ui import theme as themes
from ui import translator_view
from ui import voice as ui_voice
from ui.glossary_dialog import GlossaryDialog
from ui.translator_view import DEBOUNCE_MS

from .a11y import undescribed_controls, unnamed_controls
from .conftest import close
from .pseudo_tr import pseudo_translated, untranslated_texts

#: a phrase book: what the fake "model" answers for each sentence
PHRASES = {
    "Good morning.": "Bonjour.",
    "Thank you very much.": "Merci beaucoup.",
    "Where is the train station?": "Où est la gare ?",
    "I would like a coffee.": "Je voudrais un café.",
    "Where is the gare?": "Où est la gare ?",
    "Où est la gare ?": "Where is the train station?",
    "Bonjour, comment allez-vous ?": "Hello, how are you?",
}
FAST = Settings(translation_model="smollm2-135m-instruct")  # no 250 MB assembly per test; chat-style prompts


class PhraseEngine(FakeEngine):
    """Answers translation prompts (few-shot frames or chat instructions) from
    PHRASES, and records which language pair and sentence each request asked for
    and how each generation ended."""

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.asked: list[tuple[str, str, str]] = []  # (from, to, sentence)
        self.prompts: list[str] = []
        self.endings: list[str] = []

    @staticmethod
    def _parse(request) -> tuple[str, str, str, str]:  # noqa: ANN001
        if request.prompt is not None:
            lines = request.prompt.rstrip().split("\n")
            src, sentence = lines[-2].split(": ", 1)
            return src, lines[-1].rstrip(":"), sentence, request.prompt
        text = request.messages[-1].content
        m = re.match(r"Translate this (\w+) text into (\w+)\.", text)
        assert m is not None, text
        return m.group(1), m.group(2), text.rsplit("\n\n", 1)[1], text

    def _reply_for(self, request) -> str:  # noqa: ANN001
        src, tgt, sentence, prompt = self._parse(request)
        self.asked.append((src, tgt, sentence))
        self.prompts.append(prompt)
        return PHRASES.get(sentence, f"(en {tgt.lower()}) {sentence}")

    def generate(self, request, cancel):  # noqa: ANN001
        for ev in super().generate(request, cancel):
            if isinstance(ev, Finished):
                self.endings.append(ev.finish_reason)
            yield ev


@pytest.fixture
def instant_hold(monkeypatch):
    """Any press counts as speech, and any release as the end of a hold."""
    monkeypatch.setattr(ui_voice, "MIN_HOLD_S", 0.0)
    monkeypatch.setattr(translator_view, "CLICK_S", 0.0)


def open_translator(qtbot, ui, src: str = "en", tgt: str = "fr"):
    ui.window.translator_action.trigger()
    view = ui.window.translator_view
    assert ui.window.stack.currentWidget() is view and view.isVisible()
    view.set_languages(src, tgt)
    return view


def translated_now(qtbot, view, text: str, timeout: int = 5000) -> None:
    view.source_edit.setFocus()
    view.source_edit.setPlainText(text)
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == PHRASES[text], timeout=timeout)


def voice_ready(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.window.translator_view.mic_button.isEnabled() and ui.controller.voice_available.ok,
                    timeout=5000)


def test_typing_is_debounced_then_translated_and_kept_after_a_pause(make_ui, qtbot):
    engine = PhraseEngine()
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    start = time.perf_counter()
    qtbot.keyClicks(view.source_edit, "Good morning.")
    assert engine.asked == [], "nothing is sent while the user types"
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=5000)
    assert time.perf_counter() - start >= DEBOUNCE_MS / 1000 - 0.05
    assert engine.asked == [("English", "French", "Good morning.")], "one request for the whole burst of keys"
    assert view.history_records() == [] and ui.store.translations() == [], "not kept before the pause"
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 1, timeout=5000)
    rec = ui.store.translations()[0]
    assert (rec.source_lang, rec.target_lang, rec.source, rec.target) == ("en", "fr", "Good morning.", "Bonjour.")
    qtbot.waitUntil(lambda: len(view.history_records()) == 1, timeout=2000)
    # the languages chosen are remembered
    qtbot.waitUntil(
        lambda: (load_settings(ui.paths.settings_file).settings.translate_from,
                 load_settings(ui.paths.settings_file).settings.translate_to) == ("en", "fr"),
        timeout=3000,
    )


def test_a_newer_edit_supersedes_a_slow_translation(make_ui, qtbot):
    engine = PhraseEngine(token_delay_s=0.4)  # "Je voudrais un café." takes 1.6 s
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    shown = []
    ui.controller.translator.translated.connect(shown.append)
    qtbot.keyClicks(view.source_edit, "I would like a coffee.")
    qtbot.waitUntil(lambda: len(engine.asked) == 1, timeout=5000)
    qtbot.keyClicks(view.source_edit, " Thank you very much.")
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Je voudrais un café. Merci beaucoup.", timeout=10_000)
    assert "cancelled" in engine.endings[:1], "the first generation was cut short"
    assert [s.source_text for s in shown] == ["I would like a coffee. Thank you very much."], "no stale result shown"
    qtbot.waitUntil(lambda: not ui.controller.translator.busy, timeout=3000)


def test_ctrl_enter_translates_at_once_and_keeps_it(make_ui, qtbot):
    engine = PhraseEngine()
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    qtbot.keyClicks(view.source_edit, "Thank you very much.")
    start = time.perf_counter()
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Merci beaucoup.", timeout=5000)
    assert time.perf_counter() - start < DEBOUNCE_MS / 1000, "Ctrl+Enter does not wait for the pause"
    assert view.source_edit.toPlainText() == "Thank you very much.", "Ctrl+Enter adds no new line"
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 1, timeout=1000)  # kept at once
    qtbot.wait(DEBOUNCE_MS + 200)
    assert len(engine.asked) == 1, "the debounced request was dropped"
    # Ctrl+Enter on what is already shown keeps nothing twice
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert len(ui.store.translations()) == 1
    # the Translate button does the same
    view.source_edit.setPlainText("Good morning.")
    qtbot.mouseClick(view.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=5000)
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 2, timeout=2000)


def test_swap_swaps_languages_and_texts_and_copy_copies(make_ui, qtbot):
    engine = PhraseEngine()
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    translated_now(qtbot, view, "Good morning.")
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Bonjour."
    asked = len(engine.asked)
    qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    assert (view.source_code(), view.target_code()) == ("fr", "en")
    assert view.source_edit.toPlainText() == "Bonjour."
    assert view.target_edit.toPlainText() == "Good morning."
    qtbot.wait(DEBOUNCE_MS + 200)
    assert len(engine.asked) == asked, "swapping needs no new translation"
    # choosing the other side's language swaps the two
    i = view.source_lang.findData("en")
    view.source_lang.setCurrentIndex(i)
    view.source_lang.activated.emit(i)
    assert (view.source_code(), view.target_code()) == ("en", "fr")
    # "Detect language" swaps to the language that was detected
    view.set_languages("auto", "en")
    translated_now(qtbot, view, "Où est la gare ?")
    assert "French" in view.detected_label.text()
    qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    assert (view.source_code(), view.target_code()) == ("en", "fr")
    assert view.source_edit.toPlainText() == "Where is the train station?"


def test_history_restores_deletes_clears_and_survives_a_restart(make_ui, qtbot, monkeypatch):
    engine = PhraseEngine()
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    translated_now(qtbot, view, "Good morning.")
    translated_now(qtbot, view, "Thank you very much.")
    qtbot.waitUntil(lambda: len(view.history_records()) == 2, timeout=3000)
    assert [r.source for r in view.history_records()] == ["Thank you very much.", "Good morning."]

    view.set_languages("de", "es")
    view.source_edit.setPlainText("something else")
    view.history.setFocus()
    item = view.history.item(1)
    qtbot.mouseClick(view.history.viewport(), Qt.MouseButton.LeftButton, pos=view.history.visualItemRect(item).center())
    assert view.source_edit.toPlainText() == "Good morning."
    assert view.target_edit.toPlainText() == "Bonjour."
    assert (view.source_code(), view.target_code()) == ("en", "fr")
    asked = len(engine.asked)
    qtbot.wait(DEBOUNCE_MS + 200)
    assert len(engine.asked) == asked, "restoring is not a new request"

    # a new window on the same folders shows the same history
    paths = ui.paths
    close(ui)
    again = make_ui(PhraseEngine(), FAST, paths=paths)
    view2 = open_translator(qtbot, again)
    qtbot.waitUntil(lambda: len(view2.history_records()) == 2, timeout=3000)
    assert [(r.source, r.target) for r in view2.history_records()] == [
        ("Thank you very much.", "Merci beaucoup."),
        ("Good morning.", "Bonjour."),
    ]

    # delete one (the Delete key), then clear all after saying yes
    view2.history.setCurrentRow(0)
    view2.history.setFocus()
    with qtbot.waitActive(again.window):
        again.window.activateWindow()
    view2.history.setFocus()
    QTest.keyClick(view2.history, Qt.Key.Key_Delete)
    assert [r.source for r in view2.history_records()] == ["Good morning."]
    qtbot.waitUntil(lambda: [r.source for r in again.store.translations()] == ["Good morning."], timeout=3000)
    asked_confirm = []
    monkeypatch.setattr(view2, "ask_confirm", lambda *a: asked_confirm.append(a) or False)
    qtbot.mouseClick(view2.clear_button, Qt.MouseButton.LeftButton)
    assert asked_confirm and len(view2.history_records()) == 1, "nothing is cleared without a yes"
    monkeypatch.setattr(view2, "ask_confirm", lambda *a: True)
    qtbot.mouseClick(view2.clear_button, Qt.MouseButton.LeftButton)
    assert view2.history_records() == []
    qtbot.waitUntil(lambda: again.store.translations() == [], timeout=3000)
    assert view2.history_empty.isVisible()


def test_glossary_is_saved_and_the_next_translation_follows_it(make_ui, qtbot):
    engine = PhraseEngine()
    ui = make_ui(engine)  # the default translation model: the base-model few-shot frame
    view = open_translator(qtbot, ui)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GlossaryDialog)
        dialog.add_term("station", "gare")
        dialog.add_keep("Parley")
        dialog.add_term("", "ignored")  # an empty row is dropped
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    ui.window.glossary_action.trigger()  # Tools → Translation glossary…
    qtbot.waitUntil(lambda: load_glossary(ui.paths.glossary_file).terms == {"station": "gare"}, timeout=3000)
    assert load_glossary(ui.paths.glossary_file).keep == ("Parley",)
    view.source_edit.setPlainText("Where is the station?")
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Où est la gare ?", timeout=10_000)
    assert "English: Where is the gare?\nFrench:" in engine.prompts[0], "the forced term went to the model"

    # the toolbar button opens the same dialog, with the saved terms in it
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.result_glossary())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(view.glossary_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].terms == {"station": "gare"} and seen[0].keep == ("Parley",)


def test_speech_in_fills_both_panes_and_makes_no_chat_message(make_ui, qtbot, instant_hold):
    engine = PhraseEngine(transcript="Good morning.")
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    voice_ready(qtbot, ui)
    # the chat's talk key, while the Translator is shown
    QTest.keyPress(view.source_edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert ui.controller.voice_state == "listening"
    assert view.listen_row.isVisible() and "English" in view.listen_label.text()
    QTest.keyRelease(view.source_edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=10_000)
    assert view.source_edit.toPlainText() == "Good morning."
    # no French voice here: said plainly in the view, pointing to the models
    qtbot.waitUntil(lambda: "No French voice" in view.notice_text(), timeout=5000)
    assert "Models" in view.notice_text()
    assert QApplication.activeModalWidget() is None
    assert engine.spoken == []
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 1, timeout=3000)  # speech is kept at once
    assert ui.store.list_conversations() == [] and ui.view.message_rows() == []
    assert ui.controller.voice_state == "idle"
    # the microphone button does the same
    engine.transcript = "Thank you very much."
    qtbot.mousePress(view.mic_button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(view.mic_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Merci beaucoup.", timeout=10_000)
    assert ui.store.list_conversations() == []


def test_speak_with_a_voice_for_the_target_language(make_ui, qtbot):
    engine = PhraseEngine()
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui, "fr", "en")  # en_US-joe-medium is installed
    translated_now(qtbot, view, "Où est la gare ?")
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: engine.spoken == ["Where is the train station?"], timeout=5000)
    qtbot.waitUntil(lambda: not ui.controller.translator.busy, timeout=5000)
    sinks = ui.audio.turn_sinks
    assert sinks and len(sinks[-1].audio()) > 0, "the voice went to the speaker"
    assert view.notice_text() == ""
    # and without a voice: said in the view, nothing opened
    view.set_languages("en", "fr")
    translated_now(qtbot, view, "Good morning.")
    opened = len(ui.audio.turn_sinks)
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No French voice is installed" in view.notice_text(), timeout=5000)
    assert len(ui.audio.turn_sinks) == opened and engine.spoken == ["Where is the train station?"]


def test_conversation_mode_two_people_two_columns(make_ui, qtbot, instant_hold, monkeypatch):
    engine = PhraseEngine(transcript="Where is the train station?")
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui, "en", "fr")
    voice_ready(qtbot, ui)
    qtbot.mouseClick(view.conversation_toggle, Qt.MouseButton.LeftButton)
    assert view.is_conversation() and view.transcript_scroll.isVisible()
    a, b = view.person_buttons["a"], view.person_buttons["b"]
    assert "Speak English" in a.text() and "F7" in a.text()
    assert "Parler français" in b.text() and "F8" in b.text()
    assert (view.left_head.text(), view.right_head.text()) == ("English", "French")

    # person A holds F7
    QTest.keyPress(ui.window, Qt.Key.Key_F7)
    assert ui.controller.voice_state == "listening" and a.property("state") == "listening"
    QTest.keyRelease(ui.window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(view.conversation_turns()) == 1
                    and view.conversation_turns()[0].right.text() == "Où est la gare ?", timeout=10_000)
    qtbot.waitUntil(lambda: not ui.controller.translator.busy, timeout=5000)
    assert "No French voice" in view.notice_text()

    # person B holds their button
    engine.transcript = "Bonjour, comment allez-vous ?"
    qtbot.mousePress(b, Qt.MouseButton.LeftButton)
    assert b.property("state") == "listening"
    qtbot.mouseRelease(b, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.conversation_turns()) == 2
                    and view.conversation_turns()[1].left.text() == "Hello, how are you?", timeout=10_000)
    first, second = view.conversation_turns()
    assert (first.left.text(), first.right.text()) == ("Where is the train station?", "Où est la gare ?")
    assert (second.left.text(), second.right.text()) == ("Hello, how are you?", "Bonjour, comment allez-vous ?")
    assert first.original is first.left and second.original is second.right
    assert [(s, t) for s, t, _ in engine.asked] == [("English", "French"), ("French", "English")]
    qtbot.waitUntil(lambda: engine.spoken == ["Hello, how are you?"], timeout=5000)  # B is answered in English
    assert ui.store.list_conversations() == []
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 2, timeout=3000)
    # a click starts listening and the next click sends (no need to hold)
    monkeypatch.setattr(translator_view, "CLICK_S", 10.0)
    engine.transcript = "Good morning."
    qtbot.mouseClick(a, Qt.MouseButton.LeftButton)
    assert ui.controller.voice_state == "listening"
    qtbot.mouseClick(a, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.conversation_turns()) == 3
                    and view.conversation_turns()[2].right.text() == "Bonjour.", timeout=10_000)


def test_errors_are_shown_in_the_view_and_the_next_translation_works(make_ui, qtbot):
    engine = PhraseEngine(fail_at_token=0, crash=True)
    ui = make_ui(engine, FAST)
    view = open_translator(qtbot, ui)
    view.source_edit.setPlainText("Good morning.")
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: EngineCrashedError.title in view.notice_text(), timeout=5000)
    assert view.notice.property("kind") == "error" and QApplication.activeModalWidget() is None
    assert view.target_edit.toPlainText() == ""
    engine.fail_at_token = None
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=5000)
    assert view.notice_text() == ""


def test_a_missing_translation_model_is_said_plainly(make_ui, qtbot):
    ui = make_ui(PhraseEngine(), Settings(translation_model="no-such-model"))
    view = open_translator(qtbot, ui)
    view.source_edit.setPlainText("Good morning.")
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "no-such-model" in view.notice_text(), timeout=5000)
    ui.controller.update_settings(ui.controller.settings.replace(translation_model="smollm2-135m-instruct"))
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText() == "Bonjour.", timeout=5000)


def test_switching_views_menus_tab_order_and_names(make_ui, qtbot):
    ui = make_ui(PhraseEngine(), FAST)
    w = ui.window
    found = {}
    for menu_action in w.menuBar().actions():
        for a in menu_action.menu().actions():
            if not a.shortcut().isEmpty():
                found[a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)] = a.text().replace("&", "")
    assert found["Ctrl+T"] == "Translator" and found["Ctrl+Shift+T"] == "Chat"
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = w.translator_view
    assert w.translator_shown() and w.mode_bar.buttons["translator"].isChecked()
    assert view.source_edit.hasFocus()
    qtbot.mouseClick(w.mode_bar.buttons["chat"], Qt.MouseButton.LeftButton)
    assert not w.translator_shown() and ui.view.isVisible()
    qtbot.mouseClick(w.mode_bar.buttons["translator"], Qt.MouseButton.LeftButton)
    assert w.translator_shown()
    # keyboard order: languages, swap, text, translate, translation, copy, speak
    view.source_lang.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(7):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        view.source_lang, view.swap_button, view.target_lang, view.source_edit, view.translate_button,
        view.target_edit, view.copy_button, view.speak_button,
    ]
    controls = [w for cls in (QPushButton, QComboBox, QPlainTextEdit, QListWidget) for w in view.findChildren(cls)]
    assert len(controls) >= 14
    for widget in controls:
        assert widget.accessibleName(), f"{widget.objectName()} {widget.text() if hasattr(widget, 'text') else ''}"
    # the dark look reaches the view (its rules are set on the view itself)
    w.theme_actions["dark"].trigger()
    assert view.theme is themes.DARK and themes.DARK.base in view.styleSheet()
    assert themes.DARK.base in view.history_delegate.theme.base
    w.theme_actions["light"].trigger()
    assert view.theme is themes.LIGHT and themes.LIGHT.base in view.styleSheet()
    qtbot.keyClick(view.source_edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not w.translator_shown() and ui.composer.editor.hasFocus()


@pytest.fixture
def real_engine(tmp_path):
    from assistant.engines.process import EngineProcess

    e = EngineProcess(log_path=tmp_path / "engine.log")
    yield e
    e.close()


@pytest.mark.real
def test_real_model_translates_in_the_window(real_engine, make_ui, qtbot):
    ui = make_ui(real_engine, Settings(max_tokens=24, temperature=0.0))
    view = open_translator(qtbot, ui, "en", "fr")
    view.source_edit.setPlainText("Thank you very much.")
    qtbot.keyClick(view.source_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.target_edit.toPlainText().strip() != "", timeout=180_000)
    assert "merci" in view.target_edit.toPlainText().lower()
    assert view.notice_text() == ""
    qtbot.waitUntil(lambda: len(ui.store.translations()) == 1, timeout=5000)
    assert ui.store.translations()[0].model == "gemma-3-270m"


def test_status_line_names_the_model_of_the_mode_shown(make_ui, qtbot):
    ui = make_ui(PhraseEngine(), FAST)
    qtbot.waitUntil(lambda: ui.window.model_label.text().startswith("Model:"), timeout=5000)
    chat_label = ui.window.model_label.text()
    open_translator(qtbot, ui)
    assert ui.window.model_label.text() == f"Translation model: {ui.controller.settings.translation_model}"
    ui.window.chat_mode_action.trigger()
    assert ui.window.model_label.text() == chat_label


# ---- accessibility and translation -------------------------------------------------------------
def test_every_translator_control_has_a_name_and_a_description(make_ui, qtbot):
    ui = make_ui(PhraseEngine(), FAST)
    view = open_translator(qtbot, ui)
    translated_now(qtbot, view, "Good morning.")  # kept: the history list is shown too
    qtbot.waitUntil(lambda: view.history.isVisible(), timeout=3000)
    assert unnamed_controls(view) == []
    assert undescribed_controls(view) == []
    view.set_conversation(True)
    assert view.person_buttons["a"].isVisible()
    assert unnamed_controls(view) == []
    assert undescribed_controls(view) == []

    dialog = GlossaryDialog(load_glossary(ui.paths.glossary_file), ui.window)
    qtbot.addWidget(dialog)
    dialog.add_term("Parley", "Parley")
    dialog.add_keep("Lyon")
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert undescribed_controls(dialog) == []
    dialog.close()


def test_translator_texts_go_through_qt_translation(make_ui, qtbot):
    with pseudo_translated():
        ui = make_ui(PhraseEngine(), FAST)
        view = open_translator(qtbot, ui)
        assert untranslated_texts(view) == []
        assert view.source_lang.itemText(view.source_lang.findData("fr")) == "«French»"  # language names too
        assert view.translate_button.text() == "«Translate»"
        view.set_conversation(True)
        assert untranslated_texts(view) == []
        assert view.left_head.text() == "«English»"
        assert view.person_buttons["a"].text() == "«Speak English   ·   F7»"  # that person's own language, kept

        dialog = GlossaryDialog(load_glossary(ui.paths.glossary_file), ui.window)
        qtbot.addWidget(dialog)
        assert untranslated_texts(dialog) == []
        assert dialog.windowTitle() == "«Translation glossary»"

