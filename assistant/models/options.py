"""Per-model settings, merged with the app-wide ones at the moment a model loads.

The stored form is ``config.ModelOptions`` (zero/empty = "use the app setting"), so
changing the app-wide context later still reaches every model the user did not
tune by hand. This module turns that into the concrete values an engine needs.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from ..config import ModelOptions, Settings


@dataclass(frozen=True)
class EffectiveOptions:
    context_length: int
    n_threads: int  # 0 = let the engine pick one per physical core
    gpu_layers: int  # 0 when there is no GPU backend, whatever was asked
    chat_template: str | None  # None = the template inside the GGUF
    system_prompt: str


def effective_options(settings: Settings, path: str, *, gpu_available: bool = False) -> EffectiveOptions:
    """What the engine should use for the model at ``path``. Pass ``gpu_available``
    from ``gpu_offload_supported()`` evaluated where llama.cpp is already loaded."""
    o = _options_for(settings, path)
    return EffectiveOptions(
        context_length=o.context_length or settings.context_size,
        n_threads=o.n_threads or settings.n_threads,
        gpu_layers=o.gpu_layers if gpu_available else 0,
        chat_template=o.chat_template or None,
        system_prompt=o.system_prompt or settings.system_prompt,
    )


def _options_for(settings: Settings, path: str) -> ModelOptions:
    """The entry for ``path``; failing an exact match, one for the same file under
    another spelling (the registry lists a model where it lies, but resolving it
    follows links, e.g. a temp folder behind /var -> /private/var)."""
    o = settings.options_for(path)
    if not o.is_default or not settings.model_options:
        return o
    real = _real(path)
    for candidate in settings.model_options:
        if _real(candidate.path) == real:
            return candidate
    return o


def _real(path: str) -> str:
    try:
        return os.path.realpath(os.path.expanduser(path))
    except (OSError, ValueError):
        return path


@functools.cache
def gpu_offload_supported() -> bool:
    """Whether this llama.cpp build can offload layers to a GPU, so the UI shows the
    GPU layers setting only when it means something.

    This imports llama_cpp (and loads its shared library), so call it in the engine
    process or on a worker thread, never at import time: the core must import
    without the engine libraries (tests/core/test_layering.py)."""
    try:
        import llama_cpp  # deliberately lazy, see the docstring

        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # a missing or broken build simply means "no GPU"
        return False
