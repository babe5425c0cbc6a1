"""The application's version: one number, from pyproject.toml, in `--version`, the About dialog and every PDF."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from survey_app import __version__
from survey_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_cli_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"survey-app {__version__}"


def pdf_writers() -> set[str]:
    """Modules that lay out a PDF (every one of them builds a ReportDocTemplate)."""
    found = set()
    for path in (ROOT / "survey_app").rglob("*.py"):
        if re.search(r"\bReportDocTemplate\(", path.read_text(encoding="utf-8")) and path.name != "layout.py":
            found.add(str(path.relative_to(ROOT).with_suffix("")).replace("/", "."))
    return found


def test_every_pdf_carries_the_version(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # The PDFs a user can make, made the way a user makes them (the GUI calls the same writers).
    assert main(["demo"]) == 0
    submission, comparison = tmp_path / "submission.pdf", tmp_path / "comparison.pdf"
    assert main(["export", "--response", "1", "--format", "pdf", "--language", "ar", "--out", str(submission)]) == 0
    assert main(["compare", "--state", "Republic of Examplia", "--from", "2022", "--to", "2024",
                 "--format", "pdf", "--out", str(comparison)]) == 0
    capsys.readouterr()
    for pdf in (submission, comparison):
        assert PdfReader(pdf).metadata["/Creator"] == f"survey-app {__version__}", pdf.name
    # A new kind of PDF must be added above (and carry the version) before this passes again.
    assert pdf_writers() == {"survey_app.reports.submission", "survey_app.compare.report_pdf"}
