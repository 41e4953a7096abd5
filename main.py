#!/usr/bin/env python3
"""Parley: start the window, or run a command-line action through the same core."""

from __future__ import annotations

import multiprocessing
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # offline is an invariant, not a setting
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

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


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the engine process of a frozen app
    sys.exit(main())
