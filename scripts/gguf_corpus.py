"""Damaged GGUF files, made from a tiny loadable model, fed to the real engine.

    .venv/bin/python scripts/gguf_corpus.py [--count 1200] [--seed 7] [--out DIR] [--run] [--json]

Makes ``--count`` mutations of the tiny llama GGUF from ``tests/core/tiny_gguf.py``
(byte flips per region, truncations, wrong magic and version, impossible counts
and lengths, bad tensor dims, offsets and types, duplicate keys, broken
hyperparameters, tokenizers, architectures, tensors and chat templates). File
``i`` is made by kind ``KINDS[i % len(KINDS)]`` from a seed derived from
``--seed`` and ``i``, so any prefix of the corpus covers every kind and is the
same on every machine.

With ``--run`` every file goes through ``EngineProcess.generate`` (load, render,
two tokens), as the app would send it, with a 5 s limit per file. Each result is
sorted: refused by our own check (``read_gguf``), refused by llama.cpp (a plain
error), crashed the engine (a signal; the next request gets a fresh engine),
loaded, or a *failure*: a hang past the limit, an error that is not one of ours,
an empty or traceback-laden message. Exit status 0 only without failures.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import struct
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "tests" / "core"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import tiny_gguf as tg  # noqa: E402

LIMIT_S = 5.0

# ---------------------------------------------------------------------------
# mutations: each takes (rng, base bytes, layout) and returns (bytes, detail)

_BASE: tuple[bytes, tg.Layout] | None = None


def base() -> tuple[bytes, tg.Layout]:
    global _BASE
    if _BASE is None:
        _BASE = tg.build()
    return _BASE


def _u32(b: bytearray, at: int, v: int) -> None:
    b[at : at + 4] = struct.pack("<I", v & 0xFFFFFFFF)


def _u64(b: bytearray, at: int, v: int) -> None:
    b[at : at + 8] = struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


def _get_u64(b: bytes, at: int) -> int:
    return int(struct.unpack_from("<Q", b, at)[0])


def _flips(rng: random.Random, data: bytes, lo: int, hi: int, n: int) -> tuple[bytes, str]:
    b = bytearray(data)
    where = []
    for _ in range(n):
        at = rng.randrange(lo, hi)
        if rng.random() < 0.5:
            b[at] ^= 1 << rng.randrange(8)
        else:
            b[at] = rng.randrange(256)
        where.append(at)
    return bytes(b), f"{n} byte(s) changed at {sorted(where)[:8]}"


def m_flip_header(rng, data, lay):
    return _flips(rng, data, 0, 24, rng.randint(1, 3))


def m_flip_metadata(rng, data, lay):
    lo, hi = lay.metadata
    if rng.random() < 0.5:  # the small KVs (not the vocabulary arrays) hold the hyperparameters
        kv = rng.choice([k for k in lay.kv if k.vtype != tg.ARRAY])
        lo, hi = kv.start, kv.end
    return _flips(rng, data, lo, hi, rng.randint(1, 8))


def m_flip_tensor_info(rng, data, lay):
    lo, hi = lay.tensor_info
    return _flips(rng, data, lo, hi, rng.randint(1, 8))


def m_flip_data(rng, data, lay):
    lo, hi = lay.data
    return _flips(rng, data, lo, hi, rng.randint(1, 64))


def m_flip_anywhere(rng, data, lay):
    return _flips(rng, data, 0, len(data), rng.randint(1, 32))


def m_truncate(rng, data, lay):
    marks = [0, 1, 4, 8, 16, 23, 24, lay.data_start, len(data) - 1]
    for k in lay.kv:
        marks += [k.start, k.type_at, k.value_at, k.end]
    for t in lay.tensors:
        marks += [t.start, t.n_dims_at, t.type_at, t.offset_at, t.end, lay.data_start + t.data_offset]
    r = rng.random()
    if r < 0.4:
        cut = rng.choice(marks) + rng.choice((-1, 0, 1))
    elif r < 0.6:
        cut = rng.randrange(0, lay.data_start)
    else:
        cut = rng.randrange(0, len(data))
    cut = max(0, min(cut, len(data) - 1))
    return data[:cut], f"truncated to {cut} of {len(data)} bytes"


def m_bad_magic(rng, data, lay):
    magic = rng.choice([b"GGUG", b"\0\0\0\0", b"FUGG", b"GGML", b"ggjt", b"ggla", b"gguf", b"GGU", b"PK\x03\x04",
                        bytes(rng.randrange(256) for _ in range(4))])
    return magic[:4].ljust(4, b"\0") + data[4:], f"magic {magic!r}"


def m_bad_version(rng, data, lay):
    v = rng.choice([0, 1, 2, 4, 5, 255, 0x10000, 2**31, 2**32 - 1, 0x03000000])
    b = bytearray(data)
    _u32(b, 4, v)
    return bytes(b), f"version {v}"


def _big(rng: random.Random, n: int, size: int) -> int:
    return rng.choice([0, 1, n - 1, n + 1, 2 * n, 2**16, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + n, 2**40,
                       2**63 - 1, 2**63, 2**64 - 1, size, size + 1])


def m_huge_count(rng, data, lay):
    b = bytearray(data)
    which = rng.choice(("n_tensors", "n_kv"))
    at = lay.n_tensors_at if which == "n_tensors" else lay.n_kv_at
    v = _big(rng, _get_u64(data, at), len(data))
    _u64(b, at, v)
    return bytes(b), f"{which} = {v}"


def m_huge_string_length(rng, data, lay):
    group = rng.choice(("key", "value", "token", "tensor name"))
    if group == "key":
        at = rng.choice(lay.kv).start
    elif group == "value":
        at = rng.choice([k.value_at for k in lay.kv if k.vtype == tg.STRING])
    elif group == "token":
        at = rng.choice(next(k for k in lay.kv if k.key == "tokenizer.ggml.tokens").string_lengths)
    else:
        at = rng.choice(lay.tensors).start
    v = _big(rng, _get_u64(data, at), len(data))
    b = bytearray(data)
    _u64(b, at, v)
    return bytes(b), f"{group} string length at {at} = {v}"


def m_huge_array_length(rng, data, lay):
    kv = rng.choice([k for k in lay.kv if k.array_count_at is not None])
    assert kv.array_count_at is not None
    v = _big(rng, _get_u64(data, kv.array_count_at), len(data))
    b = bytearray(data)
    _u64(b, kv.array_count_at, v)
    return bytes(b), f"{kv.key} array length = {v}"


def m_bad_value_type(rng, data, lay):
    kv = rng.choice(lay.kv)
    b = bytearray(data)
    v = rng.choice([*range(0, 16), 255, 2**31, 2**32 - 1])
    if kv.vtype == tg.ARRAY and rng.random() < 0.5:
        _u32(b, kv.value_at, v)
        return bytes(b), f"{kv.key} array item type = {v}"
    _u32(b, kv.type_at, v)
    return bytes(b), f"{kv.key} value type = {v}"


def m_bad_tensor_ndims(rng, data, lay):
    t = rng.choice(lay.tensors)
    v = rng.choice([0, 1, 2, 3, 4, 5, 8, 255, 2**31, 2**32 - 1])
    b = bytearray(data)
    _u32(b, t.n_dims_at, v)
    return bytes(b), f"{t.name} n_dims = {v}"


def m_bad_tensor_dims(rng, data, lay):
    t = rng.choice(lay.tensors)
    b = bytearray(data)
    if len(t.dims_at) == 2 and rng.random() < 0.2:
        d0, d1 = _get_u64(data, t.dims_at[0]), _get_u64(data, t.dims_at[1])
        _u64(b, t.dims_at[0], d1)
        _u64(b, t.dims_at[1], d0)
        return bytes(b), f"{t.name} dims swapped"
    i = rng.randrange(len(t.dims_at))
    d = _get_u64(data, t.dims_at[i])
    v = rng.choice([0, 1, d - 1, d + 1, d * 2, d // 2, 2**31, 2**32, 2**40, 2**62, 2**63, 2**64 - 1, 2**64 - d])
    _u64(b, t.dims_at[i], v)
    return bytes(b), f"{t.name} dim {i} = {v}"


def m_bad_tensor_offset(rng, data, lay):
    t = rng.choice(lay.tensors)
    other = rng.choice(lay.tensors)
    v = rng.choice([t.data_offset + 1, t.data_offset + 4, t.data_offset + 32, t.data_offset - 32, other.data_offset,
                    len(data), len(data) - lay.data_start, 2**32, 2**63, 2**64 - 32, 2**64 - 1, 0])
    b = bytearray(data)
    _u64(b, t.offset_at, v)
    return bytes(b), f"{t.name} offset = {v}"


def m_bad_tensor_type(rng, data, lay):
    t = rng.choice(lay.tensors)
    v = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 24, 26, 28, 29, 30, 34, 35, 36, 39, 40, 41, 64,
                    255, 2**31, 2**32 - 1])
    b = bytearray(data)
    _u32(b, t.type_at, v)
    return bytes(b), f"{t.name} ggml type = {v}"


# ---- semantic mutations, rebuilt through the writer --------------------------


def _meta() -> list[tuple[str, int, Any]]:
    return tg.default_metadata()


def _set(meta: list, key: str, vtype: int, value: Any) -> list:
    out = [(k, t, v) for k, t, v in meta if k != key]
    i = next((i for i, (k, _, _) in enumerate(meta) if k == key), len(out))
    out.insert(i, (key, vtype, value))
    return out


def _built(meta=None, tensors=None) -> bytes:
    return tg.build(metadata=meta, tensors=tensors)[0]


_HPARAMS = ["llama.context_length", "llama.embedding_length", "llama.block_count", "llama.feed_forward_length",
            "llama.rope.dimension_count", "llama.attention.head_count", "llama.attention.head_count_kv",
            "llama.vocab_size", "general.file_type"]
_FLOATS = ["llama.attention.layer_norm_rms_epsilon", "llama.rope.freq_base"]


def m_bad_hparams(rng, data, lay):
    meta = _meta()
    if rng.random() < 0.25:
        key = rng.choice(_FLOATS)
        v = rng.choice([0.0, -1.0, math.nan, math.inf, -math.inf, 1e30, 1e-38, -0.0])
        return _built(_set(meta, key, tg.F32, v)), f"{key} = {v}"
    key = rng.choice(_HPARAMS)
    mode = rng.random()
    if mode < 0.1:
        return _built([m for m in meta if m[0] != key]), f"{key} missing"
    if mode < 0.2:
        alt = rng.choice([(tg.I32, -1), (tg.STRING, "32"), (tg.F32, 32.5), (tg.U64, 2**40), (tg.BOOL, True),
                          (tg.ARRAY, (tg.U32, [32, 32])), (tg.ARRAY, (tg.U32, []))])
        return _built(_set(meta, key, *alt)), f"{key} = {alt}"
    v = rng.choice([0, 1, 2, 3, 5, 7, 8, 16, 31, 33, 64, 96, 1000, 2**16, 2**31 - 1, 2**31, 2**32 - 1])
    return _built(_set(meta, key, tg.U32, v)), f"{key} = {v}"


def m_bad_tokenizer(rng, data, lay):
    meta = _meta()
    tokens, scores, types = tg.vocabulary()
    n = len(tokens)
    choice = rng.randrange(10)
    if choice == 0:
        k = rng.choice([0, 1, 3, 100, n - 1, n + 1, n + 100])
        toks = (tokens + [f"extra{i}" for i in range(max(0, k - n))])[:k]
        if rng.random() < 0.5:  # keep scores and types in step, or not
            sc = (scores + [0.0] * k)[:k]
            ty = (types + [1] * k)[:k]
            meta = _set(_set(meta, "tokenizer.ggml.scores", tg.ARRAY, (tg.F32, sc)), "tokenizer.ggml.token_type", tg.ARRAY, (tg.I32, ty))
        return _built(_set(meta, "tokenizer.ggml.tokens", tg.ARRAY, (tg.STRING, toks))), f"{k} tokens for a {n}-row embedding"
    if choice == 1:
        k = rng.choice([0, 1, n - 1, n + 1])
        key = rng.choice(["tokenizer.ggml.scores", "tokenizer.ggml.token_type"])
        vals = (scores if key.endswith("scores") else types) * 2
        return _built(_set(meta, key, tg.ARRAY, (tg.F32 if key.endswith("scores") else tg.I32, vals[:k]))), f"{key} has {k} entries"
    if choice == 2:
        fill = rng.choice(["zero", "random", "huge", "all-control", "all-byte"])
        pick = {"zero": lambda: 0, "random": lambda: rng.randint(-5, 10), "huge": lambda: rng.choice([99, 2**31 - 1, -(2**31)]),
                "all-control": lambda: 3, "all-byte": lambda: 6}[fill]
        return _built(_set(meta, "tokenizer.ggml.token_type", tg.ARRAY, (tg.I32, [pick() for _ in range(n)]))), f"token types {fill}"
    if choice == 3:
        key = rng.choice(["tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id", "tokenizer.ggml.unknown_token_id",
                          "tokenizer.ggml.padding_token_id", "tokenizer.ggml.eot_token_id", "tokenizer.ggml.seperator_token_id"])
        v = rng.choice([n, n + 1, 1000, 2**31 - 1, 2**31, 2**32 - 1, 3, 100])
        if rng.random() < 0.3:
            return _built(_set(meta, key, tg.I32, -rng.choice([1, 2, 1000]))), f"{key} negative"
        return _built(_set(meta, key, tg.U32, v)), f"{key} = {v}"
    if choice == 4:
        model = rng.choice(["gpt2", "bert", "t5", "rwkv", "ugm", "plamo2", "", "nonsense", "none", "no_vocab", "LLAMA", "llama\0"])
        return _built(_set(meta, "tokenizer.ggml.model", tg.STRING, model)), f"tokenizer model {model!r}"
    if choice == 5:
        merges = rng.choice([[], ["a b", "b c"], ["abc"], ["\u2581 t", "h e"], [" "], ["x y"] * 100])
        meta = _set(meta, "tokenizer.ggml.model", tg.STRING, "gpt2")
        return _built(_set(meta, "tokenizer.ggml.merges", tg.ARRAY, (tg.STRING, merges))), f"gpt2 with merges {merges[:3]}"
    if choice == 6:
        toks = list(tokens)
        how = rng.choice(["empty", "dupes", "bad-utf8", "long", "all-same"])
        if how == "empty":
            for i in rng.sample(range(n), 20):
                toks[i] = ""
        elif how == "dupes":
            for i in rng.sample(range(3, n), 40):
                toks[i] = toks[rng.randrange(3, n)]
        elif how == "bad-utf8":
            for i in rng.sample(range(n), 20):
                toks[i] = b"\xff\xfe\xc0" + toks[i].encode()  # type: ignore[assignment]
        elif how == "long":
            toks[rng.randrange(300, n)] = "x" * 100_000
        else:
            toks = ["a"] * n
        return _built(_set(meta, "tokenizer.ggml.tokens", tg.ARRAY, (tg.STRING, toks))), f"tokens {how}"
    if choice == 7:
        key = rng.choice(["tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type", "tokenizer.ggml.model"])
        return _built([m for m in meta if m[0] != key]), f"{key} missing"
    if choice == 8:
        key = rng.choice(["tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type"])
        alt = rng.choice([(tg.STRING, "abc"), (tg.U32, 7), (tg.ARRAY, (tg.U8, [1, 2, 3])), (tg.ARRAY, (tg.ARRAY, []))])
        return _built(_set(meta, key, *alt)), f"{key} = {alt}"
    key = rng.choice(["tokenizer.ggml.add_bos_token", "tokenizer.ggml.add_eos_token", "tokenizer.ggml.add_space_prefix"])
    return _built(_set(meta, key, *rng.choice([(tg.BOOL, True), (tg.U32, 2), (tg.STRING, "yes")]))), f"{key} odd"


def m_bad_architecture(rng, data, lay):
    meta = _meta()
    arch = rng.choice(["", "foo", "gpt2", "bert", "gemma3", "qwen2", "mamba", "LLAMA", "llama ", "llama\0x", "x" * 1000,
                       "t5", "clip", "phi3", None])
    if arch is None:
        return _built([m for m in meta if m[0] != "general.architecture"]), "general.architecture missing"
    if rng.random() < 0.3:
        return _built(_set(meta, "general.architecture", rng.choice([tg.U32, tg.I8]), 1)), "general.architecture is a number"
    return _built(_set(meta, "general.architecture", tg.STRING, arch)), f"architecture {arch[:20]!r}"


def m_bad_tensors(rng, data, lay):
    tensors = tg.default_tensors()
    names = [n for n, _ in tensors]
    choice = rng.randrange(8)
    i = rng.randrange(len(tensors))
    name, arr = tensors[i]
    if choice == 0:
        del tensors[i]
        return _built(tensors=tensors), f"{name} missing"
    if choice == 1:
        extra = rng.choice(["blk.0.foo.weight", "blk.9.attn_q.weight", "output.weight", "rope_freqs.weight", "x" * 60])
        tensors.append((extra, arr))
        return _built(tensors=tensors), f"extra tensor {extra[:20]} shaped like {name}"
    if choice == 2:
        tensors[i] = (rng.choice([n for n in names if n != name]), arr)
        return _built(tensors=tensors), f"{name} renamed to a duplicate name"
    if choice == 3:
        tensors[i] = (name, arr.T.copy() if arr.ndim == 2 and arr.shape[0] > 1 else arr.reshape(-1, 1))
        return _built(tensors=tensors), f"{name} transposed"
    if choice == 4:
        rows, cols = arr.shape
        new = (rows + rng.choice([-1, 1, rows]), cols) if rng.random() < 0.5 else (rows, max(1, cols + rng.choice([-1, 1, cols])))
        tensors[i] = (name, tg.np.zeros(new, tg.np.float32))
        return _built(tensors=tensors), f"{name} shaped {new} instead of {arr.shape}"
    if choice == 5:
        tensors[i] = (name, tg.np.zeros((0, arr.shape[1]), tg.np.float32))
        return _built(tensors=tensors), f"{name} has no rows"
    if choice == 6:
        val = rng.choice([math.nan, math.inf, -math.inf, 1e38, 0.0])
        a = arr.copy()
        a[...] = val
        tensors[i] = (name, a)
        return _built(tensors=tensors), f"{name} all {val}"
    tensors[i] = (name, arr.reshape(2, -1, arr.shape[-1]) if arr.size % 2 == 0 and arr.shape[0] % 2 == 0 else arr.reshape(1, *arr.shape))
    return _built_3d(tensors, i), f"{name} as a 3-D tensor"


def _built_3d(tensors, i):
    # tg.build writes shapes as they are; a 3-D array gives a 3-dim tensor
    return tg.build(tensors=tensors)[0]


def m_duplicate_key(rng, data, lay):
    meta = _meta()
    k, t, v = rng.choice(meta)
    if rng.random() < 0.5:
        dup = (k, t, v)
        detail = f"{k} twice, same value"
    else:
        dup = {"general.architecture": (k, tg.STRING, "gpt2"), "tokenizer.chat_template": (k, tg.STRING, "{{ x }}")}.get(
            k, (k, tg.U32, 1))
        detail = f"{k} twice, different value"
    meta.insert(rng.randrange(len(meta) + 1), dup)
    return _built(meta), detail


def m_bad_template(rng, data, lay):
    meta = _meta()
    key = "tokenizer.chat_template"
    bad = rng.choice([
        (tg.STRING, "{% for m in messages %}"),  # unclosed block
        (tg.STRING, "{{ messages[0]['content'] | nosuchfilter }}"),
        (tg.STRING, "{{ raise_exception('This template refuses every conversation.') }}"),
        (tg.STRING, "{{ undefined_thing.attr.more }}"),
        (tg.STRING, "{{ messages[99]['content'] }}"),
        (tg.STRING, "{% extends 'base.html' %}"),
        (tg.STRING, "{% include 'other' %}"),
        (tg.STRING, "{{ 1 / 0 }}"),
        (tg.STRING, ""),
        (tg.STRING, "   "),
        (tg.STRING, "{{ '\\x00' * 10 }}{{ messages }}"),
        (tg.STRING, "{% for m in messages %}{{ m.content }}{% endfor %}" * 2000),
        (tg.STRING, "{{ messages.__class__ }}"),
        (tg.U32, 5),
        (tg.ARRAY, (tg.STRING, ["{{ a }}", "{{ b }}"])),
    ])
    return _built(_set(meta, key, *bad)), f"chat template {str(bad[1])[:40]!r}"


KINDS: dict[str, Callable[[random.Random, bytes, tg.Layout], tuple[bytes, str]]] = {
    "flip-header": m_flip_header,
    "flip-metadata": m_flip_metadata,
    "flip-tensor-info": m_flip_tensor_info,
    "flip-data": m_flip_data,
    "flip-anywhere": m_flip_anywhere,
    "truncate": m_truncate,
    "bad-magic": m_bad_magic,
    "bad-version": m_bad_version,
    "huge-count": m_huge_count,
    "huge-string-length": m_huge_string_length,
    "huge-array-length": m_huge_array_length,
    "bad-value-type": m_bad_value_type,
    "bad-tensor-ndims": m_bad_tensor_ndims,
    "bad-tensor-dims": m_bad_tensor_dims,
    "bad-tensor-offset": m_bad_tensor_offset,
    "bad-tensor-type": m_bad_tensor_type,
    "duplicate-key": m_duplicate_key,
    "bad-hparams": m_bad_hparams,
    "bad-tokenizer": m_bad_tokenizer,
    "bad-architecture": m_bad_architecture,
    "bad-tensors": m_bad_tensors,
    "bad-template": m_bad_template,
}


@dataclass(frozen=True)
class Case:
    index: int
    kind: str
    path: str
    detail: str


def mutate(index: int, seed: int) -> tuple[str, bytes, str]:
    kind = list(KINDS)[index % len(KINDS)]
    rng = random.Random(f"{seed}:{index}")
    data, layout = base()
    out, detail = KINDS[kind](rng, data, layout)
    return kind, out, detail


def generate(out_dir: str | Path, *, count: int, seed: int, only: set[int] | None = None) -> list[Case]:
    """Write the corpus (or the files ``only`` names) and a manifest; return the cases."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tg.write(out / "intact.gguf")
    cases = []
    for i in range(count):
        if only is not None and i not in only:
            continue
        kind, data, detail = mutate(i, seed)
        p = out / f"{i:05d}-{kind}.gguf"
        p.write_bytes(data)
        cases.append(Case(i, kind, str(p), detail))
    (out / "manifest.json").write_text(json.dumps([asdict(c) for c in cases], indent=1), encoding="utf-8")
    return cases


# ---------------------------------------------------------------------------
# running through the engine


@dataclass
class Outcome:
    case: Case
    result: str  # our-check | llama | crashed | loaded | FAIL-hang | FAIL-unexpected | FAIL-message
    error_type: str
    message: str
    seconds: float


def _plain(message: str) -> bool:
    return bool(message.strip()) and "Traceback" not in message and 'File "' not in message


def probe(engine: Any, path: str, *, limit_s: float = LIMIT_S) -> tuple[str, str, str, float]:
    """Send one model through the engine: (status, error type, message, seconds).
    status: "ok", "error" (one of our errors), "crashed", "hang", "unexpected"."""
    from assistant.engines.base import ChatMessage, Finished, GenerationRequest
    from assistant.errors import AssistantError, EngineCrashedError

    req = GenerationRequest(
        model_path=path, messages=(ChatMessage("user", "hello world"),), max_tokens=2, temperature=0.0,
        context_size=256, n_threads=1, seed=1,
    )
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            events = list(engine.generate(req, threading.Event()))
            box["ok"] = any(isinstance(e, Finished) for e in events)
        except BaseException as exc:  # noqa: BLE001 - sorted below; nothing may escape unseen
            box["exc"] = exc

    t0 = time.perf_counter()
    th = threading.Thread(target=work, name="corpus-probe", daemon=True)
    th.start()
    th.join(limit_s)
    if th.is_alive():
        engine.kill_for_test()  # the only way to stop llama.cpp mid-load; the next request restarts it
        th.join(10)
        return "hang", "", f"no answer within {limit_s:.0f} s", time.perf_counter() - t0
    dt = time.perf_counter() - t0
    exc = box.get("exc")
    if exc is None:
        return "ok", "", "", dt
    if isinstance(exc, EngineCrashedError):
        return "crashed", type(exc).__name__, str(exc), dt
    if isinstance(exc, AssistantError):
        return "error", type(exc).__name__, str(exc), dt
    return "unexpected", type(exc).__name__, str(exc), dt


def classify(case: Case, status: str, etype: str, message: str, seconds: float, *, limit_s: float = LIMIT_S) -> Outcome:
    from assistant.errors import AssistantError
    from assistant.models.gguf import read_gguf

    try:
        read_gguf(case.path)
        ours = False
    except AssistantError:
        ours = True
    if status == "hang":
        result = "FAIL-hang"
    elif status == "unexpected":
        result = "FAIL-unexpected"
    elif status in ("error", "crashed") and not _plain(message):
        result = "FAIL-message"
    elif seconds > limit_s:
        result = "FAIL-slow"
    elif status == "crashed":
        result = "crashed"
    elif status == "error":
        result = "our-check" if ours else "llama"
    else:
        result = "loaded"
    return Outcome(case, result, etype, message, seconds)


def run(cases: list[Case], *, intact: str, log_path: str | None = None, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    from assistant.engines.process import EngineProcess

    engine = EngineProcess(log_path=log_path)
    outcomes: list[Outcome] = []
    t_start = time.perf_counter()
    try:
        engine.start()
        for n, case in enumerate(cases, 1):
            o = classify(case, *probe(engine, case.path))
            outcomes.append(o)
            if progress and (o.result not in ("our-check", "llama", "loaded") or n % 100 == 0):
                progress(f"[{n}/{len(cases)}] {o.result:10s} {Path(case.path).name} ({case.detail}): {o.message[:160]}")
        status, _, message, _ = probe(engine, intact)
        engine_ok = status == "ok"
        if not engine_ok and progress:
            progress(f"the intact model failed afterwards: {status} {message}")
    finally:
        engine.close()
    counts = Counter(o.result for o in outcomes)
    failures = [o for o in outcomes if o.result.startswith("FAIL")]
    crashes = [o for o in outcomes if o.result == "crashed"]
    slowest = max(outcomes, key=lambda o: o.seconds, default=None)
    return {
        "files": len(outcomes),
        "refused_by_our_check": counts["our-check"],
        "refused_by_llama": counts["llama"],
        "crashed_engine": counts["crashed"],
        "loaded_ok": counts["loaded"],
        "failures": len(failures),
        "max_seconds_per_file": round(slowest.seconds, 3) if slowest else 0.0,
        "slowest_file": f"{Path(slowest.case.path).name} ({slowest.result})" if slowest else "",
        "total_seconds": round(time.perf_counter() - t_start, 1),
        "engine_works_afterwards": engine_ok,
        "app_survived": True,  # we are still here to say so
        "by_kind": {k: dict(Counter(o.result for o in outcomes if o.case.kind == k)) for k in KINDS},
        "crashes": [{"file": Path(o.case.path).name, "detail": o.case.detail, "message": o.message} for o in crashes],
        "failure_list": [{"file": Path(o.case.path).name, "detail": o.case.detail, "result": o.result,
                          "type": o.error_type, "message": o.message} for o in failures],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1200, help="how many damaged files (default 1200)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", help="folder for the corpus (default: a temporary folder, removed afterwards)")
    ap.add_argument("--run", action="store_true", help="feed every file to the engine process and report")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)

    tmp = None
    if args.out:
        out = Path(args.out)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="parley-gguf-corpus-")
        out = Path(tmp.name)
    try:
        cases = generate(out, count=args.count, seed=args.seed)
        def log(message: str) -> None:
            print(message, file=sys.stderr, flush=True)

        log(f"{len(cases)} damaged GGUF files in {out} ({len(KINDS)} kinds, seed {args.seed})")
        if not args.run:
            return 0
        summary = run(cases, intact=str(out / "intact.gguf"), log_path=str(out / "engine.log"), progress=log)
        if args.json:
            print(json.dumps(summary, indent=1))
        else:
            for key in ("files", "refused_by_our_check", "refused_by_llama", "crashed_engine", "loaded_ok", "failures",
                        "max_seconds_per_file", "slowest_file", "total_seconds"):
                print(f"{key.replace('_', ' '):24s} {summary[key]}")
            print(f"{'engine works afterwards':24s} {'yes' if summary['engine_works_afterwards'] else 'NO'}")
            print(f"{'app survived':24s} yes")
            for c in summary["crashes"]:
                print(f"  crash: {c['file']} ({c['detail']}): {c['message']}")
            for f in summary["failure_list"]:
                print(f"  FAILURE {f['result']}: {f['file']} ({f['detail']}): {f['type']} {f['message'][:300]}")
        return 0 if not summary["failures"] and summary["engine_works_afterwards"] else 1
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
