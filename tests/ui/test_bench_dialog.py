"""Help → "How fast is this computer?": the dialog runs the benchmark as a
separate process. Here that process is a tiny ``python -c`` that prints what
``main.py bench --json`` prints, so the tests take a second."""

from __future__ import annotations

import json
import os
import sys

import pytest
from PySide6.QtCore import QProcess

from ui import theme as themes
from ui.bench_dialog import BenchDialog, default_command, voice_segments

CANNED = {
    "model": "smollm2-135m-instruct",
    "stt_model": "whisper-tiny.en",
    "voice": "en_US-lessac-low",
    "voice_to_voice_ms": {"median": 1650.0, "p95": 2100.0, "n": 5},
    "stt_ms": {"median": 310.0, "p95": 420.0, "n": 5},
    "voice_ttft_ms": {"median": 720.0, "p95": 900.0, "n": 5},
    "ttft_ms": {"median": 180.5, "p95": 210.0, "n": 3},
    "app_tokens_per_s": {"median": 61.2, "p95": 64.0, "n": 3},
    "tts_rtf": {"median": 0.08, "p95": 0.09, "n": 3},
    "app_peak_rss_mb": {"median": 612.0, "p95": 615.0, "n": 3},
    "gui_max_stall_ms": {"load": 8.1, "generate": 12.7, "speak": 15.6},
    "pipelined_to_naive_ratio": 0.41,
}


def fake_bench(stdout: str = "", stderr_lines=(), code: int = 0, sleep_s: float = 0.0) -> list[str]:
    script = (
        "import sys, time\n"
        f"for line in {list(stderr_lines)!r}:\n"
        "    print(line, file=sys.stderr, flush=True)\n"
        f"time.sleep({sleep_s})\n"
        f"sys.stdout.write({stdout!r})\n"
        f"sys.exit({code})\n"
    )
    return [sys.executable, "-c", script]


@pytest.fixture
def make_dialog(qtbot):
    made: list[BenchDialog] = []

    def factory(command: list[str], theme=themes.LIGHT) -> BenchDialog:
        d = BenchDialog(command=command, theme=theme)
        qtbot.addWidget(d)
        d.resize(680, 640)
        d.show()
        made.append(d)
        return d

    yield factory
    for d in made:
        if d.running:
            d.cancel()
            d.process.waitForFinished(3000)


def test_canned_result_fills_the_table_and_the_chart(make_dialog, qtbot):
    d = make_dialog(fake_bench(json.dumps(CANNED) + "\n", ["voice turns: 5 inputs x 1 runs", "language model: app vs direct"]))
    with qtbot.waitSignal(d.result_ready, timeout=10_000) as blocker:
        d.start()
    assert blocker.args[0]["model"] == "smollm2-135m-instruct"
    rows = {r[0].strip(): r[1:] for r in d.table_rows()}
    assert rows["Voice turn: end of speech → first sound"] == ["1,650 ms", "2,100 ms", "5"]
    assert rows["transcript ready"] == ["310 ms", "420 ms", "5"]
    assert rows["Language model: tokens per second"] == ["61.2 tok/s", "64.0 tok/s", "3"]
    assert rows["Window's longest pause: writing"][0] == "13 ms"
    assert "Speech-to-text real-time factor" not in rows  # not in the JSON: no row
    assert d.chart.segments == [
        ("Transcript ready", 310.0),
        ("First word of the answer", 410.0),
        ("First sound", 930.0),
    ]
    assert "smollm2" in d.heading.text()
    assert d.results.isVisible() and not d.progress.isVisible() and not d.error_text
    assert d.run_button.isVisible() and not d.cancel_button.isVisible()


def test_progress_follows_the_phases_on_stderr(make_dialog, qtbot):
    d = make_dialog(fake_bench("", ["voice turns: 5 inputs x 1 runs", "language model: app vs direct"], sleep_s=30))
    d.start()
    qtbot.waitUntil(lambda: d.progress.value() == 2, timeout=10_000)
    assert "language model" in d.status_label.text().lower()
    d.cancel()
    qtbot.waitUntil(lambda: not d.running, timeout=5000)


def test_cancel_kills_a_long_benchmark(make_dialog, qtbot):
    d = make_dialog(fake_bench(json.dumps(CANNED), ["voice turns: 5 inputs x 1 runs"], sleep_s=600))
    d.start()
    qtbot.waitUntil(lambda: d.process.state() == QProcess.ProcessState.Running, timeout=5000)
    pid = d.process.processId()
    with qtbot.waitSignal(d.process.finished, timeout=5000):
        d.cancel_button.click()
    assert not d.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert "Cancelled" in d.status_label.text()
    assert d.result is None and not d.results.isVisible()
    assert d.run_button.isVisible()


def test_a_failing_benchmark_shows_a_plain_error(make_dialog, qtbot):
    d = make_dialog(fake_bench("", ["voice turns: 5 inputs x 1 runs", "parley: Model not found: no chat model is installed"], code=2))
    with qtbot.waitSignal(d.failed, timeout=10_000) as blocker:
        d.start()
    text = blocker.args[0]
    assert "stopped with an error" in text and "Model not found" in text
    assert d.error_label.isVisible() and "Model not found" in d.error_text
    assert not d.results.isVisible()


def test_a_benchmark_without_figures_is_an_error(make_dialog, qtbot):
    d = make_dialog(fake_bench("not json\n"))
    with qtbot.waitSignal(d.failed, timeout=10_000):
        d.start()
    assert "gave no figures" in d.error_text


def test_a_missing_program_is_an_error(make_dialog, qtbot):
    d = make_dialog(["/nonexistent/python-for-parley"])
    with qtbot.waitSignal(d.failed, timeout=10_000):
        d.start()
    assert "could not be started" in d.error_text


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=["light", "dark"])
def test_renders_in_both_themes(make_dialog, qtbot, theme):
    d = make_dialog(fake_bench(), theme=theme)
    d.show_result(CANNED)
    image = d.grab().toImage()
    assert not image.isNull()
    # the chart's bar uses the theme's accent colours, and its text is readable on the background
    chart = d.chart.grab().toImage()
    colours = {chart.pixelColor(x, d.chart.BAR_H // 2).name() for x in range(0, chart.width(), 7)}
    assert {c.name() for c in d.chart.colors()} <= colours


def test_no_voice_figures_draws_an_empty_chart():
    assert voice_segments({"ttft_ms": {"median": 1.0, "p95": 1.0, "n": 1}}) == []
    older = {"stt_ms": {"median": 300, "p95": 300, "n": 1}, "voice_to_voice_ms": {"median": 1000, "p95": 1, "n": 1}}
    assert voice_segments(older) == [("Transcript ready", 300.0), ("Answer and first sound", 700.0)]


def test_default_command_runs_the_bench_with_the_apps_folders(app_paths):
    cmd = default_command(app_paths)
    assert cmd[0] == sys.executable and cmd[1].endswith("main.py")
    assert cmd[2:6] == ["bench", "--json", "--runs", "1"]  # the command first: main.py reads the first word
    assert cmd[6:] == ["--basedir", str(app_paths.config_dir.parent)]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")  # offscreen
def test_help_menu_opens_the_dialog(make_ui, qtbot):
    ui = make_ui()
    titles = [a.text() for a in ui.window.menuBar().actions()]
    help_menu = ui.window.menuBar().actions()[titles.index("&Help")].menu()
    assert ui.window.bench_action in help_menu.actions()
    d = ui.window.open_bench(fake_bench(json.dumps(CANNED) + "\n"))
    with qtbot.waitSignal(d.result_ready, timeout=10_000):
        pass
    assert d.isVisible() and d.table.rowCount() > 0
    assert ui.window.open_bench() is d  # one at a time
    d.close()
    qtbot.waitUntil(lambda: ui.window._bench_dialog is None, timeout=2000)
