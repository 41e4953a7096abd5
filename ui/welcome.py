"""The first-run welcome: what Parley is, a microphone check with a live level
meter, a test phrase in Parley's voice, where the user's things are kept, and that
nothing leaves the computer.

Nothing here touches a device or a model on the GUI thread. The microphone check
is a push-to-talk recording through the controller (``talk_pressed``) that is
always dropped (``cancel_listening``): the microphone worker opens the device and
the level is read from ``controller.mic_level`` by a ~30 Hz timer, as the main
window does. The test phrase is said by the Translator's "Speak" request
(``controller.translator.speak``): Piper on the translator's worker, the chosen
speaker, the chosen speaking rate, and the user's voice when it speaks the phrase's
language.

Closing the dialog, by "Get started" or otherwise, records ``welcome_done``;
``should_show`` says whether to open it at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.config import Settings
from assistant.interpreter import SpeechFinished

from . import errors as ui_errors
from . import theme as themes
from .composer import LevelMeter
from .controller import ChatController
from .voice import VoiceAvailability

#: the microphone check stops by itself after this long
MIC_TEST_MS = 10_000
#: the level meter's refresh rate (~30 Hz)
LEVEL_INTERVAL_MS = 33
#: a level above this (the meter about a third full) means the microphone hears something
HEARD_FRACTION = 0.3


def should_show(settings: Settings) -> bool:
    """Open the welcome at start-up? Only until it has been closed once."""
    return not settings.welcome_done


def welcome_style_sheet(t: themes.Theme) -> str:
    return f"""
#welcomeTitle {{ font-size: 20px; font-weight: 600; color: {t.text}; }}
#welcomeIntro {{ color: {t.muted}; font-size: 13px; }}
#welcomeCard {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 12px; }}
#welcomeHeading {{ font-size: 14px; font-weight: 600; color: {t.text}; }}
#welcomeText {{ color: {t.text}; }}
#welcomeResult {{ color: {t.muted}; }}
#welcomeResult[kind="ok"] {{ color: {t.accent}; }}
#welcomeResult[kind="error"] {{ color: {t.error_text}; }}
#welcomeFolderName {{ color: {t.text}; font-weight: 600; }}
#welcomePath {{ color: {t.muted}; }}
#welcomePrivacy {{ background: {t.user_bubble}; color: {t.user_text}; border-radius: 10px; padding: 10px 12px; }}
#welcomeButton {{ background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 7px;
                  padding: 5px 12px; }}
#welcomeButton:hover {{ background: {t.hover}; }}
#welcomeButton:focus {{ border: 2px solid {t.accent}; padding: 4px 11px; }}
#welcomeButton:checked {{ background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; }}
#welcomeButton:disabled {{ color: {t.muted}; background: {t.window}; border-style: dashed; }}
#welcomeStart {{ background: {t.accent}; color: {t.accent_text}; border: 2px solid {t.accent}; border-radius: 8px;
                 padding: 6px 20px; font-weight: 600; }}
#welcomeStart:hover {{ background: {t.accent_hover}; border-color: {t.accent_hover}; }}
#welcomeStart:focus {{ border-color: {t.text}; }}
"""


class WelcomeDialog(QDialog):
    """The first-run welcome (also Help → Welcome…).

    ``open_url`` opens folders (QDesktopServices by default; tests pass a recorder).
    ``mic_heard`` is True once the check heard something; ``played`` once the test
    phrase was spoken to the end.
    """

    def __init__(
        self,
        controller: ChatController,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._open_url = open_url or QDesktopServices.openUrl
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(600)
        self.mic_heard = False
        self.played = False
        self._testing = False  # our microphone check is listening
        self._peak = 0.0
        self._speak_id = 0  # the test phrase request under way
        self._marked = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        title.setObjectName("welcomeTitle")
        lay.addWidget(title)
        intro = QLabel(
            self.tr(
                "Chat, talk and translate with small models that run on this computer. "
                "Two quick checks, and you are ready."
            )
        )
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        lay.addWidget(intro)

        lay.addWidget(self._mic_card())
        lay.addWidget(self._voice_card())
        lay.addWidget(self._data_card())

        self.privacy_label = QLabel(
            self.tr(
                "Nothing you type or say leaves this computer: {app} works offline and sends nothing over the network."
            ).format(app=APP_NAME)
        )
        self.privacy_label.setObjectName("welcomePrivacy")
        self.privacy_label.setWordWrap(True)
        lay.addWidget(self.privacy_label)

        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("Get started"))
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.setAccessibleDescription(self.tr("Closes this window; it is also in Help → Welcome."))
        self.start_button.setToolTip(self.tr("Close this window and start chatting"))
        self.start_button.clicked.connect(self.accept)
        row.addWidget(self.start_button)
        lay.addLayout(row)

        self._level_timer = QTimer(self)
        self._level_timer.setInterval(LEVEL_INTERVAL_MS)
        self._level_timer.timeout.connect(self._on_level_timeout)
        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(MIC_TEST_MS)
        self._test_timer.timeout.connect(self._on_test_timeout)

        c = controller
        c.voice_available_changed.connect(self._on_voice_available_changed)
        c.voice_state_changed.connect(self._on_voice_state_changed)
        c.voice_notice.connect(self._on_voice_notice)
        c.settings_changed.connect(self._on_settings_changed)
        t = c.translator
        t.finished.connect(self._on_translator_finished)
        t.failed.connect(self._on_translator_failed)
        t.no_voice.connect(self._on_translator_no_voice)
        t.speech_finished.connect(self._on_translator_speech_finished)
        t.state_changed.connect(self._on_translator_state_changed)

        self.setStyleSheet(welcome_style_sheet(themes.resolve(c.settings.theme)))
        self.mic_result.hide()
        self.voice_result.hide()
        self.resize(600, 10)
        self._on_voice_available_changed(c.voice_available)
        self.start_button.setFocus()

    # ---- building -------------------------------------------------------------------
    def _card(self, heading: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("welcomeCard")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(16, 12, 16, 14)
        lay.setSpacing(8)
        label = QLabel(heading)
        label.setObjectName("welcomeHeading")
        lay.addWidget(label)
        return card, lay

    def _text(self, text: str = "", name: str = "welcomeText") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, text: str, description: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName("welcomeButton")
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        b.setAutoDefault(False)  # Enter is for "Get started"
        b.setAccessibleDescription(description)
        b.setToolTip(description)
        return b

    @staticmethod
    def _fit_texts(button: QPushButton, *texts: str) -> None:
        """Wide enough for each of its texts, so nothing beside it moves when it changes."""
        fm = button.fontMetrics()
        button.setMinimumWidth(max(fm.horizontalAdvance(t) for t in texts) + 30)

    def _mic_card(self) -> QFrame:
        card, lay = self._card(self.tr("Microphone"))
        self.mic_status = self._text()
        lay.addWidget(self.mic_status)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.mic_button = self._button(
            self.tr("Test microphone"),
            self.tr("Listens for a few seconds and shows how loud the microphone hears you. Nothing is recorded."),
        )
        self.mic_button.setCheckable(True)
        self._fit_texts(self.mic_button, self.tr("Test microphone"), self.tr("Stop test"))
        self.mic_button.toggled.connect(self._on_mic_button_toggled)
        row.addWidget(self.mic_button)
        self.meter = LevelMeter()
        self.meter.setFixedSize(180, 8)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        row.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        lay.addLayout(row)
        self.mic_result = self._text(name="welcomeResult")
        lay.addWidget(self.mic_result)
        return card

    def _voice_card(self) -> QFrame:
        card, lay = self._card(self.tr("Voice"))
        lay.addWidget(
            self._text(self.tr("Parley can read its answers aloud. Play a short phrase to check your speaker."))
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.play_button = self._button(
            self.tr("Play test phrase"), self.tr("Says a short sentence with Parley's voice through your speaker.")
        )
        self.play_button.clicked.connect(self._on_play_button_clicked)
        self._fit_texts(self.play_button, self.tr("Play test phrase"), self.tr("Stop"))
        row.addWidget(self.play_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.voice_result = self._text(name="welcomeResult")
        lay.addWidget(self.voice_result)
        return card

    def folders(self) -> list[tuple[str, Path]]:
        """What the "Your things" card lists: a plain name and a folder."""
        p = self.controller.paths
        return [
            (self.tr("Conversation history"), p.history_db.parent),
            (self.tr("Settings"), p.settings_file.parent),
            (self.tr("Models you add"), p.models_dir),
            (self.tr("Logs"), p.log_dir),
        ]

    def _data_card(self) -> QFrame:
        card, lay = self._card(self.tr("Where your things are kept"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.folder_labels: dict[str, QLabel] = {}
        self.folder_buttons: dict[str, QPushButton] = {}
        for r, (name, folder) in enumerate(self.folders()):
            label = self._text(name, "welcomeFolderName")
            label.setWordWrap(False)
            grid.addWidget(label, r, 0)
            shown = self._text(str(folder), "welcomePath")
            shown.setWordWrap(False)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, r, 1)
            b = self._button(
                self.tr("Show folder"), self.tr("Opens {folder} in the file manager").format(folder=folder)
            )
            b.setAccessibleName(self.tr("Show the folder: {name}").format(name=name))
            b.setProperty("target", str(folder))
            b.clicked.connect(self._on_folder_button_clicked)
            grid.addWidget(b, r, 2)
            self.folder_labels[name] = shown
            self.folder_buttons[name] = b
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        return card

    # ---- the microphone check --------------------------------------------------------
    def _talk_key(self) -> str:
        seq = QKeySequence(self.controller.settings.ptt_key or "Ctrl+Space")
        return seq.toString(QKeySequence.SequenceFormat.NativeText) or "Ctrl+Space"

    @Slot(object)
    def _on_voice_available_changed(self, available: VoiceAvailability) -> None:
        if available.ok:
            self.mic_status.setText(
                self.tr("Press Test microphone and say a few words: the bar moves when Parley hears you.")
            )
        elif not available.known:
            self.mic_status.setText(self.tr("Looking for a microphone…"))
        else:
            reason = available.reason if not available.title else f"{available.title}: {available.reason}"
            self.mic_status.setText(
                self.tr("{reason} You can still type to Parley, and continue now.").format(reason=reason)
            )
        if not available.ok and self._testing:
            self._stop_test()
        self._refit()
        self.mic_button.setEnabled(available.ok)  # the test phrase needs no microphone: always offered

    @Slot(bool)
    def _on_mic_button_toggled(self, on: bool) -> None:
        if on and not self._testing:
            self._start_test()
        elif not on and self._testing:
            self._stop_test()

    def _start_test(self) -> None:
        c = self.controller
        self._peak = 0.0
        self.meter.reset()
        self._set_result(self.mic_result, "", "")
        self._testing = True  # first: the controller says voice_state_changed inside the call
        if not c.talk_pressed(None):
            self._testing = False
            self._set_mic_button(False)
            return
        self.mic_button.setText(self.tr("Stop test"))
        self._set_result(self.mic_result, self.tr("Listening… say something"), "")
        self._level_timer.start()
        self._test_timer.start()

    def _stop_test(self, *, report: bool = True) -> None:
        self._testing = False
        self._level_timer.stop()
        self._test_timer.stop()
        if self.controller.voice_state == "listening":
            self.controller.cancel_listening()  # dropped: nothing is kept or sent
        self.meter.reset()
        self._set_mic_button(False)
        self.mic_button.setText(self.tr("Test microphone"))
        if not report:
            return
        if self.mic_heard:
            key = self._talk_key()
            self._set_result(
                self.mic_result,
                self.tr("Parley hears you. To talk, hold {key} or the microphone button.").format(key=key),
                "ok",
            )
        else:
            self._set_result(
                self.mic_result,
                self.tr("Only silence. Is the microphone muted? Another one can be chosen in Settings → Voice."),
                "error",
            )

    def _set_mic_button(self, checked: bool) -> None:
        self.mic_button.blockSignals(True)
        self.mic_button.setChecked(checked)
        self.mic_button.blockSignals(False)

    @Slot()
    def _on_level_timeout(self) -> None:
        level = self.controller.mic_level
        self.meter.set_level(level)
        self._peak = max(self._peak, LevelMeter.fraction(level))
        if self._peak >= HEARD_FRACTION and not self.mic_heard:
            self.mic_heard = True
            self._set_result(self.mic_result, self.tr("Parley hears you"), "ok")

    @Slot()
    def _on_test_timeout(self) -> None:
        if self._testing:
            self._stop_test()

    @Slot(str)
    def _on_voice_state_changed(self, state: str) -> None:
        if self._testing and state != "listening":
            self._stop_test(report=False)  # the microphone failed (the notice says why) or was taken

    @Slot(str)
    def _on_voice_notice(self, text: str) -> None:
        if self._testing or self.mic_button.isChecked():
            self._set_result(self.mic_result, text, "error")

    # ---- the test phrase -------------------------------------------------------------
    @Slot()
    def _on_play_button_clicked(self) -> None:
        t = self.controller.translator
        if self._speak_id:
            t.stop_speaking()
            return
        phrase = self.tr("Hello! This is Parley's voice. If you can hear me, your speaker works.")
        # the language of the phrase as translated (a voice for it is chosen)
        lang = self.tr("en", "ISO 639-1 code of the language of this translation")
        self._speak_id = t.speak(phrase, lang)
        if self._speak_id:
            self.played = False
            self.play_button.setText(self.tr("Stop"))
            self._set_result(self.voice_result, self.tr("Getting the voice ready…"), "")

    @Slot(str)
    def _on_translator_state_changed(self, state: str) -> None:
        if self._speak_id and state == "speaking":
            self._set_result(self.voice_result, self.tr("Speaking…"), "")

    @Slot(int, object)
    def _on_translator_speech_finished(self, request_id: int, ev: SpeechFinished) -> None:
        if request_id != self._speak_id:
            return
        if ev.error:
            self._set_result(self.voice_result, ev.error, "error")
        elif ev.interrupted:
            self._set_result(self.voice_result, self.tr("Stopped."), "")
        else:
            self.played = True
            self._set_result(
                self.voice_result,
                self.tr("Done. Heard nothing? Check the volume, or choose the speaker in Settings → Voice."),
                "ok",
            )

    @Slot(str)
    def _on_translator_no_voice(self, message: str) -> None:
        if self._speak_id:
            self._set_result(self.voice_result, message, "error")

    @Slot(int, object)
    def _on_translator_failed(self, request_id: int, error: BaseException) -> None:
        if request_id and request_id == self._speak_id:
            title, text, _action = ui_errors.describe(error)
            self._set_result(self.voice_result, f"{title}: {text}", "error")

    @Slot(int)
    def _on_translator_finished(self, request_id: int) -> None:
        if request_id == self._speak_id:
            self._speak_id = 0
            self.play_button.setText(self.tr("Play test phrase"))

    # ---- folders, settings, closing ------------------------------------------------
    @Slot()
    def _on_folder_button_clicked(self) -> None:
        button = self.sender()
        target = button.property("target") if button is not None else ""
        if not target:
            return
        # the folders exist: AppPaths.ensure() made them at start-up (no disk call here)
        self._open_url(QUrl.fromLocalFile(str(Path(target))))

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        self.setStyleSheet(welcome_style_sheet(themes.resolve(settings.theme)))

    def _set_result(self, label: QLabel, text: str, kind: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        themes.set_style_property(label, "kind", kind)
        self._refit()

    def _refit(self) -> None:
        """Wrapped text takes more lines as it changes: grow to fit it (a dialog's
        layout does not count wrapped lines in its minimum size, and Qt's first size
        for a window is capped at two thirds of the screen)."""
        lay = self.layout()
        if lay is None:
            return
        need = lay.totalHeightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().showEvent(event)
        self._refit()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """However it is closed: stop the checks, and do not show it at start-up again."""
        if self._testing:
            self._stop_test(report=False)
        if self._speak_id:
            self.controller.translator.stop_speaking()
        if not self._marked:
            self._marked = True
            settings = self.controller.settings
            if not settings.welcome_done:
                self.controller.update_settings(settings.replace(welcome_done=True))
        super().done(result)
