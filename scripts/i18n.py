#!/usr/bin/env python3
"""Maintain the translation catalogues of the application (not the questionnaire texts).

    python scripts/i18n.py extract   # core strings of survey_app/ (without gui/) -> i18n/core/survey_app.pot
    python scripts/i18n.py update    # .pot -> i18n/core/<lang>/LC_MESSAGES/survey_app.po
                                     # and survey_app/gui/**.py -> i18n/qt/survey_app_<lang>.ts (pyside6-lupdate)
    python scripts/i18n.py compile   # .po -> .mo (Babel) and .ts -> .qm (pyside6-lrelease)
    python scripts/i18n.py all       # the three above, in order
    python scripts/i18n.py check     # exit 1 when a committed .mo differs from its .po, or a .qm is missing

Core catalogues use Babel's Python API (babel.messages); Qt catalogues use the PySide6 tools found
next to the Python running this script (or on PATH). See docs/translating.md.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from survey_app.i18n import catalogues  # noqa: E402
from survey_app.i18n.catalogues import (  # noqa: E402
    DOMAIN,
    QT_TARGETS,
    compiled_mo,
    mo_is_current,
    is_translated,
    mo_path,
    po_path,
    pot_path,
    qm_path,
    read_catalog,
    set_plural_forms,
    ts_path,
)
from survey_app.i18n.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES  # noqa: E402

#: a fixed revision date: the .po files then change only when their messages do
REVISION_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def write_catalog(catalog: Catalog, path: Path, **options: object) -> None:
    buffer = io.BytesIO()
    # file names without line numbers: the catalogues then change only when a message does
    write_po(buffer, catalog, width=100, sort_by_file=True, include_lineno=False, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def _messages_of(catalog: Catalog) -> list[tuple]:
    found = [(m.id, m.context, tuple(sorted({path for path, _line in m.locations})), tuple(m.auto_comments))
             for m in catalog if m.id]
    return sorted(found, key=repr)


def extract() -> Catalog:
    template = catalogues.extract_core()
    if pot_path().exists():  # keep the old date when nothing changed, so the .po files do not churn
        with pot_path().open("rb") as handle:
            previous = read_po(handle)
        if _messages_of(previous) == _messages_of(template):
            template.creation_date = previous.creation_date
    write_catalog(template, pot_path(), omit_header=False)
    print(f"extracted {len(template)} core messages -> {_relative(pot_path())}")
    return template


def update_core() -> None:
    with pot_path().open("rb") as handle:
        template = read_po(handle)
    for language in LANGUAGE_CODES:
        path = po_path(language)
        if path.exists():
            catalog = read_catalog(path, language)
        else:
            catalog = Catalog(locale=Locale.parse(language), domain=DOMAIN, project="survey-app",
                              copyright_holder="survey-app contributors", fuzzy=False)
            catalog.language_team = f"{language} <survey-app translators>"
            catalog.last_translator = "survey-app translators"
            set_plural_forms(catalog, language)
        catalog.update(template, update_header_comment=False)
        catalog.revision_date = REVISION_DATE
        catalog.project, catalog.version = "survey-app", template.version
        # obsolete entries are dropped: a changed message keeps its old translation as fuzzy instead
        write_catalog(catalog, path, ignore_obsolete=True)
        todo = 0 if language == DEFAULT_LANGUAGE else sum(1 for m in catalog if m.id and not is_translated(m))
        print(f"{_relative(path)}: {len(catalog)} messages, {todo} to translate")


def compile_core() -> None:
    for language in LANGUAGE_CODES:
        if not po_path(language).exists():
            continue
        data = compiled_mo(language)
        if not mo_path(language).exists() or mo_path(language).read_bytes() != data:
            mo_path(language).write_bytes(data)
        print(f"compiled {_relative(mo_path(language))}")


def _tool(name: str) -> str:
    found = catalogues.qt_tool(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def update_qt() -> None:
    ts_path("en").parent.mkdir(parents=True, exist_ok=True)
    sources = [_relative(path) for path in catalogues.gui_sources()]
    for language in LANGUAGE_CODES:
        command = [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "relative",
                   "-source-language", "en", "-target-language", QT_TARGETS[language]]
        if language == DEFAULT_LANGUAGE:
            command.append("-pluralonly")  # English needs only the plural forms of "%n ..."
        command += ["-ts", _relative(ts_path(language))]
        subprocess.run(command, cwd=ROOT, check=True)


def compile_qt() -> None:
    for language in LANGUAGE_CODES:
        if ts_path(language).exists():
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(language)),
                            "-qm", str(qm_path(language))], cwd=ROOT, check=True)
            print(f"compiled {_relative(qm_path(language))}")


def stale_compiled() -> list[str]:
    """Compiled catalogues that do not match their source (.mo message for message, .qm present)."""
    problems = []
    for language in LANGUAGE_CODES:
        if po_path(language).exists() and not mo_is_current(language):
            problems.append(_relative(mo_path(language)))
        if ts_path(language).exists() and not qm_path(language).exists():
            problems.append(_relative(qm_path(language)))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["extract", "update", "compile", "all", "check"])
    parser.add_argument("--core-only", action="store_true", help="leave the Qt catalogues alone")
    args = parser.parse_args(argv)
    if args.action in ("extract", "all"):
        extract()
    if args.action in ("update", "all"):
        update_core()
        if not args.core_only:
            update_qt()
    if args.action in ("compile", "all"):
        compile_core()
        if not args.core_only:
            compile_qt()
    if args.action == "check":
        problems = stale_compiled()
        for problem in problems:
            print(f"out of date: {problem} (run: python scripts/i18n.py compile)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
