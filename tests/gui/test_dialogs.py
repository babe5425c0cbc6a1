"""Dialogs show what users typed as text, never as markup; the new response, history and search
dialogs on real data."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from survey_app.gui.history_dialog import HistoryDialog
from survey_app.gui.new_response_dialog import NewResponseDialog
from survey_app.gui.search_dialog import SearchDialog, snippet
from survey_app.storage.api import State

GUI = Path(__file__).resolve().parents[2] / "survey_app" / "gui"
MARKUP = "<b>Bold</b> &amp; <i>State</i>"


def test_no_message_box_of_the_gui_interprets_markup() -> None:
    """The static helpers (QMessageBox.question/…) render AutoText: every box goes through dialogs.py."""
    found = []
    for path in GUI.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m.group(0)}" for m in
                  re.finditer(r"QMessageBox\.(question|warning|information|critical|about)\(", text)]
        if path.name != "dialogs.py":
            found += [f"{path.name}: QMessageBox(" for _ in re.finditer(r"(?<![\w.])QMessageBox\(", text)]
    assert found == []


def test_the_delete_question_shows_a_state_name_with_markup_as_text(qtbot, store, questionnaire, window) -> None:
    response = store.create_response(state=State(None, MARKUP), cycle=2026, questionnaire=questionnaire,
                                     language="en")
    window.refresh_start()
    seen: list[tuple[str, Qt.TextFormat, str]] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((box.text(), label.textFormat(), label.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, read_and_cancel)
    window.delete_response(response.id)
    assert len(seen) == 1
    text, text_format, shown = seen[0]
    assert MARKUP in text and MARKUP in shown
    assert text_format == Qt.TextFormat.PlainText
    assert not store.is_deleted(response.id)  # cancelled


def test_an_error_box_shows_a_path_with_markup_as_text(qtbot, window, tmp_path) -> None:
    from survey_app.gui import database_actions

    folder = tmp_path / "<b>odd<b> &amp;"
    folder.mkdir()
    not_a_database = folder / "notes.db"
    not_a_database.write_text("plain text, not SQLite", encoding="utf-8")
    seen: list[tuple[str, list[Qt.TextFormat]]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        formats = [label.textFormat() for label in box.findChildren(QLabel)
                   if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel")]
        seen.append((box.text(), formats))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    assert database_actions.open_store(window, not_a_database) is None
    assert seen and "<b>odd<b> &amp;" in seen[0][0]
    assert seen[0][1] and all(f == Qt.TextFormat.PlainText for f in seen[0][1])


# -- new response ---------------------------------------------------------------------------------
def nsi_catalog():
    from survey_app.gui.catalog_access import StaticCatalog
    from survey_app.questionnaire.catalog import Catalog

    real = Catalog.load()
    return StaticCatalog([real.get("sg-views"), real.get("nsi")])


def test_new_response_follows_the_interface_language_and_offers_the_nsi_first(qtbot) -> None:
    from survey_app.gui.catalog_access import translate

    catalog = nsi_catalog()
    dialog = NewResponseDialog(catalog, language="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_questionnaire().id == "nsi"  # not whatever sorts first
    french_title = translate(catalog.get("nsi"), "fr").title
    assert french_title != "National Survey of Implementation"
    assert dialog.questionnaire.currentText() == f"{french_title} (2026.1)"
    assert dialog.language.currentData() == "fr"
    assert "Allemagne" in dialog.state_names and "Germany" not in dialog.state_names
    # the label and the title are not cut: the combo never asks for more than the dialog has
    assert dialog.questionnaire.width() <= dialog.width()
    label = dialog.layout().itemAt(1).layout().labelForField(dialog.questionnaire)
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))


def test_new_response_says_what_a_typed_name_becomes(qtbot) -> None:
    dialog = NewResponseDialog(nsi_catalog(), language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.state.lineEdit(), "Fran")
    dialog.state.completer().popup().hide()
    assert "custom name" in dialog.state_hint.text() and "France" in dialog.state_hint.text()  # did you mean
    assert dialog.selected_state().code is None
    qtbot.keyClicks(dialog.state.lineEdit(), "ce")
    assert dialog.state_hint.text() == "Member State: \u2068France\u2069"
    assert dialog.selected_state().code == "FRA"
    dialog.state.lineEdit().clear()
    qtbot.keyClicks(dialog.state.lineEdit(), "Deutschland")
    assert "will be recorded as the custom name" in dialog.state_hint.text()
    # completion offers Member States in the interface language
    french = NewResponseDialog(nsi_catalog(), language="fr")
    qtbot.addWidget(french)
    french.state.completer().setCompletionPrefix("Allem")
    assert french.state.completer().currentCompletion() == "Allemagne"


def test_the_window_passes_the_interface_language_to_the_new_response_dialog(qtbot, qapp, window) -> None:
    from survey_app.gui.i18n_qt import install_translators

    install_translators(qapp, "ar")
    try:
        seen: list[str] = []

        def read_and_cancel() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, NewResponseDialog):
                QTimer.singleShot(20, read_and_cancel)
                return
            seen.append(dialog.interface_language)
            seen.extend(dialog.state_names)
            dialog.reject()

        QTimer.singleShot(0, read_and_cancel)
        window.new_response()
        assert seen[0] == "ar"
        arabic = [name for name in seen[1:] if any("\u0600" <= char <= "\u06ff" for char in name)]
        assert len(arabic) > 150  # the States named in Arabic
    finally:
        install_translators(qapp, "en")


# -- history ---------------------------------------------------------------------------------------
def test_history_shows_the_time_and_the_whole_selected_text(qtbot, opened) -> None:
    start = "The national strategy covers " * 6
    opened.session.set_value("summary", start + "the first version.")
    opened.session.set_value("summary", start + "the second version.\nWith a second paragraph.")
    opened.session.set_value("summary", "نص باللغة العربية")
    dialog = HistoryDialog(opened.session, "summary", opened)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    when = table.item(0, 0).text().strip("\u2066\u2069")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", when)
    # the When column shows the whole date and time
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(table.item(0, 0).text())
    # newest first, selected, shown whole in the preview, right to left for Arabic
    assert dialog.preview.toPlainText() == "نص باللغة العربية"
    assert dialog.preview.isReadOnly()
    assert dialog.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    table.selectRow(1)
    assert dialog.preview.toPlainText() == start + "the second version.\nWith a second paragraph."
    assert dialog.preview.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "\n" not in table.item(1, 3).text()  # one line in the table


# -- search ----------------------------------------------------------------------------------------
def test_search_shows_the_words_found_in_a_long_answer(qtbot, opened) -> None:
    text = "Background. " * 30 + "The national CERT\ncoordinates the response. " + "More. " * 30
    opened.session.set_value("summary", text)
    dialog = SearchDialog(opened.session, opened)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "national cert")
    shown = dialog.results.item(0).text()
    answer_line = shown.splitlines()[-1]
    assert "The national CERT coordinates the response." in answer_line  # one line, newline replaced
    assert "…" in answer_line
    assert len(answer_line) < 200


def test_snippet_keeps_short_texts_and_marks_cuts() -> None:
    assert snippet("Short\nanswer", "answer") == "Short answer"
    long_text = "word " * 80 + "needle " + "tail " * 80
    cut = snippet(long_text, "NEEDLE")
    assert cut.startswith("…") and cut.endswith("…") and "needle" in cut
