"""Will this model fit? An estimate before loading, so the user hears "choose a
smaller quantization" instead of watching the computer swap or the engine die.

The estimate is deliberately on the high side: weights (the file size, since
llama.cpp maps the file), plus the KV cache for the chosen context, plus working
buffers. It never refuses: a model that looks too big gets a warning and a
suggestion, and the user may still try.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .. import system
from .gguf import GGUFInfo
from .validate import check_model_cached, detect_kind

MIB = 1024 * 1024
#: llama.cpp's compute buffers and the runtime itself, beyond weights and cache
LLM_OVERHEAD = 160 * MIB
#: bytes per cached key or value element (llama.cpp's default f16 cache)
KV_ELEMENT_BYTES = 2
#: Whisper (CTranslate2) and Piper (onnxruntime) need their weights plus working memory
SPEECH_FACTOR = {"stt": 2.0, "tts": 1.6}
SPEECH_OVERHEAD = 80 * MIB
#: quantizations larger than the usual sweet spot, where a smaller file is the first fix
HEAVY_QUANTS = ("F32", "F16", "BF16", "Q8_0", "Q6_K", "Q5_0", "Q5_1", "Q5_K_S", "Q5_K_M")


@dataclass(frozen=True)
class FitCheck:
    ok: bool
    """False when the estimate exceeds the free memory; loading may still be tried."""

    estimated_ram_bytes: int
    available_ram_bytes: int | None
    """None when the operating system does not say."""

    warning: str = ""
    """Plain words for the user; empty when there is nothing to worry about."""

    suggestion: str = ""
    """What to do about the warning, e.g. "choose a smaller quantization such as Q4_K_M"."""


def kv_cache_bytes(info: GGUFInfo, n_ctx: int) -> int:
    """Memory for the keys and values of ``n_ctx`` tokens, from the model's own shape
    when it gives it, else a rule that errs on the side of "too big"."""
    layers = info.arch_int("block_count")
    n_embd = info.arch_int("embedding_length")
    n_head = info.arch_int("attention.head_count")
    n_head_kv = info.arch_int("attention.head_count_kv") or n_head
    key_len = info.arch_int("attention.key_length")
    value_len = info.arch_int("attention.value_length")
    if layers and n_head_kv and (key_len or (n_embd and n_head)):
        head_dim = n_embd // n_head if n_embd and n_head else 0
        per_token = layers * n_head_kv * ((key_len or head_dim) + (value_len or key_len or head_dim))
        return per_token * n_ctx * KV_ELEMENT_BYTES
    if layers and n_embd:  # no grouped-query attention known: assume full heads
        return 2 * layers * n_embd * n_ctx * KV_ELEMENT_BYTES
    # nothing to go on: scale with the file (a 4 GB 7B model uses ~0.5 MB per token)
    per_token = min(max(info.size_bytes // 8192, 64 * 1024), 1024 * 1024)
    return per_token * n_ctx


def effective_context(info: GGUFInfo | None, context_length: int) -> int:
    """The context llama.cpp will really allocate: what was asked, capped by what the
    model was trained for."""
    trained = info.context_length if info is not None else None
    return min(context_length, trained) if trained else context_length


def estimate_llm_ram(info: GGUFInfo, *, context_length: int) -> int:
    n_ctx = effective_context(info, context_length)
    return info.size_bytes + kv_cache_bytes(info, n_ctx) + LLM_OVERHEAD


def estimate_ram(kind: str, size_bytes: int, *, gguf: GGUFInfo | None = None, context_length: int = 2048) -> int:
    """Estimated resident memory of a loaded model, in bytes."""
    if kind == "llm":
        if gguf is not None:
            return estimate_llm_ram(gguf, context_length=context_length)
        return size_bytes + min(max(size_bytes // 8192, 64 * 1024), 1024 * 1024) * context_length + LLM_OVERHEAD
    return int(size_bytes * SPEECH_FACTOR.get(kind, 2.0)) + SPEECH_OVERHEAD


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _gib(n: int) -> str:
    return f"{n / 2**30:.1f} GB"


def check_fit(
    path: str | Path,
    *,
    context_length: int = 2048,
    n_threads: int = 0,
    available_ram: int | None = None,
    cpu_count: int | None = None,
) -> FitCheck:
    """Compare a model's estimated memory with what is free now. ``available_ram`` and
    ``cpu_count`` default to this computer's (``system.available_ram_bytes()``,
    ``os.cpu_count()``); passing them makes the answer reproducible. Raises only when
    the model itself cannot be read (use ``check_model`` first for the reason)."""
    p = Path(path).expanduser()
    kind = detect_kind(p)
    checked = check_model_cached(p, kind)
    gguf = checked.gguf
    need = estimate_ram(kind, checked.size_bytes, gguf=gguf, context_length=context_length)
    free = available_ram if available_ram is not None else system.available_ram_bytes()
    cpus = cpu_count if cpu_count is not None else (os.cpu_count() or 1)

    warnings: list[str] = []
    suggestions: list[str] = []
    ok = True
    if free is None:
        warnings.append(f"It needs about {_gib(need)} of memory; this computer does not say how much is free.")
    elif need > free:
        ok = False
        warnings.append(f"It needs about {_gib(need)} of memory but only {_gib(free)} is free.")
    elif need > 0.8 * free:
        warnings.append(f"It needs about {_gib(need)} of the {_gib(free)} free: other programs may slow down.")
    if free is not None and need > 0.8 * free:
        if kind == "llm" and gguf is not None:
            n_ctx = effective_context(gguf, context_length)
            smaller_ctx = estimate_llm_ram(gguf, context_length=2048)
            if n_ctx > 2048 and smaller_ctx <= 0.8 * free:
                suggestions.append("lower the context to 2048")
            elif gguf.quantization in HEAVY_QUANTS:
                suggestions.append("choose a smaller quantization such as Q4_K_M")
            else:
                suggestions.append("choose a smaller model, or close other programs to free memory")
        else:
            suggestions.append("choose a smaller model, or close other programs to free memory")
    if n_threads > cpus:
        warnings.append(f"{n_threads} threads were asked for but this computer has {cpus} CPUs.")
        suggestions.append(f"set the threads to {cpus} or to automatic")
    elif kind == "llm" and cpus <= 2 and checked.size_bytes > 2 * 2**30:
        warnings.append(f"With {cpus} CPUs a model this size will answer slowly.")
        if not suggestions:
            suggestions.append("a model under 2 GB will answer faster")
    return FitCheck(
        ok=ok,
        estimated_ram_bytes=need,
        available_ram_bytes=free,
        warning=" ".join(warnings),
        suggestion=_sentence("; ".join(suggestions)),
    )
