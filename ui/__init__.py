"""Parley's PySide6 user interface. Talks to the core only through
``ui.controller.ChatController``, which owns the worker threads."""
