"""All questionnaires the application knows: the bundled ones and those the user added.

A broken file never stops the others from loading: it is listed in `Catalog.failures` with its
diagnostics. Questionnaires are kept by (id, version); the newest version is the default.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from survey_app import paths, resources
from survey_app.errors import Diagnostic, SurveyError
from survey_app.i18n.core import N_
from survey_app.questionnaire.codes import error
from survey_app.questionnaire.loader import LoadResult, load
from survey_app.questionnaire.model import Position, Questionnaire

_VERSION = re.compile(r"(?P<numbers>[0-9]+(?:\.[0-9]+)*)(?:-(?P<suffix>.*))?")


def version_key(version: str) -> tuple[tuple[int, ...], int, str]:
    """Natural order of versions: 2026.2 < 2026.10 < 2027.1; "2026.1-draft" < "2026.1"."""
    match = _VERSION.fullmatch(version)
    if match is None:
        return (), 0, version
    numbers = tuple(int(n) for n in match["numbers"].split("."))
    suffix = match["suffix"]
    return numbers, 0 if suffix else 1, suffix or ""


@dataclass(frozen=True, slots=True)
class CatalogFailure:
    """A questionnaire file that could not be used, and why."""

    path: Path
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


@dataclass(slots=True)
class Catalog:
    questionnaires: dict[tuple[str, str], Questionnaire] = field(default_factory=dict)
    failures: list[CatalogFailure] = field(default_factory=list)
    #: warnings of files that loaded (path -> diagnostics)
    warnings: dict[Path, list[Diagnostic]] = field(default_factory=dict)
    #: where each questionnaire came from
    sources: dict[tuple[str, str], Path] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] | None = None) -> Catalog:
        """Load every *.yaml of the bundled folder, the user's folder and `extra_dirs` (never raises)."""
        catalog = cls()
        folders: list[Path] = []
        try:
            folders.append(resources.questionnaires_dir())
        except FileNotFoundError as exc:  # a broken installation: say so, keep the user's files usable
            catalog.failures.append(CatalogFailure(Path("questionnaires"), [error("Q001", str(exc), None)]))
        folders += [paths.user_questionnaires_dir(), *(extra_dirs or ())]
        seen: set[Path] = set()
        for folder in folders:
            folder = Path(folder)
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.yaml")):
                resolved = path.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                catalog._take(path, load(path))
        return catalog

    def _take(self, path: Path, result: LoadResult) -> bool:
        q = result.questionnaire
        if q is None:
            self.failures.append(CatalogFailure(path, result.diagnostics))
            return False
        key = (q.id, q.version)
        if key in self.questionnaires:
            clash = error("Q029", f"Questionnaire '{q.id}' version {q.version} is already loaded from "
                                  f"{self.sources[key]}; this copy is ignored.", Position(str(path), 1, 1))
            self.failures.append(CatalogFailure(path, [*result.diagnostics, clash]))
            return False
        self.questionnaires[key] = q
        self.sources[key] = path
        if result.diagnostics:
            self.warnings[path] = result.diagnostics
        return True

    # -- queries --------------------------------------------------------------------------------
    def all(self) -> list[Questionnaire]:
        """Every questionnaire, by id then version (oldest first)."""
        return sorted(self.questionnaires.values(), key=lambda q: (q.id, version_key(q.version)))

    def ids(self) -> list[str]:
        return sorted({qid for qid, _version in self.questionnaires})

    def versions(self, questionnaire_id: str) -> list[str]:
        return sorted((v for qid, v in self.questionnaires if qid == questionnaire_id), key=version_key)

    def has(self, questionnaire_id: str, version: str | None = None) -> bool:
        if version is None:
            return bool(self.versions(questionnaire_id))
        return (questionnaire_id, version) in self.questionnaires

    def get(self, questionnaire_id: str, version: str | None = None) -> Questionnaire:
        """The questionnaire (newest version when `version` is None); SurveyError Q030 if unknown."""
        if version is None:
            versions = self.versions(questionnaire_id)
            if versions:
                return self.questionnaires[(questionnaire_id, versions[-1])]
        elif (questionnaire_id, version) in self.questionnaires:
            return self.questionnaires[(questionnaire_id, version)]
        known = ", ".join(f"{qid} {v}" for qid, v in sorted(self.questionnaires)) or "none"
        wanted = f"'{questionnaire_id}'" + (f" version {version}" if version else "")
        raise SurveyError("Q030", "The questionnaire {wanted} is not installed (installed: {known}).",
                          hint=N_("Add the questionnaire file (it is in the PDF or exchange file you received, "
                               "or ask for it), then try again."), values={"wanted": wanted, "known": known})

    # -- adding a file --------------------------------------------------------------------------
    def add_file(self, path: Path) -> LoadResult:
        """Check a user-chosen file; when it has no errors, copy it into the user's folder and add it.

        Returns the load result (with a Q029 error when that id and version is already installed).
        The copy is written atomically; a failure to write raises SurveyError Q031.
        """
        path = Path(path)
        result = load(path)
        q = result.questionnaire
        if q is None:
            return result
        if (q.id, q.version) in self.questionnaires:
            clash = error("Q029", f"Questionnaire '{q.id}' version {q.version} is already installed.",
                          Position(str(path), 1, 1))
            return LoadResult(None, [*result.diagnostics, clash])
        folder = paths.user_questionnaires_dir()
        target = folder / f"{q.id}-{q.version}.yaml"
        temporary: str | None = None
        try:
            handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
            os.close(handle)
            shutil.copyfile(path, temporary)
            os.replace(temporary, target)
        except OSError as exc:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
            raise SurveyError("Q031", "The questionnaire could not be copied to {folder}: {reason}.",
                              hint=N_("Check there is free space and that the folder can be written to."), values={"folder": folder, "reason": exc.strerror or exc}) from exc
        copied = load(target)
        if copied.questionnaire is None:  # pragma: no cover - the file changed while copying
            target.unlink(missing_ok=True)
            return copied
        self._take(target, copied)
        return copied
