"""``main.py bench``: how fast Parley is on this computer, with the installed
default models. Each figure: median, p95 and the number of runs.

Voice-to-voice is measured as in the app: a spoken question (made with the Piper
voice, plus any --audio files) is played in real time into the app's recorder
while the push-to-talk key is held (the listener transcribes at pauses), the key
is released at the end of the recording, and the clock runs from the release
until the first sound is handed to the audio device. The same inputs also go
through a naive sequential pipeline (whole transcript, then whole answer, then
whole synthesis) in the same process, and the app's token rate is compared with
llama-cpp-python called directly.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .audio.capture import FedRecorder
from .audio.playback import WavCollector, resample
from .chat import ChatService
from .config import Settings
from .engines.base import ChatMessage, Finished, GenerationRequest, SpeechSpec, Token
from .engines.process import EngineProcess
from .listen import enabled as listen_enabled
from .models.registry import ModelRegistry
from .paths import AppPaths
from .store import HistoryStore
from .voice import VoicePipeline, VoiceTurnFinished, voice_sample_rate

QUESTIONS = (
    "What is the capital of France?",
    "How many legs does a spider have?",
    "Tell me a fun fact about the moon.",
    "What should I cook for dinner tonight?",
    "Why is the sky blue?",
)
#: questions whose answers run to the token limit or near it (SmolLM2: 128, 128 and
#: 109 tokens), so tokens/s is measured over a whole paragraph
LLM_PROMPTS = (
    "Explain in a short paragraph why leaves change colour in autumn.",
    "Write a short paragraph about how bread is made.",
    "Explain in a short paragraph why the sky is blue.",
)
LLM_PROMPT = LLM_PROMPTS[0]
TTS_TEXT = "Good morning. Today will be sunny with a light breeze, and the temperature will reach twenty degrees."


@dataclass
class Series:
    values: list[float] = field(default_factory=list)

    def add(self, v: float) -> None:
        self.values.append(float(v))

    def summary(self) -> dict[str, float]:
        v = sorted(self.values)
        if not v:
            return {"median": float("nan"), "p95": float("nan"), "n": 0}
        p95 = v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]
        return {"median": round(statistics.median(v), 2), "p95": round(p95, 2), "n": len(v)}


def _rss_hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_bench(
    paths: AppPaths,
    settings: Settings,
    *,
    runs: int = 3,
    audio_files: list[str] = (),  # type: ignore[assignment]
    log=print,  # noqa: ANN001
    voice_only: bool = False,
) -> dict[str, Any]:
    """All figures; ``voice_only`` stops after the voice turns (for quick A/B runs)."""
    from .cli import speech_spec

    registry = ModelRegistry(paths, lambda: settings)
    model = registry.resolve_llm(settings.chat_model)
    spec: SpeechSpec = speech_spec(settings, registry)
    voice_rate = voice_sample_rate(spec)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    tmp = tempfile.TemporaryDirectory(prefix="parley-bench-")
    store = HistoryStore(Path(tmp.name) / "bench.sqlite3")
    s: dict[str, Series] = {k: Series() for k in (
        "voice_to_voice_ms", "naive_voice_to_voice_ms", "stt_rtf", "stt_ms", "voice_ttft_ms", "ttft_ms", "app_tokens_per_s",
        "direct_tokens_per_s", "tts_rtf", "tts_first_chunk_ms", "voice_token_to_sound_ms",
    )}
    per_input: dict[str, dict[str, Series]] = {}
    stt_name = next((m.name for m in registry.list_models("stt") if m.path == spec.stt_path), Path(spec.stt_path).name)
    result: dict[str, Any] = {"model": model.name, "stt_model": stt_name, "voice": Path(spec.tts_path).stem}
    try:
        chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
        list(chat.preload())  # as the app does at start-up
        engine.preload_speech(spec)

        # inputs: questions spoken by the Piper voice, plus the user's recordings
        inputs: list[tuple[str, np.ndarray]] = []
        for q in QUESTIONS:
            chunks = list(engine.synthesize(q, spec=spec))
            audio = np.concatenate([c.samples for c in chunks]).astype(np.float32) / 32768.0
            inputs.append((q, resample(audio, chunks[0].sample_rate, 16000).astype(np.float32)))
        for f in audio_files:
            inputs.append((Path(f).name, engine.decode_audio(f)))

        pipeline = VoicePipeline.for_settings(chat=chat, engine=engine, spec=spec, settings=lambda: settings)
        log(f"voice turns: {len(inputs)} inputs x {runs} runs")
        from .speakable import speakable

        # the app's microphone path: the Recorder (pre-roll, post-roll) and the listener
        # that transcribes while the key is held, fed each question in real time; the
        # key is released when the recording ends (the Piper voice leaves 0.16-0.26 s of
        # quiet after the last word, about when a person lets go of the key)
        mic = FedRecorder().open()
        time.sleep(mic.preroll_s)  # the pre-roll fills, as on a microphone kept open
        early = 0
        for _run in range(runs):
            # all inputs the pipelined way, then all the naive way: each turn follows a
            # different question, so neither way finds the other's prompt in llama.cpp's
            # cache (only the shared system prompt, as in real use)
            for name, audio in inputs:
                mine = per_input.setdefault(name, {"voice_to_voice_ms": Series(), "naive_voice_to_voice_ms": Series()})
                conv = store.create_conversation("bench")
                sink = WavCollector(sample_rate=voice_rate)
                listener = pipeline.listener(conv.id) if listen_enabled() else None
                mic.begin(listener=listener)
                released = mic.play(audio)  # the key goes up as the last block is heard
                heard = mic.end()
                for ev in pipeline.run_turn(
                    conv.id, heard, sink=sink, cancel=threading.Event(), end_of_speech=released, listener=listener
                ):
                    if isinstance(ev, VoiceTurnFinished):
                        early += ev.timings.early_transcript
                        s["voice_to_voice_ms"].add(ev.timings.first_audio_ms)
                        mine["voice_to_voice_ms"].add(ev.timings.first_audio_ms)
                        s["stt_ms"].add(ev.timings.stt_ms)
                        s["voice_ttft_ms"].add(ev.timings.ttft_ms)
                        s["voice_token_to_sound_ms"].add(ev.timings.first_audio_ms - ev.timings.ttft_ms)
            for name, audio in inputs:
                # the naive way, same input, same engine: whole transcript, whole answer, whole speech
                t0 = time.perf_counter()
                tr = engine.transcribe(audio, spec=spec, language="en" if settings.stt_language == "en" else None)
                s["stt_rtf"].add((tr.elapsed_ms / 1000.0) / max(tr.duration_s, 1e-6))
                req = chat.request_for([], settings, model)
                req = GenerationRequest(**{**req.__dict__, "messages": req.messages + (ChatMessage("user", tr.text),)})
                answer = "".join(ev.text for ev in engine.generate(req, threading.Event()) if isinstance(ev, Token))
                list(engine.synthesize(speakable(answer) or "Okay.", spec=spec))
                naive_ms = (time.perf_counter() - t0) * 1000.0
                s["naive_voice_to_voice_ms"].add(naive_ms)
                per_input[name]["naive_voice_to_voice_ms"].add(naive_ms)
        mic.close()
        result["early_transcripts"] = {"turns": early, "of": runs * len(inputs)}
        result["per_input"] = {
            name: {k: v.summary()["median"] for k, v in series.items()} for name, series in per_input.items()
        }
        if voice_only:
            return _finish(result, s)

        # the language model: through the app vs llama-cpp-python directly
        log("language model: app vs direct")
        req = GenerationRequest(
            model_path=model.path, messages=(ChatMessage("user", LLM_PROMPT),), max_tokens=128, temperature=0.0,
            context_size=settings.context_size, n_threads=settings.n_threads,
        )
        pairs: list[float] = []
        for i in range(max(4 * runs, 12)):
            # a different question each time, so only the shared start is cached, as in real use;
            # llama-cpp-python directly gets the same question (the same answer, token for token)
            r_i = GenerationRequest(**{**req.__dict__, "messages": (ChatMessage("user", LLM_PROMPTS[i % len(LLM_PROMPTS)]),)})

            def through_app(r: GenerationRequest = r_i) -> float:
                fin = [ev for ev in engine.generate(r, threading.Event()) if isinstance(ev, Finished)][-1]
                s["ttft_ms"].add(fin.ttft_ms)
                s["app_tokens_per_s"].add(fin.tokens_per_s)
                return fin.tokens_per_s

            def direct(r: GenerationRequest = r_i) -> float:
                tps = (_direct_tokens_per_s(model.path, settings, runs=1, prompt=r.messages[-1].content) or [0.0])[0]
                if tps > 0:
                    s["direct_tokens_per_s"].add(tps)
                return tps

            # the two back to back, in turns app first and direct first: a machine whose
            # speed drifts (other virtual machines, clock changes) moves both sides of a
            # pair alike, and neither side always runs on a machine just woken or just tired
            if i % 2 == 0:
                app_tps = through_app()
                direct_tps = direct()
            else:
                direct_tps = direct()
                app_tps = through_app()
            if direct_tps > 0:
                pairs.append(app_tps / direct_tps)
        # each app run against the direct run beside it: the machine's drift
        # (±30 % within minutes here) moves both sides of a pair alike; single pairs
        # still swing ±15 %, so twelve pairs or more
        result["app_to_direct_pairs"] = [round(x, 3) for x in pairs]

        log("speech synthesis")
        for _ in range(max(runs, 3)):
            t0 = time.perf_counter()
            first = None
            n = 0
            for c in engine.synthesize(TTS_TEXT, spec=spec):
                first = first or time.perf_counter()
                n += len(c.samples)
                rate = c.sample_rate
            total = time.perf_counter() - t0
            s["tts_first_chunk_ms"].add(((first or t0) - t0) * 1000.0)
            s["tts_rtf"].add(total / (n / rate))

        # the translation model too, so the memory figure covers every default model
        log("translation model")
        from .cli import translator_for

        t0 = time.perf_counter()
        translator_for(engine, settings, registry).translate("Good morning, how are you?", "en", "fr")
        result["translation_first_ms"] = round((time.perf_counter() - t0) * 1000.0)
        child = engine.pid
        result["engine_peak_rss_mb"] = round(_rss_hwm_kb(child) / 1024) if child else None
    finally:
        engine.close()
        store.close()
        tmp.cleanup()

    _finish(result, s)
    log("start-up")
    result.update(_startup(runs=max(runs, 3)))
    window = result.pop("window_peak_rss_mb", None)
    if window and result.get("engine_peak_rss_mb"):
        # the whole app: the window process (after start-up, chat model ready) plus the
        # engine process holding every default model (chat, translation, Whisper, Piper);
        # the sum of two peaks is an upper bound of the real simultaneous peak
        engine_mb = result["engine_peak_rss_mb"]
        result["app_peak_rss_mb"] = {
            "median": round(window["median"] + engine_mb), "p95": round(window["p95"] + engine_mb), "n": window["n"],
        }
    log("gui: event-loop stalls while loading, writing and speaking")
    # the longest stall of one run is a heavy-tailed figure: several runs, median and worst
    sessions = [s for s in (_gui_stall() for _ in range(max(runs, 3))) if s]
    stalls = [s["gui_max_stall_ms"] for s in sessions]
    peaks = [s["app_peak_rss_mb"] for s in sessions if s.get("app_peak_rss_mb")]
    if peaks:
        # the whole app at one moment: window + engine with every default model loaded,
        # through a scripted session (benchmarks/gui_stall.py); the sum of the two
        # processes' separate peaks above is kept as an upper bound
        result["app_peak_rss_sum_of_peaks_mb"] = result.pop("app_peak_rss_mb", None)
        result["app_peak_rss_mb"] = {"median": statistics.median(peaks), "p95": max(peaks), "n": len(peaks)}
    if stalls:
        result["gui_max_stall_ms"] = {
            phase: {
                "median": round(statistics.median(s[phase] for s in stalls if phase in s), 1),
                "p95": round(max(s[phase] for s in stalls if phase in s), 1),
                "n": sum(phase in s for s in stalls),
            }
            for phase in stalls[0]
        }
    else:
        result["gui_max_stall_ms"] = None
    return result


def _finish(result: dict[str, Any], s: dict[str, Series]) -> dict[str, Any]:
    for k, v in s.items():
        if v.values:
            result[k] = v.summary()
    v2v, naive = result["voice_to_voice_ms"]["median"], result["naive_voice_to_voice_ms"]["median"]
    result["pipelined_to_naive_ratio"] = round(v2v / naive, 3) if naive else None
    app = result.get("app_tokens_per_s", {}).get("median")
    direct = result.get("direct_tokens_per_s", {}).get("median")
    pairs = result.get("app_to_direct_pairs")
    if pairs:
        result["app_to_direct_tokens_ratio"] = round(statistics.median(pairs), 3)
    else:
        result["app_to_direct_tokens_ratio"] = round(app / direct, 3) if app and direct else None
    return result


def _direct_tokens_per_s(model_path: str, settings: Settings, *, runs: int, prompt: str = LLM_PROMPT) -> list[float]:
    """llama-cpp-python called directly, in a fresh process, same model, prompt,
    context, threads, sampling and OpenMP wait policy as the app's request (the
    policy's own cost is measured by benchmarks/omp_wait.py). Not in the packaged
    app: it has no Python interpreter to run the snippet with."""
    if getattr(sys, "frozen", False):
        return []
    code = r"""
import json, sys, time
from assistant.engines.llama import LlamaChatModel
from assistant.engines.base import ChatMessage, GenerationRequest
path, n_ctx, n_threads, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
m = LlamaChatModel.load(path, n_ctx=n_ctx, n_threads=n_threads)   # same loader settings as the engine
rendered, _ = m.fit((ChatMessage("user", sys.argv[5]),), 128)
out = []
for _ in range(runs):
    m.llm.reset()
    first = None; n = 0
    for chunk in m.llm.create_completion(rendered.tokens, max_tokens=128, temperature=0.0, top_p=0.95, top_k=40,
                                         repeat_penalty=1.1, stop=rendered.stop, stream=True):
        if chunk["choices"][0].get("text"):
            first = first or time.perf_counter(); n += 1
    end = time.perf_counter()
    out.append((n - 1) / (end - first) if n > 1 else 0.0)
print(json.dumps(out))
"""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    if "OMP_WAIT_POLICY" not in env and "GOMP_SPINCOUNT" not in env:  # as the engine process sets it
        from .engines.process import GOMP_SPINCOUNT

        env["GOMP_SPINCOUNT"] = str(GOMP_SPINCOUNT)
    p = subprocess.run(
        [sys.executable, "-c", code, model_path, str(settings.context_size), str(settings.n_threads), str(runs), prompt],
        capture_output=True, text=True, cwd=root, env=env, timeout=600,
    )
    if p.returncode != 0:
        raise RuntimeError(p.stderr[-1000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def _this_app(root: Path) -> list[str]:
    """The command that starts Parley: the packaged executable, or Python on main.py."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, str(root / "main.py")]


def _startup(*, runs: int) -> dict[str, Any]:
    """Window shown and model ready after launch, and the peak memory of the whole
    app (window process + engine process), from the real app, offscreen."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    shown, ready, rss = Series(), Series(), Series()
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as base:
            t0 = time.perf_counter()
            p = subprocess.Popen(
                [*_this_app(root), "--basedir", base, "--report-startup", "--quit-when-ready"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=root, env=env,
            )
            assert p.stdout is not None
            for line in p.stdout:
                if line.startswith("startup window-shown"):
                    shown.add((time.perf_counter() - t0) * 1000)
                elif line.startswith("startup model-ready"):
                    ready.add((time.perf_counter() - t0) * 1000)
                elif line.startswith("startup window-rss-mb"):
                    rss.add(float(line.split()[-1]))
            p.wait(60)
    out: dict[str, Any] = {"window_shown_ms": shown.summary(), "models_ready_ms": ready.summary()}
    if rss.values:
        out["window_peak_rss_mb"] = rss.summary()
    return out


def _gui_stall() -> dict[str, Any] | None:
    """One scripted session of the real window and engine (benchmarks/gui_stall.py,
    offscreen, a 5 ms heartbeat): the longest the event loop could not run while the
    models load, an answer streams, a spoken answer plays and a sentence is translated
    (``gui_max_stall_ms``), and the whole app's peak memory (``app_peak_rss_mb``).
    None when it could not be measured."""
    if getattr(sys, "frozen", False):  # benchmarks/ is not part of the packaged app
        return None
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(root)}
    try:
        p = subprocess.run(
            [sys.executable, str(root / "benchmarks" / "gui_stall.py")],
            capture_output=True, text=True, cwd=root, env=env, timeout=900,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = p.stdout.strip().splitlines()
    if p.returncode != 0 or not lines:
        return None
    out = json.loads(lines[-1])
    return out if isinstance(out.get("gui_max_stall_ms"), dict) else None


def format_table(r: dict[str, Any]) -> str:
    rows = [
        ("voice-to-voice (end of speech → first sound)", "voice_to_voice_ms", "ms"),
        ("  same inputs, naive sequential pipeline", "naive_voice_to_voice_ms", "ms"),
        ("  of which: transcript ready", "stt_ms", "ms"),
        ("  of which: first token of the answer", "voice_ttft_ms", "ms"),
        ("  first token → first sound", "voice_token_to_sound_ms", "ms"),
        ("speech-to-text real-time factor", "stt_rtf", "×"),
        ("time to first token", "ttft_ms", "ms"),
        ("tokens/s through the app", "app_tokens_per_s", "tok/s"),
        ("tokens/s, llama-cpp-python directly", "direct_tokens_per_s", "tok/s"),
        ("text-to-speech real-time factor", "tts_rtf", "×"),
        ("text-to-speech first chunk", "tts_first_chunk_ms", "ms"),
        ("window shown after launch", "window_shown_ms", "ms"),
        ("models ready after launch", "models_ready_ms", "ms"),
        ("app peak memory, all models (window + engine)", "app_peak_rss_mb", "MB"),
    ]
    lines = [f"Parley benchmark — {r['model']}, {r['stt_model']}, {r['voice']}", ""]
    lines.append(f"{'figure':<48} {'median':>9} {'p95':>9} {'n':>4}")
    for label, key, unit in rows:
        v = r.get(key)
        if not v:
            continue
        lines.append(f"{label:<48} {v['median']:>9} {v['p95']:>9} {v['n']:>4}  {unit}")
    stalls = r.get("gui_max_stall_ms")
    if isinstance(stalls, dict):
        for phase, label in (
            ("load", "loading models"), ("generate", "writing an answer"), ("speak", "speaking"),
            ("translate", "translating"),
        ):
            v = stalls.get(phase)
            if isinstance(v, dict):  # median and worst over runs
                lines.append(f"{'GUI event loop, longest stall: ' + label:<48} {v['median']:>9} {v['p95']:>9} {v['n']:>4}  ms")
            elif v is not None:  # one run (older results)
                lines.append(f"{'GUI event loop, longest stall: ' + label:<48} {v:>9} {'':>9} {1:>4}  ms")
    lines.append("")
    lines.append(f"pipelined / naive voice-to-voice: {r['pipelined_to_naive_ratio']}")
    if r.get("early_transcripts"):
        e = r["early_transcripts"]
        lines.append(f"transcribed while the key was held: {e['turns']} of {e['of']} turns")
    if r.get("app_to_direct_tokens_ratio"):
        lines.append(f"app / direct tokens per second:   {r['app_to_direct_tokens_ratio']}"
                     + (" (median of paired runs)" if r.get("app_to_direct_pairs") else ""))
    if r.get("engine_peak_rss_mb"):
        lines.append(f"engine process peak memory:       {r['engine_peak_rss_mb']} MB")
    return "\n".join(lines)
