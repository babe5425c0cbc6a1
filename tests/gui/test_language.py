"""Switching the interface language with a response open: questions, direction, dates."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from survey_app.gui.i18n_qt import install_translators
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .conftest import card


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translators(qapp, "en")


@pytest.fixture
def nsi_window(qtbot, tmp_path, english_after):
    from survey_app.gui.main_window import MainWindow
    from survey_app.questionnaire.catalog import Catalog

    catalog = Catalog.load()
    nsi = catalog.get("nsi")
    store = Store.open(tmp_path / "nsi.db")
    response = store.create_response(state=State(None, "Republic of Examplia"), cycle=2026, questionnaire=nsi,
                                     language="en")
    store.set_answer(response.id, "n13a_strategy_date", "2023-02-12")
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    window.open_response(response.id)
    yield window, nsi
    window.close()


def test_arabic_interface_mirrors_the_form_and_shows_arabic_questions(qtbot, nsi_window) -> None:
    window, nsi = nsi_window
    norm = next(s for _p, s in nsi.sections() if s.norm == "13(a)")
    window.response_view.show_section(norm.id)
    english_title = window.response_view.pages[norm.id].title.text()
    install_translators(QApplication.instance(), "ar")
    view = window.response_view
    assert window.session.questionnaire.language == "ar"
    assert view.current_section == norm.id  # still where the user was
    assert view.isRightToLeft() and window.isRightToLeft()
    arabic_title = view.pages[norm.id].title.text()
    assert arabic_title != english_title and any("\u0600" <= c <= "\u06ff" for c in arabic_title)
    date = card(window, "n13a_strategy_date").editor.edit
    assert date.text() == "2023-02-12"  # ISO, Western digits, left to right in every language
    assert date.layoutDirection() == Qt.LayoutDirection.LeftToRight
    install_translators(QApplication.instance(), "en")
    assert window.session.questionnaire.language == "en"
    assert not window.response_view.isRightToLeft()
    assert window.response_view.pages[norm.id].title.text() == english_title


def test_chinese_interface_keeps_the_answers(qtbot, nsi_window) -> None:
    window, _nsi = nsi_window
    window.session.set_value("lead_ministry", "外交部")
    install_translators(QApplication.instance(), "zh")
    assert window.session.questionnaire.language == "zh"
    assert card(window, "lead_ministry").editor.edit.text() == "外交部"
    assert window.response_view.back_button.text() != "All responses"


def test_word_limits_count_the_answer_language_not_the_interface(qtbot, nsi_window) -> None:
    window, nsi = nsi_window
    limited = next(item for item in nsi.answerable_items() if item.word_limit)
    words = " ".join(["word"] * limited.word_limit)  # exactly at the limit in words, far over it in characters
    window.session.set_value(limited.id, words)
    install_translators(QApplication.instance(), "zh")
    item = window.session.questionnaire.item(limited.id)
    assert window.session.messages(item) == []


def test_module_level_texts_are_translated(english_after) -> None:
    """Texts of dialogs built outside a widget class (database actions, errors, export) use the
    catalogue's context for them; a wrong context left them English in every language."""
    from survey_app.gui import about, database_actions, errors

    install_translators(english_after, "fr")
    assert database_actions.tr("Backup restored.") == "Sauvegarde restaurée."
    assert errors.tr("What to do: %1").startswith("Que faire")
    assert about.tr("Version %1") != "Version %1" or about.tr("About %1") != "About %1"
