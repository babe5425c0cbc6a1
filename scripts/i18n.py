#!/usr/bin/env python3
"""Maintain the translation catalogues of the application (not the questionnaire texts).

    python scripts/i18n.py extract   # core strings of survey_app/ (without gui/) -> i18n/core/survey_app.pot
    python scripts/i18n.py update    # .pot -> i18n/core/<lang>/LC_MESSAGES/survey_app.po
                                     # and survey_app/gui/*.py -> i18n/qt/survey_app_<lang>.ts (pyside6-lupdate)
    python scripts/i18n.py compile   # .po -> .mo (Babel) and .ts -> .qm (pyside6-lrelease)
    python scripts/i18n.py all       # the three above, in order
    python scripts/i18n.py check     # exit 1 when a committed .mo/.qm is older than its source

Core catalogues use Babel's Python API (babel.messages); Qt catalogues use the PySide6 tools found
next to the Python running this script (or on PATH). See docs/translating.md.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from survey_app import __version__  # noqa: E402
from survey_app.i18n.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES  # noqa: E402

PACKAGE = ROOT / "survey_app"
CORE_DIR = ROOT / "i18n" / "core"
QT_DIR = ROOT / "i18n" / "qt"
DOMAIN = "survey_app"
POT = CORE_DIR / f"{DOMAIN}.pot"
COMMENT_TAGS = ("TRANSLATORS:",)
# the GUI is translated by Qt (self.tr); everything else in survey_app/ by gettext
METHOD_MAP = [("gui/**", "ignore"), ("**.py", "python")]
#: Qt Linguist's language names for the targets (Chinese: Simplified, as used at the UN)
QT_TARGETS = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}


def po_path(language: str) -> Path:
    return CORE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def ts_path(language: str) -> Path:
    return QT_DIR / f"{DOMAIN}_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


# -- core (gettext) ------------------------------------------------------------------------------


def extract_core() -> Catalog:
    """Every `_()`, `N_()`, `ngettext()`, `pgettext()` string of survey_app/ outside gui/."""
    template = Catalog(
        project="survey-app",
        version=__version__,
        msgid_bugs_address="",
        copyright_holder="survey-app contributors",
        charset="utf-8",
        fuzzy=False,
    )
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map=METHOD_MAP, keywords=DEFAULT_KEYWORDS, comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        location = (f"survey_app/{Path(filename).as_posix()}", lineno)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def write_catalog(catalog: Catalog, path: Path, **options: object) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_by_file=True, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def _messages_of(catalog: Catalog) -> list[tuple]:
    return [(m.id, m.context, tuple(m.locations), tuple(m.auto_comments)) for m in catalog if m.id]


def extract() -> Catalog:
    template = extract_core()
    if POT.exists():  # keep the old date when nothing changed, so the .po files do not churn
        with POT.open("rb") as handle:
            previous = read_po(handle)
        if _messages_of(previous) == _messages_of(template):
            template.creation_date = previous.creation_date
    write_catalog(template, POT, omit_header=False)
    print(f"extracted {len(template)} core messages -> {POT.relative_to(ROOT)}")
    return template


#: GNU gettext's Arabic rule (also Qt's and Weblate's): 3-10 "few", 11-99 "many", 100-102 "other".
#: Babel's own rule numbers the last two forms the other way round; one convention avoids mistakes.
PLURAL_FORMS = {
    "ar": (6, "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)"),
}


def read_catalog(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=_babel_locale(language), domain=DOMAIN)
    _set_plural_forms(catalog, language)
    return catalog


def _set_plural_forms(catalog: Catalog, language: str) -> None:
    if language in PLURAL_FORMS:
        catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS[language]  # Babel has no public setter


def _babel_locale(language: str) -> Locale:
    return Locale.parse(language)


def update_core() -> None:
    with POT.open("rb") as handle:
        template = read_po(handle)
    for language in LANGUAGE_CODES:
        path = po_path(language)
        if path.exists():
            catalog = read_catalog(path, language)
        else:
            catalog = Catalog(locale=_babel_locale(language), domain=DOMAIN, project="survey-app",
                              copyright_holder="survey-app contributors", fuzzy=False)
            catalog.language_team = f"{language} <survey-app translators>"
            catalog.last_translator = "survey-app translators"
            _set_plural_forms(catalog, language)
        catalog.update(template, update_header_comment=False)
        catalog.revision_date = datetime(2026, 1, 1, tzinfo=timezone.utc)
        # obsolete entries are dropped: a changed message keeps its old translation as fuzzy instead
        write_catalog(catalog, path, ignore_obsolete=True)
        untranslated = sum(1 for m in catalog if m.id and not _is_translated(m)) if language != DEFAULT_LANGUAGE else 0
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {untranslated} to translate")


def _is_translated(message: object) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings) and not message.fuzzy


def compiled_mo(language: str) -> bytes:
    """The .mo bytes compiled from the committed .po (fuzzy entries left out)."""
    buffer = io.BytesIO()
    write_mo(buffer, read_catalog(po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def compile_core() -> None:
    for language in LANGUAGE_CODES:
        if not po_path(language).exists():
            continue
        data = compiled_mo(language)
        if not mo_path(language).exists() or mo_path(language).read_bytes() != data:
            mo_path(language).write_bytes(data)
        print(f"compiled {mo_path(language).relative_to(ROOT)}")


# -- Qt (Linguist) -------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def gui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (PACKAGE / "gui").rglob("*.py"))


def update_qt() -> None:
    QT_DIR.mkdir(parents=True, exist_ok=True)
    sources = gui_sources()
    for language in LANGUAGE_CODES:
        command = [qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "relative",
                   "-source-language", "en", "-target-language", QT_TARGETS[language]]
        if language == DEFAULT_LANGUAGE:
            command.append("-pluralonly")  # English needs only the plural forms of "%n ..."
        command += ["-ts", str(ts_path(language).relative_to(ROOT))]
        subprocess.run(command, cwd=ROOT, check=True)


def compile_qt() -> None:
    for language in LANGUAGE_CODES:
        if ts_path(language).exists():
            subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_path(language)),
                            "-qm", str(qm_path(language))], cwd=ROOT, check=True)
            print(f"compiled {qm_path(language).relative_to(ROOT)}")


# -- checks ----------------------------------------------------------------------------------------


def stale_compiled() -> list[str]:
    """Compiled catalogues that do not match their source (.mo byte for byte, .qm by date)."""
    problems = []
    for language in LANGUAGE_CODES:
        if po_path(language).exists() and (not mo_path(language).exists()
                                           or mo_path(language).read_bytes() != compiled_mo(language)):
            problems.append(str(mo_path(language).relative_to(ROOT)))
        if ts_path(language).exists() and not qm_path(language).exists():
            problems.append(str(qm_path(language).relative_to(ROOT)))
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
