import json

from assistant.config import SCHEMA_VERSION, Settings, load_settings, save_settings
from assistant.paths import AppPaths


def test_defaults_when_no_file(tmp_path):
    r = load_settings(tmp_path / "settings.json")
    assert r.settings == Settings()
    assert r.notice == ""


def test_roundtrip_and_atomic_save_leaves_no_temp_files(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    s = Settings().replace(system_prompt="Be brief.", temperature=0.5, user_models=("/x/a.gguf",), theme="dark")
    save_settings(s, path)
    assert load_settings(path).settings == s
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    raw = json.loads(path.read_text())
    assert raw["schema_version"] == SCHEMA_VERSION


def test_values_are_clamped_not_rejected(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "temperature": 9, "max_tokens": -4, "theme": "purple", "bogus": 1}))
    s = load_settings(path).settings
    assert s.temperature == 2.0 and s.max_tokens == 1 and s.theme == "system"


def test_old_schema_is_migrated(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"max_reply_tokens": 99, "system_prompt": "old"}))
    r = load_settings(path)
    assert r.settings.max_tokens == 99 and r.settings.system_prompt == "old"
    assert r.settings.schema_version == SCHEMA_VERSION and r.notice == ""


def test_corrupt_file_is_moved_aside_and_user_told(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    r = load_settings(path)
    assert r.settings == Settings()
    assert "moved" in r.notice
    assert not path.exists()
    aside = list(tmp_path.glob("settings.json.broken-*"))
    assert len(aside) == 1 and aside[0].read_text() == "{not json"


def test_paths_under_base_and_env(tmp_path, monkeypatch):
    p = AppPaths.under(tmp_path).ensure()
    for d in (p.config_dir, p.data_dir, p.models_dir, p.cache_dir, p.log_dir):
        assert d.is_dir() and tmp_path in d.parents
    monkeypatch.setenv("PARLEY_BASEDIR", str(tmp_path / "b"))
    assert AppPaths.default().config_dir == (tmp_path / "b" / "config").resolve()
    monkeypatch.delenv("PARLEY_BASEDIR")
    d = AppPaths.default()
    assert "parley" in str(d.data_dir).lower()
