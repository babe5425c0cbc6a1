"""The six official UN languages: codes, names, writing direction, and matching a system locale."""

from __future__ import annotations

#: code -> name in the language itself (UN order: English alphabetical order of the names)
UN_LANGUAGES: dict[str, str] = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}

#: code -> English name, used for "[Original: ...]" lines and where the English form is expected
ENGLISH_NAMES: dict[str, str] = {
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}

#: the six codes in UN order
LANGUAGE_CODES: tuple[str, ...] = tuple(UN_LANGUAGES)

#: the language of the source texts (code and questionnaires are written in English)
DEFAULT_LANGUAGE = "en"

#: the languages catalogues are translated into (every UN language but the source language)
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE)

RIGHT_TO_LEFT = frozenset({"ar"})

#: Babel/CLDR locale per language. Chinese is Simplified Chinese as used at the UN.
BABEL_LOCALES: dict[str, str] = {
    "ar": "ar",
    "zh": "zh_Hans_CN",
    "en": "en",
    "fr": "fr",
    "ru": "ru",
    "es": "es",
}


def is_rtl(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def is_un_language(language: str) -> bool:
    return language in UN_LANGUAGES


def match_language(tag: str | None) -> str | None:
    """The UN language of a locale tag ("fr_FR", "zh-Hans-CN", "ar_EG.UTF-8", "es-419"), else None."""
    if not tag:
        return None
    primary = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].strip().lower()
    return primary if primary in UN_LANGUAGES else None


def choose_language(preferred: list[str] | tuple[str, ...], *, default: str = DEFAULT_LANGUAGE) -> str:
    """The first of the preferred locale tags that is a UN language; `default` when none is."""
    for tag in preferred:
        language = match_language(tag)
        if language is not None:
            return language
    return default
