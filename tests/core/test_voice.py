import threading
import time

import numpy as np
import pytest

from assistant.audio.playback import WavCollector
from assistant.chat import ChatService, UserMessageSaved
from assistant.config import Settings
from assistant.engines.base import SpeechSpec
from assistant.engines.fake import FakeEngine
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore
from assistant.voice import NothingHeard, Speaking, TranscriptReady, VoicePipeline, VoiceTurnFinished, heard_text


class ClockSink:
    """Plays in real time, on the wall clock, like a device would."""

    def __init__(self, rate=16000):
        self.rate = rate
        self.lengths = {}
        self.order = []
        self.first_audio_at = None
        self.error = ""
        self.stopped_at = None

    def write(self, samples, tag=None, rate=None):
        if self.stopped_at:
            return
        if self.first_audio_at is None:
            self.first_audio_at = time.perf_counter()
        self.lengths[tag] = self.lengths.get(tag, 0) + len(samples)
        self.order.append(tag)

    def _played(self):
        end = self.stopped_at or time.perf_counter()
        return 0 if self.first_audio_at is None else (end - self.first_audio_at) * self.rate

    def heard_fraction(self, tag):
        before = sum(self.lengths[t] for t in self.lengths if t < tag)
        n = self.lengths.get(tag, 0)
        return 0.0 if not n else min(1.0, max(0.0, (self._played() - before) / n))

    def stop(self):
        self.stopped_at = self.stopped_at or time.perf_counter()

    def wait_done(self, cancel=None, timeout=60):
        total = sum(self.lengths.values())
        while self._played() < total:
            if cancel is not None and cancel.wait(0.01):
                self.stop()
                return False
        return True


@pytest.fixture
def pipeline(tmp_path):
    paths = AppPaths.under(tmp_path).ensure()
    store = HistoryStore(paths.history_db)
    settings = Settings()

    def make(**kw):
        engine = FakeEngine(**kw)
        chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=ModelRegistry(paths, lambda: settings))
        return VoicePipeline(chat=chat, engine=engine, speech=lambda: SpeechSpec()), engine, store

    yield make
    store.close()


SPEECH = (np.sin(np.arange(32000) / 5) * 0.3).astype(np.float32)


def test_full_turn(pipeline):
    vp, engine, store = pipeline(reply="Paris is the capital, of course. It is lovely.", transcript="What is the capital of France?")
    conv = store.create_conversation()
    sink = WavCollector(sample_rate=16000)
    events = list(vp.run_turn(conv.id, SPEECH, sink=sink, cancel=threading.Event()))
    assert isinstance(events[0], TranscriptReady) and events[0].transcript.text == "What is the capital of France?"
    assert any(isinstance(e, UserMessageSaved) and e.message.content == "What is the capital of France?" for e in events)
    spoken = [e.text for e in events if isinstance(e, Speaking)]
    assert spoken == ["Paris is the capital,", "of course.", "It is lovely."]  # first piece at the first clause
    assert engine.spoken == spoken
    assert engine.urgent == [True, False, False]  # only the first piece asks for the cores
    fin = events[-1]
    assert isinstance(fin, VoiceTurnFinished) and not fin.interrupted
    assert fin.reply == "Paris is the capital, of course. It is lovely."
    t = fin.timings
    assert 0 <= t.stt_ms <= t.ttft_ms <= t.first_audio_ms <= t.total_ms
    assert len(sink.audio()) == 4000 * 9  # one tone per spoken word
    assert [m.role for m in store.messages(conv.id)] == ["user", "assistant"]


@pytest.mark.parametrize(
    "audio, why",
    [(np.zeros(3000, dtype=np.float32), "too short"), (np.zeros(32000, dtype=np.float32), "silence")],
)
def test_nothing_heard_sends_nothing(pipeline, audio, why):
    vp, engine, store = pipeline()
    conv = store.create_conversation()
    events = list(vp.run_turn(conv.id, audio, sink=WavCollector(sample_rate=16000), cancel=threading.Event()))
    assert len(events) == 1 and isinstance(events[0], NothingHeard) and why in events[0].reason
    assert "didn't catch that" in events[0].reason
    assert engine.requests == [] and store.messages(conv.id) == []


def test_no_words_recognised(pipeline):
    vp, engine, store = pipeline(transcript="")
    conv = store.create_conversation()
    events = list(vp.run_turn(conv.id, SPEECH, sink=WavCollector(sample_rate=16000), cancel=threading.Event()))
    assert isinstance(events[-1], NothingHeard) and engine.requests == []


def test_barge_in_cuts_saved_answer_to_what_was_heard(pipeline):
    reply = "One two three four. Five six seven eight. Nine ten eleven twelve. Thirteen fourteen."
    vp, engine, store = pipeline(reply=reply, samples_per_word=4000)  # each word 0.25 s
    conv = store.create_conversation()
    sink = ClockSink()
    cancel = threading.Event()
    threading.Timer(1.6, cancel.set).start()  # during the second sentence
    events = list(vp.run_turn(conv.id, SPEECH, sink=sink, cancel=cancel))
    fin = events[-1]
    assert isinstance(fin, VoiceTurnFinished) and fin.interrupted
    saved = store.messages(conv.id)[-1]
    assert saved.status == "interrupted"
    assert saved.content.startswith("One two three four. Five") and "Nine" not in saved.content
    assert saved.content == fin.reply
    assert sink.stopped_at - sink.first_audio_at < 1.6 + 0.3  # the sink was silenced right after the cancel


def test_heard_text():
    pieces = [("Hello there. ", "Hello there."), ("How are you today? ", "How are you today?")]
    assert heard_text(pieces, lambda i: [1.0, 0.5][i]) == "Hello there. How are"
    assert heard_text(pieces, lambda i: 0.0) == ""


def test_speech_first_pauses_the_model_between_tokens_while_the_first_words_are_synthesised():
    from assistant.engines.process import _SpeechFirst

    gate = _SpeechFirst()
    gate.wait_turn()  # nothing being spoken: no wait
    released = threading.Event()
    waited: list[float] = []

    def model_token():
        import time

        t0 = time.perf_counter()
        gate.wait_turn()
        waited.append(time.perf_counter() - t0)

    with gate:
        th = threading.Thread(target=model_token)
        th.start()
        th.join(0.2)
        assert th.is_alive()  # the model waits while the first words are synthesised
        released.set()
    th.join(2)
    assert not th.is_alive() and waited[0] >= 0.2

    # bounded: a synthesis that never ends cannot stall an answer for long
    gate.MAX_WAIT_S = 0.1
    with gate:
        th = threading.Thread(target=model_token)
        th.start()
        th.join(2)
        assert not th.is_alive() and 0.09 <= waited[1] < 1.0
