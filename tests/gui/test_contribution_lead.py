"""The lead's side of contributions in the window: the request dialog, the list of requests, the
navigator's marks and the merge dialog, driven for real (real database, real files)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from survey_app.contributions import codes, fileformat, service
from survey_app.errors import SurveyError
from survey_app.gui import contribution_lead
from survey_app.gui.contribution_files import PassphraseDialog
from survey_app.gui.contribution_lead import ContributionsDialog, RequestDialog
from survey_app.gui.merge_dialog import MergeDialog
from survey_app.gui.navigator import MARK_OUT
from survey_app.questionnaire.catalog import Catalog
from survey_app.questionnaire.model import Item, ItemType, Questionnaire
from survey_app.storage import contributions as db
from survey_app.storage.store import Store

from .conftest import answer_boxes, small_questionnaire

JUSTICE = "Ministry of Justice"
PASSPHRASE = "long enough passphrase"


@pytest.fixture
def questionnaire() -> Questionnaire:
    """The small questionnaire with a personal-data question in its first section."""
    q = small_questionnaire()
    part = q.parts[0]
    about = part.sections[0]
    contact = Item("contact", ItemType.SHORT_TEXT, "Contact person", sensitive=True)
    about = dataclasses.replace(about, items=(*about.items, contact))
    return dataclasses.replace(q, parts=(dataclasses.replace(part, sections=(about,)), *q.parts[1:]))


@pytest.fixture
def catalog(questionnaire: Questionnaire) -> Catalog:
    """A real catalog (opening a request asks it for the request's exact version)."""
    return Catalog(questionnaires={(questionnaire.id, questionnaire.version): questionnaire})


class Driver:
    """Answers the modal dialogs in turn: each step waits for a dialog of its class, then acts on it.
    A failure inside a step closes the dialog and is raised by `check()`."""

    def __init__(self, *steps: tuple[type, Callable]) -> None:
        self.steps = list(steps)
        self.errors: list[BaseException] = []
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        if not self.steps:
            return
        kind, act = self.steps[0]
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, self._run)
            return
        self.steps.pop(0)
        QTimer.singleShot(20, self._run)  # before acting: the act may open the next dialog and wait
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.errors.append(exc)
            self.steps.clear()
            dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert not self.steps, f"dialogs never shown: {[kind.__name__ for kind, _act in self.steps]}"


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def open_from(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def send_request(store: Store, response_id: int, questionnaire: Questionnaire, out: Path, *,
                 sections: tuple[str, ...] = ("about",)) -> db.Request:
    """A request made headless (as the dialog makes it), written to `out`."""
    selection = service.select_items(questionnaire, sections=sections)
    request, document = service.make_request(store, response_id, questionnaire, agency=JUSTICE, selection=selection)
    fileformat.write(document, out)
    return request


def agency_reply(tmp_path: Path, request_file: Path, catalog, answers: dict, *, notes: dict | None = None,
                 passphrase: str | None = None) -> Path:
    """The agency's side, headless: open the request in its own database, answer, return the reply."""
    agency = Store.open(tmp_path / "agency.db")
    try:
        workspace, _created = service.open_request(agency, fileformat.read(request_file), catalog,
                                                   name=request_file.name)
        for item_id, value in answers.items():
            agency.set_answer(workspace.id, item_id, value)
        for item_id, text in (notes or {}).items():
            db.set_reply_note(agency, workspace.id, item_id, text)
        out = tmp_path / f"reply-{len(list(tmp_path.glob('reply-*')))}{fileformat.EXTENSION}"
        fileformat.write(service.make_reply(agency, workspace.id), out, passphrase)
        return out
    finally:
        agency.close()


# -- requesting ---------------------------------------------------------------------------------
def test_a_request_of_two_sections_is_written_listed_marked_and_cancelled(qtbot, opened, store, response_id,
                                                                          monkeypatch, tmp_path) -> None:
    out = tmp_path / "justice.nsi-contribution"
    save_to(monkeypatch, out)
    view = opened.response_view

    def fill(dialog: RequestDialog) -> None:
        assert dialog.focusWidget() in (dialog.agency, dialog.agency.lineEdit())  # typing starts with the agency
        dialog.agency.setEditText(JUSTICE)
        dialog.section_row("about").setCheckState(0, Qt.CheckState.Checked)
        dialog.section_row("norm_a").setCheckState(0, Qt.CheckState.Checked)
        dialog.has_due.setChecked(True)
        dialog.message.setPlainText("Please answer by the end of March.")
        dialog.ok_button.click()

    driver = Driver((RequestDialog, fill))
    contribution_lead.request_contributions(opened)
    driver.check()

    document = fileformat.read(out)
    assert document["agency"] == JUSTICE
    # both sections' questions, without the personal-data one (not included)
    assert document["items"] == ["lead", "summary", "kind", "since", "status", "measures", "sectors", "budget",
                                 "has_plan", "documents"]
    assert document["message"] == "Please answer by the end of March."
    assert len(document["due"]) == 10
    assert out.name in opened.statusBar().currentMessage()
    for section_id in ("about", "norm_a"):
        row = view.navigator._items[section_id]
        assert MARK_OUT in row.text(1)
        assert "Out with: " in row.toolTip(0) and JUSTICE in row.toolTip(0)
        assert JUSTICE in row.data(1, Qt.ItemDataRole.AccessibleTextRole)

    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)

    def cancel(dialog: ContributionsDialog) -> None:
        assert dialog.table.rowCount() == 1
        cells = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
        assert cells[0] == JUSTICE
        assert cells[1] == "About this response; Norm 13(a): cooperation"
        assert cells[6] == "out with the agency"
        dialog.cancel_button.click()
        assert dialog.table.item(0, 6).text() == "cancelled"
        assert not dialog.cancel_button.isEnabled()
        dialog.close_button.click()

    driver = Driver((ContributionsDialog, cancel))
    contribution_lead.show_contributions(opened)
    driver.check()
    assert "Cancel the request" in asked[0][0] and asked[0][1] == Qt.TextFormat.PlainText
    assert db.requests(store, response_id)[0].cancelled
    for section_id in ("about", "norm_a"):
        assert MARK_OUT not in view.navigator._items[section_id].text(1)
        assert "Out with" not in view.navigator._items[section_id].toolTip(0)


def test_personal_data_is_chosen_only_when_included_and_then_encrypted(qtbot, opened, store, response_id,
                                                                        questionnaire, monkeypatch, tmp_path) -> None:
    out = tmp_path / "personal.nsi-contribution"
    save_to(monkeypatch, out)
    dialog = RequestDialog(store, response_id, opened.session.questionnaire, parent=opened)
    qtbot.addWidget(dialog)
    contact = next(leaf for leaf in dialog._leaves if leaf.data(0, Qt.ItemDataRole.UserRole) == "contact")
    assert "personal data" in contact.text(1)
    assert contact.isDisabled()
    dialog.section_row("about").setCheckState(0, Qt.CheckState.Checked)
    assert "contact" not in dialog.chosen_items() and "lead" in dialog.chosen_items()
    assert dialog.section_row("about").checkState(0) == Qt.CheckState.Checked  # all it can ask
    assert not dialog.encryption.encrypt.isChecked() and dialog.personal_hint.isHidden()

    dialog.include_personal.setChecked(True)
    assert not contact.isDisabled()
    assert dialog.section_row("about").checkState(0) == Qt.CheckState.PartiallyChecked
    contact.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.section_row("about").checkState(0) == Qt.CheckState.Checked
    assert dialog.chosen_items()[-1] == "contact"
    assert dialog.encryption.encrypt.isChecked() and not dialog.personal_hint.isHidden()

    # a single question of another section
    status = next(leaf for leaf in dialog._leaves if leaf.data(0, Qt.ItemDataRole.UserRole) == "status")
    status.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.section_row("norm_a").checkState(0) == Qt.CheckState.PartiallyChecked

    # problems are shown in the dialog, nothing lost
    dialog.ok_button.click()
    assert "agency" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog.agency.setEditText(JUSTICE)
    dialog.encryption.first.setText(PASSPHRASE)
    dialog.encryption.second.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "passphrases are not the same" in dialog.error.text()
    assert not out.exists() and db.requests(store, response_id) == []
    assert dialog.chosen_items()[-2:] == ["contact", "status"]
    dialog.encryption.second.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == RequestDialog.DialogCode.Accepted
    with pytest.raises(SurveyError) as refused:
        fileformat.read(out)
    assert refused.value.code == codes.PASSPHRASE_NEEDED
    document = fileformat.read(out, PASSPHRASE)
    assert document["include_sensitive"] is True
    assert document["items"] == ["lead", "summary", "kind", "since", "contact", "status"]


def test_nothing_chosen_is_refused_in_the_dialog(qtbot, opened, store, response_id, monkeypatch, tmp_path) -> None:
    dialog = RequestDialog(store, response_id, opened.session.questionnaire, parent=opened)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file before a valid request"))
    dialog.agency.setEditText(JUSTICE)
    dialog.ok_button.click()
    assert "choose at least one section or question" in dialog.error.text()
    assert db.requests(store, response_id) == []


def test_the_request_dialog_fits_a_small_screen_and_is_reached_by_the_keyboard(qtbot, opened, store,
                                                                               response_id) -> None:
    dialog = RequestDialog(store, response_id, opened.session.questionnaire, parent=opened)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    chain, widget = [], dialog.agency
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            chain.append(widget)
    order = [dialog.tree, dialog.has_due, dialog.message, dialog.context, dialog.include_personal,
             dialog.encryption.encrypt, dialog.ok_button]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    assert dialog.message.tabChangesFocus()


# -- merging ------------------------------------------------------------------------------------
@pytest.fixture
def conflicted(window, store, response_id, questionnaire, catalog, tmp_path):
    """The lead asked "about", then changed the summary; the agency changed it too, and the kind.
    Returns the reply file; the window has the response open."""
    store.set_answer(response_id, "summary", "Cooperation is ongoing.")
    request_file = tmp_path / "request.nsi-contribution"
    send_request(store, response_id, questionnaire, request_file)
    reply = agency_reply(tmp_path, request_file, catalog,
                         {"summary": "Cooperation is formalised.", "kind": "agency"},
                         notes={"summary": "Agreed with our legal department."})
    assert window.open_response(response_id)
    window.session.set_value("summary", "Cooperation is being extended.")
    return reply


def test_a_conflict_resolved_theirs_is_merged_with_its_source(qtbot, conflicted, window, store, response_id,
                                                              monkeypatch) -> None:
    open_from(monkeypatch, conflicted)
    assert MARK_OUT in window.response_view.navigator._items["about"].text(1)
    window.response_view.show_section("norm_a")

    def resolve(dialog: MergeDialog) -> None:
        assert "Ministry of Justice" in dialog.summary.text()
        assert "Taken: 1 · Kept: 2 · The same: 0 · Merged: 0 · Conflicts: 1" in dialog.summary.text()
        rows = {dialog.rows[i].text(1): dialog.rows[i].text(0) for i in dialog.rows}
        assert rows["Executive summary"] == "conflict: choose"
        assert rows["Kind of body"] == "taken"
        assert rows["Lead ministry or agency"] == "kept"
        assert dialog.rows["summary"].text(2) == "Agreed with our legal department."
        # the conflict is shown first, mine and theirs side by side, the differing words marked
        assert dialog.list.currentItem() is dialog.rows["summary"]
        assert "being extended" in dialog.mine_view.toPlainText()
        assert "formalised" in dialog.theirs_view.toPlainText()
        assert "<s " in dialog.mine_view.toHtml() or "line-through" in dialog.mine_view.toHtml()
        assert "underline" in dialog.theirs_view.toHtml()
        assert not dialog.merge_button.isEnabled()
        dialog.list.setCurrentItem(dialog.rows["kind"])
        assert dialog.choice_box.isHidden()
        assert "Agency" in dialog.theirs_view.toPlainText()  # a choice shown by its label
        dialog.next_conflict()
        assert dialog.list.currentItem() is dialog.rows["summary"]
        dialog.take_theirs.click()
        assert dialog.rows["summary"].text(0) == "conflict: theirs taken"
        assert dialog.merge_button.isEnabled()
        dialog.merge_button.click()

    driver = Driver((MergeDialog, resolve))
    assert contribution_lead.merge_contribution(window) == 2
    driver.check()
    values = store.values(response_id)
    assert values["summary"] == "Cooperation is formalised." and values["kind"] == "agency"
    last = store.history(response_id, "summary")[-1]
    assert last.reason == "contribution"
    assert json.loads(last.source)["agency"] == JUSTICE
    # the form shows the merged answers, on the section it showed
    assert window.session.value("summary") == "Cooperation is formalised."
    assert window.response_view.current_section == "norm_a"
    assert window.statusBar().currentMessage() == f"Answers merged from \u2068{JUSTICE}\u2069: 2"
    assert MARK_OUT not in window.response_view.navigator._items["about"].text(1)
    assert db.requests(store, response_id)[0].merged_at


def test_a_conflict_resolved_mine_keeps_the_lead_answer(qtbot, conflicted, window, store, response_id,
                                                        monkeypatch) -> None:
    open_from(monkeypatch, conflicted)

    def resolve(dialog: MergeDialog) -> None:
        dialog.keep_mine.click()
        assert dialog.remaining.text() == "Every conflict is resolved."
        dialog.merge_button.click()

    driver = Driver((MergeDialog, resolve))
    assert contribution_lead.merge_contribution(window) == 1
    driver.check()
    values = store.values(response_id)
    assert values["summary"] == "Cooperation is being extended." and values["kind"] == "agency"
    assert store.history(response_id, "summary")[-1].reason == "edit"


def test_an_edited_combined_text_is_checked_then_merged(qtbot, conflicted, window, store, response_id,
                                                        monkeypatch) -> None:
    open_from(monkeypatch, conflicted)

    def resolve(dialog: MergeDialog) -> None:
        dialog.edit_combined.click()
        assert dialog.editor.isVisibleTo(dialog)
        assert dialog.editor.toPlainText() == "Cooperation is being extended."  # mine, to edit
        dialog.editor.setPlainText("Cooperation is being extended and formalised.")  # 6 words; at most 5
        assert not dialog.merge_button.isEnabled()
        assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text()
        dialog.editor.setPlainText("Cooperation extended and formalised.")
        assert dialog.problem.isHidden()
        assert dialog.rows["summary"].text(0) == "conflict: edited"
        dialog.merge_button.click()

    driver = Driver((MergeDialog, resolve))
    assert contribution_lead.merge_contribution(window) == 2
    driver.check()
    assert store.values(response_id)["summary"] == "Cooperation extended and formalised."
    assert store.history(response_id, "summary")[-1].reason == "contribution"


def test_cancelling_the_merge_writes_nothing(qtbot, conflicted, window, store, response_id, monkeypatch) -> None:
    open_from(monkeypatch, conflicted)
    before = store.values(response_id)
    driver = Driver((MergeDialog, lambda dialog: (dialog.take_theirs.click(), dialog.reject())))
    assert contribution_lead.merge_contribution(window) is None
    driver.check()
    assert store.values(response_id) == before
    assert not db.requests(store, response_id)[0].merged_at


def test_an_encrypted_reply_asks_its_passphrase_again_after_a_wrong_one(qtbot, window, store, response_id,
                                                                        questionnaire, catalog, monkeypatch,
                                                                        tmp_path) -> None:
    request_file = tmp_path / "request.nsi-contribution"
    send_request(store, response_id, questionnaire, request_file)
    reply = agency_reply(tmp_path, request_file, catalog, {"lead": "Ministry of Foreign Affairs"},
                         passphrase=PASSPHRASE)
    assert window.open_response(response_id)
    open_from(monkeypatch, reply)
    seen = []

    def wrong(dialog: PassphraseDialog) -> None:
        assert dialog.problem.isHidden()
        dialog.field.setText("not the passphrase")
        dialog.accept()

    def right(dialog: PassphraseDialog) -> None:
        seen.append(dialog.problem.text())
        dialog.field.setText(PASSPHRASE)
        dialog.accept()

    def merge(dialog: MergeDialog) -> None:
        assert dialog.remaining.text() == "No conflicts."
        dialog.merge_button.click()

    driver = Driver((PassphraseDialog, wrong), (PassphraseDialog, right), (MergeDialog, merge))
    assert contribution_lead.merge_contribution(window) == 1
    driver.check()
    assert seen[0]  # the second time says what was wrong
    assert store.values(response_id)["lead"] == "Ministry of Foreign Affairs"


def test_a_reply_to_a_cancelled_request_is_refused_with_a_message(qtbot, window, store, response_id, questionnaire,
                                                                  catalog, monkeypatch, tmp_path) -> None:
    request_file = tmp_path / "request.nsi-contribution"
    request = send_request(store, response_id, questionnaire, request_file)
    reply = agency_reply(tmp_path, request_file, catalog, {"lead": "Ministry X"})
    service.cancel(store, request.id)
    assert window.open_response(response_id)
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    assert contribution_lead.merge_contribution(window, reply) is None
    assert "cancelled" in asked[0][0]
    assert "lead" not in store.values(response_id)


def test_send_again_from_the_list_writes_the_request_again(qtbot, window, store, response_id, questionnaire,
                                                           monkeypatch, tmp_path) -> None:
    from survey_app.gui.contribution_lead import SendAgainDialog

    request = send_request(store, response_id, questionnaire, tmp_path / "first.nsi-contribution")
    service.cancel(store, request.id)
    assert window.open_response(response_id)
    again = tmp_path / "again.nsi-contribution"
    save_to(monkeypatch, again)

    def encrypt(dialog: SendAgainDialog) -> None:
        dialog.encryption.encrypt.setChecked(True)
        dialog.encryption.first.setText(PASSPHRASE)
        dialog.encryption.second.setText(PASSPHRASE)
        dialog._accept()

    def list_(dialog: ContributionsDialog) -> None:
        assert dialog.table.item(0, 6).text() == "cancelled"
        dialog.send_again_button.click()
        assert dialog.table.item(0, 6).text() == "out with the agency"
        dialog.close_button.click()

    driver = Driver((ContributionsDialog, list_), (SendAgainDialog, encrypt))
    contribution_lead.show_contributions(window)
    driver.check()
    assert fileformat.read(again, PASSPHRASE)["request_id"] == request.id
    assert MARK_OUT in window.response_view.navigator._items["about"].text(1)
