"""`Store`: the only writer of the survey database (see docs/architecture.md, "Storage contract").

Every edit is committed as it happens, in its own transaction (WAL, synchronous=NORMAL), so a crash
or a killed process never loses an acknowledged answer.  An edit that cannot be written (full disk,
read-only file, file locked by another program) raises SurveyError and is kept in `pending()` until
`retry_pending()` writes it: nothing is silently dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils.plugins
from sqlite_utils import Database

from survey_app import limits
from survey_app.errors import Diagnostic, SurveyError
from survey_app.output import PRIVATE_FILE_MODE
from survey_app.storage import codes, files, schema
from survey_app.i18n.languages import UN_LANGUAGES, is_un_language
from survey_app.storage.api import (
    CYCLE_YEARS,
    KIND_CONTRIBUTION,
    KIND_OWN,
    Answer,
    HistoryEntry,
    Response,
    ResponseSummary,
    ReviewState,
    State,
    Status,
    Value,
)

if TYPE_CHECKING:
    from survey_app.questionnaire.model import Item, Questionnaire

log = logging.getLogger(__name__)

# sqlite-utils loads every installed `sqlite_utils` plugin (setuptools entry points) into each new
# Database: code from other packages of the environment running on our connection, and ~18 ms of
# scanning the installed packages at start-up. The survey database takes none: mark them loaded.
# (tests/storage/test_store.py checks this private flag still exists in the installed sqlite-utils.)
sqlite_utils.plugins._plugins_loaded = True

#: Backups are made at least this often while the application is used.
DAILY = dt.timedelta(days=1)
#: No single answer is larger than this (a table of many rows included).
MAX_VALUE_BYTES = limits.ANSWER_VALUE_BYTES
#: How long a write waits for another program (a backup tool, a viewer) to release the file.
BUSY_TIMEOUT_MS = 1500
_RESPONSE_COLUMNS = (
    "id, state_code, state_name, cycle, questionnaire_id, questionnaire_version, language, status,"
    " created_at, updated_at, previous_id, deleted, uuid, kind"
)
_RESPONSE_COLUMN_COUNT = len(_RESPONSE_COLUMNS.split(","))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def default_user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises various errors when no login name is known
        return "unknown"


def is_filled(value: Value) -> bool:
    """Whether a stored value counts as answered for progress (the questionnaire may say more)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, dict):
        if "selected" in value:
            return bool(value.get("selected")) or bool(str(value.get("other") or "").strip())
        return bool(value)
    return True


def _dump(value: Value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _load(text: str | None) -> Value:
    """A stored value. A value that is not JSON (a file edited by another program) is kept as the
    text it holds, so it can still be seen, exported and corrected, never lost nor fatal."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        log.warning("a stored value is not JSON; shown as text (%d characters)", len(str(text)))
        return str(text)


@dataclass(frozen=True, slots=True)
class PendingEdit:
    """An edit the store could not write yet; `retry_pending()` writes it."""

    action: str
    response_id: int
    args: tuple[Any, ...]
    who: str
    at: str
    error: str = ""


@dataclass(frozen=True, slots=True)
class PurgeResult:
    answers_removed: int
    history_removed: int
    backups_rewritten: tuple[Path, ...] = ()
    backups_deleted: tuple[Path, ...] = ()
    #: what the user should be told (e.g. copies outside the backups folder are not reachable)
    notice: str = ""
    #: unfinished backup files (a backup or restore killed part-way), deleted
    partials_deleted: tuple[Path, ...] = ()
    #: files of the backups folder that could be neither cleaned nor deleted: they still hold the data
    not_removed: tuple[Path, ...] = ()


@dataclass
class Store:
    path: Path
    read_only: bool
    db: Database
    user: str = field(default_factory=default_user)
    journal_mode: str = "wal"
    #: things the user should know about after opening (a backup that failed, ...)
    #: what to tell the user after opening (e.g. a backup that failed), shown in their language
    warnings: list[Diagnostic] = field(default_factory=list)
    keep_backups: int = files.DEFAULT_KEEP
    _lock: files.WriterLock | None = None
    _pending: list[PendingEdit] = field(default_factory=list)
    #: one writer at a time, also when a worker thread shares this store with the GUI thread
    _mutex: threading.RLock = field(default_factory=threading.RLock)
    #: time.monotonic() of the last automatic backup (or of opening)
    _last_backup: float = field(default_factory=time.monotonic)

    # -- opening and closing ----------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, user: str | None = None, keep_backups: int = files.DEFAULT_KEEP
    ) -> Store:
        """Open (or create) a database: checks it, locks it for this window, upgrades it, backs it up."""
        path = Path(path).expanduser().absolute()
        if read_only:
            files.check_file(path, thorough=files.full_check_affordable(path))
            if path.stat().st_size == 0:
                raise SurveyError(codes.MISSING, "{path}: the database is empty; there is nothing to read yet.", values={"path": path})
            if _needs_upgrade(path):
                raise SurveyError(
                    codes.CANNOT_OPEN,
                    "{path}: this database must be upgraded before it can be read; open it once for editing.", values={"path": path}
                )
            conn, journal_mode = _connect_read_only(path)
            store = cls(path=path, read_only=True, db=Database(conn), user=user or default_user())
            store.journal_mode = journal_mode
            return store
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SurveyError(codes.CANNOT_OPEN, "{folder}: the folder cannot be created ({reason}).", values={"folder": path.parent, "reason": exc.strerror}) from None
        lock = files.WriterLock(path)
        lock.acquire()
        try:
            return cls._open_locked(path, lock, user=user, keep_backups=keep_backups)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, path: Path, lock: files.WriterLock, *, user: str | None, keep_backups: int) -> Store:
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            # never modifies a damaged, foreign or newer file
            files.check_file(path, writable=True, thorough=True)  # a file that will be written: always in full
            try:  # a read-only file would open, then fail at the first edit: say so now
                with open(path, "r+b"):
                    pass
            except OSError as exc:
                raise SurveyError(codes.NOT_WRITABLE, "{path}: this file cannot be written ({reason}); it can only be "
                                  "opened read-only.", values={"path": path, "reason": exc.strerror}) from None
        else:
            try:
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
            except OSError as exc:
                raise SurveyError(codes.CANNOT_OPEN, "{path}: the database cannot be created ({reason}).", values={"path": path, "reason": exc.strerror}) from None
        for leftover in files.remove_leftovers(path):  # a backup or restore killed part-way
            log.info("removed %s, left by a backup or restore that was interrupted", leftover)
        conn = None
        try:
            conn = files.connect(path, check_same_thread=False)
            journal_mode = _configure(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise SurveyError(codes.CANNOT_OPEN, "{path}: the database cannot be opened for writing ({reason}).", values={"path": path, "reason": exc}) from None
        store = cls(path=path, read_only=False, db=Database(conn), user=user or default_user(), _lock=lock)
        store.journal_mode = journal_mode
        store.keep_backups = keep_backups
        try:
            if schema.needs_upgrade(conn):
                if existed and schema.has_user_tables(conn):
                    files.automatic_backup(conn, path, reason="before-upgrade", keep=keep_backups)
                try:
                    schema.MIGRATIONS.apply(store.db)
                except sqlite3.Error as exc:
                    raise SurveyError(codes.UPGRADE_FAILED, "{path}: the database could not be upgraded ({reason}).", values={"path": path, "reason": exc}) from None
            elif existed:
                age = files.newest_backup_age(path)
                if age is None or age > DAILY:
                    try:
                        files.automatic_backup(conn, path, reason="daily", keep=keep_backups)
                    except SurveyError as exc:
                        if exc.code == codes.DAMAGED_NOT_BACKED_UP:  # damaged since the check: never written
                            raise SurveyError(codes.DAMAGED, "{path}: the database file is damaged ({reason}).",
                                              values={"path": path, "reason": exc.diagnostic.message}) from None
                        log.warning("%s", exc.diagnostic.message)
                        store.warnings.append(exc.diagnostic)
        except BaseException:
            conn.close()
            raise
        if user is None:
            store.user = store.saved_user() or store.user
        files.private(path)
        return store

    def saved_user(self) -> str:
        """The name given once with `set_user` (empty when none was given)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'user_name'").fetchone()
        return row[0] if row else ""

    def set_user(self, name: str) -> None:
        """Record who edits from now on, and remember it in the database for next time."""
        name = " ".join(str(name).split())[:limits.USER_NAME_CHARS]
        if not name:
            raise SurveyError(codes.BAD_INPUT, "Enter your name (it is recorded with every change).")
        with self._writing("remember your name"), self.db.atomic():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES ('user_name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [name],
            )
        self.user = name

    def close(self) -> None:
        """Checkpoint the WAL into the main file (so it is complete on its own) and release the lock."""
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- responses --------------------------------------------------------------------------------
    def create_response(
        self, *, state: State, cycle: int, questionnaire: Questionnaire, language: str, previous_id: int | None = None
    ) -> Response:
        row = self.response_row(state=state, cycle=cycle, questionnaire=questionnaire, language=language,
                                previous_id=previous_id)
        with self._writing("create the response"), self.db.atomic():
            response_id = self._insert_response(row)
        return self.response(response_id)

    def response_row(
        self, *, state: State, cycle: int, questionnaire: Questionnaire, language: str, previous_id: int | None = None,
        kind: str = KIND_OWN,
    ) -> dict[str, Any]:
        """The checked row of a new response (not written yet): see `_insert_response`."""
        if type(cycle) is not int or cycle not in CYCLE_YEARS:  # not 2040.9 cut to 2040, nor True
            raise SurveyError(codes.BAD_INPUT, "cycle {cycle}: enter a year between {first} and {last}.",
                              values={"cycle": repr(cycle)[:40], "first": CYCLE_YEARS.start, "last": CYCLE_YEARS.stop - 1})
        if not is_un_language(language):
            raise SurveyError(codes.BAD_INPUT, "language {language}: choose one of {languages}.",
                              values={"language": repr(language)[:40], "languages": ", ".join(UN_LANGUAGES)})
        from survey_app.storage.states import clean_state_name  # with pycountry: not at start-up

        try:  # the one spelling of a name (the dialog, `new` and imports give it cleaned already)
            state = State(state.code, clean_state_name(state.name))
        except ValueError as exc:
            raise SurveyError(codes.BAD_INPUT, "State name {name}: {reason}.",
                              values={"name": repr(state.name)[:60], "reason": exc}) from None
        if previous_id is not None:
            self.response(previous_id)
        items = [item.id for item in questionnaire.answerable_items()]
        stamp = now()
        row = {
            "state_code": state.code,
            "state_name": state.name,
            "state_key": state.key,
            "cycle": int(cycle),
            "questionnaire_id": questionnaire.id,
            "questionnaire_version": questionnaire.version,
            "language": language,
            "status": Status.DRAFT.value,
            "created_at": stamp,
            "updated_at": stamp,
            "previous_id": previous_id,
            "deleted": 0,
            "answerable_items": _dump(items),
            "uuid": str(uuid.uuid4()),
            "kind": kind,
        }
        return row

    def _insert_response(self, row: Mapping[str, Any]) -> int:
        """Write a row from `response_row` (inside the caller's `_writing` and transaction)."""
        if row["kind"] == KIND_OWN:
            existing = self.db.execute(
                "SELECT id FROM responses WHERE state_key = ? AND cycle = ? AND questionnaire_id = ? AND deleted = 0"
                " AND kind = 'own'",
                [row["state_key"], row["cycle"], row["questionnaire_id"]],
            ).fetchone()
            if existing:
                raise SurveyError(
                    codes.DUPLICATE_RESPONSE,
                    "{state}, {cycle}: a response to {questionnaire} already exists (number {number}).", values={"state": row["state_name"], "cycle": row["cycle"], "questionnaire": row["questionnaire_id"], "number": existing[0]}
                )
        cursor = self.db.execute(
            f"INSERT INTO responses ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
        )
        response_id = int(cursor.lastrowid)
        self._event(response_id, "create", self.user, f"cycle {row['cycle']}")
        return response_id

    def response(self, response_id: int) -> Response:
        row = self.db.execute(f"SELECT {_RESPONSE_COLUMNS} FROM responses WHERE id = ?", [response_id]).fetchone()
        if row is None:
            raise SurveyError(codes.UNKNOWN_RESPONSE, "response {response_id}: there is no response with this number.", values={"response_id": response_id})
        return _response_from_row(row)

    def list_responses(self, *, include_deleted: bool = False, own_only: bool = False) -> list[ResponseSummary]:
        """Newest cycle first; progress counts answers to the items the response's questionnaire asks.
        `own_only`: without agencies' workspaces (what comparison and carry-forward may use)."""
        conditions = ([] if include_deleted else ["r.deleted = 0"]) + (["r.kind = 'own'"] if own_only else [])
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.db.execute(
            f"""SELECT {', '.join('r.' + c.strip() for c in _RESPONSE_COLUMNS.split(','))},
                   (SELECT count(*) FROM answers a WHERE a.response_id = r.id AND a.answered = 1
                      AND a.item_id IN (SELECT value FROM json_each(r.answerable_items))),
                   json_array_length(r.answerable_items)
                FROM responses r {where}
                ORDER BY r.cycle DESC, r.updated_at DESC, r.id DESC"""
        ).fetchall()
        n = _RESPONSE_COLUMN_COUNT
        return [ResponseSummary(_response_from_row(row[:n]), row[n], row[n + 1]) for row in rows]

    def delete_response(self, response_id: int) -> None:
        """Soft delete: the response disappears from lists but stays in the file, undoable."""
        self.response(response_id)
        with self._writing("delete the response"), self.db.atomic():
            self.db.execute("UPDATE responses SET deleted = 1, updated_at = ? WHERE id = ?", [now(), response_id])
            self._event(response_id, "delete", self.user)

    def undelete_response(self, response_id: int) -> None:
        response = self.response(response_id)
        with self._writing("restore the response"):
            clash = response.kind == KIND_OWN and self.db.execute(
                "SELECT id FROM responses WHERE state_key = ? AND cycle = ? AND questionnaire_id = ? AND deleted = 0"
                " AND kind = 'own' AND id != ?",
                [response.state.key, response.cycle, response.questionnaire_id, response_id],
            ).fetchone()
            if clash:
                raise SurveyError(
                    codes.DUPLICATE_RESPONSE,
                    "response {response_id}: another response for {state}, {cycle} exists now (number {number}); delete it first.", values={"response_id": response_id, "state": response.state.name, "cycle": response.cycle, "number": clash[0]}
                )
            with self.db.atomic():
                self.db.execute("UPDATE responses SET deleted = 0, updated_at = ? WHERE id = ?", [now(), response_id])
                self._event(response_id, "undelete", self.user)

    def is_deleted(self, response_id: int) -> bool:
        self.response(response_id)
        return bool(self.db.execute("SELECT deleted FROM responses WHERE id = ?", [response_id]).fetchone()[0])

    def set_questionnaire_version(self, response_id: int, questionnaire: Questionnaire) -> None:
        """Move a response to another version of its questionnaire (answers are not touched)."""
        self._check_editable(response_id)
        if self.response(response_id).kind == KIND_CONTRIBUTION:  # it answers the lead's version
            raise SurveyError(codes.BAD_INPUT, "response {response_id} is a contribution: it keeps the questionnaire "
                              "version of the request it answers.", values={"response_id": response_id})
        items = [item.id for item in questionnaire.answerable_items()]
        with self._writing("change the questionnaire version"), self.db.atomic():
            self.db.execute(
                "UPDATE responses SET questionnaire_version = ?, answerable_items = ?, updated_at = ? WHERE id = ?",
                [questionnaire.version, _dump(items), now(), response_id],
            )
            self._event(response_id, "questionnaire_version", self.user, questionnaire.version)

    def finalise(self, response_id: int, *, who: str | None = None) -> None:
        self._set_status(response_id, Status.FINAL, who or self.user)

    def reopen(self, response_id: int, *, who: str | None = None) -> None:
        """Explicitly make a final response editable again; recorded in the response's events."""
        self._set_status(response_id, Status.DRAFT, who or self.user)

    def _set_status(self, response_id: int, status: Status, who: str) -> None:
        self.response(response_id)
        with self._writing("change the status"), self.db.atomic():
            self.db.execute("UPDATE responses SET status = ?, updated_at = ? WHERE id = ?", [status.value, now(), response_id])
            self._event(response_id, "finalise" if status is Status.FINAL else "reopen", who)

    def events(self, response_id: int) -> list[tuple[str, str, str, str]]:
        """(kind, at, who, detail) of a response's lifecycle: create, finalise, reopen, delete, purge…"""
        return [
            tuple(row)
            for row in self.db.execute(
                "SELECT kind, at, who, detail FROM events WHERE response_id = ? ORDER BY id", [response_id]
            )
        ]

    # -- answers ----------------------------------------------------------------------------------
    def answers(self, response_id: int) -> dict[str, Answer]:
        rows = self.db.execute(
            "SELECT item_id, value, review, updated_at, updated_by FROM answers WHERE response_id = ? ORDER BY rowid",
            [response_id],
        )
        return {row[0]: Answer(row[0], _load(row[1]), ReviewState(row[2]), row[3], row[4]) for row in rows}

    def values(self, response_id: int) -> dict[str, Value]:
        """item id -> value: what conditions and reports read."""
        rows = self.db.execute("SELECT item_id, value FROM answers WHERE response_id = ?", [response_id])
        return {item_id: _load(value) for item_id, value in rows}

    def set_answer(
        self, response_id: int, item_id: str, value: Value, *, who: str | None = None, reason: str = "edit",
        review: ReviewState = ReviewState.CURRENT,
    ) -> Answer | None:
        """Write one answer now (its own transaction) and record it in the history; None clears it."""
        who = who or self.user
        self._check_editable(response_id, (item_id,))
        _check_storable(item_id, value)
        self._queue_or_write(PendingEdit("set", response_id, (item_id, value, reason, review), who, now()))
        return self.answer(response_id, item_id)

    def answer(self, response_id: int, item_id: str) -> Answer | None:
        row = self.db.execute(
            "SELECT item_id, value, review, updated_at, updated_by FROM answers WHERE response_id = ? AND item_id = ?",
            [response_id, item_id],
        ).fetchone()
        return Answer(row[0], _load(row[1]), ReviewState(row[2]), row[3], row[4]) if row else None

    def clear_answer(self, response_id: int, item_id: str, *, who: str | None = None, reason: str = "clear") -> None:
        who = who or self.user
        self._check_editable(response_id, (item_id,))
        self._queue_or_write(PendingEdit("clear", response_id, (item_id, reason), who, now()))

    def set_answers(
        self, response_id: int, values: Mapping[str, Value], *, who: str | None = None, reason: str = "import",
        review: ReviewState = ReviewState.CURRENT,
    ) -> None:
        """Several answers in one transaction: all are written or none (None clears an answer)."""
        who = who or self.user
        self._check_editable(response_id, values)
        for item_id, value in values.items():
            _check_storable(item_id, value)
        self._queue_or_write(PendingEdit("set_many", response_id, (dict(values), reason, review), who, now()))

    def history(self, response_id: int, item_id: str) -> list[HistoryEntry]:
        rows = self.db.execute(
            "SELECT id, item_id, old_value, new_value, changed_at, changed_by, reason, source FROM history"
            " WHERE response_id = ? AND item_id = ? ORDER BY id",
            [response_id, item_id],
        )
        return [HistoryEntry(r[0], r[1], _load(r[2]), _load(r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    def restore(self, response_id: int, history_id: int, *, who: str | None = None) -> Answer | None:
        """Bring back the value an item had after history entry `history_id` (recorded as a new entry)."""
        row = self.db.execute(
            "SELECT item_id, new_value FROM history WHERE id = ? AND response_id = ?", [history_id, response_id]
        ).fetchone()
        if row is None:
            raise SurveyError(codes.UNKNOWN_HISTORY, "response {response_id}: history entry {history_id} does not exist.", values={"response_id": response_id, "history_id": history_id})
        item_id, value = row[0], _load(row[1])
        if value is None:
            self.clear_answer(response_id, item_id, who=who, reason="restore")
            return None
        return self.set_answer(response_id, item_id, value, who=who, reason="restore")

    def note(self, response_id: int, item_id: str) -> str:
        row = self.db.execute("SELECT text FROM notes WHERE response_id = ? AND item_id = ?", [response_id, item_id]).fetchone()
        return row[0] if row else ""

    def notes(self, response_id: int) -> dict[str, str]:
        return dict(self.db.execute("SELECT item_id, text FROM notes WHERE response_id = ?", [response_id]).fetchall())

    def set_note(self, response_id: int, item_id: str, text: str) -> None:
        """Private notes are the user's own: allowed on final responses, never exported."""
        self.response(response_id)
        self._queue_or_write(PendingEdit("note", response_id, (item_id, text), self.user, now()))

    def set_review(self, response_id: int, item_ids: Iterable[str], review: ReviewState) -> None:
        item_ids = tuple(item_ids)
        self._check_editable(response_id, item_ids)
        self._queue_or_write(PendingEdit("review", response_id, (tuple(item_ids), ReviewState(review)), self.user, now()))

    # -- failed writes ----------------------------------------------------------------------------
    def pending(self) -> list[PendingEdit]:
        """Edits that failed to be written (full disk, read-only, locked), oldest first."""
        return list(self._pending)

    def retry_pending(self) -> int:
        """Write the pending edits in order; returns how many were written. Raises if one still fails."""
        with self._mutex:
            written = self._write_pending()
        if written and time.monotonic() - self._last_backup > DAILY.total_seconds():
            self._daily_backup()
        return written

    def _drop_pending(self, response_id: int, item_ids: Iterable[str]) -> None:
        """Forget waiting edits of these items (personal data purged on request)."""
        gone = set(item_ids)
        kept: list[PendingEdit] = []
        with self._mutex:
            for edit in self._pending:
                if edit.response_id == response_id and edit.action in ("set", "clear", "note") and edit.args[0] in gone:
                    continue
                if edit.response_id == response_id and edit.action == "set_many":
                    values = {k: v for k, v in edit.args[0].items() if k not in gone}
                    edit = PendingEdit(edit.action, edit.response_id, (values, *edit.args[1:]), edit.who, edit.at, edit.error)
                kept.append(edit)
            self._pending[:] = kept

    def _daily_backup(self) -> None:
        """Long sessions get their daily backup too; a failure is a warning, never a lost edit."""
        self._last_backup = time.monotonic()
        try:
            with self._mutex:
                files.automatic_backup(self.db.conn, self.path, reason="daily", keep=self.keep_backups)
        except SurveyError as exc:
            log.warning("%s", exc.diagnostic.message)
            self.warnings.append(exc.diagnostic)

    def _write_pending(self) -> int:
        written = 0
        while self._pending:
            edit = self._pending[0]
            try:
                self._apply(edit)
            except sqlite3.Error as exc:
                self._pending[0] = PendingEdit(edit.action, edit.response_id, edit.args, edit.who, edit.at, str(exc))
                raise _write_error(self.path, exc) from None
            except Exception:
                self._pending.pop(0)  # not a storage failure but a bug: never retry it forever
                raise
            self._pending.pop(0)
            written += 1
        return written

    def _queue_or_write(self, edit: PendingEdit) -> None:
        if self.read_only:
            raise SurveyError(codes.OPENED_READ_ONLY, "{path}: the database is open read-only; the edit was not made.", values={"path": self.path})
        with self._mutex:
            self._pending.append(edit)  # last in the queue, so order is kept when earlier edits wait
            self.retry_pending()

    def _apply(self, edit: PendingEdit) -> None:
        with self.db.atomic():
            if edit.action == "set":
                item_id, value, reason, review = edit.args
                self._write_value(edit.response_id, item_id, value, edit.who, reason, review, edit.at)
            elif edit.action == "clear":
                item_id, reason = edit.args
                self._write_value(edit.response_id, item_id, None, edit.who, reason, ReviewState.CURRENT, edit.at)
            elif edit.action == "set_many":
                values, reason, review = edit.args
                for item_id, value in values.items():
                    self._write_value(edit.response_id, item_id, value, edit.who, reason, review, edit.at)
            elif edit.action == "note":
                item_id, text = edit.args
                if text:
                    self.db.execute(
                        "INSERT INTO notes (response_id, item_id, text, updated_at) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (response_id, item_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                        [edit.response_id, item_id, text, edit.at],
                    )
                else:
                    self.db.execute("DELETE FROM notes WHERE response_id = ? AND item_id = ?", [edit.response_id, item_id])
            elif edit.action == "review":
                item_ids, review = edit.args
                self.db.execute(
                    f"UPDATE answers SET review = ? WHERE response_id = ? AND item_id IN ({', '.join('?' for _ in item_ids)})",
                    [review.value, edit.response_id, *item_ids],
                )
            else:  # pragma: no cover - every action is listed above
                raise ValueError(edit.action)
            self.db.execute("UPDATE responses SET updated_at = ? WHERE id = ?", [edit.at, edit.response_id])

    def _write_value(
        self, response_id: int, item_id: str, value: Value, who: str, reason: str, review: ReviewState, at: str,
        source: str = "",
    ) -> None:
        old = self.db.execute(
            "SELECT value FROM answers WHERE response_id = ? AND item_id = ?", [response_id, item_id]
        ).fetchone()
        old_text = old[0] if old else None
        new_text = None if value is None else _dump(value)
        if old_text == new_text and reason != "carry_forward":
            if value is not None:  # same value again: only the review state may change
                self.db.execute(
                    "UPDATE answers SET review = ? WHERE response_id = ? AND item_id = ?", [review.value, response_id, item_id]
                )
            return
        if value is None:
            self.db.execute("DELETE FROM answers WHERE response_id = ? AND item_id = ?", [response_id, item_id])
        else:
            self.db.execute(
                "INSERT INTO answers (response_id, item_id, value, review, updated_at, updated_by, answered)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value,"
                " review = excluded.review, updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                " answered = excluded.answered",
                [response_id, item_id, new_text, review.value, at, who, int(is_filled(value))],
            )
        self.db.execute(
            "INSERT INTO history (response_id, item_id, old_value, new_value, changed_at, changed_by, reason, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [response_id, item_id, old_text, new_text, at, who, reason, source],
        )

    @staticmethod
    def check_storable(item_id: str, value: Value) -> None:
        _check_storable(item_id, value)

    def _check_editable(self, response_id: int, item_ids: Iterable[str] = ()) -> None:
        response = self.response(response_id)
        if response.status is Status.FINAL:
            raise SurveyError(
                codes.RESPONSE_FINAL,
                "response {response_id} ({state}, {cycle}) is final; reopen it to change it.", values={"response_id": response_id, "state": response.state.name, "cycle": response.cycle}
            )
        if response.kind == KIND_CONTRIBUTION and item_ids:
            from survey_app.storage.contributions import asked_items

            not_asked = sorted(set(item_ids) - asked_items(self, response_id))
            if not_asked:
                raise SurveyError(codes.NOT_ASKED, "{items}: the lead did not ask your agency to answer this; it is "
                                  "shown for context only.", values={"items": ", ".join(not_asked[:5])})

    @contextlib.contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        if self.read_only:
            raise SurveyError(codes.OPENED_READ_ONLY, "{path}: the database is open read-only; nothing was changed.",
                              values={"path": self.path})
        try:
            with self._mutex:
                yield
        except sqlite3.IntegrityError as exc:
            log.warning("refused by the database while trying to %s: %s", what, exc)
            raise SurveyError(codes.BAD_INPUT, "{path}: the database refused the change ({reason}).",
                              values={"path": self.path, "reason": exc}) from None
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None

    def _event(self, response_id: int | None, kind: str, who: str, detail: str = "") -> None:
        self.db.execute(
            "INSERT INTO events (response_id, kind, at, who, detail) VALUES (?, ?, ?, ?, ?)",
            [response_id, kind, now(), who, detail],
        )

    # -- backups and personal data ----------------------------------------------------------------
    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        """A consistent copy of the database: to `dest`, or to the backups folder (keeping the last N)."""
        if dest is not None:
            return files.write_backup(self.db.conn, Path(dest).expanduser().absolute(), db_path=self.path)
        return files.automatic_backup(self.db.conn, self.path, reason=reason, keep=self.keep_backups)

    @staticmethod
    def recover_damaged(path: Path) -> files.Recovery:
        """Set a damaged (or foreign) database file aside and restore its newest healthy backup.

        For the GUI to offer after S101/S102 and the user's confirmation; nothing is deleted.
        """
        return files.set_aside_and_restore(Path(path))

    @staticmethod
    def restore_backup(backup: Path, target: Path) -> Path | None:
        """Replace `target` (not open anywhere) by `backup`; see `files.restore_backup`."""
        return files.restore_backup(backup, target)

    def held_personal_items(self, response_id: int, questionnaire: Questionnaire) -> list[Item]:
        """The questionnaire's personal-data items this response holds an answer or earlier values of."""
        answers = self.answers(response_id)
        return [item for item in questionnaire.personal_items()
                if item.id in answers or self.history(response_id, item.id)]

    def personal_data_elsewhere(self, response_id: int, questionnaire: Questionnaire) -> list[Path]:
        """The application's other copies of this database (backups, unfinished backups, files set
        aside by a recovery) that still hold the response's personal data: after a removal that was
        interrupted, the response itself may be clean while they are not."""
        from survey_app.storage.purge import files_still_holding

        return files_still_holding(self, response_id, [item.id for item in questionnaire.personal_items()])

    def purge_sensitive(self, response_id: int, item_ids: Iterable[str]) -> PurgeResult:
        """Remove answers, history and notes of these items, here and in every automatic backup."""
        from survey_app.storage.purge import purge_sensitive

        return purge_sensitive(self, response_id, item_ids)


def _status(text: object) -> Status:
    """The stored status; an unknown one (a file edited by another program) reads as final, so
    nothing changes it until the user reopens the response."""
    try:
        return Status(text)
    except ValueError:
        log.warning("unknown response status %r; treated as final", text)
        return Status.FINAL


def _check_storable(item_id: str, value: Value) -> None:
    """Refuse what cannot be stored (not JSON, too large) before anything is written."""
    if not isinstance(item_id, str) or not item_id:
        raise SurveyError(codes.BAD_INPUT, "{item_id}: an item id must be a non-empty text.", values={"item_id": repr(item_id)})
    try:
        size = len(_dump(value).encode("utf-8"))
    except (TypeError, ValueError) as exc:  # not JSON, NaN, lone surrogates
        raise SurveyError(codes.BAD_INPUT, "{item_id}: this answer cannot be stored ({reason}).", values={"item_id": item_id, "reason": exc}) from None
    if size > MAX_VALUE_BYTES:
        raise SurveyError(
            codes.BAD_INPUT, "{item_id}: the answer is {size} KB; shorten it to at most {limit} KB.", values={"item_id": item_id, "size": size // 1024, "limit": MAX_VALUE_BYTES // 1024}
        )


def _connect_read_only(path: Path) -> tuple[sqlite3.Connection, str]:
    """A read-only connection and the journal mode. A WAL database in a folder that cannot be written
    (a read-only USB stick or share) cannot get its shared-memory file: it is then read as an
    immutable file, which is what it is for this process."""
    uri = files.file_uri(path)
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = files.connect(f"{uri}{query}", uri=True, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, mode
        except sqlite3.OperationalError as exc:
            conn.close()
            failure = exc
    raise SurveyError(codes.CANNOT_OPEN, "{path}: the database cannot be read ({reason}).",
                      values={"path": path, "reason": failure})


def _configure(conn: sqlite3.Connection) -> str:
    """Pragmas for every writing connection; falls back to a rollback journal where WAL cannot work."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = _set_journal_mode(conn, "wal")
    if mode != "wal":
        log.warning("WAL is not available for this database (network share?); using a rollback journal")
        mode = _set_journal_mode(conn, "delete")
    conn.execute("PRAGMA synchronous = NORMAL" if mode == "wal" else "PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # purged personal data is overwritten, not just unlinked
    return mode


def _set_journal_mode(conn: sqlite3.Connection, mode: str) -> str:
    try:
        return str(conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]).lower()
    except sqlite3.OperationalError:
        return "unknown"


def _needs_upgrade(path: Path) -> bool:
    conn = files.connect_for_check(path)
    try:
        return schema.needs_upgrade(conn)
    finally:
        conn.close()


def _response_from_row(row: tuple[Any, ...]) -> Response:
    return Response(
        id=row[0],
        state=State(row[1], row[2]),
        cycle=row[3],
        questionnaire_id=row[4],
        questionnaire_version=row[5],
        language=row[6],
        status=_status(row[7]),
        created_at=row[8],
        updated_at=row[9],
        previous_id=row[10],
        deleted=bool(row[11]),
        uuid=row[12] or "",
        kind=row[13] or KIND_OWN,
    )


def _write_error(path: Path, exc: sqlite3.Error) -> SurveyError:
    """The failure of a write, named for the user. The edits that failed stay in `pending()` (the
    application says so and offers Retry; a command simply fails).

    Named by SQLite's result code, never by the message: a trigger's RAISE(ABORT, 'database is
    locked') is a refusal (SQLITE_CONSTRAINT), not another program holding the file.
    """
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # extended codes keep the primary in the low byte
    if primary == sqlite3.SQLITE_FULL:
        return SurveyError(codes.DISK_FULL, "{path}: the disk is full; the edit could not be saved.", values={"path": path})
    if primary == sqlite3.SQLITE_READONLY:
        return SurveyError(codes.READ_ONLY_FILE, "{path}: the file is read-only; the edit could not be saved.",
                           values={"path": path})
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return SurveyError(codes.BUSY, "{path}: the file is locked by another program; the edit could not be saved.",
                           values={"path": path})
    return SurveyError(codes.WRITE_FAILED, "{path}: the edit could not be saved ({reason}).",
                       values={"path": path, "reason": exc})
