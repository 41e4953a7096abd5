#!/usr/bin/env python3
"""Parley: start the window, or run a command-line action through the same core."""

from __future__ import annotations

import multiprocessing
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from assistant.engines import offline_environment

    offline_environment()  # offline is an invariant, not a setting: no downloads, no library telemetry

    if "--self-test-qt" in argv:  # the Qt part of --self-test, in a process of its own
        from ui.selftest import main as qt_self_test

        return qt_self_test()
    if "--self-test" in argv:
        from assistant import selftest

        qt_check = selftest.subprocess_check(_this_program("--self-test-qt"))
        return selftest.main([a for a in argv if a != "--self-test"], qt_check=qt_check)

    from assistant import cli

    command = None
    skip = False
    for a in argv:  # the first word that is not an option or an option's value
        if skip:
            skip = False
        elif a == "--basedir":
            skip = True
        elif not a.startswith("-"):
            command = a
            break
    wants_cli = command in cli.COMMANDS or any(a in ("-h", "--help", "--version") for a in argv)
    if wants_cli:
        return cli.main(argv)

    # the window: accept --basedir here too
    args, rest = cli.build_parser().parse_known_args(argv) if argv else (None, [])
    from assistant.config import load_settings
    from assistant.logs import setup_logging
    from assistant.paths import AppPaths

    paths = AppPaths.default(getattr(args, "basedir", None)).ensure()
    setup_logging(paths)
    loaded = load_settings(paths.settings_file)
    from ui.app import run

    return run(paths, loaded, [sys.argv[0], *rest])


def _this_program(*args: str) -> list[str]:
    """The command that starts Parley again: the packaged executable, or Python on this file."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, os.path.abspath(__file__), *args]


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the engine process of a frozen app
    sys.exit(main())
