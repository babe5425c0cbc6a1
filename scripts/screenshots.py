#!/usr/bin/env python3
"""Screenshots of the application for docs/screenshots/, taken offscreen on the demo data.

    python scripts/screenshots.py [--out docs/screenshots] [--language ar|zh ...]

Without --language: app-start.png (the start screen), app-norm-section.png (a norm section of the
2026 demo response, half filled in) and app-review.png (the review screen), in English.
With --language ar (or zh, repeatable): app-response-ar.png, the norm section with the interface in
that language. Everything is built in a temporary SURVEY_APP_HOME; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 860
NORM = "13(a)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", action="append", choices=["ar", "zh", "fr", "es", "ru"], default=[])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a fixed folder name, so the database path shown on the start screen is the same every run
    home = Path(tempfile.gettempdir()) / "nsi-survey-screenshots"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    os.environ["SURVEY_APP_HOME"] = str(home)
    try:
        for path in take(home, args.out, args.language):
            print(path)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


def take(home: Path, out: Path, languages: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from survey_app.gui.app import create_application
    from survey_app.gui.catalog_access import load_catalog
    from survey_app.gui.i18n_qt import install_translators
    from survey_app.gui.main_window import MainWindow
    from survey_app.storage.demo import add_demo
    from survey_app.storage.store import Store

    app = create_application(["screenshots"])
    catalog = load_catalog()
    questionnaire = catalog.get("nsi")
    store = Store.open(home / "survey.db")
    newest = add_demo(store, questionnaire).response_ids[-1]
    section = next(s for _p, s in questionnaire.sections() if s.norm == NORM)
    half_fill(store, newest, section)
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(window: MainWindow, name: str) -> None:
        settle()
        path = out / name
        window.grab().save(str(path))
        saved.append(path)

    def new_window() -> MainWindow:
        window = MainWindow(store, catalog)
        window.resize(WIDTH, HEIGHT)
        window.show()
        return window

    if not languages:
        install_translators(app, "en")
        window = new_window()
        window.start.table.selectRow(0)
        shoot(window, "app-start.png")
        window.open_response(newest)
        window.response_view.show_section(section.id)
        status_item = next(item for item in section.items if item.norm == NORM or item.role is not None)
        window.response_view.go_to_item(status_item.id)
        window.response_view.scroll.verticalScrollBar().setValue(0)
        shoot(window, "app-norm-section.png")
        window.response_view.show_review()
        shoot(window, "app-review.png")
        window.close_response()
        window.hide()
        window.deleteLater()
    for language in languages:
        install_translators(app, language)
        window = new_window()
        window.open_response(newest)
        window.response_view.show_section(section.id)
        shoot(window, f"app-response-{language}.png")
        window.close_response()
        window.hide()
        window.deleteLater()
    settle()
    store.close()
    QApplication.processEvents()
    return saved


def half_fill(store, response_id: int, section) -> None:
    """Clear every other answer of the section after the first two, so the screenshot shows both states."""
    answered = [item.id for item in section.items if item.has_value and item.id in store.values(response_id)]
    for item_id in answered[2::2]:
        store.clear_answer(response_id, item_id, reason="screenshot")


if __name__ == "__main__":
    sys.exit(main())
