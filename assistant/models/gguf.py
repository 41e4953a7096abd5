"""Read a GGUF file's header and metadata without loading the model.

A damaged model can abort llama.cpp's whole process, so we look before we load:
magic, version, counts and the metadata we show (architecture, name, context
length, chat template, quantization). Every length read from the file is bounded,
so a hostile file cannot make us allocate gigabytes or loop forever.
"""

from __future__ import annotations

import math
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InvalidModelError, ModelNotFoundError

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
_MAX_STRING = 16 * 1024 * 1024  # chat templates are a few KB; tokenizer vocab entries are tiny
_MAX_KV = 100_000
_MAX_ARRAY = 10_000_000
_MAX_TENSORS = 1_000_000

# GGUF value types
_SCALARS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
    10: "<Q", 11: "<q", 12: "<d",
}
_STRING, _ARRAY = 8, 9

#: ggml tensor types that no language model stores its weights in: integer types and
#: the two block types llama.cpp uses only as dot-product scratch. llama.cpp loads a
#: file that claims them and then crashes computing with them (SIGSEGV/SIGABRT,
#: found by scripts/gguf_corpus.py), so they are refused before it sees the file.
_NOT_WEIGHT_TYPES = {9: "Q8_1", 15: "Q8_K", 24: "I8", 25: "I16", 26: "I32", 27: "I64"}
_MAX_DIMS = 4
#: llama.cpp's LLAMA_MAX_LAYERS: more is a GGML_ASSERT (abort), not an error
_MAX_LAYERS = 512
#: llama-cpp-python allocates the model's claimed context (4 bytes a token) on every
#: tokenize call: 2^31 hung for minutes, 2^31+ overflowed. The longest real claim is
#: ~10M tokens (Llama 4 Scout).
_MAX_CONTEXT = 1 << 24
#: the bytes valid UTF-8 can contain; an SPM ("llama") vocabulary must hold a <0xNN>
#: token for each, or llama.cpp ends the process on text that falls back to it
_UTF8_BYTES = tuple(range(0xC0)) + tuple(range(0xC2, 0xF5))

#: llama.cpp's general.file_type numbers for the common quantizations
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 32: "BF16",
}


@dataclass(frozen=True)
class GGUFInfo:
    path: Path
    version: int
    tensor_count: int
    size_bytes: int
    metadata: dict[str, Any] = field(repr=False)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        return int(value) if isinstance(value, int) else None

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def quantization(self) -> str:
        ft = self.metadata.get("general.file_type")
        return FILE_TYPES.get(ft, f"type {ft}") if isinstance(ft, int) else "unknown"

    @property
    def license(self) -> str:
        value = self.metadata.get("general.license")
        return value if isinstance(value, str) else ""

    @property
    def languages(self) -> tuple[str, ...]:
        value = self.metadata.get("general.languages")
        return tuple(str(v) for v in value) if isinstance(value, list) else ()

    def arch_int(self, key: str) -> int | None:
        """An architecture-scoped number such as ``block_count`` or
        ``attention.head_count_kv``; the memory estimate needs several."""
        value = self.metadata.get(f"{self.architecture}.{key}")
        if isinstance(value, list):  # some models give one value per layer
            value = max((v for v in value if isinstance(v, int)), default=None)
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


class _Reader:
    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh = fh
        self.size = size
        #: (first, second) indices of a repeated vocabulary entry, if any
        self.duplicate: tuple[int, int] | None = None
        #: byte values without a <0xNN> vocabulary entry (None: no vocabulary read)
        self.missing_bytes: list[int] | None = None

    def read(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) != n:
            raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self, *, keep: bool = True) -> str:
        n = self.unpack("<Q")
        if n > _MAX_STRING:
            raise InvalidModelError("The file's metadata is damaged (a text field is impossibly long).")
        if self.fh.tell() + n > self.size:
            raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
        if not keep:  # a vocabulary has ~10^5 of these; seeking is much cheaper than decoding
            self.fh.seek(n, 1)
            return ""
        return self.read(n).decode("utf-8", errors="replace")

    def skip_strings(self, n: int, *, unique: bool = False) -> None:
        """Step over ``n`` strings, reading ahead in large blocks: a vocabulary has
        ~10^5 of them and a seek per string cost 0.2 s on SmolLM2. With ``unique``,
        note the first entry that repeats an earlier one: llama.cpp aborts the whole
        process on such a vocabulary (GGML_ASSERT in llama-vocab.cpp)."""
        seen: dict[bytes, int] = {}
        buf, off, block = b"", 0, 1 << 20
        unpack_from = struct.unpack_from
        for i in range(n):
            if not i & 1023:
                time.sleep(0)  # let other threads (a window's event loop) have Python for a moment
            if len(buf) - off < 8:
                buf, off = buf[off:] + self.fh.read(block), 0
                if len(buf) < 8:
                    raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
            length = unpack_from("<Q", buf, off)[0]
            off += 8
            if length > _MAX_STRING:
                raise InvalidModelError("The file's metadata is damaged (a text field is impossibly long).")
            if len(buf) - off < length:
                buf, off = buf[off:] + self.fh.read(max(block, length)), 0
                if len(buf) < length:
                    raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
            if unique and self.duplicate is None:
                first = seen.setdefault(buf[off : off + length], i)
                if first != i:
                    self.duplicate = (first, i)
            off += length
        self.fh.seek(off - len(buf), 1)  # give back what was read ahead
        if unique:
            self.missing_bytes = [b for b in _UTF8_BYTES if b"<0x%02X>" % b not in seen]

    def value(self, vtype: int, *, keep: bool = True, unique: bool = False) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string(keep=keep)
        if vtype == _ARRAY:
            itype = self.unpack("<I")
            n = self.unpack("<Q")
            if n > _MAX_ARRAY:
                raise InvalidModelError("The file's metadata is damaged (an array is impossibly long).")
            if itype == _STRING and not keep:
                self.skip_strings(n, unique=unique)
                return None
            if itype in _SCALARS and not keep:
                skip = struct.calcsize(_SCALARS[itype]) * n
                if self.fh.tell() + skip > self.size:
                    raise InvalidModelError("The file ends too early: it looks truncated.")
                self.fh.seek(skip, 1)
                return None
            items = [self.value(itype, keep=keep) for _ in range(n)]
            return items if keep else None
        raise InvalidModelError(f"The file's metadata is damaged (unknown value type {vtype}).")


# big arrays we never need to keep in memory
_SKIP_KEYS = ("tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type", "tokenizer.ggml.merges")


def read_gguf(path: str | Path) -> GGUFInfo:
    """Validate the header and return the metadata, or raise a plain-language error."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ModelNotFoundError(f"No model file at {p}.")
    if p.is_dir():
        raise InvalidModelError(f"{p} is a folder, not a GGUF model file.")
    try:
        size = p.stat().st_size
        if size == 0:
            raise InvalidModelError(f"{p.name} is empty (0 bytes).")
        with p.open("rb") as fh:
            r = _Reader(fh, size)
            if size < 24:
                raise InvalidModelError(f"{p.name} is too small to be a model ({size} bytes).")
            magic = r.read(4)
            if magic != MAGIC:
                raise InvalidModelError(f"{p.name} is not a GGUF model (it does not start with 'GGUF').")
            version = r.unpack("<I")
            if version not in SUPPORTED_VERSIONS:
                raise InvalidModelError(f"{p.name} uses GGUF version {version}; Parley reads versions 2 and 3.")
            n_tensors = r.unpack("<Q")
            n_kv = r.unpack("<Q")
            if n_tensors > _MAX_TENSORS or n_kv > _MAX_KV:
                raise InvalidModelError(f"{p.name} has a damaged header (impossible counts).")
            if n_tensors == 0:
                raise InvalidModelError(f"{p.name} holds no tensors: it is not a usable model.")
            meta: dict[str, Any] = {}
            for _ in range(n_kv):
                key = r.string()
                vtype = r.unpack("<I")
                keep = key not in _SKIP_KEYS
                val = r.value(vtype, keep=keep, unique=key == "tokenizer.ggml.tokens")
                if keep:
                    meta[key] = val
            # the tensor data must at least start inside the file
            if fh.tell() >= size:
                raise InvalidModelError(f"{p.name} ends right after its metadata: it looks truncated.")
            if r.duplicate is not None:
                first, again = r.duplicate
                raise InvalidModelError(
                    f"{p.name} has a damaged vocabulary: entry {again} repeats entry {first}, which llama.cpp cannot load."
                )
            for _ in range(n_tensors):  # the tensor table: a few hundred short entries
                name = r.string()
                n_dims = r.unpack("<I")
                if n_dims > _MAX_DIMS:
                    raise InvalidModelError(f"{p.name} has a damaged tensor table ({name[:60]!r} has {n_dims} dimensions).")
                r.read(8 * n_dims)
                ttype = r.unpack("<I")
                if ttype in _NOT_WEIGHT_TYPES:
                    raise InvalidModelError(
                        f"{p.name} is damaged or not a language model: it stores {name[:60]!r} as "
                        f"{_NOT_WEIGHT_TYPES[ttype]}, a type llama.cpp cannot compute with."
                    )
                r.read(8)  # offset within the data (llama.cpp checks it against the file)
    except OSError as exc:
        raise InvalidModelError(f"{p.name} could not be read: {exc.strerror or exc}.") from exc
    except (struct.error, UnicodeError, MemoryError, OverflowError) as exc:
        raise InvalidModelError(f"{p.name} has a damaged header ({exc}).") from exc
    info = GGUFInfo(path=p, version=version, tensor_count=n_tensors, size_bytes=size, metadata=meta)
    if "general.architecture" not in meta:
        raise InvalidModelError(f"{p.name} does not say which model architecture it is.")
    _check_values(info, r.missing_bytes)
    return info


def _check_values(info: GGUFInfo, missing_bytes: list[int] | None) -> None:
    """Values that make llama.cpp abort the process (GGML_ASSERT) or hang instead of
    refusing the file; each was found by scripts/gguf_corpus.py."""
    name, arch, meta = info.path.name, info.architecture, info.metadata
    layers = meta.get(f"{arch}.block_count")
    if isinstance(layers, int) and not 0 < layers <= _MAX_LAYERS:
        raise InvalidModelError(f"{name} is damaged: it claims {layers} layers (llama.cpp handles 1 to {_MAX_LAYERS}).")
    for key in ("attention.layer_norm_rms_epsilon", "attention.layer_norm_epsilon"):
        eps = meta.get(f"{arch}.{key}")
        if isinstance(eps, float) and not (eps >= 0.0 and math.isfinite(eps)):
            raise InvalidModelError(f"{name} is damaged: its normalisation constant is {eps}, which cannot work.")
    ctx = meta.get(f"{arch}.context_length")
    if isinstance(ctx, int) and ctx > _MAX_CONTEXT:
        raise InvalidModelError(f"{name} is damaged: it claims a context of {ctx:,} tokens, far beyond any real model.")
    vocab = meta.get("tokenizer.ggml.model")
    if vocab in ("none", "no_vocab"):
        raise InvalidModelError(f"{name} has no vocabulary, so it cannot read or write text.")
    if vocab == "bert":
        raise InvalidModelError(f"{name} has a BERT vocabulary: it is an embedding model, not one that writes replies.")
    if vocab == "llama" and missing_bytes:
        raise InvalidModelError(
            f"{name} has a damaged vocabulary: it lacks the byte token <0x{missing_bytes[0]:02X}>, "
            "which llama.cpp needs for text outside its vocabulary."
        )
