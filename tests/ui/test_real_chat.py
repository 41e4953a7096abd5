"""The window with the real engine process and the real embedded model.

These run in CI (the default model installs from PyPI); replies are kept short so
the whole module takes seconds."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from assistant.config import Settings
from assistant.engines.process import EngineProcess
from assistant.errors import EngineCrashedError

from .helpers import wait_idle

pytestmark = pytest.mark.real

REPLY_TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    e = EngineProcess(log_path=tmp_path_factory.mktemp("engine-log") / "engine.log")
    yield e
    e.close()


def ask(qtbot, ui, text: str) -> None:
    ui.composer.editor.setFocus()
    qtbot.keyClicks(ui.composer.editor, text)
    qtbot.keyClick(ui.composer.editor, Qt.Key.Key_Return)


def test_real_answer_streams_into_the_window(make_ui, qtbot, engine):
    ui = make_ui(engine, Settings(max_tokens=40, temperature=0.0))
    deltas: list[str] = []
    ui.controller.reply_delta.connect(lambda _mid, text: deltas.append(text))
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        ask(qtbot, ui, "What is the capital of France?")
    message, stats = blocker.args
    assert message.status == "ok"
    assert message.content.strip()
    assert len(deltas) >= 2, "a real answer should stream in pieces"
    assert stats.tokens > 0 and stats.ttft_ms > 0
    assert "Paris" in message.content
    row = ui.view.message_rows()[-1]
    assert row.text == message.content
    assert "tokens/s" in ui.window.stats_label.text()
    assert "smollm2" in ui.window.model_label.text().lower()
    assert engine.pid is not None


def test_real_stop_mid_answer(make_ui, qtbot, engine):
    ui = make_ui(engine, Settings(max_tokens=400, temperature=0.7))
    deltas: list[str] = []
    ui.controller.reply_delta.connect(lambda _mid, text: deltas.append(text))
    ask(qtbot, ui, "Write a long story about a dragon who learns to bake bread.")
    qtbot.waitUntil(lambda: len(deltas) >= 2, timeout=REPLY_TIMEOUT_MS)
    start = time.perf_counter()
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=5000) as blocker:
        ui.window.stop_action.trigger()
    elapsed = time.perf_counter() - start
    message, stats = blocker.args
    assert message.status == "interrupted"
    assert stats.finish_reason == "cancelled"
    assert elapsed < 1.0, f"stop took {elapsed * 1000:.0f} ms"
    wait_idle(qtbot, ui)
    assert ui.composer.button.text() == "Send"


def test_real_engine_killed_mid_answer_then_next_question_works(make_ui, qtbot, engine):
    ui = make_ui(engine, Settings(max_tokens=300, temperature=0.7))
    deltas: list[str] = []
    ui.controller.reply_delta.connect(lambda _mid, text: deltas.append(text))
    ask(qtbot, ui, "Tell me a long story about a lighthouse keeper.")
    qtbot.waitUntil(lambda: len(deltas) >= 2, timeout=REPLY_TIMEOUT_MS)
    old_pid = engine.pid
    with qtbot.waitSignal(ui.controller.reply_failed, timeout=10_000) as blocker:
        engine.kill_for_test()
    message, error = blocker.args
    assert isinstance(error, EngineCrashedError)
    assert message is not None and message.status == "error"
    wait_idle(qtbot, ui)
    row = ui.view.message_rows()[-1]
    assert row.error_card is not None and row.error_card.isVisibleTo(ui.view)
    assert row.error_card.title_label.text() == EngineCrashedError.title
    assert ui.view.message_rows()[0].text == "Tell me a long story about a lighthouse keeper."

    ui.controller.update_settings(ui.controller.settings.replace(max_tokens=24, temperature=0.0))
    with qtbot.waitSignal(ui.controller.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        ask(qtbot, ui, "What is the capital of France?")
    message, _ = blocker.args
    assert message.status == "ok" and message.content.strip()
    assert engine.pid is not None and engine.pid != old_pid
