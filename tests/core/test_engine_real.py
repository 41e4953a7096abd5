"""The real engine process with the real embedded SmolLM2 model (runs in CI)."""

import os
import signal
import threading
import time

import pytest

from assistant.config import Settings
from assistant.engines.base import ChatMessage, Finished, GenerationRequest, ModelLoaded, PromptTrimmed, Token
from assistant.engines.process import EngineProcess
from assistant.errors import ContextOverflowError, EngineCrashedError, InvalidModelError
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def smol(tmp_path_factory):
    return ModelRegistry(AppPaths.under(tmp_path_factory.mktemp("r")), Settings).resolve_llm("").path


@pytest.fixture(scope="module")
def engine():
    e = EngineProcess()
    yield e
    e.close()


def req(path, text, **kw):
    kw.setdefault("max_tokens", 40)
    kw.setdefault("temperature", 0.0)
    return GenerationRequest(model_path=path, messages=(ChatMessage("user", text),), **kw)


def collect(engine, request, cancel=None):
    return list(engine.generate(request, cancel or threading.Event()))


def test_streams_a_real_answer(engine, smol):
    events = collect(engine, req(smol, "What is the capital of France?"))
    assert isinstance(events[0], ModelLoaded)
    tokens = [e.text for e in events if isinstance(e, Token)]
    fin = events[-1]
    assert isinstance(fin, Finished) and fin.finish_reason in ("stop", "length")
    assert len(tokens) >= 3 and fin.tokens == len(tokens)
    assert "Paris" in "".join(tokens)
    assert fin.ttft_ms > 0 and fin.tokens_per_s > 1
    assert engine.pid is not None and engine.pid != os.getpid()


def test_second_request_reuses_loaded_model(engine, smol):
    collect(engine, req(smol, "Say hi."))
    events = collect(engine, req(smol, "Say hello."))
    assert events[0].cached is True


def test_cancel_mid_stream_is_prompt(engine, smol):
    cancel = threading.Event()
    n = 0
    t_cancel = None
    for ev in engine.generate(req(smol, "Write a long story about a dragon.", max_tokens=400, temperature=0.7), cancel):
        if isinstance(ev, Token):
            n += 1
            if n == 5:
                cancel.set()
                t_cancel = time.perf_counter()
        if isinstance(ev, Finished):
            done = time.perf_counter()
            assert ev.finish_reason == "cancelled"
    assert n < 30
    assert done - t_cancel < 1.0  # measured ~20 ms; the bound only catches a hang
    assert collect(engine, req(smol, "Say yes."))[-1].tokens > 0  # still usable


def test_long_paste_is_trimmed_to_fit(engine, smol):
    text = ("The quick brown fox jumps over the lazy dog. " * 4500)[:200_000]
    events = collect(engine, req(smol, text + "\nSummarise.", context_size=1024, max_tokens=16))
    trimmed = [e for e in events if isinstance(e, PromptTrimmed)]
    assert trimmed and trimmed[0].truncated_chars > 150_000 and trimmed[0].prompt_tokens <= 1024 - 16
    assert isinstance(events[-1], Finished)


def test_long_conversation_drops_oldest_turns_keeps_system(engine, smol):
    msgs = [ChatMessage("system", "You are terse.")]
    for i in range(60):
        msgs += [ChatMessage("user", f"Tell me fact number {i} about the sea."), ChatMessage("assistant", f"Fact {i}: the sea is big and salty and deep.")]
    msgs.append(ChatMessage("user", "And one more?"))
    r = GenerationRequest(model_path=smol, messages=tuple(msgs), max_tokens=16, temperature=0, context_size=512)
    events = collect(engine, r)
    t = [e for e in events if isinstance(e, PromptTrimmed)][0]
    assert t.dropped_messages >= 60 and t.dropped_messages % 2 == 0 and t.truncated_chars == 0
    assert t.prompt_tokens <= 512 - 16


def test_system_prompt_too_long_is_a_clear_error(engine, smol):
    r = GenerationRequest(
        model_path=smol, messages=(ChatMessage("system", "word " * 2000), ChatMessage("user", "hi")), max_tokens=8, context_size=512
    )
    with pytest.raises(ContextOverflowError, match="system prompt"):
        collect(engine, r)


@pytest.mark.parametrize("content", [b"", b"not a model at all" * 10, None])
def test_bad_model_files_are_refused_and_engine_survives(engine, smol, tmp_path, content):
    p = tmp_path / "bad.gguf"
    if content is None:
        p.write_bytes(open(smol, "rb").read(3_000_000))  # truncated inside the tensors
    else:
        p.write_bytes(content)
    with pytest.raises((InvalidModelError, EngineCrashedError)):
        collect(engine, req(str(p), "hi"))
    assert collect(engine, req(smol, "Say yes."))[-1].tokens > 0


def test_missing_model_file(engine, tmp_path, smol):
    from assistant.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError):
        collect(engine, req(str(tmp_path / "gone.gguf"), "hi"))


def test_killed_mid_answer_then_recovers(engine, smol):
    got = 0
    with pytest.raises(EngineCrashedError, match="SIGKILL"):
        for ev in engine.generate(req(smol, "Count from one to one hundred in words.", max_tokens=300), threading.Event()):
            if isinstance(ev, Token):
                got += 1
                if got == 3:
                    os.kill(engine.pid, signal.SIGKILL)
    events = collect(engine, req(smol, "What is the capital of France?"))
    assert events[0].cached is False and "Paris" in "".join(e.text for e in events if isinstance(e, Token))


def test_native_abort_in_engine_is_survived(engine, smol):
    collect(engine, req(smol, "hi", max_tokens=2))
    os.kill(engine.pid, signal.SIGABRT)  # what a GGML_ASSERT does
    with pytest.raises(EngineCrashedError, match="SIGABRT"):
        collect(engine, req(smol, "hi", max_tokens=2))
    assert collect(engine, req(smol, "Say yes."))[-1].tokens > 0


def test_base_model_without_template_chats_through_the_fallback_frame(engine, tmp_path):
    from assistant.models.gguf import read_gguf

    gemma = ModelRegistry(AppPaths.under(tmp_path), Settings).resolve_llm("gemma-3-270m").path
    assert read_gguf(gemma).chat_template is None
    events = collect(engine, req(gemma, "What is the capital of France?", context_size=512))
    reply = "".join(e.text for e in events if isinstance(e, Token))
    assert "Paris" in reply and "User:" not in reply


def test_warm_system_prompt_makes_the_first_turn_fast(smol):
    system = ChatMessage("system", "You are a careful assistant. " + "Follow the house rules. " * 60)
    ask = GenerationRequest(
        model_path=smol, messages=(system, ChatMessage("user", "Say hi.")), max_tokens=4, temperature=0
    )
    ttft = {}
    for warm in (False, True):
        e = EngineProcess()
        try:
            e.preload(model_path=smol, context_size=2048, n_threads=0, warm=(system,) if warm else ())
            ttft[warm] = collect(e, ask)[-1].ttft_ms
        finally:
            e.close()
    assert ttft[True] < 0.5 * ttft[False], ttft


def _stopped_then(engine, smol, sig):
    """Freeze the engine, send a request into its pipe, then end it with ``sig``
    before it could read the request: the situation of a request made a moment
    after the system killed the engine. Returns (events or exception, old pid)."""
    collect(engine, req(smol, "hi", max_tokens=2))
    pid = engine.pid
    os.kill(pid, signal.SIGSTOP)
    box = {}

    def work():
        try:
            box["events"] = collect(engine, req(smol, "What is the capital of France?"))
        except Exception as exc:  # noqa: BLE001 - judged by the caller
            box["exc"] = exc

    th = threading.Thread(target=work, daemon=True)
    th.start()
    time.sleep(0.5)  # the request is in the frozen engine's pipe now
    os.kill(pid, sig)
    os.kill(pid, signal.SIGCONT)
    th.join(60)
    assert not th.is_alive()
    return box.get("events", box.get("exc")), pid


def test_request_to_an_engine_killed_from_outside_is_sent_again(engine, smol):
    result, old_pid = _stopped_then(engine, smol, signal.SIGKILL)
    assert isinstance(result, list), result  # answered by a fresh engine, not an error
    assert "Paris" in "".join(e.text for e in result if isinstance(e, Token))
    assert engine.pid is not None and engine.pid != old_pid


def test_engine_that_aborts_itself_is_reported_not_retried(engine, smol):
    result, old_pid = _stopped_then(engine, smol, signal.SIGABRT)
    assert isinstance(result, EngineCrashedError) and "SIGABRT" in str(result)
    assert collect(engine, req(smol, "Say yes."))[-1].tokens > 0


def test_a_question_read_ahead_is_answered_at_once_and_the_same(engine, smol):
    """``prefill`` (the question read while the push-to-talk key is held) leaves the
    cache so that the answer samples its first token at once, and the answer is the
    one the model gives without it."""
    history = (ChatMessage("system", "You are a helpful assistant. " * 20), ChatMessage("user", "Hi"),
               ChatMessage("assistant", "Hello! How can I help you today?"))
    ask = GenerationRequest(
        model_path=smol, messages=(*history, ChatMessage("user", "Name three colours of the rainbow, please.")),
        max_tokens=24, temperature=0.0,
    )
    other = GenerationRequest(**{**ask.__dict__, "messages": (ChatMessage("user", "Something else entirely."),)})

    def answer():
        events = collect(engine, ask)
        return "".join(e.text for e in events if isinstance(e, Token)), events[-1].ttft_ms

    collect(engine, other)  # the cache holds another conversation
    plain, plain_ttft = answer()
    collect(engine, other)
    read = engine.prefill(ask)
    assert read > 20  # the history and the question (the other prompt shared nothing)
    assert engine.prefill(ask) == 0  # read already: nothing to do
    ahead, ahead_ttft = answer()
    assert ahead == plain
    assert ahead_ttft < 0.5 * plain_ttft, (ahead_ttft, plain_ttft)
