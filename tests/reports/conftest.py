"""Helpers for the report tests: read a PDF back as text and compare it with what was typed."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

_BIDI_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def pdf_text(path: Path, *, body: bool = False) -> str:
    """The text of a PDF as poppler's pdftotext extracts it (what a reader copies).

    `body=True` reads only the text frame of A4 pages (no header or footer between the lines of
    an answer that runs over several pages).
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    crop = ["-x", "0", "-y", "66", "-W", "595", "-H", "712"] if body else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *crop, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def normalise(text: str, *, drop_spaces: bool = False) -> str:
    """Arabic presentation forms -> letters (NFKC), bidi marks removed, whitespace collapsed."""
    text = _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", "", text) if drop_spaces else re.sub(r"\s+", " ", text).strip()


def letters(text: str) -> str:
    """Only the letters, in order (NFKC): what survives any reordering of digits and punctuation."""
    return "".join(c for c in normalise(text, drop_spaces=True) if c.isalpha())


def assert_printed(typed: str, extracted: str) -> None:
    """Every paragraph of `typed` appears in the extracted text (line breaks may differ).

    Right-to-left lines are compared by their letters: the PDF shows digits and punctuation in
    the right places, but pdftotext undoes the visual order with a simple reversal that moves
    numbers and full stops inside Arabic lines ("عام 2024." comes back as "عام .2024").
    """
    for paragraph in typed.split("\n"):
        if not paragraph.strip():
            continue
        if any("\u0600" <= c <= "\u06ff" for c in paragraph):
            assert letters(paragraph) in letters(extracted), paragraph
        else:
            assert normalise(paragraph, drop_spaces=True) in normalise(extracted, drop_spaces=True), paragraph


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF, from pdffonts."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian poppler-utils) is not installed")
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id gen: "emb" is the 5th field from the end
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real exported submission PDF (a response with answers), made once per test module."""
    from . import forge

    folder = tmp_path_factory.mktemp("exported")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SURVEY_APP_HOME", str(folder / "user-data"))
        return forge.exported_submission(folder)
