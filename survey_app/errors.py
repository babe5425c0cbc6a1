"""The error catalogue: every known failure has a stable code, a message and a way to fix it.

Shape of every message (after pyxform): *where* (file:line:col), *what is wrong*, *how to fix it*.
Tests assert the code, never the wording. Codes are never reused for another meaning.

Code ranges: Q… questionnaire files, T… translation files, S… storage/database, I… imports of
answers, P… PDF export, C… command line.  Each area adds its codes to `CATALOGUE` in its own block.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    """One problem found in a user's file or database.

    `message` is the English text. A message with values is kept as its `template` (a literal
    with `{name}` placeholders, extracted into the core catalogues) and `values`, so `localized()`
    can give it in the user's language; a message without values is its own template.
    """

    code: str
    severity: Severity
    message: str
    position: Position | None = None
    hint: str = ""
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()
    #: what the message is about (e.g. a question id), printed before it as is
    subject: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def fix(self) -> str:
        """How to fix it (English): the message's own hint, else the catalogue's."""
        return self.hint or (CATALOGUE[self.code].fix if self.code in CATALOGUE else "")

    def localized(self, gettext: Callable[[str], str]) -> tuple[str, str]:
        """(what is wrong, how to fix it) translated by `gettext` (e.g. `translator("fr")`); English
        where the catalogue has no translation or a translation lost a placeholder."""
        message = self.message
        translated = gettext(self.template or self.message)
        if translated != (self.template or self.message):
            try:
                message = translated.format(**dict(self.values)) if self.template else translated
            except (KeyError, IndexError, ValueError):
                message = self.message
            else:
                message = f"{self.subject}: {message}" if self.subject else message
        fix = self.fix
        return message, gettext(fix) if fix else ""

    def localized_text(self, gettext: Callable[[str], str]) -> str:
        """`str(self)` in the user's language (the code and position stay as they are)."""
        message, fix = self.localized(gettext)
        where = f"{self.position}: " if self.position else ""
        text = f"{where}{self.severity.value} {self.code}: {message}"
        return f"{text}\n    {gettext('how to fix:')} {fix}" if fix else text

    def __str__(self) -> str:
        where = f"{self.position}: " if self.position else ""
        text = f"{where}{self.severity.value} {self.code}: {self.message}"
        fix = self.fix
        return f"{text}\n    how to fix: {fix}" if fix else text


class SurveyError(Exception):
    """A known failure: shown to the user as a clear message, never as a traceback."""

    def __init__(self, code: str, message: str, *, position: Position | None = None, hint: str = "",
                 values: Mapping[str, object] | None = None):
        """`message` is a literal; with `values` it is a template: `SurveyError(codes.MISSING,
        "{path}: the file does not exist.", values={"path": path})`, so it can be translated."""
        if values:
            shown = {key: str(value) for key, value in values.items()}
            self.diagnostic = Diagnostic(code, Severity.ERROR, message.format(**shown), position, hint,
                                         template=message, values=tuple(shown.items()))
        else:
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
