#!/usr/bin/env python3
"""Word error rate of Parley's transcription on real human speech.

    .venv/bin/python benchmarks/wer.py [--data ../shared/data/speech]

Uses the recordings in shared/data/speech (from faster-whisper's test data, MIT).
References: the English half of multilingual.mp3 is the MIT licence's grant
paragraph, read aloud; the German half is its German translation (scored only as
"what came out", since the reader paraphrases). hotwords.mp3 has no published
transcript: its reference below is our reading of it, "ComfyUI" being the product
named in the data's README.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REFERENCES = {
    "hotwords.mp3": "Then you go into your ComfyUI folder again in the ComfyUI",
    "multilingual.mp3": (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        "associated documentation files, to deal in the software without restriction, including without "
        "limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies "
        "of the software, and to permit persons to whom the software is furnished to do so, subject to the "
        "following conditions: The above copyright notice and this permission notice shall be included in all "
        "copies or substantial portions of the software."
    ),
}


def norm(text: str) -> list[str]:
    text = text.lower().replace("/", " ")
    return [w for w in re.sub(r"[^\w\s']", " ", text).split() if w]


def wer(ref: list[str], hyp: list[str]) -> float:
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return d[len(hyp)] / max(len(ref), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "speech"))
    ap.add_argument("--models", default="whisper-tiny.en,whisper-base")
    args = ap.parse_args()
    rows = []
    for name, ref in REFERENCES.items():
        path = Path(args.data) / name
        for model in args.models.split(","):
            out = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "transcribe", str(path), "--model", model, "--json"],
                capture_output=True, text=True, check=True,
            )
            got = json.loads(out.stdout)
            hyp = norm(got["text"])
            r = norm(ref)
            if name == "multilingual.mp3":  # score the English half only
                hyp = hyp[: len(r) + 5]
            rows.append((name, model, wer(r, hyp), got["duration_s"], got["elapsed_ms"]))
    print(f"{'recording':<18} {'model':<16} {'WER':>6} {'audio s':>8} {'time ms':>8}")
    for name, model, w, dur, ms in rows:
        print(f"{name:<18} {model:<16} {w * 100:5.1f}% {dur:8.1f} {ms:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
