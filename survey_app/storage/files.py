"""The database as a file: health checks, the single-writer lock, backups and recovery.

Checks open a file without changing it (SQLite `immutable` URI, so not even a -wal or -shm file
appears next to it); a damaged or foreign file is left byte-identical.  Backups use the SQLite
online backup API, so they are consistent even while the application writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from survey_app import inputs, limits
from survey_app.errors import SurveyError
from survey_app.output import PRIVATE_FILE_MODE
from survey_app.storage import codes, schema

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10

log = logging.getLogger(__name__)


def now_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def private(path: Path) -> None:
    """Owner-only permissions where the platform has them (best effort, never fails)."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))):
        with contextlib.suppress(OSError):
            if candidate.exists():
                os.chmod(candidate, PRIVATE_FILE_MODE)


def file_uri(path: Path) -> str:
    """An SQLite URI for a path (Windows drive letters, spaces, '?' and '#' included)."""
    return Path(path).absolute().as_uri()


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """SQLite's defences against a crafted file, set on every connection the application makes.

    Python 3.12+ can set them on the connection: defensive mode (no `writable_schema`, no writes to
    pages behind SQLite's back), an untrusted schema, and triggers and views off (the schema has
    none).  Python 3.11 has only the PRAGMA forms; there the schema check (`check_file`, S113) is
    what keeps foreign triggers and views out.
    """
    if sys.version_info >= (3, 12):
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW, False)
    conn.execute("PRAGMA trusted_schema = OFF")  # no SQL functions with side effects run from the schema
    conn.execute("PRAGMA cell_size_check = ON")  # a damaged page is an error, not a crash or a wrong answer
    return conn


def connect(target: str | Path, *, uri: bool = False, check_same_thread: bool = True) -> sqlite3.Connection:
    """`sqlite3.connect` with the defences of `harden`: how every storage module opens a file."""
    conn = sqlite3.connect(target, uri=uri, check_same_thread=check_same_thread)
    try:
        return harden(conn)
    except sqlite3.Error:
        conn.close()
        raise


# -- checks ---------------------------------------------------------------------------------------
def connect_for_check(path: Path, *, writable: bool = False) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside the file.

    When a -wal or hot -journal is present (the application was killed), its committed content
    must be seen, so the file is opened read-only in the normal way; otherwise `immutable=1`.
    """
    uri = file_uri(path)
    if _has_content(Path(f"{path}-journal")) and writable:
        # a hot rollback journal (killed during a write without WAL): only a writer can roll it back
        return connect(path)
    mode = "mode=ro" if _has_content(Path(f"{path}-wal")) else "mode=ro&immutable=1"
    return connect(f"{uri}?{mode}", uri=True)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def full_check_affordable(path: Path) -> bool:
    """Whether opening `path` read-only may run the full integrity_check (see
    benchmarks/bench_storage.py); a file opened for writing always gets it."""
    try:
        return path.stat().st_size <= limits.FULL_CHECK_ON_OPEN_BYTES
    except OSError:
        return True  # check_file says what is wrong with the file


def integrity_problems(conn: sqlite3.Connection, *, thorough: bool) -> list[str]:
    """What SQLite's own check finds (at most 20 lines); [] when the file is sound.

    `quick_check` reads every page but does not compare tables with their indexes; only
    `integrity_check` finds a row missing from an index (about twice as long, still ~0.1 s for a
    40 MiB database).
    """
    pragma = "integrity_check" if thorough else "quick_check"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def _read_header(path: Path) -> bytes:
    """The first 100 bytes of a regular file (raises inputs.NotRegularFile for anything else)."""
    return inputs.read_regular_file(path, limit=sys.maxsize, prefix=100)


def _check_failure(path: Path, exc: sqlite3.Error) -> SurveyError:
    """What a failed check means for the user: only damage is called damage (a file another
    program holds, or a disk that cannot be read, must never be offered for setting aside)."""
    primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return SurveyError(codes.BUSY, "{path}: the file is locked by another program ({reason}); nothing was changed.",
                           values={"path": path, "reason": exc})
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_PERM,
                   sqlite3.SQLITE_AUTH, sqlite3.SQLITE_INTERRUPT):
        return SurveyError(codes.CANNOT_OPEN, "{path}: the file cannot be read ({reason}).",
                           values={"path": path, "reason": exc})
    return SurveyError(codes.DAMAGED, "{path}: the database file is damaged ({reason}).",
                       values={"path": path, "reason": exc})


def check_file(path: Path, *, thorough: bool = False, writable: bool = False) -> None:
    """Raise SurveyError unless `path` is a healthy SQLite file from this application (or empty).

    Healthy: SQLite's check finds nothing (`thorough`: integrity_check, else quick_check), the
    schema is not newer than this version, and the file holds exactly the tables, indexes (and no
    triggers or views) that its migrations create (S113 names anything else).
    """
    try:
        header = _read_header(path)
    except inputs.NotRegularFile as exc:  # a device or named pipe would block or never end
        raise SurveyError(codes.NOT_SQLITE, exc.message, values={"path": path}) from None
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
        problems = integrity_problems(conn, thorough=thorough)
        if problems:
            raise SurveyError(codes.DAMAGED, "{path}: the database file is damaged ({problems}).", values={"path": path, "problems": "; ".join(problems[:3])})
        if schema.is_newer(conn):
            raise SurveyError(
                codes.NEWER_VERSION,
                "{path}: this database was written by a newer version of the application (schema {found}, this version knows {known}).", values={"path": path, "found": schema.schema_state(conn)[0], "known": schema.SCHEMA_VERSION}
            )
        _version, names = schema.schema_state(conn)
        if not names and schema.has_user_tables(conn):
            raise SurveyError(codes.NOT_SQLITE, "{path}: this SQLite file is not a survey database.", values={"path": path})
        foreign = schema.unexpected_objects(conn)
        if foreign:
            raise SurveyError(codes.FOREIGN_OBJECTS, "{path}: the database holds objects this application did not create: {objects}. It was not changed.",
                              values={"path": path, "objects": ", ".join(foreign[:10])})
    except sqlite3.OperationalError as exc:
        wal = Path(f"{path}-wal")
        if _has_content(wal) and not os.access(Path(path).parent, os.W_OK):
            # SQLite needs to write a -shm file beside a journal it reads: not damage, a read-only place
            raise SurveyError(codes.NOT_WRITABLE, "{path}: its latest changes are in {wal}, which SQLite cannot read "
                              "in a folder that cannot be written ({reason}). Copy both files together to a "
                              "folder you may write in and open the copy; nothing was changed.",
                              values={"path": path, "wal": wal.name, "reason": exc}) from None
        raise _check_failure(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise _check_failure(path, exc) from None
    finally:
        if conn is not None:
            conn.close()


def check_before_backup(conn: sqlite3.Connection, db_path: Path) -> None:
    """The full check of the database in use, before any copy of it is written (S114 when damaged):
    a damaged copy must never be made, let alone replace a good backup."""
    try:
        problems = integrity_problems(conn, thorough=True) + schema.unexpected_objects(conn)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise SurveyError(codes.DAMAGED_NOT_BACKED_UP, "{path}: the database is damaged ({problems}); no backup was made and the earlier backups were kept.",
                          values={"path": db_path, "problems": "; ".join(problems[:3])})


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
            os.chmod(self.path, PRIVATE_FILE_MODE)

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


def _backup_name(db_path: Path) -> str:
    """The pattern of this database's backup names: "survey-20261122-093000-123456-daily.db",
    not "survey-old-…" (another database's)."""
    return rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-[a-z-]+\.db"


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of this database, oldest first (never a partial one)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(_backup_name(db_path))
    return sorted(path for path in folder.iterdir() if pattern.fullmatch(path.name))


def leftover_files(db_path: Path) -> list[Path]:
    """What a backup or restore killed part-way left behind: `backups/<name>.db.partial` and
    `<db>.restoring` (with `.partial`), each maybe with a -journal, -wal or -shm file.  They may hold
    anything the database held; they are never backups."""
    sides = "(?:-journal|-wal|-shm)?"
    found = []
    folder = backups_dir(db_path)
    if folder.is_dir():
        partial = re.compile(rf"{_backup_name(db_path)}\.partial{sides}")
        found += [path for path in folder.iterdir() if partial.fullmatch(path.name)]
    restoring = re.compile(rf"{re.escape(db_path.name)}\.restoring(?:\.partial)?{sides}")
    with contextlib.suppress(OSError):
        found += [path for path in db_path.parent.iterdir() if restoring.fullmatch(path.name)]
    return sorted(found)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete `leftover_files`; only under the writer lock (no backup of ours is being written).
    Returns the files deleted; one that cannot be deleted is logged and left."""
    removed = []
    for path in leftover_files(db_path):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("%s: a partial backup could not be removed (%s)", path, exc.strerror)
            continue
        removed.append(path)
    return removed


def write_backup(conn: sqlite3.Connection, dest: Path, *, db_path: Path) -> Path:
    """Check the live database `db_path` in full (S114 when damaged: nothing is written), then copy
    it to `dest` with the online backup API: a single self-contained file."""
    check_before_backup(conn, db_path)
    _copy(conn, dest)
    _remember_healthy(dest)
    return dest


def _copy(conn: sqlite3.Connection, dest: Path) -> None:
    try:
        dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SurveyError(codes.BACKUP_FAILED, "{folder}: the folder cannot be created ({reason}).", values={"folder": dest.parent, "reason": exc.strerror}) from None
    partial = dest.with_name(dest.name + ".partial")
    try:
        _remove_with_side_files(partial)
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))  # private from the start
        target = connect(partial)
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


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def automatic_backup(conn: sqlite3.Connection, db_path: Path, *, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    dest = backups_dir(db_path) / f"{db_path.stem}-{now_stamp()}-{reason}.db"
    write_backup(conn, dest, db_path=db_path)
    prune_backups(db_path, keep=keep)
    return dest


#: backups this process wrote or checked in full, with their (size, mtime_ns, inode) then: pruning
#: checks each backup once per process, not at every backup (a full check is ~0.1 s per 40 MiB)
_healthy: dict[Path, tuple[int, int, int]] = {}


def _signature(path: Path) -> tuple[int, int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def _remember_healthy(path: Path) -> None:
    with contextlib.suppress(OSError):
        _healthy[path.absolute()] = _signature(path)


def _healthy_backup(path: Path) -> bool:
    try:
        if _healthy.get(path.absolute()) == _signature(path):
            return True
    except OSError:
        return False
    if is_healthy(path):
        _remember_healthy(path)
        return True
    return False


def prune_backups(db_path: Path, *, keep: int = DEFAULT_KEEP) -> None:
    """Keep the newest `keep` healthy backups and any newer damaged ones; delete the rest.

    A damaged backup (e.g. one an older version made of a damaged database) is never counted, so
    it cannot push good backups out.
    """
    backups = list_backups(db_path)
    if len(backups) <= keep:
        return
    healthy = 0
    for index, backup in enumerate(reversed(backups)):
        healthy += _healthy_backup(backup)
        if healthy == keep:
            for old in backups[: len(backups) - index - 1]:
                with contextlib.suppress(OSError):
                    old.unlink()
            return


def newest_healthy_backup(db_path: Path) -> Path | None:
    """The backup a recovery restores: the newest that passes the full check (schema included)."""
    return next((backup for backup in reversed(list_backups(db_path)) if is_healthy(backup)), None)


def newest_backup_age(db_path: Path) -> dt.timedelta | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    newest = max(backup.stat().st_mtime for backup in backups)
    return dt.datetime.now() - dt.datetime.fromtimestamp(newest)


def copy_database(source: Path, target: Path) -> None:
    """Write `source` (a closed database its caller checked in full) over `target` atomically."""
    partial = target.with_name(target.name + ".restoring")
    src = connect_for_check(source)  # read as it was checked: with its -wal when it has one
    try:
        _copy(src, partial)
    finally:
        src.close()
    try:  # the copy is what replaces the database: it must pass the same checks
        check_file(partial, thorough=True)
    except SurveyError:
        _remove_with_side_files(partial)
        raise
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
                conn = connect(target)
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


def set_aside_files(db_path: Path) -> list[Path]:
    """Database files a recovery or restore renamed aside (`survey.db.damaged-<time>`), oldest first."""
    pattern = re.compile(rf"{re.escape(db_path.name)}\.[a-z]+-\d{{8}}-\d{{6}}-\d{{6}}")
    try:
        return sorted(path for path in db_path.parent.iterdir() if pattern.fullmatch(path.name))
    except OSError:
        return []


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
        backup = newest_healthy_backup(db_path)
        aside = _set_aside(db_path, "damaged")
        if backup is None:
            return Recovery(aside, None)
        copy_database(backup, db_path)
        return Recovery(aside, backup)
    finally:
        lock.release()
