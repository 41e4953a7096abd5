"""Parley's command line: the same core as the window, without Qt.

    main.py ask "PROMPT" [--model PATH|NAME] [--system TEXT] [--max-tokens N] [--json]
    main.py models [list] [--json]
    main.py models add PATH [--name NAME]
    main.py models download URL [--sha256 HEX] [--name NAME]
    main.py models remove NAME
    main.py models default chat|translation|stt|tts NAME
    main.py doctor
    main.py forget --all [--yes]
    main.py show | new-chat | translator | quick-ask | talk   (to the running window; see main.py)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import __version__
from .config import LoadResult, Settings
from .engines.base import ChatMessage, Finished, GenerationRequest, Token
from .errors import AssistantError
from .models.options import effective_options
from .models.registry import ModelInfo, ModelRegistry
from .paths import AppPaths

COMMANDS = ("ask", "models", "doctor", "transcribe", "speak", "voice", "talk", "bench", "translate", "forget")
#: commands for the window: main.py hands them to the running Parley (ui/instance.py) or
#: opens the window to do them; they are listed here so that --help shows them. ``talk``
#: also goes to the running window when there is one (see main.py).
WINDOW_COMMANDS = ("show", "new-chat", "translator", "quick-ask")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parley",
        description="Parley: a private assistant that runs entirely on this computer. "
        "Without a command, the window opens.",
    )
    p.add_argument("--version", action="version", version=f"Parley {__version__}")
    basedir_help = "keep settings, history and caches under this folder instead of the user folders"
    p.add_argument("--basedir", help=basedir_help)
    p.add_argument(
        "--self-test", action="store_true",
        help="check every part (window, models, speech, sound, storage) in a few seconds and exit; "
        "see 'parley --self-test --help'",
    )
    common = argparse.ArgumentParser(add_help=False)  # so --basedir may also follow the command
    common.add_argument("--basedir", default=argparse.SUPPRESS, help=basedir_help)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", parents=[common], help="answer one prompt and stream it to stdout")
    ask.add_argument("prompt", help="the question or instruction")
    ask.add_argument("--model", default="", help="model name (see 'models') or path to a .gguf file")
    ask.add_argument("--system", default=None, help="system prompt (default: the one in settings)")
    ask.add_argument("--max-tokens", type=int, default=None, help="longest reply in tokens")
    ask.add_argument("--temperature", type=float, default=None, help="sampling temperature (0 = deterministic)")
    ask.add_argument("--seed", type=int, default=-1, help="random seed for reproducible answers")
    ask.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")

    models = sub.add_parser("models", parents=[common], help="list, add, download or remove models; choose the defaults")
    models.add_argument("--json", action="store_true", help="one JSON object per line")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION")
    ml = msub.add_parser("list", parents=[common], help="installed models with languages, memory and defaults")
    ml.add_argument("--json", action="store_true", help="one JSON object per line, with every detail")
    ma = msub.add_parser(
        "add", parents=[common],
        help="check and copy in a .gguf file, a faster-whisper model folder or a Piper voice (.onnx with its .onnx.json)",
    )
    ma.add_argument("path")
    ma.add_argument("--name", default="", help="name to list it under (default: from the file)")
    mdl = msub.add_parser("download", parents=[common], help="download a .gguf model or a Piper .onnx voice, then check and add it")
    mdl.add_argument("url")
    mdl.add_argument("--sha256", default="", help="refuse the file unless it has this SHA-256 checksum")
    mdl.add_argument("--name", default="", help="name to list it under (default: from the address)")
    mrm = msub.add_parser("remove", parents=[common], help="remove a model you added (built-in models stay)")
    mrm.add_argument("name", metavar="NAME")
    mdf = msub.add_parser("default", parents=[common], help="choose the default model for chat, translation, stt or tts")
    mdf.add_argument("role", metavar="KIND", choices=("chat", "translation", "stt", "tts"), help="chat, translation, stt or tts")
    mdf.add_argument("name", metavar="NAME")

    sub.add_parser("doctor", parents=[common], help="check what works and what is missing, with fixes")

    tr = sub.add_parser("transcribe", parents=[common], help="speech in an audio file to text")
    tr.add_argument("file", help="audio file (wav, mp3, flac, ogg, m4a, ...)")
    tr.add_argument("--model", default="", help="Whisper model name (see 'models') or folder")
    tr.add_argument("--language", default=None, help="language code such as en or fr (default: detect)")
    tr.add_argument("--translate", action="store_true", help="translate the speech into English")
    tr.add_argument("--json", action="store_true", help='print {"text", "language", "duration_s", "elapsed_ms"}')

    sp = sub.add_parser("speak", parents=[common], help="say a text with a Piper voice")
    sp.add_argument("text")
    sp.add_argument("-o", "--output", help="write a WAV file instead of playing it")
    sp.add_argument("--voice", default="", help="voice name (see 'models') or .onnx path")
    sp.add_argument("--rate", type=float, default=None, help="speaking rate, 1.0 = natural")

    vo = sub.add_parser("voice", parents=[common], help="one full voice turn on a recording, with timings")
    vo.add_argument("--input", required=True, help="the utterance (audio file); its end counts as the end of speech")
    vo.add_argument("--output", help="write the spoken reply to this WAV file (default: play it)")
    vo.add_argument("--model", default="", help="language model name or .gguf path")
    vo.add_argument("--max-tokens", type=int, default=None)
    vo.add_argument("--json", action="store_true", help='print {"transcript", "reply", "stt_ms", "ttft_ms", "first_audio_ms", "total_ms"}')

    tk = sub.add_parser(
        "talk", parents=[common],
        help="push-to-talk. With the window running: start listening there, or stop and answer if it is "
        "listening (bind this to a desktop shortcut). Otherwise (or with --seconds, --json, --model or "
        "--max-tokens) from the terminal: "
        "speak, then press Enter (or wait --seconds); the reply is spoken. Ctrl+C while it speaks interrupts it.",
    )
    tk.add_argument("--seconds", type=float, default=None, help="record this long instead of waiting for Enter")
    tk.add_argument("--model", default="", help="language model name or .gguf path")
    tk.add_argument("--max-tokens", type=int, default=None)
    tk.add_argument("--json", action="store_true", help="print the turn as JSON (with timings and the saved message id)")

    tl = sub.add_parser("translate", parents=[common], help="translate text, a file (line by line) or speech, offline")
    tl.add_argument("text", nargs="?", help="the text to translate")
    tl.add_argument("--from", dest="src", default="auto", help="source language code (en, fr, de, es, ...) or auto")
    tl.add_argument("--to", dest="tgt", required=True, help="target language code")
    tl.add_argument("--file", help="translate this text file line by line (one output line per input line)")
    tl.add_argument("--speech", help="translate the speech in this audio file")
    tl.add_argument("--say", action="store_true", help="speak the translation (needs a voice for the target language)")
    tl.add_argument("--model", default="", help="language model name or .gguf path (default: the translation model)")
    tl.add_argument("--json", action="store_true", help="print one JSON object")

    bn = sub.add_parser("bench", parents=[common], help="how fast is this computer? voice, language model, speech, start-up")
    bn.add_argument("--runs", type=int, default=3, help="repeat each measurement this many times")
    bn.add_argument("--audio", action="append", default=[], help="also time a voice turn on this recording (repeatable)")
    bn.add_argument("--json", action="store_true", help="print one JSON object")
    bn.add_argument("--voice-only", action="store_true", help="only the voice turns (a quick before/after check)")

    for name, text in (
        ("show", "bring the running Parley window to the front (or open it)"),
        ("new-chat", "start a new chat in the running window (or open the window on one)"),
        ("translator", "show the Translator in the running window (or open the window on it)"),
        ("quick-ask", "ask a quick question in a small popup (opens Parley if it is not running)"),
    ):
        sub.add_parser(name, parents=[common], help=text + "; for desktop shortcuts")

    fg = sub.add_parser(
        "forget", parents=[common],
        help="delete all your data: history, settings, glossary, models you added, caches and logs "
        "(quit the window first)",
    )
    fg.add_argument("--all", action="store_true", required=True, help="everything Parley keeps (the only choice)")
    fg.add_argument("--yes", action="store_true", help="delete without asking")
    return p


def main(argv: list[str] | None = None, *, paths: AppPaths | None = None, loaded: LoadResult | None = None) -> int:
    args = build_parser().parse_args(argv)
    if paths is None:
        paths = AppPaths.default(args.basedir).ensure()
    if loaded is None:
        from .config import load_settings

        loaded = load_settings(paths.settings_file)
    if loaded.notice:
        print(f"parley: {loaded.notice}", file=sys.stderr)
    settings = loaded.settings
    registry = ModelRegistry(paths, lambda: settings)
    try:
        if args.command == "ask":
            return cmd_ask(args, settings, registry, paths)
        if args.command == "models":
            return cmd_models(args, registry, paths)
        if args.command == "doctor":
            return cmd_doctor(paths, registry)
        if args.command == "transcribe":
            return cmd_transcribe(args, settings, registry, paths)
        if args.command == "speak":
            return cmd_speak(args, settings, registry, paths)
        if args.command == "voice":
            return cmd_voice(args, settings, registry, paths)
        if args.command == "talk":
            return cmd_talk(args, settings, registry, paths)
        if args.command == "translate":
            return cmd_translate(args, settings, registry, paths)
        if args.command == "forget":
            return cmd_forget(args, paths)
        if args.command in WINDOW_COMMANDS:  # main.py sends these to the window before getting here
            print(f"parley: '{args.command}' is for the window; run it as 'main.py {args.command}'.", file=sys.stderr)
            return 2
        if args.command == "bench":
            from .bench import format_table, run_bench

            result = run_bench(
                paths, settings, runs=args.runs, audio_files=args.audio, log=lambda m: print(m, file=sys.stderr),
                voice_only=args.voice_only,
            )
            print(json.dumps(result) if args.json else format_table(result))
            return 0
    except AssistantError as exc:
        print(f"parley: {exc.title}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    build_parser().print_help()
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    from .engines.process import EngineProcess

    prompt = args.prompt
    if not prompt.strip():
        print("parley: the prompt is empty; nothing to ask.", file=sys.stderr)
        return 2
    model = registry.resolve_llm(args.model or settings.chat_model)
    opts = effective_options(settings, model.path, gpu_available=True)  # the engine knows if it has a GPU
    system = opts.system_prompt if args.system is None else args.system
    messages = ([ChatMessage("system", system)] if system.strip() else []) + [ChatMessage("user", prompt)]
    request = GenerationRequest(
        model_path=model.path,
        messages=tuple(messages),
        max_tokens=args.max_tokens or settings.max_tokens,
        temperature=settings.temperature if args.temperature is None else args.temperature,
        context_size=opts.context_length,
        n_threads=opts.n_threads,
        seed=args.seed,
        chat_template=opts.chat_template,
        n_gpu_layers=opts.gpu_layers,
    )
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    cancel = threading.Event()
    parts: list[str] = []
    stats: Finished | None = None
    load_ms = 0.0
    try:
        loaded = engine.preload(
            model_path=model.path, context_size=request.context_size, n_threads=request.n_threads,
            chat_template=request.chat_template, n_gpu_layers=request.n_gpu_layers,
        )
        load_ms = loaded.load_ms
        try:
            for ev in engine.generate(request, cancel):
                if isinstance(ev, Token):
                    parts.append(ev.text)
                    if not args.json:
                        sys.stdout.write(ev.text)
                        sys.stdout.flush()
                elif isinstance(ev, Finished):
                    stats = ev
        except KeyboardInterrupt:
            cancel.set()
            return 130
    finally:
        engine.close()
    assert stats is not None
    reply = "".join(parts).strip()
    if args.json:
        print(
            json.dumps(
                {
                    "reply": reply,
                    "model": model.name,
                    "ttft_ms": round(stats.ttft_ms, 1),
                    "tokens": stats.tokens,
                    "tokens_per_s": round(stats.tokens_per_s, 2),
                    "prompt_tokens": stats.prompt_tokens,
                    "finish_reason": stats.finish_reason,
                    "load_ms": round(load_ms, 1),
                },
                ensure_ascii=False,
            )
        )
    else:
        sys.stdout.write("\n")
    return 0


def cmd_forget(args: argparse.Namespace, paths: AppPaths) -> int:
    """Exit 0 when everything was deleted, 1 when something could not be (or the
    answer was no), 2 when there is no terminal to ask on and no --yes."""
    from .privacy import describe_forget, forget_all

    print(describe_forget(paths), file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            print("parley: nothing deleted; add --yes to delete without being asked.", file=sys.stderr)
            return 2
        print("Type 'delete' to delete all of it: ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() != "delete":
            print("Nothing was deleted.", file=sys.stderr)
            return 1
    report = forget_all(paths)
    for p in report.removed:
        print(f"Deleted {p}")
    for p, why in report.failed:
        print(f"parley: could not delete {p}: {why}", file=sys.stderr)
    print(f"Deleted {report.bytes_freed / 1e6:.1f} MB." if report.ok else "Some files could not be deleted (see above).")
    return 0 if report.ok else 1


def speech_spec(settings: Settings, registry: ModelRegistry, *, stt: str = "", tts: str = "", language: str | None = None):  # type: ignore[no-untyped-def]
    """The Whisper model for the language: tiny.en for English, the multilingual
    base model for anything else or for detection, unless the user chose one."""
    from .engines.base import SpeechSpec
    from .models.registry import WHISPER_BASE, WHISPER_TINY_EN

    lang = (language or settings.stt_language or "en").lower()
    stt_name = stt or settings.stt_model or (WHISPER_TINY_EN if lang == "en" else WHISPER_BASE)
    stt_info = registry.resolve("stt", stt_name)
    tts_info = registry.resolve("tts", tts or settings.tts_voice)
    return SpeechSpec(stt_path=stt_info.path, tts_path=tts_info.path)


#: the longest recording each command takes. A voice turn is one question, as long as
#: the window's push-to-talk records; speech translation is for a message, not a
#: lecture. ``transcribe`` takes up to the engine's limit (2 h, a memory bound), and
#: its VAD skips silence: an hour of near-silence takes ~15 s on 2 cores.
VOICE_TURN_MAX_S = 120.0
SPEECH_TRANSLATE_MAX_S = 600.0


def _read_audio(engine, path: str, *, max_s: float, too_long: str):  # type: ignore[no-untyped-def]
    """Decode ``path`` in the engine (a damaged file can crash a decoder), refusing a
    recording longer than ``max_s`` before decoding it."""
    from .errors import EngineError

    msg = {"op": "decode_audio", "path": os.fspath(path), "max_s": max_s, "too_long": too_long}
    for ev in engine.request(msg, None, "reading an audio file"):
        return ev
    raise EngineError("The engine returned no audio.")


def _audio_failed(exc: AssistantError) -> int:
    """One plain line on stderr and exit status 1, for a recording that cannot be used."""
    print(f"parley: {' '.join(str(exc).split())}", file=sys.stderr)
    return 1


def cmd_transcribe(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    """Exit 0 with the text (an empty line, and a note on stderr, when there is no
    speech); 1 with one plain line on stderr when the file cannot be used."""
    from .engines.process import EngineProcess
    from .engines.speech import describe_duration

    lang = args.language
    spec = speech_spec(settings, registry, stt=args.model, language=lang or ("auto" if args.translate else None))
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    try:  # the engine decodes the file itself: long recordings are not sent back and forth
        t = engine.transcribe(os.fspath(args.file), spec=spec, language=lang, task="translate" if args.translate else "transcribe")
    except AssistantError as exc:
        return _audio_failed(exc)
    finally:
        engine.close()
    if args.json:
        print(json.dumps({"text": t.text, "language": t.language, "duration_s": round(t.duration_s, 3), "elapsed_ms": round(t.elapsed_ms, 1)}, ensure_ascii=False))
    else:
        print(t.text)
    if not t.text.strip():
        print(f"parley: no speech found in {Path(args.file).name} ({describe_duration(t.duration_s)} of audio).", file=sys.stderr)
    return 0


def _open_sink(paths_output: str | None, rate: int, device: str = ""):  # type: ignore[no-untyped-def]
    from .audio.playback import Player, WavCollector

    if paths_output:
        return WavCollector(sample_rate=rate).open()
    return Player(sample_rate=rate, device=device or None).open()


def cmd_speak(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    from .audio.playback import write_wav
    from .engines.process import EngineProcess
    from .speakable import speakable

    text = speakable(args.text)
    if not text:
        print("parley: nothing to say.", file=sys.stderr)
        return 2
    spec = speech_spec(settings, registry, tts=args.voice)
    rate = args.rate or settings.speaking_rate
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    sink = None
    try:
        for chunk in engine.synthesize(text, spec=spec, length_scale=1.0 / rate):
            if sink is None:
                sink = _open_sink(args.output, chunk.sample_rate, settings.output_device)
            sink.write(chunk.samples, rate=chunk.sample_rate)
        if sink is not None:
            sink.wait_done()
    finally:
        engine.close()
        if sink is not None:
            sink.close()
    if args.output and sink is not None:
        write_wav(args.output, sink.audio(), sink.sample_rate)
    return 0


def cmd_voice(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    from .audio.playback import write_wav
    from .chat import ChatService
    from .engines.process import EngineProcess
    from .store import HistoryStore
    from .voice import NothingHeard, VoicePipeline, VoiceTurnFinished, voice_sample_rate

    if args.model:
        settings = settings.replace(chat_model=args.model)
    if args.max_tokens:
        settings = settings.replace(max_tokens=args.max_tokens)
    spec = speech_spec(settings, registry)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    tmp = tempfile.TemporaryDirectory(prefix="parley-voice-")
    store = HistoryStore(Path(tmp.name) / "turn.sqlite3")
    sink = None
    try:
        try:  # first, so a file that cannot be used is refused before any model loads
            audio = _read_audio(
                engine, args.input, max_s=VOICE_TURN_MAX_S,
                too_long="{name} is {length} long; a voice turn takes up to {limit} of speech, as when you hold "
                "the key. For long recordings use 'parley transcribe'.",
            )
        except AssistantError as exc:
            return _audio_failed(exc)
        chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
        # a warm engine, as in the app (models load at start-up, not on the first turn)
        list(chat.preload())
        engine.preload_speech(spec)
        voice_rate = voice_sample_rate(spec)
        sink = _open_sink(args.output, voice_rate, settings.output_device)
        pipeline = VoicePipeline.for_settings(chat=chat, engine=engine, spec=spec, settings=lambda: settings)
        conv = store.create_conversation("Voice turn")
        cancel = threading.Event()
        end_of_speech = time.perf_counter()  # the recording has just ended
        result = None
        for ev in pipeline.run_turn(conv.id, audio, sink=sink, cancel=cancel, end_of_speech=end_of_speech):
            if isinstance(ev, NothingHeard):
                print(f"parley: {ev.reason}", file=sys.stderr)
                return 3
            if isinstance(ev, VoiceTurnFinished):
                result = ev
    finally:
        engine.close()
        if sink is not None:
            sink.close()
        store.close()
        tmp.cleanup()
    assert result is not None
    if args.output and sink is not None:
        write_wav(args.output, sink.audio(), sink.sample_rate)
    out = {
        "transcript": result.transcript,
        "reply": result.reply,
        "stt_ms": result.timings.stt_ms,
        "ttft_ms": result.timings.ttft_ms,
        "first_audio_ms": result.timings.first_audio_ms,
        "total_ms": result.timings.total_ms,
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"You said: {result.transcript}\nParley: {result.reply}")
        t = result.timings
        print(f"(transcript {t.stt_ms:.0f} ms, first token {t.ttft_ms:.0f} ms, first sound {t.first_audio_ms:.0f} ms after the end of speech)")
    return 0


def cmd_talk(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    """A voice turn from the real microphone to the real speaker, saved in history."""
    import signal

    from .audio.capture import Recorder
    from .chat import ChatService
    from .engines.process import EngineProcess
    from .listen import enabled as listen_enabled
    from .store import HistoryStore
    from .voice import NothingHeard, VoicePipeline, VoiceTurnFinished, voice_sample_rate

    if args.model:
        settings = settings.replace(chat_model=args.model)
    if args.max_tokens:
        settings = settings.replace(max_tokens=args.max_tokens)
    spec = speech_spec(settings, registry)
    voice_rate = voice_sample_rate(spec)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    store = HistoryStore(paths.history_db)
    cancel = threading.Event()
    recorder = sink = None
    previous = signal.getsignal(signal.SIGINT)
    try:
        chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
        list(chat.preload())
        engine.preload_speech(spec)
        recorder = Recorder(device=settings.input_device or None).open()
        sink = _open_sink(None, voice_rate, settings.output_device)
        pipeline = VoicePipeline.for_settings(chat=chat, engine=engine, spec=spec, settings=lambda: settings)
        conv = store.create_conversation("Voice")
        # transcribed (and read by the model) at each pause, before Enter is pressed
        listener = pipeline.listener(conv.id) if listen_enabled() else None
        time.sleep(recorder.preroll_s)  # let the pre-roll fill, as an always-open stream would
        recorder.begin(listener=listener)
        print("Listening…" + ("" if args.seconds else " press Enter when you have finished."), file=sys.stderr, flush=True)
        if args.seconds:
            time.sleep(args.seconds)
        else:
            sys.stdin.readline()
        release = time.perf_counter()
        audio = recorder.end()
        mic_error = recorder.error
        recorder.close()
        recorder = None
        if mic_error:
            if listener is not None:
                listener.close()
            store.delete_conversation(conv.id)  # nothing was sent: no empty chat left behind
            print(f"parley: {mic_error} Nothing was sent; check the microphone and try again.", file=sys.stderr)
            return 4
        signal.signal(signal.SIGINT, lambda *_: cancel.set())  # Ctrl+C = barge-in
        result = None
        for ev in pipeline.run_turn(conv.id, audio, sink=sink, cancel=cancel, end_of_speech=release, listener=listener):
            if isinstance(ev, NothingHeard):
                store.delete_conversation(conv.id)
                print(f"parley: {ev.reason}", file=sys.stderr)
                return 3
            if isinstance(ev, VoiceTurnFinished):
                result = ev
    finally:
        signal.signal(signal.SIGINT, previous)
        for thing in (recorder, sink):
            if thing is not None:
                thing.close()
        engine.close()
        if settings.history_retention == "none":  # as when the window quits
            from .privacy import apply_retention

            apply_retention(store, "none")
        store.close()
    assert result is not None
    t = result.timings
    if result.error:
        print(f"parley: {result.error} The reply was cut where the sound stopped; it is saved in your history.", file=sys.stderr)
    if args.json:
        print(json.dumps({
            "transcript": result.transcript, "reply": result.reply, "interrupted": result.interrupted, "error": result.error,
            "message_id": result.message_id, "conversation_id": conv.id, "stt_ms": t.stt_ms, "ttft_ms": t.ttft_ms,
            "first_audio_ms": t.first_audio_ms, "total_ms": t.total_ms,
        }, ensure_ascii=False))
    else:
        print(f"You said: {result.transcript}\nParley: {result.reply}" + (" (interrupted)" if result.interrupted else ""))
    return 0


def translator_for(engine, settings: Settings, registry: ModelRegistry, model: str = ""):  # type: ignore[no-untyped-def]
    from .models.gguf import read_gguf
    from .translate import Translator, TranslatorConfig

    info = registry.resolve_llm(model or settings.translation_model)
    opts = effective_options(settings, info.path)  # the model's own context, threads and template, if set
    cfg = TranslatorConfig(
        model_path=info.path, model_name=info.name,
        chat_model=opts.chat_template is not None or read_gguf(info.path).chat_template is not None,
        context_size=opts.context_length, n_threads=opts.n_threads, chat_template=opts.chat_template,
    )
    return Translator(engine=engine, config=lambda: cfg)


def cmd_translate(args: argparse.Namespace, settings: Settings, registry: ModelRegistry, paths: AppPaths) -> int:
    from .engines.process import EngineProcess
    from .translate import LANGUAGES

    sources = [x for x in (args.text, args.file, args.speech) if x]
    if len(sources) != 1:
        print("parley: give exactly one of TEXT, --file or --speech.", file=sys.stderr)
        return 2
    if args.tgt not in LANGUAGES:
        print(f"parley: unknown target language {args.tgt!r}; choose one of {', '.join(LANGUAGES)}.", file=sys.stderr)
        return 2
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    transcript = None
    try:
        translator = translator_for(engine, settings, registry, args.model)
        if args.speech:
            lang = None if args.src in ("auto", "detect") else args.src
            spec = speech_spec(settings, registry, language=lang or "auto")
            try:
                audio = _read_audio(
                    engine, args.speech, max_s=SPEECH_TRANSLATE_MAX_S,
                    too_long="{name} is {length} long; translating speech takes up to {limit} at a time. For longer "
                    "recordings, run 'parley transcribe' and then 'parley translate --file' on the text.",
                )
                transcript = engine.transcribe(audio, spec=spec, language=lang)
            except AssistantError as exc:
                return _audio_failed(exc)
            if not transcript.text.strip():
                print(f"parley: no speech found in {Path(args.speech).name}; there is nothing to translate.", file=sys.stderr)
                return 2
            text, src = transcript.text, (transcript.language or args.src)
        elif args.file:
            text, src = Path(args.file).read_text(encoding="utf-8"), args.src
        else:
            text, src = args.text, args.src
        if not text.strip():
            print("parley: there is nothing to translate.", file=sys.stderr)
            return 2
        from .translate import load_glossary

        result = translator.translate(text.rstrip("\n"), src, args.tgt, glossary=load_glossary(paths.glossary_file))
        if args.say:
            say_error = _say(engine, settings, registry, result.text, args.tgt)
            if say_error:
                print(f"parley: {say_error}", file=sys.stderr)
    finally:
        engine.close()
    if args.json:
        out = {
            "text": result.text, "from": result.source_lang, "to": result.target_lang, "model": result.model,
            "elapsed_ms": round(result.elapsed_ms, 1), "sentences": result.sentences, "guards": list(result.guards),
        }
        if transcript is not None:
            out["transcript"] = transcript.text
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(result.text)
    return 0


def _say(engine, settings: Settings, registry: ModelRegistry, text: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    """Speak ``text`` with a voice for ``lang``; returns a plain error when none is installed."""
    from .engines.base import SpeechSpec
    from .interpreter import no_voice_message, voice_for

    voice = voice_for(registry.list_models("tts"), lang, settings.tts_voice)
    if voice is None:
        return no_voice_message(lang)
    spec = SpeechSpec(tts_path=voice.path)
    sink = None
    try:
        for chunk in engine.synthesize(text, spec=spec, length_scale=1.0 / settings.speaking_rate):
            if sink is None:
                sink = _open_sink(None, chunk.sample_rate, settings.output_device)
            sink.write(chunk.samples, rate=chunk.sample_rate)
        if sink is not None:
            sink.wait_done()
    finally:
        if sink is not None:
            sink.close()
    return ""


def cmd_models(args: argparse.Namespace, registry: ModelRegistry, paths: AppPaths) -> int:
    """Exit 0 when done, 1 with one plain line on stderr when refused or failed (usage
    errors exit 2 from argparse)."""
    from .config import save_settings

    action = getattr(args, "models_command", None) or "list"
    try:
        if action == "list":
            return _print_models(registry.list_models(), json_out=args.json, detailed=args.models_command == "list")
        if action == "add":
            info = registry.add(args.path, name=args.name)
            print(f"Added {info.name} ({info.kind}, {info.size_bytes / 1e6:.0f} MB): {info.path}")
            return 0
        if action == "download":
            return _download(args, registry)
        if action == "remove":
            save_settings(registry.remove(args.name), paths.settings_file)
            print(f"Removed {args.name}.")
            return 0
        if action == "default":
            save_settings(registry.set_default(args.role, args.name), paths.settings_file)
            print(f"{args.name} is now the default for {args.role}.")
            return 0
    except AssistantError as exc:
        print(f"parley: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    return 2


def _print_models(models: list[ModelInfo], *, json_out: bool, detailed: bool) -> int:
    if json_out:
        for m in models:
            print(json.dumps(m.to_json(detailed=detailed), ensure_ascii=False))
        return 0
    kinds = {"llm": "Language models", "stt": "Speech to text", "tts": "Voices"}
    for kind, label in kinds.items():
        print(f"{label}:")
        for m in (m for m in models if m.kind == kind):
            mark = "*" if m.default else " "
            langs = ",".join(m.languages) or "?"
            roles = f"  [default: {', '.join(m.defaults)}]" if m.defaults else ""
            print(
                f"  {mark} {m.name:<24} {m.size_bytes / 1e6:7.0f} MB  ~{m.ram_bytes / 1e6:5.0f} MB RAM  "
                f"{langs:<12} {m.source:<8}  {m.path}{roles}"
            )
        print()
    print("* = default")
    return 0


def _download(args: argparse.Namespace, registry: ModelRegistry) -> int:
    """Progress on stderr, one line at most every half second; Ctrl+C keeps what came
    so far, and the same command resumes it."""
    from .models.download import DownloadProgress

    last = [0.0]

    def progress(p: DownloadProgress) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5:
            return
        last[0] = now
        of = f" of {p.total / 1e6:.1f} MB ({p.done / p.total:.0%})" if p.total else ""
        left = f", {p.seconds_left:.0f} s left" if p.seconds_left is not None else ""
        print(f"parley: {p.done / 1e6:.1f} MB{of}, {p.speed_bps / 1e6:.1f} MB/s{left}", file=sys.stderr, flush=True)

    try:
        outcome = registry.download(args.url, name=args.name, sha256=args.sha256, progress=progress)
    except KeyboardInterrupt:
        print("parley: download paused; run the same command again to resume it.", file=sys.stderr)
        return 130
    if outcome.model is None:
        print(f"parley: download {outcome.state}.", file=sys.stderr)
        return 1
    m = outcome.model
    print(f"Downloaded and added {m.name} ({m.kind}, {m.size_bytes / 1e6:.0f} MB): {m.path}")
    return 0


# ---- doctor -------------------------------------------------------------


class _Report:
    def __init__(self) -> None:
        self.essential_failed = False

    def line(self, ok: bool | None, what: str, detail: str = "", fix: str = "", essential: bool = False) -> None:
        mark = {True: "ok  ", False: "FAIL" if essential else "warn", None: "info"}[ok]
        print(f"[{mark}] {what}" + (f": {detail}" if detail else ""))
        if ok is False and fix:
            print(f"       fix: {fix}")
        if ok is False and essential:
            self.essential_failed = True


def cmd_doctor(paths: AppPaths, registry: ModelRegistry) -> int:
    from . import system
    from .audio.devices import probe

    r = _Report()
    print(f"Parley {__version__}, Python {sys.version.split()[0]} on {sys.platform}\n")

    # folders
    for label, d in (("settings folder", paths.config_dir), ("data folder", paths.data_dir), ("cache folder", paths.cache_dir)):
        try:
            d.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=d):
                pass
            r.line(True, label, str(d))
        except OSError as exc:
            r.line(False, label, f"{d} is not writable ({exc.strerror})", "check the folder's permissions or pass --basedir", essential=True)

    # sqlite + fts5
    try:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        con.close()
        r.line(True, "SQLite with full-text search", sqlite3.sqlite_version)
    except sqlite3.Error as exc:
        r.line(False, "SQLite with full-text search", str(exc), "use a Python built with SQLite FTS5 (python.org and most distributions have it)", essential=True)

    # llama.cpp
    try:
        import llama_cpp

        r.line(True, "llama.cpp", f"llama-cpp-python {llama_cpp.__version__}")
    except Exception as exc:  # ImportError or a broken shared library
        r.line(False, "llama.cpp", str(exc), "run ./run again to reinstall llama-cpp-python", essential=True)

    # models
    for kind, label, essential in (("llm", "language model", True), ("stt", "speech-to-text model", False), ("tts", "voice", False)):
        try:
            m = registry.resolve(kind)
            r.line(True, f"default {label}", f"{m.name} ({m.size_bytes / 1e6:.0f} MB) at {m.path}")
        except AssistantError as exc:
            r.line(False, f"default {label}", str(exc), "run ./run again to reinstall the built-in models", essential=essential)

    # audio
    audio = probe()
    if not audio.portaudio:
        r.line(False, "PortAudio (sound)", audio.error, "install PortAudio: 'sudo apt install libportaudio2' (Debian/Ubuntu), 'brew install portaudio' (macOS); text chat works without it")
    elif audio.error:
        r.line(False, "sound devices", audio.error, "check that a sound server (PulseAudio/PipeWire) is running")
    else:
        r.line(bool(audio.inputs), "microphone", audio.default_input or ", ".join(audio.inputs) or "none found", "plug in or enable a microphone; voice input needs one")
        r.line(bool(audio.outputs), "speaker", audio.default_output or ", ".join(audio.outputs) or "none found", "plug in or enable speakers or headphones; spoken replies need them")

    # Qt
    try:
        import importlib.util

        if importlib.util.find_spec("PySide6") is None:
            raise ImportError("PySide6 is not installed")
        platform_name = os.environ.get("QT_QPA_PLATFORM") or (
            "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb" if os.environ.get("DISPLAY") else ""
        )
        if sys.platform.startswith("linux") and not platform_name:
            r.line(False, "Qt window", "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)", "start Parley from a desktop session; the CLI works without one")
        else:
            r.line(True, "Qt window", f"PySide6 available, platform {platform_name or 'native'}")
    except ImportError as exc:
        r.line(False, "Qt window", str(exc), "run ./run again to reinstall PySide6; the CLI works without it")

    # machine
    r.line(None, "CPU", system.cpu_summary())
    if sys.platform.startswith("linux") and "avx2" not in system.cpu_flags() and "neon" not in system.cpu_flags():
        r.line(False, "CPU speed features", "no AVX2: language models will be slow", "prefer the smallest models")
    ram = system.available_ram_bytes()
    if ram is not None:
        r.line(ram > 1.0e9, "free memory", f"{ram / 2**30:.1f} GiB available", "close other programs; the default models need about 1 GiB")
    free = shutil.disk_usage(paths.data_dir).free
    r.line(free > 1e9, "free disk", f"{free / 2**30:.1f} GiB in {paths.data_dir}", "free some disk space")

    print()
    print("Everything essential works." if not r.essential_failed else "Something essential is missing (see FAIL above).")
    return 1 if r.essential_failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
