"""faster-whisper adapter. Always given a model *folder* (a name would make it
download from the hub) and run with HF_HUB_OFFLINE=1."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EngineError, InvalidModelError, ModelNotFoundError
from . import offline_environment
from .base import Transcript

REQUIRED_FILES = ("model.bin", "config.json")

#: Whisper reads audio in 30 s windows and its encoder costs the same for 2 s of
#: speech as for 30 s. Push-to-talk questions are short, so after the VAD has cut
#: the silence, speech up to SHORT_MAX_S is encoded in a 10 s window instead:
#: measured 3.4x faster with tiny.en on 2 cores (127 vs 437 ms) and the same text.
#: Windows shorter than 10 s made the decoder loop, so 10 s it is.
SHORT_WINDOW_S = 10.0
SHORT_MAX_S = 8.5


class WhisperSTT:
    def __init__(self, model: Any, path: Path) -> None:
        self.model = model
        self.path = path
        self.english_only = not bool(getattr(model.model, "is_multilingual", True))

    @classmethod
    def load(cls, path: str | Path, *, cpu_threads: int = 0) -> WhisperSTT:
        p = Path(path)
        if not p.is_dir():
            raise ModelNotFoundError(f"No Whisper model folder at {p}.")
        missing = [f for f in REQUIRED_FILES if not (p / f).is_file()]
        if missing:
            raise InvalidModelError(f"{p} is not a faster-whisper model folder (missing {', '.join(missing)}).")
        offline_environment()  # also when used outside the engine process (benchmarks)
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
        if vad and not isinstance(audio, (str, Path)):
            try:
                short = self._transcribe_short(np.asarray(audio, dtype=np.float32), language, task, t0)
            except Exception:  # the fast path is an optimisation; the standard path decides
                short = None
            if short is not None:
                return short
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

    def _transcribe_short(self, audio: np.ndarray, language: str | None, task: str, t0: float) -> Transcript | None:
        """Short speech in a 10 s window; None when the standard path should run."""
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

        duration = len(audio) / 16000.0
        stamps = get_speech_timestamps(audio, VadOptions())
        if not stamps:
            return Transcript(text="", language=language or "", duration_s=duration, elapsed_ms=(time.perf_counter() - t0) * 1000.0)
        chunks, _ = collect_chunks(audio, stamps)
        speech = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
        if len(speech) > SHORT_MAX_S * 16000:
            return None
        window = np.zeros(int(SHORT_WINDOW_S * 16000), dtype=np.float32)
        window[: len(speech)] = speech
        frames = int(SHORT_WINDOW_S * 100)
        features = self.model.feature_extractor(window)[:, :frames]
        sv = ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None], dtype=np.float32))
        ct2 = self.model.model
        multilingual = ct2.is_multilingual
        if multilingual and language is None:
            language = ct2.detect_language(sv)[0][0][0][2:-2]  # "<|fr|>" -> "fr"
        tok = Tokenizer(self.model.hf_tokenizer, multilingual, task=task, language=language or "en")
        prompt = [*tok.sot_sequence, tok.no_timestamps]
        max_len = int(12 + 8 * len(speech) / 16000.0)  # ~4 words/s is fast speech; a loop runs into this cap
        res = ct2.generate(sv, [prompt], beam_size=1, max_length=max_len, suppress_blank=True, suppress_tokens=[-1])
        ids = res[0].sequences_ids[0]
        if len(ids) >= max_len - len(prompt) - 1:
            return None  # ran to the cap: probably looping; let the standard path decide
        text = tok.decode([t for t in ids if t < tok.eot]).strip()
        if _looks_looped(text):
            return None
        return Transcript(
            text=text, language=language or "en", duration_s=duration,
            elapsed_ms=(time.perf_counter() - t0) * 1000.0, segments=((0.0, duration, text),),
        )

    def close(self) -> None:
        self.model = None


def _looks_looped(text: str) -> bool:
    words = text.lower().split()
    for n in (3, 4, 5, 6):
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        if grams and max(grams.count(g) for g in set(grams)) >= 3:
            return True
    return False
