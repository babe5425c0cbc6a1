"""The database schema, built only through migrations (sqlite-utils `Migrations`).

An applied migration is never edited: change the schema by adding a new one at the end.  Each
migration also sets `PRAGMA user_version` to its number, so a database written by a newer version
of the application (a higher number, or migrations this version does not know) is recognised and
refused before anything touches it.
"""

from __future__ import annotations

import functools
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


@MIGRATIONS(name="m003_contributions")
def m003_contributions(db: Database) -> None:
    """Contributions from other agencies (docs/contributions.md).

    - every response gets a stable `uuid` (a reply names the response it answers by it), and a
      `kind`: "own", or "contribution" for an agency's workspace (a request opened in its database;
      several may answer the same State and cycle, so the one-per-cycle rule is for own responses);
    - `contributions`: the requests a lead sent (the items asked, the values sent: the merge base);
    - `workspaces`: on the agency's side, the request a workspace answers;
    - `history.source`: where a merged answer came from (agency, request and reply dates), JSON.
    """
    import uuid

    db.execute("ALTER TABLE responses ADD COLUMN uuid TEXT")
    db.execute("ALTER TABLE responses ADD COLUMN kind TEXT NOT NULL DEFAULT 'own'")
    for (response_id,) in db.execute("SELECT id FROM responses").fetchall():
        db.execute("UPDATE responses SET uuid = ? WHERE id = ?", [str(uuid.uuid4()), response_id])
    db.execute("CREATE UNIQUE INDEX responses_by_uuid ON responses(uuid)")
    db.execute("DROP INDEX responses_one_per_cycle")
    db.execute(
        "CREATE UNIQUE INDEX responses_one_per_cycle ON responses(state_key, cycle, questionnaire_id)"
        " WHERE deleted = 0 AND kind = 'own'"
    )
    db.execute(
        """CREATE TABLE contributions (
            id TEXT PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES responses(id),
            agency TEXT NOT NULL,
            items TEXT NOT NULL,
            base TEXT NOT NULL,
            due TEXT,
            message TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            sent_at TEXT NOT NULL,
            sent_by TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'sent',
            returned_at TEXT,
            returned_by TEXT,
            merged_at TEXT,
            merged_base TEXT NOT NULL DEFAULT '{}',
            merged_by_workspace TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX contributions_by_response ON contributions(response_id)")
    db.execute(
        """CREATE TABLE workspaces (
            response_id INTEGER PRIMARY KEY REFERENCES responses(id),
            request_id TEXT NOT NULL,
            request TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            returned_at TEXT,
            reply_notes TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX workspaces_by_request ON workspaces(request_id)")
    db.execute("ALTER TABLE history ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    db.execute("PRAGMA user_version = 3")


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


# -- the schema the application owns ----------------------------------------------------------------
#: sqlite-utils owns its migrations table (and its index); its definition changes between
#: sqlite-utils versions, so only its presence is expected, not its exact SQL
_SQLITE_UTILS_TABLE = Migrations.migrations_table


def _normalised(sql: str | None) -> str:
    """SQL text without layout differences (whitespace, spaces around brackets and commas)."""
    text = " ".join((sql or "").split())
    for mark in ("(", ")", ","):
        text = text.replace(f" {mark}", mark).replace(f"{mark} ", mark)
    return text


@functools.cache
def expected_objects(applied: frozenset[str]) -> dict[tuple[str, str], str]:
    """(type, name) -> normalised SQL of every object the `applied` migrations create.

    Built by running those migrations on an empty in-memory database, so the migrations stay the
    only description of the schema.
    """
    db = Database(memory=True)
    try:
        for migration in MIGRATIONS._migrations:
            if migration.name in applied:
                migration.fn(db)
        return _owned_objects(db.conn)
    finally:
        db.close()


def _owned_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every object of the file but sqlite-utils' migrations table and its own index (their SQL
    changes between sqlite-utils versions). SQLite's implicit indexes (`sqlite_autoindex_answers_1`)
    are compared like the rest: a name starting with "sqlite_" earns no trust (another program can
    give that name to a table or an index of its own)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name): _normalised(sql)
        for kind, name, table, sql in rows
        if not (table == _SQLITE_UTILS_TABLE and (
            (kind == "table" and name == _SQLITE_UTILS_TABLE)
            or (kind == "index" and name.startswith(f"idx_{_SQLITE_UTILS_TABLE}_")
                and "UNIQUE INDEX" in (sql or "").upper())))
    }


def unexpected_objects(conn: sqlite3.Connection) -> list[str]:
    """What the file holds that the migrations it records did not create, or changed or lost:
    e.g. ["table shadow", "trigger keep_copy", "table answers (changed)", "index history_by_item (missing)"].
    """
    _version, names = schema_state(conn)
    expected = expected_objects(frozenset(names & KNOWN_MIGRATIONS))
    found = _owned_objects(conn)
    problems = [f"{kind} {name}" for kind, name in sorted(found) if (kind, name) not in expected]
    problems += [f"{kind} {name} (changed)" for kind, name in sorted(found)
                 if (kind, name) in expected and found[(kind, name)] != expected[(kind, name)]]
    problems += [f"{kind} {name} (missing)" for kind, name in sorted(set(expected) - set(found))]
    return problems
