"""Read a submission PDF back into a NEW response: its attached JSON copy, checked by SHA-256.

Two steps, so that a command reads and checks the whole PDF before it opens (and locks) the
database: `read_submission` (no database) and `import_submission` (writes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from survey_app import errors
from survey_app.errors import SurveyError
from survey_app.i18n.languages import LANGUAGE_CODES, is_un_language
from survey_app.reports.attachment_reader import read_attachment
from survey_app.storage.api import CYCLE_YEARS, State, Status

if TYPE_CHECKING:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.api import Response
    from survey_app.storage.store import Store

errors.register(
    "P013",
    "The copy of the answers in the PDF does not say which response it belongs to",
    "The PDF was not written by this application, or its attachment was replaced. Ask the sender "
    "for the PDF exported from the application, or for its JSON export.",
)
errors.register(
    "P016",
    "The copy of the answers in the PDF describes its response with a value this application does not accept",
    "The PDF was not written by this application, or its attachment was replaced. Ask the sender "
    "for the PDF exported from the application, or for its JSON export.",
)

#: longest excerpt of a refused value shown in a message
_SHOWN_CHARS = 40


@dataclass(frozen=True, slots=True)
class Submission:
    """The answers attached to a submission PDF, read and checked, ready to import."""

    path: Path
    document: dict[str, Any]
    questionnaire: Questionnaire
    state: State
    cycle: int
    language: str
    final: bool
    digest: str


@dataclass(frozen=True, slots=True)
class ImportedPdf:
    response: Response
    imported: int
    digest: str


def read_submission(path: Path, *, catalog: Catalog) -> Submission:
    """The checked copy of the answers in a submission PDF; nothing is written.

    Refuses (SurveyError) what `read_attachment` refuses, a copy that does not say which response
    it belongs to (P013) or says it with values `survey-app new` would refuse (P016), and answers
    that the questionnaire rejects (exchange.ImportRejected).
    """
    from survey_app.storage import exchange

    path = Path(path)
    attached = read_attachment(path)
    document = exchange.parse_document(attached.data, name=f"{path.name} ({attached.file_name})")
    header = document.get("response")
    if not isinstance(header, Mapping):
        raise SurveyError("P013", '{path}: the attached answers have no "response" header.', values={"path": path})
    questionnaire_id = _text(header, "questionnaire", path)
    version = header.get("questionnaire_version")
    if isinstance(version, str) and catalog.has(questionnaire_id, version):
        questionnaire = catalog.get(questionnaire_id, version)
    else:
        questionnaire = catalog.get(questionnaire_id)
    language = _language(header, path, default=questionnaire.default_language)
    submission = Submission(path, document, questionnaire, _state(header, path), _cycle(header, path), language,
                            _final(header, path), attached.digest)
    # check every answer before anything is written, so a refused import leaves no empty response
    _values, problems = exchange.check_document(document, questionnaire, language=language)
    if problems:
        raise exchange.ImportRejected(problems)
    return submission


def import_submission(store: Store, submission: Submission) -> ImportedPdf:
    """A new response holding the answers of `submission`; nothing is left behind if it fails."""
    from survey_app.storage import exchange

    response = store.create_response(state=submission.state, cycle=submission.cycle,
                                      questionnaire=submission.questionnaire, language=submission.language)
    try:
        result = exchange.import_document(store, response.id, submission.document, submission.questionnaire)
    except BaseException:
        store.delete_response(response.id)
        raise
    if submission.final:
        store.finalise(response.id)
    return ImportedPdf(store.response(response.id), result.imported, submission.digest)


def _shown(value: object) -> str:
    """A refused value as it was written (quoted, escapes visible), cut short."""
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def _text(header: Mapping[str, Any], key: str, path: Path) -> str:
    value = header.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SurveyError("P013", "{path}: the attached answers do not say their {key}.", values={"path": path, "key": key})
    return value


def _state(header: Mapping[str, Any], path: Path) -> State:
    """The State as `survey-app new` would store it: the name cleaned by the same rule (and
    already in that form), the code absent or a known one."""
    from survey_app.storage.states import clean_state_name, is_state_code, resolve_state

    state = header.get("state")
    name = state.get("name") if isinstance(state, Mapping) else None
    if not isinstance(name, str) or not name.strip():
        raise SurveyError("P013", "{path}: the attached answers do not name the State.", values={"path": path})
    try:
        cleaned = clean_state_name(name)
    except ValueError as exc:
        raise SurveyError("P016", "{path}: the State's name in the attached answers cannot be used ({reason}).",
                          values={"path": path, "reason": exc}) from None
    if cleaned != name:
        # this application stores names only in their cleaned form: someone else wrote this one
        raise SurveyError("P016", "{path}: the State's name in the attached answers, {name}, has line breaks, "
                          "repeated spaces or invisible characters.", values={"path": path, "name": _shown(name)})
    code = state.get("code")
    if code is not None and not (isinstance(code, str) and is_state_code(code)):
        raise SurveyError("P016", "{path}: the State's code in the attached answers, {code}, is not the code of a "
                          "UN Member State or observer State (such as FRA).", values={"path": path, "code": _shown(code)})
    named = resolve_state(name).code  # what `new` makes of the name: a Member State's code, or None
    if code is not None and named != code:
        raise SurveyError("P016", "{path}: the State's name in the attached answers, {name}, is not the name of the "
                          "State whose code it gives, {code}.", values={"path": path, "name": _shown(name), "code": code})
    if code is None and named is not None:  # "France" without its code: stored as `new` stores it
        return State(named, name)
    return State(code, name)


def _cycle(header: Mapping[str, Any], path: Path) -> int:
    cycle = header.get("cycle")
    if cycle is None:
        raise SurveyError("P013", "{path}: the attached answers have no valid cycle (year).", values={"path": path})
    # bool is an int in Python, and int() would cut 2040.9 to 2040 or read "2040": only a whole number is a year
    if type(cycle) is not int or cycle not in CYCLE_YEARS:
        raise SurveyError("P016", "{path}: the cycle in the attached answers, {cycle}, is not a year between {first} "
                          "and {last}.", values={"path": path, "cycle": _shown(cycle), "first": CYCLE_YEARS.start,
                                                 "last": CYCLE_YEARS.stop - 1})
    return cycle


def _language(header: Mapping[str, Any], path: Path, *, default: str) -> str:
    language = header.get("language")
    if language is None:
        return default
    if not isinstance(language, str) or not is_un_language(language):
        raise SurveyError("P016", "{path}: the language in the attached answers, {language}, is not one of the six "
                          "UN languages ({languages}).", values={"path": path, "language": _shown(language),
                                                              "languages": ", ".join(LANGUAGE_CODES)})
    return language


def _final(header: Mapping[str, Any], path: Path) -> bool:
    status = header.get("status", Status.DRAFT.value)
    if status not in (Status.DRAFT.value, Status.FINAL.value):
        raise SurveyError("P016", "{path}: the status in the attached answers, {status}, is neither draft nor final.",
                          values={"path": path, "status": _shown(status)})
    return status == Status.FINAL.value
