"""How the GUI reads the questionnaire catalog (bundled and user-added questionnaires).

Kept in one place so the screens need only: the questionnaires offered, the ones that failed to
load (with their messages), one by id and version, translated to a language, and adding a file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire

log = logging.getLogger(__name__)


@dataclass
class StaticCatalog:
    """A catalog of questionnaires given directly (tests, or when the real catalog cannot load)."""

    questionnaires: list[Questionnaire] = field(default_factory=list)
    failures: list[Any] = field(default_factory=list)

    def get(self, questionnaire_id: str, version: str | None = None) -> Questionnaire:
        found = [q for q in self.questionnaires if q.id == questionnaire_id
                 and (version is None or q.version == version)]
        if not found:
            raise KeyError(f"{questionnaire_id} {version or ''}".strip())
        return found[-1]

    def all(self) -> list[Questionnaire]:
        return list(self.questionnaires)

    def has(self, questionnaire_id: str, version: str | None = None) -> bool:
        return any(q.id == questionnaire_id and (version is None or q.version == version)
                   for q in self.questionnaires)


def load_catalog() -> Any:
    """The real catalog (bundled + user-added files); an empty one if it cannot be loaded at all."""
    try:
        from survey_app.questionnaire.catalog import Catalog

        return Catalog.load()
    except Exception as exc:  # the window must open even so: the failure is shown on the start screen
        log.exception("the questionnaire catalog could not be loaded")
        return StaticCatalog(failures=[str(exc)])


def available(catalog: Any) -> list[Questionnaire]:
    """Every loaded questionnaire (all versions), newest version of each first."""
    for name in ("all", "questionnaires", "available", "list"):
        attr = getattr(catalog, name, None)
        if attr is None:
            continue
        result = attr() if callable(attr) else attr
        if isinstance(result, dict):
            result = list(result.values())
        found = [q for q in _flatten(result) if isinstance(q, Questionnaire)]
        return sorted(found, key=lambda q: (q.id, _version_key(q.version)), reverse=True)
    return []


def _flatten(values: Iterable[Any]) -> Iterable[Any]:
    for value in values:
        if isinstance(value, (list, tuple)):
            yield from _flatten(value)
        elif isinstance(value, dict):
            yield from _flatten(value.values())
        else:
            yield value


def _version_key(version: str) -> tuple[Any, ...]:
    return tuple(int(part) if part.isdigit() else part for part in version.replace("-", ".").split("."))


def failures(catalog: Any) -> list[str]:
    """Human-readable descriptions of questionnaire files that failed to load."""
    texts: list[str] = []
    for failure in getattr(catalog, "failures", None) or ():
        if isinstance(failure, str):
            texts.append(failure)
            continue
        path = getattr(failure, "path", None)
        diagnostics = getattr(failure, "diagnostics", None)
        if diagnostics is not None:
            lines = [str(d) for d in diagnostics if getattr(d, "is_error", True)]
            texts.append(f"{path}:\n" + "\n".join(lines[:20]) if path else "\n".join(lines[:20]))
        elif isinstance(failure, tuple):
            texts.append("\n".join(str(part) for part in failure))
        else:
            texts.append(str(failure))
    return texts


def questionnaire_for(catalog: Any, questionnaire_id: str, version: str, language: str) -> Questionnaire:
    """The questionnaire a response was made with, in the response's language (fallback: newest)."""
    try:
        questionnaire = catalog.get(questionnaire_id, version)
    except (KeyError, LookupError, SurveyError):
        questionnaire = None
    if questionnaire is None:
        try:
            questionnaire = catalog.get(questionnaire_id)
        except (KeyError, LookupError, SurveyError):
            questionnaire = None
    if questionnaire is None:
        raise LookupError(f"{questionnaire_id} {version}")
    return translate(questionnaire, language)


def translate(questionnaire: Questionnaire, language: str) -> Questionnaire:
    if not language or language == questionnaire.language or language == questionnaire.default_language:
        return questionnaire
    try:
        from survey_app.questionnaire.translations import translated

        return translated(questionnaire, language)
    except Exception:
        log.exception("translation %s of %s failed; showing the default language", language, questionnaire.id)
        return questionnaire


def add_file(catalog: Any, path: Path) -> list[str]:
    """Add a questionnaire file; returns the error messages ([] on success)."""
    adder = getattr(catalog, "add_file", None)
    if adder is None:
        return ["Adding questionnaire files is not available in this version."]
    try:
        result = adder(Path(path))
    except SurveyError as exc:
        return [str(exc)]
    diagnostics = getattr(result, "diagnostics", None)
    if diagnostics is not None and getattr(result, "questionnaire", True) is None:
        return [str(d) for d in diagnostics if getattr(d, "is_error", True)] or ["The file could not be loaded."]
    return []
