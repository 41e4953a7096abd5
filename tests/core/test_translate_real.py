"""Translation with the real embedded Gemma model through the engine process."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import translator_for
from assistant.config import Settings
from assistant.engines.process import EngineProcess
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.translate import Glossary

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def translator(tmp_path_factory):
    paths = AppPaths.under(tmp_path_factory.mktemp("t"))
    engine = EngineProcess()
    yield translator_for(engine, Settings(), ModelRegistry(paths, Settings))
    engine.close()


def test_both_ways(translator):
    # sentences this small model gets right; quality is measured by benchmarks/translate.py
    fr = translator.translate("Thank you very much.", "en", "fr")
    assert fr.model == "gemma-3-270m" and "merci" in fr.text.lower()
    en = translator.translate("Merci beaucoup, et bonne journée à vous.", "auto", "en")
    assert en.source_lang == "fr" and "thank" in en.text.lower()


def test_glossary_terms_and_names(translator):
    g = Glossary(terms={"laptop": "bécane"}, keep=("Parley",))
    r = translator.translate("Parley runs on my laptop.", "en", "fr", glossary=g)
    assert "Parley" in r.text and "bécane" in r.text.lower()


def test_cli_file_line_by_line_and_speech(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Good morning.\n\nThank you very much.\n", encoding="utf-8")
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, str(ROOT / "main.py"), *a, "--basedir", str(tmp_path)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    out = run("translate", "--from", "en", "--to", "es", "--file", str(src))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.rstrip("\n").split("\n")
    assert len(lines) == 3 and lines[1] == "" and "gracias" in lines[2].lower()
    wav = tmp_path / "q.wav"
    assert run("speak", "Good morning.", "-o", str(wav)).returncode == 0
    out = run("translate", "--to", "fr", "--speech", str(wav), "--json", "--say")
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert obj["transcript"].lower().startswith("good morning") and obj["from"] == "en"
    assert "bonjour" in obj["text"].lower()
    assert "No French voice is installed" in out.stderr  # said plainly, not silently skipped
