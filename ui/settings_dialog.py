"""Settings (Ctrl+,). A theme change is previewed at once and undone on Cancel.

Three pages: General (the chat model's knobs, history), Voice (devices, speech
models, speaking rate, the push-to-talk key) and Desktop (look, text size,
interface language, the tray icon, keys that work from any application). Sound devices and the
installed speech models are looked up on a worker thread; they arrive through
``set_voice_options`` while the dialog is open, and until then the lists show
only what is chosen now."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.config import Settings
from assistant.privacy import RETENTION_LABELS

from .voice import VoiceOptions

#: user-visible texts are marked here and translated where they are shown
THEME_LABELS = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
    ("contrast", QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")),
)
#: each interface language in its own words, so anyone can find theirs
UI_LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"))
CONTEXT_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768)
LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("Languages", "English")),
    ("auto", QT_TRANSLATE_NOOP("Languages", "Detect automatically")),
    ("de", QT_TRANSLATE_NOOP("Languages", "German")),
    ("es", QT_TRANSLATE_NOOP("Languages", "Spanish")),
    ("fr", QT_TRANSLATE_NOOP("Languages", "French")),
    ("it", QT_TRANSLATE_NOOP("Languages", "Italian")),
    ("nl", QT_TRANSLATE_NOOP("Languages", "Dutch")),
    ("pt", QT_TRANSLATE_NOOP("Languages", "Portuguese")),
)
#: the history choices as ``assistant.privacy.RETENTION_LABELS`` words them, marked for
#: translation here (the core has no Qt); shown through ``_retention_label``
_RETENTION_TEXTS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Keep history until I delete it"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Delete chats and translations after 30 days"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Don't keep history (deleted when Parley quits)"),
)
DEFAULT_DEVICE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")
DEFAULT_PTT_KEY = "Ctrl+Space"


def _select(combo: QComboBox, value: str, missing_label: str | None = None) -> None:
    """Select the item whose data is ``value``, adding it when it is not listed
    (a device unplugged since, a model folder typed into the settings file).
    ``missing_label`` words such an item, with ``{value}`` where the value goes."""
    index = combo.findData(value)
    if index < 0:
        if missing_label is None:
            missing_label = QCoreApplication.translate("SettingsDialog", "{value} (not found)")
        combo.addItem(missing_label.format(value=value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class SettingsDialog(QDialog):
    """Signals: theme_previewed(str) while the theme combo changes."""

    theme_previewed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        voice_options: VoiceOptions | None = None,
        page: str = "",
        desktop_status: str = "",
    ) -> None:
        """``desktop_status``: how the keys that work from any application are served
        on this desktop, and why (from ``ui.global_keys``)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._original = settings
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 14)
        lay.setSpacing(12)
        self.tabs = QTabWidget()
        general = QWidget()
        general_lay = QVBoxLayout(general)
        general_lay.setContentsMargins(12, 12, 12, 8)
        form = QFormLayout()
        form.setSpacing(10)

        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setFixedHeight(96)
        self.system_prompt.setToolTip(
            self.tr("Sent first in every conversation; never dropped when the context fills.")
        )
        form.addRow(self.tr("System prompt"), self.system_prompt)

        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip(self.tr("0 gives the same answer every time; higher is more varied."))
        form.addRow(self.tr("Temperature"), self.temperature)

        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.max_tokens.setSingleStep(64)
        self.max_tokens.setSuffix(self.tr(" tokens"))
        self.max_tokens.setValue(settings.max_tokens)
        self.max_tokens.setAccessibleDescription(
            self.tr("The most the model writes in one reply; a longer answer stops there.")
        )
        form.addRow(self.tr("Longest reply"), self.max_tokens)

        self.context_size = QComboBox()
        sizes = sorted(set(CONTEXT_SIZES) | {settings.context_size})
        for n in sizes:
            self.context_size.addItem(self.tr("{count} tokens").format(count=f"{n:,}"), n)
        self.context_size.setCurrentIndex(sizes.index(settings.context_size))
        self.context_size.setToolTip(
            self.tr("What the model sees at once (prompt plus reply). Larger uses more memory.")
        )
        form.addRow(self.tr("Context size"), self.context_size)

        self.n_threads = QSpinBox()
        self.n_threads.setRange(0, max(os.cpu_count() or 1, settings.n_threads, 1))
        self.n_threads.setSpecialValueText(self.tr("Automatic"))
        self.n_threads.setValue(settings.n_threads)
        self.n_threads.setAccessibleDescription(
            self.tr("How many processor cores the model uses; Automatic chooses for this computer.")
        )
        form.addRow(self.tr("CPU threads"), self.n_threads)

        self.history_retention = QComboBox()
        for value, label in RETENTION_LABELS:
            self.history_retention.addItem(self.tr(label), value)
        _select(self.history_retention, settings.history_retention)
        self.history_retention.setToolTip(
            self.tr(
                "Chats and translations stay on this computer either way. After 30 days: deleted once not "
                "used for 30 days (checked at start-up and daily). Don't keep: deleted when Parley quits."
            )
        )
        form.addRow(self.tr("History"), self.history_retention)
        general_lay.addLayout(form)
        note = QLabel(self.tr("Model changes take effect with the next message."))
        note.setObjectName("composerHint")
        general_lay.addWidget(note)
        general_lay.addStretch(1)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._build_voice_page(settings), self.tr("Voice"))
        self.tabs.addTab(self._build_desktop_page(settings, desktop_status), self.tr("Desktop"))
        if page == "voice":
            self.tabs.setCurrentIndex(1)
        elif page == "desktop":
            self.tabs.setCurrentIndex(2)
        lay.addWidget(self.tabs)
        if voice_options is not None:
            self.set_voice_options(voice_options)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Save these settings and close the window")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without saving; a theme being tried is undone")
        )
        lay.addWidget(buttons)

    def _build_voice_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 12, 12, 8)
        form = QFormLayout()
        form.setSpacing(10)

        self.input_device = QComboBox()
        self.input_device.addItem(self.tr(DEFAULT_DEVICE), "")
        _select(self.input_device, settings.input_device, "{value}")
        self.input_device.setAccessibleDescription(self.tr("The microphone Parley listens to"))
        form.addRow(self.tr("Microphone"), self.input_device)
        self.output_device = QComboBox()
        self.output_device.addItem(self.tr(DEFAULT_DEVICE), "")
        _select(self.output_device, settings.output_device, "{value}")
        self.output_device.setAccessibleDescription(self.tr("Where Parley plays what it says aloud"))
        form.addRow(self.tr("Speaker"), self.output_device)

        self.stt_model = QComboBox()
        self.stt_model.addItem(self.tr("Automatic (fast English model, or multilingual)"), "")
        _select(self.stt_model, settings.stt_model, "{value}")
        self.stt_model.setToolTip(self.tr("The Whisper model that turns your speech into text."))
        form.addRow(self.tr("Speech recognition"), self.stt_model)

        self.stt_language = QComboBox()
        for code, label in LANGUAGES:
            self.stt_language.addItem(QCoreApplication.translate("Languages", label), code)
        _select(self.stt_language, settings.stt_language, self.tr("Language code “{value}”"))
        self.stt_language.setToolTip(self.tr("Detection and languages other than English use the multilingual model."))
        form.addRow(self.tr("Language you speak"), self.stt_language)

        self.tts_voice = QComboBox()
        self.tts_voice.addItem(self.tr("Default voice"), "")
        _select(self.tts_voice, settings.tts_voice, "{value}")
        self.tts_voice.setAccessibleDescription(self.tr("The voice that reads replies aloud"))
        form.addRow(self.tr("Voice"), self.tts_voice)

        self.speaking_rate = QDoubleSpinBox()
        self.speaking_rate.setRange(0.5, 2.0)
        self.speaking_rate.setSingleStep(0.1)
        self.speaking_rate.setDecimals(1)
        self.speaking_rate.setSuffix(" ×")
        self.speaking_rate.setValue(settings.speaking_rate)
        self.speaking_rate.setToolTip(self.tr("1.0 is the voice's natural pace; 1.2 is 20 % faster."))
        form.addRow(self.tr("Speaking rate"), self.speaking_rate)

        self.ptt_key = QKeySequenceEdit(QKeySequence(settings.ptt_key or DEFAULT_PTT_KEY))
        self.ptt_key.setMaximumSequenceLength(1)
        self.ptt_key.setClearButtonEnabled(True)
        self.ptt_key.setToolTip(self.tr("Click, then press the key combination you want. Empty means Ctrl+Space."))
        for clear in self.ptt_key.findChildren(QToolButton):  # the clear button inside the field
            clear.setAccessibleName(self.tr("Clear the push-to-talk key"))
            clear.setAccessibleDescription(self.tr("Empties the field; Ctrl+Space is used then"))
        form.addRow(self.tr("Push-to-talk key"), self.ptt_key)

        self.ptt_toggle = QCheckBox(self.tr("Press once to start and again to stop (no holding)"))
        self.ptt_toggle.setChecked(settings.ptt_toggle)
        self.ptt_toggle.setAccessibleDescription(
            self.tr("When on, the push-to-talk key starts listening on one press and stops on the next")
        )
        form.addRow("", self.ptt_toggle)
        self.keep_mic_open = QCheckBox(self.tr("Keep the microphone open so the first word is never cut"))
        self.keep_mic_open.setChecked(settings.keep_mic_open)
        self.keep_mic_open.setToolTip(self.tr("About 0.3 s before the key press is kept in memory, never on disk."))
        form.addRow("", self.keep_mic_open)
        page_lay.addLayout(form)

        self.devices_note = QLabel(self.tr("Looking for sound devices…"))
        self.devices_note.setObjectName("composerHint")
        self.devices_note.setWordWrap(True)
        page_lay.addWidget(self.devices_note)
        page_lay.addStretch(1)
        return page

    def _build_desktop_page(self, settings: Settings, desktop_status: str) -> QWidget:
        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 12, 12, 8)
        form = QFormLayout()
        form.setSpacing(10)

        self.theme = QComboBox()
        for value, label in THEME_LABELS:
            self.theme.addItem(self.tr(label), value)
        self.theme.setCurrentIndex([v for v, _ in THEME_LABELS].index(settings.theme))
        self.theme.currentIndexChanged.connect(self._on_theme_changed)
        self.theme.setAccessibleDescription(
            self.tr("Light or dark colours, the same as the system, or high contrast (white and yellow on black)")
        )
        form.addRow(self.tr("Appearance"), self.theme)

        self.font_size = QSpinBox()
        self.font_size.setRange(0, 48)
        self.font_size.setSpecialValueText(self.tr("As the system"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.font_size)
        self.font_size.setAccessibleDescription(
            self.tr("The size of all text in Parley, in points; also View → Larger text (Ctrl++) and Smaller text (Ctrl+-)")
        )
        form.addRow(self.tr("Text size"), self.font_size)

        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("As the system"), "system")
        for code, name in UI_LANGUAGE_NAMES:
            self.ui_language.addItem(name, code)
        _select(self.ui_language, settings.ui_language)
        self.ui_language.setAccessibleDescription(
            self.tr("The language of Parley's menus and windows; it changes when Parley starts again")
        )
        form.addRow(self.tr("Interface language"), self.ui_language)

        self.tray_icon = QCheckBox(self.tr("Show Parley in the system tray"))
        self.tray_icon.setChecked(settings.tray_icon)
        self.tray_icon.setAccessibleDescription(
            self.tr("An icon with Open, New chat, Talk, Translator, Quick ask and Quit, where the desktop has a tray")
        )
        form.addRow(self.tr("Tray"), self.tray_icon)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps Parley in the tray"))
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.close_to_tray.setEnabled(settings.tray_icon)
        self.close_to_tray.setAccessibleDescription(
            self.tr("When on, the window's close button hides it; Quit in the File or tray menu ends Parley")
        )
        self.tray_icon.toggled.connect(self.close_to_tray.setEnabled)
        form.addRow("", self.close_to_tray)

        self.global_talk_key = self._key_edit(
            settings.global_talk_key,
            self.tr("Push-to-talk from any application: hold it (or press twice, as set on the Voice page)"),
            self.tr("Clear the global push-to-talk key"),
        )
        form.addRow(self.tr("Talk from anywhere"), self.global_talk_key)
        self.quick_ask_key = self._key_edit(
            settings.quick_ask_key,
            self.tr("Opens the quick-ask box over any application"),
            self.tr("Clear the quick-ask key"),
        )
        form.addRow(self.tr("Quick ask from anywhere"), self.quick_ask_key)
        page_lay.addLayout(form)

        self.desktop_status = QLabel(desktop_status)
        self.desktop_status.setObjectName("composerHint")
        self.desktop_status.setWordWrap(True)
        self.desktop_status.setTextInteractionFlags(self.desktop_status.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.desktop_status.setVisible(bool(desktop_status))
        page_lay.addWidget(self.desktop_status)
        self.language_note = QLabel(self.tr("A new interface language is used when Parley starts again."))
        self.language_note.setObjectName("composerHint")
        self.language_note.setWordWrap(True)
        page_lay.addWidget(self.language_note)
        page_lay.addStretch(1)
        return page

    def _key_edit(self, value: str, description: str, clear_name: str) -> QKeySequenceEdit:
        edit = QKeySequenceEdit(QKeySequence(value))
        edit.setMaximumSequenceLength(1)
        edit.setClearButtonEnabled(True)
        edit.setToolTip(self.tr("Click, then press the key combination you want. Empty turns it off."))
        edit.setAccessibleDescription(description)
        for clear in edit.findChildren(QToolButton):  # the clear button inside the field
            clear.setAccessibleName(clear_name)
            clear.setAccessibleDescription(self.tr("Empties the field, which turns this key off"))
        return edit

    def set_desktop_status(self, text: str) -> None:
        self.desktop_status.setText(text)
        self.desktop_status.setVisible(bool(text))

    def set_voice_options(self, options: VoiceOptions) -> None:
        """Fill the device and model lists, keeping what is selected."""
        st = options.status
        default = self.tr(DEFAULT_DEVICE)
        self._refill(
            self.input_device,
            [(n, n) for n in st.inputs],
            self.tr("System default ({device})").format(device=st.default_input) if st.default_input else default,
        )
        self._refill(
            self.output_device,
            [(n, n) for n in st.outputs],
            self.tr("System default ({device})").format(device=st.default_output) if st.default_output else default,
        )
        self._refill(self.stt_model, [(m.name, m.name) for m in options.stt_models])
        self._refill(self.tts_voice, [(m.name, m.name) for m in options.tts_voices])
        if not st.portaudio:
            note = self.tr(
                "Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)."
            )
        elif st.error:
            note = self.tr("The sound system could not be used: {error}").format(error=st.error)
        elif not st.inputs:
            note = self.tr("No microphone was found. Plug one in, then restart Parley.")
        else:
            note = self.tr("{inputs} microphone(s) and {outputs} speaker(s) found.").format(
                inputs=len(st.inputs), outputs=len(st.outputs)
            )
        self.devices_note.setText(note)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]], first_label: str | None = None) -> None:
        current = str(combo.currentData() or "")
        first = combo.itemText(0) if first_label is None else first_label
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(first, "")
            for label, value in items:
                combo.addItem(label, value)
            _select(combo, current)
        finally:
            combo.blockSignals(False)

    @Slot(int)
    def _on_theme_changed(self, _index: int) -> None:
        self.theme_previewed.emit(str(self.theme.currentData()))

    def result_settings(self) -> Settings:
        return self._original.replace(
            system_prompt=self.system_prompt.toPlainText().strip(),
            temperature=round(self.temperature.value(), 2),
            max_tokens=self.max_tokens.value(),
            context_size=int(self.context_size.currentData()),
            n_threads=self.n_threads.value(),
            theme=str(self.theme.currentData()),
            history_retention=str(self.history_retention.currentData()),
            input_device=str(self.input_device.currentData() or ""),
            output_device=str(self.output_device.currentData() or ""),
            stt_model=str(self.stt_model.currentData() or ""),
            stt_language=str(self.stt_language.currentData() or "en"),
            tts_voice=str(self.tts_voice.currentData() or ""),
            speaking_rate=round(self.speaking_rate.value(), 1),
            ptt_key=self.ptt_key.keySequence().toString(QKeySequence.SequenceFormat.PortableText) or DEFAULT_PTT_KEY,
            ptt_toggle=self.ptt_toggle.isChecked(),
            keep_mic_open=self.keep_mic_open.isChecked(),
            font_size=self.font_size.value(),
            ui_language=str(self.ui_language.currentData() or "system"),
            tray_icon=self.tray_icon.isChecked(),
            close_to_tray=self.close_to_tray.isChecked(),
            global_talk_key=self.global_talk_key.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            quick_ask_key=self.quick_ask_key.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
        )
