"""Small contracts between the use cases and the engines, plus the frozen events
that flow back. Everything here is plain data so it crosses a process boundary
(pickled through a pipe) and a thread boundary (Qt ``Signal(object)``) unchanged."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, Union


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class GenerationRequest:
    """One reply to generate. ``messages`` is the whole conversation so far; the
    engine trims the oldest turns (never the system prompt) to fit the context."""

    model_path: str
    messages: tuple[ChatMessage, ...]
    max_tokens: int = 512
    temperature: float = 0.7
    context_size: int = 2048
    n_threads: int = 0
    seed: int = -1
    chat_template: str | None = None
    """Overrides the GGUF's own template (Jinja, rendered sandboxed)."""
    prompt: str | None = None
    """A complete prompt, sent as is instead of ``messages`` (few-shot frames for base
    models, e.g. translation). Never trimmed: too long is an error."""
    stop: tuple[str, ...] = ()
    """Extra stop strings."""
    repeat_penalty: float = 1.1
    n_gpu_layers: int = 0
    """Layers to offload to a GPU; the engine uses 0 when its llama.cpp has no GPU backend."""


@dataclass(frozen=True)
class ModelLoaded:
    model: str
    load_ms: float
    cached: bool
    """True when the model was already in memory."""


@dataclass(frozen=True)
class PromptTrimmed:
    """The conversation did not fit: the oldest turns were dropped and/or the last
    message was cut. The user should be told."""

    dropped_messages: int
    truncated_chars: int
    prompt_tokens: int


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class Finished:
    model: str
    ttft_ms: float
    """Request accepted by the engine → first token, model load excluded."""
    tokens: int
    tokens_per_s: float
    """Generated tokens per second after the first token."""
    prompt_tokens: int
    finish_reason: str
    """"stop" (model ended), "length" (max tokens) or "cancelled"."""
    load_ms: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class SpeechSpec:
    """Which speech models the engine should use (paths from the registry)."""

    stt_path: str = ""
    tts_path: str = ""
    stt_threads: int = 0
    tts_threads: int = 0


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    duration_s: float
    """Length of the audio."""
    elapsed_ms: float
    """Time the transcription took."""
    segments: tuple[tuple[float, float, str], ...] = ()


@dataclass(frozen=True)
class SpeechChunk:
    """Audio for one sentence: mono int16 samples (a numpy array)."""

    samples: Any
    sample_rate: int
    text: str = ""


EngineEvent = Union[ModelLoaded, PromptTrimmed, Token, Finished]


class LanguageEngine(Protocol):
    """What the chat use case needs from whatever runs the model. The real one is
    ``engines.process.EngineProcess`` (a child process); tests use
    ``engines.fake.FakeEngine``."""

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        """Stream events for one reply. Ends with exactly one ``Finished``, or raises
        an ``AssistantError``. Setting ``cancel`` ends the stream promptly with
        ``Finished(finish_reason="cancelled")``."""
        ...

    def close(self) -> None: ...
