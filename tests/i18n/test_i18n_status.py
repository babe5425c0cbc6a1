"""`survey-app i18n-status`: counts per language, non-zero exit when anything is incomplete."""

from __future__ import annotations

import pytest

from survey_app.cli import main


def test_interface_and_core_are_complete_in_the_six_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["i18n-status", "--only", "interface", "--only", "core"])
    out = capsys.readouterr().out
    assert code == 0, out
    for name in ("Arabic", "Chinese", "English", "French", "Russian", "Spanish"):
        assert name in out
    assert out.count("complete") == 12


def test_every_bundled_language_is_complete(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["i18n-status"])
    out = capsys.readouterr().out
    assert code == 0, out


def test_questionnaire_texts_are_counted_and_listed(capsys: pytest.CaptureFixture[str]) -> None:
    main(["i18n-status", "--only", "questionnaires", "--language", "fr", "--verbose"])
    out = capsys.readouterr().out
    assert "nsi " in out
    lines = [line for line in out.splitlines() if line.startswith("  nsi ")]
    assert lines and ("complete" in lines[0] or "missing" in lines[0] or "source changed" in lines[0])


def test_verbose_lists_what_is_missing(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                       tmp_path) -> None:
    """A catalogue with an untranslated message makes the command fail and name the message."""
    import shutil

    from survey_app import resources
    from survey_app.i18n import catalogues

    copy = tmp_path / "i18n"
    shutil.copytree(resources.i18n_dir() / "core", copy / "core")
    shutil.copytree(resources.i18n_dir() / "qt", copy / "qt")
    po = copy / "core" / "fr" / "LC_MESSAGES" / "survey_app.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Aucune réponse fournie"', 'msgstr ""'), encoding="utf-8")
    monkeypatch.setattr(resources, "i18n_dir", lambda: copy)
    assert catalogues.po_path("fr") == po
    code = main(["i18n-status", "--only", "core", "--language", "fr", "--verbose"])
    out = capsys.readouterr().out
    assert code == 1
    assert "missing: No answer provided" in out
