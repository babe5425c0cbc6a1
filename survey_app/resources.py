"""One place that finds the packaged data: questionnaires, translations, assets.

The same code works from a checkout (data at the repository root), from an installed wheel (data
packaged as `survey_app._questionnaires` / `survey_app._i18n`) and from a PyInstaller bundle
(data copied next to the executable under `sys._MEIPASS`).
"""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_DIR.parent

# folder name at the checkout root / in a bundle  ->  data package name inside a wheel
_DATA = {
    "questionnaires": "survey_app._questionnaires",
    "i18n": "survey_app._i18n",
}


def _data_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = Path(frozen_root) / name
        if candidate.is_dir():
            return candidate
    candidate = _CHECKOUT_ROOT / name
    if candidate.is_dir() and (_CHECKOUT_ROOT / "pyproject.toml").is_file():
        return candidate
    try:
        traversable = importlib.resources.files(_DATA[name])
    except ModuleNotFoundError as exc:  # pragma: no cover - a broken install
        raise FileNotFoundError(f"The application's {name!r} data folder is missing: reinstall it.") from exc
    return Path(str(traversable))


def questionnaires_dir() -> Path:
    """Folder holding the bundled questionnaire YAML files."""
    return _data_dir("questionnaires")


def i18n_dir() -> Path:
    """Folder holding the translation catalogues (questionnaire texts, core and Qt catalogues)."""
    return _data_dir("i18n")


def assets_dir() -> Path:
    """Folder holding icons and other files shipped inside the package itself."""
    return _PACKAGE_DIR / "assets"
