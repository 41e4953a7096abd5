"""One place that turns any error into words a person can act on.

The core raises typed errors (``assistant.errors``); the worker threads hand them
to the GUI unchanged. Everything the user reads about a failure comes from
``describe`` so the wording stays consistent across dialogs, inline error cards
and the status bar.
"""

from __future__ import annotations

from assistant.errors import (
    AssistantError,
    AudioDeviceError,
    ContextOverflowError,
    EngineCrashedError,
    EngineError,
    InvalidModelError,
    ModelError,
    ModelNotFoundError,
    SettingsError,
    StorageError,
)

#: actions the window knows how to perform; ``describe`` returns one of these or ""
CHOOSE_MODEL = "Choose another model"
TRY_AGAIN = "Try again"
NEW_CHAT = "Start a new chat"
OPEN_SETTINGS = "Open settings"
SOUND_SETTINGS = "Open sound settings"
NO_ACTION = ""

ACTIONS = (CHOOSE_MODEL, TRY_AGAIN, NEW_CHAT, OPEN_SETTINGS, SOUND_SETTINGS)


def _detail(error: BaseException) -> str:
    text = str(error).strip()
    return text if text.endswith((".", "!", "?")) or not text else text + "."


def describe(error: BaseException) -> tuple[str, str, str]:
    """Return ``(title, text, action)`` for an error.

    ``title`` is a short sentence, ``text`` says what happened and what is safe,
    ``action`` is one of the module's action labels (or "" when there is nothing
    useful to offer). The most specific error type wins.
    """
    detail = _detail(error)
    if isinstance(error, ModelNotFoundError):
        return (error.title, detail or "The model file could not be found.", CHOOSE_MODEL)
    if isinstance(error, InvalidModelError):
        return (
            error.title,
            (detail + " " if detail else "") + "Pick a GGUF chat model, or go back to the built-in one.",
            CHOOSE_MODEL,
        )
    if isinstance(error, ModelError):
        return (error.title, detail or "The model could not be loaded.", CHOOSE_MODEL)
    if isinstance(error, EngineCrashedError):
        return (
            error.title,
            detail
            or "The engine stopped while writing this answer. Your conversation is saved, "
            "and a fresh engine starts with your next message.",
            TRY_AGAIN,
        )
    if isinstance(error, ContextOverflowError):
        return (
            error.title,
            (detail + " " if detail else "") + "Start a new chat, or give the model a larger context size in Settings.",
            NEW_CHAT,
        )
    if isinstance(error, EngineError):
        return (error.title, detail or "The engine could not finish this answer.", TRY_AGAIN)
    if isinstance(error, StorageError):
        return (
            error.title,
            (detail + " " if detail else "")
            + "Check that the disk is not full and that Parley may write to its data folder.",
            NO_ACTION,
        )
    if isinstance(error, SettingsError):
        return (error.title, detail or "Your settings could not be read.", OPEN_SETTINGS)
    if isinstance(error, AudioDeviceError):
        return (error.title, detail or "The microphone or speaker could not be used.", SOUND_SETTINGS)
    if isinstance(error, AssistantError):
        return (error.title, detail or "Parley could not finish that.", TRY_AGAIN)
    if isinstance(error, KeyError):
        return (
            "That item no longer exists",
            "It was probably deleted a moment ago. The list has been refreshed.",
            NO_ACTION,
        )
    if isinstance(error, OSError):
        return ("A file could not be used", _detail(error) or "The operating system refused the operation.", NO_ACTION)
    return (
        "Something went wrong",
        f"An unexpected problem occurred ({type(error).__name__}: {error}). Your conversation is saved.",
        TRY_AGAIN,
    )
