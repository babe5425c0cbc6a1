"""Errors as the user sees them: clear dialogs for known problems, a logged traceback for bugs.

Unexpected errors never close the application: `install_excepthook` writes the traceback to the log
file (`paths.log_file()`) and shows a dialog with the log's path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from survey_app import applog, paths
from survey_app.errors import Diagnostic, SurveyError
from survey_app.i18n.core import translator

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context
    return QCoreApplication.translate("", text)


def explain(exc: SurveyError | Diagnostic) -> tuple[str, str]:
    """(what happened, what to do) for a known error, in the interface language."""
    from survey_app.gui.i18n_qt import current_language

    diagnostic = exc.diagnostic if isinstance(exc, SurveyError) else exc
    return diagnostic.localized(translator(current_language()))


def message_of(exc: SurveyError | Diagnostic) -> str:
    """What happened, in the interface language (for a status line or a short dialog)."""
    return explain(exc)[0]


def full_text(exc: SurveyError) -> str:
    """What happened and what to do, in the interface language (for a dialog without details)."""
    what, fix = explain(exc)
    return f"{what}\n\n{tr('What to do: %1').replace('%1', fix)}" if fix else what


def show_error(parent: QWidget | None, title: str, exc: SurveyError) -> None:
    what, fix = explain(exc)
    from survey_app.gui.dialogs import plain_box

    box = plain_box(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent,
                    informative=tr("What to do: %1").replace("%1", fix) if fix else "")
    box.setDetailedText(tr("Error code: %1").replace("%1", exc.code))  # outside an f-string: lupdate finds it
    box.exec()


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    text = "".join(traceback.format_exception(kind, value, tb))  # shown to the user, in full
    applog.record(kind, value, tb)  # the log file gets it without messages that may quote answers
    if isinstance(value, SurveyError):
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), tr("Something went wrong"), value)
        return
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    from survey_app.gui.dialogs import plain_box

    box = plain_box(QMessageBox.Icon.Critical, tr("Unexpected error"),
                    tr("Something unexpected went wrong. Your answers saved so far are safe; "
                       "the application keeps running."),
                    QMessageBox.StandardButton.Ok, QApplication.activeWindow(),
                    informative=tr("Details were written to %1. Please send that file with your report.")
                    .replace("%1", str(paths.log_file())))
    box.setDetailedText(text[-4000:])
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = handle_exception
