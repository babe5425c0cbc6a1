"""`survey-app export` (JSON or PDF) and `survey-app import-answers` (JSON or YAML)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from survey_app.commands.responses import UN_LANGUAGES, db_path, load_catalog, questionnaire_for
from survey_app.errors import SurveyError
from survey_app.storage import codes


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help="export a response as JSON (answers) or PDF (submission)",
        description="Export a response. JSON goes to standard output unless --out is given; PDF needs --out.",
    )
    export.add_argument("--response", required=True, type=int, metavar="ID", help="response number (see `survey-app list`)")
    export.add_argument("--format", choices=("json", "pdf"), default="json")
    export.add_argument("--out", type=Path, metavar="PATH", help="file to write")
    export.add_argument("--include-sensitive", action="store_true", help="include personal data (contact details)")
    export.add_argument("--language", choices=UN_LANGUAGES, help="PDF language (default: the response's)")
    export.add_argument("--omit-unanswered", action="store_true", help="PDF: leave out unanswered questions")
    export.add_argument("--paper", choices=("A4", "letter"), default="A4", help="PDF: paper size (default: A4)")
    export.add_argument("--issue-date", type=_iso_date, metavar="YYYY-MM-DD", help="PDF: date of issue (default: today)")
    export.add_argument("--marking", default="", metavar="TEXT",
                        help='PDF: protective marking printed on the cover, e.g. "RESTRICTED"')
    export.set_defaults(run=run_export)

    importer = subparsers.add_parser(
        "import-answers", help="import answers from a JSON or YAML file into a response",
        description="Checks every answer first; if any is invalid, lists every problem and changes nothing.",
    )
    importer.add_argument("--response", required=True, type=int, metavar="ID", help="response number")
    importer.add_argument("file", type=Path, metavar="FILE", help="answers file (survey-app/answers, JSON or YAML)")
    importer.set_defaults(run=run_import)


def _iso_date(text: str) -> object:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD, e.g. 2026-03-31") from None


def _warn_unprintable(warnings: object, questionnaire: object) -> None:
    """Characters no font on this computer has are printed as "�": say where, and what to do."""
    from survey_app.i18n.core import command_translator

    _ = command_translator()
    for warning in warnings or ():
        where = warning.item_id or _("titles and names")
        if warning.item_id and questionnaire.has_item(warning.item_id):
            where = f"{warning.item_id} ({questionnaire.item(warning.item_id).label})"
        codes_shown = " ".join(f"U+{ord(char):04X}" for char in warning.characters[:8])
        print(_("survey-app: warning: {where}: no font on this computer has these characters, printed as “�”: "
                "{characters}. Install more fonts (on Debian: fonts-noto-core) and export again.").format(
            where=where, characters=codes_shown), file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from survey_app.storage import exchange
    from survey_app.storage.store import Store

    catalog = load_catalog()
    with Store.open(db_path(args), read_only=True) as store:
        response = store.response(args.response)
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
        if args.format == "pdf":
            if args.out is None:
                raise SurveyError(codes.BAD_INPUT, "--out: give the PDF file to write, e.g. --out response.pdf.")
            from survey_app.reports.submission import PdfOptions, export_response_pdf

            options = PdfOptions(
                language=args.language, include_sensitive=args.include_sensitive, omit_unanswered=args.omit_unanswered,
                issue_date=args.issue_date, page_size=args.paper, protective_marking=args.marking.strip(),
            )
            out = export_response_pdf(store, args.response, args.out, options, catalog=catalog)
            print(out)
            _warn_unprintable(getattr(out, "warnings", ()), questionnaire)
            return 0
        document = exchange.export_document(store, args.response, questionnaire, include_sensitive=args.include_sensitive)
    if args.out is None:
        import json

        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        out = exchange.write_document(document, args.out)
        if args.include_sensitive:
            from survey_app.storage.files import private

            private(out)  # personal data: readable by the owner only
        print(out)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from survey_app.storage import exchange
    from survey_app.storage.store import Store

    document = exchange.read_document(args.file)
    catalog = load_catalog()
    with Store.open(db_path(args)) as store:
        response = store.response(args.response)
        questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version)
        from survey_app.i18n.core import command_language

        result = exchange.import_document(store, args.response, document, questionnaire,
                                          language=command_language())
    from survey_app.i18n.core import command_translator

    _ = command_translator()
    print(_.ngettext("Imported {imported} answer into response {response}; {unchanged} already had that value.",
                     "Imported {imported} answers into response {response}; {unchanged} already had that value.",
                     result.imported).format(imported=result.imported, response=args.response,
                                             unchanged=result.unchanged))
    return 0
