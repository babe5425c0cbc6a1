"""Edit › Remove personal data: the open response's sensitive answers go, after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from survey_app.gui import database_actions
from survey_app.gui.main_window import MainWindow
from survey_app.questionnaire.catalog import Catalog
from survey_app.storage.api import State

from .conftest import reopened_values
from .test_start_screen import answer_dialog


def press(button_text: str):
    def fill(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in dialog.buttons()]}")
    return fill


def test_personal_data_removed_only_when_confirmed(qtbot, store, db_path) -> None:
    catalog = Catalog.load()
    nsi = catalog.get("nsi")
    response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=nsi, language="en")
    store.set_answer(response.id, "contact_email", "agent@example.org")
    store.set_answer(response.id, "lead_ministry", "Ministère de l'Europe et des Affaires étrangères")
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    assert not window.a_purge.isEnabled()  # no response open
    assert window.open_response(response.id) and window.a_purge.isEnabled()

    answer_dialog(qtbot, press("Cancel"))
    assert database_actions.purge_personal_data(window) is False
    assert reopened_values(db_path, response.id)["contact_email"] == "agent@example.org"

    notices: list[str] = []

    def close_notice() -> None:  # the notice that follows says what was removed and what was not
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox) or dialog.windowTitle() != "Personal data removed":
            QTimer.singleShot(20, close_notice)
            return
        notices.append(dialog.text())
        dialog.accept()

    answer_dialog(qtbot, press("Remove personal data"))
    QTimer.singleShot(0, close_notice)
    assert database_actions.purge_personal_data(window) is True
    assert "Answers removed: 1." in notices[0] and "still hold the data" in notices[0]
    values = reopened_values(db_path, response.id)
    assert "contact_email" not in values and values["lead_ministry"].startswith("Ministère")
    assert store.history(response.id, "contact_email") == []
    assert window.session.value("contact_email") in (None, "")  # the form was reloaded
    window.a_undo.trigger()  # no undo step brings the value back
    assert "contact_email" not in reopened_values(db_path, response.id)


def test_personal_data_left_in_backups_by_an_interrupted_removal_is_offered_for_removal(qtbot, store, db_path) -> None:
    """The response itself is clean (a removal was killed before the backups were cleaned): the
    menu must not say "no personal data" while a backup still holds it."""
    from survey_app.storage import files, purge

    catalog = Catalog.load()
    nsi = catalog.get("nsi")
    response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=nsi, language="en")
    store.set_answer(response.id, "contact_email", "agent@example.org")
    store.backup()
    with store.db.atomic():  # what the killed removal had done: the database only
        purge._purge_rows(store.db.conn, response.id, [item.id for item in nsi.personal_items()])
    [backup] = files.list_backups(db_path)
    assert store.personal_data_elsewhere(response.id, nsi) == [backup]
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    assert window.open_response(response.id)
    texts: list[str] = []

    def remove(dialog) -> None:
        texts.append(dialog.informativeText())
        press("Remove personal data")(dialog)

    def close_notice() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox) or dialog.windowTitle() != "Personal data removed":
            QTimer.singleShot(20, close_notice)
            return
        dialog.accept()

    answer_dialog(qtbot, remove)
    QTimer.singleShot(0, close_notice)
    assert database_actions.purge_personal_data(window) is True
    assert "these copies of the database still do" in texts[0] and backup.name in texts[0]
    assert store.personal_data_elsewhere(response.id, nsi) == []
