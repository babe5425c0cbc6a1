"""The history of one answer (with restore) and the private drafting note of an item."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app.errors import SurveyError
from survey_app.gui.errors import message_of
from survey_app.gui import rules
from survey_app.gui.session import ResponseSession


class HistoryDialog(QDialog):
    def __init__(self, session: ResponseSession, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item = session.questionnaire.item(item_id)
        self.restored = False
        self.setWindowTitle(self.tr("History: %1").replace("%1", self.item.label[:60]))
        self.resize(760, 420)
        box = QVBoxLayout(self)
        title = QLabel(self.item.label, self)
        title.setWordWrap(True)
        box.addWidget(title)
        self.entries = session.store.history(session.response.id, item_id)
        self.table = QTableWidget(len(self.entries), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Why"), self.tr("Answer")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Earlier answers"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # newest first for reading
        for row, entry in enumerate(reversed(self.entries)):
            shown = rules.display_text(self.item, entry.new_value) or self.tr("(no answer)")
            for column, text in enumerate((entry.changed_at[:19].replace("T", " "), entry.changed_by or "",
                                           entry.reason, shown)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        box.addWidget(self.table, 1)
        if not self.entries:
            box.addWidget(QLabel(self.tr("No earlier answers."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore this answer"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected answer"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()) and not session.read_only))
        box.addWidget(buttons)

    def restore_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        entry = list(reversed(self.entries))[rows.pop()]
        try:
            self.session.restore(entry.id, self.item.id)
        except SurveyError as exc:
            QMessageBox.warning(self, self.tr("Could not restore"), message_of(exc))
            return
        self.restored = True
        self.accept()


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
            QMessageBox.warning(self, self.tr("Could not save the note"), message_of(exc))
            return
        self.accept()
