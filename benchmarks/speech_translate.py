#!/usr/bin/env python3
"""Speech into English: Whisper's own translate task against transcribe-then-translate.

    .venv/bin/python benchmarks/speech_translate.py [--runs 3] [--json]

Input: the German half of ../shared/data/speech/multilingual.mp3 (a person reading
the MIT licence's grant paragraph in German, from 29 s to the end; real recording,
test data of SYSTRAN/faster-whisper, MIT). Reference: the MIT licence's English
grant paragraph, which is what the German text translates. Both paths run through
the app's engine process with the multilingual Whisper base model; the second
path uses the app's Translator (default translation model, guards on). Prints
chrF++ (sacrebleu) against the reference and the median time over ``--runs``.

One clip is a small sample; it decides which path the translator uses for
speech into English, and the figure is reported as such, not as a general claim.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLIP = ROOT.parent / "shared" / "data" / "speech" / "multilingual.mp3"
GERMAN_FROM_S = 29.0
REFERENCE = (
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and '
    'associated documentation files (the "Software"), to deal in the Software without restriction, including '
    "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell "
    "copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the "
    "following conditions:"
)


def main() -> int:
    import sacrebleu

    from assistant.cli import speech_spec, translator_for
    from assistant.config import Settings
    from assistant.engines.process import EngineProcess
    from assistant.models.registry import ModelRegistry
    from assistant.paths import AppPaths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--basedir", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    paths = AppPaths.default(args.basedir).ensure()
    settings = Settings()
    registry = ModelRegistry(paths, lambda: settings)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    spec = speech_spec(settings, registry, language="de")
    rows = {}
    try:
        audio = engine.decode_audio(CLIP)[int(GERMAN_FROM_S * 16000) :]
        translator = translator_for(engine, settings, registry)
        # load both models outside the timings
        engine.transcribe(audio[:16000], spec=spec, language="de")
        translator.translate("Hallo.", "de", "en")

        def whisper_translate(lang: str | None) -> tuple[str, str]:
            t = engine.transcribe(audio, spec=spec, language=lang, task="translate")
            return t.text, ""

        def transcribe_then_translate() -> tuple[str, str]:
            t = engine.transcribe(audio, spec=spec, language="de")
            r = translator.translate(t.text, "de", "en", cancel=threading.Event())
            return r.text, t.text

        paths_under_test = {
            "whisper translate (language given)": lambda: whisper_translate("de"),
            "whisper translate (language detected)": lambda: whisper_translate(None),
            "transcribe, then Translator": transcribe_then_translate,
        }
        for name, fn in paths_under_test.items():
            times, text, transcript = [], "", ""
            for _ in range(args.runs):
                t0 = time.perf_counter()
                text, transcript = fn()
                times.append((time.perf_counter() - t0) * 1000.0)
            score = sacrebleu.corpus_chrf([text], [[REFERENCE]], word_order=2).score
            rows[name] = {"chrf++": round(score, 1), "median_ms": round(statistics.median(times)), "runs": args.runs, "output": text}
            if transcript:
                rows[name]["transcript"] = transcript
            print(f"{name}: chrF++ {score:.1f}, {statistics.median(times):.0f} ms", file=sys.stderr, flush=True)
    finally:
        engine.close()
    if args.json:
        print(json.dumps({"clip_s": round(len(audio) / 16000, 1), "paths": rows}, ensure_ascii=False))
    else:
        print(f"German speech ({len(audio) / 16000:.1f} s) into English, Whisper base, {args.runs} runs")
        for name, r in rows.items():
            print(f"{name:<40} chrF++ {r['chrf++']:>5}  {r['median_ms']:>6} ms")
            print(f"    {r['output']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
