"""The start screen: the responses in the database, newest first, and what can be done with them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import rules
from survey_app.gui.catalog_access import failures
from survey_app.gui.elided_label import ElidedLabel
from survey_app.gui.flow_layout import FlowLayout
from survey_app.i18n.languages import UN_LANGUAGES
from survey_app.storage.api import Response, ResponseSummary, Status

ID_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int)
    compare_requested = Signal(int)
    demo_requested = Signal()
    open_database_requested = Signal()
    add_questionnaire_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.summaries: list[ResponseSummary] = []
        self.titles: dict[str, str] = {}
        self.progress: dict[int, tuple[int, int]] = {}
        self.leads: dict[int, str] = {}
        self.database_path = ""
        self.database_read_only = False
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 22, 28, 18)
        box.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setObjectName("screenTitle")
        box.addWidget(self.heading)
        # a long path at a large text size made the window wider than the screen: shortened in the
        # middle, whole in the tool tip
        self.database = ElidedLabel(self, mode=Qt.TextElideMode.ElideMiddle)
        self.database.setObjectName("muted")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.database)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("responsesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyHint")
        box.addWidget(self.empty)

        # the buttons wrap onto a second line rather than widen the window (large text, long languages)
        self.buttons_area = QWidget(self)
        buttons = FlowLayout(self.buttons_area, spacing=8)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("primaryButton")
        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        self.compare_button.clicked.connect(self._compare)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.delete_button, self.compare_button,
                       self.demo_button):
            buttons.addWidget(button)
        box.addWidget(self.buttons_area)

        self.failures_label = QLabel(self)
        self.failures_label.setObjectName("warningTitle")
        box.addWidget(self.failures_label)
        self.failures = QPlainTextEdit(self)
        self.failures.setReadOnly(True)
        self.failures.setMaximumHeight(110)
        box.addWidget(self.failures)
        # Without responses the table is hidden and nothing else stretches: this keeps the hint, the
        # buttons and the failures together at the top instead of spread down the window.
        box.addStretch(0)
        self._box = box
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Responses"))
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Cycle"), self.tr("Questionnaire"),
                                              self.tr("Status"), self.tr("Progress")])
        self.table.setAccessibleName(self.tr("Responses in this database"))
        self.new_button.setText(self.tr("&New response…"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.compare_button.setText(self.tr("Co&mpare…"))
        self.demo_button.setText(self.tr("Open the &demo"))
        for button in (self.new_button, self.open_button, self.delete_button, self.compare_button,
                       self.demo_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.empty.setText(self.tr("There are no responses in this database yet. Choose “New response” to "
                                   "start one, or “Open the demo” to look at a fictional example."))
        self.failures_label.setText(self.tr("Questionnaire files that could not be loaded"))
        self.failures.setAccessibleName(self.failures_label.text())
        self._show_database()
        self.show_summaries(self.summaries)

    def set_database(self, path: str, *, read_only: bool) -> None:
        self.database_path, self.database_read_only = path, read_only
        self._show_database()

    def _show_database(self) -> None:
        path, read_only = self.database_path, self.database_read_only
        if not path:
            self.database.setText("")
            return
        text = self.tr("Database: %1").replace("%1", rules.isolate_ltr(path))  # a path reads left to right
        if read_only:
            text += "  " + self.tr("(read-only)")
        self.database.setText(text)

    def set_failures(self, catalog: Any) -> None:
        texts = failures(catalog)
        self.failures.setPlainText("\n\n".join(texts))
        # as tall as the text needs, up to a few lines (then it scrolls)
        lines = sum(text.count("\n") + 2 for text in texts)
        height = self.failures.fontMetrics().lineSpacing() * min(max(lines, 2), 8) + 16
        self.failures.setMaximumHeight(height)
        self.failures.setVisible(bool(texts))
        self.failures_label.setVisible(bool(texts))

    def show_summaries(self, summaries: list[ResponseSummary], *, titles: dict[str, str] | None = None,
                       progress: dict[int, tuple[int, int]] | None = None,
                       leads: dict[int, str] | None = None) -> None:
        """`leads`: for an agency's workspaces, response id -> the lead ministry that asked
        (gui/contribution_agency.workspace_leads); a workspace is marked in its row either way."""
        selected = self.selected_id()
        self.summaries = list(summaries)
        if titles is not None:
            self.titles = titles
        if progress is not None:
            self.progress = progress
        if leads is not None:
            self.leads = leads
        titles = self.titles
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            r = summary.response
            status = self.tr("Final") if r.status is Status.FINAL else self.tr("Draft")
            title = titles.get(r.questionnaire_id, r.questionnaire_id)
            language = UN_LANGUAGES.get(r.language, r.language)
            cells = [
                self._state_text(r),
                str(r.cycle),
                f"{title} {r.questionnaire_version} · {language}",
                status,
                self._progress_text(summary),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, r.id)
                if column == 0 and r.is_contribution:
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            if r.id == selected:
                self.table.selectRow(row)
        self.table.setVisible(bool(self.summaries))
        self.empty.setVisible(not self.summaries)
        for button in (self.open_button, self.delete_button, self.compare_button):
            button.setVisible(bool(self.summaries))  # nothing to open, delete or compare yet
        self._box.setStretch(self._box.count() - 1, 0 if self.summaries else 1)
        if self.summaries and self.selected_id() is None:
            self.table.selectRow(0)
        self._update_buttons()

    def _state_text(self, r: Response) -> str:
        """The State, and for an agency's workspace whom the contribution is for."""
        if not r.is_contribution:
            return r.state.name
        lead = self.leads.get(r.id, "")
        text = (self.tr("%1 — contribution for %2") if lead
                else self.tr("%1 — contribution for the lead ministry"))
        return text.replace("%1", rules.isolate(r.state.name)).replace("%2", rules.isolate(lead))

    def _progress_text(self, summary: ResponseSummary) -> str:
        answered, applicable = self.progress.get(summary.response.id, (summary.answered, summary.answerable))
        percent = rules.percent(answered, applicable)
        return (self.tr("%1% (%2 of %3)").replace("%1", str(percent))
                .replace("%2", str(answered)).replace("%3", str(applicable)))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return int(cell.data(ID_ROLE)) if cell is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.delete_button, self.compare_button):
            button.setEnabled(chosen)

    def _open(self) -> None:
        response_id = self.selected_id()
        if response_id is not None:
            self.open_requested.emit(response_id)

    def _delete(self) -> None:
        response_id = self.selected_id()
        if response_id is not None:
            self.delete_requested.emit(response_id)

    def _compare(self) -> None:
        response_id = self.selected_id()
        if response_id is not None:
            self.compare_requested.emit(response_id)
