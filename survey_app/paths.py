"""Where the application keeps the user's files (never inside the install folder)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "NSI Survey"
APP_AUTHOR = "survey-app"


def user_data_dir() -> Path:
    """The user's data folder; `SURVEY_APP_HOME` overrides it (tests, portable installs)."""
    override = os.environ.get("SURVEY_APP_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "survey.db"


def user_questionnaires_dir() -> Path:
    """Questionnaire files the user added (newer versions); loaded beside the bundled ones."""
    path = user_data_dir() / "questionnaires"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return user_data_dir() / "survey-app.log"
