"""Our own error types. Adapters translate library failures into these so the UI
can turn each kind into plain language and an action."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error Parley raises on purpose."""

    #: a short, plain sentence for the user; the message carries the detail
    title = "Something went wrong"


class ModelError(AssistantError):
    title = "The model could not be used"


class ModelNotFoundError(ModelError):
    title = "Model not found"


class InvalidModelError(ModelError):
    title = "This file is not a usable model"


class EngineError(AssistantError):
    title = "The engine failed"


class EngineCrashedError(EngineError):
    title = "The engine stopped unexpectedly"


class ContextOverflowError(EngineError):
    title = "The conversation is too long for this model"


class AudioDeviceError(AssistantError):
    title = "Sound device problem"


class StorageError(AssistantError):
    title = "History could not be saved"


class SettingsError(AssistantError):
    title = "Settings could not be read"
