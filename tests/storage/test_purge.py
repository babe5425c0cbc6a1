"""Personal data removed on request: from the file, its history and the automatic backups."""

from __future__ import annotations

from pathlib import Path

from survey_app.storage import files
from survey_app.storage.store import Store

SECRET = "Jane Secretperson, +41 22 555 0199"


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
