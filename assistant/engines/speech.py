"""The engine process's speech lane: Whisper and Piper, loaded once and kept."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
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
    """Keeps the last two Whisper models and the last two voices loaded: the chat's
    English model and the translator's multilingual one (or the two voices of a
    conversation) then alternate without reloading."""

    KEEP = 2

    def __init__(self) -> None:
        self._stt: OrderedDict[tuple[str, int], Any] = OrderedDict()
        self._tts: OrderedDict[str, Any] = OrderedDict()
        self.stt: Any = None
        self.tts: Any = None

    def _ensure_stt(self, spec: SpeechSpec) -> float:
        key = (spec.stt_path, spec.stt_threads)
        if key in self._stt:
            self._stt.move_to_end(key)
            self.stt = self._stt[key]
            return 0.0
        from .whisper import WhisperSTT

        t0 = time.perf_counter()
        while len(self._stt) >= self.KEEP:
            self._stt.popitem(last=False)
        self.stt = self._stt[key] = WhisperSTT.load(spec.stt_path, cpu_threads=spec.stt_threads)
        # warm: the first call pays for allocations; pay it now, on half a second of silence
        self.stt.transcribe(np.zeros(8000, dtype=np.float32), vad=True)
        return (time.perf_counter() - t0) * 1000.0

    def _ensure_tts(self, spec: SpeechSpec) -> float:
        key = spec.tts_path
        if key in self._tts:
            self._tts.move_to_end(key)
            self.tts = self._tts[key]
            return 0.0
        from .piper_tts import PiperTTS

        t0 = time.perf_counter()
        while len(self._tts) >= self.KEEP:
            self._tts.popitem(last=False)
        self.tts = self._tts[key] = PiperTTS.load(spec.tts_path)
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
        self._stt.clear()
        self._tts.clear()
        self.stt = self.tts = None
