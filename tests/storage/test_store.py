"""Store: responses, answers, history, notes, review, finalise, soft delete, pending edits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage import codes
from survey_app.storage.api import ReviewState, State, Status
from survey_app.storage.store import Store


def test_new_database_is_private_wal_and_reopens(db_path: Path, questionnaire: Questionnaire) -> None:
    store = Store.open(db_path)
    assert store.journal_mode == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="fr")
    store.set_answer(response.id, "summary", "Une stratégie nationale.")
    store.close()
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    with Store.open(db_path) as again:
        assert again.answers(response.id)["summary"].value == "Une stratégie nationale."
        assert again.response(response.id).language == "fr"


def test_one_response_per_state_cycle_questionnaire(store: Store, questionnaire: Questionnaire, response_id: int) -> None:
    with pytest.raises(SurveyError) as error:
        store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en")
    assert error.value.code == codes.DUPLICATE_RESPONSE
    other = store.create_response(state=State("FRA", "France"), cycle=2024, questionnaire=questionnaire, language="en")
    assert [s.response.cycle for s in store.list_responses()] == [2026, 2024]
    assert other.id != response_id


def test_values_of_every_type_round_trip(store: Store, response_id: int) -> None:
    values = {
        "summary": "Line one\nLine two — «quoted» العربية 中文",
        "staff": 12,
        "budget": "12.5",
        "adopted": "2024-03-01",
        "has_cert": True,
        "norm_a": "partial",
        "sectors": {"selected": ["energy", "other"], "other": "Water"},
        "laws": [{"title": "Cyber Act", "year": 2019}, {"title": "Data Act"}],
    }
    for item_id, value in values.items():
        store.set_answer(response_id, item_id, value)
    assert {k: a.value for k, a in store.answers(response_id).items()} == values
    summary = store.list_responses()[0]
    assert (summary.answered, summary.answerable) == (8, 11)


def test_history_records_who_and_restore_brings_back(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "ministry", "Ministry of Foreign Affairs")
    store.set_answer(response_id, "ministry", "Ministry of Digital Affairs", who="Amina")
    store.clear_answer(response_id, "ministry")
    history = store.history(response_id, "ministry")
    assert [(h.old_value, h.new_value, h.reason) for h in history] == [
        (None, "Ministry of Foreign Affairs", "edit"),
        ("Ministry of Foreign Affairs", "Ministry of Digital Affairs", "edit"),
        ("Ministry of Digital Affairs", None, "clear"),
    ]
    assert [h.changed_by for h in history] == ["Tester", "Amina", "Tester"]
    restored = store.restore(response_id, history[0].id)
    assert restored is not None and restored.value == "Ministry of Foreign Affairs"
    assert store.history(response_id, "ministry")[-1].reason == "restore"
    with pytest.raises(SurveyError) as error:
        store.restore(response_id, 9999)
    assert error.value.code == codes.UNKNOWN_HISTORY


def test_same_value_again_adds_no_history(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "staff", 3)
    store.set_answer(response_id, "staff", 3)
    assert len(store.history(response_id, "staff")) == 1


def test_notes_and_review_states(store: Store, response_id: int) -> None:
    store.set_note(response_id, "summary", "Ask the legal office")
    assert store.note(response_id, "summary") == "Ask the legal office"
    store.set_note(response_id, "summary", "")
    assert store.note(response_id, "summary") == ""
    store.set_answer(response_id, "staff", 4, review=ReviewState.CARRIED)
    assert store.answers(response_id)["staff"].review is ReviewState.CARRIED
    store.set_review(response_id, ["staff"], ReviewState.CONFIRMED)
    assert store.answers(response_id)["staff"].review is ReviewState.CONFIRMED


def test_finalised_response_refuses_edits_until_reopened(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "staff", 1)
    store.finalise(response_id, who="Head of unit")
    assert store.response(response_id).status is Status.FINAL
    for edit in (
        lambda: store.set_answer(response_id, "staff", 2),
        lambda: store.clear_answer(response_id, "staff"),
        lambda: store.set_answers(response_id, {"staff": 2}),
        lambda: store.set_review(response_id, ["staff"], ReviewState.CONFIRMED),
    ):
        with pytest.raises(SurveyError) as error:
            edit()
        assert error.value.code == codes.RESPONSE_FINAL
    assert store.answers(response_id)["staff"].value == 1
    store.reopen(response_id, who="Head of unit")
    store.set_answer(response_id, "staff", 2)
    kinds = [(kind, who) for kind, _at, who, _detail in store.events(response_id)]
    assert ("finalise", "Head of unit") in kinds and ("reopen", "Head of unit") in kinds


def test_soft_delete_is_undoable(store: Store, questionnaire: Questionnaire, response_id: int) -> None:
    store.set_answer(response_id, "staff", 5)
    store.delete_response(response_id)
    assert store.list_responses() == []
    assert store.is_deleted(response_id)
    store.undelete_response(response_id)
    assert [s.response.id for s in store.list_responses()] == [response_id]
    assert store.answers(response_id)["staff"].value == 5


def test_undelete_refused_when_replaced(store: Store, questionnaire: Questionnaire, response_id: int) -> None:
    store.delete_response(response_id)
    store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en")
    with pytest.raises(SurveyError) as error:
        store.undelete_response(response_id)
    assert error.value.code == codes.DUPLICATE_RESPONSE


def test_set_answers_is_all_or_nothing(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "staff", 1)
    with pytest.raises(SurveyError):
        store.set_answers(response_id, {"staff": 2, "summary": object()})
    assert store.values(response_id) == {"staff": 1}


def test_unknown_response(store: Store) -> None:
    with pytest.raises(SurveyError) as error:
        store.response(42)
    assert error.value.code == codes.UNKNOWN_RESPONSE


def test_full_disk_keeps_the_edit_until_retry(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "summary", "short")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    big = "A long considered answer. " * 4000
    with pytest.raises(SurveyError) as error:
        store.set_answer(response_id, "summary", big)
    assert error.value.code == codes.DISK_FULL
    assert [edit.args[0] for edit in store.pending()] == ["summary"]
    # a later edit waits behind the failed one, so order is kept
    with pytest.raises(SurveyError):
        store.set_answer(response_id, "summary", big + "(2)")
    assert len(store.pending()) == 2
    assert store.answers(response_id)["summary"].value == "short"
    store.db.execute("PRAGMA max_page_count = 1000000")
    assert store.retry_pending() == 2
    assert store.pending() == []
    assert store.answers(response_id)["summary"].value == big + "(2)"
    assert [h.new_value for h in store.history(response_id, "summary")][-2:] == [big, big + "(2)"]


def test_read_only_store_refuses_writes_but_reads(db_path: Path, store: Store, response_id: int) -> None:
    store.set_answer(response_id, "staff", 7)
    reader = Store.open(db_path, read_only=True)
    try:
        assert reader.answers(response_id)["staff"].value == 7
        with pytest.raises(SurveyError) as error:
            reader.set_answer(response_id, "staff", 8)
        assert error.value.code == codes.OPENED_READ_ONLY
    finally:
        reader.close()


def test_second_writer_is_refused(db_path: Path, store: Store) -> None:
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.ALREADY_OPEN
    assert "already open" in str(error.value)


def test_file_locked_by_another_program_keeps_the_edit(db_path: Path, store: Store, response_id: int) -> None:
    import sqlite3

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(SurveyError) as error:
            store.set_answer(response_id, "ministry", "Ministry of Justice")
        assert error.value.code == codes.BUSY
        assert len(store.pending()) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.retry_pending() == 1
    assert store.answer(response_id, "ministry").value == "Ministry of Justice"


def test_values_that_cannot_be_stored_are_refused_not_queued(store: Store, response_id: int) -> None:
    for bad in (float("nan"), "\ud800", {"x": object()}, "x" * (9 * 1024 * 1024)):
        with pytest.raises(SurveyError) as error:
            store.set_answer(response_id, "summary", bad)
        assert error.value.code == codes.BAD_INPUT
    assert store.pending() == []


def _sqlite_error(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        conn.execute(sql)
    return raised.value


def test_write_errors_are_named_by_sqlites_code_not_its_text(tmp_path: Path) -> None:
    """Real failures from SQLite; a trigger that aborts with "database is locked" is a refusal, not
    a file locked by another program (the user would wait for a program that does not exist)."""
    from survey_app.storage.store import _write_error

    path = tmp_path / "errors.db"
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)  # a lock is reported at once
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON t WHEN new.x = 'no' BEGIN SELECT RAISE(ABORT, 'database is locked'); END")
    conn.execute("CREATE TRIGGER full BEFORE INSERT ON t WHEN new.x = 'full' BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    locked = _sqlite_error(conn, "INSERT INTO t VALUES ('a')")
    other.execute("ROLLBACK")
    other.close()
    conn.execute("PRAGMA query_only = ON")
    read_only = _sqlite_error(conn, "INSERT INTO t VALUES ('a')")
    conn.execute("PRAGMA query_only = OFF")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    full = _sqlite_error(conn, "INSERT INTO t SELECT hex(randomblob(100000))")
    cases = [
        (full, codes.DISK_FULL),
        (read_only, codes.READ_ONLY_FILE),
        (locked, codes.BUSY),
        (_sqlite_error(conn, "INSERT INTO t VALUES ('no')"), codes.WRITE_FAILED),
        (_sqlite_error(conn, "INSERT INTO t VALUES ('full')"), codes.WRITE_FAILED),
        (sqlite3.OperationalError("database is locked"), codes.WRITE_FAILED),  # no code from SQLite
    ]
    conn.close()
    for error, code in cases:
        named = _write_error(path, error)
        assert named.code == code and "could not be saved" in str(named), (error, named)


def test_read_only_file_keeps_the_edit_until_retry(store: Store, response_id: int) -> None:
    # PRAGMA query_only gives SQLite's own "readonly database" failure, as a read-only file would
    store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(SurveyError) as error:
        store.set_note(response_id, "summary", "Check with the legal office")
    assert error.value.code == codes.READ_ONLY_FILE
    with pytest.raises(SurveyError):
        store.set_answers(response_id, {"staff": 3, "budget": "1.5"})
    assert [edit.action for edit in store.pending()] == ["note", "set_many"]
    store.db.execute("PRAGMA query_only = OFF")
    assert store.retry_pending() == 2
    assert store.note(response_id, "summary") == "Check with the legal office"
    assert store.values(response_id) == {"staff": 3, "budget": "1.5"}


def test_a_name_given_once_is_remembered(db_path: Path, questionnaire: Questionnaire) -> None:
    import getpass

    with Store.open(db_path) as store:
        assert store.user == getpass.getuser()
        store.set_user("  Amina   Diallo ")
        response = store.create_response(state=State("SEN", "Senegal"), cycle=2026, questionnaire=questionnaire, language="fr")
        store.set_answer(response.id, "staff", 3)
    with Store.open(db_path) as store:
        assert store.user == "Amina Diallo"
        assert store.history(response.id, "staff")[0].changed_by == "Amina Diallo"
        with pytest.raises(SurveyError):
            store.set_user("   ")
    with Store.open(db_path, user="Visitor") as store:
        assert store.user == "Visitor"


def test_no_sqlite_utils_plugin_is_loaded(store: Store) -> None:
    """Store marks sqlite-utils' entry-point plugins as loaded so none runs on our connection; the
    private flag it sets must still be the one sqlite-utils reads."""
    import inspect

    import sqlite_utils.plugins

    assert sqlite_utils.plugins._plugins_loaded is True
    assert "_plugins_loaded" in inspect.getsource(sqlite_utils.plugins.ensure_plugins_loaded)
    assert sqlite_utils.plugins.pm.list_plugin_distinfo() == []  # nothing taken from entry points


@pytest.mark.parametrize(("field", "value"), [
    ("cycle", 2040.9), ("cycle", True), ("cycle", "2040"), ("cycle", 1899),
    ("language", "klingon"), ("name", "A\x00B"), ("name", "x" * 201), ("name", "   "),
])
def test_create_response_refuses_what_new_refuses(tmp_path, field, value) -> None:
    """The store is the last gate: whatever the caller, a response is a State name in its one
    spelling, a whole year and a UN language (2040.9 used to become 2040)."""
    from storage.conftest import small_questionnaire

    arguments = {"state": State(None, "Republic of Examplia"), "cycle": 2026, "language": "en"}
    arguments["state" if field == "name" else field] = State(None, value) if field == "name" else value
    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(SurveyError) as caught:
            store.create_response(questionnaire=small_questionnaire(), **arguments)
        assert caught.value.code == "S210"
        assert store.list_responses() == []
    with Store.open(tmp_path / "s.db") as store:
        made = store.create_response(state=State(None, " Republic\u200b of\nExamplia "), cycle=2026, language="en",
                                     questionnaire=small_questionnaire())
        assert made.state.name == "Republic of Examplia"
