"""The application's log file: owner-only, and never a word of an answer.

The log is what a user sends with a bug report, so it holds where things went wrong (the
traceback's files, lines and functions, the type of the error) and never what the user wrote. An
exception's message can quote a value (`invalid literal for int(): '…'`), so only messages known
to be free of answers are kept: our own errors (their code and template, without values),
operating-system errors and SQLite's errors. Any other message is replaced by a note saying it was
withheld.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import traceback
from pathlib import Path
from types import TracebackType

from survey_app import paths
from survey_app.errors import CATALOGUE, SurveyError
from survey_app.output import PRIVATE_FILE_MODE

WITHHELD = "(message not logged: it may quote answers)"


def safe_message(error: BaseException) -> str:
    """The part of an exception's message that can go into the log."""
    try:
        if isinstance(error, SurveyError):
            diagnostic = error.diagnostic
            if diagnostic.template:  # the literal, without the values filled in
                return f"{diagnostic.code}: {diagnostic.template}"
            entry = CATALOGUE.get(diagnostic.code)  # a message built elsewhere may hold values
            return f"{diagnostic.code}: {entry.title}" if entry else f"{diagnostic.code} {WITHHELD}"
        if isinstance(error, OSError):
            return f"[Errno {error.errno}] {error.strerror}" if error.strerror else type(error).__name__
        if isinstance(error, sqlite3.Error):
            return str(error)
    except Exception:  # noqa: BLE001 - an exception whose message cannot even be read
        return "(message unreadable)"
    return WITHHELD


def redacted_traceback(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> str:
    """The traceback as Python prints it, without source lines and with each exception's message
    replaced by `safe_message`: files, lines and functions say where it went wrong."""
    lines: list[str] = []
    seen: set[int] = set()

    def add(error: BaseException, trace: TracebackType | None) -> None:
        seen.add(id(error))
        cause = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        if cause is not None and id(cause) not in seen:
            add(cause, cause.__traceback__)
            lines.append("\nDuring handling of the above exception, another exception occurred:\n\n"
                         if error.__cause__ is None else
                         "\nThe above exception was the direct cause of the following exception:\n\n")
        if trace is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                         for frame in traceback.extract_tb(trace))  # no source lines: a test's may quote
        lines.append(f"{type(error).__module__}.{type(error).__qualname__}: {safe_message(error)}\n")

    add(value if value is not None else kind(), tb)
    return "".join(lines).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """Formats log records with tracebacks whose messages are redacted."""

    def formatException(self, ei) -> str:  # noqa: N802, ANN001 - logging's API
        return redacted_traceback(*ei)

    def format(self, record: logging.LogRecord) -> str:
        # another handler may have formatted the traceback in full already and cached it on the record
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def open_private(path: Path) -> None:
    """Create the log owner-only, or make an existing one owner-only (never fails)."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE_MODE))
        os.chmod(path, PRIVATE_FILE_MODE)


def file_handler(path: Path | None = None) -> logging.Handler | None:
    """A handler writing warnings and errors to the log file; None when it cannot be opened."""
    path = Path(path) if path is not None else paths.log_file()
    open_private(path)
    try:
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    return handler


def record(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
    """Append an unexpected error's redacted traceback to the log file (whether or not the
    application's log handler is installed: it is what the error dialog points to)."""
    path = paths.log_file()
    open_private(path)
    with contextlib.suppress(OSError), path.open("a", encoding="utf-8") as handle:
        handle.write(redacted_traceback(kind, value, tb) + "\n")
