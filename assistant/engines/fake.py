"""A fast, exact stand-in for the engine, for unit and UI tests. It answers with
a scripted reply (or an echo of the last user message), one word per token, at a
chosen pace, and can be told to fail or crash at a given token."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from ..errors import EngineCrashedError, EngineError
from .base import EngineEvent, Finished, GenerationRequest, ModelLoaded, SpeechChunk, SpeechSpec, Token, Transcript


class FakeEngine:
    def __init__(
        self,
        *,
        reply: str | None = None,
        token_delay_s: float = 0.0,
        first_token_delay_s: float = 0.0,
        transcribe_delay_s: float = 0.0,
        fail_at_token: int | None = None,
        crash: bool = False,
        transcript: str = "What is the capital of France?",
        speech_rate: int = 16000,
        samples_per_word: int = 4000,
    ) -> None:
        self.transcript = transcript
        self.speech_rate = speech_rate
        self.samples_per_word = samples_per_word
        self.spoken: list[str] = []
        self.urgent: list[bool] = []  # per synthesize call: asked for the cores first
        self.reply = reply
        self.token_delay_s = token_delay_s
        self.first_token_delay_s = first_token_delay_s
        self.transcribe_delay_s = transcribe_delay_s
        self.fail_at_token = fail_at_token
        self.crash = crash
        self.requests: list[GenerationRequest] = []
        self.prefilled: list[GenerationRequest] = []
        self.transcribed: list[int] = []  # samples of each transcribed recording
        self.closed = False

    def _reply_for(self, request: GenerationRequest) -> str:
        if self.reply is not None:
            return self.reply
        last_user = next((m.content for m in reversed(request.messages) if m.role == "user"), "")
        return f"You said: {last_user}"

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[EngineEvent]:
        self.requests.append(request)
        name = request.model_path.rsplit("/", 1)[-1] or "fake"
        yield ModelLoaded(model=name, load_ms=0.0, cached=True)
        start = time.perf_counter()
        words = self._reply_for(request).split(" ")
        pieces = [w if i == 0 else " " + w for i, w in enumerate(words)][: request.max_tokens]
        first = None
        n = 0
        reason = "stop"
        if self.first_token_delay_s:
            cancel.wait(self.first_token_delay_s)  # "reading the prompt"; a cancel ends the wait
        for i, piece in enumerate(pieces):
            if cancel.is_set():
                reason = "cancelled"
                break
            if self.fail_at_token is not None and i == self.fail_at_token:
                if self.crash:
                    raise EngineCrashedError("The engine process ended unexpectedly (fake crash).")
                raise EngineError("fake failure")
            if self.token_delay_s:
                # wait on the event so a cancel wakes us at once
                if cancel.wait(self.token_delay_s):
                    reason = "cancelled"
                    break
            if first is None:
                first = time.perf_counter()
            n += 1
            yield Token(piece)
        else:
            if len(words) > request.max_tokens:
                reason = "length"
        end = time.perf_counter()
        gen_s = max(end - (first or end), 1e-9)
        yield Finished(
            model=name,
            ttft_ms=((first or end) - start) * 1000,
            tokens=n,
            tokens_per_s=(n - 1) / gen_s if n > 1 else 0.0,
            prompt_tokens=sum(len(m.content.split()) for m in request.messages),
            finish_reason=reason,
        )

    def preload(self, *, model_path: str, context_size: int, n_threads: int, chat_template=None, warm=(), n_gpu_layers=0) -> ModelLoaded:  # type: ignore[no-untyped-def]
        self.preloaded = (model_path, tuple(warm))
        return ModelLoaded(model=model_path.rsplit("/", 1)[-1], load_ms=0.0, cached=False)

    def prefill(self, request: GenerationRequest) -> int:
        """Records the request read ahead (``prefilled``), as the real engine's cache would hold it."""
        self.prefilled.append(request)
        return len(request.messages)

    def close(self) -> None:
        self.closed = True

    # speech: a transcript as scripted, and a quiet tone per word
    def transcribe(self, audio, *, spec: SpeechSpec, language=None, task="transcribe", cancel=None) -> Transcript:  # type: ignore[no-untyped-def]
        n = len(audio) if not isinstance(audio, str) else 16000
        self.transcribed.append(n)
        if self.transcribe_delay_s:
            time.sleep(self.transcribe_delay_s)
        return Transcript(text=self.transcript, language=language or "en", duration_s=n / 16000, elapsed_ms=1.0)

    def synthesize(self, text: str, *, spec: SpeechSpec, length_scale=None, cancel=None, urgent=False) -> Iterator[SpeechChunk]:  # type: ignore[no-untyped-def]
        import numpy as np

        self.spoken.append(text)
        self.urgent.append(bool(urgent))
        n = self.samples_per_word * max(1, len(text.split()))
        tone = (np.sin(np.arange(n) * 2 * np.pi * 440 / self.speech_rate) * 8000).astype(np.int16)
        yield SpeechChunk(samples=tone, sample_rate=self.speech_rate, text=text)
