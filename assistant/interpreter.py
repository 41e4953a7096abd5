"""Speech and text in, a translation shown and spoken: the translator's use case.

    audio → Whisper (source language, or detected) → Translator (local SLM)
          → Piper voice for the target language, when one is installed

Conversation mode is a sequence of these turns with the two languages swapped
for the other person, so it needs nothing more than ``from_speech``. Plain
Python with a cancel ``Event`` checked at every stage; the window, the CLI and
the tests run the same code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import numpy as np

from .engines.base import SpeechSpec, Transcript
from .listen import LiveListener, closing_listener
from .models.registry import ModelInfo
from .translate import LANGUAGES, Glossary, TranslationResult, Translator
from .voice import AudioSink, NothingHeard, SpeechEngine, _ms, hear, watch_for_barge_in


@dataclass(frozen=True)
class SourceHeard:
    """What Whisper heard, in the language it heard it in."""

    transcript: Transcript
    language: str
    stt_ms: float


@dataclass(frozen=True)
class Translated:
    result: TranslationResult
    source_text: str


@dataclass(frozen=True)
class NoVoice:
    """The translation is shown but cannot be spoken: no voice for ``language``."""

    language: str
    message: str


@dataclass(frozen=True)
class SpeechFinished:
    interrupted: bool
    first_audio_ms: float
    """From the end of speech (or the start of a text turn) to the first sound."""
    error: str = ""


InterpreterEvent = Union[NothingHeard, SourceHeard, Translated, NoVoice, SpeechFinished]


def voice_language(info: ModelInfo) -> str:
    """A Piper voice's language: from the registry when it knows, else from the
    file name's ``xx_YY-name-quality`` convention."""
    if info.languages:
        return info.languages[0].split("_")[0].split("-")[0].lower()
    return Path(info.path).name.split("_")[0].split("-")[0].lower()


def voice_for(voices: Iterable[ModelInfo], lang: str, preferred: str = "") -> ModelInfo | None:
    """The voice to speak ``lang`` with: the user's chosen voice when it speaks that
    language, else the first installed one that does."""
    matching = [v for v in voices if voice_language(v) == lang.lower()]
    for v in matching:
        if preferred and preferred in (v.name, v.path):
            return v
    return matching[0] if matching else None


def no_voice_message(lang: str) -> str:
    name = LANGUAGES.get(lang, lang)
    return (
        f"No {name} voice is installed, so the translation is shown but not spoken. "
        f"Add a Piper voice for {name} in Models (Settings → Models, or 'main.py models add VOICE.onnx')."
    )


class Interpreter:
    def __init__(
        self,
        *,
        translator: Translator,
        engine: SpeechEngine,
        stt_spec: Callable[[str | None], SpeechSpec],
        voice: Callable[[str], str | None],
        length_scale: Callable[[], float | None] = lambda: None,
    ) -> None:
        """``stt_spec(lang)`` gives the speech models for a source language (None:
        detect); ``voice(lang)`` the path of a Piper voice for a language, or None."""
        self.translator = translator
        self.engine = engine
        self._stt_spec = stt_spec
        self._voice = voice
        self._length_scale = length_scale

    def can_speak(self, lang: str) -> bool:
        return self._voice(lang) is not None

    def from_speech(
        self,
        audio: np.ndarray,
        src: str,
        tgt: str,
        *,
        sink: AudioSink | None,
        cancel: threading.Event,
        glossary: Glossary | None = None,
        end_of_speech: float | None = None,
        listener: LiveListener | None = None,
    ) -> Iterator[InterpreterEvent]:
        """One spoken turn: ``src`` may be "auto". With ``sink`` None nothing is spoken.
        With the ``listener`` that heard the recording (``transcribing_listener`` with
        the same Whisper model and language), its transcript is used when no words
        came after its last pause; this closes it."""
        with closing_listener(listener):
            t0 = end_of_speech if end_of_speech is not None else time.perf_counter()
            lang = None if src in ("auto", "detect", "") else src
            words = hear(self.engine, audio, spec=lambda: self._stt_spec(lang), language=lang, cancel=cancel,
                         listener=listener)
            if words is None:
                return
            if isinstance(words, NothingHeard):
                yield words
                return
            transcript = words.transcript
            heard = (lang or transcript.language or "en").lower()
            if heard not in LANGUAGES:
                yield NothingHeard(
                    f"That sounded like {heard!r}, which Parley cannot translate yet; choose the spoken language."
                )
                return
            yield SourceHeard(transcript, heard, _ms(time.perf_counter(), t0))
            yield from self._translate_and_speak(transcript.text, heard, tgt, sink=sink, cancel=cancel, glossary=glossary, t0=t0)

    def from_text(
        self,
        text: str,
        src: str,
        tgt: str,
        *,
        sink: AudioSink | None,
        cancel: threading.Event,
        glossary: Glossary | None = None,
    ) -> Iterator[InterpreterEvent]:
        yield from self._translate_and_speak(
            text, src, tgt, sink=sink, cancel=cancel, glossary=glossary, t0=time.perf_counter()
        )

    def speak(self, text: str, lang: str, *, sink: AudioSink, cancel: threading.Event) -> Iterator[InterpreterEvent]:
        """Say ``text`` (already in ``lang``) with a voice for that language."""
        t0 = time.perf_counter()
        voice = self._voice(lang)
        if voice is None:
            yield NoVoice(lang, no_voice_message(lang))
            return
        yield self._say(text, voice, sink=sink, cancel=cancel, t0=t0)

    # ------------------------------------------------------------------------
    def _translate_and_speak(
        self, text: str, src: str, tgt: str, *, sink: AudioSink | None, cancel: threading.Event,
        glossary: Glossary | None, t0: float,
    ) -> Iterator[InterpreterEvent]:
        result = self.translator.translate(text, src, tgt, glossary=glossary, cancel=cancel)
        if cancel.is_set():
            return
        yield Translated(result, text)
        if sink is None or not result.text.strip():
            return
        voice = self._voice(result.target_lang)
        if voice is None:
            yield NoVoice(result.target_lang, no_voice_message(result.target_lang))
            return
        yield self._say(result.text, voice, sink=sink, cancel=cancel, t0=t0)

    def _say(self, text: str, voice: str, *, sink: AudioSink, cancel: threading.Event, t0: float) -> SpeechFinished:
        spec = SpeechSpec(stt_path="", tts_path=voice)
        stop_watch = watch_for_barge_in(sink, cancel, name="interpreter-barge-in")
        try:
            for chunk in self.engine.synthesize(text, spec=spec, length_scale=self._length_scale(), cancel=cancel):
                if cancel.is_set():
                    break
                sink.write(chunk.samples, tag=0, rate=chunk.sample_rate)
            completed = sink.wait_done(cancel) if not cancel.is_set() else False
        finally:
            stop_watch.set()
        return SpeechFinished(
            interrupted=cancel.is_set() or not completed, first_audio_ms=_ms(sink.first_audio_at, t0), error=sink.error
        )
