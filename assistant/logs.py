"""Logging to a rotating file in the user's log folder (never anywhere else), and
last-resort hooks so an unexpected error is written down instead of vanishing."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from .paths import AppPaths

log = logging.getLogger("parley")


def setup_logging(paths: AppPaths, *, level: int = logging.INFO) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "parley.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger("parley")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)


def install_excepthooks(report: Callable[[str], None] | None = None) -> None:
    """Log every uncaught exception (main and worker threads); ``report`` lets the
    window show it. KeyboardInterrupt keeps its normal behaviour."""

    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if report is not None:
            try:
                report(f"{exc_type.__name__}: {exc}")
            except Exception:  # the reporter must never raise from a hook
                log.exception("error reporter failed")
        else:
            previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
