"""Numbers and dates shown in the interface language; stored values stay language independent.

Stored forms (see `survey_app.questionnaire.model`): integers as int, decimals as canonical text
("12.5"), dates as ISO text ("2026-03-05"). These functions only turn them into text for people and
read what people type back into the stored form.

Digits: every language, Arabic included, is shown with Latin digits (0-9). CLDR's `ar` locale uses
them by default now, most ministries of foreign affairs of the Arab States use them in official
correspondence, and UN Arabic documents do too; the numbers then read the same in every language of a
response. Arabic-Indic digits typed by a user (٠١٢٣٤٥٦٧٨٩, and Persian ۰-۹) are still understood by
`parse_decimal`. See docs/translating.md.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal

from babel import dates as babel_dates
from babel import numbers as babel_numbers

from survey_app.i18n.languages import BABEL_LOCALES, DEFAULT_LANGUAGE

#: numbering system used for every language (see the module docstring)
NUMBERING_SYSTEM = "latn"

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",  # Arabic-Indic and extended (Persian) digits, Arabic decimal and group marks
    "01234567890123456789.,",
)


def babel_locale(language: str) -> str:
    """The CLDR locale for a UN language code (English for anything else)."""
    return BABEL_LOCALES.get(language, BABEL_LOCALES[DEFAULT_LANGUAGE])


def format_number(value: int | float | Decimal | str, language: str) -> str:
    """`1234567.5` -> "1 234 567,5" (fr), "1,234,567.5" (en, ar, zh). A string is a stored decimal."""
    number = Decimal(value) if isinstance(value, str) else value
    return babel_numbers.format_decimal(
        number, locale=babel_locale(language), numbering_system=NUMBERING_SYSTEM, decimal_quantization=False
    )


def format_percent(fraction: float, language: str) -> str:
    """0.42 -> "42 %" (fr), "42%" (en)."""
    return babel_numbers.format_percent(fraction, locale=babel_locale(language), numbering_system=NUMBERING_SYSTEM)


def parse_decimal(text: str, language: str) -> Decimal:
    """What a user typed ("1 234,5" in French, "١٢٫٥" in Arabic) -> Decimal; ValueError if not a number."""
    cleaned = text.strip().translate(_DIGITS).replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned or len(cleaned) > 100:
        raise ValueError(f"not a number: {text[:40]!r}")
    for candidate in (cleaned, cleaned.replace(" ", "")):
        try:
            value = babel_numbers.parse_decimal(candidate, locale=babel_locale(language), strict=True)
        except (babel_numbers.NumberFormatError, decimal.InvalidOperation):
            try:  # the language-independent form is always accepted ("12.5")
                value = Decimal(candidate)
            except decimal.InvalidOperation:
                continue
        if value.is_finite():
            return value
    raise ValueError(f"not a number: {text[:40]!r}")


def canonical_decimal(value: Decimal) -> str:
    """The stored form of a decimal: plain digits, "." as separator, no exponent ("12.5", "-3")."""
    if not value.is_finite():
        raise ValueError("a stored decimal must be finite")
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def format_date(value: dt.date | str, language: str, *, length: str = "long") -> str:
    """A date (or stored ISO text) -> "5 mars 2026" (fr, long), "2026年3月5日" (zh). length: short|medium|long|full."""
    return babel_dates.format_date(_as_date(value), format=length, locale=babel_locale(language))


def format_datetime(value: dt.datetime, language: str, *, length: str = "medium") -> str:
    """A moment (e.g. "saved at", history entries), in the computer's local time zone."""
    local = value.astimezone() if value.tzinfo is not None else value
    return babel_dates.format_datetime(local, format=length, locale=babel_locale(language))


def stored_date(value: dt.date) -> str:
    """The stored form of a date: ISO "YYYY-MM-DD"."""
    return value.isoformat()
