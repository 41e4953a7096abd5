"""The engine process's speech lane: Whisper and Piper, loaded once and kept."""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import EngineError
from .base import SpeechSpec

#: the longest recording decoded at once: two hours are 460 MB of samples at 16 kHz,
#: about as much as fits beside the models on an 8 GB computer
MAX_AUDIO_S = 2 * 3600.0


def describe_duration(seconds: float) -> str:
    """3725 -> "1 h 2 min", 95 -> "1 min 35 s", 42 -> "42 s"."""
    s = int(round(seconds))
    if s >= 3600:
        return f"{s // 3600} h {s % 3600 // 60} min" if s % 3600 >= 60 else f"{s // 3600} h"
    if s >= 60:
        return f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    return f"{s} s"


#: what a refusal of an over-long recording says; callers with their own limit pass
#: their own words ({name}, {length} and {limit} are filled in)
TOO_LONG = "{name} is {length} long; Parley takes recordings of up to {limit} at a time. Split it into shorter parts."


def decode_audio(path: str, *, max_s: float = MAX_AUDIO_S, too_long: str = TOO_LONG) -> np.ndarray:
    """Any audio file PyAV reads → mono float32 at 16 kHz. Runs in the engine process:
    a damaged file can crash a decoder, and must take only the engine down. Refuses,
    in plain words, what is not sound and what is longer than ``max_s`` (looking at
    the container's stated length first, so an over-long file is not decoded)."""
    from pathlib import Path

    from ..errors import AssistantError

    p = Path(path)
    if not p.is_file():
        raise AssistantError(f"No audio file at {p}." if not p.exists() else f"{p} is a folder, not an audio file.")
    if p.stat().st_size == 0:
        raise AssistantError(f"{p.name} is empty (0 bytes): there is no sound in it.")
    unreadable = f"{p.name} is not a sound file Parley can read: it may be damaged, incomplete, or not audio at all."
    try:
        import av

        with av.open(str(p), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AssistantError(f"{p.name} has no sound in it (no audio track).")
            stated = container.duration / av.time_base if container.duration else 0.0
    except AssistantError:
        raise
    except Exception as exc:
        raise AssistantError(unreadable) from exc
    if stated > max_s:
        raise AssistantError(too_long.format(name=p.name, length=describe_duration(stated), limit=describe_duration(max_s)))
    try:
        from faster_whisper.audio import decode_audio as _decode

        audio = np.asarray(_decode(str(p), sampling_rate=16000), dtype=np.float32)
    except MemoryError as exc:
        raise AssistantError(f"{p.name} is too large to read into memory.") from exc
    except Exception as exc:
        raise AssistantError(unreadable) from exc
    if len(audio) == 0:
        raise AssistantError(f"{p.name} holds no sound that could be decoded: it may be damaged.")
    if len(audio) > max_s * 16000 * 1.01:  # the container understated its length
        length = describe_duration(len(audio) / 16000)
        raise AssistantError(too_long.format(name=p.name, length=length, limit=describe_duration(max_s)))
    return audio


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
            audio = msg["audio"]
            if isinstance(audio, (str, os.PathLike)):  # a file: decoded here, never sent back and forth
                audio = decode_audio(os.fspath(audio))
            self._ensure_stt(spec)
            if cancel.is_set():
                return
            emit(self.stt.transcribe(audio, language=msg.get("language"), task=msg.get("task", "transcribe")))
        elif op == "decode_audio":
            emit(decode_audio(msg["path"], max_s=float(msg.get("max_s") or MAX_AUDIO_S), too_long=msg.get("too_long") or TOO_LONG))
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
