"""Counting the length of an answer against `word_limit`.

Chinese and Japanese are written without spaces between words, so their length is counted in
characters (whitespace and punctuation excluded), as UN documents do; every other language in words.
Text that is mostly CJK is counted in characters whatever the language given.
"""

from __future__ import annotations

import re
import unicodedata

CHARACTER_LANGUAGES = frozenset({"zh", "ja"})

# Han ideographs, kana, CJK symbols' letters, Hangul syllables, compatibility ideographs
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


def _is_counted_character(char: str) -> bool:
    category = unicodedata.category(char)
    return not (char.isspace() or category[0] in "PZC" or category[0] == "S")


def counts_characters(text: str, language: str = "") -> bool:
    """True when `text` is measured in characters rather than words."""
    if language.split("-")[0].lower() in CHARACTER_LANGUAGES:
        return True
    cjk = len(_CJK.findall(text))
    if not cjk:
        return False
    letters = sum(1 for char in text if char.isalnum())
    return cjk * 2 > letters


def count_words(text: str, language: str = "") -> int:
    """Words of `text`, or characters for Chinese/Japanese (and text that is mostly CJK)."""
    if not text:
        return 0
    if counts_characters(text, language):
        return sum(1 for char in text if _is_counted_character(char))
    # a stray CJK ideograph inside other text counts as one word each
    words = 0
    for match in _WORD.finditer(text):
        token = match.group()
        cjk = len(_CJK.findall(token))
        words += cjk + (1 if len(token) > cjk and _CJK.sub("", token) else 0)
    return words
