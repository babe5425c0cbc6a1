"""Word-level differences between two texts (character-level for Chinese and Japanese).

Text is cut into tokens: runs of letters/digits (any script), single CJK characters, runs of
spaces, and single punctuation marks. `difflib` aligns the token lists; neighbouring pieces of the
same kind are merged so a reader sees "[-old words-] {+new words+}", not one mark per word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Op(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Segment:
    op: Op
    text: str


# CJK ideographs, kana, hangul syllables and CJK punctuation: one token per character.
_CJK = (
    "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
)
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]", re.UNICODE)

#: above this many tokens (both texts together) words are aligned within changed sentences only;
#: difflib's matcher is quadratic on repeated tokens (spaces, "the"), so whole long texts are too slow
_SMALL = 1200
#: above this many characters, texts are compared by line only (no word marks)
_HUGE = 400_000
_SENTENCE = re.compile(r"(?<=[.!?。！？؟\n])")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def sentences(text: str) -> list[str]:
    """Pieces ending after a sentence mark or a newline (the following space starts the next one)."""
    return [piece for piece in _SENTENCE.split(text) if piece]


def text_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The pieces of `old` deleted and of `new` inserted, in reading order."""
    if len(old) + len(new) > _HUGE:
        return _units_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), words=False)
    old_tokens, new_tokens = tokens(old), tokens(new)
    if len(old_tokens) + len(new_tokens) <= _SMALL:
        return merge(_token_diff(old_tokens, new_tokens))
    return _units_diff(sentences(old), sentences(new), words=True)


def _token_diff(old_tokens: Sequence[str], new_tokens: Sequence[str]) -> list[Segment]:
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    pieces: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Segment(Op.EQUAL, "".join(old_tokens[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            pieces.append(Segment(Op.DELETE, "".join(old_tokens[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(Segment(Op.INSERT, "".join(new_tokens[j1:j2])))
    return _absorb_spaces(pieces)


def _small_diff(old: str, new: str) -> list[Segment]:
    """Word marks when the pieces are small enough, else the whole old piece out, the new one in."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    if len(old_tokens) + len(new_tokens) <= _SMALL:
        return _token_diff(old_tokens, new_tokens)
    return [Segment(Op.DELETE, old), Segment(Op.INSERT, new)]


def _units_diff(old_units: list[str], new_units: list[str], *, words: bool) -> tuple[Segment, ...]:
    """Align sentences (or lines) first, then words inside each changed stretch."""
    junk = len(old_units) + len(new_units) > 20_000
    matcher = difflib.SequenceMatcher(None, old_units, new_units, autojunk=junk)
    pieces: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_text, new_text = "".join(old_units[i1:i2]), "".join(new_units[j1:j2])
        if tag == "equal":
            pieces.append(Segment(Op.EQUAL, old_text))
        elif tag == "replace" and words:
            if len(tokens(old_text)) + len(tokens(new_text)) <= _SMALL:
                pieces.extend(_token_diff(tokens(old_text), tokens(new_text)))
                continue
            for k in range(max(i2 - i1, j2 - j1)):  # a long rewritten stretch: sentence by sentence
                old_piece = old_units[i1 + k] if i1 + k < i2 else ""
                new_piece = new_units[j1 + k] if j1 + k < j2 else ""
                pieces.extend(_small_diff(old_piece, new_piece))
        else:
            pieces.append(Segment(Op.DELETE, old_text))
            pieces.append(Segment(Op.INSERT, new_text))
    return merge(pieces)


def _absorb_spaces(pieces: list[Segment]) -> list[Segment]:
    """A lone space kept between two changes joins them, so "[-a-] [-b-]" reads "[-a b-]"."""
    result: list[Segment] = []
    for index, piece in enumerate(pieces):
        between_changes = (
            piece.op is Op.EQUAL
            and piece.text.isspace()
            and 0 < index < len(pieces) - 1
            and pieces[index - 1].op is not Op.EQUAL
            and pieces[index + 1].op is not Op.EQUAL
        )
        if between_changes:
            result.append(Segment(Op.DELETE, piece.text))
            result.append(Segment(Op.INSERT, piece.text))
        else:
            result.append(piece)
    return result


def merge(pieces: Iterable[Segment]) -> tuple[Segment, ...]:
    """Join neighbouring pieces of the same kind; deletions before insertions within a change."""
    result: list[Segment] = []
    pending_delete: list[str] = []
    pending_insert: list[str] = []

    def flush() -> None:
        if pending_delete:
            result.append(Segment(Op.DELETE, "".join(pending_delete)))
        if pending_insert:
            result.append(Segment(Op.INSERT, "".join(pending_insert)))
        pending_delete.clear()
        pending_insert.clear()

    for piece in pieces:
        if not piece.text:
            continue
        if piece.op is Op.DELETE:
            pending_delete.append(piece.text)
        elif piece.op is Op.INSERT:
            pending_insert.append(piece.text)
        else:
            flush()
            if result and result[-1].op is Op.EQUAL:
                result[-1] = Segment(Op.EQUAL, result[-1].text + piece.text)
            else:
                result.append(piece)
    flush()
    return tuple(result)


def marked(segments: Iterable[Segment]) -> str:
    """Plain-text form: [-deleted-] {+inserted+} (as `git diff --word-diff`)."""
    out = []
    for segment in segments:
        if segment.op is Op.DELETE:
            out.append(f"[-{segment.text}-]")
        elif segment.op is Op.INSERT:
            out.append(f"{{+{segment.text}+}}")
        else:
            out.append(segment.text)
    return "".join(out)
