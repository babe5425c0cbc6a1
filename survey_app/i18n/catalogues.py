"""The application's own catalogues on disk: paths, extraction, compilation and completeness.

Core strings: gettext `.po`/`.mo` in `i18n/core/<lang>/LC_MESSAGES/survey_app.*`, extracted from
`survey_app/` (without `gui/`) with Babel. Interface strings: Qt Linguist `.ts`/`.qm` in
`i18n/qt/survey_app_<lang>.*`, extracted from `survey_app/gui/` by `pyside6-lupdate`.
`scripts/i18n.py` maintains them; `survey-app i18n-status` and the tests report their state.
No Qt here: the `.ts` files are read as XML and the Qt tools run as programs.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from survey_app import __version__, resources
from survey_app.i18n.languages import DEFAULT_LANGUAGE

DOMAIN = "survey_app"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
COMMENT_TAGS = ("TRANSLATORS:",)
#: the GUI is translated by Qt (self.tr); everything else in survey_app/ by gettext
METHOD_MAP = [("gui/**", "ignore"), ("**.py", "python")]
#: Babel keywords: the gettext functions, plus helpers whose literal argument is a message that is
#: translated later with `_()` (questionnaire/values.py: `_invalid("Enter text.")` becomes a
#: SurveyError whose message check_value translates; `_range_text(item, "a whole number", _)`).
#: Error messages: `SurveyError(code, "template", values=...)` and the catalogue's fixes,
#: `register(code, title, "how to fix")`, are translated where they are shown (Diagnostic.localized).
KEYWORDS = {**DEFAULT_KEYWORDS, "_invalid": None, "_range_text": (2,), "SurveyError": (2,), "register": (3,)}
#: Qt Linguist's language per UN language (Chinese: Simplified, as used at the UN)
QT_TARGETS = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
#: GNU gettext's Arabic rule (also Qt's and Weblate's): 3-10 "few", 11-99 "many", 100-102 "other".
#: Babel's own rule numbers the last two forms the other way round; one convention avoids mistakes.
PLURAL_FORMS = {
    "ar": (6, "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)"),
}


# -- where --------------------------------------------------------------------------------------
def core_dir() -> Path:
    return resources.i18n_dir() / "core"


def qt_dir() -> Path:
    return resources.i18n_dir() / "qt"


def pot_path() -> Path:
    return core_dir() / f"{DOMAIN}.pot"


def po_path(language: str) -> Path:
    return core_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def ts_path(language: str) -> Path:
    return qt_dir() / f"{DOMAIN}_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def sources_available() -> bool:
    """True when running from a checkout, where the Python sources can be extracted again."""
    return (PACKAGE_DIR.parent / "pyproject.toml").is_file() and (PACKAGE_DIR / "gui").is_dir()


# -- core catalogues ----------------------------------------------------------------------------
def set_plural_forms(catalog: Catalog, language: str) -> None:
    if language in PLURAL_FORMS:
        catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS[language]  # Babel has no public setter


def read_catalog(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=Locale.parse(language) if language else None, domain=DOMAIN)
    if language:
        set_plural_forms(catalog, language)
    return catalog


def extract_core(package_dir: Path = PACKAGE_DIR) -> Catalog:
    """Every `_()`, `N_()`, `ngettext()`, `pgettext()` string of survey_app/ outside gui/."""
    template = Catalog(project="survey-app", version=__version__, copyright_holder="survey-app contributors",
                       msgid_bugs_address="", charset="utf-8", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(package_dir), method_map=METHOD_MAP, keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        location = (f"{package_dir.name}/{Path(filename).as_posix()}", lineno)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def compiled_mo(language: str, *, po: Path | None = None) -> bytes:
    """The .mo bytes compiled from a .po (fuzzy entries left out, as gettext would ignore them)."""
    buffer = io.BytesIO()
    write_mo(buffer, read_catalog(po or po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def mo_messages(mo: bytes) -> dict[object, str]:
    """The messages of compiled .mo bytes, the header without the Babel version that compiled it."""
    import gettext

    messages = dict(gettext.GNUTranslations(io.BytesIO(mo))._catalog)  # noqa: SLF001 - the parsed table
    messages[""] = re.sub(r"Generated-By: [^\n]*\n", "", str(messages.get("", "")))
    return messages


def mo_is_current(language: str) -> bool:
    """Whether the committed .mo holds what its .po compiles to (whichever Babel compiled it)."""
    path = mo_path(language)
    return path.is_file() and mo_messages(path.read_bytes()) == mo_messages(compiled_mo(language))


def is_translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    return bool(strings) and all(strings) and not message.fuzzy


def _message_key(message: Message) -> tuple[str, str | None]:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return msgid, message.context


# -- status -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Problem:
    """One string that is not translated, or not translated from the current source text."""

    #: missing | fuzzy | obsolete | unfinished | not in catalogue | no longer in the source
    kind: str
    text: str
    context: str = ""


@dataclass(slots=True)
class CatalogueStatus:
    """Completeness of one catalogue (interface or core) for one language."""

    kind: str
    language: str
    path: Path
    total: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems

    @property
    def translated(self) -> int:
        open_texts = {(p.text, p.context) for p in self.problems if p.kind != "no longer in the source"}
        return max(0, self.total - len(open_texts))


def core_status(language: str, *, template: Catalog | None = None) -> CatalogueStatus:
    """Untranslated, fuzzy and obsolete messages of the core catalogue of `language`.

    `template` (the freshly extracted or the .pot catalogue) also reveals messages the source has
    but the catalogue lacks ("run scripts/i18n.py update") and messages the source no longer has.
    """
    path = po_path(language)
    status = CatalogueStatus("core", language, path)
    if not path.is_file():
        status.total = len([m for m in template if m.id]) if template is not None else 0
        status.problems.append(Problem("missing", f"no catalogue file {path.name}"))
        return status
    catalog = read_catalog(path, language)
    messages = [m for m in catalog if m.id]
    status.total = len(messages)
    needs_translation = language != DEFAULT_LANGUAGE
    for message in messages:
        msgid, context = _message_key(message)
        if message.fuzzy:
            status.problems.append(Problem("fuzzy", msgid, context or ""))
        elif needs_translation and not is_translated(message):
            status.problems.append(Problem("missing", msgid, context or ""))
    for message in catalog.obsolete.values():
        msgid, context = _message_key(message)
        status.problems.append(Problem("obsolete", msgid, context or ""))
    if template is not None:
        have = {_message_key(m) for m in messages}
        wanted = {_message_key(m) for m in template if m.id}
        for msgid, context in sorted(wanted - have, key=lambda k: k[0]):
            status.problems.append(Problem("not in catalogue", msgid, context or ""))
        for msgid, context in sorted(have - wanted, key=lambda k: k[0]):
            status.problems.append(Problem("no longer in the source", msgid, context or ""))
        status.total = len(wanted)
    return status


def core_template() -> Catalog | None:
    """The current list of core messages: extracted now from a checkout, else the shipped .pot."""
    if sources_available():
        return extract_core()
    if pot_path().is_file():
        return read_catalog(pot_path())
    return None


def qt_tool(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    return shutil.which(name)


def gui_sources(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted((package_dir / "gui").rglob("*.py"))


def qt_source_texts() -> set[tuple[str, str]] | None:
    """(context, source) of every tr() string of survey_app/gui/ now, via pyside6-lupdate; None if unknown."""
    tool = qt_tool("pyside6-lupdate")
    if tool is None or not sources_available():
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "current.ts"
        subprocess.run([tool, *map(str, gui_sources()), "-no-obsolete", "-locations", "none", "-ts", str(out)],
                       check=True, capture_output=True)
        return {(context, source) for context, source, _m in _ts_messages(out)}


def _ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()  # our own file, written by lupdate
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def qt_status(language: str, *, current: set[tuple[str, str]] | None = None) -> CatalogueStatus:
    """Unfinished, empty, vanished and obsolete messages of the interface catalogue of `language`.

    English keeps only the plural ("%n") messages (lupdate -pluralonly): other English texts are
    the source itself. `current` (from `qt_source_texts()`) reveals texts not yet in the catalogue.
    """
    path = ts_path(language)
    status = CatalogueStatus("interface", language, path)
    if not path.is_file():
        status.problems.append(Problem("missing", f"no catalogue file {path.name}"))
        return status
    have: set[tuple[str, str]] = set()
    for context, source, message in _ts_messages(path):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            status.problems.append(Problem("obsolete", source, context))
            continue
        have.add((context, source))
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text]
        if kind == "unfinished":
            status.problems.append(Problem("unfinished", source, context))
        elif not forms or not all(forms):
            status.problems.append(Problem("missing", source, context))
    status.total = len(have)
    if current is not None:
        if language == DEFAULT_LANGUAGE:  # only plural messages are kept for English
            plural = {(c, s) for c, s in current if "%n" in s}
            missing_here = plural - have
        else:
            missing_here = current - have
        for context, source in sorted(missing_here):
            status.problems.append(Problem("not in catalogue", source, context))
        for context, source in sorted(have - current):
            status.problems.append(Problem("no longer in the source", source, context))
        status.total = len(current) if language != DEFAULT_LANGUAGE else status.total
    return status
