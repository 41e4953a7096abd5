"""How llama.cpp's OpenMP threads should wait, measured: tokens/s through the engine
process with each wait policy, on a quiet machine and with one other busy process
(a pure-Python busy loop, as a browser tab or a build would be).

    .venv/bin/python benchmarks/omp_wait.py [--runs 3] [--json]

Policies: ``app`` (nothing set: the engine's own choice), ``passive`` (OMP_WAIT_POLICY=PASSIVE: threads sleep at once),
``spin-N`` (GOMP_SPINCOUNT=N: spin N iterations, then sleep), ``active`` (spin
until work comes; libgomp's default when nothing is set is a long spin too), and
``1-thread`` (one llama.cpp thread: nothing to wait for).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLICIES = {
    "app": {"OMP_WAIT_POLICY": "", "GOMP_SPINCOUNT": ""},  # what the engine chooses by itself
    "passive": {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": ""},
    "spin-1k": {"OMP_WAIT_POLICY": "", "GOMP_SPINCOUNT": "1000"},
    "spin-3k": {"OMP_WAIT_POLICY": "", "GOMP_SPINCOUNT": "3000"},
    "spin-10k": {"OMP_WAIT_POLICY": "", "GOMP_SPINCOUNT": "10000"},
    "spin-100k": {"OMP_WAIT_POLICY": "", "GOMP_SPINCOUNT": "100000"},
    "active": {"OMP_WAIT_POLICY": "ACTIVE", "GOMP_SPINCOUNT": ""},
    "1-thread": {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": "", "threads": "1"},
}
PROMPT = "Explain in a short paragraph why the sea is salty."


def tokens_per_s(env: dict[str, str], runs: int) -> list[float]:
    from assistant.config import Settings
    from assistant.engines.base import ChatMessage, Finished, GenerationRequest
    from assistant.engines.process import EngineProcess
    from assistant.models.registry import ModelRegistry
    from assistant.paths import AppPaths

    env = dict(env)
    threads = int(env.pop("threads", "0"))
    saved = {k: os.environ.get(k) for k in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    for k, v in env.items():
        if v:
            os.environ[k] = v
        else:
            os.environ.pop(k, None)
    # the engine picks its own spin count only when neither variable is set
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings()
            model = ModelRegistry(AppPaths.under(Path(tmp)), lambda: settings).resolve_llm("")
            engine = EngineProcess()
            try:
                out = []
                for i in range(runs + 1):
                    req = GenerationRequest(
                        model_path=model.path, messages=(ChatMessage("user", f"{PROMPT} ({i})"),), max_tokens=128,
                        temperature=0.0, context_size=settings.context_size, n_threads=threads or settings.n_threads,
                    )
                    fin = [e for e in engine.generate(req, threading.Event()) if isinstance(e, Finished)][-1]
                    if i:  # the first run loads the model
                        out.append(fin.tokens_per_s)
                return out
            finally:
                engine.close()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result: dict[str, dict[str, float]] = {}
    for load in ("quiet", "one busy process"):
        busy = None
        if load != "quiet":
            busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
            time.sleep(0.5)
        try:
            for name, env in POLICIES.items():
                tps = tokens_per_s(env, args.runs)
                result.setdefault(name, {})[load] = round(statistics.median(tps), 1)
                print(f"{name:10} {load:17} {statistics.median(tps):6.1f} tok/s  ({', '.join(f'{t:.1f}' for t in tps)})",
                      file=sys.stderr)
        finally:
            if busy is not None:
                busy.kill()
                busy.wait()
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{'policy':10} {'quiet':>8} {'busy':>8}  tokens/s (median)")
        for name, r in result.items():
            print(f"{name:10} {r['quiet']:8} {r['one busy process']:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
