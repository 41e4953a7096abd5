"""Settings (Ctrl+,). A theme change is previewed at once and undone on Cancel.

Two pages: General (the chat model's knobs, appearance) and Voice (devices,
speech models, speaking rate, the push-to-talk key). Sound devices and the
installed speech models are looked up on a worker thread; they arrive through
``set_voice_options`` while the dialog is open, and until then the lists show
only what is chosen now."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal, Slot
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
    QVBoxLayout,
    QWidget,
)

from assistant.config import Settings
from assistant.privacy import RETENTION_LABELS

from .voice import VoiceOptions

THEME_LABELS = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
CONTEXT_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768)
LANGUAGES = (
    ("en", "English"),
    ("auto", "Detect automatically"),
    ("de", "German"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("it", "Italian"),
    ("nl", "Dutch"),
    ("pt", "Portuguese"),
)
DEFAULT_DEVICE = "System default"
DEFAULT_PTT_KEY = "Ctrl+Space"


def _select(combo: QComboBox, value: str, missing_label: str = "{} (not found)") -> None:
    """Select the item whose data is ``value``, adding it when it is not listed
    (a device unplugged since, a model folder typed into the settings file)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(missing_label.format(value), value)
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
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
        self.system_prompt.setToolTip("Sent first in every conversation; never dropped when the context fills.")
        form.addRow("System prompt", self.system_prompt)

        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip("0 gives the same answer every time; higher is more varied.")
        form.addRow("Temperature", self.temperature)

        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 32768)
        self.max_tokens.setSingleStep(64)
        self.max_tokens.setSuffix(" tokens")
        self.max_tokens.setValue(settings.max_tokens)
        form.addRow("Longest reply", self.max_tokens)

        self.context_size = QComboBox()
        sizes = sorted(set(CONTEXT_SIZES) | {settings.context_size})
        for n in sizes:
            self.context_size.addItem(f"{n:,} tokens", n)
        self.context_size.setCurrentIndex(sizes.index(settings.context_size))
        self.context_size.setToolTip("What the model sees at once (prompt plus reply). Larger uses more memory.")
        form.addRow("Context size", self.context_size)

        self.n_threads = QSpinBox()
        self.n_threads.setRange(0, max(os.cpu_count() or 1, settings.n_threads, 1))
        self.n_threads.setSpecialValueText("Automatic")
        self.n_threads.setValue(settings.n_threads)
        form.addRow("CPU threads", self.n_threads)

        self.theme = QComboBox()
        for value, label in THEME_LABELS:
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex([v for v, _ in THEME_LABELS].index(settings.theme))
        self.theme.currentIndexChanged.connect(self._on_theme_changed)
        form.addRow("Appearance", self.theme)

        self.history_retention = QComboBox()
        for value, label in RETENTION_LABELS:
            self.history_retention.addItem(label, value)
        _select(self.history_retention, settings.history_retention)
        self.history_retention.setToolTip(
            "Chats and translations stay on this computer either way. After 30 days: deleted once not "
            "used for 30 days (checked at start-up and daily). Don't keep: deleted when Parley quits."
        )
        form.addRow("History", self.history_retention)
        general_lay.addLayout(form)
        note = QLabel("Model changes take effect with the next message.")
        note.setObjectName("composerHint")
        general_lay.addWidget(note)
        general_lay.addStretch(1)
        self.tabs.addTab(general, "General")
        self.tabs.addTab(self._build_voice_page(settings), "Voice")
        if page == "voice":
            self.tabs.setCurrentIndex(1)
        lay.addWidget(self.tabs)
        if voice_options is not None:
            self.set_voice_options(voice_options)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _build_voice_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 12, 12, 8)
        form = QFormLayout()
        form.setSpacing(10)

        self.input_device = QComboBox()
        self.input_device.addItem(DEFAULT_DEVICE, "")
        _select(self.input_device, settings.input_device, "{}")
        form.addRow("Microphone", self.input_device)
        self.output_device = QComboBox()
        self.output_device.addItem(DEFAULT_DEVICE, "")
        _select(self.output_device, settings.output_device, "{}")
        form.addRow("Speaker", self.output_device)

        self.stt_model = QComboBox()
        self.stt_model.addItem("Automatic (fast English model, or multilingual)", "")
        _select(self.stt_model, settings.stt_model, "{}")
        self.stt_model.setToolTip("The Whisper model that turns your speech into text.")
        form.addRow("Speech recognition", self.stt_model)

        self.stt_language = QComboBox()
        for code, label in LANGUAGES:
            self.stt_language.addItem(label, code)
        _select(self.stt_language, settings.stt_language, "Language code “{}”")
        self.stt_language.setToolTip("Detection and languages other than English use the multilingual model.")
        form.addRow("Language you speak", self.stt_language)

        self.tts_voice = QComboBox()
        self.tts_voice.addItem("Default voice", "")
        _select(self.tts_voice, settings.tts_voice, "{}")
        form.addRow("Voice", self.tts_voice)

        self.speaking_rate = QDoubleSpinBox()
        self.speaking_rate.setRange(0.5, 2.0)
        self.speaking_rate.setSingleStep(0.1)
        self.speaking_rate.setDecimals(1)
        self.speaking_rate.setSuffix(" ×")
        self.speaking_rate.setValue(settings.speaking_rate)
        self.speaking_rate.setToolTip("1.0 is the voice's natural pace; 1.2 is 20 % faster.")
        form.addRow("Speaking rate", self.speaking_rate)

        self.ptt_key = QKeySequenceEdit(QKeySequence(settings.ptt_key or DEFAULT_PTT_KEY))
        self.ptt_key.setMaximumSequenceLength(1)
        self.ptt_key.setClearButtonEnabled(True)
        self.ptt_key.setToolTip("Click, then press the key combination you want. Empty means Ctrl+Space.")
        form.addRow("Push-to-talk key", self.ptt_key)

        self.ptt_toggle = QCheckBox("Press once to start and again to stop (no holding)")
        self.ptt_toggle.setChecked(settings.ptt_toggle)
        form.addRow("", self.ptt_toggle)
        self.keep_mic_open = QCheckBox("Keep the microphone open so the first word is never cut")
        self.keep_mic_open.setChecked(settings.keep_mic_open)
        self.keep_mic_open.setToolTip("About 0.3 s before the key press is kept in memory, never on disk.")
        form.addRow("", self.keep_mic_open)
        page_lay.addLayout(form)

        self.devices_note = QLabel("Looking for sound devices…")
        self.devices_note.setObjectName("composerHint")
        self.devices_note.setWordWrap(True)
        page_lay.addWidget(self.devices_note)
        page_lay.addStretch(1)
        return page

    def set_voice_options(self, options: VoiceOptions) -> None:
        """Fill the device and model lists, keeping what is selected."""
        st = options.status
        self._refill(
            self.input_device,
            [(n, n) for n in st.inputs],
            f"{DEFAULT_DEVICE} ({st.default_input})" if st.default_input else DEFAULT_DEVICE,
        )
        self._refill(
            self.output_device,
            [(n, n) for n in st.outputs],
            f"{DEFAULT_DEVICE} ({st.default_output})" if st.default_output else DEFAULT_DEVICE,
        )
        self._refill(self.stt_model, [(m.name, m.name) for m in options.stt_models])
        self._refill(self.tts_voice, [(m.name, m.name) for m in options.tts_voices])
        if not st.portaudio:
            note = "Voice needs PortAudio, which is not installed (Debian/Ubuntu: sudo apt install libportaudio2)."
        elif st.error:
            note = f"The sound system could not be used: {st.error}"
        elif not st.inputs:
            note = "No microphone was found. Plug one in, then restart Parley."
        else:
            note = f"{len(st.inputs)} microphone(s) and {len(st.outputs)} speaker(s) found."
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
        )
