"""A tiny but loadable llama-architecture GGUF, written by hand (no ``gguf`` package).

llama.cpp loads it and generates (garbage) tokens in milliseconds, so tests and
``scripts/gguf_corpus.py`` can feed it to the real loader hundreds of times.

Shape: 2 layers, n_embd 32, 4 heads (2 KV heads), n_ff 64, a 320-token
SentencePiece-style ("llama") vocabulary with byte fallback and ChatML control
tokens, f32 weights, output tied to the embeddings: about 110 KB.

``build()`` returns the bytes and a ``Layout`` that says where every field is,
so mutations can hit one field (a string length, an array count, a tensor's
dims) rather than random bytes only. ``metadata`` / ``tensors`` overrides build
semantically broken files (bad hyperparameters, duplicate keys, missing tensors).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

GGUF_MAGIC = b"GGUF"
ALIGNMENT = 32

# GGUF value types
U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_SCALAR_FMT = {U8: "<B", I8: "<b", U16: "<H", I16: "<h", U32: "<I", I32: "<i", F32: "<f", BOOL: "<?",
               U64: "<Q", I64: "<q", F64: "<d"}

GGML_F32 = 0

N_EMBD = 32
N_HEAD = 4
N_HEAD_KV = 2
N_FF = 64
N_LAYER = 2
N_CTX_TRAIN = 2048

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_WORDS = (
    "the be to of and a in that have it for not on with he as you do at this but his by from they we say her "
    "she or an will my one all would there their what so up out if about who get which go me when make can like "
    "time no just him know take people into year your good some could them see other than then now look only come "
    "its over think also back after use two how our work first well way even new want because any these give day "
    "most us hello world yes user assistant system"
).split()
_PIECES = ("er", "in", "on", "an", "re", "ed", "ing", "es", "at", "en", "or", "is", "it", "al", "ar", "st", "to", "nt")


def vocabulary() -> tuple[list[str], list[float], list[int]]:
    """Tokens, scores and token types (1 normal, 2 unknown, 3 control, 6 byte)."""
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + ["<|im_start|>", "<|im_end|>"]
    types = [2, 3, 3] + [6] * 256 + [3, 3]
    normal = ["\u2581"] + [chr(c) for c in range(ord("a"), ord("z") + 1)] + list(_PIECES) + ["\u2581" + w for w in _WORDS]
    seen: set[str] = set(tokens)
    for t in normal:
        if t not in seen:
            seen.add(t)
            tokens.append(t)
            types.append(1)
    # SentencePiece merges the highest-scoring pieces first: longer pieces score higher
    scores = [0.0 if ty != 1 else -100.0 + 10.0 * len(t) for t, ty in zip(tokens, types, strict=True)]
    return tokens, scores, types


BOS_ID, EOS_ID, UNK_ID = 1, 2, 0
IM_END_ID = 260


def default_metadata(chat_template: str | None = CHATML_TEMPLATE) -> list[tuple[str, int, Any]]:
    """(key, type, value) in file order; arrays are (item_type, [values])."""
    tokens, scores, types = vocabulary()
    meta: list[tuple[str, int, Any]] = [
        ("general.architecture", STRING, "llama"),
        ("general.name", STRING, "tiny-test"),
        ("general.file_type", U32, 0),
        ("llama.context_length", U32, N_CTX_TRAIN),
        ("llama.embedding_length", U32, N_EMBD),
        ("llama.block_count", U32, N_LAYER),
        ("llama.feed_forward_length", U32, N_FF),
        ("llama.rope.dimension_count", U32, N_EMBD // N_HEAD),
        ("llama.attention.head_count", U32, N_HEAD),
        ("llama.attention.head_count_kv", U32, N_HEAD_KV),
        ("llama.attention.layer_norm_rms_epsilon", F32, 1e-5),
        ("llama.rope.freq_base", F32, 10000.0),
        ("llama.vocab_size", U32, len(tokens)),
        ("tokenizer.ggml.model", STRING, "llama"),
        ("tokenizer.ggml.tokens", ARRAY, (STRING, tokens)),
        ("tokenizer.ggml.scores", ARRAY, (F32, scores)),
        ("tokenizer.ggml.token_type", ARRAY, (I32, types)),
        ("tokenizer.ggml.bos_token_id", U32, BOS_ID),
        ("tokenizer.ggml.eos_token_id", U32, IM_END_ID),
        ("tokenizer.ggml.unknown_token_id", U32, UNK_ID),
        ("tokenizer.ggml.add_bos_token", BOOL, False),
    ]
    if chat_template is not None:
        meta.append(("tokenizer.chat_template", STRING, chat_template))
    return meta


def default_tensors(seed: int = 0) -> list[tuple[str, np.ndarray]]:
    """(name, f32 array shaped (ne1, ne0)) as llama.cpp's llama loader expects them."""
    rng = np.random.default_rng(seed)
    tokens, _, types = vocabulary()
    n_vocab = len(tokens)
    head_dim = N_EMBD // N_HEAD
    kv = N_HEAD_KV * head_dim

    def w(rows: int, cols: int, scale: float = 0.2) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * scale).astype(np.float32)

    emb = w(n_vocab, N_EMBD, 1.0)
    # tied output: make control and byte tokens unlikely, so even greedy decoding
    # of this random network yields visible word pieces rather than EOS or stray bytes
    for i, ty in enumerate(types):
        if ty != 1:
            emb[i] *= 0.01
    out: list[tuple[str, np.ndarray]] = [("token_embd.weight", emb), ("output_norm.weight", np.ones((1, N_EMBD), np.float32))]
    for layer in range(N_LAYER):
        p = f"blk.{layer}."
        out += [
            (p + "attn_norm.weight", np.ones((1, N_EMBD), np.float32)),
            (p + "attn_q.weight", w(N_EMBD, N_EMBD)),
            (p + "attn_k.weight", w(kv, N_EMBD)),
            (p + "attn_v.weight", w(kv, N_EMBD)),
            (p + "attn_output.weight", w(N_EMBD, N_EMBD)),
            (p + "ffn_norm.weight", np.ones((1, N_EMBD), np.float32)),
            (p + "ffn_gate.weight", w(N_FF, N_EMBD)),
            (p + "ffn_up.weight", w(N_FF, N_EMBD)),
            (p + "ffn_down.weight", w(N_EMBD, N_FF)),
        ]
    return out


# ---------------------------------------------------------------------------
# writer


@dataclass
class KVField:
    key: str
    start: int  # offset of the key's length field
    type_at: int  # offset of the u32 value type
    value_at: int  # offset of the value (for strings: its u64 length; for arrays: item type)
    vtype: int
    end: int
    string_lengths: list[int] = field(default_factory=list)  # offsets of u64 string lengths in the value
    array_count_at: int | None = None


@dataclass
class TensorField:
    name: str
    start: int
    n_dims_at: int
    dims_at: list[int]
    type_at: int
    offset_at: int
    end: int
    data_offset: int  # relative to the data section
    nbytes: int


@dataclass
class Layout:
    size: int
    n_tensors_at: int = 8
    n_kv_at: int = 16
    kv: list[KVField] = field(default_factory=list)
    tensors: list[TensorField] = field(default_factory=list)
    data_start: int = 0

    @property
    def header(self) -> tuple[int, int]:
        return (0, 24)

    @property
    def metadata(self) -> tuple[int, int]:
        return (24, self.kv[-1].end if self.kv else 24)

    @property
    def tensor_info(self) -> tuple[int, int]:
        return (self.metadata[1], self.tensors[-1].end if self.tensors else self.metadata[1])

    @property
    def data(self) -> tuple[int, int]:
        return (self.data_start, self.size)


class _Buf:
    def __init__(self) -> None:
        self.b = bytearray()

    def pos(self) -> int:
        return len(self.b)

    def put(self, fmt: str, *v: Any) -> None:
        self.b += struct.pack(fmt, *v)

    def string(self, s: str | bytes) -> int:
        at = self.pos()
        raw = s.encode("utf-8") if isinstance(s, str) else s
        self.put("<Q", len(raw))
        self.b += raw
        return at


def _write_value(buf: _Buf, vtype: int, value: Any, kvf: KVField) -> None:
    if vtype in _SCALAR_FMT:
        buf.put(_SCALAR_FMT[vtype], value)
    elif vtype == STRING:
        kvf.string_lengths.append(buf.string(value))
    elif vtype == ARRAY:
        itype, items = value
        buf.put("<I", itype)
        kvf.array_count_at = buf.pos()
        buf.put("<Q", len(items))
        for item in items:
            _write_value(buf, itype, item, kvf)
    else:
        raise ValueError(f"unknown GGUF value type {vtype}")


def build(
    *,
    metadata: Iterable[tuple[str, int, Any]] | None = None,
    tensors: Iterable[tuple[str, np.ndarray]] | None = None,
    chat_template: str | None = CHATML_TEMPLATE,
    version: int = 3,
    seed: int = 0,
) -> tuple[bytes, Layout]:
    """The file's bytes and where each field lies."""
    meta = list(metadata) if metadata is not None else default_metadata(chat_template)
    tens = list(tensors) if tensors is not None else default_tensors(seed)
    buf = _Buf()
    buf.b += GGUF_MAGIC
    buf.put("<I", version)
    buf.put("<Q", len(tens))
    buf.put("<Q", len(meta))
    layout = Layout(size=0)
    for key, vtype, value in meta:
        start = buf.string(key)
        type_at = buf.pos()
        buf.put("<I", vtype)
        kvf = KVField(key=key, start=start, type_at=type_at, value_at=buf.pos(), vtype=vtype, end=0)
        _write_value(buf, vtype, value, kvf)
        kvf.end = buf.pos()
        layout.kv.append(kvf)
    offset = 0
    for name, arr in tens:
        a = np.ascontiguousarray(arr, dtype=np.float32)
        dims = [int(d) for d in reversed(a.shape)]  # ggml: ne0 is the contiguous one
        if len(dims) == 2 and dims[1] == 1:
            dims = dims[:1]
        start = buf.string(name)
        n_dims_at = buf.pos()
        buf.put("<I", len(dims))
        dims_at = []
        for d in dims:
            dims_at.append(buf.pos())
            buf.put("<Q", d)
        type_at = buf.pos()
        buf.put("<I", GGML_F32)
        offset_at = buf.pos()
        buf.put("<Q", offset)
        layout.tensors.append(TensorField(name, start, n_dims_at, dims_at, type_at, offset_at, buf.pos(), offset, a.nbytes))
        offset += -(-a.nbytes // ALIGNMENT) * ALIGNMENT
    buf.b += b"\0" * (-buf.pos() % ALIGNMENT)
    layout.data_start = buf.pos()
    for (_, arr), tf in zip(tens, layout.tensors, strict=True):
        buf.b += b"\0" * (layout.data_start + tf.data_offset - buf.pos())
        buf.b += np.ascontiguousarray(arr, dtype=np.float32).tobytes()
    buf.b += b"\0" * (-buf.pos() % ALIGNMENT)
    layout.size = buf.pos()
    return bytes(buf.b), layout


def write(path: str | Path, **kw: Any) -> Path:
    """Write the tiny model (``build`` options) to ``path`` and return the path."""
    data, _ = build(**kw)
    p = Path(path)
    p.write_bytes(data)
    return p
