"""Hostile inputs and privacy of what the commands write (issue 14): special files, duplicate keys,
deep nesting, table cells, owner-only exports, a clean log, backups of files the user cannot write."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from survey_app import applog
from survey_app.cli import main
from survey_app.storage.store import Store

FORMAT = "format: survey-app/answers\nformat_version: 1\n"


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "survey.db"
    assert run(capsys, path, "new", "--state", "FRA", "--cycle", "2026")[0] == 0
    return path


def cli(db: Path, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command in its own process, so a hang fails the test instead of blocking the run."""
    return subprocess.run([sys.executable, "-m", "survey_app.cli", "--db", str(db), *argv],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, "SURVEY_APP_LANGUAGE": "en"})


# -- special files --------------------------------------------------------------------------------
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_import_of_a_device_is_refused_at_once(db: Path) -> None:
    result = cli(db, "import-answers", "--response", "1", "/dev/zero")
    assert result.returncode == 1 and "I112" in result.stderr and "device" in result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_import_of_a_named_pipe_does_not_hang(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    result = cli(db, "import-answers", "--response", "1", str(fifo), timeout=60)  # before the fix: blocked for ever
    assert result.returncode == 1 and "I112" in result.stderr and "named pipe" in result.stderr


def test_import_of_a_folder_is_refused(capsys, db: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(tmp_path))
    assert code == 1 and "I112" in err and "folder" in err


def test_a_file_over_the_limit_is_refused_without_reading_it(capsys, db: Path, tmp_path: Path, monkeypatch) -> None:
    from survey_app.storage import exchange

    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": "survey-app/answers", "answers": {"x": "a" * 2000}}), encoding="utf-8")
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(big))
    assert code == 1 and "I101" in err


# -- what the files say ---------------------------------------------------------------------------
def test_yaml_duplicate_keys_are_refused_like_json(capsys, db: Path, tmp_path: Path) -> None:
    for name, text in {
        "top.yaml": FORMAT + "answers:\n  n13a_status: planned\n  n13a_status: implemented\n",
        "nested.yaml": FORMAT + "answers:\n  n13c_actions: {selected: [a], selected: [b]}\n",
        "top.json": '{"format": "survey-app/answers", "format_version": 1, "answers": '
                    '{"n13a_status": "planned", "n13a_status": "implemented"}}',
    }.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(capsys, db, "import-answers", "--response", "1", str(path))
        assert code == 1 and "I102" in err and "twice" in err, name
    with Store.open(db, read_only=True) as store:
        assert store.values(1) == {}
    first = (tmp_path / "top.yaml")
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(first))
    assert f"{first}:5:" in err  # the line of the second one


def test_too_deep_yaml_is_called_too_deep(capsys, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(FORMAT + "answers: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(path))
    assert code == 1 and "I108" in err and "nested too deeply" in err
    assert "neither valid JSON nor valid YAML" not in err


def test_an_error_in_a_table_cell_names_its_row_and_column(capsys, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    rows = [{"title": "Position paper", "year": 2021}, {"title": "Translation", "year": "soon"}]
    path.write_text(json.dumps({"format": "survey-app/answers", "format_version": 1,
                                "answers": {"il_position_docs": rows}}), encoding="utf-8")
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(path))
    assert code == 1 and "I105" in err
    assert "il_position_docs" in err and "Row 2, Year of publication" in err


# -- owner-only files, a log without answers ------------------------------------------------------
def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_every_export_is_owner_only(capsys, db: Path, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # what most machines have: new files readable by everyone
    try:
        with Store.open(db) as store:
            store.set_answer(1, "contact_email", "jane.doe@example.org")
        outputs = {
            "pdf": tmp_path / "submission.pdf",
            "json": tmp_path / "answers.json",
        }
        outputs["pdf"].write_bytes(b"an older file, readable by all")
        outputs["pdf"].chmod(0o644)
        assert run(capsys, db, "export", "--response", "1", "--format", "pdf", "--include-sensitive", "--out", str(outputs["pdf"]))[0] == 0
        assert run(capsys, db, "export", "--response", "1", "--format", "json", "--include-sensitive", "--out", str(outputs["json"]))[0] == 0
        assert run(capsys, db, "new", "--state", "FRA", "--cycle", "2027", "--from-previous")[0] == 0
        for kind in ("pdf", "text"):
            out = tmp_path / f"compare.{kind}"
            assert run(capsys, db, "compare", "--state", "FRA", "--from", "2026", "--to", "2027", "--format", kind,
                       "--out", str(out))[0] == 0
            outputs[f"compare-{kind}"] = out
    finally:
        os.umask(old_umask)
    for name, path in outputs.items():
        assert path.stat().st_size > 0 and _private(path), f"{name}: {oct(path.stat().st_mode)}"
    assert not list(tmp_path.glob("*.partial"))


def test_the_log_never_holds_answer_text(tmp_path: Path, caplog) -> None:
    db = tmp_path / "survey.db"
    with Store.open(db) as store:
        store.db.execute("INSERT INTO responses (state_name, state_key, cycle, questionnaire_id, questionnaire_version,"
                         " language, created_at, updated_at) VALUES ('France', 'FRA', 2026, 'nsi', '2026.1', 'en', 'x', 'x')")
    conn = sqlite3.connect(db)  # another program wrote a value that is not JSON
    conn.execute("INSERT INTO answers (response_id, item_id, value, updated_at, updated_by)"
                 " VALUES (1, 'contact_name', 'Jane Doe, not JSON', 'x', 'x')")
    conn.commit()
    conn.close()
    log_path = tmp_path / "survey-app.log"
    handler = applog.file_handler(log_path)
    assert handler is not None
    logging.getLogger().addHandler(handler)
    try:
        with Store.open(db, read_only=True) as store:
            assert store.values(1) == {"contact_name": "Jane Doe, not JSON"}  # still shown to the user
        try:
            int("Jane Doe")
        except ValueError:
            logging.getLogger("survey_app.test").exception("a bug while reading an answer")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = log_path.read_text(encoding="utf-8")
    assert "not JSON" in text and "ValueError" in text and "test_hostile_inputs.py" in text
    assert "Jane Doe" not in text
    assert _private(log_path)


def test_a_log_made_readable_by_others_is_made_owner_only_again(tmp_path: Path) -> None:
    log_path = tmp_path / "survey-app.log"
    log_path.write_text("older entries\n", encoding="utf-8")
    log_path.chmod(0o644)
    handler = applog.file_handler(log_path)
    assert handler is not None
    handler.close()
    assert _private(log_path) and log_path.read_text(encoding="utf-8") == "older entries\n"


# -- backups of a file the user cannot write ------------------------------------------------------
def test_backup_out_copies_a_database_the_user_cannot_write(capsys, db: Path, tmp_path: Path, make_unwritable) -> None:
    if not make_unwritable(db):
        pytest.skip("cannot make a file read-only here")
    out = tmp_path / "copy.db"
    code, printed, err = run(capsys, db, "backup", "--out", str(out))
    assert code == 0, err
    assert printed.strip() == str(out) and _private(out)
    with Store.open(out, read_only=True) as copy:
        assert [s.response.state.code for s in copy.list_responses()] == ["FRA"]


def test_the_compare_help_example_works_on_the_demo(capsys, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run(capsys, db, "demo")[0] == 0
    parser_help = subprocess.run([sys.executable, "-m", "survey_app.cli", "compare", "--help"], capture_output=True,
                                 text=True, timeout=60).stdout
    assert '"Republic of Examplia"' in parser_help and "XEX" not in parser_help
    code, out, err = run(capsys, db, "compare", "--state", "Republic of Examplia", "--from", "2024", "--to", "2026")
    assert code == 0, err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_restore_from_a_named_pipe_or_device_is_refused_at_once(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "backup.db"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        if not source.exists():
            continue
        result = cli(db, "restore", str(source), timeout=60)  # before: blocked for ever reading the pipe
        assert result.returncode == 1 and "S107" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    with Store.open(db, read_only=True) as store:
        assert [s.response.state.code for s in store.list_responses()] == ["FRA"]


def test_a_journal_left_on_a_read_only_medium_is_not_called_damage(tmp_path: Path, make_unwritable, capsys) -> None:
    """A database copied with its -wal (killed application) onto a read-only stick: SQLite cannot
    read the journal there. That is S111 with what to do, never S102 "damaged, restore a backup"."""
    import shutil

    folder = tmp_path / "stick"
    folder.mkdir()
    db = folder / "survey.db"
    writer = sqlite3.connect(tmp_path / "live.db")
    with Store.open(tmp_path / "live.db"):
        pass
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO meta (key, value) VALUES ('user_name', 'Jane')")
    writer.commit()
    shutil.copy(tmp_path / "live.db", db)
    shutil.copy(tmp_path / "live.db-wal", Path(f"{db}-wal"))
    writer.close()
    if not make_unwritable(folder):
        pytest.skip("cannot make a folder read-only here")
    code, _, err = run(capsys, db, "backup", "--out", str(tmp_path / "copy.db"))
    assert code == 1 and "S111" in err and "survey.db-wal" in err and "S102" not in err, err


def test_an_answer_quoted_in_a_validation_error_stays_out_of_the_log() -> None:
    from survey_app.questionnaire import values

    try:
        try:
            raise values._invalid("Choose from the options ({values} is not one of them).", values="Jane Doe")
        except Exception as inner:
            raise RuntimeError("while importing") from inner
    except RuntimeError as exc:
        text = applog.redacted_traceback(type(exc), exc, exc.__traceback__)
    assert "Q900" in text and "{values}" in text and "Jane Doe" not in text


def test_an_export_never_writes_through_a_link_planted_beside_it(capsys, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "answers.json"
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours", encoding="utf-8")
    Path(f"{out}.partial").symlink_to(victim)  # the name the export's temporary file used to have
    assert run(capsys, db, "export", "--response", "1", "--format", "json", "--out", str(out))[0] == 0
    assert victim.read_text(encoding="utf-8") == "not yours"
    assert not out.is_symlink() and json.loads(out.read_text(encoding="utf-8"))["format"] == "survey-app/answers"
    assert _private(out)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == ["answers.json.partial"]


def _demo_with_backup(capsys, tmp_path: Path) -> Path:
    db = tmp_path / "data" / "survey.db"
    assert run(capsys, db, "demo")[0] == 0
    assert run(capsys, db, "backup")[0] == 0
    return db


def _holding(folder: Path, response_id: int = 3) -> list[str]:
    """The database files under `folder` with personal data (answers, history, notes) of the response."""
    from survey_app.questionnaire.catalog import Catalog

    ids = [item.id for item in Catalog.load().get("nsi").personal_items()]
    marks = ", ".join("?" for _ in ids)
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or not path.read_bytes().startswith(b"SQLite format 3"):
            continue
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            if any(conn.execute(f"SELECT 1 FROM {table} WHERE response_id = ? AND item_id IN ({marks})",
                                [response_id, *ids]).fetchone() for table in ("answers", "history", "notes")):
                found.append(path.name)
        finally:
            conn.close()
    return found


def test_a_removal_interrupted_after_the_database_was_cleaned_can_be_finished(capsys, tmp_path: Path) -> None:
    """Killed once the database was cleaned, before the backups were: running it again used to say
    "nothing to remove" while every backup still held the contacts."""
    db = _demo_with_backup(capsys, tmp_path)
    killed = subprocess.run(
        [sys.executable, "-c", "import os, sys; from survey_app.storage import purge; "
         "purge._rewrite_backup = lambda *a: os._exit(137); from survey_app.cli import main; "
         f"sys.exit(main(['--db', {str(db)!r}, 'purge-personal-data', '--response', '3', '--yes']))"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "SURVEY_APP_LANGUAGE": "en"})
    assert killed.returncode == 137
    assert _holding(db.parent) == sorted(p.name for p in (db.parent / "backups").iterdir())  # only backups
    code, out, err = run(capsys, db, "purge-personal-data", "--response", "3", "--yes")
    assert code == 0, err
    assert "holds no personal data any more, but these copies of the database still do" in err
    assert _holding(db.parent) == []


def test_a_file_set_aside_by_a_recovery_is_named_as_still_holding_the_data(capsys, tmp_path: Path) -> None:
    from storage.crafted import damage_index

    db = _demo_with_backup(capsys, tmp_path)
    damage_index(db)
    assert run(capsys, db, "recover")[0] == 0
    [aside] = [p for p in db.parent.iterdir() if ".damaged-" in p.name]
    code, _, err = run(capsys, db, "purge-personal-data", "--response", "3", "--yes")
    assert code == 1 and str(aside) in err  # kept as the recovery left it, and the user is told
    assert _holding(db.parent) == [aside.name]
