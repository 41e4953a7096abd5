"""One place that turns any error into words a person can act on.

The core raises typed errors (``assistant.errors``); the worker threads hand them
to the GUI unchanged. Everything the user reads about a failure comes from
``describe`` so the wording stays consistent across dialogs, inline error cards
and the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

#: the translation context of every text in this module
CONTEXT = "ErrorMessages"

#: actions the window knows how to perform; ``describe`` returns one of these or "".
#: They are identifiers in English; ``action_label`` gives the button's text.
CHOOSE_MODEL = QT_TRANSLATE_NOOP("ErrorMessages", "Choose another model")
TRY_AGAIN = QT_TRANSLATE_NOOP("ErrorMessages", "Try again")
NEW_CHAT = QT_TRANSLATE_NOOP("ErrorMessages", "Start a new chat")
OPEN_SETTINGS = QT_TRANSLATE_NOOP("ErrorMessages", "Open settings")
SOUND_SETTINGS = QT_TRANSLATE_NOOP("ErrorMessages", "Open sound settings")
NO_ACTION = ""

ACTIONS = (CHOOSE_MODEL, TRY_AGAIN, NEW_CHAT, OPEN_SETTINGS, SOUND_SETTINGS)

#: the titles of ``assistant.errors`` (the Qt-free core keeps them in English),
#: listed here so that lupdate finds them; ``describe`` translates ``error.title``
CORE_TITLES = (
    QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The model could not be used"),
    QT_TRANSLATE_NOOP("ErrorMessages", "Model not found"),
    QT_TRANSLATE_NOOP("ErrorMessages", "This file is not a usable model"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The engine failed"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The engine stopped unexpectedly"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The conversation is too long for this model"),
    QT_TRANSLATE_NOOP("ErrorMessages", "Sound device problem"),
    QT_TRANSLATE_NOOP("ErrorMessages", "History could not be saved"),
    QT_TRANSLATE_NOOP("ErrorMessages", "Settings could not be read"),
    QT_TRANSLATE_NOOP("ErrorMessages", "The download failed"),  # assistant.models.download
)


def action_label(action: str) -> str:
    """The text of the button that performs ``action`` (one of ``ACTIONS``)."""
    return QCoreApplication.translate("ErrorMessages", action) if action else ""


def _detail(error: BaseException) -> str:
    text = str(error).strip()
    return text if text.endswith((".", "!", "?")) or not text else text + "."


def describe(error: BaseException) -> tuple[str, str, str]:
    """Return ``(title, text, action)`` for an error.

    ``title`` is a short sentence, ``text`` says what happened and what is safe,
    ``action`` is one of the module's action labels (or "" when there is nothing
    useful to offer). The most specific error type wins. The titles and advice are
    translated; the detail comes from the core, in English.
    """
    detail = _detail(error)
    title = QCoreApplication.translate("ErrorMessages", error.title) if isinstance(error, AssistantError) else ""

    def then(advice: str) -> str:
        """The core's detail, then what to do about it: two whole sentences."""
        return f"{detail} {advice}" if detail else advice

    if isinstance(error, ModelNotFoundError):
        return (title, detail or QCoreApplication.translate("ErrorMessages", "The model file could not be found."), CHOOSE_MODEL)
    if isinstance(error, InvalidModelError):
        advice = QCoreApplication.translate("ErrorMessages", "Pick a GGUF chat model, or go back to the built-in one.")
        return (title, then(advice), CHOOSE_MODEL)
    if isinstance(error, ModelError):
        return (title, detail or QCoreApplication.translate("ErrorMessages", "The model could not be loaded."), CHOOSE_MODEL)
    if isinstance(error, EngineCrashedError):
        text = detail or QCoreApplication.translate(
            "ErrorMessages",
            "The engine stopped while writing this answer. Your conversation is saved, "
            "and a fresh engine starts with your next message.",
        )
        return (title, text, TRY_AGAIN)
    if isinstance(error, ContextOverflowError):
        advice = QCoreApplication.translate(
            "ErrorMessages", "Start a new chat, or give the model a larger context size in Settings."
        )
        return (title, then(advice), NEW_CHAT)
    if isinstance(error, EngineError):
        text = detail or QCoreApplication.translate("ErrorMessages", "The engine could not finish this answer.")
        return (title, text, TRY_AGAIN)
    if isinstance(error, StorageError):
        advice = QCoreApplication.translate(
            "ErrorMessages", "Check that the disk is not full and that Parley may write to its data folder."
        )
        return (title, then(advice), NO_ACTION)
    if isinstance(error, SettingsError):
        return (title, detail or QCoreApplication.translate("ErrorMessages", "Your settings could not be read."), OPEN_SETTINGS)
    if isinstance(error, AudioDeviceError):
        text = detail or QCoreApplication.translate("ErrorMessages", "The microphone or speaker could not be used.")
        return (title, text, SOUND_SETTINGS)
    if isinstance(error, AssistantError):
        return (title, detail or QCoreApplication.translate("ErrorMessages", "Parley could not finish that."), TRY_AGAIN)
    if isinstance(error, KeyError):
        return (
            QCoreApplication.translate("ErrorMessages", "That item no longer exists"),
            QCoreApplication.translate("ErrorMessages", "It was probably deleted a moment ago. The list has been refreshed."),
            NO_ACTION,
        )
    if isinstance(error, OSError):
        return (
            QCoreApplication.translate("ErrorMessages", "A file could not be used"),
            detail or QCoreApplication.translate("ErrorMessages", "The operating system refused the operation."),
            NO_ACTION,
        )
    return (
        QCoreApplication.translate("ErrorMessages", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorMessages", "An unexpected problem occurred ({error}). Your conversation is saved."
        ).format(error=f"{type(error).__name__}: {error}"),
        TRY_AGAIN,
    )
