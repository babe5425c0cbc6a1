"""Whole-database actions: open another file, save a copy, restore a backup, add a questionnaire,
open the demo. Known problems become dialogs that say what to do; nothing is destroyed unasked.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from survey_app.errors import Diagnostic, SurveyError
from survey_app.gui import dialogs
from survey_app.gui.catalog_access import add_file
from survey_app.gui.errors import message_of, show_error

if TYPE_CHECKING:
    from survey_app.gui.main_window import MainWindow
    from survey_app.storage.store import PurgeResult

log = logging.getLogger(__name__)

DAMAGED = "S102"
ALREADY_OPEN = "S104"
NOT_SQLITE = "S101"
#: objects another program added to the file (triggers, tables): treated as damaged, never written to
FOREIGN_OBJECTS = "S113"
#: the file or its folder cannot be written (raised by Store.open for a file the user may only read)
CANNOT_WRITE = "S111"


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context
    return QCoreApplication.translate("", text)


def open_store(parent: QWidget | None, path: Path) -> Any | None:
    """Open a database for editing, handling what the user can act on; None when not opened."""
    from survey_app.storage.store import Store

    try:
        store = Store.open(path)
    except SurveyError as exc:
        if exc.code in (DAMAGED, FOREIGN_OBJECTS):
            from survey_app.gui.recovery import offer_recovery

            return offer_recovery(parent, path, exc, open_other=open_store)
        if exc.code in (ALREADY_OPEN, CANNOT_WRITE):
            return _offer_read_only(parent, path, exc)
        show_error(parent, tr("Cannot open the database"), exc)
        return None
    for warning in getattr(store, "warnings", []) or []:
        dialogs.inform(parent, tr("Please note"),
                       message_of(warning) if isinstance(warning, Diagnostic) else str(warning))
    return store


def _offer_read_only(parent: QWidget | None, path: Path, exc: SurveyError) -> Any | None:
    """The file cannot be opened for writing (open elsewhere, or not writable): offer to look at it."""
    from survey_app.storage.store import Store

    if exc.code == CANNOT_WRITE:
        title = tr("The database cannot be changed")
        text = tr("%1 cannot be changed: the file or its folder cannot be written. Open it read-only here "
                  "(you can look but not change anything)?")
    else:
        title = tr("The database is already open")
        text = tr("%1 is open in another window or program. Open it read-only here (you can look but "
                  "not change anything)?")
    answer = dialogs.ask(parent, title, text.replace("%1", str(path)),
                         QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        return Store.open(path, read_only=True)
    except SurveyError as again:
        show_error(parent, tr("Cannot open the database"), again)
    return None


def open_database(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(window, tr("Open a database"), str(Path(window.store.path).parent),
                                          tr("Survey databases (*.db *.sqlite);;All files (*)"))
    if not name:
        return
    if Path(name).absolute() == Path(window.store.path).absolute():
        return
    store = open_store(window, Path(name))
    if store is not None:
        window.replace_store(store)


def save_copy(window: MainWindow, dest: Path | None = None) -> Path | None:
    if dest is None:
        suggestion = Path(window.store.path).with_name(Path(window.store.path).stem + "-copy.db")
        name, _ = QFileDialog.getSaveFileName(window, tr("Save a copy of the database"), str(suggestion),
                                              tr("Survey databases (*.db)"))
        if not name:
            return None
        dest = Path(name)
    if window.response_view is not None:
        window.response_view.flush()
    try:
        result = window.store.backup(dest)
    except SurveyError as exc:
        show_error(window, tr("The copy was not saved"), exc)
        return None
    window.statusBar().showMessage(tr("Copy saved to %1").replace("%1", str(result)), 10000)
    return result


def restore_backup(window: MainWindow, backup: Path | None = None) -> bool:
    from survey_app.storage import files
    from survey_app.storage.store import Store

    target = Path(window.store.path)
    if backup is None:
        folder = files.backups_dir(target.absolute())
        name, _ = QFileDialog.getOpenFileName(window, tr("Restore a backup"),
                                              str(folder if folder.is_dir() else target.parent),
                                              tr("Survey databases (*.db);;All files (*)"))
        if not name:
            return False
        backup = Path(name)
        answer = dialogs.ask(
            window, tr("Restore a backup"),
            tr("Replace the current database with the backup %1?\nA copy of the current database is kept "
               "in the backups folder first, so this can be undone.").replace("%1", backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
    window.close_response()
    window.store.close()
    window.store = None
    try:
        safety = Store.restore_backup(backup, target)
    except SurveyError as exc:
        show_error(window, tr("The backup was not restored"), exc)
        safety = None
        restored = False
    else:
        restored = True
    store = open_store(window, target)
    if store is None:
        return False
    window.replace_store(store)
    if restored:
        message = tr("Backup restored.")
        if safety is not None:
            message += " " + tr("The previous database was kept as %1.").replace("%1", str(safety))
        window.statusBar().showMessage(message, 15000)
    return restored


def add_questionnaire(window: MainWindow, path: Path | None = None) -> bool:
    if path is None:
        name, _ = QFileDialog.getOpenFileName(window, tr("Add a questionnaire file"), "",
                                              tr("Questionnaire files (*.yaml *.yml)"))
        if not name:
            return False
        path = Path(name)
    errors = add_file(window.catalog, path)
    if errors:
        box = dialogs.plain_box(QMessageBox.Icon.Warning, tr("The questionnaire was not added"),
                                tr("The file %1 has problems; fix them and add it again.").replace("%1", path.name),
                                QMessageBox.StandardButton.Ok, window, informative="\n".join(errors[:3]))
        box.setDetailedText("\n\n".join(errors))
        box.exec()
        return False
    window.statusBar().showMessage(tr("Questionnaire added: %1").replace("%1", path.name), 10000)
    window.refresh_start()
    return True


DEMO_QUESTIONNAIRE = "nsi"


def open_demo(window: MainWindow) -> bool:
    """Add the fictional demo responses (Republic of Examplia) to the current database and show them."""
    from survey_app.storage.demo import add_demo

    if window.response_view is not None:
        window.response_view.flush()
    try:
        add_demo(window.store, window.catalog.get(DEMO_QUESTIONNAIRE))
    except SurveyError as exc:
        show_error(window, tr("The demo could not be added"), exc)
        return False
    window.show_start()
    window.statusBar().showMessage(tr("The demo responses (Republic of Examplia) are in this database."), 10000)
    return True


def purge_personal_data(window: MainWindow) -> bool:
    """Edit › Remove personal data: the answers to sensitive questions of the open response, their
    history and notes, here and in the automatic backups, after the user confirms."""
    session = window.session
    if session is None or window.store is None:
        return False
    response = session.response
    items = window.store.held_personal_items(response.id, session.questionnaire)
    elsewhere = window.store.personal_data_elsewhere(response.id, session.questionnaire) if not items else []
    if not items and not elsewhere:
        dialogs.inform(window, tr("No personal data"),
                       tr("This response holds no answers to questions marked as personal data."))
        return False
    names = "\n".join(f"• {item.label}" for item in items) or (
        # an earlier removal was interrupted after the response itself was cleaned
        tr("The response holds none any more, but these copies of the database still do:") + "\n"
        + "\n".join(f"• {path.name}" for path in elsewhere))
    box = dialogs.plain_box(QMessageBox.Icon.Warning, tr("Remove personal data"),
                            tr("Remove these answers, their history and notes from this response and from every "
                               "automatic backup? This cannot be undone."),
                            QMessageBox.StandardButton.Cancel, window, informative=names)
    remove = box.addButton(tr("Remove personal data"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not remove:
        return False
    if window.response_view is not None:
        window.response_view.flush()  # a contact being typed is personal data too
    try:
        result = window.store.purge_sensitive(response.id, [item.id for item in session.questionnaire.personal_items()])
    except SurveyError as exc:
        show_error(window, tr("Could not remove the personal data"), exc)
        return False
    window.open_response(response.id)  # a new session: no undo step can bring the values back
    dialogs.inform(
        window, tr("Personal data removed"),
        tr("Answers removed: %1. Earlier values removed: %2. Automatic backups cleaned: %3. Copies saved "
           "elsewhere (exported files, copies of the database you saved yourself) still hold the data: "
           "delete them too.").replace("%1", str(result.answers_removed))
        .replace("%2", str(result.history_removed)).replace("%3", str(len(result.backups_rewritten))),
        informative=_purge_leftovers_text(result))
    return True


def _purge_leftovers_text(result: PurgeResult) -> str:
    """What else the purge found in the backups folder: unfinished backups (deleted) and files it
    could neither clean nor delete (they still hold the data)."""
    lines = []
    if result.partials_deleted:
        lines.append(tr("Unfinished backup files (from a backup that was interrupted) deleted: %1.")
                     .replace("%1", str(len(result.partials_deleted))))
    if result.not_removed:
        lines.append(tr("These files could be neither cleaned nor deleted and still hold the data; delete them "
                        "yourself: %1").replace("%1", ", ".join(str(path) for path in result.not_removed)))
    return "\n\n".join(lines)
