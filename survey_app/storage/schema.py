"""The database schema, built only through migrations (sqlite-utils `Migrations`).

An applied migration is never edited: change the schema by adding a new one at the end.  Each
migration also sets `PRAGMA user_version` to its number, so a database written by a newer version
of the application (a higher number, or migrations this version does not know) is recognised and
refused before anything touches it.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("survey_app")


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    db.execute(
        """CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            state_code TEXT,
            state_name TEXT NOT NULL,
            state_key TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            language TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            previous_id INTEGER REFERENCES responses(id),
            deleted INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX responses_one_per_cycle ON responses(state_key, cycle, questionnaire_id)"
        " WHERE deleted = 0"
    )
    db.execute(
        """CREATE TABLE answers (
            response_id INTEGER NOT NULL REFERENCES responses(id),
            item_id TEXT NOT NULL,
            value TEXT NOT NULL,
            review TEXT NOT NULL DEFAULT 'current',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (response_id, item_id)
        )"""
    )
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES responses(id),
            item_id TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            reason TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX history_by_item ON history(response_id, item_id)")
    db.execute(
        """CREATE TABLE notes (
            response_id INTEGER NOT NULL REFERENCES responses(id),
            item_id TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (response_id, item_id)
        )"""
    )
    db.execute("PRAGMA user_version = 1")


@MIGRATIONS(name="m002_events_and_progress")
def m002_events_and_progress(db: Database) -> None:
    """Record finalise/reopen/delete/purge; keep per response the answerable item ids for progress."""
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            response_id INTEGER REFERENCES responses(id),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("ALTER TABLE responses ADD COLUMN answerable_items TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE answers ADD COLUMN answered INTEGER NOT NULL DEFAULT 1")
    db.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute("PRAGMA user_version = 2")


#: The schema version this application writes (the number of migrations it knows).
SCHEMA_VERSION = len(MIGRATIONS._migrations)
KNOWN_MIGRATIONS = frozenset(m.name for m in MIGRATIONS._migrations)


def schema_state(conn: sqlite3.Connection) -> tuple[int, set[str]]:
    """(user_version, names of applied migrations) read without writing anything."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [Migrations.migrations_table]
    ).fetchone()
    names: set[str] = set()
    if has_table:
        rows = conn.execute(
            f"SELECT name FROM {Migrations.migrations_table} WHERE migration_set = ?", [MIGRATIONS.name]
        )
        names = {row[0] for row in rows}
    return version, names


def is_newer(conn: sqlite3.Connection) -> bool:
    version, names = schema_state(conn)
    return version > SCHEMA_VERSION or bool(names - KNOWN_MIGRATIONS)


def needs_upgrade(conn: sqlite3.Connection) -> bool:
    _version, names = schema_state(conn)
    return bool(KNOWN_MIGRATIONS - names)


def has_user_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None
