"""Removing personal data on request: the answers, their history and notes, in the file and backups.

`secure_delete` overwrites freed pages, the WAL is truncated and the file vacuumed, so the values
are not left in free space; every automatic backup is rewritten the same way (or deleted when it
cannot be rewritten).  Copies made elsewhere (`backup --out`) cannot be reached: the result says so.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from survey_app.errors import SurveyError
from survey_app.storage import codes, files
from survey_app.storage.contributions import holds_items, purge_items

if TYPE_CHECKING:
    from survey_app.storage.store import PurgeResult, Store


def _purge_rows(conn: sqlite3.Connection, response_id: int, item_ids: list[str]) -> tuple[int, int]:
    marks = ", ".join("?" for _ in item_ids)
    answers = conn.execute(
        f"DELETE FROM answers WHERE response_id = ? AND item_id IN ({marks})", [response_id, *item_ids]
    ).rowcount
    history = conn.execute(
        f"DELETE FROM history WHERE response_id = ? AND item_id IN ({marks})", [response_id, *item_ids]
    ).rowcount
    conn.execute(f"DELETE FROM notes WHERE response_id = ? AND item_id IN ({marks})", [response_id, *item_ids])
    purge_items(conn, response_id, item_ids)  # the values sent to or received from other agencies
    return answers, history


def purge_sensitive(store: Store, response_id: int, item_ids: Iterable[str]) -> PurgeResult:
    from survey_app.storage.store import PurgeResult, now

    item_ids = sorted(set(item_ids))
    store.response(response_id)
    if store.read_only:
        raise SurveyError(codes.OPENED_READ_ONLY, "{path}: the database is open read-only; nothing was removed.", values={"path": store.path})
    if not item_ids:
        return PurgeResult(0, 0)
    store._drop_pending(response_id, item_ids)  # edits still waiting to be written hold the data too
    try:
        with store.db.atomic():
            answers, history = _purge_rows(store.db.conn, response_id, item_ids)
            store.db.execute(
                "INSERT INTO events (response_id, kind, at, who, detail) VALUES (?, 'purge', ?, ?, ?)",
                [response_id, now(), store.user, ", ".join(item_ids)],
            )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.execute("VACUUM")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise SurveyError(codes.WRITE_FAILED, "{path}: the personal data could not be removed ({reason}).", values={"path": store.path, "reason": exc}) from None
    rewritten, deleted, not_removed = [], [], []
    for backup in files.list_backups(store.path):
        if _rewrite_backup(backup, response_id, item_ids):
            rewritten.append(backup)
        elif _delete(backup):
            deleted.append(backup)
        else:
            not_removed.append(backup)
    # a backup or restore killed part-way: a copy of the database that was never finished, deleted
    partials = files.remove_leftovers(store.path)
    not_removed += files.leftover_files(store.path)
    # files set aside by a recovery are kept as they are (never written, never deleted unasked)
    not_removed += [path for path in files.set_aside_files(store.path) if _holds(path, response_id, item_ids)]
    notice = (
        f"Removed {answers} answer(s) and {history} history entries; {len(rewritten)} backup(s) were cleaned"
        + (f" and {len(deleted)} that could not be cleaned were deleted" if deleted else "")
        + (f"; {len(partials)} unfinished backup file(s) were deleted" if partials else "")
        + (f"; these files could be neither cleaned nor deleted and still hold the data: "
           f"{', '.join(str(path) for path in not_removed)}" if not_removed else "")
        + ". Copies saved elsewhere (exports, backups you saved yourself) still hold the data: delete them too."
    )
    return PurgeResult(answers, history, tuple(rewritten), tuple(deleted), notice,
                       partials_deleted=tuple(partials), not_removed=tuple(not_removed))


def files_still_holding(store: Store, response_id: int, item_ids: Iterable[str]) -> list[Path]:
    """The application's other copies of the database (automatic backups, unfinished ones, files a
    recovery set aside) that still hold answers, history or notes of these items of the response:
    e.g. after a removal that was interrupted once the database itself was cleaned."""
    item_ids = sorted(set(item_ids))
    if not item_ids:
        return []
    candidates = [*files.list_backups(store.path), *files.leftover_files(store.path),
                  *files.set_aside_files(store.path)]
    return [path for path in candidates if _holds(path, response_id, item_ids)]


def _holds(path: Path, response_id: int, item_ids: list[str]) -> bool:
    """Whether a copy holds rows of these items (True when it cannot be read: it may)."""
    if path.name.endswith(("-wal", "-shm", "-journal")):
        return True  # a side file of an unfinished copy: its pages may hold anything
    marks = ", ".join("?" for _ in item_ids)
    conn = None
    try:
        conn = sqlite3.connect(f"{files.file_uri(path)}?mode=ro&immutable=1", uri=True)
        return any(conn.execute(f"SELECT 1 FROM {table} WHERE response_id = ? AND item_id IN ({marks}) LIMIT 1",
                                [response_id, *item_ids]).fetchone()
                   for table in ("answers", "history", "notes")) or holds_items(conn, response_id, item_ids)
    except sqlite3.Error:
        return True
    finally:
        if conn is not None:
            conn.close()


def _delete(backup: Path) -> bool:
    """Delete a backup and its side files (a -journal left by a killed rewrite holds old pages)."""
    try:
        backup.unlink(missing_ok=True)
    except OSError:
        return False
    for suffix in files.SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{backup}{suffix}").unlink(missing_ok=True)
    return True


def _rewrite_backup(backup: Path, response_id: int, item_ids: list[str]) -> bool:
    """Remove the items from a backup in place; False when it cannot be done and trusted (a damaged
    backup, or one with objects this application did not create, e.g. a trigger copying answers)."""
    try:
        files.check_file(backup, thorough=True, writable=True)
    except SurveyError:
        return False
    conn = None
    try:
        conn = files.connect(backup)
        conn.execute("PRAGMA secure_delete = ON")
        with conn:
            _purge_rows(conn, response_id, item_ids)
        conn.execute("VACUUM")
        return True
    except sqlite3.Error:
        return False
    finally:
        if conn is not None:
            conn.close()
