"""Tools → Models… (Ctrl+M): every installed model, and what can be done with it.

One table for the three kinds (grouped: language models, speech to text, voices)
with languages, size on disk, estimated memory, licence and the roles each model
is the default for. Below it, the selected model's details (where it is, whether
it fits in memory now, its own options) and the actions: set as default, options,
remove, add from disk, download.

Nothing here waits on the disk or the network. Listing, fit checks, removal,
default changes and the GPU probe run on one worker thread ("parley-models");
adding (a copy of hundreds of MB) and downloading run on another
("parley-transfer"), so the list stays live meanwhile. Both are ``DataWorker``s:
results come back as ``DataResult`` to ``@Slot`` methods here. Copy and download
progress is written into a ``ProgressBox`` by the worker and read by a 10 Hz
timer here, never one signal per chunk. Cancel and pause are ``threading.Event``s
set directly (the busy worker could not receive a signal).

Settings changes go through ``ChatController.apply_model_changes`` (or
``update_settings`` for per-model options), which saves them and re-lists the chat
models for the picker; voice and the Translator read their models from the
settings at their next use, so a new default works without a restart.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QFont, QFontDatabase, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.config import ModelOptions, Settings
from assistant.errors import AssistantError, ModelError
from assistant.models.download import DownloadError, DownloadProgress, check_url, filename_from_url
from assistant.models.fit import FitCheck, check_fit
from assistant.models.options import gpu_offload_supported
from assistant.models.registry import ROLE_FIELDS, ROLES, DownloadOutcome, ModelInfo, safe_model_name
from assistant.translate import LANGUAGES

from .controller import ChatController
from .theme import LIGHT, Theme, set_style_property
from .workers import DataJob, DataResult, DataWorker

# The words below are marked for translation ("ModelsDialog" context) and hold the
# English text; they are translated where they are shown.
KIND_LABELS = {
    "llm": QT_TRANSLATE_NOOP("ModelsDialog", "Language models"),
    "stt": QT_TRANSLATE_NOOP("ModelsDialog", "Speech to text"),
    "tts": QT_TRANSLATE_NOOP("ModelsDialog", "Voices"),
}
KIND_SINGULAR = {
    "llm": QT_TRANSLATE_NOOP("ModelsDialog", "language model"),
    "stt": QT_TRANSLATE_NOOP("ModelsDialog", "speech-to-text model"),
    "tts": QT_TRANSLATE_NOOP("ModelsDialog", "voice"),
}
#: what each role is called in the table and in sentences
ROLE_LABELS = {
    "chat": QT_TRANSLATE_NOOP("ModelsDialog", "chat"),
    "translation": QT_TRANSLATE_NOOP("ModelsDialog", "translation"),
    "stt": QT_TRANSLATE_NOOP("ModelsDialog", "speech to text"),
    "tts": QT_TRANSLATE_NOOP("ModelsDialog", "voice"),
}
#: each role as a menu item ("Set as default for…")
ROLE_MENU_LABELS = {
    "chat": QT_TRANSLATE_NOOP("ModelsDialog", "Chat"),
    "translation": QT_TRANSLATE_NOOP("ModelsDialog", "Translation"),
    "stt": QT_TRANSLATE_NOOP("ModelsDialog", "Speech to text"),
    "tts": QT_TRANSLATE_NOOP("ModelsDialog", "Voice"),
}
#: the roles a model of each kind can take, in menu order
KIND_ROLES = {kind: tuple(r for r, k in ROLES.items() if k == kind) for kind in KIND_LABELS}
COLUMNS = (
    QT_TRANSLATE_NOOP("ModelsDialog", "Name"),
    QT_TRANSLATE_NOOP("ModelsDialog", "Languages"),
    QT_TRANSLATE_NOOP("ModelsDialog", "Size"),
    QT_TRANSLATE_NOOP("ModelsDialog", "Memory"),
    QT_TRANSLATE_NOOP("ModelsDialog", "Licence"),
    QT_TRANSLATE_NOOP("ModelsDialog", "Default for"),
)
#: how often the progress bar reads the worker's latest figures (10 Hz)
PROGRESS_INTERVAL_MS = 100
CONTEXT_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072)
NO_GPU_TIP = QT_TRANSLATE_NOOP(
    "ModelsDialog", "This llama.cpp build has no GPU backend, so every layer runs on the CPU."
)
BUILT_IN_TIP = QT_TRANSLATE_NOOP("ModelsDialog", "Built into Parley: it comes with the app and cannot be removed.")


# ---- words and numbers for people ---------------------------------------------------
def human_size(n: float) -> str:
    if n >= 1e9:
        return QCoreApplication.translate("ModelsDialog", "{size} GB").format(size=f"{n / 1e9:.1f}")
    if n >= 1e6:
        return QCoreApplication.translate("ModelsDialog", "{size} MB").format(
            size=f"{n / 1e6:.0f}" if n >= 10e6 else f"{n / 1e6:.1f}"
        )
    return QCoreApplication.translate("ModelsDialog", "{size} KB").format(size=f"{max(n, 0) / 1e3:.0f}")


def human_duration(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return QCoreApplication.translate("ModelsDialog", "{seconds} s").format(seconds=s)
    if s < 3600:
        if s < 600:
            return QCoreApplication.translate("ModelsDialog", "{minutes} min {seconds} s").format(
                minutes=s // 60, seconds=f"{s % 60:02d}"
            )
        return QCoreApplication.translate("ModelsDialog", "{minutes} min").format(minutes=round(s / 60))
    return QCoreApplication.translate("ModelsDialog", "{hours} h {minutes} min").format(
        hours=s // 3600, minutes=f"{(s % 3600) // 60:02d}"
    )


def language_name(code: str) -> str:
    """A language's name in the interface's language (the "Languages" context the
    Translator marks); an unknown code as it is."""
    name = LANGUAGES.get(code)
    return QCoreApplication.translate("Languages", name) if name else code


def languages_text(languages: tuple[str, ...], *, most: int = 0) -> str:
    """ "English, French"; with ``most``, longer lists end in "+N" (the table)."""
    if not languages:
        return "—"
    if "multilingual" in languages:
        return QCoreApplication.translate("ModelsDialog", "Many")
    names = [language_name(code) for code in languages]
    if most and len(names) > most:
        return QCoreApplication.translate("ModelsDialog", "{languages} +{more}").format(
            languages=", ".join(names[: most - 1]), more=len(names) - most + 1
        )
    return ", ".join(names)


def role_label(role: str) -> str:
    return QCoreApplication.translate("ModelsDialog", ROLE_LABELS[role])


def roles_text(roles: tuple[str, ...]) -> str:
    return ", ".join(role_label(r) for r in roles)


def roles_choice(roles: tuple[str, ...]) -> str:
    """ "chat or translation": the roles a kind of model can take."""
    labels = [role_label(r) for r in roles]
    text = labels[-1] if labels else ""
    for label in reversed(labels[:-1]):
        text = QCoreApplication.translate("ModelsDialog", "{first} or {second}").format(first=label, second=text)
    return text


def suggested_name(path: str | Path) -> str:
    """The name a model from this file or folder would get, as the registry names it."""
    p = Path(path)
    name = p.name
    for ext in (".gguf", ".onnx"):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    try:
        return safe_model_name(name)
    except ModelError:
        return "model"  # a file name, not words: never translated


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def fit_text(fit: FitCheck) -> str:
    if fit.warning:
        return " ".join(x for x in (_sentence(fit.warning), _sentence(fit.suggestion)) if x)
    need = human_size(fit.estimated_ram_bytes)
    if fit.available_ram_bytes is None:
        return QCoreApplication.translate("ModelsDialog", "Needs about {size} of memory.").format(size=need)
    return QCoreApplication.translate("ModelsDialog", "Needs about {size} of memory; {free} is free now.").format(
        size=need, free=human_size(fit.available_ram_bytes)
    )


def error_text(error: BaseException) -> str:
    """One plain line: the core's own reason, as it wrote it."""
    detail = " ".join(str(error).split())
    title = getattr(error, "title", "") if isinstance(error, AssistantError) else ""
    if isinstance(error, OSError) and not isinstance(error, AssistantError):
        detail = f"{error.strerror or error}" + (f" ({error.filename})" if error.filename else "")
    if title and detail:
        return _sentence(
            QCoreApplication.translate("ModelsDialog", "{title}: {detail}").format(title=title, detail=detail)
        )
    return _sentence(title or detail or type(error).__name__)


# ---- progress, written on the worker and read on the GUI thread ---------------------
@dataclass(frozen=True)
class TransferStatus:
    done: int
    total: int | None
    speed_bps: float = 0.0
    seconds_left: float | None = None

    def text(self) -> str:
        if self.total:
            parts = [
                QCoreApplication.translate("ModelsDialog", "{done} of {total}").format(
                    done=human_size(self.done), total=human_size(self.total)
                )
            ]
        else:
            parts = [human_size(self.done)]
        if self.speed_bps > 0:
            parts.append(QCoreApplication.translate("ModelsDialog", "{size}/s").format(size=human_size(self.speed_bps)))
        if self.seconds_left is not None and self.done < (self.total or 0):
            parts.append(
                QCoreApplication.translate("ModelsDialog", "{duration} left").format(
                    duration=human_duration(self.seconds_left)
                )
            )
        return " · ".join(parts)


class ProgressBox:
    """The running transfer's latest figures. The worker writes at its own pace (every
    4 MB copied, every 0.1 s downloaded); the GUI's timer takes the newest."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: TransferStatus | None = None
        self._started = time.monotonic()

    def copied(self, done: int, total: int) -> None:
        """``ModelRegistry.add``'s callback."""
        elapsed = time.monotonic() - self._started
        speed = done / elapsed if elapsed > 0.2 else 0.0
        left = (total - done) / speed if speed > 0 else None
        with self._lock:
            self._latest = TransferStatus(done, total, speed, left)

    def downloaded(self, p: DownloadProgress) -> None:
        """``ModelRegistry.download``'s callback."""
        with self._lock:
            self._latest = TransferStatus(p.done, p.total, p.speed_bps, p.seconds_left)

    def latest(self) -> TransferStatus | None:
        with self._lock:
            return self._latest


@dataclass
class Transfer:
    """An add or a download, from start to its end (a paused or failed download is
    still one: Resume and Cancel act on it)."""

    kind: str  # "add" | "download"
    title: str
    shown_name: str = ""  # the file or model as the title names it
    source: str = ""  # the file or folder being added
    name: str = ""
    url: str = ""
    sha256: str = ""
    state: str = "running"  # "running" | "paused" | "failed" | "cancelling"
    cancel: threading.Event = field(default_factory=threading.Event)
    pause: threading.Event = field(default_factory=threading.Event)
    box: ProgressBox = field(default_factory=ProgressBox)
    last: TransferStatus | None = None


#: threads that would not stop in time at shutdown; kept so Qt never destroys them running
_ORPHANS: list[QThread] = []


def models_style_sheet(t: Theme) -> str:
    """The Models window's look, set on the window itself (not the whole app, whose
    every widget would otherwise be matched against these rules too)."""
    return f"""
#modelsHeading {{ font-size: 15px; font-weight: 600; }}
#modelsPanel {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 10px; }}
#modelTitle {{ font-size: 14px; font-weight: 600; }}
#mutedText {{ color: {t.muted}; }}
#modelTable {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; }}
#modelTable::item {{ padding: 4px 6px; }}
#modelTable QHeaderView::section {{ background: {t.base}; color: {t.muted}; font-weight: 600; border: none;
                                    border-bottom: 1px solid {t.border}; padding: 6px 8px; }}
#modelTable::item:selected {{ background: {t.selection}; color: {t.text}; }}
#fitText[kind="warning"] {{ color: {t.error_text}; }}
#modelsNotice {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; padding: 7px 10px;
                 color: {t.text}; }}
#modelsNotice[kind="warning"] {{ background: {t.notice_bg}; border-color: {t.notice_border}; }}
#modelsNotice[kind="error"] {{ background: {t.error_bg}; border-color: {t.error_border}; color: {t.error_text}; }}
"""


class ModelOptionsDialog(QDialog):
    """One model's own settings: context, threads, GPU layers, chat template and
    system prompt. Empty or "app setting" keeps following Settings."""

    def __init__(
        self, model: ModelInfo, settings: Settings, *, gpu_available: bool | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Options for {name}").format(name=model.name))
        self.setMinimumWidth(620)
        self._model = model
        current = settings.options_for(model.path)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 14)
        lay.setSpacing(10)
        intro = QLabel(
            self.tr(
                "These settings apply to <b>{name}</b> only. Where they say “app setting”, the model "
                "follows Settings, as every other model does."
            ).format(name=model.name)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.context_length = QComboBox()
        self.context_length.addItem(
            self.tr("App setting ({count} tokens)").format(count=f"{settings.context_size:,}"), 0
        )
        trained = model.context_length
        for n in CONTEXT_SIZES:
            if not trained or n <= max(trained, 2048):
                self.context_length.addItem(self.tr("{count} tokens").format(count=f"{n:,}"), n)
        if current.context_length and self.context_length.findData(current.context_length) < 0:
            self.context_length.addItem(
                self.tr("{count} tokens").format(count=f"{current.context_length:,}"), current.context_length
            )
        self.context_length.setCurrentIndex(max(self.context_length.findData(current.context_length), 0))
        self.context_length.setToolTip(
            self.tr("How much of the conversation the model sees at once. More costs memory.")
        )
        context_row = QHBoxLayout()
        context_row.addWidget(self.context_length)
        if trained:
            hint = QLabel(self.tr("The model was trained for {count}.").format(count=f"{trained:,}"))
            hint.setObjectName("mutedText")
            context_row.addWidget(hint)
        context_row.addStretch(1)
        form.addRow(self.tr("Context length"), context_row)

        self.n_threads = QSpinBox()
        self.n_threads.setRange(0, 256)
        app_threads = self.tr("automatic") if settings.n_threads == 0 else str(settings.n_threads)
        self.n_threads.setSpecialValueText(self.tr("App setting ({threads})").format(threads=app_threads))
        self.n_threads.setValue(current.n_threads)
        self.n_threads.setToolTip(
            self.tr("CPU threads for this model; this computer has {count} CPUs.").format(count=os.cpu_count() or 1)
        )
        form.addRow(self.tr("CPU threads"), self.n_threads)

        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("All layers"))
        self.gpu_layers.setValue(current.gpu_layers)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        self.set_gpu_available(gpu_available)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.chat_template = QPlainTextEdit(current.chat_template)
        self.chat_template.setFont(mono)
        self.chat_template.setPlaceholderText(self.tr("Empty: the template inside the model file is used."))
        self.chat_template.setMinimumHeight(110)
        self.chat_template.setTabChangesFocus(True)
        self.chat_template.setToolTip(self.tr("A Jinja chat template, as in the GGUF's tokenizer.chat_template."))
        form.addRow(self.tr("Chat template"), self.chat_template)

        self.system_prompt = QPlainTextEdit(current.system_prompt)
        self.system_prompt.setPlaceholderText(
            self.tr("Empty: the app-wide prompt is used:\n{prompt}").format(prompt=settings.system_prompt)
        )
        self.system_prompt.setMinimumHeight(80)
        self.system_prompt.setTabChangesFocus(True)
        self.system_prompt.setAccessibleDescription(
            self.tr("Instructions sent first in every conversation with this model; empty uses the app-wide prompt")
        )
        form.addRow(self.tr("System prompt"), self.system_prompt)
        lay.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("modelsNotice")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        reset = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        reset.setText(self.tr("Use app settings"))
        reset.setAccessibleDescription(self.tr("Clear this model's own settings so it follows Settings again"))
        reset.clicked.connect(self._on_reset_clicked)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Save these options for this model and close")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without changing this model's options")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def set_gpu_available(self, available: bool | None) -> None:
        self.gpu_layers.setEnabled(bool(available))
        if available is None:
            self.gpu_layers.setToolTip(self.tr("Checking whether llama.cpp can use a GPU here…"))
        elif available:
            self.gpu_layers.setToolTip(
                self.tr("Layers to run on the GPU; more is faster while they fit in its memory.")
            )
        else:
            self.gpu_layers.setToolTip(QCoreApplication.translate("ModelsDialog", NO_GPU_TIP))

    def result_options(self) -> ModelOptions:
        return ModelOptions(
            path=self._model.path,
            context_length=int(self.context_length.currentData() or 0),
            n_threads=self.n_threads.value(),
            gpu_layers=self.gpu_layers.value(),
            chat_template=self.chat_template.toPlainText().strip(),
            system_prompt=self.system_prompt.toPlainText().strip(),
        ).validated()

    def template_problem(self) -> str:
        """Why the template would not render, in one line; "" when it parses."""
        text = self.chat_template.toPlainText().strip()
        if not text:
            return ""
        try:
            from jinja2 import TemplateSyntaxError
            from jinja2.sandbox import ImmutableSandboxedEnvironment
        except ImportError:  # the engine checks it anyway
            return ""
        try:
            ImmutableSandboxedEnvironment().parse(text)
        except TemplateSyntaxError as exc:
            return self.tr("The chat template has a mistake on line {line}: {message}.").format(
                line=exc.lineno, message=exc.message
            )
        return ""

    def accept(self) -> None:
        problem = self.template_problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.chat_template.setFocus()
            return
        super().accept()

    @Slot()
    def _on_reset_clicked(self) -> None:
        self.context_length.setCurrentIndex(0)
        self.n_threads.setValue(0)
        self.gpu_layers.setValue(0)
        self.chat_template.clear()
        self.system_prompt.clear()
        self.error.hide()


class ModelsDialog(QDialog):
    """The Models window. Stays alive once opened (a download goes on while it is
    hidden); ``shutdown()`` stops its workers.

    Signals:
        models_listed(list[ModelInfo]): the table was filled again.
        notice_shown(str, str): (kind, text) an inline message: "ok", "warning" or "error".
        transfer_changed(str): an add or download started ("running"), was "paused",
            "failed", or ended: "done" or "cancelled".
    """

    models_listed = Signal(list)
    notice_shown = Signal(str, str)
    transfer_changed = Signal(str)

    _quick_request = Signal(object)
    _transfer_request = Signal(object)

    def __init__(self, controller: ChatController, parent: QWidget | None = None, *, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("modelsDialog")
        self.theme = theme
        self.setStyleSheet(models_style_sheet(theme))
        self.setWindowTitle(self.tr("Models"))
        self.controller = controller
        self._registry = controller.registry
        self.models: list[ModelInfo] = []
        self._fits: dict[tuple[str, int, int], FitCheck | BaseException] = {}
        self._fit_pending: set[tuple[str, int, int]] = set()
        self._applying = False  # our own settings change: we refresh the list ourselves
        self.gpu_available: bool | None = None
        self.transfer: Transfer | None = None
        self._options_dialog: ModelOptionsDialog | None = None
        self._pending_select = ""
        self._closed = False
        self._build()

        self._quick_thread = QThread(self)
        self._quick_thread.setObjectName("parley-models")
        self._quick_worker = DataWorker()
        self._quick_worker.moveToThread(self._quick_thread)
        self._quick_request.connect(self._quick_worker.run)
        self._quick_worker.done.connect(self._on_quick_done)

        self._transfer_thread = QThread(self)
        self._transfer_thread.setObjectName("parley-transfer")
        self._transfer_worker = DataWorker()
        self._transfer_worker.moveToThread(self._transfer_thread)
        self._transfer_request.connect(self._transfer_worker.run)
        self._transfer_worker.done.connect(self._on_transfer_done)

        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._on_progress_timeout)

        controller.settings_changed.connect(self._on_controller_settings_changed)
        self._quick_thread.start()
        self._transfer_thread.start()
        self._quick("gpu", gpu_offload_supported)  # imports llama.cpp: never on this thread; once, cached
        self.refresh()

    # ---- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.resize(940, 660)
        self.setMinimumSize(760, 560)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 14)
        lay.setSpacing(10)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Models on this computer"))
        heading.setObjectName("modelsHeading")
        top.addWidget(heading)
        top.addStretch(1)
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.add_file_button.clicked.connect(self._on_add_file_clicked)
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_folder_button.clicked.connect(self._on_add_folder_clicked)
        self.download_button = QPushButton(self.tr("Download…"))
        self.download_button.setToolTip(self.tr("Download a .gguf model or a Piper voice from a web address"))
        self.download_button.setCheckable(True)
        self.download_button.toggled.connect(self._on_download_toggled)
        for b in (self.add_file_button, self.add_folder_button, self.download_button):
            top.addWidget(b)
        lay.addLayout(top)

        self.download_panel = QFrame()
        self.download_panel.setObjectName("modelsPanel")
        dform = QGridLayout(self.download_panel)
        dform.setContentsMargins(12, 10, 12, 10)
        dform.setHorizontalSpacing(10)
        dform.setVerticalSpacing(6)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://…/model.Q4_K_M.gguf  or  https://…/voice.onnx"))
        self.url_edit.returnPressed.connect(self._on_start_download_clicked)
        self.sha_edit = QLineEdit()
        self.sha_edit.setPlaceholderText(self.tr("Optional: the SHA-256 the publisher gives, to check the file"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Optional: the name to list it under"))
        self.start_download_button = QPushButton(self.tr("Start download"))
        self.start_download_button.setDefault(False)
        self.start_download_button.setAutoDefault(False)
        self.start_download_button.setAccessibleDescription(
            self.tr("Download the model at the address into Parley's model folder")
        )
        self.start_download_button.clicked.connect(self._on_start_download_clicked)
        for row, (label_text, edit, description) in enumerate(
            (
                (self.tr("Address"), self.url_edit, self.tr("The web address of a .gguf model or a Piper .onnx voice")),
                (
                    self.tr("SHA-256"),
                    self.sha_edit,
                    self.tr("Optional checksum; the download is refused if it differs"),
                ),
                (self.tr("Name"), self.name_edit, self.tr("Optional name for the model in Parley's lists")),
            )
        ):
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setAccessibleName(label_text)
            edit.setAccessibleDescription(description)
            dform.addWidget(label, row, 0)
        dform.addWidget(self.url_edit, 0, 1, 1, 2)
        dform.addWidget(self.sha_edit, 1, 1, 1, 2)
        dform.addWidget(self.name_edit, 2, 1)
        dform.addWidget(self.start_download_button, 2, 2)
        dform.setColumnStretch(1, 1)
        self.download_panel.hide()
        lay.addWidget(self.download_panel)

        self.tree = QTreeWidget()
        self.tree.setObjectName("modelTable")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setAccessibleName(self.tr("Installed models"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Language models, speech-to-text models and voices on this computer, with their languages, "
                "size, memory, licence and what they are the default for; select one to see its details"
            )
        )
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.header().setAccessibleDescription(self.tr("Name, languages, size, memory, licence, default for"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            self.tree.headerItem().setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.headerItem().setToolTip(3, self.tr("Estimated memory once loaded, at the context it would use"))
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.setMinimumHeight(200)
        lay.addWidget(self.tree, 1)

        # the selected model
        self.details = QFrame()
        self.details.setObjectName("modelsPanel")
        dl = QVBoxLayout(self.details)
        dl.setContentsMargins(14, 12, 14, 12)
        dl.setSpacing(6)
        title_row = QHBoxLayout()
        self.title_label = QLabel("")
        self.title_label.setObjectName("modelTitle")
        self.source_label = QLabel("")
        self.source_label.setObjectName("mutedText")
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.source_label)
        title_row.addStretch(1)
        dl.addLayout(title_row)
        self.description_label = QLabel("")
        self.description_label.setWordWrap(True)
        dl.addWidget(self.description_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.path_label = QLabel("")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_folder_button = QPushButton(self.tr("Show in folder"))
        self.show_folder_button.setAccessibleDescription(self.tr("Open the folder that holds the selected model"))
        self.show_folder_button.clicked.connect(self._on_show_folder_clicked)
        self.fit_label = QLabel("")
        self.fit_label.setObjectName("fitText")
        self.fit_label.setWordWrap(True)
        self.options_label = QLabel("")
        self.options_label.setObjectName("mutedText")
        self.options_label.setWordWrap(True)
        self._row_labels = [QLabel(t) for t in (self.tr("Location"), self.tr("Memory"), self.tr("Options"))]
        for i, lab in enumerate(self._row_labels):
            lab.setObjectName("mutedText")
            grid.addWidget(lab, i, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.path_label, 0, 1)
        grid.addWidget(self.show_folder_button, 0, 2)
        grid.addWidget(self.fit_label, 1, 1, 1, 2)
        grid.addWidget(self.options_label, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        dl.addLayout(grid)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.default_button = QPushButton(self.tr("Set as default for…"))
        self.default_button.setAccessibleDescription(
            self.tr("Choose what the selected model is used for: chat, translation, speech to text or voice")
        )
        self.default_menu = QMenu(self.default_button)
        self.default_menu.triggered.connect(self._on_default_menu_triggered)
        self.default_button.setMenu(self.default_menu)
        self.options_button = QPushButton(self.tr("Options…"))
        self.options_button.setAccessibleDescription(
            self.tr("Context size, threads, GPU layers, chat template and system prompt of the selected model")
        )
        self.options_button.clicked.connect(self._on_options_clicked)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleDescription(self.tr("Removes the selected model from Parley, after asking"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for b in (self.default_button, self.options_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        dl.addLayout(actions)
        lay.addWidget(self.details)

        # an add or download in progress
        self.transfer_panel = QFrame()
        self.transfer_panel.setObjectName("modelsPanel")
        tl = QGridLayout(self.transfer_panel)
        tl.setContentsMargins(14, 10, 14, 10)
        tl.setHorizontalSpacing(10)
        tl.setVerticalSpacing(4)
        self.transfer_label = QLabel("")
        self.transfer_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.transfer_detail = QLabel("")
        self.transfer_detail.setObjectName("mutedText")
        self.transfer_detail.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleDescription(
            self.tr("Pause the download, resume it, or try it again after a failure")
        )
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stop adding or downloading; nothing is kept"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        tl.addWidget(self.transfer_label, 0, 0)
        tl.addWidget(self.pause_button, 0, 1, 2, 1)
        tl.addWidget(self.cancel_button, 0, 2, 2, 1)
        tl.addWidget(self.progress_bar, 1, 0)
        tl.addWidget(self.transfer_detail, 2, 0, 1, 3)
        tl.setColumnStretch(0, 1)
        self.transfer_panel.hide()
        lay.addWidget(self.transfer_panel)

        self.notice = QLabel("")
        self.notice.setObjectName("modelsNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        lay.addWidget(self.notice)

        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Close the window; an add or download goes on")
        )
        bottom.rejected.connect(self.close)
        lay.addWidget(bottom)

        remove_key = QAction(self)
        remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_key.triggered.connect(self._on_remove_clicked)
        self.addAction(remove_key)
        self._set_adding_enabled(True)  # their tooltips
        self._show_details(None)

    # ---- what the window shows -------------------------------------------------------
    @property
    def selected(self) -> ModelInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.models if (m.kind, m.path) == key), None) if key else None

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        """The table row of a model, by name or path."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                key = child.data(0, Qt.ItemDataRole.UserRole)
                m = next((x for x in self.models if (x.kind, x.path) == key), None)
                if m is not None and name in (m.name, m.path):
                    return child
        return None

    def model(self, name: str) -> ModelInfo | None:
        return next((m for m in self.models if name in (m.name, m.path)), None)

    def select(self, name: str) -> bool:
        item = self.item_for(name)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def _fill(self, models: list[ModelInfo]) -> None:
        keep = self.selected
        keep_key = (keep.kind, keep.path) if keep is not None else None
        self.models = list(models)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for kind, label in KIND_LABELS.items():
                group = QTreeWidgetItem([self.tr(label)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                for m in (x for x in models if x.kind == kind):
                    name = m.name if m.source == "embedded" else self.tr("{name}   (added)").format(name=m.name)
                    if m.description.startswith("Not usable"):
                        name = self.tr("{name}   (damaged)").format(name=m.name)
                    row = QTreeWidgetItem(
                        [
                            name,
                            languages_text(m.languages, most=3),
                            human_size(m.size_bytes),
                            self.tr("~{size}").format(size=human_size(m.ram_bytes)) if m.ram_bytes else "—",
                            m.license or "—",
                            roles_text(m.defaults) or "",
                        ]
                    )
                    row.setData(0, Qt.ItemDataRole.UserRole, (m.kind, m.path))
                    row.setToolTip(0, f"{m.description}\n{m.path}" if m.description else m.path)
                    row.setToolTip(1, languages_text(m.languages))
                    for col in (2, 3):
                        row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if m.defaults:
                        row.setFont(5, bold)
                    group.addChild(row)
                group.setExpanded(True)
            want = self._pending_select
            self._pending_select = ""
            target = (self.item_for(want) if want else None) or self._item_for_key(keep_key)
            if target is None:
                target = next((self.item_for(m.path) for m in models if m.kind == "llm" and "chat" in m.defaults), None)
            if target is not None:
                self.tree.setCurrentItem(target)
        finally:
            self.tree.blockSignals(False)
        self._show_details(self.selected)
        self.models_listed.emit(self.models)

    def _item_for_key(self, key: tuple[str, str] | None) -> QTreeWidgetItem | None:
        if key is None:
            return None
        m = next((x for x in self.models if (x.kind, x.path) == key), None)
        return self.item_for(m.path) if m is not None else None

    def _show_details(self, m: ModelInfo | None) -> None:
        has = m is not None
        for w in (self.default_button, self.options_button, self.remove_button, self.show_folder_button):
            w.setEnabled(has)
        if m is None:
            self.title_label.setText(self.tr("No model selected"))
            self.source_label.setText("")
            self.description_label.setText(self.tr("Choose a model in the list to see where it is and what it needs."))
            self.path_label.setText("")
            self.fit_label.setText("")
            self.options_label.setText("")
            return
        self.title_label.setText(m.name)
        source = self.tr("built in") if m.source == "embedded" else self.tr("added by you")
        if m.description == "GGUF opened from disk":  # the registry's words, compared, not shown
            source = self.tr("opened from disk")
        roles = roles_text(m.defaults)
        kind = self.tr(KIND_SINGULAR[m.kind])
        if roles:
            self.source_label.setText(
                self.tr("{kind} · {source} · default for {roles}").format(kind=kind, source=source, roles=roles)
            )
        else:
            self.source_label.setText(self.tr("{kind} · {source}").format(kind=kind, source=source))
        extra = []
        if m.context_length:
            extra.append(self.tr("trained for {count} tokens").format(count=f"{m.context_length:,}"))
        if m.quantization and m.quantization not in m.description:
            extra.append(m.quantization)
        desc = m.description + (f" ({', '.join(extra)})" if extra else "")
        self.description_label.setText(desc)
        self.path_label.setText(m.path)
        self.path_label.setToolTip(m.path)
        self._show_fit(m)
        self._show_options(m)
        # default: one action per role its kind can take
        self.default_menu.clear()
        for role in KIND_ROLES[m.kind]:
            label = self.tr(ROLE_MENU_LABELS[role])
            a = self.default_menu.addAction(label)
            a.setData(role)
            if role in m.defaults:
                a.setText(self.tr("{role} (already)").format(role=label))
                a.setEnabled(False)
        usable = not m.description.startswith("Not usable")
        self.default_button.setEnabled(usable and any(r not in m.defaults for r in KIND_ROLES[m.kind]))
        self.default_button.setToolTip("" if usable else self.tr("This model cannot be used: see why above."))
        self.options_button.setEnabled(m.kind == "llm" and usable)
        self.options_button.setToolTip(
            self.tr("Context, threads, GPU layers, chat template and system prompt for this model")
            if m.kind == "llm"
            else self.tr("Only language models have options of their own.")
        )
        self.remove_button.setEnabled(m.removable)
        if not m.removable:
            self.remove_button.setToolTip(self.tr(BUILT_IN_TIP))
        elif m.description == "GGUF opened from disk":
            self.remove_button.setToolTip(self.tr("Forget this file (it stays on disk)"))
        else:
            self.remove_button.setToolTip(self.tr("Delete this model"))
        for lab, visible in zip(self._row_labels, (True, True, m.kind == "llm"), strict=True):
            lab.setVisible(visible)
        self.options_label.setVisible(m.kind == "llm")

    def _fit_key(self, m: ModelInfo) -> tuple[str, int, int]:
        if m.kind != "llm":
            return (m.path, 0, 0)
        # the table's paths are the ones options are saved under: an exact lookup, no disk
        s = self.controller.settings
        o = s.options_for(m.path)
        return (m.path, o.context_length or s.context_size, o.n_threads or s.n_threads)

    def _show_fit(self, m: ModelInfo) -> None:
        key = self._fit_key(m)
        fit = self._fits.get(key)
        kind = ""
        if fit is None:
            text = (
                self.tr("About {size} once loaded; checking the free memory…").format(size=human_size(m.ram_bytes))
                if m.ram_bytes
                else "…"
            )
            if key not in self._fit_pending:
                self._fit_pending.add(key)
                self._quick("fit", lambda: check_fit(key[0], context_length=key[1] or 2048, n_threads=key[2]), key)
        elif isinstance(fit, BaseException):
            text = (
                self.tr("About {size} once loaded.").format(size=human_size(m.ram_bytes))
                if m.ram_bytes
                else self.tr("Unknown until it is first used.")
            )
        else:
            text = fit_text(fit)
            kind = "warning" if fit.warning else "ok"
        self.fit_label.setText(text)
        set_style_property(self.fit_label, "kind", kind)

    def _show_options(self, m: ModelInfo) -> None:
        if m.kind != "llm":
            return
        s = self.controller.settings
        o = s.options_for(m.path)
        if o.is_default:
            self.options_label.setText(
                self.tr("App settings ({count}-token context).").format(count=f"{s.context_size:,}")
            )
            return
        parts = []
        if o.context_length:
            parts.append(self.tr("{count}-token context").format(count=f"{o.context_length:,}"))
        if o.n_threads:
            parts.append(self.tr("{count} threads").format(count=o.n_threads))
        if o.gpu_layers:
            parts.append(
                self.tr("all layers on the GPU")
                if o.gpu_layers < 0
                else self.tr("{count} layers on the GPU").format(count=o.gpu_layers)
            )
        if o.chat_template:
            parts.append(self.tr("its own chat template"))
        if o.system_prompt:
            parts.append(self.tr("its own system prompt"))
        self.options_label.setText(self.tr("Own settings: {options}.").format(options=", ".join(parts)))

    def show_notice(self, text: str, kind: str = "ok") -> None:
        """An inline message under the table: "ok", "warning" or "error"."""
        self.notice.setText(text)
        set_style_property(self.notice, "kind", kind)
        self.notice.setVisible(bool(text))
        self.notice_shown.emit(kind, text)

    # ---- dialogs (methods so tests can replace them) --------------------------------
    def ask_add_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a model file"),
            str(Path.home()),
            self.tr("Models (*.gguf *.onnx);;Language models (*.gguf);;Piper voices (*.onnx);;All files (*)"),
        )
        return path

    def ask_add_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Add a faster-whisper model folder"), str(Path.home()))

    def ask_model_name(self, suggested: str, source: str) -> str:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add model"),
            self.tr("Add {file} to Parley as:").format(file=Path(source).name),
            QLineEdit.EchoMode.Normal,
            suggested,
        )
        return name.strip() if ok else ""

    def ask_confirm(self, title: str, text: str, ok: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(ok or self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_options(self, dialog: ModelOptionsDialog) -> bool:
        return bool(dialog.exec())

    def open_folder(self, path: str) -> None:
        """A file manager at the model (its folder for a file)."""
        p = Path(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(p if p.is_dir() else p.parent)))

    # ---- actions ----------------------------------------------------------------------
    def refresh(self) -> None:
        registry = self._registry
        self._quick("list", registry.list_models)

    def set_default(self, role: str, m: ModelInfo | None = None) -> None:
        """Make the model (the selected one by default) the default for ``role``; the
        fit check for a language model comes back with it and is shown, never blocking."""
        m = m or self.selected
        if m is None or ROLES.get(role) != m.kind:
            return
        registry, path = self._registry, m.path
        _path, context_length, n_threads = self._fit_key(m)

        def run() -> tuple[Settings, FitCheck | None]:
            chosen = registry.set_default(role, path)
            fit = None
            if m.kind == "llm":
                try:
                    fit = check_fit(path, context_length=context_length, n_threads=n_threads)
                except Exception:  # noqa: BLE001 - the fit is advice; the choice stands
                    fit = None
            return chosen, fit

        self._quick("default", run, (role, m))

    def remove(self, m: ModelInfo | None = None, *, confirm: bool = True) -> None:
        m = m or self.selected
        if m is None or not m.removable:
            return
        in_place = m.description == "GGUF opened from disk"
        if in_place:
            text = self.tr("Parley will forget “{name}”. The file itself stays where it is:\n{path}").format(
                name=m.name, path=m.path
            )
        else:
            text = self.tr(
                "“{name}” ({size}) will be deleted from Parley's model folder. This cannot be undone."
            ).format(name=m.name, size=human_size(m.size_bytes))
        if m.defaults:
            text += "\n\n" + self.tr("It is the default for {roles}; the built-in model takes over.").format(
                roles=roles_text(m.defaults)
            )
        if confirm and not self.ask_confirm(self.tr("Remove {name}?").format(name=m.name), text):
            return
        registry, path = self._registry, m.path
        self._quick("remove", lambda: registry.remove(path), m)

    def add_from(self, path: str, name: str = "") -> bool:
        """Check and copy a model file or folder into Parley (on the transfer worker).
        Without ``name`` the user is asked, with the file's own name suggested."""
        if not path or self.transfer is not None:
            return False
        if not name:
            name = self.ask_model_name(suggested_name(path), path)
            if not name:
                return False
        shown = Path(path).name
        title = self.tr("Checking and copying {file}…").format(file=shown)
        t = Transfer("add", title, shown_name=shown, source=path, name=name)
        registry = self._registry
        self._start_transfer(t, lambda: registry.add(path, name=name, progress=t.box.copied, cancel=t.cancel))
        return True

    def download(self, url: str, *, sha256: str = "", name: str = "") -> bool:
        """Download a model from ``url`` (on the transfer worker). A bad address or
        checksum is said at once, inline."""
        if self.transfer is not None:
            return False
        try:
            url = check_url(url)
            sha = sha256.strip().lower()
            if sha and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
                raise DownloadError(self.tr("The SHA-256 checksum should be 64 hexadecimal characters (0-9, a-f)."))
            if name.strip():
                name = safe_model_name(name)
        except ModelError as exc:
            self.show_notice(error_text(exc), "error")
            return False
        shown = name or filename_from_url(url) or url
        title = self.tr("Downloading {name}…").format(name=shown)
        t = Transfer("download", title, shown_name=shown, url=url, sha256=sha, name=name)
        self._start_transfer(t, self._download_fn(t))
        return True

    def _download_fn(self, t: Transfer) -> Callable[[], DownloadOutcome]:
        registry = self._registry

        def run() -> DownloadOutcome:
            return registry.download(
                t.url, name=t.name, sha256=t.sha256, progress=t.box.downloaded, cancel=t.cancel, pause=t.pause
            )

        return run

    def pause_or_resume(self) -> None:
        t = self.transfer
        if t is None or t.kind != "download":
            return
        if t.state == "running":
            t.pause.set()
            self.pause_button.setEnabled(False)
            self.transfer_label.setText(self.tr("Pausing {name}…").format(name=t.shown_name))
        elif t.state in ("paused", "failed"):
            t.pause.clear()
            self._start_transfer(t, self._download_fn(t))

    def cancel_transfer(self) -> None:
        t = self.transfer
        if t is None:
            return
        t.cancel.set()
        if t.kind == "download" and t.state in ("paused", "failed"):
            # nothing runs: run it once more with cancel set, which discards the partial file
            t.pause.clear()
            self._start_transfer(t, self._download_fn(t), state="cancelling")
            return
        t.state = "cancelling"
        self.cancel_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.transfer_label.setText(self.tr("Cancelling…"))

    def save_options(self, m: ModelInfo, options: ModelOptions) -> None:
        self._applying = True
        try:
            self.controller.update_settings(self.controller.settings.with_model_options(options))
        finally:
            self._applying = False
        self._show_details(self.selected)
        self.show_notice(
            self.tr("Options saved for {name}; they apply from its next answer.").format(name=m.name), "ok"
        )
        self.refresh()  # the memory estimate follows the context

    # ---- transfers ---------------------------------------------------------------------
    def _start_transfer(self, t: Transfer, fn: Callable[[], Any], state: str = "running") -> None:
        self.transfer = t
        t.state = state
        self.transfer_panel.show()
        self.transfer_label.setText(self.tr("Cancelling…") if state == "cancelling" else t.title)
        self.transfer_detail.setText(t.last.text() if t.last is not None else self.tr("Starting…"))
        if t.last is None or not t.last.total:
            self.progress_bar.setRange(0, 0)  # busy until the size is known
        self.pause_button.setVisible(t.kind == "download")
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setEnabled(state == "running")
        self.cancel_button.setEnabled(state == "running")
        self._set_adding_enabled(False)
        self.show_notice("")
        self._progress_timer.start()
        self.transfer_changed.emit(state)
        self._transfer_request.emit(DataJob(t.kind, fn, t))

    def _set_adding_enabled(self, enabled: bool) -> None:
        tip = "" if enabled else self.tr("Wait for the current add or download to finish.")
        for b in (self.add_file_button, self.add_folder_button, self.start_download_button):
            b.setEnabled(enabled)
            if tip:
                b.setToolTip(tip)
        if enabled:
            self.add_file_button.setToolTip(
                self.tr("Copy in a .gguf language model or a Piper voice (.onnx with its .onnx.json)")
            )
            self.add_folder_button.setToolTip(self.tr("Copy in a faster-whisper speech-to-text model folder"))
            self.start_download_button.setToolTip("")

    def _end_transfer(self, state: str) -> None:
        self.transfer = None
        self._progress_timer.stop()
        self.transfer_panel.hide()
        self._set_adding_enabled(True)
        self.transfer_changed.emit(state)

    def _show_progress(self, st: TransferStatus) -> None:
        if st.total:
            if self.progress_bar.maximum() != 1000:
                self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(1000 * min(st.done / st.total, 1.0)))
        self.transfer_detail.setText(st.text())

    @Slot()
    def _on_progress_timeout(self) -> None:
        t = self.transfer
        if t is None:
            self._progress_timer.stop()
            return
        st = t.box.latest()
        if st is not None and st != t.last:
            t.last = st
            if t.state == "running":
                self._show_progress(st)

    @Slot(object)
    def _on_transfer_done(self, result: DataResult) -> None:
        t: Transfer = result.context
        if t is not self.transfer or self._closed:
            return
        self._on_progress_timeout()  # the last figures first
        if result.error is not None:
            if t.cancel.is_set():
                self._end_transfer("cancelled")
                self.show_notice(
                    self.tr("Adding was cancelled; nothing was added.")
                    if t.kind == "add"
                    else self.tr("Download cancelled; nothing was kept."),
                    "ok",
                )
            elif t.kind == "download":
                self._set_failed(t, result.error)
            else:
                self._end_transfer("failed")
                self.show_notice(
                    self.tr("{file} was not added. {reason}").format(
                        file=Path(t.source).name, reason=error_text(result.error)
                    ),
                    "error",
                )
            return
        if t.kind == "add":
            self._installed(result.value, downloaded=False)
            self._end_transfer("done")
            return
        outcome: DownloadOutcome = result.value
        if outcome.state == "paused":
            t.state = "paused"
            self._progress_timer.stop()
            done = t.last.text().split(" · ")[0] if t.last is not None else human_size(outcome.bytes_done)
            self.transfer_label.setText(
                self.tr("Paused: {done} so far. Resume continues from there.").format(done=done)
            )
            self.pause_button.setText(self.tr("Resume"))
            self.pause_button.setEnabled(True)
            self.cancel_button.setEnabled(True)
            self.transfer_changed.emit("paused")
        elif outcome.state == "cancelled":
            self._end_transfer("cancelled")
            self.show_notice(self.tr("Download cancelled; nothing was kept."), "ok")
        else:
            assert outcome.model is not None
            self._installed(outcome.model, downloaded=True)
            for edit in (self.url_edit, self.sha_edit, self.name_edit):
                edit.clear()
            self.download_button.setChecked(False)
            self._end_transfer("done")

    def _set_failed(self, t: Transfer, error: BaseException) -> None:
        t.state = "failed"
        self._progress_timer.stop()
        self.transfer_label.setText(self.tr("The download stopped. {reason}").format(reason=error_text(error)))
        self.pause_button.setText(self.tr("Try again"))
        self.pause_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 1000)
        self.transfer_changed.emit("failed")
        self.notice_shown.emit("error", error_text(error))

    def _installed(self, m: ModelInfo, *, downloaded: bool) -> None:
        if downloaded:
            text = self.tr(
                "Downloaded and added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}."
            )
        else:
            text = self.tr("Added {name} ({kind}, {size}). Use “Set as default for…” to use it for {roles}.")
        self.show_notice(
            text.format(
                name=m.name,
                kind=self.tr(KIND_SINGULAR[m.kind]),
                size=human_size(m.size_bytes),
                roles=roles_choice(KIND_ROLES[m.kind]),
            ),
            "ok",
        )
        self._pending_select = m.path
        self._apply()  # the chat picker lists it now
        self.refresh()

    # ---- results of the quick worker ------------------------------------------------
    def _quick(self, kind: str, fn: Callable[[], Any], context: Any = None) -> None:
        if not self._closed:
            self._quick_request.emit(DataJob(kind, fn, context))

    @Slot(object)
    def _on_quick_done(self, result: DataResult) -> None:
        if self._closed:
            return
        kind, value, error = result.kind, result.value, result.error
        if kind == "gpu":
            self.gpu_available = bool(value) if error is None else False
            if self._options_dialog is not None:
                self._options_dialog.set_gpu_available(self.gpu_available)
        elif kind == "list":
            if error is not None:
                self.show_notice(
                    self.tr("The models could not be listed. {reason}").format(reason=error_text(error)), "error"
                )
            else:
                self._fill(value)
        elif kind == "fit":
            self._fit_pending.discard(result.context)
            self._fits[result.context] = error if error is not None else value
            m = self.selected
            if m is not None and self._fit_key(m) == result.context:
                self._show_fit(m)
        elif kind == "default":
            role, m = result.context
            if error is not None:
                self.show_notice(
                    self.tr("{name} was not made the default. {reason}").format(name=m.name, reason=error_text(error)),
                    "error",
                )
                return
            chosen, fit = value
            field_name = ROLE_FIELDS[role]
            settings = self.controller.settings.replace(**{field_name: getattr(chosen, field_name)})
            self._apply(settings)
            if fit is not None:
                self._fits[self._fit_key(m)] = fit
            if fit is not None and fit.warning:
                self.show_notice(
                    self.tr("{name} is now the {role} model. {advice} You can still use it.").format(
                        name=m.name, role=role_label(role), advice=fit_text(fit)
                    ),
                    "warning",
                )
            else:
                self.show_notice(
                    self.tr("{name} is now the {role} model.").format(name=m.name, role=role_label(role)), "ok"
                )
            self.refresh()
        elif kind == "remove":
            m = result.context
            if error is not None:
                self.show_notice(
                    self.tr("{name} was not removed. {reason}").format(name=m.name, reason=error_text(error)), "error"
                )
                return
            self._apply(self._merge_removal(m, value))
            self._fits = {k: v for k, v in self._fits.items() if k[0] != m.path}
            self.show_notice(self.tr("Removed {name}.").format(name=m.name), "ok")
            self.refresh()

    def _merge_removal(self, m: ModelInfo, returned: Settings) -> Settings:
        """Apply what ``registry.remove`` changed to the settings in force now (the
        user may have changed others meanwhile)."""
        cur = self.controller.settings
        changes: dict[str, Any] = {
            "user_models": tuple(p for p in cur.user_models if p in returned.user_models),
            "model_options": tuple(o for o in cur.model_options if o.path != m.path),
        }
        for field_name in ROLE_FIELDS.values():
            if getattr(cur, field_name) in (m.name, m.path):
                changes[field_name] = getattr(returned, field_name)
        return cur.replace(**changes)

    def _apply(self, settings: Settings | None = None) -> None:
        self._applying = True
        try:
            self.controller.apply_model_changes(settings)
        finally:
            self._applying = False

    @Slot(object)
    def _on_controller_settings_changed(self, _settings: Settings) -> None:
        """Chosen elsewhere (the chat picker, Settings): the defaults column follows."""
        if not self._applying and self.isVisible() and not self._closed:
            self.refresh()

    # ---- the user's clicks -------------------------------------------------------------
    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_changed(self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self._show_details(self.selected)

    @Slot()
    def _on_add_file_clicked(self) -> None:
        path = self.ask_add_file()
        if path:
            self.add_from(path)

    @Slot()
    def _on_add_folder_clicked(self) -> None:
        path = self.ask_add_folder()
        if path:
            self.add_from(path)

    @Slot(bool)
    def _on_download_toggled(self, shown: bool) -> None:
        self.download_panel.setVisible(shown)
        if shown:
            self.url_edit.setFocus()

    @Slot()
    def _on_start_download_clicked(self) -> None:
        if not self.url_edit.text().strip():
            self.show_notice(self.tr("Paste the web address of a .gguf model or a Piper .onnx voice first."), "error")
            self.url_edit.setFocus()
            return
        self.download(self.url_edit.text(), sha256=self.sha_edit.text(), name=self.name_edit.text())

    @Slot()
    def _on_pause_clicked(self) -> None:
        self.pause_or_resume()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancel_transfer()

    @Slot(QAction)
    def _on_default_menu_triggered(self, action: QAction) -> None:
        role = action.data()
        if role:
            self.set_default(str(role))

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.remove()

    @Slot()
    def _on_options_clicked(self) -> None:
        m = self.selected
        if m is None or m.kind != "llm":
            return
        dialog = ModelOptionsDialog(m, self.controller.settings, gpu_available=self.gpu_available, parent=self)
        self._options_dialog = dialog
        try:
            if self.ask_options(dialog):
                self.save_options(m, dialog.result_options())
        finally:
            self._options_dialog = None
            dialog.deleteLater()

    @Slot()
    def _on_show_folder_clicked(self) -> None:
        m = self.selected
        if m is not None:
            self.open_folder(m.path)

    # ---- life cycle ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        if theme is not self.theme:
            self.theme = theme
            self.setStyleSheet(models_style_sheet(theme))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.models:  # the first listing is already on its way from __init__
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # only hidden: an add or download goes on, and reopening shows it
        super().closeEvent(event)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel any add or download (nothing half-copied stays), stop the workers."""
        if self._closed:
            return
        self._closed = True
        if self.transfer is not None:
            self.transfer.cancel.set()
        self._progress_timer.stop()
        for thread in (self._quick_thread, self._transfer_thread):
            thread.quit()
        for thread in (self._quick_thread, self._transfer_thread):
            if not thread.wait(timeout_ms):  # a stalled connection: let it end on its own
                thread.setParent(None)
                _ORPHANS.append(thread)
