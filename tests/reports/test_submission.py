"""The submission PDF, built from a questionnaire written inline, read back with pdftotext/pypdf."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from survey_app import __version__
from survey_app.questionnaire.model import Item, ItemType, Part, Questionnaire, Section
from survey_app.reports.submission import PdfOptions, build_submission_pdf
from survey_app.storage.api import Status
from . import samples
from .conftest import assert_printed, letters, normalise, pdf_fonts, pdf_text

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


def build(tmp_path: Path, language: str = "en", *, answers=None, options: PdfOptions | None = None,
          status: Status = Status.FINAL, questionnaire: Questionnaire | None = None, name: str = "out.pdf") -> Path:
    return build_submission_pdf(
        questionnaire or samples.questionnaire(language),
        samples.response(language, status=status),
        answers=samples.answers(language) if answers is None else answers,
        options=options or PdfOptions(issue_date=dt.date(2026, 3, 15)),
        out=tmp_path / name,
        json_copy=b'{"format": "survey-app/answers"}',
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_answer_and_question_prints_in_each_language(tmp_path: Path, language: str) -> None:
    text = pdf_text(build(tmp_path, language))
    t = samples.TEXTS[language]
    for typed in (t["a_summary"], t["a_lead"], t["a_position"], t["a_doc"], t["position"], t["implemented"],
                  t["legislation"], t["policy"], t["title"], samples.STATES[language].name):
        assert_printed(typed, text)
    assert "2024" in text and "2025" in text
    assert t["a_contact"] not in text  # personal data is left out by default


def test_arabic_reads_right_to_left_in_logical_order(tmp_path: Path) -> None:
    text = normalise(pdf_text(build(tmp_path, "ar")))
    typed = normalise(samples.TEXTS["ar"]["a_summary"].split("\n")[0])
    # words keep their order and spaces (pdftotext returns right-to-left lines in logical order;
    # the year and full stop at the end are compared in test_every_answer... by letters only)
    assert typed.removesuffix(" 2024.") in text
    # letters were joined: the PDF holds presentation forms, not isolated letters
    raw = pdf_text(tmp_path / "out.pdf")
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)


def test_latin_is_not_shaped_into_ligatures(tmp_path: Path) -> None:
    text = pdf_text(build(tmp_path, "en"))
    assert "fine, flowing" in normalise(text)
    assert "\ufb01" not in text and "\ufb02" not in text


def test_fonts_are_all_embedded(tmp_path: Path) -> None:
    answers = {**samples.answers("ar"), "il_position": "中文 English عربي, done ✔ ★ 🌍"}
    fonts = pdf_fonts(build(tmp_path, "ar", answers=answers))
    assert fonts, "no fonts listed"
    names = " ".join(name for name, _ in fonts)
    for family in ("NotoSans-Regular", "NotoNaskhArabic", "WenQuanYi", "NotoSansSymbols2"):
        assert family in names, names
    assert all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_cover_header_footer_and_metadata(tmp_path: Path) -> None:
    options = PdfOptions(issue_date=dt.date(2026, 3, 15), protective_marking="RESTRICTED")
    path = build(tmp_path, "en", options=options, status=Status.DRAFT)
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    text = pdf_text(path)
    for label in ("Cycle: 2026", "Questionnaire version: 2026.1", "Original: English", "March 15, 2026",
                  "Lead ministry: Ministry of Foreign Affairs", "Status: Draft", "RESTRICTED"):
        assert label in normalise(text), label
    for page in range(1, pages + 1):
        page_text = normalise(reader.pages[page - 1].extract_text())
        assert f"Page {page} of {pages}" in page_text
        assert "Cycle 2026" in page_text and "United Kingdom" in page_text
        assert "DRAFT" in page_text.replace(" ", "")  # the watermark, on every page
    meta = reader.metadata
    assert meta["/Title"].startswith("National Survey of Implementation")
    assert meta["/Author"] == "Ministry of Foreign Affairs"
    assert meta["/Creator"] == f"survey-app {__version__}"
    assert meta.get("/CreationDate")
    assert meta["/Subject"]
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_final_response_has_no_draft_watermark(tmp_path: Path) -> None:
    assert "DRAFT" not in pdf_text(build(tmp_path, "en", status=Status.FINAL))


def test_table_of_contents_gives_the_right_pages(tmp_path: Path) -> None:
    answers = samples.answers("en")
    answers["il_position"] = "\n".join(["A long paragraph of the national position. " * 20] * 30)
    path = build(tmp_path, "en", answers=answers)
    reader = PdfReader(str(path))
    pages = [normalise(page.extract_text()) for page in reader.pages]
    toc_page = next(i for i, text in enumerate(pages) if "Table of contents" in text)
    toc = pdf_text(path).split("\f")[toc_page]
    t = samples.TEXTS["en"]
    for title in (t["part2"], t["sec2"]):
        numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", toc, re.M)]
        assert numbers, toc
        page_of_heading = next(i + 1 for i, text in enumerate(pages) if i > toc_page and title in text)
        assert page_of_heading in numbers
    assert len(reader.outline) >= 2  # bookmarks for parts
    assert page_of_heading > toc_page + 2  # the long answer really pushed part II further


def test_unanswered_printed_or_omitted(tmp_path: Path) -> None:
    unanswered = samples.TEXTS["en"]["position"] + " (2)"
    shown = pdf_text(build(tmp_path, "en", name="a.pdf"))
    assert "No answer provided" in shown and normalise(unanswered) in normalise(shown)
    omitted = pdf_text(build(tmp_path, "en", options=PdfOptions(omit_unanswered=True), name="b.pdf"))
    assert "No answer provided" not in omitted and normalise(unanswered) not in normalise(omitted)


def test_sensitive_only_in_annex_when_included(tmp_path: Path) -> None:
    contact = samples.TEXTS["en"]["a_contact"]
    without = pdf_text(build(tmp_path, "en", name="a.pdf"))
    assert contact not in without and "Annex: personal data" not in without
    included = pdf_text(build(tmp_path, "en", options=PdfOptions(include_sensitive=True), name="b.pdf"))
    annex = included.split("Annex: personal data")
    assert len(annex) >= 3  # in the contents and as the heading
    assert contact in annex[-1] and contact not in annex[0]
    contents = normalise(included.split("Table of contents")[1].split("\f")[0])
    t = samples.TEXTS["en"]
    order = [contents.index(title) for title in (t["summary"], t["part1"], t["sec1"], t["part2"], t["sec2"],
                                                   "Annex: personal data")]
    assert order == sorted(order)


HOSTILE = [
    "x<b and y>c & <unknowntag>kept</unknowntag>",
    '<img src="/etc/passwd"/> <a href="javascript:alert(1)">link</a> &amp; &#0; &bogus;',
    "control\x00\x01\x07\x1b[31mchars\x7f\x85 end",
    "\u200fRLM\u200e LRM \u202eoverride\u202c and emoji 😀🇺🇳 end",
    "Mixed: the report «تقرير الفريق العامل» and 《报告》 and Доклад.",
    "]]> <![CDATA[ x ]]> <?xml version='1.0'?> <!-- comment -->",
]


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_hostile_strings_print_and_never_raise(tmp_path: Path, language: str) -> None:
    answers = samples.answers(language)
    answers["il_position"] = "\n".join(HOSTILE)
    answers["lead_ministry"] = "<b>Ministry & Co</b>"
    answers["g_documents"] = [{"doc_title": text, "doc_year": 2000 + i} for i, text in enumerate(HOSTILE)]
    questionnaire = samples.questionnaire(language)
    hostile_part = Part("hostile", "Part <b>&amp; <img src=x/>", (Section("s", "Section & <i>", (
        Item("h", ItemType.SHORT_TEXT, "Label <unknown> & more"),)),))
    questionnaire = Questionnaire(**{**{f: getattr(questionnaire, f) for f in questionnaire.__slots__
                                        if not f.startswith("_")}, "parts": questionnaire.parts + (hostile_part,)})
    path = build(tmp_path, language, answers=answers, questionnaire=questionnaire)
    text = normalise(pdf_text(path))
    if language == "ar":
        # in a right-to-left page pdftotext moves the trailing ">" or ";" of a left-to-right line
        # to its start; pypdf reads those lines back exactly as typed
        text += " " + normalise("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))
    assert "x<b and y>c & <unknowntag>kept</unknowntag>" in text
    assert '<img src="/etc/passwd"/>' in text
    assert "controlchars" in text.replace("[31m", "")
    assert "<b>Ministry & Co</b>" in text
    assert "Part <b>&amp; <img src=x/>" in text  # also in the table of contents
    assert letters("«تقرير الفريق العامل»") in letters(text) and "《报告》" in text and "Доклад" in text
    # pypdf keeps the mixed line exactly as typed (pdftotext moves the brackets of the Arabic run)
    mixed = normalise(HOSTILE[4])
    assert any(mixed in normalise(page.extract_text()) for page in PdfReader(str(path)).pages)
    assert "emoji" in text


def test_very_long_answer_runs_over_many_pages(tmp_path: Path) -> None:
    sentence = "The national CERT coordinates incident response with sector regulators. "
    paragraph = sentence * 1400  # ~100 KB in one paragraph, no line breaks
    answers = samples.answers("en")
    answers["il_position"] = paragraph + "\nClosing paragraph.\n" + "x" * 5000
    path = build(tmp_path, "en", answers=answers)
    assert len(PdfReader(str(path)).pages) > 20
    text = normalise(pdf_text(path, body=True))
    assert text.count("coordinates incident response") == 1400
    assert "Closing paragraph." in text


@pytest.mark.parametrize("language", ["zh", "ar"])
def test_very_long_answer_without_spaces(tmp_path: Path, language: str) -> None:
    typed = samples.TEXTS[language]["a_position"].replace(" ", "") * 200
    answers = {**samples.answers(language), "il_position": typed}
    text = pdf_text(build(tmp_path, language, answers=answers), body=True)
    if language == "ar":
        assert letters(typed) in letters(text)
    else:
        assert normalise(typed, drop_spaces=True) in normalise(text, drop_spaces=True)


def test_letter_size_and_language_option(tmp_path: Path) -> None:
    path = build(tmp_path, "fr", options=PdfOptions(page_size="letter", language="fr"))
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_submission_pdf(
        samples.questionnaire("en"), samples.response("en"), answers=samples.answers("en"),
        options=PdfOptions(), out=tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_unwritable_destination_is_a_clear_error(tmp_path: Path) -> None:
    from survey_app.errors import SurveyError

    with pytest.raises(SurveyError) as caught:
        build(tmp_path / "missing-folder", "en")
    assert caught.value.code == "P002"
    assert not list(tmp_path.glob("**/*.partial"))


def test_empty_multiline_and_huge_titles(tmp_path: Path) -> None:
    base = samples.questionnaire("en")
    odd = Part("odd", "", (
        Section("empty", "", (Item("e1", ItemType.SHORT_TEXT, ""),)),
        Section("lines", "First line\nsecond line", (Item("e2", ItemType.SHORT_TEXT, "Label\nover two lines"),)),
        Section("huge", "Huge title " * 10_000, (Item("e3", ItemType.SHORT_TEXT, "Huge label " * 10_000),)),
    ))
    questionnaire = Questionnaire(base.id, base.version, "T" * 5000, "en", ("en",), base.parts + (odd,),
                                  base.choice_lists, language="en")
    answers = {**samples.answers("en"), "e1": "answer one", "e2": "answer two", "e3": "answer three"}
    text = normalise(pdf_text(build(tmp_path, "en", answers=answers, questionnaire=questionnaire), body=True))
    assert "First line second line" in text and "answer one" in text and "answer three" in text
    assert text.count("Huge label") == 10_000  # labels are never cut, only titles of headings


def test_long_group_table_splits_with_its_header_on_every_page(tmp_path: Path) -> None:
    answers = samples.answers("en")
    answers["g_documents"] = [{"doc_title": f"Document number {n}", "doc_year": 2000 + n % 25} for n in range(150)]
    path = build(tmp_path, "en", answers=answers)
    pages = [normalise(page) for page in pdf_text(path, body=True).split("\f")]
    with_rows = [page for page in pages if "Document number" in page]
    assert len(with_rows) >= 3
    assert all(page.count("Title Year") >= 1 for page in with_rows)  # the repeated header row
    assert all(f"Document number {n} " in " ".join(with_rows) + " " for n in range(150))


def test_stored_values_of_unexpected_shapes_still_print(tmp_path: Path) -> None:
    answers = {**samples.answers("en"), "il_position": {"nested": ["a", 1]}, "g_status": 42,
               "g_measures": "legislation", "g_documents": "not a list", "lead_ministry": ["x", "y"],
               "g_unanswered": 3.5}
    text = normalise(pdf_text(build(tmp_path, "en", answers=answers)))
    assert "nested" in text and "not a list" in text and "3.5" in text


EMOJI = "Ministry 😀😂👍🎉🔒 ❤ ✓ 🚀 🤖 🥇 end"


def test_emoji_have_a_glyph_and_copy_back_as_typed(tmp_path: Path) -> None:
    from survey_app.reports.fonts import Script, font_set

    fonts = font_set()
    for char in EMOJI.replace(" ", ""):
        assert fonts.covers(fonts.font_for(char, Script.LATIN), char), f"U+{ord(char):04X} would print as a box"
    answers = {**samples.answers("en"), "lead_ministry": EMOJI}
    path = build(tmp_path, "en", answers=answers)
    assert EMOJI in normalise(pdf_text(path))  # characters beyond U+FFFF come back whole
    assert any(EMOJI in page.extract_text() for page in PdfReader(str(path)).pages)


def test_no_break_spaces_keep_their_words_together(tmp_path: Path) -> None:
    from survey_app.reports.text import _BREAKABLE_SPACE

    assert _BREAKABLE_SPACE.split("état « en\u00a0cours » :\u202f10\u00a0000 x") == [
        "état", "«", "en\u00a0cours", "»", ":\u202f10\u00a0000", "x"]
    phrase = "la mise en œuvre est\u00a0« en\u00a0cours\u00a0»\u00a0!"
    answers = {**samples.answers("fr"), "il_position": ("Texte " * 9 + phrase + " ") * 40}
    text = pdf_text(build(tmp_path, "fr", answers=answers), body=True)
    lines = [line.strip() for line in text.splitlines()]
    assert not any(line.startswith(("»", "!", "cours")) for line in lines)
    assert normalise(text).count(normalise(phrase)) == 40
