"""Text layout helpers: cleaning, script runs, paragraph direction, bidi lines, CJK line breaking,
characters no font has; and the font search."""

from __future__ import annotations

from pathlib import Path

import pytest
from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from survey_app.errors import SurveyError
from survey_app.reports import fonts as fonts_module
from survey_app.reports.fonts import Script, font_set
from survey_app.reports.text import (
    LineParagraph,
    TextLayout,
    _split_point,
    cjk_units,
    clean,
    direction_of,
    has_cjk,
    has_rtl,
    shape,
)


@pytest.fixture(scope="module")
def layout() -> TextLayout:
    return TextLayout(font_set())


def test_clean_drops_controls_keeps_newlines_and_text() -> None:
    assert clean("a\x00b\x07c\r\nd\re\tf\x85g\ud800h") == "abc\nd\ne    fgh"
    assert clean(None) == "" and clean(12) == "12"


def test_direction_follows_the_majority_of_strong_letters() -> None:
    assert direction_of("UNIDIR هو معهد الأمم المتحدة لبحوث نزع السلاح.") == "R"
    assert direction_of("\u200eA/70/174\u200e، الفقرة \u200e13(b)\u200e") == "R"  # LRM marks not counted
    assert direction_of("The Law on Cybercrime (قانون الجرائم) applies.", "R") == "L"
    assert direction_of("«مرحبا» hello") == "L" and direction_of("«مرحبا» hello", "R") == "R"  # tie
    assert direction_of("\u200e\u200e\u200eمرحبا") == "R"
    assert direction_of("2024 — 13 (1)", "R") == "R"
    assert has_rtl("abc مرحبا") and not has_rtl("abc")
    assert has_cjk("abc 中文") and not has_cjk("Доклад")


def test_runs_choose_a_font_per_script(layout: TextLayout) -> None:
    runs = layout.runs("Report «تقرير» 报告 Доклад.")
    fonts = [font for font, _text in runs]
    text = "".join(part for _font, part in runs)
    assert text == "Report «تقرير» 报告 Доклад."
    latin, arabic, cjk = (layout.fonts.name(s) for s in (Script.LATIN, Script.ARABIC, Script.CJK))
    assert fonts[0] == latin and arabic in fonts and cjk in fonts and fonts[-1] == latin
    bold = layout.runs("Bold تقرير", bold=True)
    assert bold[0][0] == layout.fonts.name(Script.LATIN, bold=True)


def test_markup_is_escaped(layout: TextLayout) -> None:
    markup = layout.markup('<img src="/etc/passwd"/> & <b>')
    assert "<img" not in markup and "&lt;img" in markup and "&amp;" in markup
    Paragraph(markup, ParagraphStyle("x", fontName=layout.fonts.base)).wrap(200, 200)


def test_arabic_lines_are_wrapped_in_logical_order_then_reordered(layout: TextLayout) -> None:
    words = ["كلمة%d" % i for i in range(40)]
    style = ParagraphStyle("x", fontName=layout.fonts.base, fontSize=10, leading=14)
    para = LineParagraph(layout, " ".join(words), style, bold=False, base_dir="R")
    lines = para._lines(150)
    assert len(lines) > 3
    # the first line holds the first words (logical order), each line reordered on its own
    assert lines[0].split()[0] == shape("كلمة0")
    assert all(layout.width(line, 10) <= 150 for line in lines)
    width, height = para.wrap(150, 1000)
    assert height >= len(lines) * 14 - 1
    first_visual = get_display(lines[0], base_dir="R")
    assert first_visual.split()[-1] == get_display(shape("كلمة0"), base_dir="R")  # rightmost word


def test_cjk_units_follow_the_line_breaking_rule() -> None:
    assert cjk_units("本国（CERT）。政府，通过了《战略》") == ["本", "国", "（CERT）。", "政", "府，", "通", "过", "了",
                                                      "《战", "略》"]
    assert cjk_units("……很好——") == ["……", "很", "好", "——"]  # never split inside "……" or "——"
    assert cjk_units("CERT-EX") == ["CERT-EX"]


def test_cjk_lines_never_start_with_closing_punctuation(layout: TextLayout) -> None:
    style = ParagraphStyle("x", fontName=layout.fonts.base, fontSize=10, leading=14)
    text = "本国致力于落实框架，政府通过了（国家）战略。" * 30
    for width in range(60, 200, 7):
        lines = LineParagraph(layout, text, style, bold=False, base_dir="L")._lines(width)
        assert "".join(lines) == text
        assert not any(line[0] in "，。）》" for line in lines), width
        assert not any(line[-1] in "（《" for line in lines), width


def test_missing_fonts_name_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts_module, "font_dirs", lambda: [tmp_path])
    with pytest.raises(SurveyError) as caught:
        fonts_module._find()
    assert caught.value.code == "P001"
    assert "fonts-noto-core" in str(caught.value) and "fonts-wqy-microhei" in str(caught.value)


def test_shipped_fonts_are_found_first() -> None:
    for font in fonts_module.FONT_FILES.values():
        path = fonts_module.find_font_file(font)
        assert path is not None and path.parent.name == "fonts" and "assets" in path.parts


def test_page_splits_leave_no_single_line_behind() -> None:
    assert _split_point(10, 14 * 5.5, 14) == 5
    assert _split_point(10, 14 * 1.2, 14) is None  # one first line alone at the foot: move it all
    assert _split_point(10, 14 * 9.5, 14) == 8  # keep two lines for the next page
    assert _split_point(3, 14 * 1.5, 14) == 1
    assert _split_point(3, 14 * 5, 14) is None  # it fits: nothing to split
