"""The database as a file: health checks, the single-writer lock, backups and recovery.

Checks open a file without changing it (SQLite `immutable` URI, so not even a -wal or -shm file
appears next to it); a damaged or foreign file is left byte-identical.  Backups use the SQLite
online backup API, so they are consistent even while the application writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from survey_app.errors import SurveyError
from survey_app.storage import codes, schema

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10


def now_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def private(path: Path) -> None:
    """Owner-only permissions where the platform has them (best effort, never fails)."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))):
        with contextlib.suppress(OSError):
            if candidate.exists():
                os.chmod(candidate, 0o600)


def file_uri(path: Path) -> str:
    """An SQLite URI for a path (Windows drive letters, spaces, '?' and '#' included)."""
    return Path(path).absolute().as_uri()


# -- checks ---------------------------------------------------------------------------------------
def connect_for_check(path: Path, *, writable: bool = False) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside the file.

    When a -wal or hot -journal is present (the application was killed), its committed content
    must be seen, so the file is opened read-only in the normal way; otherwise `immutable=1`.
    """
    uri = file_uri(path)
    if _has_content(Path(f"{path}-journal")) and writable:
        # a hot rollback journal (killed during a write without WAL): only a writer can roll it back
        return sqlite3.connect(path)
    mode = "mode=ro" if _has_content(Path(f"{path}-wal")) else "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{mode}", uri=True)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def check_file(path: Path, *, thorough: bool = False, writable: bool = False) -> None:
    """Raise SurveyError unless `path` is a healthy SQLite file from this application (or empty)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise SurveyError(codes.MISSING, "{path}: the file does not exist.", values={"path": path}) from None
    except OSError as exc:
        raise SurveyError(codes.CANNOT_OPEN, "{path}: the file cannot be read ({reason}).", values={"path": path, "reason": exc.strerror}) from None
    if not header:
        return
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise SurveyError(codes.NOT_SQLITE, "{path}: this file is not a survey database.", values={"path": path})
    conn = None
    try:
        conn = connect_for_check(path, writable=writable)
        pragma = "integrity_check" if thorough else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            problems = "; ".join(str(row[0]) for row in rows[:3])
            raise SurveyError(codes.DAMAGED, "{path}: the database file is damaged ({problems}).", values={"path": path, "problems": problems})
        if schema.is_newer(conn):
            raise SurveyError(
                codes.NEWER_VERSION,
                "{path}: this database was written by a newer version of the application (schema {found}, this version knows {known}).", values={"path": path, "found": schema.schema_state(conn)[0], "known": schema.SCHEMA_VERSION}
            )
        version, names = schema.schema_state(conn)
        if not names and schema.has_user_tables(conn):
            raise SurveyError(codes.NOT_SQLITE, "{path}: this SQLite file is not a survey database.", values={"path": path})
    except sqlite3.DatabaseError as exc:
        raise SurveyError(codes.DAMAGED, "{path}: the database file is damaged ({reason}).", values={"path": path, "reason": exc}) from None
    finally:
        if conn is not None:
            conn.close()


def is_healthy(path: Path) -> bool:
    try:
        check_file(path, thorough=True)
    except SurveyError:
        return False
    return path.exists() and path.stat().st_size > 0


# -- single writer --------------------------------------------------------------------------------
class WriterLock:
    """An OS lock on `<db>.lock`, released by the OS when the process ends, even when killed."""

    def __init__(self, db_path: Path):
        self.path = Path(f"{db_path}.lock")
        self._handle = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open while the database is open
        except OSError as exc:
            raise SurveyError(
                codes.NOT_WRITABLE,
                "{folder}: cannot write in this folder ({reason}); the database can only be opened read-only here.",
                values={"folder": self.path.parent, "reason": exc.strerror},
            ) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise SurveyError(
                codes.ALREADY_OPEN,
                "{path}: the database is already open in another window or program.", values={"path": self.path.with_suffix('')}
            ) from None
        self._handle = handle
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                import msvcrt

                self._handle.seek(0)
                msvcrt.locking(self._handle.fileno(), msvcrt.LK_UNLCK, 1)
        self._handle.close()  # closing also releases flock
        self._handle = None


# -- backups --------------------------------------------------------------------------------------
def backups_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of this database, oldest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    # only this database's own backups: "survey-20261122-093000-123456-daily.db", not "survey-old-…"
    pattern = re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-[a-z-]+\.db")
    return sorted(path for path in folder.iterdir() if pattern.fullmatch(path.name))


def write_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database to `dest` with the online backup API; a single self-contained file."""
    try:
        dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SurveyError(codes.BACKUP_FAILED, "{folder}: the folder cannot be created ({reason}).", values={"folder": dest.parent, "reason": exc.strerror}) from None
    partial = dest.with_name(dest.name + ".partial")
    try:
        _remove_with_side_files(partial)
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # private from the start
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        private(partial)
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_side_files(partial)
        raise SurveyError(codes.BACKUP_FAILED, "{dest}: the backup could not be written ({reason}).", values={"dest": dest, "reason": exc}) from None
    return dest


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def automatic_backup(conn: sqlite3.Connection, db_path: Path, *, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    dest = backups_dir(db_path) / f"{db_path.stem}-{now_stamp()}-{reason}.db"
    write_backup(conn, dest)
    prune_backups(db_path, keep=keep)
    return dest


def prune_backups(db_path: Path, *, keep: int = DEFAULT_KEEP) -> None:
    backups = list_backups(db_path)
    for old in backups[: max(0, len(backups) - keep)]:
        with contextlib.suppress(OSError):
            old.unlink()


def newest_backup_age(db_path: Path) -> dt.timedelta | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    newest = max(backup.stat().st_mtime for backup in backups)
    return dt.datetime.now() - dt.datetime.fromtimestamp(newest)


def copy_database(source: Path, target: Path) -> None:
    """Write `source` (a closed, checked database) over `target` atomically."""
    partial = target.with_name(target.name + ".restoring")
    src = sqlite3.connect(f"{file_uri(source)}?mode=ro&immutable=1", uri=True)
    try:
        write_backup(src, partial)
    finally:
        src.close()
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(partial, target)
    private(target)


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Replace `target` with `backup` after checking the backup; returns the safety copy of target.

    The current file is first copied to the backups folder (when it is a healthy database), so a
    restore can itself be undone.  Refuses a damaged backup and a target open in another window.
    """
    backup, target = Path(backup).absolute(), Path(target).absolute()
    try:
        check_file(backup, thorough=True)
    except SurveyError as exc:
        raise SurveyError(codes.BACKUP_DAMAGED, "{backup}: this backup cannot be used ({reason}).", values={"backup": backup, "reason": exc.diagnostic.message}) from None
    if not backup.exists() or backup.stat().st_size == 0:
        raise SurveyError(codes.BACKUP_DAMAGED, "{backup}: this backup is empty.", values={"backup": backup})
    lock = WriterLock(target)
    lock.acquire()
    try:
        safety = None
        if target.exists() and target.stat().st_size > 0:
            if is_healthy(target):
                conn = sqlite3.connect(target)
                try:
                    safety = automatic_backup(conn, target, reason="before-restore")
                finally:
                    conn.close()
            else:  # a damaged or foreign file is never overwritten: it is kept beside, renamed
                safety = _set_aside(target, "damaged")
        copy_database(backup, target)
        return safety
    finally:
        lock.release()


def _set_aside(db_path: Path, why: str) -> Path:
    """Rename a database file and its side files with a timestamp; returns the new name."""
    aside = db_path.with_name(f"{db_path.name}.{why}-{now_stamp()}")
    try:
        os.replace(db_path, aside)
    except OSError as exc:
        raise SurveyError(codes.CANNOT_OPEN, "{path}: the file cannot be set aside ({reason}).",
                          values={"path": db_path, "reason": exc.strerror}) from None
    for suffix in SIDE_FILES:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    return aside


@dataclass(frozen=True, slots=True)
class Recovery:
    set_aside: Path
    restored_from: Path | None


def set_aside_and_restore(db_path: Path) -> Recovery:
    """For a damaged database: rename it (and its side files) with a timestamp, restore the newest
    healthy backup in its place.  The GUI offers this after the user confirms; nothing is deleted.
    """
    db_path = Path(db_path).absolute()
    if not db_path.exists():
        raise SurveyError(codes.MISSING, "{path}: the file does not exist.", values={"path": db_path})
    lock = WriterLock(db_path)
    lock.acquire()
    try:
        if is_healthy(db_path):  # never roll a good database back to an older backup unasked
            raise SurveyError(codes.NOTHING_TO_RECOVER, "{path}: the database is healthy; nothing was changed.",
                              values={"path": db_path})
        aside = _set_aside(db_path, "damaged")
        for backup in reversed(list_backups(db_path)):
            if is_healthy(backup):
                copy_database(backup, db_path)
                return Recovery(aside, backup)
        return Recovery(aside, None)
    finally:
        lock.release()
