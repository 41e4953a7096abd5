"""UI test helpers: a controller and window over a FakeEngine (or the real one)
and a fresh history under the test's own AppPaths."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from assistant.config import LoadResult, Settings  # noqa: E402
from assistant.engines.fake import FakeEngine  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402
from assistant.store import HistoryStore  # noqa: E402
from ui.app import GarbageCollector, build, make_application  # noqa: E402
from ui.controller import ChatController  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

from .voice_fakes import FakeAudio  # noqa: E402


def pytest_collection_modifyitems(config, items):
    # Qt warnings are bugs here: fail the test that produced one
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # the offscreen platform plugin says this whenever a dialog is shown or a
            # window is raised (the quick-ask box)
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"))


@pytest.fixture(scope="session")
def qapp_cls():
    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):
    app = make_application(qapp_args)
    # as in the app: cycles (and the Qt objects in them) are freed on the GUI thread only
    collector = GarbageCollector(app)
    collector.start()
    yield app
    collector.stop()


@dataclass
class UI:
    controller: ChatController
    window: MainWindow
    store: HistoryStore
    engine: object
    paths: AppPaths
    audio: FakeAudio | None = None

    @property
    def view(self):
        return self.window.chat_view

    @property
    def composer(self):
        return self.window.composer


class Heartbeat:
    """Measures the longest gap between ticks of a 20 ms timer: how long the GUI
    thread was unable to run its event loop."""

    def __init__(self) -> None:
        import time

        self._time = time.perf_counter
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._on_timeout)
        self.last = self._time()
        self.max_gap = 0.0

    def _on_timeout(self) -> None:
        now = self._time()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = self._time()
        self.max_gap = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.max_gap


@pytest.fixture
def heartbeat():
    hb = Heartbeat()
    yield hb
    hb.timer.stop()


@pytest.fixture
def make_ui(qtbot, app_paths) -> Iterator[Callable[..., UI]]:
    made: list[UI] = []

    def factory(
        engine=None, settings: Settings | None = None, paths: AppPaths | None = None, wait=True, audio=None
    ) -> UI:
        p = paths or app_paths
        store = HistoryStore(p.history_db)
        engine = engine if engine is not None else FakeEngine()
        audio = audio if audio is not None else FakeAudio()  # never the real sound devices here
        controller, window = build(
            paths=p, load_result=LoadResult(settings or Settings()), engine=engine, store=store, audio=audio.backend()
        )
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        ui = UI(controller, window, store, engine, p, audio)
        made.append(ui)
        if wait:
            with qtbot.waitSignal(controller.conversation_loaded, timeout=5000):
                controller.start()
            qtbot.waitUntil(lambda: window.model_picker.count() > 0, timeout=10000)
        else:
            controller.start()
        return ui

    yield factory
    for ui in made:
        close(ui)
    gc.collect()  # on the GUI thread, now, rather than on a worker thread later


def close(ui: UI) -> None:
    if ui.window.isVisible():
        ui.window.close()
    ui.controller.shutdown()
    ui.store.close()
