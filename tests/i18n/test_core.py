"""survey_app.i18n.core: gettext catalogues for the core strings, without Qt."""

from __future__ import annotations

import pytest

from survey_app.i18n.core import CoreTranslator, translator
from survey_app.i18n.languages import LANGUAGE_CODES, choose_language, is_rtl, match_language


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Aucune réponse fournie"), ("es", "No se ha facilitado respuesta"), ("ru", "Ответ не представлен"),
     ("zh", "未提供答复"), ("ar", "لم تُقدَّم إجابة"), ("en", "No answer provided")],
)
def test_translator_gives_the_language_of_the_pdf(language: str, expected: str) -> None:
    assert translator(language)("No answer provided") == expected


def test_french_labels_of_the_pdf() -> None:
    _ = translator("fr")
    assert _("Table of contents") == "Table des matières"
    assert _("Page {page} of {total}").format(page=2, total=9) == "Page 2 sur 9"
    assert _("Yes") == "Oui"


def test_unknown_message_and_unknown_language_fall_back_to_english() -> None:
    assert translator("fr")("A text nobody marked") == "A text nobody marked"
    unknown = translator("de")
    assert isinstance(unknown, CoreTranslator)
    assert unknown.language == "en"
    assert unknown("No answer provided") == "No answer provided"


def test_arabic_catalogue_has_six_plural_forms_in_the_gnu_order() -> None:
    plural = translator("ar")._translations.plural  # the rule read from the committed .mo
    forms = {n: plural(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111)}
    assert forms == {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4}


@pytest.mark.parametrize(("language", "forms"), [("ru", 3), ("zh", 1), ("fr", 2), ("es", 2)])
def test_plural_rules_of_the_other_languages(language: str, forms: int) -> None:
    plural = translator(language)._translations.plural
    assert len({plural(n) for n in range(0, 200)}) == forms


def test_ngettext_falls_back_to_english_plural() -> None:
    _ = translator("fr")
    assert _.ngettext("{n} answer", "{n} answers", 1) == "{n} answer"
    assert _.ngettext("{n} answer", "{n} answers", 5) == "{n} answers"


def test_languages() -> None:
    assert LANGUAGE_CODES == ("ar", "zh", "en", "fr", "ru", "es")
    assert is_rtl("ar") and not is_rtl("fr")
    assert match_language("fr_CA.UTF-8") == "fr"
    assert match_language("zh-Hans-CN") == "zh"
    assert match_language("de_DE") is None
    assert choose_language(["de-DE", "es-419", "en"]) == "es"
    assert choose_language(["de-DE", "pt"]) == "en"
