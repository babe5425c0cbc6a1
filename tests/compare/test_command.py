"""`survey-app compare` on the demo database: text, JSON and PDF; clear errors for unknown input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from survey_app.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "survey.db"
    assert main(["--db", str(db), "demo"]) == 0
    return db


def test_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "compare", "--state", "Examplia", "--from", "2024", "--to", "2026"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Republic of Examplia: 2024 → 2026")
    assert "Implementation status of the norms" in out and "Status of each norm by cycle" in out
    assert "{+" in out and " → " in out


def test_json_has_every_item_with_a_status(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cmp.json"
    args = ["--db", str(demo_db), "compare", "--state", "Republic of Examplia", "--from", "2022", "--to", "2026",
            "--format", "json", "--out", str(out)]
    assert main(args) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["old"]["cycle"], document["new"]["cycle"]) == (2022, 2026)
    statuses = {item["status"] for item in document["items"]}
    assert "changed" in statuses and statuses <= {
        "unchanged", "changed", "newly_answered", "no_longer_answered", "new_question", "retired_question"}
    assert document["chart"]["cycles"] == [2022, 2024, 2026]
    assert len(document["chart"]["norms"]) == 11
    changed = [item for item in document["items"] if item["status"] == "changed"]
    assert all(item["old"] != item["new"] for item in changed)


def test_pdf(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cmp.pdf"
    args = ["--db", str(demo_db), "compare", "--state", "Examplia", "--from", "2024", "--to", "2026",
            "--format", "pdf", "--out", str(out)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == str(out)
    first = PdfReader(out).pages[0].extract_text()
    assert "Status of each norm by cycle" in first and "2022" in first


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--state", "Atlantis", "--from", "2024", "--to", "2026"], "C714"),
        (["--state", "Examplia", "--from", "2019", "--to", "2026"], "C711"),
        (["--state", "Examplia", "--from", "2024", "--to", "2026", "--format", "pdf"], "C715"),
    ],
)
def test_known_failures(demo_db: Path, capsys: pytest.CaptureFixture[str], extra: list[str], code: str) -> None:
    assert main(["--db", str(demo_db), "compare", *extra]) == 1
    assert code in capsys.readouterr().err


def test_text_in_french_and_all_questions(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(demo_db), "compare", "--state", "Examplia", "--from", "2024", "--to", "2026",
            "--language", "fr", "--all"]
    assert main(args) == 0
    french = capsys.readouterr().out
    assert "[lead_ministry]: " in french  # unchanged questions listed with --all
    assert main(args[:-3] + ["--all"]) == 0
    english = capsys.readouterr().out
    assert "[lead_ministry]: unchanged" in english
    assert french != english  # wording from the French catalogue
