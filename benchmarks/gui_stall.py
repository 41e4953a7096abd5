#!/usr/bin/env python3
"""How long the GUI event loop is ever unable to run while Parley loads its
models, writes an answer and speaks one: the real window and controller (built
by ``ui.app.build``), the real engine process and the real models, offscreen.

A 5 ms heartbeat ``QTimer`` on the GUI thread records the largest gap between
two ticks, minus the interval, per phase:

- ``load``: ``controller.start()`` until the chat model and the speech models
  (Whisper, Piper) are loaded, as at start-up;
- ``generate``: a typed question answered with a real streamed reply;
- ``speak``: a push-to-talk turn (press, hold, release through the controller's
  API, as the talk button does): transcribed, answered and spoken;
- ``translate``: a sentence through the Translator (its model, Gemma, loads then).

Meanwhile a sampler thread adds up the resident memory of the window's process and
the engine process every 50 ms: ``app_peak_rss_mb`` is the whole app's peak with
every default model loaded (chat, Whisper, Piper, translation), measured at one
moment rather than as a sum of the two processes' separate peaks.

This machine has no sound devices. The microphone is the app's own ``Recorder``
fed in real time (``FedRecorder``: 20 ms blocks from a thread, as from a sound
card): after the press the question, spoken by the Piper voice, is played into it,
and the key is released as its last block is heard, as ``main.py bench`` does. The
speaker is ``RealtimeSink`` from ``tests/ui/voice_fakes.py``: it consumes its
samples at the real pace on its own thread, like a sound card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_stall.py [--diagnose]

Prints one JSON line: ``{"gui_max_stall_ms": {"load": x, "generate": y,
"speak": z}, "heartbeats": n}``; exits with 1 when a phase fails or times out.
``--diagnose`` also samples the GUI thread's Python stack from a watchdog
thread whenever a heartbeat is late, and prints the most frequent stacks of
stalls longer than ``--threshold-ms`` on stderr (a poor man's py-spy).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot  # noqa: E402

from assistant.audio.capture import FedRecorder  # noqa: E402
from assistant.audio.playback import resample  # noqa: E402
from assistant.cli import speech_spec  # noqa: E402
from assistant.config import LoadResult, Settings  # noqa: E402
from assistant.engines.process import EngineProcess  # noqa: E402
from assistant.models.registry import ModelRegistry  # noqa: E402
from assistant.paths import AppPaths  # noqa: E402
from assistant.store import HistoryStore  # noqa: E402
from ui.app import GarbageCollector, build, make_application  # noqa: E402
from ui.controller import ChatController  # noqa: E402
from ui.voice import SpeechPreloaded, SpeechPreloadFailed  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "ui"))
from voice_fakes import FakeAudio  # noqa: E402

QUESTION_TYPED = "Explain in a short paragraph why the sea is salty."
#: answered in several sentences, all spoken: the voice's working memory grows with the
#: sentences it speaks, and the memory figure must include that
QUESTION_SPOKEN = "Why is the sky blue?"
HEARTBEAT_MS = 5


def log(msg: str) -> None:
    print(f"gui_stall: {msg}", file=sys.stderr, flush=True)


class Heartbeat(QObject):
    """Ticks every 5 ms on the GUI thread; ``max_gap_ms`` is the longest time
    between two ticks minus the interval: the longest the event loop could not run."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.ticks = 0
        self.measuring = False  # read by the watchdog thread (a bool: no lock needed)
        self.last = time.perf_counter()  # read by the watchdog thread (a float: no lock needed)
        self.max_gap_ms = 0.0
        self.gaps: list[tuple[str, float, float, float]] = []  # (phase, s into it, gap ms, GUI CPU ms) of late ticks
        self.phase = ""
        self.phase_start = time.perf_counter()
        self.last_cpu = time.thread_time()

    def begin_phase(self, name: str) -> None:
        self.phase, self.phase_start = name, time.perf_counter()
        self.max_gap_ms = 0.0
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.measuring = True
        if not self.timer.isActive():
            self.timer.start()

    def end_phase(self) -> float:
        self.measuring = False
        return round(self.max_gap_ms, 1)

    @Slot()
    def _on_timer_timeout(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = max(0.0, (now - self.last) * 1000.0 - HEARTBEAT_MS)
        # CPU time of the GUI thread over the gap: near the gap, it was busy; near zero,
        # it was waiting (for the GIL, or for a core on a loaded machine)
        cpu_ms = (cpu - self.last_cpu) * 1000.0
        self.last, self.last_cpu = now, cpu
        self.ticks += 1
        if gap > self.max_gap_ms:
            self.max_gap_ms = gap
        if gap > 20 and self.measuring:
            self.gaps.append((self.phase, now - gap / 1000.0 - self.phase_start, gap, cpu_ms))


class Watchdog(threading.Thread):
    """Samples the GUI thread's Python stack while a heartbeat is overdue. The
    sample shows what the GUI thread is doing (or waiting in: a stack ending in a
    Qt call that takes the GIL back means another thread held it)."""

    def __init__(self, heartbeat: Heartbeat, gui_ident: int, threshold_ms: float) -> None:
        super().__init__(name="gui-stall-watchdog", daemon=True)
        self.gui_tid = threading.get_native_id()  # built on the GUI thread
        self.kernel: collections.Counter[str] = collections.Counter()
        self.heartbeat = heartbeat
        self.gui_ident = gui_ident
        self.threshold_ms = threshold_ms
        self.stop = threading.Event()
        self.samples: collections.Counter[str] = collections.Counter()
        self.others: collections.Counter[str] = collections.Counter()

    def run(self) -> None:
        names = {}
        while not self.stop.wait(0.01):
            late_ms = (time.perf_counter() - self.heartbeat.last) * 1000.0 - HEARTBEAT_MS
            if late_ms < self.threshold_ms or not self.heartbeat.measuring:
                continue
            self.kernel[_kernel_state(self.gui_tid)] += 1
            frames = sys._current_frames()
            frame = frames.get(self.gui_ident)
            if frame is not None:
                self.samples["".join(traceback.format_stack(frame, limit=14))] += 1
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, f in frames.items():
                if ident in (self.gui_ident, self.ident):
                    continue
                top = traceback.extract_stack(f, limit=1)[-1]
                self.others[f"{names.get(ident, ident)}: {top.filename}:{top.lineno} {top.name}"] += 1

    def report(self) -> None:
        log(f"GUI thread stacks sampled while a heartbeat was >{self.threshold_ms:.0f} ms late:")
        for stack, n in self.samples.most_common(6):
            print(f"--- {n} samples\n{stack}", file=sys.stderr)
        log("the GUI thread in the kernel at those moments (state, wait channel, system call):")
        for where, n in self.kernel.most_common(8):
            print(f"  {n:4d}  {where}", file=sys.stderr)
        log("other threads at those moments (innermost frame):")
        for where, n in self.others.most_common(12):
            print(f"  {n:4d}  {where}", file=sys.stderr)


def _kernel_state(tid: int) -> str:
    """What the kernel says thread ``tid`` of this process is doing (Linux): its state
    (R running or waiting for a core, S sleeping: e.g. waiting for Python's lock), where
    it sleeps (the wait channel; 0 where the kernel hides it) and its system call."""
    task = Path(f"/proc/self/task/{tid}")
    try:
        state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
        wchan = (task / "wchan").read_text().strip() or "-"
        syscall = (task / "syscall").read_text().split()[0]
    except (OSError, IndexError):
        return "unknown"
    return f"{state} {wchan} syscall {syscall}"


class Waiter(QObject):
    """Ends a local event loop when the controller says a phase is over. Slots
    only (never lambdas): the voice worker's signal comes from another thread."""

    def __init__(self, controller: ChatController) -> None:
        super().__init__()
        self.loop: QEventLoop | None = None
        self.chat_ready = False
        self.speech_ready = False
        self.speech_error: BaseException | None = None
        self.turn = None
        self.busy = False
        self.failures: list[str] = []
        self.events: list[tuple[float, str]] = []  # (when, type) of the voice worker's events, for --diagnose
        controller.model_ready.connect(self._on_controller_model_ready)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.reply_failed.connect(self._on_controller_reply_failed)
        controller.failed.connect(self._on_controller_failed)
        controller.voice_turn_finished.connect(self._on_controller_voice_turn_finished)
        controller.voice_notice.connect(self._on_controller_voice_notice)
        # no public signal says "speech models loaded": listen to the worker too
        controller._voice_worker.event.connect(self._on_voice_worker_event)  # noqa: SLF001

    def wait(self, done, timeout_s: float) -> bool:  # noqa: ANN001
        """Run the event loop until ``done()`` or a failure; False on timeout."""
        deadline = time.monotonic() + timeout_s
        while not done() and not self.failures:
            if time.monotonic() > deadline:
                return False
            self.loop = QEventLoop()
            QTimer.singleShot(100, self.loop, self.loop.quit)  # re-check the condition and the clock
            self.loop.exec()
            self.loop = None
        return not self.failures

    def _wake(self) -> None:
        if self.loop is not None:
            self.loop.quit()

    @Slot(str, float)
    def _on_controller_model_ready(self, name: str, load_ms: float) -> None:
        log(f"chat model ready: {name} in {load_ms:.0f} ms")
        self.chat_ready = True
        self._wake()

    @Slot(object)
    def _on_voice_worker_event(self, ev: object) -> None:
        self.events.append((time.perf_counter(), type(ev).__name__))
        if isinstance(ev, SpeechPreloaded):
            log(f"speech models ready: {ev.load_ms}")
            self.speech_ready = True
        elif isinstance(ev, SpeechPreloadFailed):
            self.failures.append(f"speech preload failed: {ev.error}")
        self._wake()

    @Slot(bool)
    def _on_controller_busy_changed(self, busy: bool) -> None:
        self.busy = busy
        self._wake()

    @Slot(object, object)
    def _on_controller_reply_failed(self, _message: object, error: object) -> None:
        self.failures.append(f"reply failed: {error!r}")
        self._wake()

    @Slot(object)
    def _on_controller_failed(self, failure: object) -> None:
        self.failures.append(f"failed: {failure!r}")
        self._wake()

    @Slot(object)
    def _on_controller_voice_turn_finished(self, ev: object) -> None:
        self.turn = ev
        self._wake()

    @Slot(str)
    def _on_controller_voice_notice(self, text: str) -> None:
        log(f"voice notice: {text}")
        if "didn't catch" in text or "not ready" in text:
            self.failures.append(f"voice: {text}")
        self._wake()


def spoken_question(engine: EngineProcess, settings: Settings, paths: AppPaths) -> np.ndarray:
    spec = speech_spec(settings, ModelRegistry(paths, lambda: settings))
    chunks = list(engine.synthesize(QUESTION_SPOKEN, spec=spec))
    audio = np.concatenate([c.samples for c in chunks]).astype(np.float32) / 32768.0
    return resample(audio, chunks[0].sample_rate, 16000).astype(np.float32)


class Speaker(QObject):
    """The person at the microphone: once the recording has begun, says the question
    into it in real time (on a thread of its own) and lets go of the key as the last
    block is heard. ``released`` is emitted from that thread and delivered, queued, to
    the controller's slot on the GUI thread."""

    released = Signal()

    def __init__(self, mic: SpokenMic) -> None:
        super().__init__()
        self.mic = mic
        self.audio = np.zeros(0, dtype=np.float32)
        self.pressed_at = self.released_at = 0.0

    def speak_after_press(self) -> None:
        self.pressed_at = time.perf_counter()
        threading.Thread(target=self._speak, name="person", daemon=True).start()

    def _speak(self) -> None:
        if self.mic.begun.wait(30):
            self.released_at = self.mic.play(self.audio)
            self.released.emit()


class SpokenMic(FedRecorder):
    """The app's ``Recorder`` on a microphone the ``Speaker`` talks into."""

    def __init__(self) -> None:
        super().__init__()
        self.begun = threading.Event()

    def open(self) -> SpokenMic:
        if self._feeder is None:  # opened once, kept open (the window may ask again)
            super().open()
        return self

    def close(self) -> None:  # closed by measure() at the end, not by each turn
        pass

    def begin(self, listener: object = None) -> None:
        super().begin(listener=listener)
        self.begun.set()


def measure(*, diagnose: bool, threshold_ms: float, max_tokens: int) -> dict:
    app = make_application([sys.argv[0]])
    collector = GarbageCollector(app)  # as ui.app.run() does: its collections count as stalls too
    collector.start()
    tmp = tempfile.TemporaryDirectory(prefix="parley-gui-stall-")
    paths = AppPaths.under(Path(tmp.name)).ensure()
    settings = Settings(max_tokens=max_tokens, temperature=0.0)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    store = HistoryStore(paths.history_db)
    mic = SpokenMic()
    fake = FakeAudio(recorder=mic, realtime=True)  # type: ignore[arg-type]
    controller, window = build(
        paths=paths, load_result=LoadResult(settings), engine=engine, store=store, audio=fake.backend()
    )
    window.resize(1100, 760)
    window.show()
    waiter = Waiter(controller)
    heartbeat = Heartbeat()
    watchdog = Watchdog(heartbeat, threading.get_ident(), threshold_ms) if diagnose else None
    result: dict[str, float] = {}
    speak_start = float("inf")
    speaker: Speaker | None = None
    sampler = RssSampler(engine)
    sampler.start()
    try:
        # let the window paint once before the clock starts: building it is not this benchmark's subject
        waiter.wait(lambda: False, 0.3)
        if watchdog is not None:
            watchdog.start()

        log("phase load: chat model, then Whisper and Piper")
        heartbeat.begin_phase("load")
        QTimer.singleShot(0, controller.start)  # a bound method of a GUI-thread object
        if not waiter.wait(lambda: waiter.chat_ready and waiter.speech_ready, 300):
            raise RuntimeError(f"models did not load: {waiter.failures or 'timeout'}")
        result["load"] = heartbeat.end_phase()

        # the question, spoken by the same Piper voice (a blocking call, between phases)
        heartbeat.timer.stop()
        speaker = Speaker(mic)
        speaker.audio = spoken_question(engine, settings, paths)
        speaker.released.connect(controller.talk_released)

        log("phase generate: a typed question, streamed answer")
        heartbeat.begin_phase("generate")
        if not controller.send(QUESTION_TYPED):
            raise RuntimeError("the controller refused the typed question")
        if not waiter.wait(lambda: not waiter.busy and not controller.busy, 300):
            raise RuntimeError(f"no answer: {waiter.failures or 'timeout'}")
        result["generate"] = heartbeat.end_phase()

        log("phase speak: push-to-talk turn, spoken answer")
        heartbeat.begin_phase("speak")
        speak_start = heartbeat.phase_start
        if not controller.talk_pressed():
            raise RuntimeError("the controller refused to listen")
        speaker.speak_after_press()
        if not waiter.wait(lambda: waiter.turn is not None and not controller.busy, 300):
            raise RuntimeError(f"no spoken answer: {waiter.failures or 'timeout'}")
        result["speak"] = heartbeat.end_phase()
        turn = waiter.turn
        log(f"heard {turn.transcript!r}; timings {turn.timings}")
        if "sky" not in turn.transcript.lower():
            raise RuntimeError(f"the spoken question was misheard: {turn.transcript!r}")

        log("phase translate: the Translator's model loads and translates a sentence")
        translator = controller.translator
        done: list[object] = []
        translator.translated.connect(done.append)
        heartbeat.begin_phase("translate")
        translator.translate("Good morning, how are you today?", "en", "fr")
        if not waiter.wait(lambda: bool(done), 300):
            raise RuntimeError("no translation")
        result["translate"] = heartbeat.end_phase()
    finally:
        sampler.stop.set()
        sampler.join()
        heartbeat.timer.stop()
        if watchdog is not None:
            watchdog.stop.set()
            watchdog.join()
            watchdog.report()
        if diagnose:
            firsts: dict[str, float] = {}
            for when, name in waiter.events:
                if when >= speak_start:
                    firsts.setdefault(name, when - speak_start)
            log(f"speak phase: pressed at perf_counter {speak_start:.3f}")
            log("speak phase, first of each voice event, s after the press: "
                + ", ".join(f"{name} +{t:.2f}" for name, t in sorted(firsts.items(), key=lambda x: x[1]))
                + (f" (release +{speaker.released_at - speak_start:.2f})" if speaker and speaker.released_at else ""))
            late = sorted(heartbeat.gaps, key=lambda x: -x[2])[:20]
            log("late heartbeats, ms (GUI thread CPU ms in the gap) @ phase +s when the gap began: "
                + ", ".join(f"{g:.0f} ({c:.0f}) @ {ph} +{t:.2f}" for ph, t, g, c in late))
        window.close()
        controller.shutdown()
        FedRecorder.close(mic)
        engine.close()
        store.close()
        window.deleteLater()
        collector.stop()
        tmp.cleanup()
    return {"gui_max_stall_ms": result, "heartbeats": heartbeat.ticks, "app_peak_rss_mb": sampler.peak_mb}


class RssSampler(threading.Thread):
    """The sum of this process's and the engine process's resident memory, sampled."""

    def __init__(self, engine: EngineProcess) -> None:
        super().__init__(name="rss-sampler", daemon=True)
        self.engine = engine
        self.stop = threading.Event()
        self.peak_mb = 0

    @staticmethod
    def _rss_kb(pid: int | None) -> int:
        if not pid:
            return 0
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.05):
            total = self._rss_kb(me) + self._rss_kb(self.engine.pid)
            self.peak_mb = max(self.peak_mb, round(total / 1024))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diagnose", action="store_true", help="sample the GUI thread's stack during stalls")
    ap.add_argument("--threshold-ms", type=float, default=30.0, help="with --diagnose: how late counts as a stall")
    ap.add_argument("--max-tokens", type=int, default=120, help="length of the answers")
    args = ap.parse_args()
    try:
        out = measure(diagnose=args.diagnose, threshold_ms=args.threshold_ms, max_tokens=args.max_tokens)
    except Exception as exc:  # noqa: BLE001 - one line and a non-zero status
        log(f"failed: {exc}")
        return 1
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
