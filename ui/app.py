"""Application start-up and orderly shutdown for the desktop UI."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from assistant import APP_NAME, __version__
from assistant.chat import ChatService
from assistant.config import LoadResult
from assistant.engines.base import LanguageEngine
from assistant.errors import AssistantError
from assistant.logs import install_excepthooks
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore

from . import errors as ui_errors
from .controller import ChatController
from .desktop import DesktopShell
from .instance import InstanceServer, send_to_running, server_name
from .main_window import MainWindow
from .voice import AudioBackend

log = logging.getLogger(__name__)


class ErrorBridge(QObject):
    """Carries an unexpected error from any thread to the window. ``report`` may be
    called on any thread; the signal reaches the window's slot on the GUI thread.

    Signals: reported(str)."""

    reported = Signal(str)

    def report(self, text: str) -> None:
        self.reported.emit(text)


class GarbageCollector(QObject):
    """Run Python's cycle collector on the GUI thread only.

    The collector runs in whichever thread happens to allocate. When it frees a
    Qt object that sat in a reference cycle while a *worker* thread is allocating,
    the object is destroyed on that worker thread and Qt crashes (seen here: a
    segfault "Garbage-collecting" on the data worker while a window was built).
    So automatic collection is switched off and a timer collects, generation by
    generation with the usual thresholds, on the GUI thread."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._on_timeout)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def _on_timeout(self) -> None:
        self.collect()

    def collect(self) -> None:
        t0, t1, t2 = self._threshold
        c0, c1, c2 = gc.get_count()
        if c0 > t0:
            gc.collect(0)
            if c1 > t1:
                gc.collect(1)
                if c2 > t2:
                    gc.collect(2)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.parley.Parley")  # the .desktop file packaging/linux installs
    return app


def build(
    *,
    paths: AppPaths,
    load_result: LoadResult,
    engine: LanguageEngine,
    store: HistoryStore,
    audio: AudioBackend | None = None,
) -> tuple[ChatController, MainWindow]:
    """Controller and window over an engine and store the caller owns (tests use
    this with a FakeEngine, and fake sound devices through ``audio``; None means
    the real microphone and speaker)."""
    controller_ref: list[ChatController] = []

    def settings_now():  # the controller is the one source of current settings
        return controller_ref[0].settings_now() if controller_ref else load_result.settings

    registry = ModelRegistry(paths, settings_now)
    service = ChatService(store=store, engine=engine, settings=settings_now, registry=registry)
    controller = ChatController(
        service=service,
        store=store,
        registry=registry,
        settings=load_result.settings,
        paths=paths,
        notices=(load_result.notice, store.notice),
        audio=audio,
    )
    controller_ref.append(controller)
    window = MainWindow(controller)
    return controller, window


def _own_peak_rss_mb() -> float:
    """This process's peak resident memory (the window's side of the app)."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except (ImportError, OSError):
        return 0.0
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class StartupProbe(QObject):
    """For benchmarks (``--report-startup``): prints one line when the window is first
    painted and one when the chat model is ready, then (with ``--quit-when-ready``)
    quits. Lines: ``startup window-shown`` and ``startup model-ready``; the
    benchmark times them from outside, so interpreter start-up counts too."""

    def __init__(self, window: QObject, controller: ChatController, *, quit_when_ready: bool) -> None:
        super().__init__(window)
        self._quit = quit_when_ready
        self._shown = False
        window.installEventFilter(self)
        controller.model_ready.connect(self._on_controller_model_ready)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._shown and event.type() == QEvent.Type.Paint:
            self._shown = True
            print("startup window-shown", flush=True)
        return False

    @Slot(str, float)
    def _on_controller_model_ready(self, name: str, load_ms: float) -> None:
        print(f"startup model-ready {name} {load_ms:.0f}", flush=True)
        rss_mb = _own_peak_rss_mb()
        if rss_mb:
            print(f"startup window-rss-mb {rss_mb:.0f}", flush=True)
        if self._quit:
            QTimer.singleShot(0, QApplication.instance(), QApplication.quit)


def run(paths: AppPaths, load_result: LoadResult, argv: list[str], *, command: str | None = None) -> int:
    """Start the window; returns the exit status. Called by main.py. ``command`` (one
    of ``ui.instance.COMMANDS``) is carried out once the window is up; when a Parley
    over the same data folder already runs, it is handed the command instead."""
    from assistant.engines.process import EngineProcess

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    report_startup = "--report-startup" in argv
    quit_when_ready = "--quit-when-ready" in argv
    argv = [a for a in argv if a not in ("--report-startup", "--quit-when-ready")]
    app = make_application(argv)
    instance = InstanceServer(server_name(paths), app)
    if not instance.listen() and send_to_running(instance.name, command or "show"):
        return 0  # one Parley per data folder: the running one takes over
    from .i18n import install_translators

    install_translators(app, load_result.settings.ui_language)  # before any window or text is made
    collector = GarbageCollector(app)
    collector.start()
    paths.ensure()
    try:
        store = HistoryStore(paths.history_db)
    except AssistantError as exc:
        from PySide6.QtWidgets import QMessageBox

        title, text, _ = ui_errors.describe(exc)
        QMessageBox.critical(None, title, text)
        collector.stop()
        return 1
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    controller, window = build(paths=paths, load_result=load_result, engine=engine, store=store)
    bridge = ErrorBridge()
    bridge.reported.connect(window.show_unexpected_error)
    hooks = (sys.excepthook, threading.excepthook)
    install_excepthooks(bridge.report)
    probe = StartupProbe(window, controller, quit_when_ready=quit_when_ready) if report_startup else None
    shell = DesktopShell(window)  # the tray icon, and commands from later starts
    instance.command_received.connect(shell.run_command)
    window.show()
    controller.start()
    if command:
        shell.run_at_start(command)
    from .welcome import should_show

    if should_show(load_result.settings) and not quit_when_ready:
        QTimer.singleShot(0, window, window.show_welcome)  # the first start: sound check, where data lives
    try:
        return app.exec()
    finally:
        instance.close()
        shell.shutdown()
        # orderly: cancel and stop the workers, then the engine, then the history
        controller.shutdown()
        try:
            engine.close()
        except Exception:  # noqa: BLE001 - shutting down anyway
            log.exception("closing the engine failed")
        store.close()
        sys.excepthook, threading.excepthook = hooks
        del probe
        restart = window.restart_requested
        window.deleteLater()
        collector.stop()
        if restart:
            _start_again()


def _start_again() -> None:
    """Start Parley anew with the same arguments (after this one let go of its
    single-instance name, so the new one does not hand over to it)."""
    import subprocess

    frozen = getattr(sys, "frozen", False)
    cmd = [sys.executable, *sys.argv[1:]] if frozen else [sys.executable, *sys.argv]
    try:
        subprocess.Popen(cmd, start_new_session=os.name != "nt", close_fds=True)
    except OSError:
        log.exception("could not start Parley again")
