"""The start screen on a real database: list, create, open, delete and undo, database files, questionnaires."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from survey_app.gui import database_actions
from survey_app.gui.catalog_access import StaticCatalog
from survey_app.gui.new_response_dialog import NewResponseDialog
from survey_app.gui.start_screen import ID_ROLE
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .conftest import card as card_of
from .conftest import answer_boxes, reopened_values


def table_rows(window) -> list[list[str]]:
    table = window.start.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def answer_dialog(qtbot, fill) -> None:
    """Call `fill(dialog)` on the next modal dialog as soon as it is shown."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        fill(dialog)

    QTimer.singleShot(0, run)


def test_responses_newest_first_with_progress(window, store, questionnaire) -> None:
    old = store.create_response(state=State("FRA", "France"), cycle=2022, questionnaire=questionnaire, language="en")
    new = store.create_response(state=State("DEU", "Germany"), cycle=2026, questionnaire=questionnaire, language="fr")
    store.set_answers(new.id, {"lead": "Ministry", "sectors": 3})
    window.refresh_start()
    rows = table_rows(window)
    assert [row[:2] for row in rows] == [["Germany", "2026"], ["France", "2022"]]
    # 'measures' is hidden until the status is at least "planned": 9 applicable items, 2 answered
    assert rows[0][4] == "22% (2 of 9)"
    assert rows[1][4] == "0% (0 of 9)"
    assert "Small survey" in rows[0][2] and "Draft" == rows[0][3]
    assert window.start.table.item(0, 0).data(ID_ROLE) == new.id


def test_start_screen_and_response_view_count_the_same(response_id, window, store) -> None:
    store.set_answers(response_id, {"lead": "Ministry", "status": "planned", "measures": {"selected": ["policy"]}})
    window.refresh_start()
    progress_cell = table_rows(window)[0][4]
    window.open_response(response_id)
    answered, applicable = window.session.progress()
    assert (answered, applicable) == (3, 10)  # 'measures' is shown now
    assert progress_cell == f"30% ({answered} of {applicable})"
    assert window.response_view.progress.text() == f"{answered} of {applicable} answered"


@pytest.mark.parametrize("typed, code, name", [("Germany", "DEU", "Germany"),
                                                ("Examplia Federation", None, "Examplia Federation")])
def test_create_a_response(qtbot, window, store, db_path, typed, code, name) -> None:
    def fill(dialog: NewResponseDialog) -> None:
        qtbot.keyClicks(dialog.state.lineEdit(), typed)
        dialog.cycle.setValue(2024)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    response = window.session.response
    assert (response.state.code, response.state.name, response.cycle, response.language) == (code, name, 2024, "fr")
    assert response.questionnaire_id == "small"
    assert window.stack.currentWidget() is window.response_view


def test_new_response_refuses_an_empty_state(qtbot, catalog) -> None:
    dialog = NewResponseDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "State" in dialog.error.text()


def test_open_a_response_by_keyboard(qtbot, response_id, window) -> None:
    window.start.table.setFocus()
    window.start.table.selectRow(0)
    qtbot.keyClick(window.start.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.response.id == response_id


def test_delete_asks_and_can_be_undone(qtbot, response_id, window, store, monkeypatch) -> None:
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    window.start.table.selectRow(0)
    window.start.delete_button.click()
    assert len(table_rows(window)) == 1  # cancelled: nothing deleted
    window.start.delete_button.click()
    assert table_rows(window) == [] and window.start.empty.isVisibleTo(window)
    assert store.is_deleted(response_id)
    assert window.undo_delete_button.isVisibleTo(window)
    window.undo_delete_button.click()
    assert not store.is_deleted(response_id)
    assert [row[0] for row in table_rows(window)] == ["France"]


def test_open_another_database(window, tmp_path, questionnaire, monkeypatch) -> None:
    other_path = tmp_path / "other.db"
    other = Store.open(other_path)
    other.create_response(state=State("ESP", "Spain"), cycle=2026, questionnaire=questionnaire, language="en")
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other_path), ""))
    window.a_open_db.trigger()
    assert Path(window.store.path) == other_path.absolute()
    assert [row[0] for row in table_rows(window)] == ["Spain"]
    assert str(other_path.absolute()) in window.start.database.full_text


def test_save_a_copy_and_restore_a_backup(response_id, window, store, db_path, tmp_path, monkeypatch) -> None:
    store.set_answer(response_id, "lead", "Ministry before the backup")
    copy = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.a_backup.trigger()
    assert reopened_values(copy, response_id)["lead"] == "Ministry before the backup"

    window.store.set_answer(response_id, "lead", "Ministry after the backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.a_restore.trigger()
    assert window.store is not None and window.store is not store
    assert window.store.values(response_id)["lead"] == "Ministry before the backup"
    assert table_rows(window)[0][0] == "France"


QUESTIONNAIRE_V2 = """\
questionnaire:
  id: small
  version: "2"
  title: Small survey
  default_language: en
  languages: [en]
parts:
  - id: p1
    title: General
    sections:
      - id: about
        title: About
        items:
          - {id: lead, type: short_text, label: Lead ministry}
"""


def test_add_a_newer_questionnaire(window, tmp_path, monkeypatch) -> None:
    from survey_app.questionnaire.catalog import Catalog

    window.catalog = Catalog.load()
    good = tmp_path / "small-2.yaml"
    good.write_text(QUESTIONNAIRE_V2, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    window.a_add_q.trigger()
    assert any(q.id == "small" and q.version == "2" for q in window.catalog.all())


def test_a_broken_questionnaire_shows_its_error(window, tmp_path, monkeypatch) -> None:
    from survey_app.questionnaire.catalog import Catalog

    window.catalog = Catalog.load()
    broken = tmp_path / "broken.yaml"
    broken.write_text(QUESTIONNAIRE_V2.replace("type: short_text", "type: shrot_text"), encoding="utf-8")
    shown: list[QMessageBox] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        box.accept()

    answer_dialog(None, read_and_close)
    assert database_actions.add_questionnaire(window, broken) is False
    text, informative, details = shown[0]
    assert "broken.yaml" in text
    assert "shrot_text" in informative + details
    assert not any(q.version == "2" for q in window.catalog.all() if q.id == "small")


def test_failed_questionnaires_are_listed(qtbot, store) -> None:
    from survey_app.gui.main_window import MainWindow

    catalog = StaticCatalog([], failures=["bad.yaml:3:5: Q010 unknown item type 'shrot_text'"])
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    assert window.start.failures.isVisibleTo(window)
    assert "shrot_text" in window.start.failures.toPlainText()


def test_markup_in_state_names_is_text(window, store, questionnaire) -> None:
    store.create_response(state=State(None, "<b>Bold</b> & co"), cycle=2026, questionnaire=questionnaire,
                          language="en")
    window.refresh_start()
    assert window.start.table.item(0, 0).text() == "<b>Bold</b> & co"  # table items never render markup


def test_the_demo_opens_from_the_start_screen(qtbot, window) -> None:
    from survey_app.questionnaire.catalog import Catalog

    window.catalog = Catalog.load()
    window.start.demo_button.click()
    rows = table_rows(window)
    assert [(row[0], row[1], row[3]) for row in rows] == [
        ("Republic of Examplia", "2026", "Draft"), ("Republic of Examplia", "2024", "Final"),
        ("Republic of Examplia", "2022", "Final")]
    window.start.table.selectRow(0)
    window.start.open_button.click()
    answered, applicable = window.session.progress()
    assert rows[0][4].endswith(f"({answered} of {applicable})")  # the same count on both screens
    assert window.response_view.progress.text() == f"{answered} of {applicable} answered"


def test_a_new_cycle_can_start_from_the_previous_answers(qtbot, store, response_id, window) -> None:
    store.set_answers(response_id, {"lead": "Ministry", "sectors": 4})

    def fill(dialog: NewResponseDialog) -> None:
        dialog.cycle.setValue(2025)  # before any France response: nothing to start from
        qtbot.keyClicks(dialog.state.lineEdit(), "France")
        assert not dialog.from_previous.isEnabled()
        dialog.cycle.setValue(2028)
        assert dialog.from_previous.isEnabled() and dialog.from_previous.isChecked()
        assert "2026" in dialog.from_previous.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    window.a_new.trigger()
    new = window.session.response
    assert (new.state.code, new.cycle, new.previous_id) == ("FRA", 2028, response_id)
    assert store.values(new.id) == {"lead": "Ministry", "sectors": 4}
    assert window.session.is_carried("lead")
    assert card_of(window, "lead").carried.isVisibleTo(window)


def test_starting_from_scratch_stays_possible(qtbot, store, response_id, window) -> None:
    store.set_answers(response_id, {"lead": "Ministry"})

    def fill(dialog: NewResponseDialog) -> None:
        qtbot.keyClicks(dialog.state.lineEdit(), "France")
        dialog.cycle.setValue(2028)
        dialog.from_previous.setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    window.a_new.trigger()
    assert store.values(window.session.response.id) == {}


def test_a_database_open_elsewhere_can_be_read(window, tmp_path, questionnaire, monkeypatch) -> None:
    other_path = tmp_path / "busy.db"
    busy = Store.open(other_path)  # another window holds it for writing
    try:
        response = busy.create_response(state=State("ESP", "Spain"), cycle=2026, questionnaire=questionnaire,
                                        language="en")
        busy.set_answer(response.id, "lead", "Ministerio")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other_path), ""))
        answer_boxes(monkeypatch, QMessageBox.StandardButton.Open)
        window.a_open_db.trigger()
        assert window.store.read_only
        assert "(read-only)" in window.start.database.full_text
        window.open_response(response.id)
        assert window.session.read_only
        lead = card_of(window, "lead")
        assert lead.editor.edit.text() == "Ministerio" and lead.editor.edit.isReadOnly()
    finally:
        window.close()
        busy.close()


def test_the_empty_start_screen_keeps_its_hint_and_buttons_together_at_the_top(qtbot, store, questionnaire) -> None:
    from survey_app.gui.main_window import MainWindow

    catalog = StaticCatalog([questionnaire], failures=["broken.yaml:3:1: Q101 unknown key 'titel'"])
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    start = window.start

    def top(widget) -> int:
        return widget.mapTo(start, widget.rect().topLeft()).y()

    def bottom(widget) -> int:
        return top(widget) + widget.height()

    assert start.empty.isVisible() and not start.table.isVisible()
    assert start.new_button.isVisible() and start.demo_button.isVisible()
    # nothing to open, delete or compare yet
    assert not any(b.isVisible() for b in (start.open_button, start.delete_button, start.compare_button))
    assert 0 <= top(start.buttons_area) - bottom(start.empty) <= 20  # the button right under the hint
    assert 0 <= top(start.failures_label) - bottom(start.buttons_area) <= 20
    assert 0 <= top(start.failures) - bottom(start.failures_label) <= 20
    assert bottom(start.failures) < start.height() / 2  # calm at the top, the rest left empty
    assert start.failures.height() < 200
