"""piper-tts adapter: int16 audio a piece of a sentence at a time, as each is ready.

A Piper voice is a VITS model: a front part (text encoder, durations, flow) turns a
sentence's phonemes into latent frames, and a decoder (HiFi-GAN) turns the frames
into sound, 256 samples each; the decoder takes most of the time. Parley splits the
model in two at load (``split_decoder``) and decodes the frames a chunk at a time,
each with some frames of context either side that are decoded and dropped: the
chunks join into the same sound as the whole sentence decoded at once, and the first
sound of a sentence is ready after the front and one short chunk instead of after
the whole sentence. A voice that cannot be split is synthesised a sentence at a time.

If piper's espeak-ng data folder is missing, espeak-ng ends the whole process with
status 1 instead of raising, so we check for it before loading."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EngineError, InvalidModelError, ModelNotFoundError
from . import offline_environment
from .base import SpeechChunk

log = logging.getLogger(__name__)

#: frames (256 samples, ~12 ms at 22.05 kHz) in the first decoded chunk of a sentence:
#: ~0.28 s of sound, which plays for far longer than the next chunk takes
FIRST_FRAMES = 24
#: frames in each later chunk
CHUNK_FRAMES = 96
#: frames decoded on each side of a chunk and dropped: the decoder's reach. With 16
#: the chunks join into the sound of the whole sentence decoded at once to within
#: float rounding (> 120 dB signal to difference; 8 frames: ~60 dB)
CONTEXT_FRAMES = 16
#: the loudest raw peak a voice is assumed to reach; a louder one lowers the voice's
#: level from then on (see ``PiperTTS._to_int16``)
PEAK = 0.8


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


def split_decoder(model_path: Path, out_dir: Path) -> tuple[Path, Path, tuple[str, ...]] | None:
    """Write the voice's front part and its decoder as two ONNX models in ``out_dir``:
    (front, decoder, the tensors that pass from one to the other, the latent frames
    first). None when the model is not a VITS export with a ``/dec/`` decoder.

    The front is cut out of the loaded model in place (its weights are not copied:
    the process peaks ~60 MB above loading the voice whole, and only at load)."""
    import onnx
    from onnx.utils import Extractor

    model = onnx.load(str(model_path))
    g = model.graph
    if len(g.output) != 1:
        return None
    dec_nodes = [n for n in g.node if n.name.startswith("/dec/")]
    conv_pre = next((n for n in dec_nodes if n.name == "/dec/conv_pre/Conv"), None)
    if conv_pre is None:
        return None
    made_in_dec = {o for n in dec_nodes for o in n.output}
    weights = {t.name for t in g.initializer}
    boundary = (conv_pre.input[0], *dict.fromkeys(
        i for n in dec_nodes for i in n.input if i and i not in made_in_dec and i not in weights and i != conv_pre.input[0]
    ))
    graph_inputs = {i.name for i in g.input}
    if any(b in graph_inputs for b in boundary):
        return None
    decoder = Extractor(model).extract_model(list(boundary), [g.output[0].name])
    # the decoder must need nothing but the boundary and its own weights
    known = set(boundary) | {t.name for t in decoder.graph.initializer} | {o for n in decoder.graph.node for o in n.output}
    if any(i and i not in known for n in decoder.graph.node for i in n.input) or not decoder.graph.node:
        return None
    # the front: the nodes the boundary needs, the weights they use, the boundary as outputs
    producer = {o: n for n in g.node for o in n.output}
    needed: set[int] = set()
    todo = list(boundary)
    seen: set[str] = set()
    while todo:
        t = todo.pop()
        if t in seen or t not in producer:
            continue
        seen.add(t)
        node = producer[t]
        needed.add(id(node))
        todo.extend(i for i in node.input if i)
    used = {i for n in g.node if id(n) in needed for i in n.input}
    for k in reversed(range(len(g.node))):
        if id(g.node[k]) not in needed:
            del g.node[k]
    for k in reversed(range(len(g.initializer))):
        if g.initializer[k].name not in used:
            del g.initializer[k]
    types = {v.name: v.type.tensor_type.elem_type for v in g.value_info}
    del g.output[:]
    g.output.extend(onnx.helper.make_tensor_value_info(b, types.get(b, onnx.TensorProto.FLOAT), None) for b in boundary)
    front_path, dec_path = out_dir / "front.onnx", out_dir / "decoder.onnx"
    onnx.save(model, str(front_path))
    del model, g, producer
    onnx.save(decoder, str(dec_path))
    return front_path, dec_path, boundary


class PiperTTS:
    def __init__(self, voice: Any, path: Path, *, front: Any = None, decoder: Any = None,
                 boundary: tuple[str, ...] = ()) -> None:
        self.voice = voice
        self.path = path
        self.sample_rate = int(voice.config.sample_rate)
        self.front, self.decoder, self.boundary = front, decoder, boundary
        self._loudest = PEAK

    @property
    def streaming(self) -> bool:
        """Whether sentences are decoded a chunk at a time."""
        return self.decoder is not None

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

            def session(model: Path) -> Any:
                return onnxruntime.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])

            front = decoder = None
            boundary: tuple[str, ...] = ()
            if os.environ.get("PARLEY_TTS_STREAM", "1") != "0":  # 0: whole sentences (before/after benchmarks)
                try:
                    with tempfile.TemporaryDirectory(prefix="parley-voice-") as tmp:
                        parts = split_decoder(p, Path(tmp))
                        if parts is not None:
                            front, decoder, boundary = session(parts[0]), session(parts[1]), parts[2]
                except Exception as exc:  # an unusual export: it is still a voice, spoken whole sentences at a time
                    log.warning("Piper voice %s not split (%s); sentences are synthesised whole", p.name, exc)
                    front = decoder = None
            whole = None if decoder is not None else session(p)
            voice = PiperVoice(
                config=PiperConfig.from_dict(meta), session=whole, espeak_data_dir=data, download_dir=p.parent
            )
        except Exception as exc:
            raise InvalidModelError(f"Piper could not load {p.name}: {exc}") from exc
        return cls(voice, p, front=front, decoder=decoder, boundary=boundary)

    def synthesize(self, text: str, *, length_scale: float | None = None) -> Iterator[SpeechChunk]:
        try:
            if self.decoder is None:
                from piper import SynthesisConfig

                cfg = SynthesisConfig(length_scale=length_scale, normalize_audio=False)
                for chunk in self.voice.synthesize(voice_text(text), syn_config=cfg):
                    yield self._chunk(chunk.audio_float_array, "".join(chunk.phonemes))
                return
            for phonemes in self.voice.phonemize(voice_text(text)):
                if phonemes:
                    yield from self._stream(phonemes, length_scale)
        except Exception as exc:
            raise EngineError(f"Speech synthesis failed: {exc}") from exc

    def _stream(self, phonemes: list[str], length_scale: float | None) -> Iterator[SpeechChunk]:
        """One sentence: the front once, then the decoder a chunk of frames at a time."""
        said = "".join(phonemes)
        for audio in self.decode(*self.frames(phonemes, length_scale)):
            yield self._chunk(audio, said)

    def frames(self, phonemes: list[str], length_scale: float | None = None) -> tuple[np.ndarray, dict[str, Any]]:
        """The front part: a sentence's latent frames (1 x channels x frames) and
        anything else the decoder takes (a speaker's embedding)."""
        cfg = self.voice.config
        ids = np.array([self.voice.phonemes_to_ids(phonemes)], dtype=np.int64)
        feeds: dict[str, Any] = {
            "input": ids,
            "input_lengths": np.array([ids.shape[1]], dtype=np.int64),
            "scales": np.array([cfg.noise_scale, length_scale or cfg.length_scale, cfg.noise_w_scale], dtype=np.float32),
        }
        if cfg.num_speakers > 1:
            feeds["sid"] = np.array([cfg.default_speaker_id or 0], dtype=np.int64)
        names = {i.name for i in self.front.get_inputs()}
        parts = self.front.run(list(self.boundary), {k: v for k, v in feeds.items() if k in names})
        return parts[0], dict(zip(self.boundary[1:], parts[1:], strict=True))

    def decode(self, frames: np.ndarray, rest: dict[str, Any], *, chunked: bool = True) -> Iterator[np.ndarray]:
        """The decoder: raw float sound, a chunk of frames at a time (``chunked``) or
        the whole sentence at once."""
        total = int(frames.shape[2])
        start = 0
        while start < total:
            end = min(total, start + (FIRST_FRAMES if start == 0 else CHUNK_FRAMES)) if chunked else total
            if total - end < FIRST_FRAMES:  # no crumb of a chunk at the end
                end = total
            lo, hi = max(0, start - CONTEXT_FRAMES), min(total, end + CONTEXT_FRAMES)
            audio = self.decoder.run(None, {self.boundary[0]: frames[:, :, lo:hi], **rest})[0].reshape(-1)
            hop = len(audio) // (hi - lo)
            yield audio[(start - lo) * hop : (end - lo) * hop]
            start = end

    def _chunk(self, audio: np.ndarray, said: str) -> SpeechChunk:
        return SpeechChunk(samples=self._to_int16(audio), sample_rate=self.sample_rate, text=said)

    def _to_int16(self, audio: np.ndarray) -> np.ndarray:
        """One level for the whole voice: the raw sound scaled so that its loudest peak
        (``PEAK`` until a louder one is heard) is full scale. Piper itself scales each
        sentence to full scale, which needs the whole sentence before the first sound
        and makes a short "Okay." as loud as a long sentence's loudest syllable."""
        peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
        self._loudest = max(self._loudest, peak)
        return (np.clip(audio / self._loudest, -1.0, 1.0) * 32767).astype(np.int16)

    def close(self) -> None:
        self.voice = None
