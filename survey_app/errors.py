"""The error catalogue: every known failure has a stable code, a message and a way to fix it.

Shape of every message (after pyxform): *where* (file:line:col), *what is wrong*, *how to fix it*.
Tests assert the code, never the wording. Codes are never reused for another meaning.

Code ranges: Q… questionnaire files, T… translation files, S… storage/database, I… imports of
answers, P… PDF export, C… command line.  Each area adds its codes to `CATALOGUE` in its own block.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from survey_app.questionnaire.model import Position


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    code: str
    title: str
    #: how to fix it, in words a non-programmer understands
    fix: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a user's file or database."""

    code: str
    severity: Severity
    message: str
    position: Position | None = None
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.position}: " if self.position else ""
        text = f"{where}{self.severity.value} {self.code}: {self.message}"
        fix = self.hint or (CATALOGUE[self.code].fix if self.code in CATALOGUE else "")
        return f"{text}\n    how to fix: {fix}" if fix else text


class SurveyError(Exception):
    """A known failure: shown to the user as a clear message, never as a traceback."""

    def __init__(self, code: str, message: str, *, position: Position | None = None, hint: str = ""):
        self.diagnostic = Diagnostic(code, Severity.ERROR, message, position, hint)
        super().__init__(str(self.diagnostic))

    @property
    def code(self) -> str:
        return self.diagnostic.code


CATALOGUE: dict[str, CatalogueEntry] = {}


def register(code: str, title: str, fix: str) -> None:
    if code in CATALOGUE:
        raise ValueError(f"error code {code} registered twice")
    CATALOGUE[code] = CatalogueEntry(code, title, fix)
