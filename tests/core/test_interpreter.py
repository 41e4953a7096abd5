"""The translator's use case with fakes: speech in, translation, voice or a plain
"no voice" message, and the glossary file."""

from __future__ import annotations

import threading

import numpy as np

from assistant.engines.fake import FakeEngine
from assistant.interpreter import (
    Interpreter,
    NoVoice,
    SourceHeard,
    SpeechFinished,
    Translated,
    voice_for,
    voice_language,
)
from assistant.models.registry import ModelInfo
from assistant.store import HistoryStore
from assistant.translate import Glossary, Translator, TranslatorConfig, load_glossary, save_glossary
from assistant.voice import NothingHeard


def _voice(path: str, langs: tuple[str, ...] = ()) -> ModelInfo:
    return ModelInfo(kind="tts", name=path.rsplit("/", 1)[-1], path=path, size_bytes=1, source="user", languages=langs)


def test_voice_for_picks_by_language():
    joe = _voice("/v/en_US-joe-medium.onnx")
    siwis = _voice("/v/fr_FR-siwis-low.onnx")
    other = _voice("/v/custom.onnx", ("de_DE",))
    assert voice_language(joe) == "en" and voice_language(other) == "de"
    assert voice_for([joe, siwis, other], "fr") is siwis
    assert voice_for([joe, siwis, other], "de") is other
    assert voice_for([joe, siwis], "es") is None


def test_glossary_file_round_trip(tmp_path):
    g = Glossary(terms={"laptop": "ordinateur portable"}, keep=("Parley", "ComfyUI"))
    save_glossary(g, tmp_path / "g.json")
    assert load_glossary(tmp_path / "g.json") == g
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert load_glossary(tmp_path / "bad.json") == Glossary()
    assert load_glossary(tmp_path / "missing.json") == Glossary()


def test_translation_history(tmp_path):
    with HistoryStore(tmp_path / "h.db") as store:
        a = store.add_translation(source_lang="en", target_lang="fr", source="Hello.", target="Bonjour.", model="m")
        store.add_translation(source_lang="fr", target_lang="en", source="Merci.", target="Thanks.")
        assert [t.source for t in store.translations()] == ["Merci.", "Hello."]
        store.delete_translation(a.id)
        assert [t.target for t in store.translations()] == ["Thanks."]
    with HistoryStore(tmp_path / "h.db") as store:  # survives a restart
        assert len(store.translations()) == 1
        assert store.clear_translations() == 1


class _Sink:
    def __init__(self) -> None:
        self.first_audio_at = None
        self.error = ""
        self.written = 0
        self.stopped = False

    def write(self, samples, tag=None, rate=None):
        import time

        self.first_audio_at = self.first_audio_at or time.perf_counter()
        self.written += len(samples)

    def stop(self):
        self.stopped = True

    def wait_done(self, cancel=None, timeout=600.0):
        return True

    def heard_fraction(self, tag):
        return 1.0


def _interpreter(voices: dict[str, str]) -> tuple[Interpreter, FakeEngine]:
    engine = FakeEngine(reply="Bonjour tout le monde.", transcript="Hello everyone, how are you today?")
    cfg = TranslatorConfig(model_path="/m.gguf", model_name="m", chat_model=False, guards=False)
    tr = Translator(engine=engine, config=lambda: cfg)
    from assistant.engines.base import SpeechSpec

    return Interpreter(translator=tr, engine=engine, stt_spec=lambda lang: SpeechSpec(stt_path="/w"), voice=voices.get), engine


def test_speech_in_translation_out_spoken():
    interp, engine = _interpreter({"fr": "/v/fr.onnx"})
    sink = _Sink()
    audio = (0.2 * np.sin(np.arange(16000) / 5)).astype(np.float32)
    events = list(interp.from_speech(audio, "en", "fr", sink=sink, cancel=threading.Event()))
    kinds = [type(e) for e in events]
    assert kinds == [SourceHeard, Translated, SpeechFinished]
    assert events[0].transcript.text == "Hello everyone, how are you today?"
    assert events[1].result.text == "Bonjour tout le monde."
    assert sink.written > 0 and not events[2].interrupted


def test_speech_heard_while_the_key_was_held_is_not_transcribed_again(monkeypatch):
    import time

    from assistant import listen
    from assistant.engines.base import SpeechSpec
    from assistant.listen import transcribing_listener

    monkeypatch.setattr(listen, "EVERY_S", 0.0)  # fed faster than real time: only at the pause

    interp, engine = _interpreter({"fr": "/v/fr.onnx"})
    lis = transcribing_listener(engine, SpeechSpec(stt_path="/w"), "en")
    spoken = (0.2 * np.sin(np.arange(24000) / 5)).astype(np.float32)
    heard = np.concatenate([np.zeros(4800, np.float32), spoken, np.zeros(4800, np.float32)])
    for i in range(0, len(heard), 320):
        lis.feed(heard[i : i + 320], 16000)
    deadline = time.monotonic() + 5
    while not engine.transcribed and time.monotonic() < deadline:
        time.sleep(0.01)
    final = np.concatenate([heard, np.zeros(1600, np.float32)])  # the release came a little later
    events = list(interp.from_speech(final, "en", "fr", sink=_Sink(), cancel=threading.Event(), listener=lis))
    assert [type(e) for e in events] == [SourceHeard, Translated, SpeechFinished]
    # once, at the pause while held (all the speech, some of the quiet), not again at the release
    assert len(engine.transcribed) == 1
    assert int((0.3 + 1.5 + listen.PAUSE_S) * 16000) <= engine.transcribed[0] <= len(heard)


def test_no_voice_is_said_plainly():
    interp, _ = _interpreter({"en": "/v/en.onnx"})
    events = list(interp.from_text("Hello everyone.", "en", "fr", sink=_Sink(), cancel=threading.Event()))
    assert isinstance(events[-1], NoVoice)
    assert "No French voice is installed" in events[-1].message and "Models" in events[-1].message


def test_silence_and_short_audio_are_nothing_heard():
    interp, _ = _interpreter({})
    assert isinstance(next(interp.from_speech(np.zeros(16000, np.float32), "en", "fr", sink=None, cancel=threading.Event())), NothingHeard)
    assert isinstance(next(interp.from_speech(np.ones(100, np.float32), "en", "fr", sink=None, cancel=threading.Event())), NothingHeard)
