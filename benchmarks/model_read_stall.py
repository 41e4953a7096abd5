#!/usr/bin/env python3
"""How long a Qt event loop cannot run while worker threads read a model file's
metadata (the GGUF vocabulary: 262,144 words for Gemma), as the window's threads
do when the model list is refreshed or the Translator first resolves its model.

A 5 ms heartbeat QTimer; ``--threads N`` threads each ask for the model's check
``--reads`` times. By default they go through ``check_model_cached`` (one reading at
a time, shared with the others); ``--raw`` has each thread read the file itself
(``read_gguf``), as before session 4.

    .venv/bin/python benchmarks/model_read_stall.py [--threads 3] [--raw] [--model gemma-3-270m]

Prints one JSON line: ``{"worst_stall_ms": x, "threads": n, "raw": bool}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.models import validate  # noqa: E402
from assistant.models.gguf import read_gguf  # noqa: E402
from assistant.models.registry import ModelRegistry  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=3)
    ap.add_argument("--reads", type=int, default=3)
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--model", default="gemma-3-270m")
    args = ap.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as base:
        path = Path(ModelRegistry(AppPaths.under(Path(base)), lambda: settings).resolve_llm(args.model).path)

        def work() -> None:
            for _ in range(args.reads):
                if args.raw:
                    read_gguf(path)
                else:
                    with validate._cache_lock:
                        validate._cache.clear()  # a first reading each time
                    validate.check_model_cached(path, "llm")

        app = QCoreApplication([])
        last = [time.perf_counter()]
        worst = [0.0]

        def tick() -> None:
            now = time.perf_counter()
            worst[0] = max(worst[0], (now - last[0]) * 1000 - 5)
            last[0] = now

        beat = QTimer()
        beat.setInterval(5)
        beat.timeout.connect(tick)
        beat.start()
        threads = [threading.Thread(target=work, daemon=True) for _ in range(args.threads)]

        def start() -> None:
            last[0], worst[0] = time.perf_counter(), 0.0
            for t in threads:
                t.start()

        def check() -> None:
            if all(not t.is_alive() for t in threads):
                app.quit()

        QTimer.singleShot(200, start)
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(check)
        QTimer.singleShot(250, poll.start)
        app.exec()
    print(json.dumps({"worst_stall_ms": round(worst[0], 1), "threads": args.threads, "raw": args.raw}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
