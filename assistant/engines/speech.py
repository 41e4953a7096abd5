"""The engine process's speech lane: Whisper and Piper, loaded once and kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import EngineError
from .base import SpeechSpec


def decode_audio(path: str) -> np.ndarray:
    """Any audio file PyAV reads → mono float32 at 16 kHz."""
    from pathlib import Path

    from ..errors import AssistantError

    p = Path(path)
    if not p.is_file():
        raise AssistantError(f"No audio file at {p}.")
    if p.stat().st_size == 0:
        raise AssistantError(f"{p.name} is empty.")
    try:
        from faster_whisper.audio import decode_audio as _decode

        audio = _decode(str(p), sampling_rate=16000)
    except Exception as exc:
        raise AssistantError(f"{p.name} could not be read as audio ({type(exc).__name__}: {exc}).") from exc
    return np.asarray(audio, dtype=np.float32)


class SpeechLane:
    def __init__(self) -> None:
        self.stt: Any = None
        self.stt_key: tuple[str, int] | None = None
        self.tts: Any = None
        self.tts_key: str | None = None

    def _ensure_stt(self, spec: SpeechSpec) -> float:
        key = (spec.stt_path, spec.stt_threads)
        if self.stt is not None and self.stt_key == key:
            return 0.0
        from .whisper import WhisperSTT

        t0 = time.perf_counter()
        self.stt = WhisperSTT.load(spec.stt_path, cpu_threads=spec.stt_threads)
        self.stt_key = key
        # warm: the first call pays for allocations; pay it now, on half a second of silence
        self.stt.transcribe(np.zeros(8000, dtype=np.float32), vad=True)
        return (time.perf_counter() - t0) * 1000.0

    def _ensure_tts(self, spec: SpeechSpec) -> float:
        if self.tts is not None and self.tts_key == spec.tts_path:
            return 0.0
        from .piper_tts import PiperTTS

        t0 = time.perf_counter()
        self.tts = PiperTTS.load(spec.tts_path)
        self.tts_key = spec.tts_path
        for _ in self.tts.synthesize("Ready."):
            pass
        return (time.perf_counter() - t0) * 1000.0

    def handle(self, op: str, msg: dict[str, Any], cancel: threading.Event, emit: Callable[[Any], None]) -> None:
        spec: SpeechSpec = msg.get("spec") or SpeechSpec()
        if op == "load_speech":
            out = {}
            if spec.stt_path:
                out["stt_ms"] = self._ensure_stt(spec)
            if spec.tts_path:
                out["tts_ms"] = self._ensure_tts(spec)
            emit(out)
        elif op == "transcribe":
            self._ensure_stt(spec)
            if cancel.is_set():
                return
            emit(self.stt.transcribe(msg["audio"], language=msg.get("language"), task=msg.get("task", "transcribe")))
        elif op == "decode_audio":
            emit(decode_audio(msg["path"]))
        elif op == "synthesize":
            self._ensure_tts(spec)
            for chunk in self.tts.synthesize(msg["text"], length_scale=msg.get("length_scale")):
                if cancel.is_set():
                    return
                emit(chunk)
        else:
            raise EngineError(f"unknown speech request {op!r}")

    def close(self) -> None:
        self.stt = self.tts = None
