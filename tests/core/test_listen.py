"""Listening while the push-to-talk key is held (assistant/listen.py): fast tests
with scripted transcription and the fake engine, and the recorder's real drain
thread fed in real time (FedRecorder)."""

import threading
import time

import numpy as np
import pytest

from assistant import listen
from assistant.audio.capture import FedRecorder
from assistant.audio.playback import WavCollector
from assistant.chat import ChatService
from assistant.config import Settings
from assistant.engines.base import SpeechSpec, Transcript
from assistant.engines.fake import FakeEngine
from assistant.listen import LiveListener, Loudness
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore
from assistant.voice import VoicePipeline, VoiceTurnFinished

RATE = 16000


def tone(seconds, amp=0.3):
    t = np.arange(int(seconds * RATE)) / RATE
    return (amp * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def quiet(seconds, amp=0.0005):
    rng = np.random.default_rng(1)
    return (amp * rng.standard_normal(int(seconds * RATE))).astype(np.float32)


@pytest.fixture(autouse=True)
def only_at_pauses(monkeypatch):
    """Blocks are fed here faster than real time: no transcription while words go on
    (it could start in the middle of a feed), except where a test asks for it."""
    monkeypatch.setattr(listen, "EVERY_S", 0.0)


def feed_blocks(listener, audio, block=320):
    for i in range(0, len(audio), block):
        listener.feed(audio[i : i + block], RATE)


class Scripted:
    """A transcriber that says what was asked and remembers what it heard."""

    def __init__(self, text="What is the capital of France?", delay=0.0):
        self.text, self.delay = text, delay
        self.heard = []

    def __call__(self, audio, cancel):
        self.heard.append(len(audio))
        time.sleep(self.delay)
        return Transcript(text=self.text, language="en", duration_s=len(audio) / RATE, elapsed_ms=self.delay * 1000)


def test_loudness_finds_the_end_of_speech_and_keeps_a_soft_last_word():
    loud = Loudness()
    audio = np.concatenate([quiet(0.3), tone(1.0), quiet(0.2), tone(0.2, amp=0.02), quiet(0.5)])
    for i in range(0, len(audio), 320):
        b = audio[i : i + 320]
        loud.add(b, i / RATE, (i + len(b)) / RATE)
    # the soft word (-24 dB under the loud one) is speech; the quiet after it is not
    assert loud.last_voiced_end == pytest.approx(1.7, abs=0.021)
    assert loud.voiced_s == pytest.approx(1.2, abs=0.05)


def test_a_pause_is_transcribed_before_the_release_and_that_transcript_is_the_turns():
    said = Scripted()
    prepared = []
    lis = LiveListener(said, prepare=prepared.append)
    try:
        feed_blocks(lis, np.concatenate([quiet(0.3), tone(1.5), quiet(0.3)]))
        deadline = time.monotonic() + 5
        while not prepared and time.monotonic() < deadline:
            time.sleep(0.01)
        assert prepared == ["What is the capital of France?"]  # the model read it while the key was held
        assert lis.quiet()
        got = lis.result()
        assert got is not None and got.text == "What is the capital of France?"
        assert len(said.heard) == 1  # no second transcription at the release
    finally:
        lis.close()


def test_words_after_the_last_pause_mean_the_whole_recording_is_transcribed():
    said = Scripted(delay=0.05)
    lis = LiveListener(said)
    try:
        feed_blocks(lis, np.concatenate([quiet(0.3), tone(1.0), quiet(0.3)]))
        deadline = time.monotonic() + 5
        while not said.heard and time.monotonic() < deadline:
            time.sleep(0.01)
        feed_blocks(lis, tone(0.5))  # "...and in Germany?" — still speaking at the release
        assert not lis.quiet()
        assert lis.result() is None
    finally:
        lis.close()


def test_release_right_at_the_pause_transcribes_then_and_there():
    said = Scripted()
    lis = LiveListener(said, pause_s=10.0)  # the listener's own thread never sees a pause
    try:
        feed_blocks(lis, np.concatenate([quiet(0.3), tone(1.0)]))
        lis.pause_s = 0.0  # the release comes exactly when the speech pauses
        got = lis.result()
        assert got is not None and said.heard == [int(1.3 * RATE)]
    finally:
        lis.close()


def test_long_speech_is_read_ahead_while_it_goes_on(monkeypatch):
    monkeypatch.setattr(listen, "EVERY_S", 0.5)
    said = Scripted()
    prepared = []
    lis = LiveListener(said, prepare=prepared.append)
    try:
        for _ in range(0, int(2.0 * RATE), 320):  # two seconds of speech without a pause, in real time
            lis.feed(tone(0.02), RATE)
            time.sleep(0.02 * 0.5)
        assert len(prepared) >= 1  # a head start for the model before any pause
        assert lis.result() is None  # but never the turn's transcript: it may end inside a word
    finally:
        lis.close()


@pytest.fixture
def mic():
    rec = FedRecorder(preroll_s=0.3, postroll_s=0.3).open()
    time.sleep(0.35)
    yield rec
    rec.close()


def test_no_post_roll_when_the_speaker_had_already_stopped(mic):
    lis = LiveListener(Scripted())
    try:
        mic.begin(listener=lis)
        mic.play(np.concatenate([tone(0.8), np.zeros(int(0.2 * RATE), np.float32)]))
        heard_before = lis.heard_s()
        t0 = time.perf_counter()
        audio = mic.end()
        waited = time.perf_counter() - t0
        # without the listener the recorder keeps 0.3 s more; here it stops at once
        assert len(audio) / RATE <= heard_before + 0.06
        assert waited < 0.25
    finally:
        lis.close()


def test_post_roll_until_the_speaker_stops(mic):
    lis = LiveListener(Scripted())
    try:
        mic.begin(listener=lis)
        mic.play(tone(0.8))  # released mid-word
        heard_before = lis.heard_s()
        audio = mic.end()
        extra = len(audio) / RATE - heard_before
        assert listen.PAUSE_S - 0.03 <= extra <= 0.3 + 0.06  # recorded until the pause, at most the post-roll
    finally:
        lis.close()


def test_without_a_listener_the_whole_post_roll_is_kept(mic):
    mic.begin()
    mic.play(np.concatenate([tone(0.8), np.zeros(int(0.2 * RATE), np.float32)]))
    t0 = time.perf_counter()
    mic.end()
    assert time.perf_counter() - t0 >= 0.29


@pytest.fixture
def pipeline(tmp_path):
    paths = AppPaths.under(tmp_path).ensure()
    store = HistoryStore(paths.history_db)
    settings = Settings()
    engine = FakeEngine(reply="Paris. It is lovely.", transcript="What is the capital of France?")
    chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=ModelRegistry(paths, lambda: settings))
    yield VoicePipeline(chat=chat, engine=engine, speech=lambda: SpeechSpec()), engine, store
    store.close()


def test_a_turn_uses_the_transcript_made_while_held_and_the_model_read_exactly_its_question(pipeline):
    vp, engine, store = pipeline
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "Hello")
    store.add_message(conv.id, "assistant", "Hi! How can I help?")
    lis = vp.listener(conv.id)
    recording = np.concatenate([quiet(0.3), tone(1.5), quiet(0.3)])
    feed_blocks(lis, recording)
    deadline = time.monotonic() + 5
    while not engine.prefilled and time.monotonic() < deadline:
        time.sleep(0.01)
    events = list(vp.run_turn(conv.id, recording, sink=WavCollector(sample_rate=16000), cancel=threading.Event(),
                              listener=lis))
    fin = events[-1]
    assert isinstance(fin, VoiceTurnFinished) and fin.timings.early_transcript
    assert fin.transcript == "What is the capital of France?"
    # once, while held (at the pause: all the speech and some of the quiet after it,
    # however far the feed had got), not again at the release
    assert len(engine.transcribed) == 1
    assert int((0.3 + 1.5 + listen.PAUSE_S) * RATE) <= engine.transcribed[0] <= len(recording)
    # what the model read ahead is exactly the prompt of the answer that followed
    assert len(engine.prefilled) == 1 and len(engine.requests) == 1
    assert engine.prefilled[0].messages == engine.requests[0].messages
    assert [m.content for m in engine.requests[0].messages[-3:]] == [
        "Hello", "Hi! How can I help?", "What is the capital of France?",
    ]


def test_a_turn_without_an_early_transcript_transcribes_the_recording(pipeline):
    vp, engine, store = pipeline
    conv = store.create_conversation()
    lis = vp.listener(conv.id)
    recording = np.concatenate([quiet(0.3), tone(1.5)])
    feed_blocks(lis, recording)
    lis.pause_s = 10.0  # still speaking at the release
    final = np.concatenate([recording, tone(0.3)])
    fin = list(vp.run_turn(conv.id, final, sink=WavCollector(sample_rate=16000), cancel=threading.Event(),
                           listener=lis))[-1]
    assert isinstance(fin, VoiceTurnFinished) and not fin.timings.early_transcript
    assert engine.transcribed[-1] == len(final)
