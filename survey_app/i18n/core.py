"""Translation of the core's fixed wording (PDF labels, command messages) without Qt.

Use: `_ = translator(language)` then `_("No answer provided")`; for counts
`_.ngettext("{n} answer", "{n} answers", n).format(n=n)`. Strings are marked in the source with
`_()` / `ngettext()` (or `N_()` for module-level constants, translated later with `_(CONSTANT)`) so
Babel can extract them into `i18n/core/` (see `scripts/i18n.py` and docs/translating.md).

Catalogues: `i18n/core/<language>/LC_MESSAGES/survey_app.mo`, found through
`survey_app.resources.i18n_dir()` so the same code works from a checkout, a wheel and a bundle.
A language without a catalogue, or a message without a translation, falls back to English.
"""

from __future__ import annotations

import functools
import gettext
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from survey_app import resources
from survey_app.i18n.languages import DEFAULT_LANGUAGE, UN_LANGUAGES, choose_language

log = logging.getLogger(__name__)

#: gettext domain of the core catalogues
DOMAIN = "survey_app"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def catalogue_dir() -> Path:
    """Folder holding `<language>/LC_MESSAGES/survey_app.po|mo`."""
    return resources.i18n_dir() / "core"


class CoreTranslator:
    """A gettext function bound to one language: `_("text")`, `_.ngettext(s, p, n)`, `_.language`."""

    __slots__ = ("language", "_translations")

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    def __call__(self, message: str) -> str:
        return self._translations.gettext(message)

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of a counted message for `n` (Arabic has six forms, Russian three, Chinese one)."""
        return self._translations.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """A message that needs a context to be translated unambiguously (e.g. "State" the country)."""
        return self._translations.pgettext(context, message)

    def __repr__(self) -> str:
        return f"CoreTranslator({self.language!r})"


@functools.cache
def translator(language: str) -> CoreTranslator:
    """The gettext function for `language`; falls back to the English text."""
    if language not in UN_LANGUAGES:
        log.warning("no interface language %r; using English", language)
        language = DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE:
        return CoreTranslator(language, gettext.NullTranslations())
    translations = gettext.translation(DOMAIN, str(catalogue_dir()), languages=[language], fallback=True)
    if type(translations) is gettext.NullTranslations:
        log.warning("the %s catalogue is missing from %s; using English", language, catalogue_dir())
    return CoreTranslator(language, translations)


def command_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the headless commands' messages: SURVEY_APP_LANGUAGE, else the locale of the
    environment (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE as gettext reads them), restricted to the
    six UN languages; English otherwise (also for the C/POSIX locale)."""
    environ = os.environ if environ is None else environ
    wanted = [environ.get("SURVEY_APP_LANGUAGE", "")]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            wanted.append(environ[name])
            break
    wanted += environ.get("LANGUAGE", "").split(":")
    tags = [tag.split(".")[0].split("@")[0] for tag in wanted if tag and tag.split(".")[0] not in ("C", "POSIX")]
    return choose_language(tags)


def command_translator() -> CoreTranslator:
    """The gettext function for the headless commands' messages (`command_language()`)."""
    return translator(command_language())


def reload_catalogues() -> None:
    """Forget loaded catalogues (after `scripts/i18n.py compile`, or in tests)."""
    translator.cache_clear()
