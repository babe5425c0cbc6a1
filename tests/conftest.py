"""Shared fixtures: a private user-data folder per test, so no test touches the real one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("SURVEY_APP_HOME", str(home))
    return home
