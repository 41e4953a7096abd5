"""Shared test set-up: Qt without a display, and a private set of folders per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest  # noqa: E402

from assistant.paths import AppPaths  # noqa: E402


@pytest.fixture
def app_paths(tmp_path):
    """Every folder Parley uses, under this test's own temporary directory."""
    return AppPaths.under(tmp_path).ensure()
