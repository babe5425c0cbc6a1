"""Page layout of the submission PDF, read back with word positions (pdftotext -bbox): tables that
split between rows, paragraph direction, long paragraphs without false breaks, CJK line breaking,
labels kept with the start of their answer, the protective marking in full, scripts the shipped
fonts lack."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Item, ItemType, Part, Questionnaire, Role, Section
from survey_app.reports.layout import MARGIN_X
from survey_app.reports.submission import MARKING_CHARS, PdfOptions, Unprintable, build_submission_pdf
from survey_app.reports.text import cjk_units
from . import samples
from .conftest import letters, normalise, pdf_fonts, pdf_text

A4_WIDTH = 595.28
#: the body frame of an A4 page, in pdftotext's coordinates (y grows downwards)
BODY_TOP, BODY_BOTTOM = 24 * 72 / 25.4, 841.89 - 22 * 72 / 25.4


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def pdf_words(path: Path) -> list[list[Word]]:
    """The words of every page with their boxes (points, origin at the top left)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([
            Word(html.unescape(text), float(x0), float(y0), float(x1), float(y1))
            for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)
        ])
    return pages


def body(words: list[Word]) -> list[Word]:
    return [w for w in words if BODY_TOP - 2 < w.y0 and w.y1 < BODY_BOTTOM + 2]


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped by line (their vertical middles within 3 points: fonts of different scripts
    have boxes of different heights), top to bottom, each line left to right."""
    lines: list[tuple[float, list[Word]]] = []
    for word in sorted(words, key=lambda w: (w.y0 + w.y1) / 2):
        middle = (word.y0 + word.y1) / 2
        if lines and abs(lines[-1][0] - middle) < 3:
            lines[-1][1].append(word)
        else:
            lines.append((middle, [word]))
    return [sorted(line, key=lambda w: w.x0) for _middle, line in lines]


def visual_letters(word: str) -> str:
    """The letters of a word as pdftotext -bbox gives it: right-to-left words come in the order
    their glyphs are drawn (reversed), ligatures such as lam-alef as one glyph."""
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)
    return letters(word[::-1] if rtl else word)


def group_questionnaire(language: str, subs: int = 2, *, source: str = "", extra: tuple[Item, ...] = ()) -> Questionnaire:
    """The sample questionnaire with one more section: a long text, then a group of `subs` columns."""
    base = samples.questionnaire(language)
    t = samples.TEXTS[language]
    columns = tuple(Item(f"c{n}", ItemType.LONG_TEXT, f"{t['doc_title']} {n}") for n in range(subs))
    section = Section("tables", "Tables", (
        *extra,
        Item("before_table", ItemType.LONG_TEXT, t["position"], source=source or None),
        Item("table", ItemType.GROUP, t["docs"], items=columns),
    ))
    return Questionnaire(base.id, base.version, base.title, language, (language,),
                         base.parts + (Part("tables", t["part2"], (section,)),), base.choice_lists, language=language)


def build(tmp_path: Path, language: str, answers: dict, *, questionnaire: Questionnaire | None = None,
          options: PdfOptions | None = None, name: str = "out.pdf"):
    return build_submission_pdf(
        questionnaire or group_questionnaire(language),
        samples.response(language),
        answers={**samples.answers(language), **answers},
        options=options or PdfOptions(issue_date=dt.date(2026, 3, 15)),
        out=tmp_path / name,
    )


# -- 1. group tables split between rows, header only at the top of each part --------------------
@pytest.mark.parametrize("language", ["en", "ar"])
def test_group_tables_split_between_rows_with_the_header_only_at_the_top(tmp_path: Path, language: str) -> None:
    filler = samples.TEXTS[language]["a_position"]
    # tall rows (~15 lines) among short ones: the space a tall row leaves at the foot of a page is
    # where reportlab's in-row splitting put a header and the top of the next row
    rows = [{"c0": f"R{n:03d}a " + (filler + " " + filler + " " if n % 6 == 5 else "") + f"R{n:03d}z",
             "c1": f"Y{n:03d}"} for n in range(60)]
    path = build(tmp_path, language, {"table": rows, "before_table": filler})
    seen: list[str] = []
    page_of: dict[str, int] = {}
    for number, words in enumerate(pdf_words(path)):
        words = body(words)
        tokens = [w for w in words if re.fullmatch(r"[RY]\d{3}[az]?", w.text)]
        if not tokens:
            continue
        # the header row ("Title 0", "Title 1") once per page with rows, above every row
        digits = sorted((w for w in words if w.text in ("0", "1")), key=lambda w: w.text)
        assert [w.text for w in digits] == ["0", "1"], "no header, or a header row in the middle of a page"
        assert abs(digits[0].y0 - digits[1].y0) < 1 and all(digits[0].y1 < t.y0 for t in tokens)
        seen += [t.text for t in sorted(tokens, key=lambda w: (round(w.y0), w.x0))]
        page_of.update((t.text, number) for t in tokens)
    for n in range(60):
        # each row whole on one page: its first and last words and its second cell once each
        assert seen.count(f"R{n:03d}a") == seen.count(f"R{n:03d}z") == seen.count(f"Y{n:03d}") == 1, n
        assert page_of[f"R{n:03d}a"] == page_of[f"R{n:03d}z"] == page_of[f"Y{n:03d}"], f"row {n} cut"
    assert [t for t in seen if t.startswith("Y")] == [f"Y{n:03d}" for n in range(60)]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_row_taller_than_a_page_splits_cleanly_with_its_padding(tmp_path: Path, language: str) -> None:
    words = " ".join(f"w{n:03d}" for n in range(230))  # one paragraph of ~120 lines in a narrow column
    rows = [{"c0": "before"}, {"c0": words, "c1": "second"}, {"c0": "after"}]
    path = build(tmp_path, language, {"table": rows}, questionnaire=group_questionnaire(language, subs=6))
    column = (A4_WIDTH - 2 * MARGIN_X) / 6
    # the text of the first column: left in English, right in Arabic
    left = MARGIN_X if language == "en" else A4_WIDTH - MARGIN_X - column
    printed: list[str] = []
    pages_with_rows = 0
    for page in pdf_words(path):
        page = body(page)
        cell = [w for w in page if re.fullmatch(r"w\d{3}", w.text)]
        if not cell:
            continue
        pages_with_rows += 1
        for w in cell:
            assert w.x0 >= left + 4 - 0.6 and w.x1 <= left + column - 4 + 0.6, (w, left)  # padding kept
        headers = [w for w in page if w.text == "5"]  # the last column's header, "Title 5"
        assert len(headers) == 1 and headers[0].y1 < min(w.y0 for w in cell)
        printed += [w.text for w in sorted(cell, key=lambda w: (round(w.y0), w.x0))]
    assert pages_with_rows >= 2
    assert printed == [f"w{n:03d}" for n in range(230)]  # every word once, in order
    text = normalise(pdf_text(path))
    assert "before" in text and "after" in text and "second" in text


# -- 4. a label stays with the first rows of its table; a long table starts on the current page ----
def test_label_keeps_with_the_start_of_a_long_table(tmp_path: Path) -> None:
    rows = [{"c0": f"Row {n}", "c1": "x"} for n in range(80)]
    path = build(tmp_path, "en", {"table": rows, "before_table": "Short answer before the table."})
    pages = [normalise(page) for page in pdf_text(path, body=True).split("\f")]
    page_of_answer = next(i for i, page in enumerate(pages) if "Short answer before the table." in page)
    page_of_row = next(i for i, page in enumerate(pages) if "Row 0 " in page + " ")
    assert page_of_row == page_of_answer  # the table starts right after the previous answer
    label = normalise(samples.TEXTS["en"]["docs"])
    assert label in pages[page_of_row]


def test_label_moves_with_the_table_when_not_even_one_row_fits(tmp_path: Path) -> None:
    filler = "Words to fill the page. " * 218  # the answer ends near the foot of a page
    rows = [{"c0": f"Row {n}", "c1": "x"} for n in range(10)]
    path = build(tmp_path, "en", {"table": rows, "before_table": filler})
    pages = [normalise(page) for page in pdf_text(path, body=True).split("\f")]
    label = normalise(samples.TEXTS["en"]["docs"])
    page_of_row = next(i for i, page in enumerate(pages) if "Row 0 " in page + " ")
    assert label in pages[page_of_row]
    assert label not in pages[page_of_row - 1]


# -- 2. paragraph direction: the majority of strong letters -------------------------------------
def test_arabic_paragraph_starting_with_a_latin_word_reads_right_to_left(tmp_path: Path) -> None:
    typed = "UNIDIR هو معهد الأمم المتحدة لبحوث نزع السلاح في جنيف."
    source = "\u200eA/70/174\u200e، الفقرة \u200e13(b)\u200e"
    path = build(tmp_path, "ar", {"before_table": typed}, questionnaire=group_questionnaire("ar", source=source))
    lines = [line for page in pdf_words(path) for line in lines_of(body(page))]
    unidir = next(line for line in lines if any(w.text == "UNIDIR" for w in line))
    assert unidir[-1].text == "UNIDIR"  # the first word at the right end
    assert "." in unidir[0].text  # the full stop at the left end
    reference = next(line for line in lines if any("13(b)" in w.text for w in line))
    assert "13(b)" in reference[0].text and "A/70/174" in reference[-1].text


def test_english_answer_quoting_arabic_stays_left_to_right(tmp_path: Path) -> None:
    typed = ("Our position relies on the Law on Cybercrime (قانون مكافحة الجرائم الإلكترونية لسنة 2018) and on "
             "Decree No. 12, both published in the Official Gazette.")
    path = build(tmp_path, "en", {"before_table": typed})
    lines = [line for page in pdf_words(path) for line in lines_of(body(page))]
    first = next(line for line in lines if any(w.text == "relies" for w in line))
    assert first[0].text == "Our" and abs(first[0].x0 - (MARGIN_X + 6 * 72 / 25.4)) < 1  # starts at the indent
    assert letters("قانون مكافحة الجرائم") in letters(pdf_text(path))


# -- 3. long paragraphs: no false paragraph break, still fast ------------------------------------
@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_long_paragraph_has_no_false_break(tmp_path: Path, language: str) -> None:
    typed = (samples.TEXTS[language]["a_position"] + (" " if language != "zh" else "")) * 80  # 8-16,000 characters
    path = build(tmp_path, language, {"before_table": "BEGIN " + typed.strip()})
    frame_left, frame_right = MARGIN_X, A4_WIDTH - MARGIN_X
    indent = 6 * 72 / 25.4
    pages = []
    every_page = pdf_words(path)
    begin = next(i for i, page in enumerate(every_page) if any(w.text == "BEGIN" for w in page))
    for page in every_page[begin:]:
        # the answer's lines: indented (left in English and Chinese, right in Arabic)
        lines = [line for line in lines_of(body(page))
                 if (min(w.x0 for w in line) > frame_left + indent - 1 if language != "ar"
                     else max(w.x1 for w in line) < frame_right - indent + 1)]
        if lines:
            pages.append(lines)
    assert len(pages) >= 3
    from survey_app.reports.fonts import font_set
    from survey_app.reports.text import TextLayout

    layout = TextLayout(font_set())
    for lines in pages[1:-1]:  # pages the paragraph fills from top to bottom
        gaps = {round(b[0].y1 - a[0].y1, 1) for a, b in zip(lines, lines[1:])}
        # 14 pt apart (pdftotext's boxes vary by half a point); a false break adds 3 pt of spacing
        assert 13.4 < min(gaps) and max(gaps) < 14.6, f"paragraph spacing inside one paragraph: {gaps}"
        for line, following in zip(lines, lines[1:]):
            # full lines: the next line's first word (character in Chinese) would not have fitted
            if language == "ar":
                room = min(w.x0 for w in line) - frame_left
                nxt = max(following, key=lambda w: w.x1)
            else:
                room = frame_right - max(w.x1 for w in line)
                nxt = min(following, key=lambda w: w.x0)
            first = nxt.text
            if language == "zh":  # what may not be parted: a character and its closing punctuation, "2023"
                first = cjk_units(nxt.text)[0]
            # (the line layout counts the widest space of its fonts, and keeps 1 point free)
            assert room < layout.width(first, 10) + 8, f"a short line inside the paragraph: {line}"


# -- 5. CJK line breaking ------------------------------------------------------------------------
@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_chinese_lines_never_start_with_closing_punctuation(tmp_path: Path, paper: str) -> None:
    typed = "本国致力于落实联合国框架，政府通过了国家网络安全战略（2023年），并加强了应急小组。" * 40
    typed += "\n" + "“关键基础设施”、《战略》、（CERT）；是否？是！" * 40
    path = build(tmp_path, "zh", {"before_table": typed}, options=PdfOptions(page_size=paper))
    lines = [line.strip() for line in pdf_text(path).splitlines() if line.strip()]
    assert not [line for line in lines if line[0] in "，。、；：？！）」』】》”"]
    assert not [line for line in lines if line[-1] in "（「『【《“"]
    if paper == "A4":  # (the body crop of pdf_text is A4's)
        assert normalise(typed, drop_spaces=True) in normalise(pdf_text(path, body=True), drop_spaces=True)


# -- 6. the protective marking is never abbreviated ----------------------------------------------
@pytest.mark.parametrize("language", ["en", "ar"])
def test_long_marking_prints_in_full_in_every_header(tmp_path: Path, language: str) -> None:
    marking = {"en": "RESTRICTED — FOR OFFICIAL USE ONLY — RELEASABLE TO UNITED NATIONS SECRETARIAT AND MEMBER "
                     "STATES ONLY (REL UN)",
               "ar": "سري — للاستخدام الرسمي فقط — لا يجوز نشره خارج الأمانة العامة للأمم المتحدة والدول الأعضاء "
                     "في المنظمة"}[language]
    assert len(marking) <= MARKING_CHARS
    path = build(tmp_path, language, {}, options=PdfOptions(protective_marking=marking))
    for number, words in enumerate(pdf_words(path)):
        header = " ".join(w.text for w in sorted((w for w in words if w.y1 < BODY_TOP - 10), key=lambda w: w.x0))
        assert "…" not in header
        if language == "en":
            assert all(word in header.split() for word in marking.split()), (number, header)
        else:
            printed = [visual_letters(w) for w in header.split()]
            assert all(letters(w) in printed for w in marking.split() if letters(w)), (number, header)


def test_marking_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SurveyError) as caught:
        PdfOptions(protective_marking="R" * (MARKING_CHARS + 1))
    assert caught.value.code == "P003"
    PdfOptions(protective_marking="  " + "R " * (MARKING_CHARS // 2) + "  ")  # spaces are not counted twice
    base = group_questionnaire("en", extra=(Item("marking", ItemType.SHORT_TEXT, "Marking",
                                                 role=Role.PROTECTIVE_MARKING),))
    with pytest.raises(SurveyError) as caught:
        build(tmp_path, "en", {"marking": "SECRET " * 30}, questionnaire=base)
    assert caught.value.code == "P003"
    assert not list(tmp_path.glob("*.pdf*"))


# -- 7. scripts the shipped fonts lack: system fonts, else a visible replacement -----------------
OTHER_SCRIPTS = {
    "Hebrew": "שלום עולם", "Hindi": "नमस्ते दुनिया", "Thai": "สวัสดีชาวโลก", "Armenian": "Բարեւ աշխարհ",
    "Georgian": "გამარჯობა მსოფლიო", "Amharic": "ሰላም ልዑል", "Tamil": "வணக்கம் உலகம்", "Bengali": "ওহে বিশ্ব",
    "Khmer": "សួស្តីពិភពលោក", "Sinhala": "හෙලෝ ලෝකය", "Lao": "ສະບາຍດີຊາວໂລກ", "Burmese": "မင်္ဂလာပါ",
    "Mongolian": "ᠮᠣᠩᠭᠣᠯ",
}


def test_scripts_without_shipped_fonts_print_with_fonts_of_the_system(tmp_path: Path) -> None:
    from survey_app.reports.fonts import font_set

    fonts = font_set()
    missing = [name for name, text in OTHER_SCRIPTS.items() if fonts.system_font_for(text[0]) is None]
    if missing:
        pytest.skip(f"no system font for {', '.join(missing)} (Debian: fonts-noto-core)")
    typed = "\n".join(f"{name} {text} end" for name, text in OTHER_SCRIPTS.items())
    path = build(tmp_path, "en", {"before_table": typed})
    assert path.warnings == ()
    text = pdf_text(path)
    for name, written in OTHER_SCRIPTS.items():
        if name == "Hebrew":
            assert letters(written) in letters(text)[::-1] or letters(written) in letters(text)
        else:
            assert normalise(f"{name} {written} end") in normalise(text), name
    names = " ".join(name for name, embedded in pdf_fonts(path) if embedded)
    for family in ("NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai", "NotoSansEthiopic", "NotoSansMyanmar"):
        assert family in names, names


def test_characters_no_font_has_print_a_replacement_and_are_reported(tmp_path: Path) -> None:
    typed = "Private use \ue000 and \U000f0001 here; emoji 😀 and ✓ print."
    path = build(tmp_path, "en", {"before_table": typed, "lead_ministry": "Ministry \ue001"})
    assert path.warnings == (Unprintable("lead_ministry", "\ue001"), Unprintable("before_table", "\ue000\U000f0001"))
    text = normalise(pdf_text(path))
    assert "Private use \ufffd and \ufffd here; emoji 😀 and ✓ print." in text
    assert unicodedata.name("\ufffd") == "REPLACEMENT CHARACTER"
    assert len(PdfReader(str(path)).pages) >= 1

