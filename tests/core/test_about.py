"""The About dialog's content, without Qt: licences read from the installed metadata."""

from __future__ import annotations

import sys

from assistant import about
from assistant.config import Settings
from assistant.models.registry import ModelRegistry


def test_licences_come_from_the_installed_metadata():
    assert about.license_of("sounddevice") == "MIT"  # License-Expression
    assert about.license_of("faster-whisper") == "MIT"  # License field
    assert about.license_of("no-such-distribution-here") is None
    by_name = {c.name: c for c in about.components()}
    assert by_name["Parley"].license == "GPL-3.0-or-later"
    assert by_name["Jinja2"].license == "BSD-3-Clause"  # the table refines a bare "BSD" classifier
    assert by_name["llama.cpp"].license == "MIT" and by_name["llama.cpp"].version == ""


def test_metadata_wins_over_the_table(monkeypatch):
    monkeypatch.setattr(about, "license_of", lambda dist: "Apache-2.0" if dist == "onnxruntime" else None)
    by_name = {c.name: c for c in about.components()}
    assert by_name["ONNX Runtime"].license == "Apache-2.0"
    assert by_name["faster-whisper"].license == "MIT"  # fallback


def test_model_licences_and_terms_link(app_paths):
    models = {m.name: m for m in about.model_licenses(ModelRegistry(app_paths, Settings))}
    assert models["gemma-3-270m"].link == "https://ai.google.dev/gemma/terms"
    assert models["smollm2-135m-instruct"].license == "Apache-2.0" and not models["smollm2-135m-instruct"].link


def test_licence_texts_are_found_from_source_and_when_packaged(tmp_path, monkeypatch):
    d = about.licenses_dir()
    assert d is not None and (d / "GPL-3.0.txt").is_file() and (d / "Gemma-NOTICE.txt").is_file()
    (tmp_path / "resources" / "licenses").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert about.licenses_dir() == tmp_path / "resources" / "licenses"
