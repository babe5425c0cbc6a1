"""Contributions, the lead's side (docs/contributions.md): ask another agency to answer sections of the
response (`request_contributions`), follow the requests sent (`show_contributions`) and merge a reply
(`merge_contribution`, with `merge_dialog.MergeDialog`).

The Contributions menu of the main window calls these functions with the window; they act on the
response open in it. Every change goes through `survey_app.contributions.service`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app import limits
from survey_app.contributions import codes as contribution_codes
from survey_app.contributions import fileformat, service
from survey_app.errors import SurveyError
from survey_app.gui import dialogs, rules
from survey_app.gui.contribution_files import (
    EncryptionFields,
    choose_file_to_open,
    choose_file_to_save,
    read_contribution,
    suggested_name,
)
from survey_app.gui.errors import message_of, show_error, tr
from survey_app.gui.i18n_qt import current_language
from survey_app.storage import contributions as db
from survey_app.storage.api import Status

if TYPE_CHECKING:
    from survey_app.gui.main_window import MainWindow
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.store import Store

ITEM_ROLE = Qt.ItemDataRole.UserRole
# the due date offered when the user ticks "Due date"
DEFAULT_DUE_DAYS = 30


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """The dialog at this size, or smaller on a small screen (1366×768: nothing cut off)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width() - 40), min(height, available.height() - 60)
    dialog.resize(width, height)


def refresh_marks(window: MainWindow) -> None:
    """The navigator's marks of the sections out with other agencies, read again."""
    view = window.response_view
    if view is not None:
        view.navigator.set_out_with(view.navigator.sections_out_with())


def _flush(window: MainWindow) -> None:
    """The answer being typed is saved first: the request's base and the merge's "mine" include it."""
    if window.response_view is not None:
        window.response_view.flush()


# -- requesting ---------------------------------------------------------------------------------
class RequestDialog(QDialog):
    """The agency, the questions asked (parts › sections › questions), a due date, a message, the
    options; OK asks for the file, records the request and writes the file (`written`)."""

    def __init__(self, store: Store, response_id: int, questionnaire: Questionnaire, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.response_id = response_id
        self.questionnaire = questionnaire
        self.response = store.response(response_id)
        # the file written and the request recorded, once accepted
        self.written: Path | None = None
        self.request: db.Request | None = None
        self._updating = False
        self._personal_chosen = False
        self.setWindowTitle(self.tr("Request contributions"))
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own; its fields are
        body = QWidget(self.scroll)
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Choose the agency and the sections or questions it should answer. The file you "
                               "save is sent to the agency; its reply is merged back with Merge a contribution…"), body)
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agency = QComboBox(body)
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agency.addItems(service.agency_suggestions(store, response_id, questionnaire))
        # as wide as the dialog, not as the longest name offered (that pushed the form off the side)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency.setMinimumContentsLength(24)
        self.agency.setCurrentIndex(-1)
        self.agency.lineEdit().setMaxLength(limits.AGENCY_NAME_CHARS)
        self.agency.lineEdit().setPlaceholderText(self.tr("Type or choose the agency"))
        self.agency.setAccessibleName(self.tr("Agency"))
        form.addRow(self.tr("&Agency:"), self.agency)
        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Questions asked"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(220)
        self._fill_tree()
        self.tree.itemChanged.connect(self._item_changed)
        tree_box = QVBoxLayout()
        tree_box.setContentsMargins(0, 0, 0, 0)
        tree_box.addWidget(self.tree, 1)
        self.chosen = QLabel(body)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        tree_box.addWidget(self.chosen)
        form.addRow(self.tr("&Questions:"), tree_box)
        form.labelForField(tree_box).setBuddy(self.tree)
        due_box = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("&Due date:"), body)
        self.due = QDateEdit(QDate.currentDate().addDays(DEFAULT_DUE_DAYS), body)
        # 2027-03-31 reads left to right in every layout (mirrored in Arabic it read 31-03-2027)
        self.due.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_box.addWidget(self.due)
        due_box.addStretch(1)
        form.addRow(self.has_due, due_box)
        self.message = QPlainTextEdit(body)
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("What the agency should know: what to answer, whom to ask…"))
        self.message.setAccessibleName(self.tr("Message to the agency"))
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.message.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        form.addRow(self.tr("M&essage:"), self.message)
        box.addLayout(form)
        self.context = QCheckBox(self.tr("Send the other answers as read-only &context"), body)
        box.addWidget(self.context)
        self.include_personal = QCheckBox(self.tr("Include &personal data"), body)
        self.include_personal.toggled.connect(self._personal_toggled)
        box.addWidget(self.include_personal)
        self.encryption = EncryptionFields(body)
        box.addWidget(self.encryption)
        self.personal_hint = QLabel(self.tr("Personal data is asked: the file is encrypted with a passphrase."), body)
        self.personal_hint.setObjectName("personalHint")
        self.personal_hint.setWordWrap(True)
        self.personal_hint.hide()
        box.addWidget(self.personal_hint)
        self.error = QLabel(body)
        self.error.setObjectName("itemMessage")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it can quote what was typed
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)
        box.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save the request…"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._personal_toggled(False)  # personal-data questions wait for "Include personal data"
        fit_to_screen(self, 760, 760)
        self.agency.setFocus()

    # the tree ----------------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        out = db.sections_out(self.store, self.response_id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        self._leaves: list[QTreeWidgetItem] = []
        self._personal: set[str] = set()
        for part in self.questionnaire.parts:
            part_row = QTreeWidgetItem(self.tree, [part.title, ""])
            part_row.setFlags(flags)
            part_row.setCheckState(0, Qt.CheckState.Unchecked)
            part_row.setToolTip(0, part.title)
            font = part_row.font(0)
            font.setBold(True)
            part_row.setFont(0, font)
            for section in part.sections:
                section_row = QTreeWidgetItem(part_row, [section.title, ""])
                section_row.setFlags(flags)
                section_row.setCheckState(0, Qt.CheckState.Unchecked)
                section_row.setToolTip(0, section.title)
                for item in section.items:
                    if not item.has_value:
                        continue
                    row = QTreeWidgetItem(section_row, [item.label, ""])
                    row.setFlags(flags)
                    row.setCheckState(0, Qt.CheckState.Unchecked)
                    row.setData(0, ITEM_ROLE, item.id)
                    notes = []
                    if item.is_personal:
                        self._personal.add(item.id)
                        notes.append(self.tr("personal data"))
                    if out.get(item.id):
                        notes.append(self.tr("out with %1").replace("%1", ", ".join(rules.isolate(a)
                                                                                    for a in out[item.id])))
                    row.setText(1, "; ".join(notes))
                    row.setToolTip(0, item.label)
                    if item.id in self._personal:
                        row.setToolTip(1, self.tr("This question holds personal data: tick “Include personal "
                                                  "data” to ask it."))
                    self._leaves.append(row)
            part_row.setExpanded(True)

    def _selectable(self, row: QTreeWidgetItem) -> bool:
        return row.data(0, ITEM_ROLE) not in self._personal or self.include_personal.isChecked()

    def _leaves_under(self, row: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        if row.data(0, ITEM_ROLE):
            return [row]
        return [leaf for index in range(row.childCount()) for leaf in self._leaves_under(row.child(index))]

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        self._updating = True
        try:
            state = row.checkState(0)
            if not row.data(0, ITEM_ROLE) and state != Qt.CheckState.PartiallyChecked:
                for leaf in self._leaves_under(row):  # a section or part: its questions
                    if self._selectable(leaf):
                        leaf.setCheckState(0, state)
            self._update_parents()
        finally:
            self._updating = False
        self._update_selection()

    def _update_parents(self) -> None:
        for part_index in range(self.tree.topLevelItemCount()):
            part_row = self.tree.topLevelItem(part_index)
            for row in [part_row.child(i) for i in range(part_row.childCount())] + [part_row]:
                leaves = [leaf for leaf in self._leaves_under(row) if self._selectable(leaf)]
                checked = sum(leaf.checkState(0) == Qt.CheckState.Checked for leaf in leaves)
                if leaves and checked == len(leaves):
                    row.setCheckState(0, Qt.CheckState.Checked)
                elif checked:
                    row.setCheckState(0, Qt.CheckState.PartiallyChecked)
                else:
                    row.setCheckState(0, Qt.CheckState.Unchecked)

    def _personal_toggled(self, on: bool) -> None:
        self._updating = True
        try:
            for leaf in self._leaves:
                if leaf.data(0, ITEM_ROLE) in self._personal:
                    leaf.setDisabled(not on)
                    if not on:
                        leaf.setCheckState(0, Qt.CheckState.Unchecked)
            self._update_parents()
        finally:
            self._updating = False
        self._update_selection()

    def chosen_items(self) -> list[str]:
        """The ids of the questions ticked, in questionnaire order."""
        return [leaf.data(0, ITEM_ROLE) for leaf in self._leaves
                if leaf.checkState(0) == Qt.CheckState.Checked and self._selectable(leaf)]

    def _update_selection(self) -> None:
        chosen = self.chosen_items()
        self.chosen.setText(self.tr("Questions chosen: %1").replace("%1", str(len(chosen))))
        personal = any(item_id in self._personal for item_id in chosen)
        if personal and not self._personal_chosen:
            self.encryption.encrypt.setChecked(True)  # personal data leaves encrypted unless the user says no
        self._personal_chosen = personal
        self.personal_hint.setVisible(personal)

    def check(self, item_ids: list[str]) -> None:
        """Tick these questions (for the keyboard-less: tests and scripts)."""
        wanted = set(item_ids)
        for leaf in self._leaves:
            if leaf.data(0, ITEM_ROLE) in wanted:
                leaf.setCheckState(0, Qt.CheckState.Checked)

    def section_row(self, section_id: str) -> QTreeWidgetItem:
        for part_index in range(self.tree.topLevelItemCount()):
            part_row = self.tree.topLevelItem(part_index)
            for index in range(part_row.childCount()):
                row = part_row.child(index)
                leaves = self._leaves_under(row)
                if leaves and self.questionnaire.location(leaves[0].data(0, ITEM_ROLE))[1].id == section_id:
                    return row
        raise KeyError(section_id)

    # accepting ---------------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.scroll.ensureWidgetVisible(self.error)

    def due_date(self) -> str | None:
        return self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else None

    def _accept(self) -> None:
        agency = " ".join(self.agency.currentText().split())
        if not agency:
            self.show_problem(self.tr("Enter the name of the agency asked to contribute."))
            self.agency.setFocus()
            return
        try:
            selection = service.select_items(self.questionnaire, items=self.chosen_items(),
                                             include_sensitive=self.include_personal.isChecked())
            passphrase = self.encryption.passphrase()
        except SurveyError as exc:
            self.show_problem(message_of(exc))
            return
        if len(self.message.toPlainText().strip()) > limits.CONTRIBUTION_MESSAGE_CHARS:
            self.show_problem(self.tr("The message is too long: at most %1 characters.")
                              .replace("%1", str(limits.CONTRIBUTION_MESSAGE_CHARS)))
            return
        self.show_problem("")
        state = self.response.state.name
        out = choose_file_to_save(self, self.tr("Save the request"),
                                  suggested_name(agency, state, str(self.response.cycle)))
        if out is None:
            return  # the dialog stays open, nothing lost
        try:  # the file is written first: a request that could not be saved is not recorded
            request, _document = service.make_request(
                self.store, self.response_id, self.questionnaire, agency=agency, selection=selection,
                due=self.due_date(), message=self.message.toPlainText(), context=self.context.isChecked(),
                include_sensitive=self.include_personal.isChecked(), encrypted=passphrase is not None,
                deliver=lambda document: fileformat.write(document, out, passphrase))
        except SurveyError as exc:
            if exc.code == contribution_codes.BAD_REQUEST:  # something to correct in the dialog
                self.show_problem(message_of(exc))
            else:
                show_error(self, self.tr("The request was not saved"), exc)
            return
        self.request, self.written = request, out
        self.accept()


def request_contributions(window: MainWindow) -> None:
    """Contributions › Request contributions…"""
    session = window.session
    if session is None:
        return
    _flush(window)
    dialog = RequestDialog(session.store, session.response.id, session.questionnaire, parent=window)
    if dialog.exec() and dialog.written is not None and dialog.request is not None:
        refresh_marks(window)
        window.statusBar().showMessage(
            tr("Request to %1 saved to %2").replace("%1", rules.isolate(dialog.request.agency))
            .replace("%2", rules.isolate(str(dialog.written))), 15000)


# -- the requests sent --------------------------------------------------------------------------
class SendAgainDialog(QDialog):
    """Encrypt the file again or not: the passphrase is never kept, so it is asked each time."""

    def __init__(self, agency: str, *, encrypt: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send again"))
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("The request to %1 is written again, with the answers as they were sent.")
                       .replace("%1", rules.isolate(agency)), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.encryption = EncryptionFields(self)
        self.encryption.encrypt.setChecked(encrypt)
        box.addWidget(self.encryption)
        self.error = QLabel(self)
        self.error.setObjectName("itemMessage")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.passphrase: str | None = None

    def _accept(self) -> None:
        try:
            self.passphrase = self.encryption.passphrase()
        except SurveyError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return
        self.accept()


class ContributionsDialog(QDialog):
    """The requests sent from the open response, and what can be done with each."""

    COLUMNS = 7

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.requests: list[db.Request] = []
        self.setWindowTitle(self.tr("Contributions of this response"))
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Agency"), self.tr("Sections"), self.tr("Sent on"), self.tr("Due"), self.tr("Returned"),
            self.tr("Merged"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Requests sent"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.send_again_button = QPushButton(self.tr("Send &again…"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel request"), self)
        self.merge_button = QPushButton(self.tr("&Merge a reply…"), self)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.send_again_button.clicked.connect(self.send_again)
        self.cancel_button.clicked.connect(self.cancel_request)
        self.merge_button.clicked.connect(self.merge_reply)
        self.close_button.clicked.connect(self.accept)
        for button in (self.send_again_button, self.cancel_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        box.addLayout(buttons)
        self.close_button.setDefault(True)
        fit_to_screen(self, 980, 520)
        self.refresh()

    @property
    def session_store(self) -> Store:
        assert self.window_.session is not None
        return self.window_.session.store

    def _sections_text(self, request: db.Request) -> str:
        session = self.window_.session
        assert session is not None
        titles: list[str] = []
        for item_id in request.items:
            if session.questionnaire.has_item(item_id):
                title = session.section_of(item_id).title
                if title not in titles:
                    titles.append(title)
        return "; ".join(titles)

    def _status(self, request: db.Request) -> str:
        if request.cancelled:
            return self.tr("cancelled")
        if request.merged_at:
            return self.tr("reply merged")
        return self.tr("out with the agency")

    def refresh(self) -> None:
        session = self.window_.session
        if session is None:
            self.requests = []
        else:
            self.requests = list(reversed(db.requests(session.store, session.response.id)))  # newest first
        selected = self.selected()
        self.table.setRowCount(len(self.requests))
        for row, request in enumerate(self.requests):
            cells = [request.agency, self._sections_text(request), request.sent_at[:10], request.due or "",
                     (request.returned_at or "")[:10], (request.merged_at or "")[:10], self._status(request)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if self.requests:
            ids = [r.id for r in self.requests]
            self.table.selectRow(ids.index(selected.id) if selected is not None and selected.id in ids else 0)
        out = sum(not r.cancelled and not r.merged_at for r in self.requests)
        if self.requests:
            self.summary.setText(self.tr("Requests sent: %1. Out with an agency: %2.")
                                 .replace("%1", str(len(self.requests))).replace("%2", str(out)))
        else:
            self.summary.setText(self.tr("No request was sent from this response yet."))
        self._update_buttons()

    def selected(self) -> db.Request | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.requests):
            return None
        return self.requests[rows[0].row()]

    def select(self, request_id: str) -> None:
        for row, request in enumerate(self.requests):
            if request.id == request_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        request = self.selected()
        self.send_again_button.setEnabled(request is not None)
        self.cancel_button.setEnabled(request is not None and not request.cancelled)

    def send_again(self) -> None:
        request = self.selected()
        session = self.window_.session
        if request is None or session is None:
            return
        personal = any(session.questionnaire.item(i).is_personal for i in request.items
                       if session.questionnaire.has_item(i))
        ask = SendAgainDialog(request.agency, encrypt=bool(request.options.get("encrypted")) or personal, parent=self)
        if not ask.exec():
            return
        response = session.response
        out = choose_file_to_save(self, self.tr("Save the request"),
                                  suggested_name(request.agency, response.state.name, str(response.cycle)))
        if out is None:
            return
        try:  # a cancelled request is out again only once its file is written
            service.send_again(session.store, request.id, session.questionnaire,
                               deliver=lambda document: fileformat.write(document, out, ask.passphrase))
        except SurveyError as exc:
            show_error(self, self.tr("The request was not saved"), exc)
            return
        finally:
            self.refresh()
            refresh_marks(self.window_)
        self.window_.statusBar().showMessage(
            self.tr("Request to %1 saved to %2").replace("%1", rules.isolate(request.agency))
            .replace("%2", rules.isolate(str(out))), 15000)

    def cancel_request(self) -> None:
        request = self.selected()
        session = self.window_.session
        if request is None or session is None:
            return
        answer = dialogs.ask(
            self, self.tr("Cancel the request"),
            self.tr("Cancel the request to %1? A reply to it can no longer be merged (unless you send it again).")
            .replace("%1", rules.isolate(request.agency)),
            dialogs.Button.Yes | dialogs.Button.No, dialogs.Button.No)
        if answer != dialogs.Button.Yes:
            return
        try:
            service.cancel(session.store, request.id)
        except SurveyError as exc:
            show_error(self, self.tr("The request was not cancelled"), exc)
        self.refresh()
        refresh_marks(self.window_)

    def merge_reply(self) -> None:
        merge_contribution(self.window_, parent=self)
        self.refresh()


def show_contributions(window: MainWindow) -> None:
    """Contributions › Contributions of this response…"""
    if window.session is None:
        return
    ContributionsDialog(window).exec()


# -- merging a reply ----------------------------------------------------------------------------
def merge_contribution(window: MainWindow, path: Path | None = None, *, parent: QWidget | None = None) -> int | None:
    """Contributions › Merge a contribution…: the reply file, its merge shown item by item, then
    written. Returns the number of answers written, or None when nothing was merged."""
    from survey_app.gui.merge_dialog import MergeDialog

    session = window.session
    if session is None:
        return None
    parent = parent or window
    _flush(window)
    if session.pending is not None and not session.retry():  # the merge's "mine" would miss it
        window.update_status()
        dialogs.warn(parent, tr("Merge a contribution"),
                     tr("Your last edit is not saved yet: %1\nSave it (Retry) before merging a contribution.")
                     .replace("%1", session.save_reason))
        return None
    response_id = session.response.id
    if session.response.status is Status.FINAL:
        dialogs.inform(parent, tr("Merge a contribution"),
                       tr("This response is final. Reopen it (Reopen for editing…, above the form) before "
                          "merging a contribution."))
        return None
    if path is None:
        path = choose_file_to_open(parent, tr("Merge a contribution"))
        if path is None:
            return None
    document = read_contribution(parent, path)
    if document is None:
        return None
    try:
        context = service.plan_merge(session.store, response_id, document, session.questionnaire,
                                     name=path.name, language=current_language())
    except SurveyError as exc:
        show_error(parent, tr("The reply cannot be merged"), exc)
        return None
    if service.merged_already(context):
        dialogs.inform(parent, tr("Merge a contribution"),
                       tr("This reply from %1 was merged already: there is nothing new in it.")
                       .replace("%1", rules.isolate(context.agency)))
        return 0
    dialog = MergeDialog(context, session.questionnaire, answer_language=session.response.language, parent=parent)
    if not dialog.exec():
        return None
    try:
        writes = service.apply_merge(session.store, context, dialog.plan())
    except SurveyError as exc:
        show_error(parent, tr("The reply was not merged"), exc)
        return None
    _reopen(window, response_id)
    window.statusBar().showMessage(tr("Answers merged from %2: %1").replace("%1", str(len(writes)))
                                   .replace("%2", rules.isolate(context.agency)), 15000)
    return len(writes)


def _reopen(window: MainWindow, response_id: int) -> None:
    """The response opened again on the same section: the session's values, its undo steps (which
    would now undo over merged answers) and every page are made afresh from the database."""
    view = window.response_view
    section = view.current_section if view is not None else None
    if window.open_response(response_id) and section and window.response_view is not None:
        window.response_view.show_section(section)

