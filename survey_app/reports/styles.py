"""Paragraph styles of the submission PDF (sizes, spacing, colours), mirrored for right-to-left."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

GREY = colors.Color(0.35, 0.35, 0.35)
DARK_BLUE = colors.Color(0.05, 0.2, 0.4)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    label: ParagraphStyle
    answer: ParagraphStyle
    unanswered: ParagraphStyle
    source: ParagraphStyle
    guidance: ParagraphStyle
    note: ParagraphStyle
    intro: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_state: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    marking: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    small: ParagraphStyle
    digest: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle


def make_styles(font: str, *, rtl: bool) -> Styles:
    """Styles whose base font is `font` (runs in other scripts switch font inside the markup)."""

    def indent(amount: float) -> dict[str, float]:
        return {"rightIndent": amount} if rtl else {"leftIndent": amount}

    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14, spaceAfter=2)
    label = ParagraphStyle("label", parent=body, spaceBefore=8, spaceAfter=1, keepWithNext=1, textColor=DARK_BLUE)
    answer = ParagraphStyle("answer", parent=body, spaceAfter=3, **indent(6 * mm))
    return Styles(
        body=body,
        label=label,
        answer=answer,
        unanswered=ParagraphStyle("unanswered", parent=answer, textColor=GREY),
        source=ParagraphStyle("source", parent=body, fontSize=8, leading=11, textColor=GREY, keepWithNext=1, spaceAfter=1),
        guidance=ParagraphStyle("guidance", parent=body, fontSize=8.5, leading=12, textColor=GREY, keepWithNext=1,
                                **indent(3 * mm)),
        note=ParagraphStyle("note", parent=body, textColor=GREY, spaceBefore=6),
        intro=ParagraphStyle("intro", parent=body, fontSize=9.5, leading=13.5, spaceAfter=4),
        h1=ParagraphStyle("h1", parent=body, fontSize=17, leading=22, spaceBefore=6, spaceAfter=8, textColor=DARK_BLUE,
                          keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontSize=13, leading=17, spaceBefore=12, spaceAfter=4, textColor=DARK_BLUE,
                          keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        cover_state=ParagraphStyle("cover_state", parent=body, fontSize=24, leading=32, alignment=TA_CENTER,
                                   spaceAfter=10),
        cover_title=ParagraphStyle("cover_title", parent=body, fontSize=18, leading=24, textColor=DARK_BLUE,
                                   alignment=TA_CENTER, spaceAfter=6),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=11, leading=16, spaceAfter=3),
        marking=ParagraphStyle("marking", parent=body, fontSize=11, leading=15, textColor=colors.Color(0.6, 0, 0)),
        toc1=ParagraphStyle("toc1", parent=body, fontSize=10.5, leading=15, spaceBefore=5),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9.5, leading=13, spaceBefore=1),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=12),
        digest=ParagraphStyle("digest", parent=body, fontSize=8, leading=11),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=1),
        cell_header=ParagraphStyle("cell_header", parent=body, fontSize=9, leading=12, spaceAfter=0),
    )
