"""The history of one answer (with restore) and the private drafting note of an item."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app.errors import SurveyError
from survey_app.gui import dialogs, rules
from survey_app.gui.errors import message_of, tr
from survey_app.gui.item_widgets import set_text_direction
from survey_app.gui.session import ResponseSession
from survey_app.storage.api import HistoryEntry

log = logging.getLogger(__name__)


class HistoryDialog(QDialog):
    def __init__(self, session: ResponseSession, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item = session.questionnaire.item(item_id)
        self.restored = False
        self.setWindowTitle(self.tr("History: %1").replace("%1", self.item.label[:60]))
        self.resize(820, 560)
        box = QVBoxLayout(self)
        title = QLabel(self.item.label, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        box.addWidget(title)
        self.entries = session.store.history(session.response.id, item_id)
        #: the answer of each row as text (newest first, as the table shows them)
        self.texts = [rules.display_text(self.item, entry.new_value) for entry in reversed(self.entries)]
        self.table = QTableWidget(len(self.entries), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Why"), self.tr("Answer")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Earlier answers"))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):  # the date and time in full ("2026-12-01 …" hid the time)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # newest first for reading
        #: where each row's answer came from, when it came from a contribution ("" otherwise)
        self.origins = [origin_text(entry) for entry in reversed(self.entries)]
        for row, entry in enumerate(reversed(self.entries)):
            shown = " ".join(self.texts[row].split()) or self.tr("(no answer)")  # one line in the table
            when = rules.isolate_ltr(entry.changed_at[:19].replace("T", " "))
            why = reason_text(entry)
            for column, text in enumerate((when, entry.changed_by or "", why, shown)):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setToolTip(self.texts[row][:2000])
                elif column == 2 and self.origins[row]:
                    cell.setToolTip(self.origins[row])
                self.table.setItem(row, column, cell)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        # where the selected answer came from (a contribution of another agency), above its text
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        self.origin = QLabel(lower)
        self.origin.setObjectName("historyOrigin")
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin.hide()
        lower_box.addWidget(self.origin)
        # the whole text of the selected version: the table shows only its start, and versions of a
        # long answer often start alike
        self.preview = QPlainTextEdit(lower)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("historyPreview")
        self.preview.setAccessibleName(self.tr("The selected answer in full"))
        self.preview.setTabChangesFocus(True)
        lower_box.addWidget(self.preview, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        box.addWidget(splitter, 1)
        if not self.entries:
            self.preview.hide()
            box.addWidget(QLabel(self.tr("No earlier answers."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore this answer"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected answer"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        box.addWidget(buttons)
        if self.entries:
            self.table.selectRow(0)  # the newest, so the preview shows something at once

    def selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return min(rows) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        # a question shown as context in an agency's workspace cannot be changed, not even restored
        self.restore_button.setEnabled(row is not None and self.session.is_editable(self.item.id))
        origin = self.origins[row] if row is not None else ""
        self.origin.setText(origin)
        self.origin.setVisible(bool(origin))
        text = self.texts[row] if row is not None else ""
        self.preview.setPlainText(text or (self.tr("(no answer)") if row is not None else ""))
        set_text_direction(self.preview, text, self)  # an Arabic answer in an English interface too

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        entry = list(reversed(self.entries))[row]
        try:
            self.session.restore(entry.id, self.item.id)
        except SurveyError as exc:
            dialogs.warn(self, self.tr("Could not restore"), message_of(exc))
            return
        self.restored = True
        self.accept()


def reason_text(entry: HistoryEntry) -> str:
    """The "Why" of a history row: a contribution said in words, other reasons as recorded."""
    if entry.reason == "contribution":
        agency = _source(entry).get("agency")
        return (tr("Contribution from %1").replace("%1", rules.isolate(agency)) if isinstance(agency, str) and agency
                else tr("Contribution from another agency"))
    if entry.reason == "contribution_base":
        return tr("Received with the lead's request")
    return entry.reason


def origin_text(entry: HistoryEntry) -> str:
    """Where an answer merged from a contribution came from, in a sentence: "Contribution from
    Ministry of Justice (answered by Ana Ruiz), request of 2027-02-03, returned 2027-02-20"."""
    if entry.reason == "contribution_base":
        return tr("Received with the lead's request")
    if entry.reason != "contribution":
        return ""
    source = _source(entry)

    def field(key: str, limit: int = 200) -> str:
        value = source.get(key)
        return " ".join(value.split())[:limit] if isinstance(value, str) else ""

    agency, answered_by = field("agency"), field("answered_by")
    text = (tr("Contribution from %1").replace("%1", rules.isolate(agency)) if agency
            else tr("Contribution from another agency"))
    if answered_by:
        text = tr("%1 (answered by %2)").replace("%2", rules.isolate(answered_by)).replace("%1", text)
    requested, returned = field("requested")[:10], field("returned")[:10]
    if requested:
        text = tr("%1, request of %2").replace("%2", rules.isolate_ltr(requested)).replace("%1", text)
    if returned:
        text = tr("%1, returned %2").replace("%2", rules.isolate_ltr(returned)).replace("%1", text)
    return text


def _source(entry: HistoryEntry) -> dict[str, Any]:
    """`HistoryEntry.source` read; an empty or damaged one gives {} (the answer is shown anyway)."""
    if not entry.source:
        return {}
    try:
        found = json.loads(entry.source)
    except ValueError:
        log.warning("history %s: the source of a contributed answer cannot be read", entry.id)
        return {}
    return found if isinstance(found, dict) else {}


class NoteDialog(QDialog):
    """A private drafting note: kept in the database, never exported."""

    def __init__(self, session: ResponseSession, item_id: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        item = session.questionnaire.item(item_id)
        self.setWindowTitle(self.tr("Private note"))
        self.resize(560, 320)
        box = QVBoxLayout(self)
        explanation = QLabel(self.tr("Notes are for drafting: they stay in this database and are never exported."), self)
        explanation.setWordWrap(True)
        box.addWidget(explanation)
        label = QLabel(item.label, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        box.addWidget(label)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Note text"))
        box.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText()

    def save(self) -> None:
        try:
            self.session.store.set_note(self.session.response.id, self.item_id, self.text())
        except SurveyError as exc:
            dialogs.warn(self, self.tr("Could not save the note"), message_of(exc))
            return
        self.accept()
