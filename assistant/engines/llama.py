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
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

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

# A chat template is a program that comes with the model file. Jinja's sandbox keeps
# it away from the system; these limits keep it from hanging the engine or eating its
# memory (each was a hang or a multi-gigabyte allocation before; see
# tests/core/test_template_sandbox.py).
MAX_TEMPLATE_CHARS = 256 * 1024  # real templates are 1-20 KB; compiling 100 KB takes ~1 s
RENDER_BUDGET_S = 2.0  # rendering a real template takes about a millisecond
RENDER_MEMORY_BYTES = 512 * 1024 * 1024
MAX_TEMPLATE_TEXT = 1_000_000  # characters a template may add to the conversation's own text

_T = TypeVar("_T")


class _TemplateLimit(BaseException):
    """Not an Exception, so no ``except Exception`` inside Jinja can swallow it."""


_FORMAT_WIDTHS = (re.compile(r"%[-+ #0]*(\d+)|%[-+ #0]*\.(\d+)"), re.compile(r"\{[^{}]*?:[^{}]*?(\d+)(?:\.(\d+))?[^{}]*\}"))


def _check_template_values(*values: Any, fmt: str | None = None) -> None:
    """Refuse numbers and format widths that would build an impossibly long text."""
    from jinja2.exceptions import SecurityError

    for v in values:
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_TEMPLATE_TEXT:
            raise SecurityError("the chat template builds an impossibly long text")
    if fmt is not None:
        for pattern in _FORMAT_WIDTHS:
            for a, b in pattern.findall(fmt):
                if int(a or 0) > MAX_TEMPLATE_TEXT or int(b or 0) > MAX_TEMPLATE_TEXT:
                    raise SecurityError("the chat template builds an impossibly long text")


def _guarded_filter(fn: Any, name: str) -> Any:
    """The filter as a context filter: Jinja evaluates filters with constant arguments
    while *compiling* (even with optimized=False, for output), where no budget
    applies; it never does so for context filters. Size arguments are checked too."""
    from jinja2 import pass_context

    kind = getattr(getattr(fn, "jinja_pass_arg", None), "name", None)

    @pass_context
    def guarded(ctx: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_template_values(*args, *kwargs.values(), fmt=value if name == "format" and isinstance(value, str) else None)
        if kind == "context":
            return fn(ctx, value, *args, **kwargs)
        if kind == "eval_context":
            return fn(ctx.eval_ctx, value, *args, **kwargs)
        if kind == "environment":
            return fn(ctx.environment, value, *args, **kwargs)
        return fn(value, *args, **kwargs)

    return guarded


def _template_env_class() -> type:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        """llama-cpp-python's sandbox, with size checks on ``*``, ``**``, ``%``,
        ``str.format`` and filter arguments (nothing is folded at compile time)."""

        intercepted_binops = frozenset({"*", "**", "%"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int) and abs(right) > 1024:
                _check_template_values(MAX_TEMPLATE_TEXT + 1)
            if operator == "%" and isinstance(left, str):
                _check_template_values(fmt=left)
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                        _check_template_values(len(seq) * n)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
            method = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
            owner = getattr(method, "__self__", None)
            if isinstance(owner, str) and getattr(method, "__name__", "") in ("format", "format_map"):
                _check_template_values(fmt=owner)
            return super().call(__context, __obj, *args, **kwargs)

    return Sandbox


def _make_formatter(template: str, *, eos: str, bos: str) -> Any:
    """llama-cpp-python's Jinja2ChatFormatter (its render call, extensions and filters)
    with the template compiled in our stricter sandbox."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    if len(template) > MAX_TEMPLATE_CHARS:
        raise InvalidModelError(
            f"The model's chat template is {len(template) // 1024} KB; real ones are a few KB, so Parley does not run it."
        )
    fmt = Jinja2ChatFormatter(template="", eos_token=eos, bos_token=bos, add_generation_prompt=True)
    lib_env = fmt._environment.environment
    env = _template_env_class()(
        loader=lib_env.loader, trim_blocks=lib_env.trim_blocks, lstrip_blocks=lib_env.lstrip_blocks,
        extensions=[type(e) for e in lib_env.extensions.values()],
        optimized=False,  # no constant folding at compile time, where no budget applies
    )
    # the library's filters (tojson as Transformers renders it), all run at render time
    env.filters = {name: _guarded_filter(f, name) for name, f in lib_env.filters.items()}
    fmt.template = template
    fmt._environment = env.from_string(template)
    return fmt


class _NoLibraryTemplates:
    """While ``Llama()`` loads, it compiles every chat template in the GGUF in its own
    sandbox, which folds constant expressions at compile time: ``'x' * 3000000000``
    became 3 GB and ``7 ** 7777777777`` never ends, during the load, outside any
    limit. We render with our own formatter and never use its handlers, so for the
    load its formatter is replaced by this stand-in."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> None:
        return None


def _within_budget(fn: Callable[[], _T]) -> _T:
    """Run a template render with a time and memory budget. The checks run on every
    line the compiled template executes (sys.settrace, this thread only), so a loop
    that never ends is stopped; the engine process is the backstop for the rest."""
    try:
        import resource
    except ImportError:  # Windows: the time budget only
        resource = None  # type: ignore[assignment]

    def peak_rss() -> int:  # ru_maxrss: bytes on macOS, KiB elsewhere
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024) if resource else 0

    deadline = time.monotonic() + RENDER_BUDGET_S
    start_rss = peak_rss()
    events = 0

    def check(frame: Any, event: str, arg: Any) -> Any:
        nonlocal events
        events += 1
        if events % 16 == 0:
            if time.monotonic() > deadline:
                raise _TemplateLimit(f"was still running after {RENDER_BUDGET_S:.0f} s")
            if peak_rss() - start_rss > RENDER_MEMORY_BYTES:
                raise _TemplateLimit(f"used more than {RENDER_MEMORY_BYTES >> 20} MB of memory")
        # line events only inside the compiled template, where its loops run
        return check if frame.f_code.co_filename == "<template>" else None

    previous = sys.gettrace()
    sys.settrace(check)
    try:
        return fn()
    finally:
        sys.settrace(previous)


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
        self.llm = llm
        self.path = path
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.has_template = template is not None
        eos = llm.detokenize([llm.token_eos()], special=True).decode("utf-8", "replace") if llm.token_eos() >= 0 else ""
        bos = llm.detokenize([llm.token_bos()], special=True).decode("utf-8", "replace") if llm.token_bos() >= 0 else ""
        try:
            self._formatter = _make_formatter(template or FALLBACK_TEMPLATE, eos=eos, bos=bos)
        except InvalidModelError:
            raise
        except Exception as exc:  # a broken or hostile template is refused, never executed
            raise InvalidModelError(f"The model's chat template could not be read: {exc}") from exc
        self._bos_text = bos
        wants = str(llm.metadata.get("tokenizer.ggml.add_bos_token", "")).lower()
        self._wants_bos = wants == "true" if wants else not self.has_template
        #: (system prompt, role, text) of the first turn kept when a conversation was
        #: last trimmed; see ``fit``
        self._window_start: tuple[str, str, str] | None = None

    @classmethod
    def load(
        cls, path: str | Path, *, n_ctx: int, n_threads: int, chat_template: str | None = None, n_gpu_layers: int = 0
    ) -> LlamaChatModel:
        info = read_gguf(path)  # refuse what we can recognise as broken before llama.cpp sees it
        # on a failed GGML_ASSERT, ggml would attach gdb to print a backtrace to stdout
        # (the user's terminal) and take seconds doing it; the abort is reported anyway
        os.environ.setdefault("GGML_NO_BACKTRACE", "1")
        template = chat_template or info.chat_template
        templates = [v for k, v in info.metadata.items() if k.startswith("tokenizer.chat_template") and isinstance(v, str)]
        if max(map(len, [*templates, template or ""])) > MAX_TEMPLATE_CHARS:
            raise InvalidModelError(
                f"{info.path.name} carries a chat template of more than {MAX_TEMPLATE_CHARS // 1024} KB; "
                "real ones are a few KB, so Parley does not run it."
            )
        try:
            import llama_cpp.llama_chat_format as chat_format
            from llama_cpp import Llama, llama_supports_gpu_offload

            library_formatter = chat_format.Jinja2ChatFormatter
            chat_format.Jinja2ChatFormatter = _NoLibraryTemplates  # type: ignore[assignment,misc]
            try:
                llm = Llama(
                    model_path=str(info.path),
                    n_ctx=n_ctx,
                    n_threads=n_threads or default_threads(),
                    n_threads_batch=n_threads or default_threads(),
                    n_gpu_layers=n_gpu_layers if n_gpu_layers and llama_supports_gpu_offload() else 0,
                    # sliding-window layers (Gemma 3) keep only their window, not the whole
                    # context: 15 MB less for the translation model, same output
                    swa_full=False,
                    verbose=False,
                )
            finally:
                chat_format.Jinja2ChatFormatter = library_formatter  # type: ignore[misc]
        except ValueError as exc:
            raise InvalidModelError(f"llama.cpp could not load {info.path.name}: {exc}") from exc
        except Exception as exc:
            raise EngineError(f"Loading {info.path.name} failed: {exc}") from exc
        return cls(llm, info.path, n_ctx=n_ctx, n_threads=n_threads, template=template)

    def close(self) -> None:
        llm, self.llm = self.llm, None
        if llm is not None:
            llm.close()

    # ---- prompt ------------------------------------------------------------
    def _render(self, messages: list[ChatMessage]) -> _Rendered:
        plain = [{"role": m.role, "content": m.content} for m in messages]
        try:
            result = _within_budget(lambda: self._formatter(messages=plain))
        except _TemplateLimit as exc:
            raise EngineError(f"The model's chat template {exc}, so Parley stopped it. Choose another model.") from exc
        except RecursionError as exc:
            raise EngineError("The model's chat template calls itself without end, so Parley stopped it.") from exc
        except Exception as exc:
            raise EngineError(f"The chat template failed to render this conversation: {exc}") from exc
        if len(result.prompt) > 2 * sum(len(m.content) for m in messages) + MAX_TEMPLATE_TEXT:
            raise EngineError(
                f"The model's chat template turned this conversation into {len(result.prompt):,} characters, "
                "far more than it holds, so Parley stopped it. Choose another model."
            )
        stop = [s for s in ([result.stop] if isinstance(result.stop, str) else (result.stop or [])) if s]
        if not self.has_template:
            stop += FALLBACK_STOP
        # BOS as the model asks for it (Gemma needs it; SmolLM2 says no), unless the
        # template already wrote it
        add_bos = self._wants_bos and not (self._bos_text and result.prompt.startswith(self._bos_text))
        try:
            tokens = self.llm.tokenize(result.prompt.encode("utf-8", "replace"), add_bos=add_bos, special=True)
        except (ValueError, MemoryError, RuntimeError) as exc:  # e.g. a damaged model's absurd context size
            raise EngineError(f"{self.path.name} could not turn this conversation into tokens: {exc}") from exc
        return _Rendered(tokens=tokens, stop=stop)

    def fit(self, messages: tuple[ChatMessage, ...], max_tokens: int) -> tuple[_Rendered, PromptTrimmed | None]:
        """Trim the conversation so prompt + reply fit the context.

        Oldest turns go first (the system prompt stays). When trimming is needed we
        drop down to three quarters of the budget, not just under it, and the next
        turns start where that trimmed prompt started for as long as they fit: the
        prompt then keeps its prefix and llama.cpp re-reads only the new turn. (The
        whole conversation comes in every time, so without remembering the start,
        each turn past the limit dropped one more old turn, shifted the prompt and
        was re-read in full: 1,500 tokens a turn.) If the last message alone is too
        long, its middle is cut.
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
        prompt = system[0].content if system else ""
        start = next(
            (i for i, m in enumerate(rest[:-1]) if self._window_start == (prompt, m.role, m.content)), 0
        )
        if start:
            rest, dropped = rest[start:], start
            rendered = self._render(system + rest)
        target = int(budget * 0.75)
        if len(rendered.tokens) > budget:
            # jump close to the target at once, from each message's own token count,
            # then drop turn by turn: rendering after every single drop was quadratic
            # (4.3 s to trim a 400-message conversation on 2 cores)
            skip = self._drop_estimate(rest, len(rendered.tokens), len(msgs), target)
            if skip:
                rest, dropped = rest[skip:], dropped + skip
                rendered = self._render(system + rest)
            while len(rest) > 1 and len(rendered.tokens) > target:
                # drop a whole turn (user + its answer) when possible
                n = 2 if len(rest) > 2 and rest[0].role == "user" and rest[1].role == "assistant" else 1
                rest = rest[n:]
                dropped += n
                rendered = self._render(system + rest)
        self._window_start = (prompt, rest[0].role, rest[0].content) if dropped else None
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

    def _drop_estimate(self, rest: list[ChatMessage], total: int, count: int, target: int) -> int:
        """How many of the oldest messages to drop so that about ``target`` tokens
        remain; a little too few rather than too many (the caller then drops turn
        by turn), and the kept part starts with a user message."""
        if len(rest) < 3:
            return 0
        try:
            sizes = [len(self.llm.tokenize(m.content.encode("utf-8", "replace"), add_bos=False)) for m in rest]
        except (ValueError, MemoryError, RuntimeError):  # a damaged model: drop turn by turn
            return 0
        overhead = max(0.0, (total - sum(sizes)) / count)
        sizes.pop()  # the last message is always kept
        skip, left = 0, float(total)
        while skip < len(sizes) and left - (sizes[skip] + overhead) > target:
            left -= sizes[skip] + overhead
            skip += 1
        while skip > 0 and rest[skip].role != "user":
            skip -= 1
        return skip

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

    def prefill(self, request: GenerationRequest) -> int:
        """Read the prompt of ``request`` into llama.cpp's cache now (the question of
        a push-to-talk turn, while the key is still held), reusing what the cache
        already holds, so that ``generate`` with the same request samples its first
        token at once. Returns how many tokens were read."""
        if request.prompt is not None:
            return 0
        rendered, _ = self.fit(request.messages, request.max_tokens)
        tokens = list(rendered.tokens)
        if not tokens or len(tokens) + 1 >= self.n_ctx:
            return 0
        llm = self.llm
        keep = llm.longest_token_prefix(llm._input_ids.tolist(), tokens)
        if keep == len(tokens) == llm.n_tokens and not getattr(llm, "_requires_eval", False):
            return 0  # already read
        keep = min(keep, len(tokens) - 1)  # as generate: the last token is read again for its logits
        if keep > 0 and llm._ctx.kv_cache_seq_rm(-1, keep, -1):
            llm.n_tokens = keep
        else:
            llm.reset()
        rest = tokens[llm.n_tokens:]
        llm.eval(rest)
        return len(rest)

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
        if not rendered.tokens:  # llama-cpp-python asserts on an empty prompt
            raise EngineError(
                "The prompt is empty: " + ("there is no text to continue." if request.prompt is not None
                                           else "the model's chat template turned this conversation into nothing.")
            )
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
        except Exception as exc:  # a library failure, in our words (a damaged model can cause them)
            raise EngineError(f"llama.cpp failed while answering with {self.path.name}: {type(exc).__name__}: {exc}") from exc
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
