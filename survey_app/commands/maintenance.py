"""`survey-app backup`, `restore` and `recover`: copies of the database and getting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from survey_app.commands.responses import db_path


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="copy the database (consistent even while the application is open)",
        description="Write a backup of the database: to --out, or to the backups folder beside it.",
    )
    backup.add_argument("--out", type=Path, metavar="PATH", help="file to write (default: the backups folder)")
    backup.set_defaults(run=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)",
        description="Checks the backup, copies the current database to the backups folder, then restores.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="backup file to restore")
    restore.set_defaults(run=run_restore)

    recover = subparsers.add_parser(
        "recover", help="set a damaged database aside and restore its newest healthy backup",
        description="Renames the damaged file (nothing is deleted) and restores the newest healthy backup.",
    )
    recover.set_defaults(run=run_recover)


def run_backup(args: argparse.Namespace) -> int:
    from survey_app.storage import files
    from survey_app.storage.store import Store

    path = db_path(args)
    if not path.exists():
        from survey_app.errors import SurveyError
        from survey_app.storage import codes

        raise SurveyError(codes.MISSING, "{path}: there is no database here to back up.", values={"path": path})
    if args.out is not None and Path(args.out).exists():
        from survey_app.errors import SurveyError
        from survey_app.storage import codes

        raise SurveyError(codes.BACKUP_FAILED, "{out}: the file exists already; choose a new name.", values={"out": args.out})
    try:
        store = Store.open(path)
    except Exception as exc:
        from survey_app.errors import SurveyError
        from survey_app.storage import codes

        # open in the application, or on a read-only file, folder or medium: a copy needs no writing
        if not (isinstance(exc, SurveyError) and exc.code in (codes.ALREADY_OPEN, codes.NOT_WRITABLE, codes.CANNOT_OPEN)):
            raise
        store = Store.open(path, read_only=True)
    with store:
        out = store.backup(args.out)
    files.private(out)
    print(out)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from survey_app.storage.store import Store

    from survey_app.i18n.core import command_translator

    _ = command_translator()
    path = db_path(args)
    safety = Store.restore_backup(args.backup, path)
    print(_("Restored {path} from {backup}.").format(path=path, backup=args.backup))
    if safety is not None:
        print(_("The database as it was before is kept in {path}.").format(path=safety))
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from survey_app.storage import files

    from survey_app.i18n.core import command_translator

    _ = command_translator()
    path = db_path(args)
    recovery = files.set_aside_and_restore(path)
    print(_("The damaged file was kept as {path}.").format(path=recovery.set_aside))
    if recovery.restored_from is None:
        print(_("No healthy backup was found: a new, empty database will be created when you next open it."))
    else:
        print(_("Restored the backup {path}.").format(path=recovery.restored_from))
    return 0
