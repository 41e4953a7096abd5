"""``main.py --self-test``: is every part of this installation there and working?

Meant for the packaged app as much as for a source checkout: a build that missed
llama.cpp's shared library, the Silero VAD asset or Piper's espeak-ng data fails
here, in a few seconds, with the part named, instead of in front of a user.

The models run the way the app runs them, in the engine process: SmolLM2 answers
a few tokens on the language-model lane while, on the speech lane, Piper says
"testing one two three" and Whisper tiny.en has to hear those words. Meanwhile
this process checks the folders, SQLite FTS5, the VAD asset and PortAudio. The
Qt check is passed in by ``main.py`` (the core never imports Qt); it runs in its
own process, because a Qt platform plugin that cannot start aborts its process.

One line per check, ``ok`` / ``warning`` / ``FAILED`` and what failed; exit status
0 when every essential check passed, 1 otherwise. ``--llm/--stt/--tts`` check
other models than the built-in ones (and let the tests break a part on purpose).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from . import __version__
from .paths import AppPaths

#: what Piper says and Whisper must hear
PHRASE = "Testing one two three."
WORDS = ("testing", "one", "two", "three")
_DIGITS = {"1": "one", "2": "two", "3": "three"}

#: a check that has not finished after this long has failed (a hung engine, a Qt
#: platform plugin waiting for a display); the whole run stays bounded
CHECK_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool | None
    """True: works. False: broken. None: a warning (works, with a caveat)."""
    detail: str = ""
    essential: bool = True
    ms: float = 0.0

    @property
    def mark(self) -> str:
        return {True: "ok", False: "FAILED", None: "warning"}[self.ok]

    def line(self) -> str:
        return f"{self.mark:<8}{self.name}: {self.detail} ({self.ms / 1000:.1f} s)"


def _timed(name: str, fn: Callable[[], tuple[bool | None, str]], *, essential: bool = True) -> Check:
    t0 = time.perf_counter()
    try:
        ok, detail = fn()
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever its type
        ok, detail = False, _one_line(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
    return Check(name, ok, detail, essential, (time.perf_counter() - t0) * 1000.0)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- checks that run in this process ------------------------------------------


def check_folders(paths: AppPaths) -> tuple[bool | None, str]:
    bad = []
    for label, d in (
        ("settings", paths.config_dir),
        ("data", paths.data_dir),
        ("models", paths.models_dir),
        ("cache", paths.cache_dir),
        ("logs", paths.log_dir),
    ):
        try:
            d.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=d, prefix=".selftest-"):
                pass
        except OSError as exc:
            bad.append(f"{label} folder {d} is not writable ({exc.strerror or exc})")
    if bad:
        return False, "; ".join(bad)
    return True, f"5 folders writable (data in {paths.data_dir})"


def check_sqlite() -> tuple[bool | None, str]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        con.execute("INSERT INTO t VALUES ('parley self test')")
        hits = con.execute("SELECT count(*) FROM t WHERE t MATCH 'self'").fetchone()[0]
    except sqlite3.Error as exc:
        return False, f"SQLite {sqlite3.sqlite_version} has no full-text search (FTS5): {exc}"
    finally:
        con.close()
    return (hits == 1), f"SQLite {sqlite3.sqlite_version} with FTS5"


def check_vad() -> tuple[bool | None, str]:
    """faster-whisper's Silero VAD: the ONNX asset is inside the package (a frozen
    build must collect it) and onnxruntime loads and runs it."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        return False, "faster-whisper is not installed"
    assets = Path(list(spec.submodule_search_locations)[0]) / "assets"
    found = sorted(assets.glob("silero_vad*.onnx")) if assets.is_dir() else []
    if not found:
        return False, f"the Silero VAD model is missing from {assets}"
    import numpy as np
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    stamps = get_speech_timestamps(np.zeros(16000, dtype=np.float32), VadOptions())
    if stamps:
        return False, "the VAD heard speech in silence"
    return True, f"{found[0].name} loads and runs"


def _in_child_process(fn: Callable[[], tuple[bool | None, str]]) -> tuple[bool | None, str]:
    """Run a check that loads an engine library (onnxruntime) in a spawned process,
    as the app does: this process stays free of them."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
            return pool.submit(fn).result(timeout=CHECK_TIMEOUT_S)
    except BrokenProcessPool:
        return False, "the check's process ended unexpectedly"


def check_portaudio() -> tuple[bool | None, str]:
    from .audio.devices import probe

    status = probe()
    if not status.portaudio:
        return False, f"the PortAudio library is missing: {status.error}"
    import sounddevice as sd

    version = sd.get_portaudio_version()[1]
    if status.error:
        return None, f"{version}; no sound devices ({status.error})"
    if not status.inputs and not status.outputs:
        return None, f"{version}; no microphone or speaker found (voice needs them; text chat does not)"
    return True, f"{version}; {len(status.inputs)} input and {len(status.outputs)} output devices"


def subprocess_check(command: Sequence[str], *, timeout: float = 60.0) -> Callable[[], tuple[bool | None, str]]:
    """A check run as another process that prints one JSON line ``{"ok": ..., "detail": ...}``.
    A crash (Qt aborts when no platform plugin can start) becomes a failure naming it."""

    def run() -> tuple[bool | None, str]:
        try:
            out = subprocess.run(
                list(command), capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            return False, f"did not finish within {timeout:.0f} s"
        for raw in reversed(out.stdout.splitlines()):
            if raw.startswith("{"):
                try:
                    data = json.loads(raw)
                except ValueError:
                    continue
                return data.get("ok"), str(data.get("detail", ""))
        why = f"exit status {out.returncode}" if out.returncode >= 0 else f"ended by signal {-out.returncode}"
        lines = [ln.strip() for ln in out.stderr.splitlines() if ln.strip()]
        telling = [ln for ln in lines if re.search(r"could not|cannot|failed|error|missing|needed", ln, re.I)]
        tail = _one_line(" | ".join((telling or lines)[-3:]))
        return False, f"the check process failed ({why})" + (f": {tail}" if tail else "")

    return run


# ---- checks in the engine process ------------------------------------------------


def _llm_check(engine, model_path: str) -> tuple[bool | None, str]:  # type: ignore[no-untyped-def]
    from .engines.base import ChatMessage, Finished, GenerationRequest, Token

    # one thread: this checks that it works, not how fast; and with two on two busy cores
    # llama.cpp waits for its slower thread every token (1 token/s seen here under load)
    loaded = engine.preload(model_path=model_path, context_size=512, n_threads=1)
    request = GenerationRequest(
        model_path=model_path,
        messages=(ChatMessage("user", "Say hello."),),
        max_tokens=8,
        temperature=0.0,
        context_size=512,
        n_threads=1,
        seed=1,
    )
    parts: list[str] = []
    done: Finished | None = None
    for ev in engine.generate(request, threading.Event()):
        if isinstance(ev, Token):
            parts.append(ev.text)
        elif isinstance(ev, Finished):
            done = ev
    text = "".join(parts).strip()
    if done is None or done.tokens == 0 or not text:
        return False, f"{os.path.basename(model_path)} loaded but produced no tokens"
    return True, (
        f"{os.path.basename(model_path)}: loaded in {loaded.load_ms / 1000:.1f} s, "
        f"{done.tokens} tokens at {done.tokens_per_s:.0f}/s: {_one_line(text, 60)!r}"
    )


def _heard_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return [_DIGITS.get(w, w) for w in words]


def _speech_checks(engine, stt_path: str, tts_path: str, stt_error: str = "") -> tuple[Check, Check]:  # type: ignore[no-untyped-def]
    """Piper says the phrase; Whisper must hear it. Whisper fails with Piper (it
    has nothing to listen to), and says so."""
    import numpy as np

    from .audio.playback import resample
    from .engines.base import SpeechSpec

    audio: list = []
    rate = 0

    def piper() -> tuple[bool | None, str]:
        nonlocal rate
        for chunk in engine.synthesize(PHRASE, spec=SpeechSpec(tts_path=tts_path)):
            audio.append(np.asarray(chunk.samples, dtype=np.int16))
            rate = chunk.sample_rate
        if not audio:
            return False, f"{os.path.basename(tts_path)} produced no audio"
        samples = np.concatenate(audio)
        peak = int(np.abs(samples.astype(np.int32)).max()) if len(samples) else 0
        if peak < 500:
            return False, f"{os.path.basename(tts_path)} produced silence"
        return True, f"{os.path.basename(tts_path)}: {len(samples) / rate:.1f} s of speech at {rate} Hz"

    tts_check = _timed("Piper speech synthesis", piper)

    def whisper() -> tuple[bool | None, str]:
        if stt_error:
            return False, stt_error
        if not tts_check.ok:
            return False, "not run: it listens to Piper's speech, which failed"
        samples = np.concatenate(audio).astype(np.float32) / 32768.0
        pcm16k = resample(samples, rate, 16000).astype(np.float32)
        t = engine.transcribe(pcm16k, spec=SpeechSpec(stt_path=stt_path), language="en")
        heard = _heard_words(t.text)
        missing = [w for w in WORDS if w not in heard]
        if missing:
            return False, f"heard {t.text!r}, missing {', '.join(missing)}"
        return True, f"{os.path.basename(stt_path.rstrip('/'))} heard {t.text!r}"

    stt_check = _timed("Whisper speech recognition", whisper)
    return tts_check, stt_check


# ---- the run ---------------------------------------------------------------------


def run_checks(
    paths: AppPaths,
    *,
    llm: str = "",
    stt: str = "",
    tts: str = "",
    qt_check: Callable[[], tuple[bool | None, str]] | None = None,
    emit: Callable[[Check], None] = lambda c: None,
) -> list[Check]:
    """Every check, each result passed to ``emit`` as soon as its turn comes (the
    order is fixed, so the output reads the same every time)."""
    from .config import Settings
    from .engines import offline_environment
    from .engines.process import EngineProcess
    from .errors import AssistantError
    from .models.registry import PIPER_JOE, SMOLLM2, WHISPER_TINY_EN, ModelRegistry

    offline_environment()  # before any engine library loads, here or in the processes started below
    results: list[Check] = []

    def add(check: Check) -> None:
        results.append(check)
        emit(check)

    add(_timed("User folders", lambda: check_folders(paths)))
    add(_timed("SQLite full-text search", check_sqlite))

    registry = ModelRegistry(paths, Settings)

    def locate(kind: str, wanted: str) -> tuple[str, str]:
        try:
            return registry.resolve(kind, wanted).path, ""
        except AssistantError as exc:
            return "", _one_line(str(exc))

    llm_path, llm_err = locate("llm", llm or SMOLLM2)
    stt_path, stt_err = locate("stt", stt or WHISPER_TINY_EN)
    tts_path, tts_err = locate("tts", tts or PIPER_JOE)

    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    background: dict[str, list[Check]] = {}

    def in_background(key: str, fn: Callable[[], list[Check]]) -> threading.Thread:
        def body() -> None:
            background[key] = fn()

        t = threading.Thread(target=body, name=f"selftest-{key}", daemon=True)
        t.start()
        return t

    speech_done = threading.Event()

    def llm_job() -> list[Check]:
        if llm_err:
            return [Check("Language model (llama.cpp)", False, llm_err)]
        # after the speech models, not beside them: on two cores llama.cpp's threads and
        # onnxruntime's/CTranslate2's would take turns, and each part's time would mean little
        speech_done.wait(CHECK_TIMEOUT_S)
        return [_timed("Language model (llama.cpp)", lambda: _llm_check(engine, llm_path))]

    def speech_job() -> list[Check]:
        try:
            return _speech_job()
        finally:
            speech_done.set()

    def _speech_job() -> list[Check]:
        if tts_err:
            return [
                Check("Piper speech synthesis", False, tts_err),
                Check("Whisper speech recognition", False, "not run: it listens to Piper's speech, which failed"),
            ]
        return list(_speech_checks(engine, stt_path, tts_path, stt_err))

    def qt_job() -> list[Check]:
        if qt_check is None:
            return [Check("Qt window", None, "not checked (no Qt check given)", essential=False)]
        return [_timed("Qt window", qt_check)]

    started = time.perf_counter()
    jobs = {
        "qt": in_background("qt", qt_job),
        "llm": in_background("llm", llm_job),
        "speech": in_background("speech", speech_job),
    }
    try:
        add(_timed("Silero VAD asset", lambda: _in_child_process(check_vad)))
        add(_timed("PortAudio (sound)", check_portaudio))
        for key, names in (
            ("qt", ("Qt window",)),
            ("speech", ("Piper speech synthesis", "Whisper speech recognition")),
            ("llm", ("Language model (llama.cpp)",)),
        ):
            jobs[key].join(timeout=max(0.0, CHECK_TIMEOUT_S - (time.perf_counter() - started)))
            for check in background.get(key) or [
                Check(n, False, f"did not finish within {CHECK_TIMEOUT_S:.0f} s") for n in names
            ]:
                add(check)
    finally:
        engine.close()
    return results


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parley --self-test",
        description="Check every part of this Parley installation: Qt, the language model, Whisper, Piper, "
        "the VAD, PortAudio, SQLite and the user folders.",
    )
    p.add_argument("--basedir", help="use the folders under this base instead of the user folders")
    p.add_argument("--llm", default="", help="language model to check (name or .gguf path; default: SmolLM2)")
    p.add_argument("--stt", default="", help="Whisper model to check (name or folder; default: tiny.en)")
    p.add_argument("--tts", default="", help="Piper voice to check (name or .onnx path; default: joe)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    return p


def main(argv: list[str] | None = None, *, qt_check: Callable[[], tuple[bool | None, str]] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.default(args.basedir)
    t0 = time.perf_counter()
    if not args.json:
        frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
        print(f"Parley {__version__}{frozen} self-test, Python {sys.version.split()[0]} on {sys.platform}", flush=True)

    def emit(check: Check) -> None:
        if not args.json:
            print(check.line(), flush=True)

    checks = run_checks(paths, llm=args.llm, stt=args.stt, tts=args.tts, qt_check=qt_check, emit=emit)
    failed = [c.name for c in checks if c.ok is False and c.essential]
    elapsed = time.perf_counter() - t0
    if args.json:
        print(json.dumps({"ok": not failed, "seconds": round(elapsed, 2), "checks": [asdict(c) for c in checks]}))
    elif failed:
        print(f"Self-test FAILED in {elapsed:.1f} s: {', '.join(failed)}.")
    else:
        print(f"Self-test passed: {len(checks)} checks in {elapsed:.1f} s.")
    return 1 if failed else 0
