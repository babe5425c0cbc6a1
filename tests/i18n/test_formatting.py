"""Numbers and dates in the interface language, stored language-independently."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from survey_app.i18n.formatting import (
    canonical_decimal,
    format_date,
    format_number,
    format_percent,
    parse_decimal,
    stored_date,
)


def _spaces(text: str) -> str:
    """CLDR versions differ in which no-break space they use; compare with plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234,567.5"), ("fr", "1 234 567,5"), ("es", "1.234.567,5"), ("ar", "1,234,567.5"),
     ("zh", "1,234,567.5"), ("ru", "1 234 567,5")],
)
def test_numbers_follow_the_language(language: str, expected: str) -> None:
    assert _spaces(format_number("1234567.50", language)) == expected


def test_arabic_uses_latin_digits_deliberately() -> None:
    text = format_number(Decimal("2026.5"), "ar") + format_date("2026-03-05", "ar") + format_percent(0.42, "ar")
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)
    assert "2026" in format_date("2026-03-05", "ar")
    assert "مارس" in format_date("2026-03-05", "ar")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "5 mars 2026"), ("es", "5 de marzo de 2026"), ("zh", "2026年3月5日"), ("en", "March 5, 2026"),
     ("ru", "5 марта 2026 г.")],
)
def test_dates_follow_the_language(language: str, expected: str) -> None:
    assert _spaces(format_date(dt.date(2026, 3, 5), language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [("1 234,5", "fr", "1234.5"), ("1\u00a0234,5", "fr", "1234.5"), ("١٢٫٥", "ar", "12.5"), ("12.5", "fr", "12.5"),
     ("1.234,5", "es", "1234.5"), ("1,234.5", "en", "1234.5"), ("-3", "ru", "-3"), ("۱۲", "ar", "12")],
)
def test_typed_numbers_are_stored_in_one_form(text: str, language: str, expected: str) -> None:
    assert canonical_decimal(parse_decimal(text, language)) == expected


@pytest.mark.parametrize("text", ["", "abc", "NaN", "Infinity", "1,2,3x", "9" * 500, "<b>1</b>"])
def test_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text, "en")


def test_stored_forms() -> None:
    assert canonical_decimal(Decimal("12.50")) == "12.5"
    assert canonical_decimal(Decimal("1E+3")) == "1000"
    assert canonical_decimal(Decimal("-0.0")) == "0"
    assert stored_date(dt.date(2026, 3, 5)) == "2026-03-05"
