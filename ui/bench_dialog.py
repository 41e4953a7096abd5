"""Help → "How fast is this computer?": runs ``main.py bench --json --runs 1``
in a separate process and shows its figures.

The benchmark loads its own copy of the models and keeps the CPU busy for a few
minutes, so it runs as a ``QProcess``: nothing of it touches the GUI thread
except its output, which arrives through QProcess's signals (``@Slot`` methods
here). Its phases come on stderr (one line each) and drive the progress bar; the
result is the one JSON line on stdout.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QProcess,
    QProcessEnvironment,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.paths import AppPaths

from . import theme as themes
from .theme import Theme

ROOT = Path(__file__).resolve().parents[1]

#: the phases the benchmark announces on stderr, in order (a line starting with one
#: of these moves the progress bar on); the first is implied by starting. The
#: prefixes are the benchmark's own words; the texts are shown translated.
PHASES = (
    ("", QT_TRANSLATE_NOOP("BenchDialog", "Loading the models")),
    ("voice turns", QT_TRANSLATE_NOOP("BenchDialog", "Timing spoken questions")),
    ("language model", QT_TRANSLATE_NOOP("BenchDialog", "Timing the language model")),
    ("speech synthesis", QT_TRANSLATE_NOOP("BenchDialog", "Timing the voice")),
    ("start-up", QT_TRANSLATE_NOOP("BenchDialog", "Timing start-up")),
    ("gui", QT_TRANSLATE_NOOP("BenchDialog", "Checking that the window stays responsive")),
)

#: (label, key, unit) of the table's rows, in order; missing keys are skipped.
#: Labels are in English and shown translated; the rows in SUB_ROWS are indented.
ROWS = (
    (QT_TRANSLATE_NOOP("BenchDialog", "Voice turn: end of speech → first sound"), "voice_to_voice_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "transcript ready"), "stt_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "first word of the answer"), "voice_ttft_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "same questions, one step after another"), "naive_voice_to_voice_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Speech-to-text real-time factor"), "stt_rtf", "×"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Language model: time to first token"), "ttft_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Language model: tokens per second"), "app_tokens_per_s", "tok/s"),
    (QT_TRANSLATE_NOOP("BenchDialog", "llama-cpp-python on its own"), "direct_tokens_per_s", "tok/s"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Voice: first sentence ready"), "tts_first_chunk_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Voice real-time factor"), "tts_rtf", "×"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Window shown after launch"), "window_shown_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Models ready after launch"), "models_ready_ms", "ms"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Memory (window + engine)"), "app_peak_rss_mb", "MB"),
)
#: rows that detail the row above them (shown indented, not bold)
SUB_ROWS = frozenset({"stt_ms", "voice_ttft_ms", "naive_voice_to_voice_ms", "direct_tokens_per_s"})
SUB_ROW_INDENT = "   "

#: how each unit is written after a figure
UNITS = {
    "ms": QT_TRANSLATE_NOOP("BenchDialog", "ms"),
    "MB": QT_TRANSLATE_NOOP("BenchDialog", "MB"),
    "tok/s": QT_TRANSLATE_NOOP("BenchDialog", "tok/s"),
    "×": "×",
}

#: the GUI stall figures: (label, phase)
STALL_ROWS = (
    (QT_TRANSLATE_NOOP("BenchDialog", "Window's longest pause: loading"), "load"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Window's longest pause: writing"), "generate"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Window's longest pause: speaking"), "speak"),
    (QT_TRANSLATE_NOOP("BenchDialog", "Window's longest pause: translating"), "translate"),
)


def default_command(paths: AppPaths | None = None) -> list[str]:
    """``main.py bench --json --runs 1`` with this interpreter, and the app's own
    folders when it was started with --basedir (so the same settings and models)."""
    app = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, str(ROOT / "main.py")]
    cmd = [*app, "bench", "--json", "--runs", "1"]
    if paths is not None:
        base = paths.config_dir.parent
        if AppPaths.under(base) == paths:
            # after the command: main.py takes the first word not starting with "-" for the command
            cmd += ["--basedir", str(base)]
    return cmd


def fmt(value: Any, unit: str = "") -> str:
    """A figure for people: no false precision, "—" for a missing one."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value):
        return "—"
    if abs(value) >= 100 or (unit in ("ms", "MB") and abs(value) >= 10):
        return f"{value:,.0f}"
    if unit in ("ms", "MB"):
        return f"{value:.1f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def voice_segments(result: dict[str, Any]) -> list[tuple[str, float]]:
    """Where the time of a voice turn goes, from the medians: (label, ms) per
    stage, in order; empty when the figures are missing."""

    def median(key: str) -> float:
        v = (result.get(key) or {}).get("median")
        return float(v) if isinstance(v, (int, float)) and not math.isnan(v) else math.nan

    stt, ttft, first_sound = median("stt_ms"), median("voice_ttft_ms"), median("voice_to_voice_ms")
    if math.isnan(stt) or math.isnan(first_sound):
        return []
    transcript = QCoreApplication.translate("BenchDialog", "Transcript ready")
    if math.isnan(ttft):  # an older benchmark: no separate first-token figure
        return [
            (transcript, stt),
            (QCoreApplication.translate("BenchDialog", "Answer and first sound"), max(first_sound - stt, 0.0)),
        ]
    ttft = min(max(ttft, stt), first_sound)
    return [
        (transcript, stt),
        (QCoreApplication.translate("BenchDialog", "First word of the answer"), ttft - stt),
        (QCoreApplication.translate("BenchDialog", "First sound"), first_sound - ttft),
    ]


def _descendants(pid: int) -> list[int]:
    """Child processes of ``pid``, deepest first (Linux /proc; empty elsewhere).
    The benchmark starts an engine process and other Parleys; Cancel ends them too."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    children: dict[int, list[int]] = {}
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(d.name))
    out: list[int] = []

    def walk(p: int) -> None:
        for c in children.get(p, []):
            walk(c)
            out.append(c)

    walk(pid)
    return out


class VoiceTurnChart(QWidget):
    """One horizontal stacked bar: the stages of a voice turn, left to right, with
    a legend of their durations underneath."""

    BAR_H = 26
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = themes.LIGHT
        self.segments: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = QFontMetrics(self.font()).height()
        return QSize(480, self.BAR_H + 2 * self.PAD + line + 2)

    def set_theme(self, t: Theme) -> None:
        self.theme = t
        self.update()

    def set_segments(self, segments: list[tuple[str, float]]) -> None:
        self.segments = list(segments)
        self.update()

    def colors(self) -> list[QColor]:
        accent = QColor(self.theme.accent)
        if self.theme.dark:
            return [accent.darker(160), accent, accent.lighter(145)]
        return [accent.lighter(160), accent, accent.darker(150)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self.theme
        total = sum(ms for _, ms in self.segments)
        w = self.width()
        fm = QFontMetrics(self.font())
        bar = QRectF(0.5, 0.5, w - 1.0, self.BAR_H)
        if total <= 0:
            p.setPen(QColor(t.border))
            p.setBrush(QColor(t.base))
            p.drawRoundedRect(bar, 5, 5)
            p.setPen(QColor(t.muted))
            p.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.tr("No voice figures yet"))
            return
        colors = self.colors()
        # the bar: clip to a rounded rectangle, then fill the stages side by side
        p.save()
        path = QPainterPath()
        path.addRoundedRect(bar, 5, 5)
        p.setClipPath(path)
        x = bar.left()
        for i, (_label, ms) in enumerate(self.segments):
            seg_w = bar.width() * ms / total
            rect = QRectF(x, bar.top(), seg_w, bar.height())
            color = colors[i % len(colors)]
            p.fillRect(rect, color)
            if ms >= 1000:
                text = self.tr("{seconds} s").format(seconds=f"{ms / 1000:.1f}")
            else:
                text = self.tr("{ms} ms").format(ms=f"{ms:.0f}")
            if fm.horizontalAdvance(text) + 10 < seg_w:
                p.setPen(QColor("#ffffff") if color.lightnessF() < 0.6 else QColor("#14213d"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += seg_w
        p.restore()
        # the legend: a swatch and "label · cumulative" per stage, wrapped onto two lines when needed
        y = bar.bottom() + self.PAD + 2
        lx = 0.0
        p.setPen(QColor(t.text))
        cum = 0.0
        line_h = fm.height() + 4
        for i, (label, ms) in enumerate(self.segments):
            cum += ms
            text = self.tr("{stage} · {seconds} s").format(stage=label, seconds=f"{cum / 1000:.2f}")
            item_w = 14 + fm.horizontalAdvance(text) + 18
            if lx > 0 and lx + item_w > w:
                lx, y = 0.0, y + line_h
            sw = QRectF(lx, y + (fm.height() - 10) / 2, 10, 10)
            p.fillRect(sw, colors[i % len(colors)])
            p.setPen(QColor(t.text))
            p.drawText(QRectF(lx + 14, y, item_w, fm.height()), Qt.AlignmentFlag.AlignVCenter, text)
            lx += item_w
        p.end()


class BenchDialog(QDialog):
    """Runs the benchmark in another process and shows the result.

    Signals:
        result_ready(dict): the benchmark finished; its JSON result.
        failed(str): it failed or could not start; a plain sentence.
    """

    result_ready = Signal(dict)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        command: list[str] | None = None,
        paths: AppPaths | None = None,
        theme: Theme | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How fast is this computer?"))
        self.setMinimumWidth(620)
        self._command = command or default_command(paths)
        self.theme = theme or themes.LIGHT
        self.result: dict[str, Any] | None = None
        self._stdout = bytearray()
        self._stderr_tail: list[str] = []
        self._stderr_buf = bytearray()
        self._started_at = 0.0
        self._cancelled = False

        self.process = QProcess(self)
        self.process.setWorkingDirectory(str(ROOT))
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")  # its start-up timing opens windows: keep them invisible
        env.insert("PYTHONUNBUFFERED", "1")
        self.process.setProcessEnvironment(env)
        self.process.readyReadStandardOutput.connect(self._on_process_ready_read_standard_output)
        self.process.readyReadStandardError.connect(self._on_process_ready_read_standard_error)
        self.process.finished.connect(self._on_process_finished)
        self.process.errorOccurred.connect(self._on_process_error_occurred)

        self.intro = QLabel(
            self.tr(
                "Parley times a few spoken questions, the language model, the voice and its own start-up, "
                "with the models you use. It takes a few minutes, and Parley is slower while it runs."
            )
        )
        self.intro.setWordWrap(True)
        self.status_label = QLabel("")
        self.status_label.setObjectName("benchStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, len(PHASES))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.elapsed_label = QLabel("")
        self.elapsed_label.setObjectName("benchElapsed")

        self.error_label = QLabel("")
        self.error_label.setObjectName("benchError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.heading = QLabel("")
        self.heading.setObjectName("benchHeading")
        self.heading.setWordWrap(True)
        self.chart_title = QLabel(
            self.tr("Where the time of a spoken question goes, from the end of speech (medians)")
        )
        self.chart_title.setObjectName("benchSection")
        self.chart = VoiceTurnChart()
        self.table_title = QLabel(self.tr("All figures"))
        self.table_title.setObjectName("benchSection")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["", self.tr("Median"), self.tr("p95"), self.tr("Runs")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.results = QWidget()
        rl = QVBoxLayout(self.results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(8)
        rl.addWidget(self.heading)
        rl.addWidget(self.chart_title)
        rl.addWidget(self.chart)
        rl.addSpacing(4)
        rl.addWidget(self.table_title)
        rl.addWidget(self.table, 1)
        self.results.hide()

        self.run_button = QPushButton(self.tr("Run again"))
        self.run_button.clicked.connect(self._on_run_clicked)
        self.run_button.hide()
        self.run_button.setAccessibleDescription(self.tr("Measures everything again"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops the benchmark"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.elapsed_label)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self.set_theme(self.theme)

    # ---- public -------------------------------------------------------------------
    def start(self) -> None:
        """Start the benchmark (asynchronously: returns at once)."""
        if self.running:
            return
        self.result = None
        self._cancelled = False
        self._stdout.clear()
        self._stderr_buf.clear()
        self._stderr_tail = []
        self.results.hide()
        self.error_label.hide()
        self.intro.show()
        self.progress.show()
        self.progress.setValue(0)
        self.status_label.show()
        self._set_status(self.tr("{phase}…").format(phase=self.tr(PHASES[0][1])))
        self.run_button.hide()
        self.cancel_button.show()
        self._started_at = time.monotonic()
        self._on_clock_timeout()
        self._clock.start()
        self.process.start(self._command[0], self._command[1:])

    @property
    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def cancel(self) -> None:
        """Stop the benchmark now, with the processes it started."""
        if not self.running:
            return
        self._cancelled = True
        pid = self.process.processId()
        for child in _descendants(pid) if pid else []:
            try:
                os.kill(child, signal.SIGKILL)
            except OSError:
                pass
        self.process.kill()  # "finished" follows, asynchronously

    def set_theme(self, t: Theme) -> None:
        self.theme = t
        self.chart.set_theme(t)
        self.setStyleSheet(
            f"#benchStatus {{ color: {t.text}; }}"
            f"#benchElapsed {{ color: {t.muted}; }}"
            f"#benchHeading {{ color: {t.muted}; }}"
            f"#benchSection {{ font-weight: 600; color: {t.text}; }}"
            f"#benchError {{ color: {t.error_text}; background: {t.error_bg}; border: 1px solid {t.error_border};"
            f" border-radius: 6px; padding: 8px 10px; }}"
            f"QTableWidget {{ background: {t.base}; alternate-background-color: {t.chat_bg}; color: {t.text};"
            f" border: 1px solid {t.border}; border-radius: 6px; }}"
            f"QHeaderView::section {{ background: {t.window}; color: {t.muted}; border: none;"
            f" border-bottom: 1px solid {t.border}; padding: 4px 8px; }}"
            f"QProgressBar {{ background: {t.border}; border: none; border-radius: 4px; }}"
            f"QProgressBar::chunk {{ background: {t.accent}; border-radius: 4px; }}"
        )

    def show_result(self, result: dict[str, Any]) -> None:
        """Fill the table and the chart (also used by tests and the screenshot)."""
        self.result = result
        self.heading.setText(
            f"{result.get('model', '?')} · {result.get('stt_model', '?')} · {result.get('voice', '?')}"
        )
        rows: list[tuple[str, dict[str, Any], str]] = []
        for label, key, unit in ROWS:
            v = result.get(key)
            if isinstance(v, dict):
                shown = self.tr(label)
                rows.append((SUB_ROW_INDENT + shown if key in SUB_ROWS else shown, v, unit))
        stalls = result.get("gui_max_stall_ms")
        if isinstance(stalls, dict):
            for label, phase in STALL_ROWS:
                v = stalls.get(phase)
                if isinstance(v, dict):  # median and worst of several runs
                    rows.append((self.tr(label), v, "ms"))
                elif v is not None:  # one run (an older result)
                    rows.append((self.tr(label), {"median": v, "p95": None, "n": 1}, "ms"))
        self.table.setRowCount(len(rows))
        for r, (label, v, unit) in enumerate(rows):
            n = v.get("n")
            median, p95 = fmt(v.get("median"), unit), fmt(v.get("p95"), unit)
            unit_text = self.tr(UNITS.get(unit, unit))
            cells = [
                label,
                f"{median} {unit_text}" if median != "—" else median,
                f"{p95} {unit_text}" if p95 != "—" else p95,
                str(n) if isinstance(n, int) else "—",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0 and not label.startswith(" "):
                    f = QFont(item.font())
                    f.setWeight(QFont.Weight.DemiBold)
                    item.setFont(f)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        rows_h = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(rows_h + self.table.horizontalHeader().height() + 4, 600))
        self.chart.set_segments(voice_segments(result))
        self.intro.hide()
        self.progress.hide()
        self.status_label.hide()
        self.error_label.hide()
        self.results.show()
        self.cancel_button.hide()
        self.run_button.show()

    def table_rows(self) -> list[list[str]]:
        """The table's text, row by row (for tests)."""
        return [
            [self.table.item(r, c).text() if self.table.item(r, c) else "" for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    @property
    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # ---- process ------------------------------------------------------------------
    @Slot()
    def _on_process_ready_read_standard_output(self) -> None:
        self._stdout += bytes(self.process.readAllStandardOutput().data())

    @Slot()
    def _on_process_ready_read_standard_error(self) -> None:
        self._stderr_buf += bytes(self.process.readAllStandardError().data())
        *lines, rest = self._stderr_buf.split(b"\n")
        self._stderr_buf = bytearray(rest)
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line:
                self._on_log_line(line)

    def _on_log_line(self, line: str) -> None:
        self._stderr_tail = (self._stderr_tail + [line])[-20:]
        for i, (prefix, text) in enumerate(PHASES):
            if prefix and line.lower().startswith(prefix):
                self.progress.setValue(i)
                self._set_status(self.tr("{phase}… ({detail})").format(phase=self.tr(text), detail=line))
                return

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._clock.stop()
        self._on_process_ready_read_standard_output()
        self.cancel_button.hide()
        self.run_button.show()
        if self._cancelled:
            self.progress.hide()
            self._set_status(self.tr("Cancelled. No figures were kept."))
            return
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            self._fail(self.tr("The benchmark stopped with an error (exit status {code}).").format(code=code))
            return
        result = self._parse(bytes(self._stdout))
        if result is None:
            self._fail(self.tr("The benchmark finished but gave no figures."))
            return
        self.show_result(result)
        self.result_ready.emit(result)

    @Slot(QProcess.ProcessError)
    def _on_process_error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._clock.stop()
            self.cancel_button.hide()
            self.run_button.show()
            self._fail(self.tr("The benchmark could not be started ({error}).").format(error=self.process.errorString()))

    @Slot()
    def _on_clock_timeout(self) -> None:
        s = int(time.monotonic() - self._started_at)
        self.elapsed_label.setText(self.tr("{time} elapsed").format(time=f"{s // 60}:{s % 60:02d}"))

    @Slot()
    def _on_run_clicked(self) -> None:
        self.start()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancel()

    # ---- helpers ------------------------------------------------------------------
    @staticmethod
    def _parse(out: bytes) -> dict[str, Any] | None:
        for line in reversed(out.decode("utf-8", "replace").splitlines()):
            line = line.strip()
            if line.startswith("{"):
                try:
                    value = json.loads(line)
                except ValueError:
                    return None
                return value if isinstance(value, dict) else None
        return None

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _fail(self, sentence: str) -> None:
        # the benchmark's own last words usually say why ("parley: Model not found: …")
        reason = next((ln for ln in reversed(self._stderr_tail) if ln.startswith("parley:")), "")
        if not reason and self._stderr_tail:
            reason = self._stderr_tail[-1]
        text = sentence + (f"\n{reason}" if reason else "")
        self.progress.hide()
        self.status_label.hide()
        self.intro.show()
        self.error_label.setText(text)
        self.error_label.show()
        self.failed.emit(text)

    def done(self, result: int) -> None:  # Qt override: closing the dialog ends the benchmark
        if self.running:
            self.cancel()
            self.process.waitForFinished(2000)  # after SIGKILL: milliseconds
        self._clock.stop()
        super().done(result)
