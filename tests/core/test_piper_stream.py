"""A Piper voice split into its front part and its decoder, each sentence decoded a
chunk at a time (assistant/engines/piper_tts.py), with the real embedded voice."""

from types import SimpleNamespace

import numpy as np
import pytest

from assistant.config import Settings
from assistant.engines import piper_tts
from assistant.engines.piper_tts import PiperTTS, split_decoder
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths

pytestmark = pytest.mark.real

SENTENCE = "The moon is a mysterious and beautiful celestial body, and it has no air at all."


@pytest.fixture(scope="module")
def voice_path(tmp_path_factory):
    reg = ModelRegistry(AppPaths.under(tmp_path_factory.mktemp("r")), Settings)
    return reg.resolve("tts").path


@pytest.fixture(scope="module")
def tts(voice_path):
    return PiperTTS.load(voice_path)


def snr_db(ref: np.ndarray, got: np.ndarray) -> float:
    return float(10 * np.log10(np.sum(ref**2) / max(np.sum((ref - got) ** 2), 1e-30)))


def test_the_default_voice_is_split(tts):
    assert tts.streaming
    assert tts.boundary[0] == "/Mul_7_output_0"  # the latent frames, as Piper's VITS export names them


def test_chunks_join_into_the_sentence_decoded_whole(tts):
    (phonemes,) = tts.voice.phonemize(SENTENCE)
    frames, rest = tts.frames(phonemes)
    whole = np.concatenate(list(tts.decode(frames, rest, chunked=False)))
    chunks = list(tts.decode(frames, rest))
    assert len(chunks) >= 3
    joined = np.concatenate(chunks)
    assert len(joined) == len(whole) == frames.shape[2] * 256
    assert snr_db(whole, joined) > 90  # the same sound to within float rounding


def test_without_context_the_joins_would_differ(tts, monkeypatch):
    """The check above can fail: with no frames of context the chunks' edges differ."""
    (phonemes,) = tts.voice.phonemize(SENTENCE)
    frames, rest = tts.frames(phonemes)
    whole = np.concatenate(list(tts.decode(frames, rest, chunked=False)))
    monkeypatch.setattr(piper_tts, "CONTEXT_FRAMES", 0)
    assert snr_db(whole, np.concatenate(list(tts.decode(frames, rest)))) < 40


def test_the_first_sound_of_a_sentence_is_a_short_chunk(tts):
    chunks = list(tts.synthesize(SENTENCE))
    total = sum(len(c.samples) for c in chunks)
    assert len(chunks[0].samples) == piper_tts.FIRST_FRAMES * 256 < total / 5
    assert all(c.text == chunks[0].text for c in chunks)  # one sentence


def test_one_level_for_the_whole_voice():
    """Piper scales each sentence to full scale; Parley keeps one level for the voice
    (the first sound cannot wait for the sentence's loudest peak): a quiet sentence
    stays quieter than a loud one, and a louder peak than expected lowers the level
    from then on instead of clipping."""
    tts = PiperTTS(SimpleNamespace(config=SimpleNamespace(sample_rate=22050)), path=None)  # type: ignore[arg-type]
    quiet = tts._to_int16(np.array([0.0, 0.4, -0.2], dtype=np.float32))
    assert np.abs(quiet).max() == int(0.4 / piper_tts.PEAK * 32767)
    loud = tts._to_int16(np.array([0.0, 1.6, -0.8], dtype=np.float32))
    assert np.abs(loud).max() == 32767 and loud[2] == -16383  # not clipped: scaled by the new peak
    again = tts._to_int16(np.array([0.0, 0.4], dtype=np.float32))
    assert np.abs(again).max() == int(0.4 / 1.6 * 32767)  # the lower level stays


def test_a_model_that_is_not_a_vits_voice_is_not_split(tmp_path):
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["input"], ["output"], name="/enc_p/Identity")], "not-vits",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1])],
    )
    onnx.save(helper.make_model(graph), str(tmp_path / "x.onnx"))
    assert split_decoder(tmp_path / "x.onnx", tmp_path) is None


def test_a_voice_spoken_whole_sentences_at_a_time_sounds_alike(voice_path, tts, monkeypatch):
    """PARLEY_TTS_STREAM=0 (and a voice that cannot be split) synthesises each sentence
    whole, through Piper; same voice, same level, same length within Piper's randomness."""
    monkeypatch.setenv("PARLEY_TTS_STREAM", "0")
    whole = PiperTTS.load(voice_path)
    assert not whole.streaming
    a = list(whole.synthesize(SENTENCE))
    b = list(tts.synthesize(SENTENCE))
    assert len(a) == 1 and len(b) >= 3
    na, nb = len(a[0].samples), sum(len(c.samples) for c in b)
    assert abs(na - nb) / na < 0.2
    pa, pb = np.abs(a[0].samples).max(), max(np.abs(c.samples).max() for c in b)
    assert 0.6 < pa / pb < 1.6
