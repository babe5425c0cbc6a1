"""Database files as a crash, a fault or another program leaves them, built with SQLite itself:
an index that misses rows, foreign triggers and tables, unfinished backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SECRET = "Jane Secretperson, +41 22 555 0199"


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal beside the file: it is complete alone
    return conn


def _set_index_sql(path: Path, name: str, sql: str) -> None:
    conn = _connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'index' AND name = ?", [sql, name])
    conn.close()  # the next connection reads the edited schema


def damage_index(path: Path, *, rows: int = 3) -> None:
    """Add history rows that the index `history_by_item` does not hold: quick_check still says
    "ok", integrity_check says "row … missing from index history_by_item"; the schema text is
    unchanged (the index is made partial `WHERE 0` while the rows are added, then restored)."""
    conn = _connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'history_by_item'").fetchone()[0]
    conn.close()
    _set_index_sql(path, "history_by_item", f"{sql} WHERE 0")
    conn = _connect(path)
    for n in range(rows):
        conn.execute(
            "INSERT INTO history (response_id, item_id, old_value, new_value, changed_at, changed_by, reason)"
            " VALUES (1, 'summary', NULL, ?, 'then', 'nobody', 'edit')", [f'"unindexed {n}"']
        )
    conn.close()
    _set_index_sql(path, "history_by_item", sql)
    conn = _connect(path)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert "missing from index" in conn.execute("PRAGMA integrity_check").fetchall()[0][0]
    conn.close()


def add_objects(path: Path, *statements: str) -> None:
    """Run `statements` on the file as another program would (a crafted file, another tool)."""
    conn = _connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.close()


IGNORE_UPDATES = "CREATE TRIGGER keep_old BEFORE UPDATE ON answers BEGIN SELECT RAISE(IGNORE); END"
WIPE_HISTORY = "CREATE TRIGGER wipe AFTER INSERT ON history BEGIN DELETE FROM history; END"
SHADOW_TABLE = "CREATE TABLE shadow (response_id, item_id, value)"
KEEP_COPY = ("CREATE TRIGGER keep_copy BEFORE DELETE ON answers BEGIN"
             " INSERT INTO shadow VALUES (old.response_id, old.item_id, old.value); END")
ABORT_WRITES = "CREATE TRIGGER refuse BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'database is locked'); END"


def partial_backup(source: Path, partial: Path) -> None:
    """What `files.write_backup` leaves when killed before its rename: the copy under its
    `.partial` name, and a rollback journal beside it (the copy was being written)."""
    src = sqlite3.connect(source)
    dest = sqlite3.connect(partial)
    src.backup(dest)
    dest.close()
    src.close()
    Path(f"{partial}-journal").write_bytes(partial.read_bytes())  # the pages it was overwriting


def holding(folder: Path, text: str) -> list[Path]:
    """Every file under `folder` whose bytes contain `text`."""
    return sorted(path for path in folder.rglob("*") if path.is_file() and text.encode() in path.read_bytes())
