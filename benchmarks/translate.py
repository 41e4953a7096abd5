#!/usr/bin/env python3
"""Translation quality and speed: chrF++ (sacrebleu) on FLORES-101 dev.

    .venv/bin/python benchmarks/translate.py [--n 100] [--model gemma-3-270m] [--no-guards] [--json]

Sentences 0..n-1 of ../shared/data/flores101-dev (CC BY-SA 4.0, FLORES-101,
Goyal et al. 2021) in six directions: en→fr, fr→en, en→de, de→en, en→es, es→en.
The few-shot examples in the prompt are Parley's own (assistant/translate.py),
not FLORES sentences. Prints chrF++ and seconds per sentence per direction, and
how often each guard fired.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DIRECTIONS = (("en", "fr"), ("fr", "en"), ("en", "de"), ("de", "en"), ("en", "es"), ("es", "en"))


def main() -> int:
    import sacrebleu

    from assistant.cli import translator_for
    from assistant.config import Settings
    from assistant.engines.process import EngineProcess
    from assistant.models.registry import ModelRegistry
    from assistant.paths import AppPaths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "flores101-dev"))
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--model", default="")
    ap.add_argument("--no-guards", action="store_true")
    ap.add_argument("--directions", default=",".join(f"{a}-{b}" for a, b in DIRECTIONS))
    ap.add_argument("--basedir", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    data = {k: Path(args.data, f"{k}.txt").read_text(encoding="utf-8").splitlines() for k in ("en", "fr", "de", "es")}
    paths = AppPaths.default(args.basedir).ensure()
    settings = Settings()
    registry = ModelRegistry(paths, lambda: settings)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    rows = []
    try:
        translator = translator_for(engine, settings, registry, args.model)
        if args.no_guards:
            cfg = translator._config()
            translator._config = lambda: type(cfg)(**{**cfg.__dict__, "guards": False})
        model_name = translator._config().model_name
        translator.translate("Hello.", "en", "fr")  # load the model outside the timings
        for d in args.directions.split(","):
            src, tgt = d.split("-")
            hyps, fired = [], Counter()
            t0 = time.perf_counter()
            for sentence in data[src][: args.n]:
                r = translator.translate(sentence, src, tgt, cancel=threading.Event())
                hyps.append(r.text)
                fired.update(r.guards)
            per = (time.perf_counter() - t0) / args.n
            score = sacrebleu.corpus_chrf(hyps, [data[tgt][: args.n]], word_order=2).score
            rows.append({"direction": f"{src}→{tgt}", "chrf++": round(score, 1), "s_per_sentence": round(per, 2), "guards": dict(fired)})
            print(f"{src}→{tgt}  chrF++ {score:5.1f}  {per:5.2f} s/sentence  guards {dict(fired)}", file=sys.stderr, flush=True)
    finally:
        engine.close()
    avg = round(sum(r["chrf++"] for r in rows) / len(rows), 1)
    result = {"model": model_name, "n": args.n, "guards": not args.no_guards, "directions": rows, "average_chrf++": avg}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"\n{model_name}, {args.n} sentences per direction, guards {'on' if not args.no_guards else 'off'}")
        print(f"{'direction':<10} {'chrF++':>7} {'s/sentence':>11}  guards fired")
        for r in rows:
            print(f"{r['direction']:<10} {r['chrf++']:>7} {r['s_per_sentence']:>11}  {r['guards']}")
        print(f"{'average':<10} {avg:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
