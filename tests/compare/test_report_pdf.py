"""The comparison PDF: differences, the chart and hostile or non-Latin text, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from survey_app.compare.chart import status_grid
from survey_app.compare.diff import compare_responses
from survey_app.compare.report_pdf import build_comparison_pdf

from .conftest import make_questionnaire, make_response
from .test_diff import NEW_ANSWERS, OLD_ANSWERS


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_contains_differences_and_chart(tmp_path: Path) -> None:
    old = (make_response(1, 2024), make_questionnaire("2025.1"), OLD_ANSWERS)
    new = (make_response(2, 2026, "2026.1"), make_questionnaire("2026.1"), NEW_ANSWERS)
    first = (make_response(3, 2022), make_questionnaire(), {"n13a_status": "not_started"})
    out = build_comparison_pdf(compare_responses(old, new), tmp_path / "cmp.pdf", grid=status_grid([first, old, new]))
    text = _text(out)
    assert "Year-over-year comparison" in text
    assert "We train officials and judges" in text  # the inserted words
    assert "2020" in text and "2023" in text  # deleted and inserted, both printed
    assert "Status of each norm by cycle" in text
    assert "Not started" in text and "In progress" in text and "Implemented" in text
    assert "retired question" in text and "Something about the past" in text
    assert "Page 1 of" in text
    data = out.read_bytes()
    assert b"/BaseFont /Helvetica" not in data  # every font embedded
    assert not (tmp_path / "cmp.pdf.partial").exists()


def test_pdf_escapes_markup_and_prints_every_script(tmp_path: Path) -> None:
    q = make_questionnaire()
    old = (make_response(1, 2024), q, {
        "lead_ministry": "<b>Ministry & Co</b> <img src='/etc/passwd'/>",
        "exec_summary": "我国已制定国家网络安全战略。",
    })
    new_response = make_response(2, 2025)
    new = (new_response, q, {
        "lead_ministry": "<unknowntag>Ministry & Partners",
        "exec_summary": "我国已制定并实施国家网络安全战略。\nوزارة الخارجية",
    })
    out = build_comparison_pdf(compare_responses(old, new), tmp_path / "hostile.pdf", language="ar")
    text = _text(out)
    assert "unknowntag>Ministry & " in text and "Partners" in text
    assert "<img src='/etc/passwd'/>" in text
    assert "并实施" in text


def test_unwritable_target_is_a_known_failure(tmp_path: Path) -> None:
    import pytest

    from survey_app.compare import codes
    from survey_app.errors import SurveyError

    q = make_questionnaire()
    comparison = compare_responses((make_response(1, 2024), q, {}), (make_response(2, 2025), q, {}))
    with pytest.raises(SurveyError) as caught:
        build_comparison_pdf(comparison, tmp_path / "missing-folder" / "x.pdf")
    assert caught.value.code == codes.COMPARE_BAD_OUTPUT


def test_deletions_struck_through_insertions_underlined_and_bold() -> None:
    from survey_app.compare.report_pdf import _Writer
    from survey_app.compare.textdiff import Op, Segment

    writer = _Writer("en")
    markup = writer.marked([Segment(Op.EQUAL, "in "), Segment(Op.DELETE, "2020 & <b>"), Segment(Op.INSERT, "2023")])
    assert markup.startswith('<font name="SurveySans">in </font>')
    assert '<strike><font name="SurveySans">2020 &amp; &lt;b&gt;</font></strike>' in markup
    assert '<u><font name="SurveySans-Bold">2023</font></u>' in markup


def test_chart_without_a_status_scale(tmp_path: Path) -> None:
    from dataclasses import replace

    from survey_app.compare.chart import status_grid

    q = make_questionnaire()
    part = q.parts[1]
    section = part.sections[0]
    items = tuple(replace(item, choice_list=None, type=item.type.__class__("short_text")) if item.id == "n13a_status"
                  else item for item in section.items)
    q = replace(q, parts=(q.parts[0], replace(part, sections=(replace(section, items=items), *part.sections[1:]))))
    old = (make_response(1, 2024), q, {"n13a_status": "begun"})
    new = (make_response(2, 2025), q, {"n13a_status": "done"})
    grid = status_grid([old, new])
    assert grid.cell("13(a)", 2025).label == "done"
    out = build_comparison_pdf(compare_responses(old, new), tmp_path / "plain.pdf", grid=grid)
    assert "done" in _text(out)
