"""Engine adapters. The only place faster_whisper, llama_cpp and piper are imported,
and only inside the engine process (see ``process.py``)."""

from __future__ import annotations

import os

#: The environment every engine library runs in: offline, and no library's own
#: telemetry. onnxruntime (Piper, and Whisper's VAD) 1.32 reports usage to
#: mobile.events.data.microsoft.com from Linux too, a few seconds after its first
#: session, and keeps a device id under ~/.cache/Microsoft, unless
#: ORT_DISABLE_TELEMETRY=1 (found by tests/e2e/test_privacy.py under strace).
#: Forced, not defaulted: these are invariants, not settings.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ORT_DISABLE_TELEMETRY": "1",
}


def offline_environment() -> None:
    """Set ``OFFLINE_ENV`` in this process (and so in every process it starts)."""
    os.environ.update(OFFLINE_ENV)
