"""`survey-app validate FILE...`: check questionnaire files (and their translations).

Every problem goes to standard error as `file:line:col: error Q012: message` with how to fix it;
one summary line per file goes to standard output. Exit status 1 when any file has an error.
A translation file (`i18n/questionnaires/<id>/<language>.yaml`) can be checked on its own too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from survey_app.errors import Diagnostic
from survey_app.questionnaire.loader import load


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check questionnaire files and their translations",
        description="Check questionnaire YAML files (and their translation files). Problems are printed "
        "to standard error with file:line:col, summaries to standard output; exits 1 on any error.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="questionnaire or translation file, or a folder of them")
    parser.add_argument("--no-translations", action="store_true",
                        help="do not check the translation files of each questionnaire")
    parser.add_argument("--quiet-warnings", action="store_true", help="print errors only")
    parser.set_defaults(run=run)


def _is_translation_file(path: Path) -> bool:
    parents = path.resolve().parts
    return len(parents) >= 4 and parents[-3] == "questionnaires" and parents[-4] == "i18n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _report(diagnostics: list[Diagnostic], *, quiet_warnings: bool) -> tuple[int, int]:
    errors = sum(1 for d in diagnostics if d.is_error)
    for diagnostic in diagnostics:
        if diagnostic.is_error or not quiet_warnings:
            print(diagnostic, file=sys.stderr)
    return errors, len(diagnostics) - errors


def _validate_translation(path: Path, *, quiet_warnings: bool) -> bool:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.questionnaire.translations import load_translation_file, translation_status

    loaded = load_translation_file(path)
    diagnostics = list(loaded.diagnostics)
    questionnaire_id = loaded.questionnaire_id or path.parent.name
    root = path.resolve().parents[3]
    catalog = Catalog.load(extra_dirs=[root / "questionnaires"])
    if not loaded.diagnostics and catalog.has(questionnaire_id):
        q = catalog.get(questionnaire_id)
        diagnostics = translation_status(q, loaded.language or path.stem, path=path).diagnostics
    elif not catalog.has(questionnaire_id):
        from survey_app.questionnaire.codes import error
        from survey_app.questionnaire.model import Position

        diagnostics.append(error("T005", f"No questionnaire '{questionnaire_id}' is installed to check against.",
                                 Position(str(path), 1, 1)))
    errors, warnings = _report(diagnostics, quiet_warnings=quiet_warnings)
    verdict = "ok" if not errors else _plural(errors, "error")
    print(f"{path}: {verdict}, {_plural(warnings, 'warning')} (translation of '{questionnaire_id}')")
    return errors == 0


def _validate_questionnaire(path: Path, *, translations: bool, quiet_warnings: bool) -> bool:
    result = load(path)
    diagnostics = list(result.diagnostics)
    q = result.questionnaire
    if q is not None and translations:
        from survey_app.questionnaire.translations import check_translations

        diagnostics.extend(check_translations(q))
    errors, warnings = _report(diagnostics, quiet_warnings=quiet_warnings)
    if q is not None:
        items = sum(1 for _ in q.items())
        what = f"'{q.id}' version {q.version}, {len(q.parts)} parts, {items} items"
    else:
        what = "not usable"
    verdict = "ok" if not errors else _plural(errors, "error")
    print(f"{path}: {verdict}, {_plural(warnings, 'warning')} ({what})")
    return errors == 0


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the *.yaml files in it."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def run(args: argparse.Namespace) -> int:
    all_ok = True
    for folder in args.files:
        if folder.is_dir() and not any(folder.glob("*.yaml")):
            print(f"{folder}: error Q001: this folder holds no questionnaire (*.yaml) file.", file=sys.stderr)
            all_ok = False
    for path in _expand(args.files):
        if _is_translation_file(path):
            ok = _validate_translation(path, quiet_warnings=args.quiet_warnings)
        else:
            ok = _validate_questionnaire(path, translations=not args.no_translations,
                                         quiet_warnings=args.quiet_warnings)
        all_ok = all_ok and ok
    return 0 if all_ok else 1
