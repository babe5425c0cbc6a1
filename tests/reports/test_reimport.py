"""The "response" header of the copy inside a submission PDF is checked as `survey-app new` checks
what it is given, and the whole PDF is checked before the database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from survey_app import cli
from survey_app.storage.store import Store

from . import forge


@pytest.mark.parametrize("header", [
    pytest.param({"language": "klingon"}, id="language"),
    pytest.param({"language": ["en"]}, id="language-list"),
    pytest.param({"state": {"code": None, "name": "Atl\x00antis"}}, id="name-nul"),
    pytest.param({"state": {"code": None, "name": "Atlantis\nLine two"}}, id="name-newline"),
    pytest.param({"state": {"code": None, "name": "\u202eAtlantis"}}, id="name-rlo"),
    pytest.param({"state": {"code": None, "name": "A" * 100_000}}, id="name-long"),
    pytest.param({"state": {"code": "XX1", "name": "France"}}, id="code-format"),
    pytest.param({"state": {"code": "ATL", "name": "Atlantis"}}, id="code-unknown"),
    pytest.param({"state": {"code": 250, "name": "France"}}, id="code-number"),
    pytest.param({"state": {"code": "FRA", "name": "Germany"}}, id="code-of-another-state"),
    pytest.param({"state": {"code": None, "name": "Fr\ue000ance"}}, id="name-private-use"),
    pytest.param({"cycle": 2040.9}, id="cycle-fraction"),
    pytest.param({"cycle": True}, id="cycle-bool"),
    pytest.param({"cycle": "2040"}, id="cycle-text"),
    pytest.param({"cycle": 12026}, id="cycle-range"),
    pytest.param({"status": "approved"}, id="status"),
])
def test_a_header_new_would_refuse_is_refused_before_the_database_is_opened(
    tmp_path: Path, exported: Path, capsys: pytest.CaptureFixture[str], header: dict[str, Any]
) -> None:
    pdf = forge.forged_header(exported, tmp_path / "forged.pdf", **header)
    target = tmp_path / "target.db"
    assert cli.main(["--db", str(target), "import-pdf", str(pdf)]) == 1
    err = capsys.readouterr().err
    assert "P016" in err
    assert next(iter(header)) in err.lower()  # the message names the field: language, State, cycle, status
    assert not target.exists()


def test_a_valid_forged_header_is_imported_as_written(tmp_path: Path, exported: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The same path accepts what `new` accepts: a custom State, another UN language, a final status."""
    pdf = forge.forged_header(exported, tmp_path / "custom.pdf", state={"code": None, "name": "Republic of Examplia"},
                              cycle=2030, language="fr", status="final")
    target = tmp_path / "target.db"
    assert cli.main(["--db", str(target), "import-pdf", str(pdf)]) == 0
    assert "verified" in capsys.readouterr().out
    with Store.open(target, read_only=True) as store:
        (summary,) = store.list_responses()
    response = summary.response
    assert (response.state.code, response.state.name, response.cycle, response.language, response.status.value) == (
        None, "Republic of Examplia", 2030, "fr", "final")
    assert cli.main(["--db", str(target), "list"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # one line per response


def test_a_header_without_a_state_is_refused(tmp_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = forge.forged_header(exported, tmp_path / "forged.pdf", state=...)
    assert cli.main(["--db", str(tmp_path / "target.db"), "import-pdf", str(pdf)]) == 1
    assert "P013" in capsys.readouterr().err



def test_a_member_state_named_without_its_code_is_stored_as_new_stores_it(
        tmp_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"France" with no code would otherwise be a custom State beside FRA (and a second response for
    the same cycle); an invisible word joiner would make "France" another State again."""
    for number, name in enumerate(("France", "Fr\u2060ance")):
        pdf = forge.forged_header(exported, tmp_path / f"f{number}.pdf", state={"code": None, "name": name},
                                  cycle=2031 + number)
        target = tmp_path / f"t{number}.db"
        code = cli.main(["--db", str(target), "import-pdf", str(pdf)])
        err = capsys.readouterr().err
        if "\u2060" in name:  # not in its one spelling: written by someone else
            assert code == 1 and "P016" in err
            continue
        assert code == 0, err
        with Store.open(target, read_only=True) as store:
            (summary,) = store.list_responses()
        assert (summary.response.state.code, summary.response.state.name) == ("FRA", "France")
