"""The six official UN languages."""

from __future__ import annotations

#: code -> name in the language itself
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

RIGHT_TO_LEFT = frozenset({"ar"})


def is_rtl(language: str) -> bool:
    return language in RIGHT_TO_LEFT
