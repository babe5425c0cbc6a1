"""The agency's side of a contribution in the window: a request made by a lead on its own database
is opened in the agency's (another SQLite file), answered, and returned; the lead's history shows
where a merged answer came from."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from survey_app import cli
from survey_app.contributions import codes, fileformat, service
from survey_app.errors import SurveyError
from survey_app.gui import contribution_agency
from survey_app.gui.contribution_agency import (
    ReturnDialog,
    open_contribution,
    return_to_lead,
)
from survey_app.gui.contribution_files import PassphraseDialog
from survey_app.gui.history_dialog import HistoryDialog, origin_text, reason_text
from survey_app.gui.session import Edit
from survey_app.questionnaire.catalog import Catalog
from survey_app.questionnaire.model import Questionnaire, Role
from survey_app.storage import contributions
from survey_app.storage.api import HistoryEntry, State
from survey_app.storage.store import Store

from .conftest import card, small_questionnaire

LEAD = "Ministry of Foreign Affairs"
AGENCY = "Ministry of Justice"
PASSPHRASE = "correct horse battery"
#: the items of section norm_a, asked by the request; the others are context
ASKED = ["status", "measures", "sectors", "budget", "has_plan", "documents"]


def _questionnaire() -> Questionnaire:
    """The small questionnaire with a lead-ministry item (the request names the lead by it) and a
    personal-data item (a request asking it is encrypted by default)."""
    q = small_questionnaire()
    about = q.parts[0].sections[0]
    items = tuple(dataclasses.replace(item, role=Role.LEAD_MINISTRY) if item.id == "lead"
                  else dataclasses.replace(item, sensitive=True) if item.id == "summary" else item
                  for item in about.items)
    part = dataclasses.replace(q.parts[0], sections=(dataclasses.replace(about, items=items),))
    return dataclasses.replace(q, parts=(part, *q.parts[1:]))


@pytest.fixture
def questionnaire() -> Questionnaire:
    return _questionnaire()


@pytest.fixture
def catalog(questionnaire: Questionnaire) -> Catalog:
    """A real catalog (opening a request asks it for the request's exact version)."""
    return Catalog(questionnaires={(questionnaire.id, questionnaire.version): questionnaire})


@pytest.fixture
def lead_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "lead.db", user="Jean Dupont")
    yield store
    store.close()


@pytest.fixture
def lead_response(lead_store: Store, questionnaire: Questionnaire) -> int:
    response = lead_store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                          language="en")
    lead_store.set_answers(response.id, {"lead": LEAD, "kind": "ministry", "status": "planned", "sectors": 3},
                           reason="edit")
    return response.id


def write_request(lead_store: Store, response_id: int, questionnaire: Questionnaire, out: Path, *,
                  passphrase: str | None = None, items: tuple[str, ...] = (), sections: tuple[str, ...] = ("norm_a",),
                  include_sensitive: bool = False) -> str:
    selection = service.select_items(questionnaire, items=items, sections=sections,
                                     include_sensitive=include_sensitive)
    request, document = service.make_request(
        lead_store, response_id, questionnaire, agency=AGENCY, selection=selection, due="2027-03-31",
        message="Please answer the questions on cooperation.\nThank you.", context=True,
        include_sensitive=include_sensitive, encrypted=bool(passphrase))
    fileformat.write(document, out, passphrase)
    return request.id


@pytest.fixture
def request_file(tmp_path: Path, lead_store: Store, lead_response: int, questionnaire: Questionnaire) -> Path:
    path = tmp_path / "request.nsi-contribution"
    write_request(lead_store, lead_response, questionnaire, path)
    return path


def when_shown(kind: type[QWidget], action: Callable[[QWidget], None]) -> None:
    """Run `action` on the next modal dialog of this kind once it is shown (exec() blocks the test)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


# -- opening ---------------------------------------------------------------------------------------------
def test_opening_a_request_shows_the_workspace_with_the_asked_questions_editable(qtbot, window, store,
                                                                                 request_file) -> None:
    workspace_id = open_contribution(window, request_file)
    assert workspace_id is not None
    session = window.session
    assert session.response.id == workspace_id and session.response.is_contribution
    assert session.asked == frozenset(ASKED)
    assert store.values(workspace_id) == {"lead": LEAD, "kind": "ministry", "status": "planned", "sectors": 3}
    assert "request.nsi-contribution" in window.statusBar().currentMessage()
    assert window.a_return.isEnabled() and not window.a_request.isEnabled()

    sectors = card(window, "sectors")
    assert not sectors.editor.edit.isReadOnly() and sectors.context_mark is None
    sectors.editor.edit.setFocus()
    sectors.editor.edit.selectAll()
    qtbot.keyClicks(sectors.editor.edit, "12")
    card(window, "budget").editor.edit.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: store.values(workspace_id).get("sectors") == 12)


def test_questions_not_asked_are_read_only_context_and_never_reach_the_store(qtbot, window, store, request_file,
                                                                             monkeypatch) -> None:
    workspace_id = open_contribution(window, request_file)
    lead = card(window, "lead")
    qtbot.waitUntil(lambda: lead.isVisibleTo(window))
    assert lead.editor.edit.isReadOnly()
    assert lead.context_mark is not None and lead.context_mark.isVisibleTo(window)
    assert lead.context_mark.text() == "Context from the lead — not asked of your agency"
    assert not card(window, "kind").editor.buttons["agency"].isEnabled()
    assert card(window, "intro_note").context_mark is None  # a note has no answer to be context

    writes: list[str] = []
    for name in ("set_answer", "clear_answer"):
        original = getattr(store, name)
        monkeypatch.setattr(store, name, lambda _rid, item_id, *a, _o=original, **k: (writes.append(item_id),
                                                                                       _o(_rid, item_id, *a, **k))[1])
    lead.editor.edit.setFocus()
    qtbot.keyClicks(lead.editor.edit, " changed")
    card(window, "summary").editor.edit.setFocus()
    assert not window.session.set_value("lead", "Someone else")  # refused before the store (no S211)
    assert not window.session.is_editable("lead") and window.session.is_editable("status")
    assert writes == [] and window.session.save_state == "saved"
    assert store.values(workspace_id)["lead"] == LEAD


def test_undo_changes_only_the_asked_questions(qtbot, window, store, request_file) -> None:
    workspace_id = open_contribution(window, request_file)
    session = window.session
    assert session.set_value("sectors", 7)
    assert session.set_value("budget", 2.5)
    # an edit of a context item can only be on the stack if the store changed behind the session's
    # back; undo steps over it instead of failing on it for ever
    session._undo.insert(1, Edit("lead", "Other", LEAD))
    window.undo()
    assert store.values(workspace_id).get("budget") is None
    window.undo()
    assert store.values(workspace_id)["sectors"] == 3 and store.values(workspace_id)["lead"] == LEAD
    assert not session.can_undo()
    window.redo()
    assert store.values(workspace_id)["sectors"] == 7


def test_the_banner_names_the_lead_the_due_date_and_the_message(qtbot, window, request_file) -> None:
    open_contribution(window, request_file)
    banner = window.response_view.read_only_banner
    assert banner.isVisibleTo(window) and banner.contribution.isVisibleTo(window)
    text = banner.contribution_text.text()
    assert "Contribution requested by" in text and LEAD in text and "France" in text and "2026" in text
    assert "2027-03-31" in text
    assert "Please answer the questions on cooperation." in banner.lead_message.text()
    assert banner.return_button.isVisibleTo(window) and not banner.read_only.isVisibleTo(window)
    assert not banner.whole_message_button.isVisibleTo(window)


def test_opening_the_same_file_again_gives_the_same_workspace_with_its_answers(qtbot, window, store,
                                                                               request_file) -> None:
    first = open_contribution(window, request_file)
    window.session.set_value("sectors", 9)
    window.show_start()
    second = open_contribution(window, request_file)
    assert second == first and window.session.value("sectors") == 9
    assert "opened before" in window.statusBar().currentMessage()
    assert len(store.list_responses()) == 1


def test_the_menu_action_asks_for_the_file(qtbot, window, request_file, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(request_file), ""))
    window.a_open_contribution.trigger()
    qtbot.waitUntil(lambda: window.session is not None and window.session.response.is_contribution)


def test_an_encrypted_request_asks_for_the_passphrase(qtbot, window, store, tmp_path, lead_store, lead_response,
                                                      questionnaire) -> None:
    path = tmp_path / "secret.nsi-contribution"
    write_request(lead_store, lead_response, questionnaire, path, passphrase=PASSPHRASE)
    asked: list[str] = []

    def wrong_then_right(dialog: PassphraseDialog) -> None:
        asked.append(dialog.problem.text())
        dialog.field.setText("not the passphrase" if len(asked) == 1 else PASSPHRASE)
        dialog.accept()
        if len(asked) == 1:
            when_shown(PassphraseDialog, wrong_then_right)

    when_shown(PassphraseDialog, wrong_then_right)
    workspace_id = open_contribution(window, path)
    assert workspace_id is not None and len(asked) == 2
    assert asked[0] == "" and asked[1]  # the second time it says the first was wrong
    assert store.values(workspace_id)["status"] == "planned"


def test_a_file_that_is_not_a_request_is_refused_and_nothing_is_created(qtbot, window, store, tmp_path) -> None:
    reply_like = tmp_path / "reply.nsi-contribution"
    reply_like.write_text(json.dumps({"format": fileformat.FORMAT, "format_version": 1, "kind": "reply"}),
                          encoding="utf-8")
    seen: list[str] = []
    when_shown(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    assert open_contribution(window, reply_like) is None
    assert seen and store.list_responses() == [] and window.session is None


def test_an_unknown_questionnaire_is_refused(qtbot, store, tmp_path, request_file) -> None:
    from survey_app.gui.main_window import MainWindow

    main = MainWindow(store, Catalog())  # nothing installed
    qtbot.addWidget(main)
    main.show()
    seen: list[str] = []
    when_shown(QMessageBox, lambda box: (seen.append(box.detailedText()), box.accept()))
    assert open_contribution(main, request_file) is None
    assert seen and "M114" in seen[0] and store.list_responses() == []


# -- returning -----------------------------------------------------------------------------------------
def test_return_to_lead_writes_the_answers_and_notes(qtbot, window, store, request_file, tmp_path,
                                                     monkeypatch) -> None:
    store.set_user("Ana Ruiz")
    workspace_id = open_contribution(window, request_file)
    window.session.set_value("sectors", 12)
    window.session.set_value("has_plan", True)
    reply = tmp_path / "reply.nsi-contribution"
    save_to(monkeypatch, reply)
    seen: dict = {}

    def fill(dialog: ReturnDialog) -> None:
        seen["items"] = [item.id for item in dialog.items]
        seen["states"] = {i: label.text() for i, label in dialog.states.items()}
        seen["encrypt"] = dialog.encryption.encrypt.isChecked()
        dialog.notes["sectors"].setText("Counted with the regions.")
        dialog.ok_button.click()

    when_shown(ReturnDialog, fill)
    assert return_to_lead(window) == reply
    assert seen["items"] == ASKED and seen["encrypt"] is False
    assert seen["states"]["sectors"] == "Changed by your agency" and seen["states"]["budget"] == "Not answered"
    assert seen["states"]["status"] == "As the lead sent it (not changed)"  # sent answered, returned as it came
    document = fileformat.read(reply)
    assert document["kind"] == fileformat.REPLY and document["agency"] == AGENCY
    assert document["answered_by"] == "Ana Ruiz"
    assert {k: v["value"] for k, v in document["answers"].items()} == {
        "status": "planned", "measures": None, "sectors": 12, "budget": None, "has_plan": True, "documents": None}
    assert document["notes"] == {"sectors": "Counted with the regions."}
    assert contributions.workspace(store, workspace_id).reply_notes == {"sectors": "Counted with the regions."}
    assert "reply.nsi-contribution" in window.statusBar().currentMessage()

    # returned again after a change: the note is there to edit, the new file has the new answer
    window.session.set_value("budget", 4.5)
    again = tmp_path / "reply-2.nsi-contribution"
    save_to(monkeypatch, again)

    def check_and_send(dialog: ReturnDialog) -> None:
        seen["note"] = dialog.notes["sectors"].text()
        dialog.ok_button.click()

    when_shown(ReturnDialog, check_and_send)
    assert return_to_lead(window) == again
    assert seen["note"] == "Counted with the regions."
    assert fileformat.read(again)["answers"]["budget"]["value"] == 4.5


def test_the_banner_button_returns_too_and_cancel_writes_nothing(qtbot, window, request_file, tmp_path,
                                                                 monkeypatch) -> None:
    open_contribution(window, request_file)
    save_to(monkeypatch, tmp_path / "never.nsi-contribution")
    when_shown(ReturnDialog, lambda dialog: dialog.reject())
    window.response_view.read_only_banner.return_button.click()
    assert not (tmp_path / "never.nsi-contribution").exists()


def test_personal_data_asked_is_encrypted_by_default(qtbot, window, tmp_path, lead_store, lead_response,
                                                     questionnaire, monkeypatch) -> None:
    path = tmp_path / "personal.nsi-contribution"
    write_request(lead_store, lead_response, questionnaire, path, items=("summary",), sections=(),
                  include_sensitive=True, passphrase=PASSPHRASE)
    when_shown(PassphraseDialog, lambda dialog: (dialog.field.setText(PASSPHRASE), dialog.accept()))
    open_contribution(window, path)
    window.session.set_value("summary", "Names of the contacts.")
    reply = tmp_path / "reply.nsi-contribution"
    save_to(monkeypatch, reply)
    seen: list = []

    def mismatch_then_match(dialog: ReturnDialog) -> None:
        seen.append(dialog.encryption.encrypt.isChecked())
        dialog.encryption.first.setText(PASSPHRASE)
        dialog.encryption.second.setText(PASSPHRASE + "!")
        when_shown(QMessageBox, lambda box: (seen.append(box.text()), box.accept(), fix(dialog)))
        dialog.ok_button.click()

    def fix(dialog: ReturnDialog) -> None:
        dialog.encryption.second.setText(PASSPHRASE)
        QTimer.singleShot(0, dialog.ok_button.click)

    when_shown(ReturnDialog, mismatch_then_match)
    assert return_to_lead(window) == reply
    assert seen[0] is True and "not the same" in seen[1]
    with pytest.raises(SurveyError) as refused:
        fileformat.read(reply)  # encrypted: no passphrase, no answers
    assert refused.value.code == codes.PASSPHRASE_NEEDED
    assert fileformat.read(reply, PASSPHRASE)["answers"]["summary"]["value"] == "Names of the contacts."


# -- the lead's history, the start screen ---------------------------------------------------------------
def test_the_history_says_where_a_merged_answer_came_from(qtbot, tmp_path, questionnaire, catalog) -> None:
    from survey_app.gui.main_window import MainWindow

    lead_store = Store.open(tmp_path / "lead.db", user="Jean Dupont")
    agency = Store.open(tmp_path / "agency.db", user="Ana Ruiz")
    try:
        lead = lead_store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                          language="en")
        lead_store.set_answer(lead.id, "lead", LEAD)
        request_path = tmp_path / "request.nsi-contribution"
        write_request(lead_store, lead.id, questionnaire, request_path)
        workspace, _created = service.open_request(agency, fileformat.read(request_path), catalog,
                                                   name=request_path.name)
        agency.set_answer(workspace.id, "sectors", 21)
        reply = service.make_reply(agency, workspace.id)
        context = service.plan_merge(lead_store, lead.id, reply, questionnaire, name="reply.nsi-contribution")
        service.apply_merge(lead_store, context)

        window = MainWindow(lead_store, catalog)
        qtbot.addWidget(window)
        window.show()
        assert window.open_response(lead.id)
        dialog = HistoryDialog(window.session, "sectors", window)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 2).text() == f"Contribution from \u2068{AGENCY}\u2069"
        origin = dialog.origin.text()
        assert dialog.origin.isVisibleTo(dialog)
        for part in (AGENCY, "(answered by \u2068Ana Ruiz\u2069)", "request of", reply["returned_at"][:10]):
            assert part in origin
        assert origin.startswith("Contribution from")
        window.close()

        # in the agency's workspace: the value received, and no restoring of a context answer
        window = MainWindow(agency, catalog)
        qtbot.addWidget(window)
        window.show()
        assert window.open_response(workspace.id)
        dialog = HistoryDialog(window.session, "lead", window)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 2).text() == "Received with the lead's request"
        assert dialog.origin.text() == "Received with the lead's request"
        assert not dialog.restore_button.isEnabled()
        window.close()
    finally:
        for s in (lead_store, agency):
            if s.db is not None:
                s.close()


@pytest.mark.parametrize("source", ["", "not json", "[1, 2]", '{"agency": 3}'])
def test_a_missing_or_damaged_source_still_reads(source: str) -> None:
    entry = HistoryEntry(1, "sectors", None, 4, "2027-02-20T10:00:00", "x", "contribution", source)
    assert origin_text(entry) == "Contribution from another agency"
    assert reason_text(entry) == "Contribution from another agency"
    edit = HistoryEntry(2, "sectors", None, 4, "2027-02-20T10:00:00", "x", "edit", "")
    assert origin_text(edit) == "" and reason_text(edit) == "edit"


def test_the_start_screen_marks_workspaces(qtbot, window, store, request_file, response_id) -> None:
    workspace_id = open_contribution(window, request_file)
    window.show_start()
    rows = {window.start.table.item(r, 0).data(0x0100): window.start.table.item(r, 0).text()
            for r in range(window.start.table.rowCount())}
    assert rows[response_id] == "France"
    assert rows[workspace_id] == f"\u2068France\u2069 — contribution for \u2068{LEAD}\u2069"



# -- starting with a file ---------------------------------------------------------------------------------
def test_the_command_line_starts_the_application_on_a_contribution_file(tmp_path, request_file,
                                                                       monkeypatch) -> None:
    db = tmp_path / "agency.db"
    assert cli._application_only([]) == (None, None)
    assert cli._application_only(["--db", str(db)]) == (db, None)
    assert cli._application_only([str(request_file)]) == (None, request_file)
    assert cli._application_only(["--db", str(db), str(request_file)]) == (db, request_file)
    assert cli._application_only([str(tmp_path / "missing.nsi-contribution")]) is None
    assert cli._application_only(["list"]) is None
    assert cli._application_only([str(request_file), "list"]) is None
    started: list = []
    import survey_app.gui.app

    monkeypatch.setattr(survey_app.gui.app, "run_application",
                        lambda db_path, contribution=None: started.append((db_path, contribution)) or 0)
    assert cli.main(["--db", str(db), str(request_file)]) == 0
    assert cli.main([]) == 0
    assert started == [(db, request_file), (None, None)]


def test_help_and_commands_still_work(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    assert "nsi-contribution" in capsys.readouterr().out
    Store.open(tmp_path / "x.db").close()
    assert cli.main(["--db", str(tmp_path / "x.db"), "list"]) == 0
    with pytest.raises(SystemExit):
        cli.main([str(tmp_path / "missing.nsi-contribution")])  # not a file: the parser says so


def test_the_application_opens_the_file_once_the_window_is_up(qtbot, window, request_file) -> None:
    from survey_app.gui.app import open_at_start

    open_at_start(window, request_file)
    assert window.session is None  # not before the event loop runs
    qtbot.waitUntil(lambda: window.session is not None and window.session.response.is_contribution)


def test_a_file_given_by_the_system_is_opened(qtbot, window, request_file) -> None:
    from survey_app.gui.app import FileOpened

    app = QApplication.instance()
    opened = FileOpened(window, app)
    app.installEventFilter(opened)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(request_file)))
        qtbot.waitUntil(lambda: window.session is not None and window.session.response.is_contribution)
    finally:
        app.removeEventFilter(opened)
        opened.deleteLater()


def test_a_long_message_is_cut_in_the_banner_and_read_whole_on_demand(qtbot, window, tmp_path, lead_store,
                                                                       lead_response, questionnaire) -> None:
    selection = service.select_items(questionnaire, sections=("norm_a",))
    message = "Please answer. " * 100 + "The end."
    _request, document = service.make_request(lead_store, lead_response, questionnaire, agency=AGENCY,
                                              selection=selection, message=message)
    path = fileformat.write(document, tmp_path / "long.nsi-contribution")
    open_contribution(window, path)
    banner = window.response_view.read_only_banner
    assert "The end." not in banner.lead_message.text() and banner.whole_message_button.isVisibleTo(window)
    assert "due" not in banner.contribution_text.text()  # no due date was given
    seen: list[str] = []
    when_shown(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    banner.whole_message_button.click()
    assert seen == [message.strip()]


def test_a_database_open_read_only_says_where_to_open_the_file(qtbot, tmp_path, catalog, request_file) -> None:
    """A file double-clicked while the application already has the database open: this second window
    opened it read-only; it says so instead of failing on the first write."""
    from survey_app.gui.main_window import MainWindow

    db_path = tmp_path / "agency.db"
    Store.open(db_path).close()
    read_only = Store.open(db_path, read_only=True)
    try:
        window = MainWindow(read_only, catalog)
        qtbot.addWidget(window)
        shown: list[str] = []
        when_shown(QMessageBox, lambda box: (shown.append(box.text()), box.close()))
        assert contribution_agency.open_contribution(window, request_file) is None
        assert shown and "read-only" in shown[0]
        assert read_only.list_responses() == []
    finally:
        read_only.close()


def test_a_workspace_opens_on_the_questions_asked_with_context_sections_greyed(qtbot, window, request_file) -> None:
    open_contribution(window, request_file)
    view = window.response_view
    assert view.current_section == "norm_a"  # the first section with a question asked, not the first section
    about = view.navigator._items["about"]
    assert about.text(1) == "" and about.text(2) == ""  # nothing to answer there: no counts, no tick
    assert "nothing to answer" in about.data(1, 0x000B)  # what a screen reader says (AccessibleTextRole)
    assert view.navigator._items["norm_a"].text(1).startswith("2/6")  # the questions asked only
    lead_card = card(window, "lead")
    assert lead_card.property("context") is True and not window.session.is_editable("lead")


def test_a_reply_to_an_encrypted_request_is_encrypted_by_default(qtbot, window, tmp_path, lead_store, lead_response,
                                                                 questionnaire, monkeypatch) -> None:
    path = tmp_path / "secret.nsi-contribution"
    write_request(lead_store, lead_response, questionnaire, path, passphrase=PASSPHRASE)
    when_shown(PassphraseDialog, lambda dialog: (dialog.field.setText(PASSPHRASE), dialog.accept()))
    assert open_contribution(window, path) is not None
    seen: dict = {}

    def look(dialog: ReturnDialog) -> None:
        seen["encrypt"] = dialog.encryption.encrypt.isChecked()
        dialog.reject()

    when_shown(ReturnDialog, look)
    assert return_to_lead(window) is None
    assert seen["encrypt"] is True
