"""The storage commands as a user runs them: new, list, demo, export, import-answers, backup, restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from survey_app.cli import main
from survey_app.storage import files
from survey_app.storage.store import Store


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "survey.db"


def test_new_prints_the_id_alone_and_list_shows_it(capsys, db: Path) -> None:
    code, out, _ = run(capsys, db, "new", "--state", "Francia", "--cycle", "2026", "--language", "fr")
    assert code == 0 and out == "1\n"
    code, out, _ = run(capsys, db, "new", "--state", "Atlantis Federation", "--cycle", "2024")
    assert out == "2\n"
    code, out, _ = run(capsys, db, "list")
    lines = out.splitlines()
    assert lines[0].split("\t") == ["1", "France (FRA)", "2026", "nsi 2026.1", "draft", "0%"]
    assert lines[1].split("\t")[:3] == ["2", "Atlantis Federation", "2024"]
    code, _, err = run(capsys, db, "new", "--state", "FRA", "--cycle", "2026")
    assert code == 1 and "S207" in err


def test_demo_adds_three_cycles_once(capsys, db: Path) -> None:
    code, out, _ = run(capsys, db, "demo")
    assert code == 0 and "Republic of Examplia" in out
    _, listing, _ = run(capsys, db, "list")
    rows = [line.split("\t") for line in listing.splitlines()]
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("Republic of Examplia", "2026", "draft"),
        ("Republic of Examplia", "2024", "final"),
        ("Republic of Examplia", "2022", "final"),
    ]
    assert rows[0][5] == "100%"
    percents = [int(r[5].rstrip("%")) for r in rows]
    assert percents[0] > percents[1] > percents[2] > 30
    code, _, err = run(capsys, db, "demo")
    assert code == 1 and "already" in err


def test_demo_is_deterministic_and_shows_progress_between_cycles(capsys, tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    run(capsys, first, "demo")
    run(capsys, second, "demo")
    with Store.open(first, read_only=True) as a, Store.open(second, read_only=True) as b:
        assert a.values(3) == b.values(3) and a.values(1) == b.values(1)
        newest, oldest = a.values(3), a.values(1)
    status_items = [k for k in newest if k.endswith("_status") and k.startswith("n13")]
    rank = ["not_started", "planned", "in_progress", "implemented"]
    moved_up = [k for k in status_items if k in oldest and rank.index(newest[k]) > rank.index(oldest[k])]
    assert len(moved_up) >= 5
    assert any(k not in oldest for k in newest)  # newly answered items
    assert any(isinstance(v, str) and k in oldest and oldest[k] != v and len(v) > 80 for k, v in newest.items())


def test_export_then_import_into_a_new_response_gives_identical_answers(capsys, db: Path, tmp_path: Path) -> None:
    run(capsys, db, "demo")
    out_file = tmp_path / "examplia.json"
    code, _, _ = run(capsys, db, "export", "--response", "3", "--out", str(out_file), "--include-sensitive")
    assert code == 0
    assert out_file.stat().st_mode & 0o777 == 0o600
    _, new_id, _ = run(capsys, db, "new", "--state", "KEN", "--cycle", "2026")
    code, out, _ = run(capsys, db, "import-answers", "--response", new_id.strip(), str(out_file))
    assert code == 0 and "Imported" in out
    with Store.open(db, read_only=True) as store:
        assert store.values(int(new_id)) == store.values(3)
    # without --include-sensitive, contact details stay out (stdout export)
    code, out, _ = run(capsys, db, "export", "--response", "3")
    document = json.loads(out)
    assert "contact_email" not in document["answers"] and "exec_summary" in document["answers"]


def test_import_with_invalid_values_changes_nothing(capsys, db: Path, tmp_path: Path) -> None:
    run(capsys, db, "new", "--state", "Chile", "--cycle", "2026")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: survey-app/answers\nformat_version: 1\nanswers:\n"
        "  lead_ministry: Ministry of Foreign Affairs\n  n13a_status: excellent\n  no_such_question: 3\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, db, "import-answers", "--response", "1", str(bad))
    assert code == 1
    assert "I110" in err and "I105" in err and "I104" in err and "n13a_status" in err
    with Store.open(db, read_only=True) as store:
        assert store.values(1) == {}


def test_backup_and_restore(capsys, db: Path, tmp_path: Path) -> None:
    run(capsys, db, "new", "--state", "Peru", "--cycle", "2026")
    copy = tmp_path / "copy.db"
    code, out, _ = run(capsys, db, "backup", "--out", str(copy))
    assert code == 0 and files.is_healthy(copy)
    run(capsys, db, "new", "--state", "Peru", "--cycle", "2028")
    code, out, _ = run(capsys, db, "restore", str(copy))
    assert code == 0 and "before" in out
    _, listing, _ = run(capsys, db, "list")
    assert [line.split("\t")[2] for line in listing.splitlines()] == ["2026"]
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(copy.read_bytes()[:2000])
    code, _, err = run(capsys, db, "restore", str(damaged))
    assert code == 1 and "S107" in err
    code, out, _ = run(capsys, db, "backup")
    assert code == 0 and Path(out.strip()).parent == db.parent / "backups"


def test_new_from_previous_carries_answers(capsys, db: Path) -> None:
    run(capsys, db, "demo")
    code, out, err = run(capsys, db, "new", "--state", "Republic of Examplia", "--cycle", "2028", "--from-previous")
    assert code == 0, err
    new_id = int(out)
    with Store.open(db, read_only=True) as store:
        assert store.response(new_id).previous_id == 3
        assert store.values(new_id).get("lead_ministry") == store.values(3)["lead_ministry"]


def test_export_pdf(capsys, db: Path, tmp_path: Path) -> None:
    pytest.importorskip("survey_app.reports.submission")
    run(capsys, db, "demo")
    pdf = tmp_path / "examplia.pdf"
    code, _, err = run(capsys, db, "export", "--response", "3", "--format", "pdf", "--out", str(pdf), "--omit-unanswered")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_purge_personal_data_removes_contacts_here_and_in_backups(capsys, db: Path, monkeypatch, tmp_path) -> None:
    run(capsys, db, "demo")
    answers = tmp_path / "contact.json"
    answers.write_text(json.dumps({"format": "survey-app/answers", "format_version": 1,
                                   "answers": {"contact_email": "only.in.2026@examplia.example"}}))
    assert run(capsys, db, "import-answers", "--response", "3", str(answers))[0] == 0
    _, before, _ = run(capsys, db, "export", "--response", "3", "--include-sensitive")
    assert "only.in.2026@examplia.example" in before
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # not a terminal: --yes is required
    code, out, err = run(capsys, db, "purge-personal-data", "--response", "3")
    assert code == 1 and "S210" in err and "contact_email" in err
    _, unchanged, _ = run(capsys, db, "export", "--response", "3", "--include-sensitive")
    assert unchanged == before
    run(capsys, db, "backup")  # an automatic-backups-folder copy holding the contacts
    code, out, err = run(capsys, db, "purge-personal-data", "--response", "3", "--yes")
    assert code == 0 and "Automatic backups cleaned: 3," in out  # before the import, the daily one, ours
    _, after, _ = run(capsys, db, "export", "--response", "3", "--include-sensitive")
    document = json.loads(after)
    assert not {"contact_name", "contact_email", "contact_phone", "cbm_pocs"} & set(document["answers"])
    assert document["answers"]["lead_ministry"] == json.loads(before)["answers"]["lead_ministry"]
    raw = db.read_bytes() + b"".join(p.read_bytes() for p in files.list_backups(db))
    assert b"only.in.2026@examplia.example" not in raw  # not in free pages, not in the backups
    with Store.open(db, read_only=True) as store:
        assert store.history(3, "contact_email") == []
        assert any(item_id.startswith("contact_") for item_id in store.answers(2))  # other cycles keep theirs
    code, out, _ = run(capsys, db, "purge-personal-data", "--response", "3", "--yes")
    assert code == 0 and "nothing to remove" in out


def test_recover_leaves_a_healthy_database_alone_and_list_names_a_missing_one(capsys, db: Path, tmp_path) -> None:
    run(capsys, db, "demo")
    run(capsys, db, "backup")
    run(capsys, db, "new", "--state", "FRA", "--cycle", "2026")
    code, _, err = run(capsys, db, "recover")
    assert code == 1 and "S112" in err
    _, listing, _ = run(capsys, db, "list")
    assert "France (FRA)" in listing  # not rolled back to the backup
    code, out, err = run(capsys, tmp_path / "typo.db", "list")
    assert code == 1 and out == "" and "S110" in err


def test_command_messages_follow_the_language_of_the_environment(capsys, db: Path, monkeypatch) -> None:
    run(capsys, db, "new", "--state", "FRA", "--cycle", "2026")
    monkeypatch.setenv("SURVEY_APP_LANGUAGE", "fr")
    code, _, err = run(capsys, db, "export", "--response", "9")
    assert code == 1 and "S205" in err and "réponse 9\u00a0: il n’existe aucune réponse" in err
    monkeypatch.setenv("SURVEY_APP_LANGUAGE", "")
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, _, err = run(capsys, db, "export", "--response", "9")
    assert "response 9: there is no response with this number." in err


def test_export_pdf_says_which_answer_has_characters_no_font_can_print(capsys, db: Path, tmp_path) -> None:
    run(capsys, db, "new", "--state", "FRA", "--cycle", "2026")
    answers = tmp_path / "private.json"
    answers.write_text(json.dumps({"format": "survey-app/answers", "format_version": 1,
                                   "answers": {"exec_summary": "A private-use character: \ue000."}}))
    assert run(capsys, db, "import-answers", "--response", "1", str(answers))[0] == 0
    code, out, err = run(capsys, db, "export", "--response", "1", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert code == 0 and out.strip().endswith("x.pdf")
    assert "exec_summary" in err and "U+E000" in err
