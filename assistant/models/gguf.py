"""Read a GGUF file's header and metadata without loading the model.

A damaged model can abort llama.cpp's whole process, so we look before we load:
magic, version, counts and the metadata we show (architecture, name, context
length, chat template, quantization). Every length read from the file is bounded,
so a hostile file cannot make us allocate gigabytes or loop forever.
"""

from __future__ import annotations

import struct
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


class _Reader:
    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh = fh
        self.size = size

    def read(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) != n:
            raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.unpack("<Q")
        if n > _MAX_STRING:
            raise InvalidModelError("The file's metadata is damaged (a text field is impossibly long).")
        if self.fh.tell() + n > self.size:
            raise InvalidModelError("The file ends too early: it looks truncated (an incomplete download?).")
        return self.read(n).decode("utf-8", errors="replace")

    def value(self, vtype: int, *, keep: bool = True) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            itype = self.unpack("<I")
            n = self.unpack("<Q")
            if n > _MAX_ARRAY:
                raise InvalidModelError("The file's metadata is damaged (an array is impossibly long).")
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
                val = r.value(vtype, keep=keep)
                if keep:
                    meta[key] = val
            # the tensor data must at least start inside the file
            if fh.tell() >= size:
                raise InvalidModelError(f"{p.name} ends right after its metadata: it looks truncated.")
    except OSError as exc:
        raise InvalidModelError(f"{p.name} could not be read: {exc.strerror or exc}.") from exc
    except (struct.error, UnicodeError, MemoryError, OverflowError) as exc:
        raise InvalidModelError(f"{p.name} has a damaged header ({exc}).") from exc
    info = GGUFInfo(path=p, version=version, tensor_count=n_tensors, size_bytes=size, metadata=meta)
    if "general.architecture" not in meta:
        raise InvalidModelError(f"{p.name} does not say which model architecture it is.")
    return info
