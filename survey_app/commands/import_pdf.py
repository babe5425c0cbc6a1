"""`survey-app import-pdf FILE`: a submission PDF's attached answers into a new response."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-pdf",
        help="create a new response from a submission PDF written by this application",
        description=(
            "Reads the machine-readable copy of the answers attached to a submission PDF, checks it "
            "against the SHA-256 fingerprint printed in the PDF, and imports it into a NEW response. "
            "A PDF without a copy, or with a copy that was changed, is refused and nothing is written."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the submission PDF")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from survey_app.commands.responses import db_path, load_catalog
    from survey_app.reports.reimport import import_submission, read_submission
    from survey_app.storage.store import Store

    # the whole PDF is read and checked before the database is opened: a hostile or broken file
    # never holds its lock
    submission = read_submission(args.file, catalog=load_catalog())
    with Store.open(db_path(args)) as store:
        imported = import_submission(store, submission)
    from survey_app.i18n.core import command_translator

    _ = command_translator()
    response = imported.response
    status = _("Final") if response.status.value == "final" else _("Draft")
    print(_.ngettext("Imported {imported} answer from {file} into new response {response} ({state}, {cycle}, "
                     "status: {status}); SHA-256 {digest} verified.",
                     "Imported {imported} answers from {file} into new response {response} ({state}, {cycle}, "
                     "status: {status}); SHA-256 {digest} verified.", imported.imported).format(imported=imported.imported, file=args.file, response=response.id,
                                                 state=response.state.name, cycle=response.cycle, status=status,
                                                 digest=imported.digest))
    return 0
