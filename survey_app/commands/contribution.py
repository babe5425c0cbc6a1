"""`survey-app contribution …`: send items of a response to another agency and merge its reply.

    request  the lead writes a request file for an agency (sections or single questions)
    open     the agency opens a request in its own database (prints the workspace's number)
    reply    the agency writes its reply file
    merge    the lead merges a reply: prints the plan; applies it unless --dry-run
    list     the requests of a response
    cancel   the lead cancels a request (a reply to it is then refused)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from survey_app.commands.responses import db_path, load_catalog, questionnaire_for

EXIT_CONFLICTS = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "contribution", help="send sections of a response to another agency, and merge its reply",
        description="Requests, replies and merges of contributions from other agencies (docs/contributions.md).",
    )
    commands = parser.add_subparsers(dest="contribution_command", metavar="ACTION", required=True)

    request = commands.add_parser("request", help="write a request file for an agency")
    request.add_argument("--response", required=True, type=int, metavar="ID", help="the lead's response number")
    request.add_argument("--agency", required=True, metavar="NAME", help="the agency asked, e.g. \"Ministry of Justice\"")
    request.add_argument("--items", type=_ids, default=[], metavar="ID,...", help="question ids to ask")
    request.add_argument("--sections", type=_ids, default=[], metavar="ID,...", help="section ids to ask")
    request.add_argument("--due", metavar="YYYY-MM-DD", help="when the answers are due")
    request.add_argument("--message", default="", metavar="TEXT", help="a message for the agency")
    request.add_argument("--context", action="store_true", help="send the other answers too, read-only, as context")
    request.add_argument("--include-sensitive", action="store_true", help="send personal data (contact details) too")
    request.add_argument("--passphrase-file", type=Path, metavar="F", help="encrypt with the passphrase in this file")
    request.add_argument("--out", required=True, type=Path, metavar="FILE", help="the request file to write")
    request.set_defaults(run=run_request)

    opener = commands.add_parser("open", help="open a request in this database (prints the workspace's number)")
    opener.add_argument("file", type=Path, metavar="FILE", help="the request file received")
    opener.add_argument("--passphrase-file", type=Path, metavar="F", help="the passphrase of an encrypted file")
    opener.set_defaults(run=run_open)

    reply = commands.add_parser("reply", help="write the reply file of a contribution")
    reply.add_argument("--response", required=True, type=int, metavar="ID", help="the workspace's number")
    reply.add_argument("--note", action="append", default=[], metavar="ID=TEXT", help="a note for the lead on a question")
    reply.add_argument("--passphrase-file", type=Path, metavar="F", help="encrypt with the passphrase in this file")
    reply.add_argument("--out", required=True, type=Path, metavar="FILE", help="the reply file to write")
    reply.set_defaults(run=run_reply)

    merge = commands.add_parser("merge", help="merge a reply into the lead's response")
    merge.add_argument("--response", required=True, type=int, metavar="ID", help="the lead's response number")
    merge.add_argument("file", type=Path, metavar="FILE", help="the reply file received")
    merge.add_argument("--passphrase-file", type=Path, metavar="F", help="the passphrase of an encrypted file")
    merge.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    merge.add_argument("--conflicts", choices=("mine", "theirs", "fail"), default="fail",
                       help="what to do with conflicts (default: fail, changing nothing)")
    merge.set_defaults(run=run_merge)

    listing = commands.add_parser("list", help="the requests of a response")
    listing.add_argument("--response", required=True, type=int, metavar="ID", help="the lead's response number")
    listing.set_defaults(run=run_list)

    cancel = commands.add_parser("cancel", help="cancel a request (its replies are then refused)")
    cancel.add_argument("--response", required=True, type=int, metavar="ID", help="the lead's response number")
    cancel.add_argument("request", metavar="REQUEST", help="the request id (see `contribution list`)")
    cancel.set_defaults(run=run_cancel)


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _passphrase(path: Path | None) -> str | None:
    from survey_app.contributions import crypto

    return crypto.read_passphrase_file(path) if path is not None else None


def run_request(args: argparse.Namespace) -> int:
    from survey_app.contributions import fileformat, service
    from survey_app.i18n.core import command_translator
    from survey_app.storage.store import Store

    _ = command_translator()
    passphrase = _passphrase(args.passphrase_file)
    if passphrase:
        from survey_app.contributions import crypto

        crypto.check_passphrase(passphrase)
    catalog = load_catalog()
    with Store.open(db_path(args)) as store:
        response = store.response(args.response)
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
        selection = service.select_items(questionnaire, items=args.items, sections=args.sections,
                                         include_sensitive=args.include_sensitive)
        request, _document = service.make_request(
            store, args.response, questionnaire, agency=args.agency, selection=selection, due=args.due,
            message=args.message, context=args.context, include_sensitive=args.include_sensitive,
            encrypted=bool(passphrase), deliver=lambda document: fileformat.write(document, args.out, passphrase))
        out = args.out
    if selection.left_out:
        print(_("survey-app: personal data left out of the request (add --include-sensitive to ask it): {items}").format(
            items=", ".join(selection.left_out)), file=sys.stderr)
    if args.include_sensitive and not passphrase and any(
            questionnaire.item(i).is_personal for i in selection.items):
        print(_("survey-app: warning: the request holds personal data and is not encrypted; give "
                "--passphrase-file to encrypt it."), file=sys.stderr)
    print(_.ngettext("Request {request} to {agency}: {count} question, written to {path}",
                     "Request {request} to {agency}: {count} questions, written to {path}",
                     len(selection.items)).format(request=request.id, agency=request.agency,
                                                  count=len(selection.items), path=out))
    return 0


def _read(path: Path, passphrase_file: Path | None) -> dict:
    from survey_app.contributions import fileformat

    return fileformat.read(path, _passphrase(passphrase_file))


def run_open(args: argparse.Namespace) -> int:
    from survey_app.contributions import service
    from survey_app.i18n.core import command_language, command_translator
    from survey_app.storage.store import Store

    _ = command_translator()
    document = _read(args.file, args.passphrase_file)
    catalog = load_catalog()
    with Store.open(db_path(args)) as store:
        response, created = service.open_request(store, document, catalog, name=args.file.name,
                                                 language=command_language())
    print(response.id)
    if not created:
        print(_("survey-app: this request was opened before; its answers are as you left them."), file=sys.stderr)
    return 0


def run_reply(args: argparse.Namespace) -> int:
    from survey_app.contributions import fileformat, service
    from survey_app.errors import SurveyError
    from survey_app.i18n.core import command_translator
    from survey_app.storage import codes as storage_codes
    from survey_app.storage import contributions as db
    from survey_app.storage.store import Store

    _ = command_translator()
    passphrase = _passphrase(args.passphrase_file)
    with Store.open(db_path(args)) as store:
        service.workspace_of(store, args.response)
        for note in args.note:
            item_id, sep, text = note.partition("=")
            if not sep:
                raise SurveyError(storage_codes.BAD_INPUT, "--note {note}: write it as QUESTION_ID=TEXT.",
                                  values={"note": note[:60]})
            db.set_reply_note(store, args.response, item_id.strip(), text)
        document = service.make_reply(store, args.response)
        out = fileformat.write(document, args.out, passphrase)
        service.returned(store, args.response, document)
    print(_("Reply to request {request} written to {path}").format(request=document["request_id"], path=out))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from survey_app.contributions import codes, service
    from survey_app.errors import SurveyError
    from survey_app.i18n.core import command_language, command_translator
    from survey_app.storage.store import Store

    _ = command_translator()
    document = _read(args.file, args.passphrase_file)
    catalog = load_catalog()
    with Store.open(db_path(args), read_only=args.dry_run) as store:
        response = store.response(args.response)
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
        context = service.plan_merge(store, args.response, document, questionnaire, name=args.file.name,
                                     language=command_language())
        plan = service.resolved(context.plan, args.conflicts)
        for item in plan.items:
            print(f"{item.outcome.value}\t{item.item_id}")
        counts = plan.counts()
        print(_("{agency}: {taken} taken, {kept} kept, {same} the same, {merged} merged, {conflicts} conflicts").format(
            agency=context.agency, taken=counts[service.Outcome.TAKEN], kept=counts[service.Outcome.KEPT],
            same=counts[service.Outcome.SAME], merged=counts[service.Outcome.MERGED],
            conflicts=len(plan.conflicts)), file=sys.stderr)
        if plan.conflicts:
            raise SurveyError(codes.CONFLICTS, "answers changed differently here and in the reply ({count}): {items}; "
                              "nothing was changed.", values={"count": len(plan.conflicts),
                                                             "items": ", ".join(i.item_id for i in plan.conflicts[:10])})
        if args.dry_run:
            return 0
        written = service.apply_merge(store, context, plan)
    print(_.ngettext("Merged: {count} answer written.", "Merged: {count} answers written.",
                     len(written)).format(count=len(written)), file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from survey_app.storage import contributions as db
    from survey_app.storage.store import Store

    with Store.open(db_path(args), read_only=True) as store:
        store.response(args.response)
        requests = db.requests(store, args.response)
    print("request\tagency\titems\tsent\tdue\tstatus\treturned\tmerged")
    for found in requests:
        print("\t".join([found.id, found.agency, ",".join(found.items), found.sent_at[:10], found.due or "",
                         found.status, (found.returned_at or "")[:10], (found.merged_at or "")[:10]]))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    from survey_app.contributions import codes, service
    from survey_app.errors import SurveyError
    from survey_app.storage import contributions as db
    from survey_app.storage.store import Store

    with Store.open(db_path(args)) as store:
        found = db.request(store, args.request)
        if found is None or found.response_id != args.response:
            raise SurveyError(codes.UNKNOWN_REQUEST, "request {request}: response {response_id} sent no such request.",
                              values={"request": args.request[:40], "response_id": args.response})
        service.cancel(store, args.request)
    return 0
