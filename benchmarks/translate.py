#!/usr/bin/env python3
"""Translation quality and speed: chrF++ (sacrebleu) on FLORES-101 dev.

    .venv/bin/python benchmarks/translate.py [--n 100] [--model gemma-3-270m] [--no-guards] [--shots K] [--json]
    .venv/bin/python benchmarks/translate.py --ablation [--n 100]

``--ablation`` measures what each guard gains in one pass: every sentence's first
output is kept, and where any guard fires both kinds of retry are run too, so the
score of the translator with any set of guards switched on can be computed
exactly, offline (the translator's choice depends only on those outputs).

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
    ap.add_argument("--shots", type=int, default=None, help="few-shot examples for base models (default: the translator's)")
    ap.add_argument("--ablation", action="store_true", help="score every guard on and off from one pass")
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
        if args.shots is not None:
            cfg = translator._config()
            translator._config = lambda: type(cfg)(**{**cfg.__dict__, "shots": args.shots})
        model_name = translator._config().model_name
        if args.ablation:
            return ablation(translator, data, args, sacrebleu)
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


GUARDS = ("empty", "loop", "untranslated", "wrong-language", "length")


def _choose(trace: list[dict], enabled: set[str]) -> str:
    """What the translator outputs for one sentence with only ``enabled`` guards:
    the same rule as Translator.translate_sentence."""
    first = trace[0]
    p1 = [p for p in first["problems"] if p in enabled]
    if not p1:
        return first["text"]
    retry = trace[1] if ("loop" in p1 or "length" in p1) else trace[2]
    p2 = [p for p in retry["problems"] if p in enabled]
    return retry["text"] if len(p2) < len(p1) else first["text"]


def ablation(translator, data, args, sacrebleu) -> int:  # type: ignore[no-untyped-def]
    from assistant.engines.base import GenerationRequest
    from assistant.translate import clean_output, split_sentences

    cfg = translator._config()
    cancel = threading.Event()
    variants = {"none": set(), "all": set(GUARDS)}
    for g in GUARDS[1:]:
        variants[f"only {g}"] = {"empty", g}
        variants[f"all but {g}"] = set(GUARDS) - {g}
    table: dict[str, dict[str, float]] = {v: {} for v in variants}
    fired_all: dict[str, Counter] = {}
    timing: dict[str, float] = {}
    for d in args.directions.split(","):
        src, tgt = d.split("-")
        traces: list[list[list[dict]]] = []  # sentence line → its sentences → [first, penalty retry, temperature retry]
        fired: Counter = Counter()
        t0 = time.perf_counter()
        for line in data[src][: args.n]:
            per_line = []
            for sentence in split_sentences(line):
                req = translator._frame(sentence, src, tgt, cfg, [])
                first = clean_output(translator._run(req, cancel), sentence)
                p1 = translator.problems(sentence, first, src, tgt, [])
                trace = [{"text": first, "problems": p1}]
                if p1:
                    fired.update(p1)
                    for change in ({"repeat_penalty": 1.3}, {"temperature": 0.3, "seed": 7}):
                        out = clean_output(translator._run(GenerationRequest(**{**req.__dict__, **change}), cancel), sentence)
                        trace.append({"text": out, "problems": translator.problems(sentence, out, src, tgt, [])})
                per_line.append(trace)
            traces.append(per_line)
        timing[f"{src}→{tgt}"] = round((time.perf_counter() - t0) / args.n, 2)
        fired_all[f"{src}→{tgt}"] = fired
        refs = [data[tgt][: args.n]]
        for name, enabled in variants.items():
            hyps = [" ".join(_choose(t, enabled) for t in per_line) for per_line in traces]
            table[name][f"{src}→{tgt}"] = round(sacrebleu.corpus_chrf(hyps, refs, word_order=2).score, 1)
        print(f"{src}→{tgt} done: none {table['none'][f'{src}→{tgt}']} all {table['all'][f'{src}→{tgt}']} fired {dict(fired)}", file=sys.stderr, flush=True)
    dirs = list(fired_all)
    for name in table:
        table[name]["average"] = round(sum(table[name][d] for d in dirs) / len(dirs), 2)
    if args.json:
        print(json.dumps({"n": args.n, "chrf++": table, "fired": {k: dict(v) for k, v in fired_all.items()}, "s_per_sentence_with_both_retries": timing}, ensure_ascii=False))
    else:
        print(f"\nchrF++ by guard set, {args.n} sentences per direction")
        print(f"{'guards':<22}" + "".join(f"{d:>8}" for d in dirs) + f"{'average':>9}")
        for name, row in table.items():
            print(f"{name:<22}" + "".join(f"{row[d]:>8}" for d in dirs) + f"{row['average']:>9}")
        print("\nfired (first try):", {k: dict(v) for k, v in fired_all.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
