"""Word counts: words for most languages, characters for Chinese and Japanese."""

from __future__ import annotations

import pytest

from survey_app.questionnaire.wordcount import count_words, counts_characters


@pytest.mark.parametrize("text,language,expected", [
    ("", "en", 0),
    ("The State adopted a law in 2021.", "en", 7),
    ("l'État a adopté une loi-cadre.", "fr", 5),
    ("Государство приняло закон.", "ru", 3),
    ("الدولة اعتمدت قانونا", "ar", 3),
    ("国家通过了一项法律。", "zh", 9),
    ("国家 通过了，一项法律！", "zh", 9),
    ("我国于2021年通过法律", "en", 12),  # mostly CJK: counted in characters whatever the language
    ("The term 网络 is used", "en", 6),
])
def test_count_words(text: str, language: str, expected: int) -> None:
    assert count_words(text, language) == expected


def test_language_or_script_decides_the_unit() -> None:
    assert counts_characters("anything", "zh")
    assert counts_characters("日本語のテキスト", "en")
    assert not counts_characters("Plain English", "en")
    assert not counts_characters("Une phrase avec 中 un caractère", "fr")
