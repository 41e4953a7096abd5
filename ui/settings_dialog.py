"""Settings (Ctrl+,). A theme change is previewed at once and undone on Cancel."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.config import Settings

THEME_LABELS = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
CONTEXT_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768)


class SettingsDialog(QDialog):
    """Signals: theme_previewed(str) while the theme combo changes."""

    theme_previewed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        self._original = settings
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 14)
        lay.setSpacing(12)
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
        lay.addLayout(form)

        note = QLabel("Model changes take effect with the next message.")
        note.setObjectName("composerHint")
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

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
        )
