"""`survey-app new`, `list` and `demo`: create and list responses (headless)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from survey_app import paths
from survey_app.errors import SurveyError
from survey_app.i18n.languages import LANGUAGE_CODES
from survey_app.storage import codes

if TYPE_CHECKING:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.api import ResponseSummary
    from survey_app.storage.store import Store

DEFAULT_QUESTIONNAIRE = "nsi"
#: the choices of --language
UN_LANGUAGES = LANGUAGE_CODES


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def load_catalog() -> Catalog:
    """The questionnaire catalog, imported lazily so `survey-app --help` stays fast."""
    from survey_app.questionnaire.catalog import Catalog

    return Catalog.load()


def questionnaire_for(catalog: Catalog, questionnaire_id: str, version: str | None = None) -> Questionnaire:
    """The questionnaire a response answers; when that exact version is gone, the newest one."""
    if version is not None and catalog.has(questionnaire_id, version):
        return catalog.get(questionnaire_id, version)
    return catalog.get(questionnaire_id)


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser(
        "new",
        help="start a new response; prints its number",
        description="Start a new response for a State and a cycle. Prints the new response's number alone.",
    )
    new.add_argument("--state", required=True, help='ISO code or name in any UN language ("FRA", "Francia"), or a custom name')
    new.add_argument("--cycle", required=True, type=int, help="the year of the survey cycle, e.g. 2026")
    new.add_argument("--questionnaire", default=DEFAULT_QUESTIONNAIRE, help="questionnaire id (default: nsi, newest version)")
    new.add_argument("--language", default="en", choices=UN_LANGUAGES, help="language of the response (default: en)")
    new.add_argument(
        "--from-previous", action="store_true",
        help="carry forward the answers of this State's latest earlier response (marked for review)",
    )
    new.set_defaults(run=run_new)

    listing = subparsers.add_parser(
        "list", help="list the responses",
        description="One line per response: number, State, cycle, questionnaire and version, status, % answered.",
    )
    listing.add_argument("--deleted", action="store_true", help="also list deleted responses")
    listing.set_defaults(run=run_list)

    demo = subparsers.add_parser(
        "demo", help='add the fictional "Republic of Examplia" with three cycles of answers',
        description="Adds a complete demonstration response (2026) and two earlier cycles (2022, 2024).",
    )
    demo.set_defaults(run=run_demo)


def run_new(args: argparse.Namespace) -> int:
    from survey_app.storage.states import resolve_state
    from survey_app.storage.store import Store

    try:
        state = resolve_state(args.state, language=args.language)
    except ValueError as exc:
        raise SurveyError(codes.BAD_INPUT, "--state: {reason}.", values={"reason": exc}) from None
    catalog = load_catalog()
    questionnaire = catalog.get(args.questionnaire)
    with Store.open(db_path(args)) as store:
        if args.from_previous:
            previous = [
                s.response for s in store.list_responses(own_only=True)
                if s.response.state.key == state.key and s.response.questionnaire_id == questionnaire.id
                and s.response.cycle < args.cycle
            ]
            if not previous:
                raise SurveyError(
                    codes.UNKNOWN_RESPONSE,
                    "{state}: there is no earlier response to {questionnaire} to carry forward.", values={"state": state.name, "questionnaire": questionnaire.id}
                )
            from survey_app.compare.carry import carry_forward

            latest = max(previous, key=lambda r: r.cycle)
            response = carry_forward(store, latest.id, cycle=args.cycle, questionnaire=questionnaire, language=args.language)
        else:
            response = store.create_response(
                state=state, cycle=args.cycle, questionnaire=questionnaire, language=args.language
            )
    print(response.id)
    return 0


def progress(store: Store, summary: ResponseSummary, catalog: Catalog) -> tuple[int, int]:
    """(answered, answerable) counting only the items shown with the current answers."""
    from survey_app.questionnaire import values

    response = summary.response
    try:
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
    except SurveyError:
        return summary.answered, summary.answerable
    answers = store.values(response.id)
    shown = [item for item in questionnaire.answerable_items() if values.is_visible(item, answers, questionnaire)]
    if response.is_contribution:  # an agency's workspace: the items the lead asked
        from survey_app.storage.contributions import asked_items

        asked = asked_items(store, response.id)
        shown = [item for item in shown if item.id in asked]
    answered = sum(1 for item in shown if values.is_answered(item, answers.get(item.id)))
    return answered, len(shown)


def run_list(args: argparse.Namespace) -> int:
    from survey_app.storage.store import Store

    path = db_path(args)
    if not path.exists() and args.db is not None:  # a mistyped --db must not look like "no responses"
        raise SurveyError(codes.MISSING, "{path}: there is no database here.", values={"path": path})
    if not path.exists() or path.stat().st_size == 0:
        return 0  # no responses yet
    catalog = load_catalog()
    with Store.open(path, read_only=True) as store:
        for summary in store.list_responses(include_deleted=args.deleted):
            response = summary.response
            answered, answerable = progress(store, summary, catalog)
            percent = round(100 * answered / answerable) if answerable else 0
            state = f"{response.state.name} ({response.state.code})" if response.state.code else response.state.name
            deleted = "\tdeleted" if response.deleted else ""
            deleted += "\tcontribution" if response.is_contribution else ""
            print(
                f"{response.id}\t{state}\t{response.cycle}\t{response.questionnaire_id} "
                f"{response.questionnaire_version}\t{response.status.value}\t{percent}%{deleted}"
            )
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from survey_app.storage.demo import CYCLES, DEMO_STATE, add_demo
    from survey_app.storage.store import Store

    questionnaire = load_catalog().get(DEFAULT_QUESTIONNAIRE)
    with Store.open(db_path(args)) as store:
        result = add_demo(store, questionnaire)
    cycles = ", ".join(str(cycle) for cycle in CYCLES)
    from survey_app.i18n.core import command_translator

    _ = command_translator()
    print(_("Added {state}: responses {responses} (cycles {cycles}).").format(
        state=DEMO_STATE.name, responses=", ".join(map(str, result.response_ids)), cycles=cycles))
    return 0
