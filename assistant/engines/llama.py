"""llama-cpp-python adapter: loads a GGUF and streams one chat reply at a time.

Runs inside the engine process only (see ``process.py``). The prompt is rendered
here, from the GGUF's own chat template in llama-cpp-python's sandboxed Jinja
environment, or from a plain fallback frame for models without one (base models
such as the embedded Gemma). Rendering ourselves lets us count tokens and trim
the conversation to the context before llama.cpp ever sees it, and keep the
prompt prefix stable between turns so llama.cpp reuses its KV cache.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContextOverflowError, EngineError, InvalidModelError
from ..models.gguf import read_gguf
from .base import ChatMessage, EngineEvent, Finished, GenerationRequest, PromptTrimmed, Token

#: for models without a chat template (base models): a transcript frame with one
#: example turn, so a base model sees the pattern it must continue. Chosen by
#: trying four frames on the embedded Gemma 270M base model (plain User/Assistant,
#: Question/Answer, each with and without an example): this one answered all four
#: probe questions sensibly; the plain frame echoed or rambled.
FALLBACK_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{{ messages[0]['content'] }}\n"
    "{% endif %}Below is a conversation between a user and a helpful assistant.\n\n"
    "User: How many legs does a spider have?\nAssistant: A spider has eight legs.\n\n"
    "{% for m in messages %}"
    "{% if m['role'] == 'user' %}User: {{ m['content'] }}\n"
    "{% elif m['role'] == 'assistant' %}Assistant: {{ m['content'] }}\n\n{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}Assistant:{% endif %}"
)
FALLBACK_STOP = ["\nUser:", "\n\nUser:", "\nAssistant:"]

TRUNCATION_MARK = "\n[… the rest of this message was cut to fit the model's context …]"


def default_threads() -> int:
    """One thread per physical core is llama.cpp's sweet spot; we only know logical
    CPUs portably, so take half of them (at least one)."""
    n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 2)
    return max(1, n // 2) if n > 2 else n


@dataclass(frozen=True)
class _Rendered:
    tokens: list[int]
    stop: list[str]


class LlamaChatModel:
    def __init__(self, llm, path: Path, *, n_ctx: int, n_threads: int, template: str | None) -> None:  # type: ignore[no-untyped-def]
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.llm = llm
        self.path = path
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.has_template = template is not None
        eos = llm.detokenize([llm.token_eos()], special=True).decode("utf-8", "replace") if llm.token_eos() >= 0 else ""
        bos = llm.detokenize([llm.token_bos()], special=True).decode("utf-8", "replace") if llm.token_bos() >= 0 else ""
        try:
            self._formatter = Jinja2ChatFormatter(
                template=template or FALLBACK_TEMPLATE, eos_token=eos, bos_token=bos, add_generation_prompt=True
            )
        except Exception as exc:  # a broken or hostile template is refused, never executed
            raise InvalidModelError(f"The model's chat template could not be read: {exc}") from exc
        self._bos_text = bos
        wants = str(llm.metadata.get("tokenizer.ggml.add_bos_token", "")).lower()
        self._wants_bos = wants == "true" if wants else not self.has_template

    @classmethod
    def load(cls, path: str | Path, *, n_ctx: int, n_threads: int, chat_template: str | None = None) -> LlamaChatModel:
        info = read_gguf(path)  # refuse what we can recognise as broken before llama.cpp sees it
        try:
            from llama_cpp import Llama

            llm = Llama(
                model_path=str(info.path),
                n_ctx=n_ctx,
                n_threads=n_threads or default_threads(),
                n_threads_batch=n_threads or default_threads(),
                verbose=False,
            )
        except ValueError as exc:
            raise InvalidModelError(f"llama.cpp could not load {info.path.name}: {exc}") from exc
        except Exception as exc:
            raise EngineError(f"Loading {info.path.name} failed: {exc}") from exc
        template = chat_template or info.chat_template
        return cls(llm, info.path, n_ctx=n_ctx, n_threads=n_threads, template=template)

    def close(self) -> None:
        llm, self.llm = self.llm, None
        if llm is not None:
            llm.close()

    # ---- prompt ------------------------------------------------------------
    def _render(self, messages: list[ChatMessage]) -> _Rendered:
        try:
            result = self._formatter(messages=[{"role": m.role, "content": m.content} for m in messages])  # type: ignore[misc]
        except Exception as exc:
            raise EngineError(f"The chat template failed to render this conversation: {exc}") from exc
        stop = [s for s in ([result.stop] if isinstance(result.stop, str) else (result.stop or [])) if s]
        if not self.has_template:
            stop += FALLBACK_STOP
        # BOS as the model asks for it (Gemma needs it; SmolLM2 says no), unless the
        # template already wrote it
        add_bos = self._wants_bos and not (self._bos_text and result.prompt.startswith(self._bos_text))
        tokens = self.llm.tokenize(result.prompt.encode("utf-8", "replace"), add_bos=add_bos, special=True)
        return _Rendered(tokens=tokens, stop=stop)

    def fit(self, messages: tuple[ChatMessage, ...], max_tokens: int) -> tuple[_Rendered, PromptTrimmed | None]:
        """Trim the conversation so prompt + reply fit the context.

        Oldest turns go first (the system prompt stays). When trimming is needed we
        drop down to three quarters of the budget, not just under it, so the next
        few turns keep the same prefix and llama.cpp keeps reusing its cache. If the
        last message alone is too long, its middle is cut.
        """
        reply_budget = max(16, min(max_tokens, self.n_ctx // 2))
        budget = self.n_ctx - reply_budget
        msgs = list(messages)
        rendered = self._render(msgs)
        if len(rendered.tokens) <= budget:
            return rendered, None
        system = [m for m in msgs if m.role == "system"][:1]
        rest = [m for m in msgs if m.role != "system"]
        dropped = 0
        target = int(budget * 0.75)
        while len(rest) > 1 and len(rendered.tokens) > target:
            # drop a whole turn (user + its answer) when possible
            n = 2 if len(rest) > 2 and rest[0].role == "user" and rest[1].role == "assistant" else 1
            rest = rest[n:]
            dropped += n
            rendered = self._render(system + rest)
        truncated = 0
        if len(rendered.tokens) > budget:
            last = rest[-1]
            text = last.content
            # shrink by the token overshoot (chars per token measured on this text), then adjust
            for _ in range(12):
                over = len(rendered.tokens) - budget
                if over <= 0:
                    break
                ratio = max(len(text), 1) / max(len(self.llm.tokenize(text.encode("utf-8", "replace"), add_bos=False)), 1)
                keep = max(0, len(text) - int((over + 32) * ratio * 1.1))
                head = keep * 2 // 3
                tail = keep - head
                text = text[:head] + TRUNCATION_MARK + (text[len(text) - tail :] if tail else "")
                truncated = len(last.content) - (head + tail)
                rendered = self._render(system + rest[:-1] + [ChatMessage(last.role, text)])
            if len(rendered.tokens) > budget:
                if system:  # the system prompt itself is too long for this context
                    raise ContextOverflowError(
                        "The system prompt alone does not fit this model's context. Shorten it or raise the context size in Settings."
                    )
                raise ContextOverflowError("This message does not fit the model's context even when shortened.")
        return rendered, PromptTrimmed(dropped_messages=dropped, truncated_chars=truncated, prompt_tokens=len(rendered.tokens))

    def warm(self, messages: tuple[ChatMessage, ...]) -> int:
        """Evaluate the start of a conversation (the system prompt) now, so the first
        real turn finds it in llama.cpp's cache and only reads the new words."""
        if not messages:
            return 0
        tokens = self._render(list(messages)).tokens
        if len(tokens) >= self.n_ctx:
            return 0
        self.llm.reset()
        self.llm.eval(tokens)
        return len(tokens)

    # ---- generation ----------------------------------------------------------
    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        start = time.perf_counter()
        if request.prompt is not None:
            tokens = self.llm.tokenize(request.prompt.encode("utf-8", "replace"), add_bos=self._wants_bos, special=False)
            if len(tokens) + 1 >= self.n_ctx:
                raise ContextOverflowError(f"The text is too long for this model's context ({len(tokens)} tokens).")
            rendered = _Rendered(tokens=tokens, stop=[])
        else:
            rendered, trimmed = self.fit(request.messages, request.max_tokens)
            if trimmed is not None:
                yield trimmed
        stops = rendered.stop + [s for s in request.stop if s]
        max_new = max(1, min(request.max_tokens, self.n_ctx - len(rendered.tokens)))
        first = None
        n = 0
        reason = "stop"
        try:
            stream = self.llm.create_completion(
                rendered.tokens,
                max_tokens=max_new,
                temperature=request.temperature,
                top_p=0.95,
                top_k=40,
                repeat_penalty=request.repeat_penalty,
                stop=stops,
                seed=request.seed if request.seed >= 0 else None,
                stream=True,
            )
            for chunk in stream:
                choice = chunk["choices"][0]
                text = choice.get("text") or ""
                if first is None:  # replies start at their first visible character
                    text = text.lstrip()
                if text:
                    if first is None:
                        first = time.perf_counter()
                    n += 1
                    yield Token(text)
                if choice.get("finish_reason"):
                    reason = "length" if choice["finish_reason"] == "length" else "stop"
                if cancel.is_set():
                    reason = "cancelled"
                    stream.close()
                    break
        except ValueError as exc:
            raise ContextOverflowError(str(exc)) from exc
        end = time.perf_counter()
        gen_s = end - (first or end)
        yield Finished(
            model=self.path.name,
            ttft_ms=((first or end) - start) * 1000.0,
            tokens=n,
            tokens_per_s=(n - 1) / gen_s if n > 1 and gen_s > 0 else 0.0,
            prompt_tokens=len(rendered.tokens),
            finish_reason=reason,
        )
