"""Read a submission PDF back into a NEW response: its attached JSON copy, checked by SHA-256."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from survey_app import errors
from survey_app.errors import SurveyError
from survey_app.reports.attachment import read_attachment

if TYPE_CHECKING:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.api import Response
    from survey_app.storage.store import Store

errors.register(
    "P013",
    "The copy of the answers in the PDF does not say which response it belongs to",
    "The PDF was not written by this application, or its attachment was replaced. Ask the sender "
    "for the PDF exported from the application, or for its JSON export.",
)


@dataclass(frozen=True, slots=True)
class ImportedPdf:
    response: Response
    imported: int
    digest: str


def import_submission_pdf(store: Store, path: Path, *, catalog: Catalog) -> ImportedPdf:
    """Create a new response from the JSON copy inside a submission PDF.

    Refuses (SurveyError, nothing written) a PDF without a copy (P010), a copy that does not match
    its SHA-256 (P011), an unreadable file (P012), or answers that the questionnaire rejects.
    """
    from survey_app.storage import exchange
    from survey_app.storage.api import State, Status

    path = Path(path)
    attached = read_attachment(path)
    document = exchange.parse_document(attached.data, name=f"{path.name} ({attached.file_name})")
    header = document.get("response")
    if not isinstance(header, Mapping):
        raise SurveyError("P013", '{path}: the attached answers have no "response" header.', values={"path": path})
    questionnaire_id = _text(header, "questionnaire", path)
    version = str(header.get("questionnaire_version") or "") or None
    if version is not None and catalog.has(questionnaire_id, version):
        questionnaire = catalog.get(questionnaire_id, version)
    else:
        questionnaire = catalog.get(questionnaire_id)
    state_data = header.get("state")
    if not isinstance(state_data, Mapping) or not str(state_data.get("name") or "").strip():
        raise SurveyError("P013", "{path}: the attached answers do not name the State.", values={"path": path})
    code = state_data.get("code")
    state = State(str(code) if code else None, str(state_data["name"]))
    try:
        cycle = int(header.get("cycle"))
    except (TypeError, ValueError):
        raise SurveyError("P013", "{path}: the attached answers have no valid cycle (year).", values={"path": path}) from None
    language = str(header.get("language") or questionnaire.default_language)
    # check every answer before anything is written, so a refused import leaves no empty response
    _values, problems = exchange.check_document(document, questionnaire, language=language)
    if problems:
        raise exchange.ImportRejected(problems)
    response = store.create_response(state=state, cycle=cycle, questionnaire=questionnaire, language=language)
    try:
        result = exchange.import_document(store, response.id, document, questionnaire)
    except BaseException:
        store.delete_response(response.id)
        raise
    if header.get("status") == Status.FINAL.value:
        store.finalise(response.id)
    return ImportedPdf(store.response(response.id), result.imported, attached.digest)


def _text(header: Mapping[str, Any], key: str, path: Path) -> str:
    value = header.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SurveyError("P013", "{path}: the attached answers do not say their {key}.", values={"path": path, "key": key})
    return value
