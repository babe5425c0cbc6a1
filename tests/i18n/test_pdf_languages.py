"""The bundled NSI exported in each UN language prints that language's questionnaire texts."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from survey_app import resources
from survey_app.cli import main
from survey_app.i18n.languages import LANGUAGE_CODES
from survey_app.questionnaire.loader import load
from survey_app.questionnaire.translations import translated

# items whose question, source reference and part title must come out translated
SAMPLE = ("lead_ministry", "n13a_status", "n13k_status", "il_position", "il_position_docs")


def letters(text: str) -> str:
    """Letters only, NFKC (Arabic presentation forms -> letters): survives line breaks and bidi order."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("languages") / "survey.db"
    assert main(["--db", str(db), "demo"]) == 0
    return db


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_pdf_in_each_language_prints_its_questionnaire_texts(demo_db: Path, tmp_path: Path, language: str) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    out = tmp_path / f"nsi-{language}.pdf"
    assert main(["--db", str(demo_db), "export", "--response", "3", "--format", "pdf", "--language", language,
                 "--out", str(out)]) == 0
    text = letters(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                                  text=True).stdout)
    questionnaire = load(resources.questionnaires_dir() / "nsi.yaml").questionnaire
    local = translated(questionnaire, language)
    samples = [i for i in SAMPLE if local.has_item(i)]
    assert len(samples) == len(SAMPLE)
    for item_id in samples:
        item, original = local.item(item_id), questionnaire.item(item_id)
        if language != "en":
            assert item.label != original.label, f"{item_id} has no {language} translation"
        assert letters(item.label) in text, (language, item_id, item.label)
        if item.source:
            # word by word: pdftotext reads a page in one direction (by its majority script), so a
            # right-to-left reference with a Latin document symbol on a mostly English page comes
            # back with its words in another order, though each word is intact
            assert all(letters(word) in text for word in item.source.split() if letters(word)), (
                language, item_id, item.source)
    for part in local.parts[:4]:
        assert letters(part.title) in text, (language, part.title)
