"""The agency's side of a contribution (docs/contributions.md): open a request received from the lead
ministry (a workspace in this database), answer the questions asked, and return the reply file.

`open_contribution` and `return_to_lead` are the Contributions menu's actions (gui/main_window.py);
the form shows the questions not asked as context, read-only (`ResponseSession.is_editable`), and
the banner above it names the lead and the due date (gui/read_only_banner.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from survey_app import limits
from survey_app.contributions import fileformat, merge, service
from survey_app.errors import SurveyError
from survey_app.gui import rules
from survey_app.gui.contribution_files import (
    EncryptionFields,
    choose_file_to_open,
    choose_file_to_save,
    read_contribution,
    suggested_name,
)
from survey_app.gui.errors import message_of, show_error, tr
from survey_app.gui.read_only_banner import lead_name
from survey_app.storage import contributions
from survey_app.storage.api import ResponseSummary

if TYPE_CHECKING:
    from survey_app.gui.main_window import MainWindow
    from survey_app.gui.session import ResponseSession
    from survey_app.storage.contributions import Workspace
    from survey_app.storage.store import Store

log = logging.getLogger(__name__)

# how long the status bar shows what was done (ms)
STATUS_MS = 15000


# -- opening a request -------------------------------------------------------------------------------
def open_contribution(window: MainWindow, path: Path | None = None) -> int | None:
    """Open a request file received from the lead: the workspace answering it is created in this
    database (or found, when the request was opened before) and shown. Returns its response id, or
    None when the user cancelled or the file cannot be used (already said; nothing created)."""
    if window.store is None:
        return None
    if window.store.read_only:  # e.g. a file double-clicked while the application is open already
        from survey_app.gui import dialogs

        dialogs.warn(window, tr("Open a contribution received"),
                     tr("This database is open read-only, perhaps because the application is already open with it. "
                        "Open the file in the window where the database is open for editing, with Contributions › "
                        "Open a contribution received…"))
        return None
    if path is None:
        path = choose_file_to_open(window, tr("Open a contribution received"))
        if path is None:
            return None
    path = Path(path)
    document = read_contribution(window, path)
    if document is None:
        return None
    if window.response_view is not None:
        window.response_view.flush()  # the open response's last edit, before another is shown
    from survey_app.gui.i18n_qt import current_language

    try:
        response, created = service.open_request(window.store, document, window.catalog, name=path.name,
                                                 language=current_language())
    except SurveyError as exc:
        _show_open_error(window, exc)
        return None
    if not window.open_response(response.id):
        return None
    if created:
        text = tr("Contribution opened from “%1”: answer the questions asked, then choose Return to lead.")
    else:
        text = tr("“%1” was opened before: your answers are as you left them.")
    window.statusBar().showMessage(text.replace("%1", path.name), STATUS_MS)
    return response.id


def _show_open_error(window: QWidget, exc: SurveyError) -> None:
    """The error, and for a file whose values were refused every problem in the details."""
    if not isinstance(exc, service.ContributionRejected):
        show_error(window, tr("The contribution was not opened"), exc)
        return
    from survey_app.gui import dialogs
    from survey_app.gui.errors import explain

    what, fix = explain(exc)
    box = dialogs.plain_box(QMessageBox.Icon.Warning, tr("The contribution was not opened"), what,
                            QMessageBox.StandardButton.Ok, window,
                            informative=tr("What to do: %1").replace("%1", fix) if fix else "")
    problems = [message_of(problem) for problem in exc.problems[:50]]
    box.setDetailedText("\n".join([tr("Error code: %1").replace("%1", exc.code), *problems]))
    box.exec()


# -- returning the reply -------------------------------------------------------------------------------
class ReturnDialog(QDialog):
    """The questions the lead asked, whether each is answered, a note for the lead on any of them
    (saved as typed), and whether to encrypt the reply."""

    def __init__(self, session: ResponseSession, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workspace = workspace
        questionnaire = session.questionnaire
        self.items = [questionnaire.item(i) for i in workspace.asked if questionnaire.has_item(i)]
        lead = lead_name(workspace.request.get("lead") or {}) or self.tr("the lead ministry")
        self.setWindowTitle(self.tr("Return to lead"))
        self.setMinimumWidth(max(600, self.fontMetrics().averageCharWidth() * 80))
        box = QVBoxLayout(self)
        answered = sum(1 for item in self.items if session.is_answered(item))
        sent = workspace.request.get("base") if isinstance(workspace.request.get("base"), dict) else {}
        values = session.values()
        # item id -> changed here since the lead sent it (an answer returned as it came is not a review)
        self.changed = {item.id: not merge.same_value(values.get(item.id), sent.get(item.id)) for item in self.items}
        self.summary = _plain_label(
            self.tr("Questions %2 asked your agency: %1. Answered: %3; changed by your agency: %4. Your answers "
                    "are written to a file for you to send back, each with a note for the lead if you write one.")
            .replace("%1", str(len(self.items))).replace("%2", rules.isolate(lead)).replace("%3", str(answered))
            .replace("%4", str(sum(self.changed.values()))),
            self)
        box.addWidget(self.summary)
        if workspace.returned_at:
            earlier = _plain_label(self.tr("Returned before on %1; the new file replaces it.")
                                   .replace("%1", rules.isolate_ltr(workspace.returned_at[:16].replace("T", " "))),
                                   self, name="muted")
            box.addWidget(earlier)

        rows = QWidget(self)
        rows_box = QVBoxLayout(rows)
        rows_box.setContentsMargins(0, 0, 8, 0)
        # item id -> the note field of its question
        self.notes: dict[str, QLineEdit] = {}
        # item id -> "Answered" / "Not answered"
        self.states: dict[str, QLabel] = {}
        for item in self.items:
            row = QFrame(rows)
            row.setObjectName("itemCard")
            row_box = QVBoxLayout(row)
            row_box.setContentsMargins(10, 8, 10, 8)
            row_box.setSpacing(4)
            row_box.addWidget(_plain_label(item.label, row, name="itemLabel"))
            if not session.is_answered(item):
                said = self.tr("Not answered")
            elif self.changed[item.id]:
                said = self.tr("Changed by your agency")
            else:
                said = self.tr("As the lead sent it (not changed)")
            state = _plain_label(said, row, name="muted")
            self.states[item.id] = state
            row_box.addWidget(state)
            note = QLineEdit(row)
            note.setPlaceholderText(self.tr("Note for the lead (optional)"))
            note.setAccessibleName(self.tr("Note for the lead: %1").replace("%1", item.label))
            note.setText(workspace.reply_notes.get(item.id, ""))
            note.setMaxLength(limits.CONTRIBUTION_MESSAGE_CHARS)
            note.editingFinished.connect(lambda item_id=item.id: self.save_note(item_id))
            self.notes[item.id] = note
            row_box.addWidget(note)
            rows_box.addWidget(row)
        rows_box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(scroll, 1)

        self.encryption = EncryptionFields(self)
        # personal data (names, contact details) leaves the ministry encrypted unless the user says not
        self.personal = any(item.is_personal for item in self.items)
        # as the request came (encrypted requests ask for an encrypted reply)
        self.encryption.encrypt.setChecked(self.personal or workspace.request.get("encrypt_reply") is True)
        box.addWidget(self.encryption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Write the reply file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.passphrase: str | None = None
        self.resize(self.minimumWidth(), 560)

    def save_note(self, item_id: str) -> bool:
        text = self.notes[item_id].text().strip()
        if text == self.workspace.reply_notes.get(item_id, ""):
            return True
        try:
            contributions.set_reply_note(self.session.store, self.session.response.id, item_id, text)
        except SurveyError as exc:
            show_error(self, self.tr("The note was not saved"), exc)
            return False
        self.workspace = service.workspace_of(self.session.store, self.session.response.id)
        return True

    def accept(self) -> None:
        """Notes saved and the passphrase checked; the dialog stays open to correct either."""
        if not all(self.save_note(item_id) for item_id in self.notes):
            return
        try:
            self.passphrase = self.encryption.passphrase()
        except SurveyError as exc:
            show_error(self, self.tr("The passphrase cannot be used"), exc)
            self.encryption.first.setFocus()
            return
        super().accept()


def _plain_label(text: str, parent: QWidget, *, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def return_to_lead(window: MainWindow) -> Path | None:
    """Write the reply of the open workspace to a file the user chooses (as often as wanted: the
    lead merges the newest). Returns the file written, or None."""
    session = window.session
    if session is None or not session.response.is_contribution:
        return None
    if window.response_view is not None:
        window.response_view.flush()
    if session.pending is not None and not session.retry():  # an edit the reply would leave out
        window.update_status()
        from survey_app.gui import dialogs

        dialogs.warn(window, tr("Return to lead"),
                     tr("Your last edit is not saved yet: %1\nSave it (Retry) before returning the answers.")
                     .replace("%1", session.save_reason))
        return None
    store = session.store
    try:
        workspace = service.workspace_of(store, session.response.id)
    except SurveyError as exc:
        show_error(window, tr("The answers were not returned"), exc)
        return None
    dialog = ReturnDialog(session, workspace, window)
    if not dialog.exec():
        return None
    r = session.response
    path = choose_file_to_save(window, tr("Return to lead"),
                               suggested_name(workspace.request.get("agency") or "", r.state.name, str(r.cycle)))
    if path is None:
        return None
    try:
        document = service.make_reply(store, r.id)
        fileformat.write(document, path, dialog.passphrase)
        service.returned(store, r.id, document)
    except SurveyError as exc:
        show_error(window, tr("The answers were not returned"), exc)
        return None
    lead = lead_name(workspace.request.get("lead") or {}) or tr("the lead ministry")
    window.statusBar().showMessage(tr("Reply written to “%1”: send it to %2.").replace("%1", path.name)
                                   .replace("%2", rules.isolate(lead)), STATUS_MS)
    return path


# -- the start screen ---------------------------------------------------------------------------------
def workspace_leads(store: Store, summaries: list[ResponseSummary]) -> dict[int, str]:
    """Response id -> who asked (the lead ministry), for the workspaces among `summaries`."""
    leads: dict[int, str] = {}
    for summary in summaries:
        if summary.response.is_contribution:
            found = contributions.workspace(store, summary.response.id)
            request: dict[str, Any] = found.request if found is not None else {}
            leads[summary.response.id] = lead_name(request.get("lead") or {})
    return leads


__all__ = ["ReturnDialog", "open_contribution", "return_to_lead", "workspace_leads"]
