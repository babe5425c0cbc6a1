"""Personal data removed on request: from the file, its history and the automatic backups."""

from __future__ import annotations

from pathlib import Path

from survey_app.storage import files
from survey_app.storage.store import Store

from .crafted import (
    KEEP_COPY,
    SECRET,
    SHADOW_TABLE,
    add_objects,
    holding,
    partial_backup,
)


def _bytes_everywhere(db_path: Path) -> bytes:
    paths = [db_path, *(Path(f"{db_path}{s}") for s in ("-wal", "-shm")), *files.list_backups(db_path)]
    return b"".join(path.read_bytes() for path in paths if path.exists())


def test_purge_removes_answers_history_and_backup_copies(db_path: Path, store: Store, response_id: int) -> None:
    store.set_answer(response_id, "contact", SECRET)
    store.set_answer(response_id, "contact", SECRET + " (mobile)")
    store.set_note(response_id, "contact", f"Call {SECRET} first")
    store.set_answer(response_id, "ministry", "Ministry of Foreign Affairs")
    store.backup()
    store.backup()
    assert SECRET.encode() in _bytes_everywhere(db_path)
    result = store.purge_sensitive(response_id, ["contact"])
    assert (result.answers_removed, result.history_removed) == (1, 2)
    assert len(result.backups_rewritten) == 2 and "elsewhere" in result.notice
    assert store.answer(response_id, "contact") is None
    assert store.history(response_id, "contact") == []
    assert store.note(response_id, "contact") == ""
    assert store.answer(response_id, "ministry").value == "Ministry of Foreign Affairs"
    assert SECRET.encode() not in _bytes_everywhere(db_path)
    assert all(files.is_healthy(backup) for backup in files.list_backups(db_path))
    assert ("purge", "contact") in [(kind, detail) for kind, _at, _who, detail in store.events(response_id)]


def test_purge_forgets_waiting_edits_of_those_items(store: Store, response_id: int) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    for item_id in ("contact", "ministry"):
        try:
            store.set_answer(response_id, item_id, SECRET * 500)
        except Exception:
            pass
    assert [edit.args[0] for edit in store.pending()] == ["contact", "ministry"]
    store.db.execute("PRAGMA max_page_count = 1000000")
    store.purge_sensitive(response_id, ["contact"])
    assert [edit.args[0] for edit in store.pending()] == ["ministry"]


def test_purge_deletes_unfinished_backups_and_says_so(db_path: Path, store: Store, response_id: int) -> None:
    """Partial backups (a backup or restore killed part-way while this window was open, e.g. by
    `survey-app backup` in another process) hold the data too: deleted, and counted."""
    store.set_answer(response_id, "contact", SECRET)
    store.backup()
    folder = files.backups_dir(db_path)
    partials = [folder / f"{db_path.stem}-{files.now_stamp()}-before-import.db.partial",
                db_path.with_name(f"{db_path.name}.restoring.partial"), db_path.with_name(f"{db_path.name}.restoring")]
    for partial in partials:
        partial_backup(db_path, partial)
    assert len(files.list_backups(db_path)) == 1  # partials are never backups
    assert len(holding(folder, SECRET)) == 3  # the backup, the partial and its journal
    result = store.purge_sensitive(response_id, ["contact"])
    assert holding(db_path.parent, SECRET) == []  # the database, its side files, every file under backups/
    assert len(result.backups_rewritten) == 1
    assert sorted(result.partials_deleted) == sorted([*partials, *(Path(f"{p}-journal") for p in partials)])
    assert result.not_removed == () and "6 unfinished backup file(s) were deleted" in result.notice


def test_purge_deletes_a_backup_with_a_trigger_that_would_keep_a_copy(db_path: Path, store: Store,
                                                                      response_id: int) -> None:
    store.set_answer(response_id, "contact", SECRET)
    tampered = store.backup()
    add_objects(tampered, SHADOW_TABLE, KEEP_COPY)  # rewriting it would copy the answers to `shadow`
    result = store.purge_sensitive(response_id, ["contact"])
    assert result.backups_deleted == (tampered,) and not tampered.exists()
    assert holding(db_path.parent, SECRET) == []
