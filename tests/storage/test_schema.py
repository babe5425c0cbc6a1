"""The application owns its schema: a file holding objects its migrations did not create (a
trigger, a table, a view, a table re-created differently) is refused, untouched, everywhere."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage import codes, files, schema
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .crafted import (
    ABORT_WRITES,
    IGNORE_UPDATES,
    KEEP_COPY,
    SHADOW_TABLE,
    WIPE_HISTORY,
    add_objects,
)

CHECKED_ANSWERS = (
    "CREATE TABLE answers (response_id INTEGER NOT NULL REFERENCES responses(id), item_id TEXT NOT NULL,"
    " value TEXT NOT NULL CHECK (length(value) < 5), review TEXT NOT NULL DEFAULT 'current',"
    " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, answered INTEGER NOT NULL DEFAULT 1,"
    " PRIMARY KEY (response_id, item_id))"
)


def _filled(db_path: Path, questionnaire: Questionnaire) -> int:
    with Store.open(db_path) as store:
        response = store.create_response(state=State("KEN", "Kenya"), cycle=2024, questionnaire=questionnaire, language="en")
        store.set_answer(response.id, "ministry", "Ministry of Foreign Affairs")
        return response.id


def _rewrite_table_sql(path: Path, name: str, sql: str) -> None:
    """A table whose definition another tool changed (same name, a CHECK added)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [sql, name])
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        ((IGNORE_UPDATES,), ["trigger keep_old"]),  # imports "succeed" and store nothing
        ((WIPE_HISTORY,), ["trigger wipe"]),  # history wiped at the next edit
        ((SHADOW_TABLE, KEEP_COPY), ["table shadow", "trigger keep_copy"]),  # personal data kept after a purge
        ((ABORT_WRITES,), ["trigger refuse"]),  # every edit "locked by another program"
        (("CREATE VIEW everything AS SELECT * FROM answers",), ["view everything"]),
        (("CREATE INDEX by_value ON answers(value)",), ["index by_value"]),
    ],
    ids=["ignore-updates", "wipe-history", "keep-copy", "abort", "view", "index"],
)
def test_a_database_with_foreign_objects_is_refused_untouched(db_path: Path, questionnaire: Questionnaire,
                                                              statements: tuple[str, ...], named: list[str]) -> None:
    _filled(db_path, questionnaire)
    add_objects(db_path, *statements)
    digest = _digest(db_path)
    backups = files.list_backups(db_path)
    for opening in (lambda: Store.open(db_path), lambda: Store.open(db_path, read_only=True),
                    lambda: files.check_file(db_path), lambda: files.check_file(db_path, thorough=True)):
        with pytest.raises(SurveyError) as error:
            opening()
        assert error.value.code == codes.FOREIGN_OBJECTS
        assert all(name in str(error.value) for name in named), str(error.value)
    assert not files.is_healthy(db_path)
    assert _digest(db_path) == digest
    assert files.list_backups(db_path) == backups  # no backup of it was made either


def test_a_table_redefined_by_another_tool_is_refused(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    _rewrite_table_sql(db_path, "answers", CHECKED_ANSWERS)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.FOREIGN_OBJECTS
    assert "table answers (changed)" in str(error.value)


def test_an_empty_file_with_only_a_view_is_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "survey.db"
    add_objects(path, "CREATE VIEW hello AS SELECT 1")
    with pytest.raises(SurveyError) as error:
        Store.open(path)
    assert error.value.code == codes.FOREIGN_OBJECTS


def test_the_expected_schema_is_what_the_migrations_make(db_path: Path, store: Store) -> None:
    """No second list: a fresh database matches; a database at an older migration matches the
    schema of that migration (it is then upgraded, with a backup)."""
    assert schema.unexpected_objects(store.db.conn) == []
    names = {name for _kind, name in schema.expected_objects(schema.KNOWN_MIGRATIONS)}
    assert {"responses", "answers", "history", "notes", "events", "meta", "history_by_item"} <= names
    old = Database(db_path.parent / "old.db")
    schema.MIGRATIONS.apply(old, stop_before="m002_events_and_progress")
    assert schema.unexpected_objects(old.conn) == []
    old.execute("DROP INDEX history_by_item")
    assert schema.unexpected_objects(old.conn) == ["index history_by_item (missing)"]
    old.close()


def test_every_connection_distrusts_the_schema(db_path: Path, store: Store, response_id: int) -> None:
    assert store.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert store.db.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    with Store.open(db_path, read_only=True) as reader:
        assert reader.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_recovery_sets_a_foreign_database_aside_and_skips_foreign_backups(db_path: Path,
                                                                          questionnaire: Questionnaire) -> None:
    response_id = _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        clean = store.backup()
        store.set_answer(response_id, "ministry", "Ministry of Justice")
        tampered = store.backup()
    add_objects(tampered, SHADOW_TABLE, KEEP_COPY)
    add_objects(db_path, IGNORE_UPDATES)
    crafted = db_path.read_bytes()
    with pytest.raises(SurveyError) as error:
        Store.restore_backup(tampered, db_path)
    assert error.value.code == codes.BACKUP_DAMAGED and "trigger keep_copy" in str(error.value)
    recovery = Store.recover_damaged(db_path)
    assert recovery.restored_from == clean
    assert recovery.set_aside.read_bytes() == crafted  # kept aside, unchanged
    with Store.open(db_path) as store:
        assert store.answer(response_id, "ministry").value == "Ministry of Foreign Affairs"


def _rename_object(path: Path, old: str, new: str) -> None:
    """Give an object a name of SQLite's own ("sqlite_…"), as another tool can with writable_schema."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET name = ?, tbl_name = CASE WHEN type = 'table' THEN ? ELSE tbl_name END,"
                 " sql = replace(sql, ?, ?) WHERE name = ?", [new, new, old, new, old])
    conn.close()


@pytest.mark.parametrize(("statement", "old", "new"), [
    ("CREATE TABLE shadow (item_id, value)", "shadow", "sqlite_shadow"),  # data no purge would reach
    ("CREATE UNIQUE INDEX copy_idx ON answers(item_id, response_id, value)", "copy_idx", "sqlite_idx"),
    ("CREATE INDEX notes_text ON notes(text)", "notes_text", "sqlite_copy"),
])
def test_a_name_of_sqlite_s_own_earns_no_trust(db_path: Path, questionnaire: Questionnaire,
                                               statement: str, old: str, new: str) -> None:
    _filled(db_path, questionnaire)
    add_objects(db_path, statement)
    _rename_object(db_path, old, new)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # SQLite itself is content
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.FOREIGN_OBJECTS and new in str(error.value)
