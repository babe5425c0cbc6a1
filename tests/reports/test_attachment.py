"""The JSON copy inside the PDF: embedded with its SHA-256, read back, tampering refused, and the
round trip through `survey-app import-pdf` into a new response with identical answers."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from survey_app import cli
from survey_app.errors import SurveyError
from survey_app.reports.attachment import ATTACHMENT_NAME, INFO_KEY, sha256
from survey_app.reports.attachment_reader import read_attachment
from survey_app.reports.submission import PdfOptions, build_submission_pdf, export_response_pdf

from . import samples
from .conftest import pdf_text

DOCUMENT = {"format": "survey-app/answers", "answers": {"q": "Ça va «مرحبا» 中文"}}


def sample_pdf(tmp_path: Path, data: bytes | None = None) -> Path:
    data = json.dumps(DOCUMENT, ensure_ascii=False).encode() if data is None else data
    return build_submission_pdf(
        samples.questionnaire("en"), samples.response("en"), answers=samples.answers("en"),
        options=PdfOptions(issue_date=dt.date(2026, 3, 15)), out=tmp_path / "sub.pdf", json_copy=data,
    )


def test_attachment_round_trip_and_digest_on_last_page(tmp_path: Path) -> None:
    data = json.dumps(DOCUMENT, ensure_ascii=False).encode()
    path = sample_pdf(tmp_path, data)
    attached = read_attachment(path)
    assert attached.data == data and attached.file_name == ATTACHMENT_NAME
    assert attached.digest == sha256(data)
    last_page = pdf_text(path).rstrip("\f").split("\f")[-1]
    assert sha256(data) in last_page
    reader = PdfReader(str(path))
    assert reader.metadata["/" + INFO_KEY] == sha256(data)
    assert reader.attachments[ATTACHMENT_NAME] == [data]  # standard readers see it too


def _replace_attachment(source: Path, out: Path, data: bytes) -> Path:
    """A copy of the PDF whose embedded file bytes were swapped, description left alone."""
    writer = PdfWriter(clone_from=str(source))
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    stream = names[1].get_object()["/EF"]["/F"].get_object()
    stream.set_data(data)
    writer.write(str(out))
    return out


def test_tampered_attachment_is_refused(tmp_path: Path) -> None:
    path = sample_pdf(tmp_path)
    tampered = _replace_attachment(path, tmp_path / "tampered.pdf", b'{"format": "survey-app/answers", "answers": {}}')
    with pytest.raises(SurveyError) as caught:
        read_attachment(tampered)
    assert caught.value.code == "P011"


def test_edited_bytes_in_the_file_are_refused(tmp_path: Path) -> None:
    """Someone edits the compressed stream by hand: the fingerprint no longer matches."""
    path = sample_pdf(tmp_path)
    raw = path.read_bytes()
    original = zlib.compress(json.dumps(DOCUMENT, ensure_ascii=False).encode())
    assert original in raw
    changed = zlib.compress(json.dumps({**DOCUMENT, "answers": {"q": "changed!!"}}, ensure_ascii=False).encode())
    changed = changed[: len(original)].ljust(len(original), b"\0")
    (tmp_path / "edited.pdf").write_bytes(raw.replace(original, changed))
    with pytest.raises(SurveyError) as caught:
        read_attachment(tmp_path / "edited.pdf")
    assert caught.value.code in ("P011", "P012")


def test_pdf_without_attachment_and_non_pdf_are_refused(tmp_path: Path) -> None:
    plain = build_submission_pdf(
        samples.questionnaire("en"), samples.response("en"), answers={}, options=PdfOptions(),
        out=tmp_path / "plain.pdf",
    )
    with pytest.raises(SurveyError) as caught:
        read_attachment(plain)
    assert caught.value.code == "P010"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(SurveyError) as caught:
        read_attachment(junk)
    assert caught.value.code == "P012"


# -- through the Store and the command line -----------------------------------------------------
@pytest.fixture
def filled_db(tmp_path: Path):
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.api import State
    from survey_app.storage.demo import generate_answers
    from survey_app.storage.store import Store

    catalog = Catalog.load()
    questionnaire = catalog.get("nsi")
    path = tmp_path / "source.db"
    with Store.open(path) as store:
        response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                         language="en")
        store.set_answers(response.id, generate_answers(questionnaire, cycle=2026))
        values = store.values(response.id)
    return path, response.id, values, catalog


@pytest.mark.parametrize("include_sensitive", [False, True])
def test_import_pdf_creates_a_new_response_with_identical_answers(
    tmp_path: Path, filled_db, capsys: pytest.CaptureFixture[str], include_sensitive: bool
) -> None:
    from survey_app.storage.store import Store

    source, response_id, values, catalog = filled_db
    questionnaire = catalog.get("nsi")
    sensitive = {item.id for item in questionnaire.items() if item.sensitive}
    pdf = tmp_path / "submission.pdf"
    with Store.open(source, read_only=True) as store:
        export_response_pdf(store, response_id, pdf, PdfOptions(include_sensitive=include_sensitive), catalog=catalog)
    target = tmp_path / "target.db"
    assert cli.main(["--db", str(target), "import-pdf", str(pdf)]) == 0
    assert "verified" in capsys.readouterr().out
    with Store.open(target, read_only=True) as store:
        (summary,) = store.list_responses()
        imported = store.values(summary.response.id)
        assert summary.response.state.name == "France" and summary.response.cycle == 2026
    expected = {k: v for k, v in values.items() if include_sensitive or k not in sensitive}
    assert imported == expected
    assert bool(sensitive & values.keys()) and (bool(sensitive & imported.keys()) is include_sensitive)


def test_import_pdf_refuses_tampered_and_plain_pdfs(tmp_path: Path, filled_db, capsys) -> None:
    from survey_app.storage.store import Store

    source, response_id, _values, catalog = filled_db
    pdf = tmp_path / "submission.pdf"
    with Store.open(source, read_only=True) as store:
        export_response_pdf(store, response_id, pdf, PdfOptions(), catalog=catalog)
    tampered = _replace_attachment(pdf, tmp_path / "tampered.pdf", b'{"format": "survey-app/answers"}')
    target = tmp_path / "target.db"
    assert cli.main(["--db", str(target), "import-pdf", str(tampered)]) == 1
    assert "P011" in capsys.readouterr().err
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert cli.main(["--db", str(target), "import-pdf", str(plain)]) == 1
    err = capsys.readouterr().err
    assert "P012" in err or "P010" in err
    assert not target.exists()  # refused before the database was opened: nothing written, nothing locked
