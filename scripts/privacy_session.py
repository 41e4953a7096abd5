#!/usr/bin/env python3
"""A scripted Parley session with the real models, for the privacy checks
(tests/e2e/test_privacy.py runs it under ``strace``; docs/TRUST.md cites it).

    .venv/bin/python scripts/privacy_session.py [--basedir DIR] [--audit-log FILE] [--export-dir DIR]

It does what a person does in a session, through the same core objects the
window's workers call: a typed chat turn (``ChatService`` over the engine
process), a spoken turn (a question spoken by Piper into a WAV file, decoded by
the engine, then ``VoicePipeline``: Whisper, the chat model, Piper into a
``WavCollector``), a translation (``assistant.cli.translator_for`` with the
glossary), a settings change saved with ``save_settings``, and an export with
``HistoryStore.export_markdown``. Why not drive the window: its voice turn
needs a microphone, which would have to be faked, and the window adds only Qt
to what runs; the window itself is started under the same checks by the test
(``main.py --report-startup --quit-when-ready``).

Second check, besides strace: an audit hook (``sys.addaudithook``) records every
``socket.*`` event and every ``urllib``/``http.client`` request, in this process
and in the engine process (a ``sitecustomize`` put on ``PYTHONPATH`` for the
children installs the same hook), into ``--audit-log`` as JSON lines.

Without ``--basedir`` (and without PARLEY_BASEDIR) it uses the platform's user
folders, as the app does. Prints one JSON object: what was said and translated.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: installed in this process and (through sitecustomize) in the engine process
AUDIT_HOOK = r"""
import json as _json, os as _os, sys as _sys, socket as _socket

def _install_parley_audit(path):
    out = open(path, "a", buffering=1, encoding="utf-8")
    watched = ("urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect", "poplib.connect")

    def hook(event, args):
        if not (event.startswith("socket.") or event in watched):
            return
        rec = {"pid": _os.getpid(), "event": event}
        try:
            if event == "socket.__new__":
                fam = args[1]
                rec["family"] = _socket.AddressFamily(fam).name if isinstance(fam, int) and fam >= 0 else str(fam)
            elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
                rec["address"] = repr(args[1])[:200]
                rec["family"] = _socket.AddressFamily(args[0].family).name
            else:
                rec["args"] = repr(args)[:200]
        except Exception as exc:  # never break the program being watched
            rec["error"] = repr(exc)
        out.write(_json.dumps(rec) + "\n")

    _sys.addaudithook(hook)
    out.write(_json.dumps({"pid": _os.getpid(), "event": "parley.audit-installed", "argv": _sys.argv[:3]}) + "\n")

if _os.environ.get("PARLEY_AUDIT_LOG"):
    _install_parley_audit(_os.environ["PARLEY_AUDIT_LOG"])
"""

QUESTION = "What is the capital of France?"


def install_audit(audit_log: Path) -> None:
    """The hook here, and a sitecustomize for the child processes (the engine is
    started with multiprocessing's "spawn": a fresh interpreter that reads
    PYTHONPATH and imports sitecustomize before anything else)."""
    os.environ["PARLEY_AUDIT_LOG"] = str(audit_log)
    site_dir = Path(tempfile.mkdtemp(prefix="parley-audit-"))
    atexit.register(shutil.rmtree, site_dir, ignore_errors=True)
    (site_dir / "sitecustomize.py").write_text(AUDIT_HOOK, encoding="utf-8")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(site_dir), *filter(None, [os.environ.get("PYTHONPATH")])])
    exec(compile(AUDIT_HOOK, "<parley-audit>", "exec"), {"__name__": "parley_audit"})


def run(paths, export_dir: Path) -> dict:  # type: ignore[no-untyped-def]
    import numpy as np

    from assistant.audio.playback import WavCollector, write_wav
    from assistant.chat import ChatService, ReplyFinished
    from assistant.cli import speech_spec, translator_for
    from assistant.config import load_settings, save_settings
    from assistant.engines.process import EngineProcess
    from assistant.logs import setup_logging
    from assistant.models.registry import ModelRegistry
    from assistant.store import HistoryStore
    from assistant.translate import load_glossary
    from assistant.voice import VoicePipeline, VoiceTurnFinished, voice_sample_rate

    setup_logging(paths)
    settings = load_settings(paths.settings_file).settings.replace(max_tokens=24, temperature=0.0)
    registry = ModelRegistry(paths, lambda: settings)
    engine = EngineProcess(log_path=paths.log_dir / "engine.log")
    store = HistoryStore(paths.history_db)
    out: dict = {}
    try:
        chat = ChatService(store=store, engine=engine, settings=lambda: settings, registry=registry)
        # 1. a typed chat turn
        conv = store.create_conversation()
        for ev in chat.send(conv.id, "Name one colour of the rainbow.", threading.Event()):
            if isinstance(ev, ReplyFinished):
                out["chat_reply"] = ev.message.content
        # 2. a spoken turn: the question spoken by Piper into a WAV file, then the voice pipeline
        spec = speech_spec(settings, registry)
        chunks = list(engine.synthesize(QUESTION, spec=spec))
        question_wav = export_dir / "question.wav"
        write_wav(question_wav, np.concatenate([c.samples for c in chunks]), chunks[0].sample_rate)
        audio = engine.decode_audio(question_wav)
        sink = WavCollector(sample_rate=voice_sample_rate(spec))
        pipeline = VoicePipeline.for_settings(chat=chat, engine=engine, spec=spec, settings=lambda: settings)
        voice_conv = store.create_conversation("Voice")
        for vev in pipeline.run_turn(voice_conv.id, audio, sink=sink, cancel=threading.Event()):
            if isinstance(vev, VoiceTurnFinished):
                out["heard"], out["voice_reply"] = vev.transcript, vev.reply
        out["spoken_samples"] = int(len(sink.audio()))
        # 3. a translation, kept in the history as the Translator does
        translator = translator_for(engine, settings, registry)
        result = translator.translate(
            "Good morning, my friend.", "en", "fr", glossary=load_glossary(paths.glossary_file)
        )
        store.add_translation(
            source_lang="en",
            target_lang="fr",
            source="Good morning, my friend.",
            target=result.text,
            model=result.model,
        )
        out["translation"] = result.text
        # 4. a settings change, saved
        save_settings(load_settings(paths.settings_file).settings.replace(theme="dark"), paths.settings_file)
        out["theme_saved"] = load_settings(paths.settings_file).settings.theme
        # 5. an export, where the user chose to put it
        export = export_dir / "chat.md"
        export.write_text(store.export_markdown(conv.id), encoding="utf-8")
        out["exported_bytes"] = export.stat().st_size
    finally:
        engine.close()
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--basedir", help="keep everything under this folder (default: the user folders, as the app)")
    ap.add_argument("--audit-log", help="write the audit hook's socket events here (JSON lines)")
    ap.add_argument("--export-dir", help="where the session saves its WAV and export (default: a temporary folder)")
    args = ap.parse_args()
    if args.audit_log:
        install_audit(Path(args.audit_log))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # as main.py
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    from assistant.paths import AppPaths

    paths = AppPaths.default(args.basedir).ensure()
    with tempfile.TemporaryDirectory(prefix="parley-session-") as tmp:
        export_dir = Path(args.export_dir) if args.export_dir else Path(tmp)
        t0 = time.perf_counter()
        out = run(paths, export_dir)
        out["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
