"""`survey-app validate`: diagnostics on stderr, a summary per file on stdout, exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_app.cli import main
from questionnaire.inline import questionnaire_text

GOOD = questionnaire_text("- {id: a, type: short_text, label: A}")


def test_good_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("type: short_text", "type: shrt_text"), encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{good}: ok") and "1 part" in out
    assert "T103" in err  # the missing French translation is a warning
    assert main(["validate", str(good), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and "1 error" in out.splitlines()[1]
    line = GOOD.splitlines().index("          - {id: a, type: short_text, label: A}") + 1
    assert f"{bad}:{line}:" in err and "error Q011" in err and 'Did you mean "short_text"' in err
    assert "how to fix" in err


def test_translation_file_checked_on_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "questionnaires").mkdir()
    (tmp_path / "questionnaires" / "t.yaml").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "i18n" / "questionnaires" / "t"
    folder.mkdir(parents=True)
    translation = folder / "fr.yaml"
    translation.write_text("language: fr\nquestionnaire: t\ntexts:\n  item.b.label: {text: x, source: y}\n",
                           encoding="utf-8")
    assert main(["validate", str(translation)]) == 1
    out, err = capsys.readouterr()
    assert f"{translation}:4:3: error T003" in err and "translation of 't'" in out
    assert main(["validate", str(tmp_path / "questionnaires" / "t.yaml")]) == 1  # its translations are checked
    capsys.readouterr()
    assert main(["validate", "--no-translations", str(tmp_path / "questionnaires" / "t.yaml")]) == 0


def test_bundled_questionnaires_have_no_errors(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[2]
    files = sorted(str(p) for p in (root / "questionnaires").glob("*.yaml"))
    assert [Path(f).name for f in files] == ["nsi.yaml", "sg-views.yaml"]
    status = main(["validate", *files])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "nsi.yaml: ok" in out and "sg-views.yaml: ok" in out
    assert " error " not in err


def test_a_folder_stands_for_its_yaml_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD.replace("id: t\n", "id: u\n", 1), encoding="utf-8")
    assert main(["validate", "--quiet-warnings", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in out.splitlines()] == [str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]
    assert err == ""
