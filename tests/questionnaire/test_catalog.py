"""The catalog: bundled and user questionnaires by (id, version), broken files listed, adding a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_app import paths, resources
from survey_app.errors import SurveyError
from survey_app.questionnaire.catalog import Catalog, version_key
from questionnaire.inline import HEADER, questionnaire_text

GOOD = questionnaire_text("- {id: a, type: short_text, label: A}")


def with_version(version: str, qid: str = "t") -> str:
    return GOOD.replace('version: "1"', f'version: "{version}"').replace("id: t\n", f"id: {qid}\n", 1)


def test_broken_file_beside_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "good.yaml").write_text(with_version("2026.2"), encoding="utf-8")
    (folder / "newer.yaml").write_text(with_version("2026.10"), encoding="utf-8")
    (folder / "broken.yaml").write_text(HEADER + "parts:\n  - id: p\n    titel: x\n", encoding="utf-8")
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    catalog = Catalog.load(extra_dirs=[folder])
    assert catalog.versions("t") == ["2026.2", "2026.10"]
    assert catalog.get("t").version == "2026.10"
    assert catalog.get("t", "2026.2").version == "2026.2"
    [failure] = [f for f in catalog.failures if f.path.name == "broken.yaml"]
    assert {d.code for d in failure.errors} >= {"Q004", "Q005"}
    assert all(d.position is not None for d in failure.diagnostics)


def test_bundled_questionnaires_are_loaded() -> None:
    catalog = Catalog.load()
    assert catalog.failures == [], [str(d) for f in catalog.failures for d in f.diagnostics]
    assert "nsi" in catalog.ids()
    assert catalog.get("nsi").norm_status_items()


def test_unknown_questionnaire_is_a_clear_error() -> None:
    with pytest.raises(SurveyError) as caught:
        Catalog.load().get("does_not_exist")
    assert caught.value.code == "Q030"
    with pytest.raises(SurveyError):
        Catalog.load().get("nsi", "1999.1")


def test_same_id_and_version_twice_is_listed(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(with_version("3"), encoding="utf-8")
    (tmp_path / "two.yaml").write_text(with_version("3"), encoding="utf-8")
    catalog = Catalog.load(extra_dirs=[tmp_path])
    assert catalog.versions("t") == ["3"]
    [failure] = catalog.failures
    assert failure.path.name == "two.yaml" and [d.code for d in failure.errors] == ["Q029"]
    assert failure.errors[0].position.line == 1


def test_add_file_copies_only_good_files(tmp_path: Path) -> None:
    catalog = Catalog.load()
    bad = tmp_path / "bad.yaml"
    bad.write_text(with_version("5").replace("type: short_text", "type: shorttext"), encoding="utf-8")
    result = catalog.add_file(bad)
    assert not result.ok and [d.code for d in result.errors] == ["Q011"]
    assert list(paths.user_questionnaires_dir().glob("*.yaml")) == []

    good = tmp_path / "good.yaml"
    good.write_text(with_version("5"), encoding="utf-8")
    result = catalog.add_file(good)
    assert result.ok
    copied = paths.user_questionnaires_dir() / "t-5.yaml"
    assert copied.read_text(encoding="utf-8") == good.read_text(encoding="utf-8")
    assert catalog.get("t").path == str(copied)
    assert Catalog.load().get("t", "5").id == "t"  # found again next time

    again = catalog.add_file(good)
    assert [d.code for d in again.errors] == ["Q029"]


def test_add_file_reports_a_failed_copy(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(with_version("6"), encoding="utf-8")
    (paths.user_questionnaires_dir() / "t-6.yaml").mkdir()  # something in the way
    with pytest.raises(SurveyError) as caught:
        Catalog(questionnaires={}).add_file(good)
    assert caught.value.code == "Q031"
    assert list(paths.user_questionnaires_dir().glob("*.part")) == []


def test_natural_version_order() -> None:
    ordered = ["1", "2026.1-draft", "2026.1", "2026.2", "2026.10", "2027"]
    assert sorted(reversed(ordered), key=version_key) == ordered


def test_user_questionnaires_are_read_only_when_asked_for(tmp_path: Path, monkeypatch) -> None:
    """A command that needs one questionnaire reads that one alone (a huge or broken file in the
    user's folder cost every command its time: 35 s for `list` with a 49 MB file)."""
    from survey_app.questionnaire import loader

    folder = paths.user_questionnaires_dir()
    (folder / "other.yaml").write_text(with_version("1", qid="other"), encoding="utf-8")
    (folder / "broken.yaml").write_text(with_version("2", qid="other").replace("type: short_text", "type: shrot"),
                                        encoding="utf-8")
    read: list[str] = []
    real_load = loader.load
    monkeypatch.setattr("survey_app.questionnaire.catalog.load",
                        lambda path, **kw: read.append(Path(path).name) or real_load(path, **kw))
    catalog = Catalog.load()
    assert read == []  # only headers so far
    assert catalog.get("nsi").id == "nsi"
    assert read == ["nsi.yaml"]
    assert catalog.versions("other") == ["1"]  # the broken version 2 is read, and refused
    assert sorted(read) == ["broken.yaml", "nsi.yaml", "other.yaml"]
    assert [f.path.name for f in catalog.failures] == ["broken.yaml"]
    assert {q.id for q in catalog.all()} == {"nsi", "sg-views", "other"}


def test_a_user_questionnaire_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    from survey_app import limits

    monkeypatch.setattr(limits, "USER_QUESTIONNAIRE_FILE_BYTES", 2000)
    big = paths.user_questionnaires_dir() / "big.yaml"
    big.write_text(with_version("9") + "# padding\n" * 400, encoding="utf-8")
    catalog = Catalog.load()
    assert catalog.get("nsi").id == "nsi"  # the bundled ones are not limited by it
    [failure] = catalog.failures
    assert failure.path == big and [d.code for d in failure.errors] == ["Q001"]
    assert "larger than" in failure.errors[0].message
    assert not catalog.has("t", "9")
    result = catalog.add_file(big)
    assert not result.ok and [d.code for d in result.errors] == ["Q001"]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_the_user_folder_does_not_block_the_catalog(tmp_path: Path) -> None:
    import os

    os.mkfifo(paths.user_questionnaires_dir() / "pipe.yaml")
    catalog = Catalog.load()  # before: blocked for ever opening the pipe
    [failure] = catalog.failures
    assert failure.path.name == "pipe.yaml" and "named pipe" in failure.errors[0].message


def test_a_broken_copy_does_not_hide_a_good_one_with_the_same_header() -> None:
    folder = paths.user_questionnaires_dir()
    good = with_version("4")
    (folder / "a-broken.yaml").write_text(good[:good.index("parts:")] + "parts: [\n", encoding="utf-8")
    (folder / "b-good.yaml").write_text(good, encoding="utf-8")
    (folder / "c-copy.yaml").write_text(good, encoding="utf-8")
    catalog = Catalog.load()
    assert catalog.get("t", "4").version == "4"
    assert catalog.sources[("t", "4")].name == "b-good.yaml"
    failures = {f.path.name: [d.code for d in f.errors] for f in catalog.failures}
    assert failures["a-broken.yaml"] == ["Q002"] and failures["c-copy.yaml"] == ["Q029"]


def test_links_that_loop_or_lead_nowhere_are_listed_not_raised() -> None:
    folder = paths.user_questionnaires_dir()
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    (folder / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    catalog = Catalog.load()  # before: RuntimeError "Symlink loop" for every command
    assert catalog.get("nsi").id == "nsi"
    assert sorted(f.path.name for f in catalog.failures) == ["a.yaml", "b.yaml", "gone.yaml"]
    assert all([d.code for d in f.errors] == ["Q001"] for f in catalog.failures)


def test_a_header_far_down_the_file_is_read_when_a_questionnaire_is_asked_for(monkeypatch) -> None:
    """Any such file may hold the newest version of what is asked for: the command line and the
    start screen must agree on "the newest version" (nsi 2027.1 here)."""
    from survey_app.questionnaire import catalog as catalog_module

    folder = paths.user_questionnaires_dir()
    nsi = Path(resources.questionnaires_dir() / "nsi.yaml").read_text(encoding="utf-8")
    late_nsi = nsi.replace('version: "2026.1"', 'version: "2027.1"', 1)
    head, rest = late_nsi.split("choice_lists:", 1)
    (folder / "nsi-late.yaml").write_text("choice_lists:" + rest + "\n" + head.split("questionnaire:", 1)[1].join(
        ["questionnaire:", ""]), encoding="utf-8")
    text = with_version("7")
    header, body = text[:text.index("parts:")], text[text.index("parts:"):]
    padding = "".join(f"# comment line {n} of a file whose header comes last\n" for n in range(2000))
    (folder / "late.yaml").write_text(padding + body + header, encoding="utf-8")
    read: list[str] = []
    real_load = catalog_module.load
    monkeypatch.setattr(catalog_module, "load", lambda path, **kw: read.append(Path(path).name) or real_load(path, **kw))
    catalog = Catalog.load()
    assert read == []
    assert catalog.get("nsi").version == "2027.1"  # before: 2026.1 until the start screen had read all
    assert sorted(read) == ["late.yaml", "nsi-late.yaml", "nsi.yaml"]
    assert catalog.get("t", "7").version == "7"


def test_a_version_the_header_spells_differently_is_found() -> None:
    (paths.user_questionnaires_dir() / "block.yaml").write_text(
        with_version("1").replace('version: "1"', "version: |-\n    1"), encoding="utf-8")
    assert Catalog.load().has("t", "1")
