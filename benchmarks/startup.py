#!/usr/bin/env python3
"""Time from launching Parley to a visible window, and to the chat model being
loaded and warm, measured from outside the process (interpreter start-up counts).

    .venv/bin/python benchmarks/startup.py [--runs 5] [--via-run]

--via-run launches ``./run`` (the README's command, with the venv already set up)
instead of ``.venv/bin/python main.py``. Needs a display, or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(cmd: list[str]) -> dict[str, float]:
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out: dict[str, float] = {}
    assert p.stdout is not None
    for line in p.stdout:
        if line.startswith("startup window-shown"):
            out["window_shown_ms"] = (time.perf_counter() - t0) * 1000
        elif line.startswith("startup model-ready"):
            out["model_ready_ms"] = (time.perf_counter() - t0) * 1000
    p.wait(60)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--via-run", action="store_true", help="launch ./run instead of the venv's python")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as base:
        launcher = [str(ROOT / "run")] if args.via_run else [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")]
        cmd = [*launcher, "--basedir", base, "--report-startup", "--quit-when-ready"]
        once(cmd)  # first start assembles nothing for the default model, but warms the disk cache
        runs = [once(cmd) for _ in range(args.runs)]
    result = {}
    for key in ("window_shown_ms", "model_ready_ms"):
        vals = sorted(r[key] for r in runs if key in r)
        result[key] = {"median": round(statistics.median(vals)), "max": round(vals[-1]), "n": len(vals)}
    if args.json:
        print(json.dumps(result))
    else:
        for key, v in result.items():
            print(f"{key:<16} median {v['median']:>5} ms   max {v['max']:>5} ms   ({v['n']} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
