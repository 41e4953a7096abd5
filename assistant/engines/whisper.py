"""faster-whisper adapter. Always given a model *folder* (a name would make it
download from the hub) and run with HF_HUB_OFFLINE=1."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from ..errors import EngineError, InvalidModelError, ModelNotFoundError
from .base import Transcript

REQUIRED_FILES = ("model.bin", "config.json")


class WhisperSTT:
    def __init__(self, model: Any, path: Path) -> None:
        self.model = model
        self.path = path
        self.english_only = path.name.endswith(".en") or "tiny.en" in str(path) or _is_english_only(path)

    @classmethod
    def load(cls, path: str | Path, *, cpu_threads: int = 0) -> WhisperSTT:
        p = Path(path)
        if not p.is_dir():
            raise ModelNotFoundError(f"No Whisper model folder at {p}.")
        missing = [f for f in REQUIRED_FILES if not (p / f).is_file()]
        if missing:
            raise InvalidModelError(f"{p} is not a faster-whisper model folder (missing {', '.join(missing)}).")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from faster_whisper import WhisperModel

            model = WhisperModel(
                str(p), device="cpu", compute_type="int8", cpu_threads=cpu_threads or 0, local_files_only=True
            )
        except Exception as exc:
            raise InvalidModelError(f"Whisper could not load {p.name}: {exc}") from exc
        return cls(model, p)

    def transcribe(self, audio: Any, *, language: str | None = None, task: str = "transcribe", vad: bool = True) -> Transcript:
        t0 = time.perf_counter()
        if language in ("auto", "", None):
            language = None
        if self.english_only:
            language, task = "en", "transcribe"
        try:
            segments, info = self.model.transcribe(
                audio,
                language=language or None,
                task=task,
                beam_size=1,
                vad_filter=vad,
                condition_on_previous_text=False,
                without_timestamps=True,
                # with no language given, detect it per segment: people switch languages
                multilingual=language is None and not self.english_only,
            )
            segs = tuple((float(s.start), float(s.end), s.text.strip()) for s in segments)
        except Exception as exc:
            raise EngineError(f"Transcription failed: {exc}") from exc
        text = " ".join(s[2] for s in segs if s[2]).strip()
        return Transcript(
            text=text,
            language=str(info.language or language or ""),
            duration_s=float(info.duration),
            elapsed_ms=(time.perf_counter() - t0) * 1000.0,
            segments=segs,
        )

    def close(self) -> None:
        self.model = None


def _is_english_only(path: Path) -> bool:
    try:
        import json

        cfg = json.loads((path / "config.json").read_text())
        return len(cfg.get("lang_ids", [1, 2])) <= 1
    except (OSError, ValueError):
        return False
