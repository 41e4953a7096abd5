#!/usr/bin/env python3
"""Where the time of a spoken turn goes, turn by turn: the app's real path as in
``main.py bench`` (each question spoken by the Piper voice and played in real time
into the app's ``Recorder``, the key released as its last block is heard, the
listener, the engine process, the voice pipeline), with the moments that make up
voice-to-voice, in ms after the release:

- ``transcript``: the text of the turn is known (``early``: from the listener's
  transcription at the last pause, before the release);
- ``token``: the answer's first token;
- ``piece``: the first piece to speak is complete (and the words of it);
- ``sound``: its first chunk of speech is handed to the audio device.

    .venv/bin/python benchmarks/voice_timeline.py [--runs 3] ["Your question?" ...]

Without questions it uses ``main.py bench``'s five. Prints one line per turn.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _after(when: float | None, released: float) -> float:
    return (when - released) * 1000.0 if when is not None else float("nan")


def main() -> int:
    import numpy as np

    from assistant.audio.capture import FedRecorder
    from assistant.audio.playback import WavCollector, resample
    from assistant.bench import QUESTIONS
    from assistant.chat import ChatService
    from assistant.cli import speech_spec
    from assistant.config import Settings
    from assistant.engines.process import EngineProcess
    from assistant.models.registry import ModelRegistry
    from assistant.paths import AppPaths
    from assistant.store import HistoryStore
    from assistant.voice import Speaking, VoicePipeline, VoiceTurnFinished, voice_sample_rate

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("questions", nargs="*", help="questions to speak (default: main.py bench's)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    settings = Settings()
    tmp = tempfile.TemporaryDirectory(prefix="parley-timeline-")
    paths = AppPaths.under(Path(tmp.name)).ensure()
    registry = ModelRegistry(paths, lambda: settings)
    spec = speech_spec(settings, registry)
    engine = EngineProcess()
    store = HistoryStore(paths.history_db)
    chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
    list(chat.preload())
    engine.preload_speech(spec)
    pipeline = VoicePipeline.for_settings(chat=chat, engine=engine, spec=spec, settings=lambda: settings)

    spoken = []
    for q in args.questions or QUESTIONS:
        chunks = list(engine.synthesize(q, spec=spec))
        audio = np.concatenate([c.samples for c in chunks]).astype(np.float32) / 32768.0
        spoken.append((q, resample(audio, chunks[0].sample_rate, 16000).astype(np.float32)))

    mic = FedRecorder().open()
    time.sleep(mic.preroll_s)
    try:
        for _ in range(args.runs):
            for q, audio in spoken:
                conv = store.create_conversation("timeline")
                listener = pipeline.listener(conv.id)
                mic.begin(listener=listener)
                released = mic.play(audio)
                heard = mic.end()
                token = piece_at = None
                piece = ""
                t = None
                for ev in pipeline.run_turn(conv.id, heard, sink=WavCollector(sample_rate=voice_sample_rate(spec)),
                                            cancel=threading.Event(), end_of_speech=released, listener=listener):
                    if token is None and type(ev).__name__ == "ReplyDelta":
                        token = time.perf_counter()
                    if isinstance(ev, Speaking) and piece_at is None:
                        piece_at, piece = time.perf_counter(), ev.text
                    if isinstance(ev, VoiceTurnFinished):
                        t = ev.timings
                if t is None:
                    print(f"{q[:40]!r:44} nothing heard", flush=True)
                    continue
                print(f"{q[:40]!r:44} transcript {t.stt_ms:4.0f}{' early' if t.early_transcript else '      '}"
                      f"  token {_after(token, released):4.0f}  piece {_after(piece_at, released):4.0f}"
                      f"  sound {t.first_audio_ms:4.0f}  {piece!r}", flush=True)
    finally:
        mic.close()
        engine.close()
        store.close()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
