"""The interface language on the Qt side: translators, switching at run time, right to left, menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from survey_app.gui import i18n_qt
from survey_app.gui.i18n_qt import (
    LanguageMenu,
    current_language,
    install_translators,
    saved_language,
    startup_language,
    switch_language,
)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translators(qapp, "en")  # leave the application as other tests expect it


class Panel(QWidget):
    """A small widget built like the application's screens: texts set in retranslate()."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        # the context of LanguageMenu, so the application's own catalogue is exercised
        self.label.setText(QCoreApplication.translate("LanguageMenu", "&Language"))


def test_switching_changes_visible_strings_of_a_widget(app: QApplication, qtbot) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    assert panel.label.text() == "&Language"
    assert install_translators(app, "fr") == "fr"
    assert panel.label.text() == "&Langue"  # retranslate() called once by the switch
    assert _cancel_text() == "Annuler"  # Qt's own catalogue (qtbase_fr.qm)
    install_translators(app, "ru")
    assert panel.label.text() == "&Язык"
    assert _cancel_text() == "Отмена"
    install_translators(app, "en")
    assert panel.label.text() == "&Language"
    assert _cancel_text() == "Cancel"


def _cancel_text() -> str:
    """Standard buttons take Qt's own translations when created (dialogs are made on demand)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    finally:
        box.deleteLater()


def test_arabic_sets_right_to_left(app: QApplication, qtbot) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    install_translators(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.label.text() == "ال&لغة"
    install_translators(app, "zh")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert panel.label.text() == "语言(&L)"


def test_arabic_numbers_in_qt_widgets_use_latin_digits(app: QApplication) -> None:
    install_translators(app, "ar")
    assert QLocale().toString(1234567) == "1,234,567"
    assert QLocale().language() == QLocale.Language.Arabic


def test_unknown_language_falls_back_to_english(app: QApplication) -> None:
    assert install_translators(app, "de") == "en"
    assert current_language(app) == "en"


def test_choice_is_saved_and_used_at_next_start(app: QApplication) -> None:
    assert saved_language() is None
    assert startup_language() in {"ar", "zh", "en", "fr", "ru", "es"}
    switch_language("es", app)
    assert current_language(app) == "es"
    assert saved_language() == "es"
    assert startup_language() == "es"


def test_system_language_is_restricted_to_the_six(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n_qt.QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert i18n_qt.system_language() == "fr"
    monkeypatch.setattr(i18n_qt.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n_qt.system_language() == "en"


def test_language_menu_switches_and_marks_the_current_language(app: QApplication, qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    menu = LanguageMenu(host)
    assert [a.text() for a in menu.actions()] == ["العربية", "中文", "English", "Français", "Русский", "Español"]
    assert menu.actions_by_language["en"].isChecked()
    menu.actions_by_language["fr"].trigger()
    assert current_language(app) == "fr"
    assert menu.title() == "&Langue"
    assert menu.actions_by_language["fr"].isChecked()
    assert not menu.actions_by_language["en"].isChecked()
    assert saved_language() == "fr"


def test_main_window_switches_language(app: QApplication, qtbot, tmp_path: Path) -> None:
    from survey_app.gui.catalog_access import StaticCatalog
    from survey_app.gui.main_window import MainWindow
    from survey_app.storage.store import Store

    store = Store.open(tmp_path / "survey.db")
    try:
        window = MainWindow(store, StaticCatalog([]))
        qtbot.addWidget(window)
        assert window.file_menu.title() == "&File"
        assert window.start.heading.text() == "Responses"
        install_translators(app, "fr")
        assert window.file_menu.title() == "&Fichier"
        assert window.start.heading.text() == "Réponses"
        install_translators(app, "ar")
        assert window.isRightToLeft()
        assert window.start.heading.text() == "الردود"
        menu = getattr(window, "language_menu", None)
        if menu is not None:  # View > Language, added in main_window._build_menus
            assert menu.title() == "ال&لغة"
            assert menu.menuAction() in window.view_menu.actions()
        window.close()
    finally:
        store.close()


FORM = """\
questionnaire:
  id: lang_switch
  version: "1"
  title: Language switch
  default_language: en
  languages: [en, fr]
choice_lists:
  kinds:
    choices:
      - {value: ministry, label: Ministry}
      - {value: agency, label: Public agency}
parts:
  - id: p1
    title: Part one
    sections:
      - id: s1
        title: Section one
        items:
          - {id: since, type: date, label: Date of the strategy}
          - {id: kind, type: single_choice, choices: kinds, label: Kind of body}
          - {id: summary, type: long_text, label: Summary, word_limit: 5}
"""


def test_open_response_has_no_english_left_after_switching(app: QApplication, qtbot, tmp_path: Path) -> None:
    from survey_app.gui.catalog_access import StaticCatalog
    from survey_app.gui.main_window import MainWindow
    from survey_app.i18n import catalogues
    from survey_app.questionnaire.loader import load
    from survey_app.storage.api import State
    from survey_app.storage.store import Store

    path = tmp_path / "form.yaml"
    path.write_text(FORM, encoding="utf-8")
    questionnaire = load(path).questionnaire
    assert questionnaire is not None
    store = Store.open(tmp_path / "survey.db")
    try:
        response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                         language="en")
        window = MainWindow(store, StaticCatalog([questionnaire]))
        qtbot.addWidget(window)
        window.show()
        window.open_response(response.id)
        install_translators(app, "fr")
        english = {source for _context, source in catalogues.qt_source_texts() or set()}
        left = set()
        for child in window.findChildren(QWidget):
            if not child.isVisibleTo(window):
                continue
            for getter in ("text", "title", "toolTip", "accessibleName"):
                method = getattr(child, getter, None)
                try:
                    value = method() if callable(method) else None
                except TypeError:
                    continue
                if isinstance(value, str) and value in english:
                    left.add(f"{type(child).__name__}.{getter}: {value}")
        window.close()
        assert sorted(left) == []
    finally:
        store.close()
