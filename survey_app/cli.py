"""`survey-app`: with no command it opens the desktop application (`survey-app FILE.nsi-contribution`
opens a contribution a lead ministry sent in it); commands do headless work.

Results go to standard output, diagnostics to standard error; a failure exits non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from survey_app.commands import COMMAND_MODULES
from survey_app.errors import SurveyError
from survey_app.i18n.core import N_

log = logging.getLogger(__name__)

#: A command that fails to write ends there: the application's "choose Retry, your edits are kept"
#: does not apply. What to do instead, per storage code (survey_app/storage/codes.py).
COMMAND_FIXES = {
    "S201": N_("Nothing more was saved by this command. Free some disk space, then run the command again."),
    "S202": N_("Nothing more was saved by this command. Make the file and its folder writable, then run the "
               "command again."),
    "S203": N_("Nothing more was saved by this command. Close the other program using the file, then run the "
               "command again."),
    "S204": N_("Nothing more was saved by this command. Check the disk and the file, then run the command again."),
}

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="survey-app",
        description="National Survey of Implementation: fill in, export and compare responses.",
        epilog="Without a command the desktop application opens. Given a contribution request\n"
               "received from a lead ministry (survey-app FILE.nsi-contribution), it opens there.",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the epilog's lines as written
    )
    from survey_app import __version__  # read when the full parser is built, not for the application

    parser.add_argument("--version", action="version", version=f"survey-app {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="database file to use (default: survey.db in your user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        module.register(subparsers)
    return parser


def _application_only(argv: Sequence[str]) -> tuple[Path | None, Path | None] | None:
    """When the arguments name no command (only `--db PATH`, and perhaps a contribution file a lead
    ministry sent, as a double-click passes it), (the database path for the desktop application or
    None for the default, the contribution file to open or None); None otherwise. The application
    then starts without importing every command module to build the full parser (about 0.1 s of
    start-up)."""
    quick = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    quick.add_argument("--db", type=Path, default=None)
    try:
        known, rest = quick.parse_known_args(list(argv))
    except argparse.ArgumentError:  # e.g. `--db` without a path: the full parser says what is wrong
        return None
    if not rest:
        return known.db, None
    if len(rest) == 1 and not rest[0].startswith("-"):
        from survey_app.contributions.fileformat import EXTENSION

        path = Path(rest[0])
        if path.name.lower().endswith(EXTENSION) and path.is_file():
            return known.db, path
    return None


class _Once(logging.Filter):
    """A warning repeated for every row (e.g. a damaged value read several times) is shown once."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if text in self.seen:
            return False
        self.seen.add(text)
        return True


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the current sys.stderr (tests and embedding programs replace it)."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201 - logging's attribute
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:  # noqa: ANN001
        pass


def _log_to_stderr() -> None:
    """Warnings of the core (a damaged value, a failed daily backup) reach the person running the
    command on standard error, each once; nothing is printed twice."""
    root = logging.getLogger()
    if any(getattr(handler, "survey_app_cli", False) for handler in root.handlers):
        return
    handler = _Stderr()
    handler.survey_app_cli = True  # type: ignore[attr-defined]
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("survey-app: %(levelname)s: %(message)s"))
    handler.addFilter(_Once())
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    application = _application_only(arguments)
    if application is not None:
        from survey_app.gui.app import run_application  # Qt is imported only for the GUI

        db, contribution = application
        return run_application(db_path=db, contribution=contribution)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from survey_app.gui.app import run_application

        return run_application(db_path=args.db)
    from survey_app.i18n.core import command_language, translator

    _ = translator(command_language())
    _log_to_stderr()
    try:
        return int(args.run(args) or EXIT_OK)
    except SurveyError as exc:
        diagnostic = exc.diagnostic
        if diagnostic.code in COMMAND_FIXES and not diagnostic.hint:
            import dataclasses

            diagnostic = dataclasses.replace(diagnostic, hint=COMMAND_FIXES[diagnostic.code])
        print(diagnostic.localized_text(_), file=sys.stderr)
        problems = getattr(exc, "problems", None) or []  # an import refused: every reason, each once
        for problem in problems[:50]:
            print("  - " + problem.localized_text(_).replace("\n", "\n    "), file=sys.stderr)
        if len(problems) > 50:
            print(f"  … +{len(problems) - 50}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`survey-app list | head`): not an error of ours
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return EXIT_OK
    except Exception:  # an unknown failure is a bug: say so and show the traceback (once)
        log.exception("unexpected error in %s", args.command)
        print(_("survey-app: unexpected error (a bug); the traceback is above."), file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
