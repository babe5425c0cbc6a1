"""Reading what to compare from the Store: the responses of one State, their questionnaires.

The comparison itself (`diff.py`, `chart.py`) is pure; this module is the thin layer that finds
responses by State and year and loads each one's questionnaire from the catalog (the version the
response was made with, so old answers are read with their old labels).
"""

from __future__ import annotations

import logging
from typing import Any

from survey_app.compare import codes
from survey_app.compare.chart import StatusGrid, status_grid
from survey_app.compare.diff import Comparison, Side, compare_responses
from survey_app.errors import SurveyError
from survey_app.i18n.core import translator
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage.api import Response, State

log = logging.getLogger(__name__)


def responses_of_state(store: Any, state_key: str, *, questionnaire_id: str | None = None) -> list[Response]:
    """The State's responses, oldest cycle first; one per cycle (the most recently edited)."""
    per_cycle: dict[int, Response] = {}
    # list_responses is newest first (cycle, then last edit): keep the first seen per cycle
    for summary in store.list_responses(own_only=True):  # an agency's workspace is not the State's response
        response = summary.response
        if response.state.key != state_key:
            continue
        if questionnaire_id is not None and response.questionnaire_id != questionnaire_id:
            continue
        per_cycle.setdefault(response.cycle, response)
    return [per_cycle[cycle] for cycle in sorted(per_cycle)]


def states_in(store: Any) -> list[State]:
    """Every State with at least one response, by name."""
    found: dict[str, State] = {}
    for summary in store.list_responses(own_only=True):  # an agency's workspace is not the State's response
        found.setdefault(summary.response.state.key, summary.response.state)
    return sorted(found.values(), key=lambda state: state.name.casefold())


def find_state(store: Any, text: str) -> State:
    """The State of the database's responses that `text` names: a code, a name, a custom name."""
    wanted = " ".join(text.split()).casefold()
    states = states_in(store)
    for state in states:
        if wanted in ((state.code or "").casefold(), state.name.casefold(), state.key.casefold()):
            return state
    try:
        from survey_app.storage.states import resolve_state

        resolved = resolve_state(text)
    except ValueError:
        resolved = None
    if resolved is not None:
        for state in states:
            if state.key == resolved.key:
                return state
    partial = [state for state in states if wanted and wanted in state.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(f"{s.name} ({s.code})" if s.code else s.name for s in states) or "none yet"
    raise SurveyError(codes.COMPARE_UNKNOWN_STATE, "{text}: no response is about this State. States in the database: {names}.", values={"text": repr(text), "names": names})


def response_for(store: Any, state: State, cycle: int, *, questionnaire_id: str | None = None) -> Response:
    for response in responses_of_state(store, state.key, questionnaire_id=questionnaire_id):
        if response.cycle == cycle:
            return response
    years = ", ".join(str(r.cycle) for r in responses_of_state(store, state.key)) or "-"
    if questionnaire_id:
        raise SurveyError(codes.COMPARE_NO_RESPONSE, "{state}, {cycle}: there is no response for this year to "
                          "questionnaire {questionnaire}. Years with a response: {years}.",
                          values={"state": state.name, "cycle": cycle, "questionnaire": questionnaire_id, "years": years})
    raise SurveyError(codes.COMPARE_NO_RESPONSE,
                      "{state}, {cycle}: there is no response for this year. Years with a response: {years}.",
                      values={"state": state.name, "cycle": cycle, "years": years})


def questionnaire_of(catalog: Any, response: Response, *, language: str | None = None) -> Questionnaire:
    """The exact questionnaire version of a response (in `language`, default the response's);
    the newest version of its id if that one is not installed."""
    for version in (response.questionnaire_version, None):
        try:
            found = catalog.get(response.questionnaire_id, version) if version else catalog.get(response.questionnaire_id)
        except (KeyError, LookupError, SurveyError):
            found = None
        if found is not None:
            if version is None:
                log.warning(
                    "questionnaire %s %s is not installed; reading response %s with version %s",
                    response.questionnaire_id, response.questionnaire_version, response.id, found.version,
                )
            return _in_language(found, language or response.language)
    raise SurveyError(
        codes.COMPARE_UNKNOWN_QUESTIONNAIRE,
        "response {response_id} ({state}, {cycle}): questionnaire {questionnaire} {version} is not installed.", values={"response_id": response.id, "state": response.state.name, "cycle": response.cycle, "questionnaire": response.questionnaire_id, "version": response.questionnaire_version}
    )


def _in_language(questionnaire: Questionnaire, language: str) -> Questionnaire:
    """Labels in the response's language when a translation is available."""
    try:
        from survey_app.questionnaire.translations import translated
    except ImportError:
        return questionnaire
    try:
        return translated(questionnaire, language)
    except Exception:  # a broken translation must not stop a comparison: the default texts
        log.exception("could not translate %s to %s", questionnaire.id, language)
        return questionnaire


def side_of(store: Any, catalog: Any, response: Response, *, language: str | None = None) -> Side:
    return Side(response, questionnaire_of(catalog, response, language=language), store.answers(response.id))


def compare_ids(
    store: Any, catalog: Any, old_id: int, new_id: int, *, language: str | None = None, include_sensitive: bool = True
) -> Comparison:
    """Compare two stored responses of the same State (older cycle first).

    Both are read in one language (default: the newer response's), so labels compare like with like.
    """
    old, new = store.response(old_id), store.response(new_id)
    if old.state.key != new.state.key:
        raise SurveyError(
            codes.COMPARE_OTHER_STATE, "responses {old_id} ({old_state}) and {new_id} ({new_state}) are about different States.", values={"old_id": old_id, "old_state": old.state.name, "new_id": new_id, "new_state": new.state.name}
        )
    if (old.cycle, old.id) > (new.cycle, new.id):
        old, new = new, old
    language = language or new.language
    return compare_responses(
        side_of(store, catalog, old, language=language),
        side_of(store, catalog, new, language=language),
        gettext=translator(language),
        include_sensitive=include_sensitive,
    )


def grid_for_state(
    store: Any, catalog: Any, state_key: str, *, questionnaire_id: str | None = None, language: str | None = None
) -> StatusGrid:
    """The norms × cycles status grid over every cycle of the State (responses it cannot read are left out)."""
    sides = []
    for response in responses_of_state(store, state_key, questionnaire_id=questionnaire_id):
        try:
            sides.append(side_of(store, catalog, response, language=language))
        except SurveyError as exc:
            log.warning("left out of the chart: %s", exc)
    return status_grid(sides)
