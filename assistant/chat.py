"""The chat use case: conversation in, streamed reply out, everything saved.

Plain Python generators so the Qt controller (on its worker thread), the CLI and
the tests all drive it the same way. Each operation yields frozen events; engine
failures become a ``ReplyFailed`` event (with the partial reply saved), so the
caller never loses what was already shown.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Union

from .config import Settings
from .engines.base import (
    ChatMessage,
    Finished,
    GenerationRequest,
    LanguageEngine,
    ModelLoaded,
    PromptTrimmed,
    Token,
)
from .errors import AssistantError, EngineError
from .models.options import effective_options
from .models.registry import ModelInfo, ModelRegistry
from .store import Conversation, HistoryStore, Message, clean_text

DEFAULT_TITLE = "New chat"
_TITLE_CHARS = 48
#: how often a streaming reply is written to disk (each write is a full fsync)
SAVE_EVERY_S = 1.0


@dataclass(frozen=True)
class ConversationChanged:
    conversation: Conversation


@dataclass(frozen=True)
class UserMessageSaved:
    message: Message


@dataclass(frozen=True)
class ReplyStarted:
    message: Message


@dataclass(frozen=True)
class ModelReady:
    model: str
    load_ms: float


@dataclass(frozen=True)
class ReplyDelta:
    message_id: int
    text: str


@dataclass(frozen=True)
class ContextTrimmed:
    message_id: int
    dropped_messages: int
    truncated_chars: int


@dataclass(frozen=True)
class ReplyFinished:
    message: Message
    stats: Finished


@dataclass(frozen=True)
class ReplyFailed:
    message: Message | None
    error: AssistantError


ChatEvent = Union[
    ConversationChanged, UserMessageSaved, ReplyStarted, ModelReady, ReplyDelta, ContextTrimmed, ReplyFinished, ReplyFailed
]


def title_from(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1].rstrip() + "…"


class ChatService:
    def __init__(
        self,
        *,
        store: HistoryStore,
        engine: LanguageEngine,
        settings: Callable[[], Settings],
        registry: ModelRegistry,
    ) -> None:
        self.store = store
        self.engine = engine
        self._settings = settings
        self.registry = registry

    # ---- public operations ---------------------------------------------
    def send(self, conversation_id: int, text: str, cancel: threading.Event) -> Iterator[ChatEvent]:
        if not text or not text.strip():
            return
        conv = self.store.get_conversation(conversation_id)
        user = self.store.add_message(conversation_id, "user", text)
        yield UserMessageSaved(user)
        if conv.title == DEFAULT_TITLE and conv.message_count == 0:
            conv = self.store.rename_conversation(conversation_id, title_from(text))
            yield ConversationChanged(conv)
        yield from self._reply(conversation_id, cancel)

    def regenerate(self, conversation_id: int, cancel: threading.Event) -> Iterator[ChatEvent]:
        """Replace everything after the last user message with a fresh reply."""
        msgs = self.store.messages(conversation_id)
        last_user = next((i for i in range(len(msgs) - 1, -1, -1) if msgs[i].role == "user"), None)
        if last_user is None:
            return
        if last_user + 1 < len(msgs):
            self.store.delete_messages_from(msgs[last_user + 1].id)
        yield from self._reply(conversation_id, cancel)

    def edit_and_resend(self, message_id: int, new_text: str, cancel: threading.Event) -> Iterator[ChatEvent]:
        """Edit a user message: it and every later message are replaced."""
        if not new_text or not new_text.strip():
            return
        old = self.store.get_message(message_id)
        if old.role != "user":
            raise ValueError("only user messages can be edited")
        self.store.delete_messages_from(message_id)
        user = self.store.add_message(old.conversation_id, "user", new_text)
        yield UserMessageSaved(user)
        yield from self._reply(old.conversation_id, cancel)

    def preload(self) -> Iterator[ChatEvent]:
        """Load the chat model now and warm its cache with the system prompt, so the
        first message of the session is answered as fast as the tenth."""
        preload = getattr(self.engine, "preload", None)
        if preload is None:
            return
        settings = self._settings()
        model = self.model()
        opts = effective_options(settings, model.path, gpu_available=True)  # the engine knows if it has a GPU
        warm = (ChatMessage("system", opts.system_prompt),) if opts.system_prompt.strip() else ()
        loaded = preload(
            model_path=model.path, context_size=opts.context_length, n_threads=opts.n_threads,
            chat_template=opts.chat_template, warm=warm, n_gpu_layers=opts.gpu_layers,
        )
        yield ModelReady(model.name, loaded.load_ms)

    def prepare(self, conversation_id: int | None, text: str) -> None:
        """Have the model read the question ``text`` (not saved, not sent) after the
        conversation's history now, so that ``send`` of the same text answers at once:
        a spoken question is read while the push-to-talk key is still held."""
        prefill = getattr(self.engine, "prefill", None)
        if prefill is None or not text.strip():
            return
        history = self.store.messages(conversation_id) if conversation_id is not None else []
        request = self.request_for(history, self._settings(), self.model())
        # exactly what send() will ask: the history, then the question as stored
        question = ChatMessage("user", clean_text(text))
        prefill(replace(request, messages=request.messages + (question,)))

    # ---- the reply ---------------------------------------------------------
    def model(self) -> ModelInfo:
        return self.registry.resolve_llm(self._settings().chat_model)

    def request_for(self, history: list[Message], settings: Settings, model: ModelInfo) -> GenerationRequest:
        """The request for this model: its own context, threads, template and system
        prompt where the user set them (Models → Options), the app-wide ones otherwise."""
        opts = effective_options(settings, model.path, gpu_available=True)  # the engine knows if it has a GPU
        messages: list[ChatMessage] = []
        if opts.system_prompt.strip():
            messages.append(ChatMessage("system", opts.system_prompt))
        for m in history:
            if m.role in ("user", "assistant") and (m.content or m.role == "user"):
                messages.append(ChatMessage(m.role, m.content))
        return GenerationRequest(
            model_path=model.path,
            messages=tuple(messages),
            max_tokens=settings.max_tokens,
            temperature=settings.temperature,
            context_size=opts.context_length,
            n_threads=opts.n_threads,
            chat_template=opts.chat_template,
            n_gpu_layers=opts.gpu_layers,
        )

    def _reply(self, conversation_id: int, cancel: threading.Event) -> Iterator[ChatEvent]:
        settings = self._settings()
        history = self.store.messages(conversation_id)
        try:
            model = self.model()
        except AssistantError as exc:
            yield ReplyFailed(None, exc)
            return
        request = self.request_for(history, settings, model)
        reply = self.store.add_message(conversation_id, "assistant", "", status="streaming", meta={"model": model.name})
        yield ReplyStarted(reply)
        parts: list[str] = []
        stats: Finished | None = None
        trimmed: dict[str, int] | None = None
        last_save = time.monotonic()
        try:
            for ev in self.engine.generate(request, cancel):
                if isinstance(ev, Token):
                    parts.append(ev.text)
                    yield ReplyDelta(reply.id, ev.text)
                    if time.monotonic() - last_save > SAVE_EVERY_S:
                        # a crash of the whole app keeps what was already shown
                        self.store.update_message(reply.id, content="".join(parts))
                        last_save = time.monotonic()
                elif isinstance(ev, ModelLoaded):
                    yield ModelReady(model.name, ev.load_ms)
                elif isinstance(ev, PromptTrimmed):
                    trimmed = {"dropped_messages": ev.dropped_messages, "truncated_chars": ev.truncated_chars}
                    yield ContextTrimmed(reply.id, ev.dropped_messages, ev.truncated_chars)
                elif isinstance(ev, Finished):
                    stats = ev
        except AssistantError as exc:
            saved = self.store.update_message(reply.id, content="".join(parts), status="error", meta={"error": str(exc)})
            yield ReplyFailed(saved, exc)
            return
        except Exception as exc:  # a bug must not lose the partial reply either
            err = EngineError(f"{type(exc).__name__}: {exc}")
            saved = self.store.update_message(reply.id, content="".join(parts), status="error", meta={"error": str(err)})
            yield ReplyFailed(saved, err)
            return
        assert stats is not None
        interrupted = stats.finish_reason == "cancelled" or cancel.is_set()
        final = self.store.update_message(
            reply.id,
            content="".join(parts).strip() if not interrupted else "".join(parts),
            status="interrupted" if interrupted else "ok",
            meta={
                "model": model.name,
                "ttft_ms": round(stats.ttft_ms, 1),
                "tokens": stats.tokens,
                "tokens_per_s": round(stats.tokens_per_s, 2),
                "finish_reason": "cancelled" if interrupted else stats.finish_reason,
                **({"context_trimmed": trimmed} if trimmed else {}),
            },
        )
        yield ReplyFinished(final, stats)
