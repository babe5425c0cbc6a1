"""`survey-app compare`: what changed for a State between two cycles (text, JSON or PDF)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from survey_app import output
from survey_app.errors import SurveyError
from survey_app.i18n.languages import UN_LANGUAGES

FORMATS = ("text", "json", "pdf")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare a State's responses of two cycles",
        description=(
            "Compare a State's response of one cycle with another: a summary per part and section, the "
            "implementation status of each norm, and every question that differs, with deleted text "
            "marked [-like this-] and inserted text {+like this+}. JSON lists every question with its "
            "status; the PDF adds the chart of each norm's status over all cycles."
        ),
    )
    parser.add_argument("--state", required=True, help='the State: ISO code or name in any UN language ("FRA", "Francia"), or a custom name ("Republic of Examplia", the demo\'s)')
    parser.add_argument("--from", dest="from_cycle", required=True, type=int, metavar="YEAR", help="the earlier cycle")
    parser.add_argument("--to", dest="to_cycle", required=True, type=int, metavar="YEAR", help="the later cycle")
    parser.add_argument("--questionnaire", metavar="ID", help="only responses to this questionnaire (e.g. nsi)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="text (default), json or pdf")
    parser.add_argument("--out", type=Path, metavar="PATH", help="write to this file (required for pdf)")
    parser.add_argument("--all", action="store_true", help="text and PDF: list unchanged questions too")
    parser.add_argument(
        "--include-sensitive", action="store_true", help="include questions marked sensitive (personal data)"
    )
    parser.add_argument(
        "--language", choices=tuple(UN_LANGUAGES),
        help="language of labels and wording (default: the later response's)",
    )
    parser.set_defaults(run=run_compare)


def run_compare(args: argparse.Namespace) -> int:
    from survey_app.commands.responses import db_path, load_catalog
    from survey_app.compare import codes, render, sources
    from survey_app.i18n.core import translator
    from survey_app.storage.store import Store

    if args.format == "pdf" and args.out is None:
        raise SurveyError(codes.COMPARE_BAD_OUTPUT, "--format pdf: give the file to write with --out PATH.")
    path = db_path(args)
    if not path.exists():
        raise SurveyError(codes.COMPARE_NO_RESPONSE, "{path}: there is no database here yet, so nothing to compare.", values={"path": path})
    catalog = load_catalog()
    with Store.open(path, read_only=True) as store:
        state = sources.find_state(store, args.state)
        old = sources.response_for(store, state, args.from_cycle, questionnaire_id=args.questionnaire)
        new = sources.response_for(
            store, state, args.to_cycle, questionnaire_id=args.questionnaire or old.questionnaire_id
        )
        language = args.language or new.language
        comparison = sources.compare_ids(
            store, catalog, old.id, new.id, language=language, include_sensitive=args.include_sensitive
        )
        grid = sources.grid_for_state(
            store, catalog, state.key, questionnaire_id=comparison.new.questionnaire_id, language=language
        )
    if args.format == "pdf":
        from survey_app.compare.report_pdf import build_comparison_pdf

        out = build_comparison_pdf(comparison, args.out, grid=grid, language=language, changes_only=not args.all)
        print(out)
        return 0
    if args.format == "json":
        text = json.dumps(render.to_json(comparison, grid=grid), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render.render_text(comparison, changes_only=not args.all, grid=grid, gettext=translator(language))
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        output.write_private_text(args.out, text)
    except OSError as exc:
        raise SurveyError(codes.COMPARE_BAD_OUTPUT, "{out}: cannot be written ({reason}).", values={"out": args.out, "reason": exc.strerror or exc}) from None
    print(args.out)
    return 0
