"""Damaged GGUF files through the real engine process: the app survives every one,
each failure is one of our errors in plain words within 5 s, and the engine
answers again afterwards. A CI slice of ``scripts/gguf_corpus.py`` (six files of
every mutation kind), plus the files that used to crash llama.cpp before our own
check learned to refuse them."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from assistant.engines.base import ChatMessage, Finished, GenerationRequest, Token
from assistant.engines.process import EngineProcess
from assistant.errors import InvalidModelError
from assistant.models.gguf import read_gguf

from . import tiny_gguf as tg

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import gguf_corpus  # noqa: E402

pytestmark = pytest.mark.real

SEED = 7
PER_KIND = 6


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    e = EngineProcess(log_path=tmp_path_factory.mktemp("log") / "engine.log")
    yield e
    e.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return gguf_corpus.generate(tmp_path_factory.mktemp("corpus"), count=PER_KIND * len(gguf_corpus.KINDS), seed=SEED)


def test_the_tiny_model_loads_and_generates(engine, tmp_path):
    model = tg.write(tmp_path / "tiny.gguf")
    loaded = engine.preload(model_path=str(model), context_size=256, n_threads=1)
    assert loaded.model == "tiny.gguf"
    req = GenerationRequest(model_path=str(model), messages=(ChatMessage("user", "hello"),), max_tokens=4, temperature=0.0,
                            context_size=256, n_threads=1)
    events = list(engine.generate(req, threading.Event()))
    assert isinstance(events[-1], Finished) and events[-1].tokens >= 1
    assert any(isinstance(e, Token) and e.text for e in events)


def test_corpus_is_deterministic_and_covers_every_kind(tmp_path, corpus):
    again = gguf_corpus.generate(tmp_path, count=len(corpus), seed=SEED)
    assert [Path(c.path).read_bytes() for c in again] == [Path(c.path).read_bytes() for c in corpus]
    assert {c.kind for c in corpus} == set(gguf_corpus.KINDS)


def test_every_damaged_file_gives_a_plain_error_and_the_app_survives(engine, corpus):
    outcomes = [gguf_corpus.classify(c, *gguf_corpus.probe(engine, c.path)) for c in corpus]
    bad = [(Path(o.case.path).name, o.case.detail, o.result, o.error_type, o.message[:300]) for o in outcomes
           if o.result.startswith("FAIL")]
    assert not bad, "\n".join(map(str, bad))
    results = {o.result for o in outcomes}
    assert {"our-check", "llama"} <= results  # the slice reaches both lines of defence
    assert max(o.seconds for o in outcomes) < gguf_corpus.LIMIT_S
    # and the engine still serves a good model
    status, _, message, _ = gguf_corpus.probe(engine, str(Path(corpus[0].path).with_name("intact.gguf")))
    assert status == "ok", message


def _meta_with(key: str, vtype: int, value: object) -> list:
    return gguf_corpus._set(tg.default_metadata(), key, vtype, value)


def _tokens_with(change) -> list:
    tokens, _, _ = tg.vocabulary()
    tokens = list(tokens)
    change(tokens)
    return _meta_with("tokenizer.ggml.tokens", tg.ARRAY, (tg.STRING, tokens))


def _dupe(tokens: list) -> None:
    tokens[300] = tokens[301]


def _drop_pipe_byte(tokens: list) -> None:
    tokens[3 + ord("|")] = "not-a-byte"


#: each of these ended the engine process (SIGABRT, SIGSEGV or a hang) before
#: read_gguf learned to refuse it; found by scripts/gguf_corpus.py
FORMER_CRASHERS = {
    "duplicate vocabulary entry": (lambda: _tokens_with(_dupe), None, "repeats"),
    "missing byte token": (lambda: _tokens_with(_drop_pipe_byte), None, "byte token"),
    "I32 weights": (None, ("blk.0.attn_q.weight", 26), "I32"),
    "I8 weights": (None, ("blk.1.ffn_down.weight", 24), "I8"),
    "Q8_1 weights": (None, ("blk.1.ffn_down.weight", 9), "Q8_1"),
    "NaN norm epsilon": (lambda: _meta_with("llama.attention.layer_norm_rms_epsilon", tg.F32, float("nan")), None, "normalisation"),
    "negative norm epsilon": (lambda: _meta_with("llama.attention.layer_norm_rms_epsilon", tg.F32, -1.0), None, "normalisation"),
    "1000 layers": (lambda: _meta_with("llama.block_count", tg.U32, 1000), None, "layers"),
    "2^31 context": (lambda: _meta_with("llama.context_length", tg.U32, 2**31), None, "context"),
    "2^31-1 context (hang)": (lambda: _meta_with("llama.context_length", tg.U32, 2**31 - 1), None, "context"),
    "no vocabulary": (lambda: _meta_with("tokenizer.ggml.model", tg.STRING, "none"), None, "no vocabulary"),
    "BERT vocabulary": (lambda: _meta_with("tokenizer.ggml.model", tg.STRING, "bert"), None, "embedding model"),
}


@pytest.mark.parametrize("name", sorted(FORMER_CRASHERS))
def test_former_crashers_are_refused_before_llama_cpp(engine, tmp_path, name):
    meta_fn, tensor_type, words = FORMER_CRASHERS[name]
    data, layout = tg.build(metadata=meta_fn() if meta_fn else None)
    if tensor_type:
        tensor, ggml_type = tensor_type
        b = bytearray(data)
        gguf_corpus._u32(b, next(t for t in layout.tensors if t.name == tensor).type_at, ggml_type)
        data = bytes(b)
    path = tmp_path / "former.gguf"
    path.write_bytes(data)
    with pytest.raises(InvalidModelError, match=words):
        read_gguf(path)
    status, etype, message, seconds = gguf_corpus.probe(engine, str(path))
    assert (status, etype) == ("error", "InvalidModelError") and words in message and seconds < 5


def test_engine_answers_with_the_real_model_afterwards(engine, tmp_path):
    from assistant.config import Settings
    from assistant.models.registry import ModelRegistry
    from assistant.paths import AppPaths

    smol = ModelRegistry(AppPaths.under(tmp_path), Settings).resolve_llm("").path
    req = GenerationRequest(model_path=str(smol), messages=(ChatMessage("user", "Say yes."),), max_tokens=3, temperature=0.0,
                            context_size=512, n_threads=1)
    events = list(engine.generate(req, threading.Event()))
    assert isinstance(events[-1], Finished) and events[-1].tokens >= 1
