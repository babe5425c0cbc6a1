"""`survey-app purge-personal-data`: remove the answers to sensitive questions on request.

Points of contact and other personal data (items marked `sensitive` in the questionnaire) are
removed from the response, from their history and notes, and from every automatic backup; the
database is vacuumed so the values do not stay in free space. Nothing else of the response changes.
"""

from __future__ import annotations

import argparse
import sys

from survey_app.commands.responses import db_path, load_catalog, questionnaire_for
from survey_app.errors import SurveyError
from survey_app.storage import codes

def register(subparsers: argparse._SubParsersAction) -> None:
    purge = subparsers.add_parser(
        "purge-personal-data",
        help="remove the answers to sensitive questions (personal data) from a response and its backups",
        description="Removes the answers to the questions marked sensitive (points of contact, personal "
                    "data), their history and notes, from the response and from every automatic backup. "
                    "Lists what it will remove and asks first; --yes removes without asking.",
    )
    purge.add_argument("--response", required=True, type=int, metavar="ID", help="response number (see `survey-app list`)")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.set_defaults(run=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    from survey_app.i18n.core import command_translator
    from survey_app.storage.store import Store

    _ = command_translator()
    catalog = load_catalog()
    with Store.open(db_path(args)) as store:
        response = store.response(args.response)
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
        items = questionnaire.personal_items()
        answered = store.held_personal_items(args.response, questionnaire)
        elsewhere = store.personal_data_elsewhere(args.response, questionnaire) if not answered else []
        if not answered and not elsewhere:
            print(_("Response {response} holds no personal data: nothing to remove.").format(response=args.response))
            return 0
        if answered:
            print(_("Response {response} ({state}, {cycle}): these answers, their history and notes will be removed "
                    "here and from every automatic backup:").format(response=args.response, state=response.state.name,
                                                                     cycle=response.cycle), file=sys.stderr)
            for item in answered:
                print(f"  {item.id}: {item.label}", file=sys.stderr)
        else:  # an earlier removal was interrupted after the database itself was cleaned
            print(_("Response {response} ({state}, {cycle}) holds no personal data any more, but these copies of the "
                    "database still do; they will be cleaned:").format(
                response=args.response, state=response.state.name, cycle=response.cycle), file=sys.stderr)
            for path in elsewhere:
                print(f"  {path}", file=sys.stderr)
        if not args.yes:
            if not sys.stdin.isatty():
                raise SurveyError(codes.BAD_INPUT, "Nothing was removed: there is no terminal to ask for confirmation. "
                                                   "To remove without being asked (in a script), add --yes.")
            reply = input(_("Remove them? Type 'yes' to confirm: ")).strip().lower()
            if reply not in ("yes", _("yes").lower()):
                print(_("Nothing was removed."), file=sys.stderr)
                return 1
        result = store.purge_sensitive(args.response, [item.id for item in items])
    print(_("Answers removed: {answers}. Earlier values removed: {history}. Automatic backups cleaned: {cleaned}, "
            "deleted because they could not be cleaned: {deleted}. Copies saved elsewhere (exported files, copies of "
            "the database you saved yourself) still hold the data: delete them too.").format(
        answers=result.answers_removed, history=result.history_removed, cleaned=len(result.backups_rewritten),
        deleted=len(result.backups_deleted)))
    if result.partials_deleted:
        print(_("Unfinished backup files (from a backup that was interrupted) deleted: {count}.").format(
            count=len(result.partials_deleted)))
    if result.not_removed:
        print(_("These files could be neither cleaned nor deleted and still hold the data; delete them yourself: "
                "{files}").format(files=", ".join(str(path) for path in result.not_removed)), file=sys.stderr)
        return 1
    return 0
