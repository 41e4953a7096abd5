"""The model manager's core: checks before a model is accepted, atomic add, listing
across restarts, defaults, removal, per-model options, the fit check and the CLI."""

from __future__ import annotations

import json
import struct
import threading
from pathlib import Path

import pytest

from assistant import cli
from assistant.config import ModelOptions, Settings, load_settings, save_settings
from assistant.errors import InvalidModelError, ModelError, ModelNotFoundError
from assistant.models.fit import check_fit, estimate_ram
from assistant.models.options import effective_options
from assistant.models.registry import GEMMA3, PIPER_JOE, SMOLLM2, WHISPER_TINY_EN, ModelRegistry
from assistant.models.validate import check_model, detect_kind
from assistant.paths import AppPaths

# ---- fixtures built by hand --------------------------------------------------


def _gguf_string(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def gguf_bytes(meta: dict[str, object], *, version: int = 3, n_tensors: int = 1, tail: bytes = b"\0" * 64) -> bytes:
    """A GGUF header with the given metadata (strings, uint32s, string lists) and some
    bytes standing in for tensor data: enough for read_gguf, not for llama.cpp."""
    out = b"GGUF" + struct.pack("<IQQ", version, n_tensors, len(meta))
    for key, value in meta.items():
        out += _gguf_string(key)
        if isinstance(value, str):
            out += struct.pack("<I", 8) + _gguf_string(value)
        elif isinstance(value, int):
            out += struct.pack("<II", 4, value)
        elif isinstance(value, list):
            out += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(_gguf_string(v) for v in value)
        else:
            raise TypeError(value)
    return out + tail


TINY_META: dict[str, object] = {
    "general.architecture": "llama",
    "general.name": "Tiny Test",
    "general.license": "mit",
    "general.languages": ["fr", "de"],
    "general.file_type": 15,
    "llama.context_length": 4096,
    "llama.block_count": 2,
    "llama.embedding_length": 64,
    "llama.attention.head_count": 4,
    "llama.attention.head_count_kv": 2,
}


def write_gguf(path: Path, meta: dict[str, object] | None = None, **kw: object) -> Path:
    path.write_bytes(gguf_bytes(TINY_META if meta is None else meta, **kw))  # type: ignore[arg-type]
    return path


def fake_whisper(folder: Path, *, vocab: int = 51864, skip: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True)
    files = {
        "model.bin": struct.pack("<I", 6) + b"\0" * 1000,
        "config.json": b'{"lang_ids": []}',
        "tokenizer.json": b'{"model": {"vocab": {}}}',
        "vocabulary.txt": "\n".join(f"t{i}" for i in range(vocab)).encode() + b"\n",
    }
    for name, data in files.items():
        if name not in skip:
            (folder / name).write_bytes(data)
    return folder


PIPER_CFG = {
    "audio": {"sample_rate": 22050},
    "espeak": {"voice": "fr"},
    "language": {"code": "fr_FR", "name_english": "French"},
    "phoneme_id_map": {"_": [0], "a": [14]},
}


def fake_piper(folder: Path, name: str = "fr_FR-test-low", cfg: dict | None = None, json_too: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    onnx = folder / f"{name}.onnx"
    onnx.write_bytes(b"\x08\x07\x12\x07pytorch" + b"\0" * 500)
    if json_too:
        (folder / f"{name}.onnx.json").write_text(json.dumps(PIPER_CFG if cfg is None else cfg))
    return onnx


class Holder:
    """Plays the app: keeps the current settings and saves what the registry returns."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.settings = Settings()

    def apply(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(settings, self.paths.settings_file)


@pytest.fixture
def holder(app_paths):
    return Holder(app_paths)


@pytest.fixture
def registry(app_paths, holder):
    return ModelRegistry(app_paths, lambda: holder.settings)


def nothing_left(models_dir: Path) -> bool:
    """No file and no temporary entry anywhere under the models folder."""
    return [p for p in models_dir.rglob("*") if p.is_file() or p.name.startswith(".")] == []


# ---- every refusal, with its reason ----------------------------------------------


def _truncated(tmp: Path) -> Path:
    data = gguf_bytes(TINY_META)
    (tmp / "cut.gguf").write_bytes(data[: len(data) // 2])
    return tmp / "cut.gguf"


def _onnx_without_json(tmp: Path) -> Path:
    return fake_piper(tmp / "v", json_too=False)


def _piper_cfg(**changes: object):
    def make(tmp: Path) -> Path:
        cfg = {k: v for k, v in {**PIPER_CFG, **changes}.items() if v is not None}
        return fake_piper(tmp / "v", cfg=cfg)

    return make


CASES = {
    "truncated gguf": (_truncated, "truncated"),
    "wrong magic": (lambda t: _write(t / "x.gguf", b"GGML" + b"\0" * 100), "not a GGUF"),
    "bad version": (lambda t: write_gguf(t / "v.gguf", version=7), "GGUF version 7"),
    "no tensors": (lambda t: write_gguf(t / "n.gguf", n_tensors=0), "no tensors"),
    "no architecture": (lambda t: write_gguf(t / "a.gguf", {"general.name": "x"}), "architecture"),
    "empty gguf": (lambda t: _write(t / "e.gguf", b""), "empty"),
    "empty file": (lambda t: _write(t / "blob", b""), "empty"),
    "unknown file": (lambda t: _write(t / "notes.txt", b"hello there"), "not a model Parley knows"),
    "whisper without tokenizer": (lambda t: fake_whisper(t / "w", skip=("tokenizer.json",)), "no tokenizer.json"),
    "whisper without model.bin": (lambda t: fake_whisper(t / "w", skip=("model.bin",)), "no model.bin"),
    "whisper without vocabulary": (lambda t: fake_whisper(t / "w", skip=("vocabulary.txt",)), "vocabulary"),
    "folder that is not a model": (lambda t: _mkdir_with(t / "photos", "cat.jpg"), "not a model Parley knows"),
    "onnx without json": (_onnx_without_json, "no fr_FR-test-low.onnx.json next to it"),
    "piper without sample rate": (_piper_cfg(audio={"quality": "low"}), "sample rate"),
    "piper without language": (_piper_cfg(language=None, espeak=None), "which language"),
    "piper without phoneme map": (_piper_cfg(phoneme_id_map=None), "phoneme_id_map"),
    "piper json not json": (
        lambda t: _write(fake_piper(t / "v").with_suffix(".onnx.json"), b"{oops"),
        "not valid JSON",
    ),
    "onnx that is a web page": (lambda t: _write(fake_piper(t / "v"), b"<html>404</html>"), "not an ONNX"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path.with_name(path.name.replace(".onnx.json", ".onnx"))


def _mkdir_with(folder: Path, name: str) -> Path:
    folder.mkdir()
    (folder / name).write_bytes(b"\xff\xd8")
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_every_bad_model_is_refused_with_its_reason(case, registry, app_paths, tmp_path):
    make, words = CASES[case]
    src = tmp_path / "src"
    src.mkdir()
    path = make(src)
    with pytest.raises(InvalidModelError, match=words):
        registry.add(path)
    assert nothing_left(app_paths.models_dir)


def test_missing_path_is_not_found(registry, tmp_path):
    with pytest.raises(ModelNotFoundError):
        registry.add(tmp_path / "nowhere.gguf")


def test_kind_detection(tmp_path):
    assert detect_kind(write_gguf(tmp_path / "model.bin")) == "llm"  # by its magic, whatever the name
    assert detect_kind(fake_whisper(tmp_path / "w")) == "stt"
    assert detect_kind(fake_piper(tmp_path / "v")) == "tts"
    assert detect_kind(tmp_path / "v" / "fr_FR-test-low.onnx.json") == "tts"  # the JSON half picks the pair


def test_whisper_languages_from_vocabulary_size(tmp_path):
    assert check_model(fake_whisper(tmp_path / "en")).languages == ("en",)
    assert check_model(fake_whisper(tmp_path / "multi", vocab=51865)).languages == ("multilingual",)


# ---- adding, listing, restarting ----------------------------------------------------


def test_added_gguf_is_listed_with_its_metadata(registry, app_paths, tmp_path):
    src = write_gguf(tmp_path / "Tiny-Test.Q4_K_M.gguf")
    info = registry.add(src)
    assert info.kind == "llm" and info.name == "Tiny-Test.Q4_K_M" and info.source == "user" and info.removable
    assert Path(info.path) == app_paths.models_dir / "llm" / "Tiny-Test.Q4_K_M.gguf"
    assert info.languages == ("fr", "de") and info.license == "mit" and info.quantization == "Q4_K_M"
    assert info.context_length == 4096 and info.size_bytes == src.stat().st_size and info.ram_bytes > info.size_bytes
    assert src.exists()  # copied, not moved
    listed = [m for m in registry.list_models("llm") if m.source == "user"]
    assert listed == [info]
    full = info.to_json(detailed=True)
    assert {"languages", "ram_bytes", "license", "defaults"} <= set(full) and set(info.to_json()) < set(full)


def test_name_is_chosen_and_kept_unique(registry, tmp_path):
    src = write_gguf(tmp_path / "a.gguf")
    assert registry.add(src, name="my model!").name == "my_model"
    with pytest.raises(ModelError, match="already installed"):
        registry.add(src, name="my_model")
    with pytest.raises(ModelError, match="already installed"):
        registry.add(src, name=SMOLLM2)  # a built-in name is taken too


def test_added_models_survive_a_restart_and_resolve_by_name(app_paths, holder, tmp_path):
    reg = ModelRegistry(app_paths, lambda: holder.settings)
    llm = reg.add(write_gguf(tmp_path / "tiny.gguf"))
    stt = reg.add(fake_whisper(tmp_path / "whisper-fake", vocab=51865))
    tts = reg.add(fake_piper(tmp_path / "voices"))
    again = ModelRegistry(app_paths, lambda: holder.settings)  # as after quitting and starting again
    users = {(m.kind, m.name, m.languages) for m in again.list_models() if m.source == "user"}
    assert users == {
        ("llm", "tiny", ("fr", "de")),
        ("stt", "whisper-fake", ("multilingual",)),
        ("tts", "fr_FR-test-low", ("fr",)),
    }
    assert again.resolve("llm", "tiny").path == llm.path
    assert again.resolve("stt", "whisper-fake").path == stt.path and Path(stt.path).is_dir()
    assert again.resolve("tts", "fr_FR-test-low").path == tts.path and tts.path.endswith(".onnx")
    assert Path(tts.path + ".json").is_file()


def test_real_whisper_and_piper_are_accepted(registry, app_paths):
    whisper = registry.resolve("stt", WHISPER_TINY_EN)
    piper = registry.resolve("tts", PIPER_JOE)
    stt = registry.add(whisper.path, name="tiny-copy")
    tts = registry.add(piper.path, name="joe-copy")
    assert stt.kind == "stt" and stt.languages == ("en",) and stt.size_bytes == whisper.size_bytes
    assert sorted(p.name for p in Path(stt.path).iterdir()) == [
        "config.json",
        "model.bin",
        "tokenizer.json",
        "vocabulary.txt",
    ]
    assert tts.kind == "tts" and tts.languages == ("en",) and Path(tts.path).name == "joe-copy.onnx"
    assert json.loads(Path(tts.path + ".json").read_text())["audio"]["sample_rate"] == 22050
    fresh = ModelRegistry(app_paths, Settings)
    assert {m.name for m in fresh.list_models() if m.source == "user"} == {"tiny-copy", "joe-copy"}


# ---- nothing half-copied ------------------------------------------------------------


@pytest.fixture
def big_gguf(tmp_path):
    return write_gguf(tmp_path / "big.gguf", tail=b"\0" * (9 * 1024 * 1024))  # three copy chunks


def test_failure_mid_copy_leaves_nothing(registry, app_paths, big_gguf):
    def progress(done, total):
        if done < total:
            raise OSError(28, "No space left on device")

    with pytest.raises(ModelError, match="could not be copied.*No space left"):
        registry.add(big_gguf, progress=progress)
    assert nothing_left(app_paths.models_dir) and registry.list_models("llm")[-1].source == "embedded"


def test_cancel_mid_copy_leaves_nothing(registry, app_paths, big_gguf):
    cancel = threading.Event()
    with pytest.raises(ModelError, match="cancelled"):
        registry.add(big_gguf, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert nothing_left(app_paths.models_dir)


def test_failure_at_the_final_rename_leaves_nothing(registry, app_paths, tmp_path, monkeypatch):
    import assistant.models.registry as r

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(r.os, "replace", refuse)
    monkeypatch.setattr(r.os, "rename", refuse)
    with pytest.raises(ModelError, match="Permission denied"):
        registry.add(write_gguf(tmp_path / "a.gguf"))
    with pytest.raises(ModelError, match="Permission denied"):
        registry.add(fake_piper(tmp_path / "v"))
    assert nothing_left(app_paths.models_dir)


def test_interrupted_copy_stays_invisible_and_is_swept(registry, app_paths, tmp_path):
    import os

    stale = app_paths.models_dir / "llm" / ".add-crashed"
    stale.mkdir(parents=True)
    (stale / "half.gguf").write_bytes(b"GGUF")
    os.utime(stale, (0, 0))
    assert all(m.source == "embedded" for m in registry.list_models("llm"))
    registry.add(write_gguf(tmp_path / "a.gguf"))
    assert not stale.exists()


# ---- defaults and removal -------------------------------------------------------------


def test_default_switch_and_fallback_after_remove(registry, holder, app_paths, tmp_path):
    info = registry.add(write_gguf(tmp_path / "tiny.gguf"))
    holder.apply(registry.set_default("chat", "tiny"))
    holder.apply(registry.set_default("translation", "tiny"))
    holder.apply(holder.settings.with_model_options(ModelOptions(info.path, context_length=1024)))
    assert holder.settings.chat_model == "tiny" and holder.settings.translation_model == "tiny"
    llms = {m.name: m for m in registry.list_models("llm")}
    assert llms["tiny"].defaults == ("chat", "translation") and llms["tiny"].default
    assert not llms[SMOLLM2].default and llms[SMOLLM2].defaults == ()

    holder.apply(registry.remove("tiny"))
    assert not Path(info.path).exists() and nothing_left(app_paths.models_dir)
    assert holder.settings.chat_model == "" and holder.settings.translation_model == GEMMA3
    assert holder.settings.model_options == ()
    llms = {m.name: m for m in registry.list_models("llm")}
    assert "tiny" not in llms and llms[SMOLLM2].defaults == ("chat",) and llms[GEMMA3].defaults == ("translation",)
    assert load_settings(app_paths.settings_file).settings == holder.settings


def test_speech_defaults(registry, holder, tmp_path):
    registry.add(fake_whisper(tmp_path / "w-multi", vocab=51865))
    registry.add(fake_piper(tmp_path / "v"))
    holder.apply(registry.set_default("stt", "w-multi"))
    holder.apply(registry.set_default("tts", "fr_FR-test-low"))
    assert holder.settings.stt_model == "w-multi" and holder.settings.tts_voice == "fr_FR-test-low"
    assert {m.name for m in registry.list_models() if m.default} == {SMOLLM2, "w-multi", "fr_FR-test-low"}
    assert registry.resolve("stt").name == "w-multi" and registry.resolve("tts").name == "fr_FR-test-low"
    holder.apply(registry.remove("fr_FR-test-low"))
    assert holder.settings.tts_voice == "" and registry.resolve("tts").name == PIPER_JOE


def test_default_must_be_the_right_kind(registry, tmp_path):
    registry.add(fake_piper(tmp_path / "v"))
    with pytest.raises(ModelNotFoundError, match="No llm model called"):
        registry.set_default("chat", "fr_FR-test-low")
    with pytest.raises(ModelError, match="not something"):
        registry.set_default("music", SMOLLM2)


def test_embedded_models_cannot_be_removed(registry):
    with pytest.raises(ModelError, match="built into Parley"):
        registry.remove(SMOLLM2)
    with pytest.raises(ModelNotFoundError):
        registry.remove("never-installed")


def test_in_place_model_is_forgotten_not_deleted(app_paths, holder, tmp_path):
    mine = write_gguf(tmp_path / "mine.gguf")
    holder.apply(Settings().replace(user_models=(str(mine),), chat_model=str(mine)))
    reg = ModelRegistry(app_paths, lambda: holder.settings)
    assert reg.set_default("chat", "mine.gguf").chat_model == str(mine)  # in place: by path
    holder.apply(reg.remove("mine.gguf"))
    assert mine.exists() and holder.settings.user_models == () and holder.settings.chat_model == ""


# ---- per-model options --------------------------------------------------------------


def test_model_options_round_trip_and_merge(app_paths):
    s = Settings().replace(context_size=2048, n_threads=3)
    s = s.with_model_options(ModelOptions("/m/a.gguf", context_length=8192, gpu_layers=-1, system_prompt="Be brief."))
    s = s.with_model_options(ModelOptions("/m/b.gguf", n_threads=2))
    s = s.with_model_options(ModelOptions("/m/b.gguf"))  # back to all defaults: the entry goes
    save_settings(s, app_paths.settings_file)
    loaded = load_settings(app_paths.settings_file)
    assert loaded.notice == "" and loaded.settings == s and len(s.model_options) == 1
    eff = effective_options(loaded.settings, "/m/a.gguf", gpu_available=False)
    assert (eff.context_length, eff.n_threads, eff.gpu_layers, eff.system_prompt) == (8192, 3, 0, "Be brief.")
    assert effective_options(loaded.settings, "/m/a.gguf", gpu_available=True).gpu_layers == -1
    other = effective_options(loaded.settings, "/m/c.gguf")
    assert (other.context_length, other.chat_template, other.system_prompt) == (2048, None, Settings().system_prompt)


def test_old_settings_without_options_load_and_bad_entries_are_dropped(app_paths):
    old = {"schema_version": 1, "chat_model": "x", "context_size": 4096}
    app_paths.settings_file.write_text(json.dumps(old))
    loaded = load_settings(app_paths.settings_file)
    assert loaded.notice == "" and loaded.settings.model_options == () and loaded.settings.chat_model == "x"
    raw = {**old, "model_options": [{"path": "/a", "context_length": 10**9}, {"path": "/b", "n_threads": "many"}, 7]}
    app_paths.settings_file.write_text(json.dumps(raw))
    loaded = load_settings(app_paths.settings_file)
    assert loaded.notice == "" and loaded.settings.model_options == (ModelOptions("/a", context_length=131072),)


# ---- will it fit? ---------------------------------------------------------------------

HUGE_META: dict[str, object] = {
    "general.architecture": "llama",
    "general.file_type": 1,  # F16
    "llama.context_length": 32768,
    "llama.block_count": 80,
    "llama.embedding_length": 8192,
    "llama.attention.head_count": 64,
    "llama.attention.head_count_kv": 8,
}


@pytest.fixture
def huge_gguf(tmp_path):
    path = write_gguf(tmp_path / "huge-70b.F16.gguf", HUGE_META)
    with path.open("r+b") as fh:  # sparse: 40 GB on paper, a few bytes on disk
        fh.truncate(40 * 2**30)
    return path


def test_huge_model_gets_a_warning_and_a_smaller_quantization(huge_gguf):
    fit = check_fit(huge_gguf, context_length=4096, available_ram=8 * 2**30, cpu_count=4)
    assert not fit.ok and fit.estimated_ram_bytes > 40 * 2**30
    assert "8.0 GB is free" in fit.warning and "Q4_K_M" in fit.suggestion


def test_long_context_gets_the_lower_context_suggestion(tmp_path):
    meta = {**HUGE_META, "general.file_type": 15}  # already Q4_K_M, weights small: the cache is the problem
    path = write_gguf(tmp_path / "ctx.gguf", meta)
    fit = check_fit(path, context_length=32768, available_ram=4 * 2**30, cpu_count=8)
    assert not fit.ok and "lower the context to 2048" in fit.suggestion.lower()


def test_small_model_fits(registry):
    smol = registry.resolve("llm", SMOLLM2).path
    fit = check_fit(smol, context_length=2048, available_ram=8 * 2**30, cpu_count=4)
    assert fit.ok and fit.warning == "" and fit.suggestion == ""
    assert 100e6 < fit.estimated_ram_bytes < 600e6


def test_fit_never_raises_for_unknown_memory_and_warns_about_threads(registry, monkeypatch):
    import assistant.system as system

    monkeypatch.setattr(system, "available_ram_bytes", lambda: None)
    fit = check_fit(registry.resolve("tts", PIPER_JOE).path, n_threads=64, cpu_count=2)
    assert fit.ok and fit.available_ram_bytes is None and "does not say" in fit.warning and "threads" in fit.warning
    assert estimate_ram("stt", 100_000_000) > 100_000_000


# ---- command line ---------------------------------------------------------------------


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_list_default_remove(capsys, tmp_path):
    base = str(tmp_path / "base")
    src = write_gguf(tmp_path / "tiny.gguf")
    code, out, err = run_cli(capsys, "models", "add", str(src), "--basedir", base)
    assert code == 0 and "Added tiny" in out, err
    code, out, _ = run_cli(capsys, "models", "list", "--json", "--basedir", base)
    rows = {r["name"]: r for r in map(json.loads, out.splitlines())}
    assert code == 0 and rows["tiny"]["kind"] == "llm" and rows["tiny"]["languages"] == ["fr", "de"]
    assert rows["tiny"]["removable"] and not rows[SMOLLM2]["removable"] and rows[SMOLLM2]["defaults"] == ["chat"]

    code, out, _ = run_cli(capsys, "models", "default", "chat", "tiny", "--basedir", base)
    assert code == 0 and json.loads((tmp_path / "base/config/settings.json").read_text())["chat_model"] == "tiny"
    code, out, _ = run_cli(capsys, "models", "--basedir", base)
    assert code == 0 and "* tiny" in out

    code, _, err = run_cli(capsys, "models", "remove", SMOLLM2, "--basedir", base)
    assert code == 1 and "built into Parley" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run_cli(capsys, "models", "remove", "tiny", "--basedir", base)
    assert code == 0 and json.loads((tmp_path / "base/config/settings.json").read_text())["chat_model"] == ""
    code, out, _ = run_cli(capsys, "models", "--json", "--basedir", base)
    assert code == 0 and "tiny" not in {json.loads(line)["name"] for line in out.splitlines()}


def test_cli_refusals_and_usage(capsys, tmp_path):
    base = str(tmp_path / "base")
    bad = tmp_path / "page.gguf"
    bad.write_text("<html>not a model</html>" + " " * 100)
    code, _, err = run_cli(capsys, "models", "add", str(bad), "--basedir", base)
    assert code == 1 and err.startswith("parley: ") and "not a GGUF" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        cli.main(["models", "default", "music", SMOLLM2, "--basedir", base])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli.main(["models", "add", "--basedir", base])
    assert exc.value.code == 2
