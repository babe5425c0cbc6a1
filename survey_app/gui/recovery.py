"""A damaged database (S102), or one another program changed (S113: triggers, tables it added):
restore the newest healthy backup, or, when there is none, set the file aside and start a new empty
database, or open another file. The file is never deleted nor written to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from survey_app.errors import SurveyError
from survey_app.gui import dialogs
from survey_app.gui.errors import message_of, show_error

#: open_store(parent, path) of database_actions (passed in: the two modules would import each other)
OpenStore = Callable[[QWidget | None, Path], Any]


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context
    return QCoreApplication.translate("", text)


def offer_recovery(parent: QWidget | None, path: Path, exc: SurveyError, *, open_other: OpenStore) -> Any | None:
    """What the user can do with a damaged database; the store opened, or None."""
    from survey_app.storage import files

    backup = files.newest_healthy_backup(Path(path).absolute())
    if backup is not None:
        return _restore_newest(parent, path, backup, exc)
    box = dialogs.plain_box(
        QMessageBox.Icon.Warning, _title(exc),
        tr("%1 cannot be used, and no healthy backup of it was found.").replace("%1", str(path)),
        QMessageBox.StandardButton.Cancel, parent,
        informative=tr("You can set the damaged file aside (it is kept, renamed, never deleted) and start a new, "
                       "empty database in its place, or open another database file.") + "\n\n" + message_of(exc))
    start_new = box.addButton(tr("Set it aside and start a new database"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setDetailedText(tr("Error code: %1").replace("%1", exc.code))  # outside an f-string: lupdate finds it
    box.exec()
    chosen = box.clickedButton()
    if chosen is start_new:
        return _set_aside_and_start_new(parent, path)
    if chosen is other:
        name, _ = QFileDialog.getOpenFileName(parent, tr("Open a database"), str(Path(path).absolute().parent),
                                              tr("Survey databases (*.db *.sqlite);;All files (*)"))
        return open_other(parent, Path(name)) if name else None
    return None


def _title(exc: SurveyError) -> str:
    """What happened to the file, in the dialog's title."""
    from survey_app.storage import codes

    if exc.code == codes.FOREIGN_OBJECTS:
        return tr("The database was changed by another program")
    return tr("The database is damaged")


def _restore_newest(parent: QWidget | None, path: Path, backup: Path, exc: SurveyError) -> Any | None:
    from survey_app.storage import files
    from survey_app.storage.store import Store

    answer = dialogs.ask(
        parent, _title(exc),
        tr("%1 cannot be used.\n\nSet this file aside (it is kept, renamed) and "
           "restore the newest healthy backup (%2)? Changes made after that backup are not in it.")
        .replace("%1", str(path)).replace("%2", backup.name), informative=message_of(exc))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        recovery = files.set_aside_and_restore(Path(path))
        store = Store.open(path)
    except SurveyError as again:
        show_error(parent, tr("The backup could not be restored"), again)
        return None
    dialogs.inform(
        parent, tr("Backup restored"),
        tr("The file that could not be used was kept as %1. The database now holds the backup %2.")
        .replace("%1", str(recovery.set_aside))
        .replace("%2", recovery.restored_from.name if recovery.restored_from else "-"))
    return store


def _set_aside_and_start_new(parent: QWidget | None, path: Path) -> Any | None:
    from survey_app.storage import files
    from survey_app.storage.store import Store

    try:
        # with no healthy backup this only renames the file (and its side files)
        recovery = files.set_aside_and_restore(Path(path))
        store = Store.open(path)
    except SurveyError as again:
        show_error(parent, tr("Cannot open the database"), again)
        return None
    dialogs.inform(parent, tr("A new database was started"),
                   tr("The file that could not be used was kept as %1. A new, empty database was started in its place.")
                   .replace("%1", str(recovery.set_aside)))
    return store
