"""Opening checks, migrations, locking across processes, backups, restore and recovery."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from survey_app import limits
from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage import codes, files, schema
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .conftest import small_questionnaire
from .crafted import damage_index


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(db_path: Path, questionnaire: Questionnaire) -> int:
    with Store.open(db_path) as store:
        response = store.create_response(state=State("KEN", "Kenya"), cycle=2024, questionnaire=questionnaire, language="en")
        for n in range(30):
            store.set_answer(response.id, "summary", f"Draft number {n}. " * 40)
        return response.id


def _assert_untouched(path: Path, digest: str) -> None:
    assert _digest(path) == digest
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{path}{suffix}").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a spreadsheet\n" * 10, b"\x00" * 4096],
    ids=["empty", "text", "zeros"],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "survey.db"
    path.write_bytes(content)
    if not content:
        Store.open(path).close()  # an empty file is a new database
        return
    digest = _digest(path)
    with pytest.raises(SurveyError) as error:
        Store.open(path)
    assert error.value.code == codes.NOT_SQLITE
    _assert_untouched(path, digest)


def test_truncated_database_is_refused_untouched(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.DAMAGED
    _assert_untouched(db_path, digest)


def test_garbage_inside_database_is_refused_untouched(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over every page but the first
        data[offset + 8 : offset + 200] = b"\xa5" * 192
    db_path.write_bytes(bytes(data))
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.DAMAGED
    _assert_untouched(db_path, digest)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    digest = _digest(path)
    with pytest.raises(SurveyError) as error:
        Store.open(path)
    assert error.value.code == codes.NOT_SQLITE
    _assert_untouched(path, digest)


def test_database_from_newer_version_is_refused_untouched(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    conn.close()
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.NEWER_VERSION
    assert "newer version" in str(error.value)
    _assert_untouched(db_path, digest)


def test_first_schema_upgrades_with_a_backup(db_path: Path) -> None:
    db = Database(db_path)
    schema.MIGRATIONS.apply(db, stop_before="m002_events_and_progress")
    db.execute(
        "INSERT INTO responses (state_code, state_name, state_key, cycle, questionnaire_id, questionnaire_version,"
        " language, status, created_at, updated_at) VALUES ('PER', 'Peru', 'PER', 2022, 'nsi', '2022.1', 'es',"
        " 'draft', 'then', 'then')"
    )
    db.execute(
        "INSERT INTO answers (response_id, item_id, value, updated_at, updated_by) VALUES (1, 'summary', '\"Hola\"', 'then', 'x')"
    )
    db.conn.commit()
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()
    with Store.open(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert store.answers(1)["summary"].value == "Hola"
        assert store.list_responses()[0].response.state.name == "Peru"
        store.finalise(1)
        assert [kind for kind, *_ in store.events(1)] == ["finalise"]
    backups = files.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_lock_holds_across_processes_and_dies_with_the_process(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from survey_app.storage.store import Store
            store = Store.open({str(db_path)!r})
            print("open", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(SurveyError) as error:
            Store.open(db_path)
        assert error.value.code == codes.ALREADY_OPEN
        Store.open(db_path, read_only=True).close()  # reading is still possible
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    Store.open(db_path).close()  # the killed process's lock is gone


def test_daily_backups_keep_the_last_n(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    for _ in range(4):
        with Store.open(db_path, keep_backups=3) as store:
            store.backup()
    backups = files.list_backups(db_path)
    assert len(backups) == 3
    assert all(files.is_healthy(backup) for backup in backups)
    assert all(backup.stat().st_mode & 0o777 == 0o600 for backup in backups)


def test_backup_to_a_chosen_file_and_restore(db_path: Path, questionnaire: Questionnaire, tmp_path: Path) -> None:
    response_id = _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        copy = store.backup(tmp_path / "copy.db")
        store.set_answer(response_id, "summary", "Changed after the backup")
    safety = Store.restore_backup(copy, db_path)
    assert safety is not None and files.is_healthy(safety)
    with Store.open(db_path) as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")
    with Store.open(safety) as store:  # the state before the restore is kept
        assert store.answers(response_id)["summary"].value == "Changed after the backup"


def test_restore_refuses_damaged_backup_and_open_target(db_path: Path, questionnaire: Questionnaire, tmp_path: Path) -> None:
    _filled(db_path, questionnaire)
    bad = tmp_path / "bad.db"
    bad.write_bytes(db_path.read_bytes()[:5000])
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        Store.restore_backup(bad, db_path)
    assert error.value.code == codes.BACKUP_DAMAGED
    assert _digest(db_path) == digest
    with Store.open(db_path) as store:
        good = store.backup(tmp_path / "good.db")
        with pytest.raises(SurveyError) as error:
            Store.restore_backup(good, db_path)
        assert error.value.code == codes.ALREADY_OPEN


def test_set_aside_damaged_file_and_restore_newest_backup(db_path: Path, questionnaire: Questionnaire) -> None:
    response_id = _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        store.backup()
    db_path.write_bytes(db_path.read_bytes()[:3000])
    damaged = db_path.read_bytes()
    recovery = files.set_aside_and_restore(db_path)
    assert recovery.restored_from is not None
    assert recovery.set_aside.read_bytes() == damaged
    with Store.open(db_path) as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")


def test_recover_refuses_a_healthy_database(db_path: Path, questionnaire: Questionnaire) -> None:
    response_id = _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        store.backup()
        store.set_answer(response_id, "summary", "Written after the backup.")
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        files.set_aside_and_restore(db_path)  # `survey-app recover` on a good file
    assert error.value.code == codes.NOTHING_TO_RECOVER
    _assert_untouched(db_path, digest)
    with Store.open(db_path) as store:
        assert store.answers(response_id)["summary"].value == "Written after the backup."


def test_restore_over_a_damaged_database_keeps_it_aside(db_path: Path, questionnaire: Questionnaire,
                                                        tmp_path: Path) -> None:
    response_id = _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        good = store.backup(tmp_path / "good.db")
    raw = bytearray(db_path.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # a damaged page
    db_path.write_bytes(bytes(raw))
    kept = Store.restore_backup(good, db_path)
    assert kept is not None and kept.read_bytes() == bytes(raw)  # the damaged file, renamed, not lost
    with Store.open(db_path) as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")


def test_rollback_journal_when_wal_is_unavailable(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from survey_app.storage import store as store_module

    real = store_module._set_journal_mode
    monkeypatch.setattr(store_module, "_set_journal_mode", lambda conn, mode: "unknown" if mode == "wal" else real(conn, mode))
    with Store.open(db_path) as store:
        assert store.journal_mode == "delete"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL without WAL


def test_hot_rollback_journal_is_rolled_back_on_open(db_path: Path, questionnaire: Questionnaire, tmp_path: Path) -> None:
    import shutil

    response_id = _filled(db_path, questionnaire)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill changes into the file before the commit
    conn.execute("BEGIN")
    conn.execute("UPDATE history SET new_value = json_quote(hex(randomblob(1500)))")
    conn.execute("DELETE FROM history WHERE id % 3 = 0")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy(db_path, crashed / "survey.db")
    shutil.copy(f"{db_path}-journal", crashed / "survey.db-journal")  # as if the process died here
    conn.execute("ROLLBACK")
    conn.close()
    with Store.open(crashed / "survey.db") as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_wal_and_shm_are_private_while_open(db_path: Path, store: Store, response_id: int) -> None:
    store.set_answer(response_id, "staff", 1)
    for suffix in ("", "-wal", "-shm"):
        assert Path(f"{db_path}{suffix}").stat().st_mode & 0o777 == 0o600


def test_odd_characters_in_the_path(tmp_path: Path, questionnaire: Questionnaire) -> None:
    folder = tmp_path / "Données #1 ? 50% (copie)"
    folder.mkdir()
    path = folder / "survey.db"
    response_id = _filled(path, questionnaire)
    with Store.open(path, read_only=True) as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")


def test_reading_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SurveyError) as error:
        Store.open(tmp_path / "nothing.db", read_only=True)
    assert error.value.code == codes.MISSING
    assert not (tmp_path / "nothing.db").exists()


def test_recover_damaged_through_the_store(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    with Store.open(db_path) as store:
        store.backup()
    db_path.write_bytes(b"garbage" * 100)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.NOT_SQLITE
    recovery = Store.recover_damaged(db_path)
    assert recovery.set_aside.read_bytes() == b"garbage" * 100
    Store.open(db_path).close()


def test_backups_of_another_database_in_the_folder_are_left_alone(tmp_path: Path, questionnaire: Questionnaire) -> None:
    main_db, other_db = tmp_path / "survey.db", tmp_path / "survey-old.db"
    _filled(other_db, questionnaire)
    with Store.open(other_db) as other:
        other.backup()
    others = files.list_backups(other_db)
    _filled(main_db, questionnaire)
    with Store.open(main_db, keep_backups=1) as store:
        store.backup()
        store.backup()
    assert len(files.list_backups(main_db)) == 1
    assert files.list_backups(other_db) == others and all(path.exists() for path in others)


def test_a_file_that_cannot_be_written_is_refused_for_editing_and_opens_read_only(
    db_path: Path, questionnaire: Questionnaire, make_unwritable
) -> None:
    response_id = _filled(db_path, questionnaire)
    if not make_unwritable(db_path):
        pytest.skip("cannot make a file unwritable for this user on this file system")
    digest = _digest(db_path)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.NOT_WRITABLE and "read-only" in error.value.diagnostic.message
    _assert_untouched(db_path, digest)
    with Store.open(db_path, read_only=True) as store:
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")
    assert _digest(db_path) == digest


def test_a_database_in_a_folder_that_cannot_be_written_opens_read_only(tmp_path: Path, questionnaire: Questionnaire,
                                                                       make_unwritable) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    db_path = folder / "survey.db"
    response_id = _filled(db_path, questionnaire)
    for side in folder.glob("survey.db.*"):  # the lock file, as a copied stick would not have it
        side.unlink()
    if not make_unwritable(folder):
        pytest.skip("cannot make a folder unwritable for this user on this file system")
    with pytest.raises(SurveyError) as error:
        Store.open(db_path)
    assert error.value.code == codes.NOT_WRITABLE
    with Store.open(db_path, read_only=True) as store:  # WAL, and no -shm can be made here
        assert store.answers(response_id)["summary"].value.startswith("Draft number 29.")


# -- what quick_check does not see: an index that misses rows ---------------------------------------
def test_a_database_whose_index_misses_rows_is_refused_untouched(db_path: Path, questionnaire: Questionnaire) -> None:
    _filled(db_path, questionnaire)
    assert not files.backups_dir(db_path).exists()
    damage_index(db_path)
    digest = _digest(db_path)
    for read_only in (False, True):
        with pytest.raises(SurveyError) as error:
            Store.open(db_path, read_only=read_only)
        assert error.value.code == codes.DAMAGED
        assert "missing from index history_by_item" in str(error.value)
    _assert_untouched(db_path, digest)
    assert not files.backups_dir(db_path).exists()  # no damaged copy was made either


def test_a_damaged_database_is_never_backed_up_nor_imported_into(db_path: Path, questionnaire: Questionnaire,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A file too large for the full check on a read-only open (the limit is lowered here) is read
    after quick_check, but never copied (the full check runs before every backup); opened for
    writing it always gets the full check, so it is refused before anything is written."""
    _filled(db_path, questionnaire)
    with Store.open(db_path, keep_backups=2) as store:
        store.backup()
    good = files.list_backups(db_path)
    assert len(good) == 2 and all(files.is_healthy(backup) for backup in good)
    damage_index(db_path)
    two_days_ago = time.time() - 2 * 86400
    for backup in good:  # the daily backup is due when it opens
        os.utime(backup, (two_days_ago, two_days_ago))
    monkeypatch.setattr(limits, "FULL_CHECK_ON_OPEN_BYTES", 0)
    with pytest.raises(SurveyError) as error:
        Store.open(db_path, keep_backups=2)  # for writing: the full check, whatever the size
    assert error.value.code == codes.DAMAGED and "missing from index" in str(error.value)
    with Store.open(db_path, read_only=True) as store:
        with pytest.raises(SurveyError) as error:
            store.backup(db_path.parent / "copy.db")
        assert error.value.code == codes.DAMAGED_NOT_BACKED_UP
        assert "missing from index" in str(error.value)
    assert files.list_backups(db_path) == good  # the good backups are all there, nothing rotated them out
    assert sorted(p.name for p in files.backups_dir(db_path).iterdir()) == [p.name for p in good]
    assert not (db_path.parent / "copy.db").exists()


def _damaged_backup(db_path: Path, tmp_path: Path) -> Path:
    """A backup as an older version made it of a database whose index missed rows."""
    copy = tmp_path / "damaged-copy.db"
    shutil.copyfile(db_path, copy)
    damage_index(copy)
    backup = files.backups_dir(db_path) / f"{db_path.stem}-{files.now_stamp()}-daily.db"
    os.replace(copy, backup)
    return backup


def test_damaged_backups_never_push_healthy_ones_out(db_path: Path, questionnaire: Questionnaire, tmp_path: Path) -> None:
    _filled(db_path, questionnaire)
    with Store.open(db_path, keep_backups=3) as store:
        store.backup()
        store.backup()
    healthy = files.list_backups(db_path)
    assert len(healthy) == 3
    damaged = [_damaged_backup(db_path, tmp_path) for _ in range(2)]
    with Store.open(db_path, keep_backups=3) as store:
        newest = store.backup()
    kept = files.list_backups(db_path)
    assert kept == [*healthy[1:], *damaged, newest]  # the three newest healthy ones, and the newer damaged
    assert [files.is_healthy(backup) for backup in kept] == [True, True, False, False, True]


# -- unfinished backups ---------------------------------------------------------------------------
BACKING_UP_FOREVER = """
import sys
from survey_app.storage.store import Store
store = Store.open(sys.argv[1], keep_backups=2)
print("open", flush=True)
while True:
    store.backup(reason="before-import")
"""


def _kill_during_a_backup(db_path: Path) -> list[Path]:
    """Run a process that backs the database up again and again; SIGKILL it while a backup is
    being written. Returns the partial files it left (tries again if the kill came too late)."""
    folder = files.backups_dir(db_path)
    for _attempt in range(5):
        process = subprocess.Popen([sys.executable, "-c", BACKING_UP_FOREVER, str(db_path)],
                                   stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout.readline().strip() == "open"
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not any(p.name.endswith(".partial") for p in folder.iterdir()):
                pass
            process.send_signal(signal.SIGKILL)
        finally:
            process.kill()
            process.wait()
            process.stdout.close()
        left = files.leftover_files(db_path)
        if left:
            return left
    pytest.fail("the backup process was never killed while writing a backup")


def test_a_backup_killed_part_way_is_never_a_backup_and_is_removed_when_opened(db_path: Path) -> None:
    with Store.open(db_path) as store:
        response = store.create_response(state=State("KEN", "Kenya"), cycle=2024, questionnaire=small_questionnaire(),
                                         language="en")
        store.set_answers(response.id, {f"annex_{n}": os.urandom(1_500_000).hex() for n in range(8)})
    assert db_path.stat().st_size > 20_000_000  # copying it takes long enough to be killed in the middle
    left = _kill_during_a_backup(db_path)
    assert any(path.name.endswith(".db.partial") for path in left)
    assert not set(left) & set(files.list_backups(db_path))
    backups = files.list_backups(db_path)
    with Store.open(db_path) as store:  # the next start, under the writer lock
        assert files.leftover_files(db_path) == []
        assert not any(path.exists() for path in left)
        assert files.list_backups(db_path) == backups
        assert store.answer(response.id, "annex_0") is not None


def _copy_with_wal(tmp_path: Path, *statements: str) -> Path:
    """A database copied together with its -wal while the last changes are only in the WAL."""
    import sqlite3

    live = tmp_path / "live.db"
    with Store.open(live):
        pass
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    for statement in statements:
        writer.execute(statement)
    copy = tmp_path / "copied.db"
    shutil.copyfile(live, copy)
    shutil.copyfile(f"{live}-wal", f"{copy}-wal")
    writer.close()
    return copy


def test_a_backup_is_restored_as_it_was_checked_with_its_journal(tmp_path: Path) -> None:
    """The check read the backup with its -wal; the copy used to read it without (the WAL's
    changes were lost, or objects the WAL had dropped came back)."""
    backup = _copy_with_wal(tmp_path, "INSERT INTO meta (key, value) VALUES ('user_name', 'only in the WAL')")
    target = tmp_path / "survey.db"
    files.restore_backup(backup, target)
    with Store.open(target) as store:
        assert store.saved_user() == "only in the WAL"


def test_only_damage_is_called_damage(tmp_path: Path) -> None:
    """A file another program holds must never be offered for setting aside as "damaged"."""
    import sqlite3

    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    reader = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as busy:
        reader.execute("SELECT * FROM t").fetchall()
    reader.close()
    holder.execute("ROLLBACK")
    holder.close()
    assert files._check_failure(path, busy.value).code == codes.BUSY
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(files.SQLITE_HEADER + b"\x00" * 4000)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        sqlite3.connect(corrupt).execute("SELECT * FROM sqlite_master").fetchall()
    assert files._check_failure(corrupt, damaged.value).code == codes.DAMAGED
