"""Window settings (geometry, splitter, text size, last open response) in an INI file.

The file lives in the user data folder (`paths.user_data_dir()`), so `SURVEY_APP_HOME` isolates it in
tests and portable installs, like everything else the application writes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from survey_app import paths

ORGANISATION = "survey-app"
APPLICATION = "NSI Survey"


def settings() -> QSettings:
    return QSettings(str(paths.user_data_dir() / "window-settings.ini"), QSettings.Format.IniFormat)
