"""All questionnaires the application knows: the bundled ones and those the user added.

A broken file never stops the others from loading: it is listed in `Catalog.failures` with its
diagnostics. Files are indexed by their header and read when a questionnaire is asked for.
Questionnaires are kept by (id, version); the newest version is the default.

Questionnaires *received* inside a contribution request (`received/` in the user's questionnaires)
answer only for their exact id and version: they are never listed, never offered for a new response
and never the newest version, so a file that came by mail cannot replace a questionnaire the user
chose (adding one is File › Add a newer questionnaire file…).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from survey_app import limits, paths, resources
from survey_app.errors import Diagnostic, SurveyError
from survey_app.i18n.core import N_
from survey_app.questionnaire.codes import error
from survey_app.questionnaire.loader import LoadResult, load
from survey_app.questionnaire.yamlnodes import read_file, read_header
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


#: a questionnaire's header (`questionnaire: id, version`) is looked for in this much of the file;
#: a file whose header is further down is read in full, when every file is read or one is missing
HEADER_BYTES = 64 * 1024

#: (path, size limit) of a file to read later
_Source = tuple[Path, int]


@dataclass(slots=True)
class Catalog:
    """Questionnaires by (id, version), read when first needed.

    Opening the catalog reads only the header (`questionnaire: id, version`) at the start of each
    file, so a command that needs one questionnaire validates that one alone: a large or broken file
    in the user's folder costs nothing until it is asked for. `all()`, `ids()`, `failures` and
    `warnings` read every file (the start screen and the new-response dialog show them all), and so
    does asking for a questionnaire that no header names (a header the loader reads differently).
    """

    questionnaires: dict[tuple[str, str], Questionnaire] = field(default_factory=dict)
    #: where each questionnaire came from (read, or the first file indexed under it)
    sources: dict[tuple[str, str], Path] = field(default_factory=dict)
    _failures: list[CatalogFailure] = field(default_factory=list)
    _warnings: dict[Path, list[Diagnostic]] = field(default_factory=dict)
    #: files indexed by their header and not read yet, by (id, version), in folder order
    _pending: dict[tuple[str, str], list[_Source]] = field(default_factory=dict)
    #: files whose header is not at their start, not read yet
    _unindexed: list[_Source] = field(default_factory=list)
    #: (id, version) of questionnaires read from the received folder: found only when asked for exactly
    received: set[tuple[str, str]] = field(default_factory=set)
    _received_paths: set[Path] = field(default_factory=set)

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] | None = None) -> Catalog:
        """Index every *.yaml of the bundled folder, the user's folder and `extra_dirs` (never raises)."""
        catalog = cls()
        folders: list[tuple[Path, int]] = []
        try:
            folders.append((resources.questionnaires_dir(), limits.QUESTIONNAIRE_FILE_BYTES))
        except FileNotFoundError as exc:  # a broken installation: say so, keep the user's files usable
            catalog._failures.append(CatalogFailure(Path("questionnaires"), [error("Q001", str(exc), None)]))
        folders += [(Path(folder), limits.USER_QUESTIONNAIRE_FILE_BYTES)
                    for folder in (paths.user_questionnaires_dir(), *(extra_dirs or ()))]
        received = received_dir()
        folders.append((received, limits.USER_QUESTIONNAIRE_FILE_BYTES))
        seen: set[Path] = set()
        for folder, limit in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.yaml")):
                if folder == received:
                    catalog._received_paths.add(path)
                try:
                    resolved = path.resolve(strict=True)
                except (OSError, RuntimeError):  # a dangling link or a loop of links: read_file says which
                    catalog._index(path, limit)
                    continue
                if resolved in seen:
                    continue
                seen.add(resolved)
                catalog._index(path, limit)
        return catalog

    def _index(self, path: Path, limit: int) -> None:
        start, diagnostics = read_file(path, code_unreadable="Q001", limit=limit, prefix=HEADER_BYTES)
        if start is None:  # not a file, too large, unreadable: known now, without reading it
            self._failures.append(CatalogFailure(path, diagnostics))
            return
        key = read_header(start)
        if key is None:
            self._unindexed.append((path, limit))
            return
        self._pending.setdefault(key, []).append((path, limit))
        self.sources.setdefault(key, path)

    def _read(self, key: tuple[str, str]) -> None:
        """Read and check the files indexed under `key`: the first good one is kept, a later one is
        a duplicate (Q029), a broken one leaves the place to the next."""
        for path, limit in self._pending.pop(key, ()):
            if key in self.questionnaires:
                self._failures.append(CatalogFailure(path, [self._duplicate(key, path)]))
                continue
            if self.sources.get(key) == path:
                del self.sources[key]
            self._take(path, load(path, limit=limit))

    def _read_id(self, questionnaire_id: str) -> None:
        """Read every file that may hold a version of this questionnaire: those whose header names
        it, and those whose header could not be found (any of them may be its newest version)."""
        for key in [key for key in self._pending if key[0] == questionnaire_id]:
            self._read(key)
        self._read_unindexed()

    def _read_unindexed(self) -> None:
        while self._unindexed:
            path, limit = self._unindexed.pop(0)
            self._take(path, load(path, limit=limit))

    def _read_all(self) -> None:
        for key in list(self._pending):
            self._read(key)
        self._read_unindexed()

    def _duplicate(self, key: tuple[str, str], path: Path) -> Diagnostic:
        return error("Q029", f"Questionnaire '{key[0]}' version {key[1]} is already loaded from "
                             f"{self.sources[key]}; this copy is ignored.", Position(str(path), 1, 1))

    def _take(self, path: Path, result: LoadResult) -> bool:
        q = result.questionnaire
        if q is None:
            self._failures.append(CatalogFailure(path, result.diagnostics))
            return False
        key = (q.id, q.version)
        if key in self.questionnaires:
            self._failures.append(CatalogFailure(path, [*result.diagnostics, self._duplicate(key, path)]))
            return False
        self.questionnaires[key] = q
        self.sources[key] = path
        if path in self._received_paths:
            self.received.add(key)
        if result.diagnostics:
            self._warnings[path] = result.diagnostics
        return True

    # -- queries --------------------------------------------------------------------------------
    @property
    def failures(self) -> list[CatalogFailure]:
        """Every file that could not be used (reads every file not read yet)."""
        self._read_all()
        return self._failures

    @property
    def warnings(self) -> dict[Path, list[Diagnostic]]:
        """Warnings of files that loaded, by path (reads every file not read yet)."""
        self._read_all()
        return self._warnings

    def all(self) -> list[Questionnaire]:
        """Every questionnaire, by id then version (oldest first)."""
        self._read_all()
        return sorted((q for key, q in self.questionnaires.items() if key not in self.received),
                      key=lambda q: (q.id, version_key(q.version)))

    def ids(self) -> list[str]:
        self._read_all()
        return sorted({qid for qid, _version in self.questionnaires if (qid, _version) not in self.received})

    def versions(self, questionnaire_id: str) -> list[str]:
        self._read_id(questionnaire_id)
        if not self._known(questionnaire_id) and self._pending:
            self._read_all()  # no header names it: it may be in a file whose header reads differently
        return sorted((v for qid, v in self.questionnaires if qid == questionnaire_id
                       and (qid, v) not in self.received), key=version_key)

    def has(self, questionnaire_id: str, version: str | None = None) -> bool:
        if version is None:
            return bool(self.versions(questionnaire_id))
        key = (questionnaire_id, version)
        self._read(key)
        if key not in self.questionnaires:
            self._read_id(questionnaire_id)
        if key not in self.questionnaires and self._pending:
            self._read_all()
        return key in self.questionnaires

    def _known(self, questionnaire_id: str) -> bool:
        return any(qid == questionnaire_id for qid, _version in self.questionnaires)

    def get(self, questionnaire_id: str, version: str | None = None) -> Questionnaire:
        """The questionnaire (newest version when `version` is None); SurveyError Q030 if unknown."""
        if version is None:
            versions = self.versions(questionnaire_id)
            if versions:
                return self.questionnaires[(questionnaire_id, versions[-1])]
        elif self.has(questionnaire_id, version):
            return self.questionnaires[(questionnaire_id, version)]
        known = ", ".join(f"{qid} {v}" for qid, v in sorted(self.questionnaires)) or "none"
        wanted = f"'{questionnaire_id}'" + (f" version {version}" if version else "")
        raise SurveyError("Q030", "The questionnaire {wanted} is not installed (installed: {known}).",
                          hint=N_("Add the questionnaire file (it is in the PDF or exchange file you received, "
                               "or ask for it), then try again."), values={"wanted": wanted, "known": known})

    # -- questionnaires received in a contribution request ----------------------------------------
    def install_received(self, data: bytes, questionnaire: Questionnaire) -> Questionnaire:
        """Keep a questionnaire that came inside a request (checked already, as `data`) in the
        received folder, found from now on for its exact id and version only."""
        key = (questionnaire.id, questionnaire.version)
        if self.has(*key):
            return self.questionnaires[key]
        folder = received_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{_file_safe(questionnaire.id)}-{_file_safe(questionnaire.version)}.yaml"
        _copy(data, target)
        self._received_paths.add(target)
        copied = load(target, limit=limits.USER_QUESTIONNAIRE_FILE_BYTES)
        if copied.questionnaire is None or (copied.questionnaire.id, copied.questionnaire.version) != key:
            target.unlink(missing_ok=True)  # pragma: no cover - the file changed while copying
            raise SurveyError("Q031", "The questionnaire could not be copied to {folder}: {reason}.",
                              values={"folder": folder, "reason": "changed while copying"})
        self._take(target, copied)
        return copied.questionnaire

    # -- adding a file --------------------------------------------------------------------------
    def add_file(self, path: Path) -> LoadResult:
        """Check a user-chosen file; when it has no errors, copy it into the user's folder and add it.

        Returns the load result (with a Q029 error when that id and version is already installed).
        The copy is written atomically; a failure to write raises SurveyError Q031.
        """
        path = Path(path)
        data, diagnostics = read_file(path, code_unreadable="Q001", limit=limits.USER_QUESTIONNAIRE_FILE_BYTES)
        if data is None:
            return LoadResult(None, diagnostics)
        result = load(path, data=data)  # these bytes are checked, and these bytes are copied
        q = result.questionnaire
        if q is None:
            return result
        if self.has(q.id, q.version):
            clash = error("Q029", f"Questionnaire '{q.id}' version {q.version} is already installed.",
                          Position(str(path), 1, 1))
            return LoadResult(None, [*result.diagnostics, clash])
        folder = paths.user_questionnaires_dir()
        target = folder / f"{q.id}-{q.version}.yaml"
        _copy(data, target)
        copied = load(target, limit=limits.USER_QUESTIONNAIRE_FILE_BYTES)
        if copied.questionnaire is None:  # pragma: no cover - the file changed while copying
            target.unlink(missing_ok=True)
            return copied
        self._take(target, copied)
        return copied


def received_dir() -> Path:
    """Questionnaires that came inside contribution requests (see the module's docstring)."""
    return paths.user_questionnaires_dir() / "received"


def _file_safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:80] or "questionnaire"


def _copy(data: bytes, target: Path) -> None:
    """Write a checked questionnaire's bytes to `target` whole or not at all (Q031 when it cannot be)."""
    folder = target.parent
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as copy:
            copy.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise SurveyError("Q031", "The questionnaire could not be copied to {folder}: {reason}.",
                          hint=N_("Check there is free space and that the folder can be written to."),
                          values={"folder": folder, "reason": exc.strerror or exc}) from exc
