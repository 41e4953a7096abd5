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
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    if command in (*cli.WINDOW_COMMANDS, "talk") and not wants_help:
        return _window_command(command, argv)
    if command in cli.COMMANDS or wants_help:
        return cli.main(argv)
    return _start_window(argv, None)


def _window_command(command: str, argv: list[str]) -> int:
    """Hand a command to the Parley running over the same data folder, or do it here:
    open the window on it, or for ``talk`` in a terminal (or with ``talk``'s own
    options) push-to-talk from the terminal. A ``talk`` with neither says so: 1."""
    from assistant import cli
    from assistant.paths import AppPaths

    args, _rest = cli.build_parser().parse_known_args(argv)
    if command == "talk" and any(getattr(args, k, None) for k in ("seconds", "json", "model", "max_tokens")):
        return cli.main(argv)
    if _send_to_running(AppPaths.default(args.basedir), command):
        return 0
    if command != "talk":
        return _start_window(argv, command, try_running=False)
    if sys.stdin is not None and sys.stdin.isatty():
        return cli.main(argv)  # push-to-talk from this terminal, as before there was a window to talk to
    print(
        "parley: Parley isn't running, so there is nothing to talk to. Start Parley, then use 'parley talk' "
        "again (or run it in a terminal to talk from there).",
        file=sys.stderr,
    )
    return 1


def _send_to_running(paths, command: str) -> bool:  # noqa: ANN001 - AppPaths, imported late
    try:
        from ui.instance import send_to_running, server_name
    except ImportError:  # the command line without Qt: there is no window to talk to
        return False
    return send_to_running(server_name(paths), command)


def _start_window(argv: list[str], command: str | None, *, try_running: bool = True) -> int:
    """The window (with ``command`` done once it is up), unless a Parley over the same
    data folder already runs: then that one comes to the front and this start ends."""
    from assistant import cli

    # the window: accept --basedir here too
    args, rest = cli.build_parser().parse_known_args(argv) if argv else (None, [])
    from assistant.config import load_settings
    from assistant.logs import setup_logging
    from assistant.paths import AppPaths

    paths = AppPaths.default(getattr(args, "basedir", None))
    if try_running and _send_to_running(paths, command or "show"):
        return 0  # before Qt's window machinery and the models load: a second click on the launcher is quick
    paths.ensure()
    setup_logging(paths)
    loaded = load_settings(paths.settings_file)
    from ui.app import run

    return run(paths, loaded, [sys.argv[0], *rest], command=command)


def _this_program(*args: str) -> list[str]:
    """The command that starts Parley again: the packaged executable, or Python on this file."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, os.path.abspath(__file__), *args]


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the engine process of a frozen app
    sys.exit(main())
