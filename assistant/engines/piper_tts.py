"""piper-tts adapter: one chunk of int16 audio per sentence, as each is ready.

If piper's espeak-ng data folder is missing, espeak-ng ends the whole process with
status 1 instead of raising, so we check for it before loading."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import EngineError, InvalidModelError, ModelNotFoundError
from . import offline_environment
from .base import SpeechChunk


def espeak_data_dir() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("piper")
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(list(spec.submodule_search_locations)[0]) / "espeak-ng-data"
    return d if d.is_dir() else None


def voice_text(text: str) -> str:
    """What espeak-ng can take: one lone surrogate (from a broken clipboard or a model's
    split emoji) made Piper refuse the whole text, so it goes, as do NUL and other
    control characters; split surrogate pairs are joined first."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return "".join(" " if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\t") else ch for ch in text)


class PiperTTS:
    def __init__(self, voice: Any, path: Path) -> None:
        self.voice = voice
        self.path = path
        self.sample_rate = int(voice.config.sample_rate)

    @classmethod
    def load(cls, path: str | Path) -> PiperTTS:
        p = Path(path)
        if not p.is_file():
            raise ModelNotFoundError(f"No Piper voice at {p}.")
        cfg = Path(str(p) + ".json")
        if not cfg.is_file():
            raise InvalidModelError(f"The Piper voice {p.name} has no {cfg.name} beside it.")
        try:
            meta = json.loads(cfg.read_text(encoding="utf-8"))
            if not meta.get("audio", {}).get("sample_rate"):
                raise InvalidModelError(f"{cfg.name} does not give a sample rate.")
        except ValueError as exc:
            raise InvalidModelError(f"{cfg.name} is not valid JSON: {exc}") from exc
        data = espeak_data_dir()
        if data is None:
            raise EngineError("piper-tts is installed without its espeak-ng data; reinstall piper-tts.")
        offline_environment()  # before onnxruntime loads (its telemetry); also outside the engine process
        try:
            import onnxruntime
            from piper import PiperVoice
            from piper.config import PiperConfig

            options = onnxruntime.SessionOptions()
            # idle worker threads must not spin: they would steal the CPU that the
            # language model, generating the next sentence, needs on a 2-core laptop
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.add_session_config_entry("session.inter_op.allow_spinning", "0")
            session = onnxruntime.InferenceSession(str(p), sess_options=options, providers=["CPUExecutionProvider"])
            voice = PiperVoice(
                config=PiperConfig.from_dict(meta), session=session, espeak_data_dir=data, download_dir=p.parent
            )
        except Exception as exc:
            raise InvalidModelError(f"Piper could not load {p.name}: {exc}") from exc
        return cls(voice, p)

    def synthesize(self, text: str, *, length_scale: float | None = None) -> Iterator[SpeechChunk]:
        from piper import SynthesisConfig

        cfg = SynthesisConfig(length_scale=length_scale)
        try:
            for chunk in self.voice.synthesize(voice_text(text), syn_config=cfg):
                yield SpeechChunk(samples=chunk.audio_int16_array, sample_rate=chunk.sample_rate, text="".join(chunk.phonemes))
        except Exception as exc:
            raise EngineError(f"Speech synthesis failed: {exc}") from exc

    def close(self) -> None:
        self.voice = None
