"""The comparison as a PDF for a meeting: summary, norm movements, the norms × cycles chart, changes.

Built with the submission's fonts and text layout (`survey_app.reports`), so the six languages,
Arabic and escaping of user text behave identically. Readable in black and white: deletions are
struck through, insertions underlined and bold; chart cells are shaded by level *and* labelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from survey_app import __version__, output
from survey_app.compare import codes
from survey_app.compare.chart import StatusGrid, StatusLevel, status_colour
from survey_app.compare.diff import Comparison, Direction, ItemComparison, ItemStatus
from survey_app.compare.render import DIRECTION_NAMES, STATUS_NAMES, counts_line, headline
from survey_app.compare.textdiff import Op, Segment
from survey_app.errors import SurveyError
from survey_app.i18n.core import translator
from survey_app.i18n.languages import is_rtl
from survey_app.questionnaire.model import ItemType
from survey_app.reports.fonts import font_set
from survey_app.reports.layout import Bookkeeping, ReportDocTemplate, frame_width, numbered_canvas
from survey_app.reports.styles import GREY, make_styles
from survey_app.reports.text import TextLayout, clean, has_rtl

#: above this many cycles, chart cells show abbreviations (explained by the legend)
FULL_LABEL_CYCLES = 6
#: more characters than this in one diff are cut (the JSON output keeps everything)
MAX_DIFF_CHARS = 20_000

_TEXTUAL = frozenset({ItemType.SHORT_TEXT, ItemType.LONG_TEXT, ItemType.MULTI_CHOICE})


class _Writer:
    """Flowables of one comparison document, in one language and direction."""

    def __init__(self, language: str):
        self.fonts = font_set()
        self.layout = TextLayout(self.fonts)
        self.rtl = is_rtl(language)
        self.direction = "R" if self.rtl else "L"
        self.styles = make_styles(self.fonts.base, rtl=self.rtl)
        self._ = translator(language)
        body = self.styles.body
        self.diff_style = ParagraphStyle("diff", parent=self.styles.answer, leading=14)
        self.status_style = ParagraphStyle("status", parent=body, fontSize=8.5, leading=11, textColor=GREY)
        self.chart_cell = ParagraphStyle("chart_cell", parent=body, fontSize=7, leading=8.5, alignment=1)
        indent = {"rightIndent": 5 * mm} if self.rtl else {"leftIndent": 5 * mm}
        self.section_cell = ParagraphStyle("section_cell", parent=self.styles.cell, **indent)
        self.chart_norm = ParagraphStyle("chart_norm", parent=body, fontSize=7.5, leading=9)

    def para(self, text: object, style: ParagraphStyle, *, bold: bool = False) -> list[Flowable]:
        return self.layout.paragraphs(text, style, bold=bold, direction=self.direction)

    def line(self, text: object, style: ParagraphStyle, *, bold: bool = False) -> Flowable:
        return self.layout.paragraph(clean(text).replace("\n", " ") or " ", style, bold=bold, direction=self.direction)

    # -- diffs ------------------------------------------------------------------------------------
    def marked(self, segments: Sequence[Segment]) -> str:
        """Paragraph markup: deletions struck through, insertions underlined and bold."""
        out: list[str] = []
        used = 0
        for segment in segments:
            text = clean(segment.text)
            if used + len(text) > MAX_DIFF_CHARS:
                text = text[: max(0, MAX_DIFF_CHARS - used)] + " …"
            used += len(text)
            lines = [self.layout.markup(line, bold=segment.op is Op.INSERT) for line in text.split("\n")]
            markup = "<br/>".join(lines)
            if segment.op is Op.DELETE:
                markup = f"<strike>{markup}</strike>"
            elif segment.op is Op.INSERT:
                markup = f"<u>{markup}</u>"
            out.append(markup)
            if used >= MAX_DIFF_CHARS:
                break
        return "".join(out)

    def diff_paragraph(self, segments: Sequence[Segment]) -> Flowable:
        return Paragraph(self.marked(segments) or " ", self.layout.aligned(self.diff_style, self.direction, cjk=True))

    def before_after(self, old: str, new: str) -> list[Flowable]:
        """Right-to-left text cannot be marked inline (lines are reordered): both versions, labelled."""
        _ = self._
        story: list[Flowable] = []
        if old:
            story += self.para(f"{_('Before')}:", self.status_style)
            story += self.para(old, self.styles.answer)
        if new:
            story += self.para(f"{_('Now')}:", self.status_style)
            story += self.para(new, self.styles.answer, bold=True)
        return story

    def change(self, row: ItemComparison) -> list[Flowable]:
        _ = self._
        empty = _("(no answer)")
        renamed = f" · {_('formerly')} {row.renamed_from}" if row.renamed_from else ""
        story = self.para(row.label, self.styles.label, bold=True)
        carried = f" · {_('carried forward, not yet reviewed')}" if row.carried else ""
        story += self.para(f"{_(STATUS_NAMES[row.status])}{renamed}{carried}", self.status_style)
        if row.status is ItemStatus.UNCHANGED:
            return story + self.para(row.new_text or empty, self.styles.answer)
        if has_rtl(row.old_text) or has_rtl(row.new_text):
            return story + self.before_after(row.old_text, row.new_text)
        if row.status is ItemStatus.RETIRED_QUESTION:
            return story + [self.diff_paragraph([Segment(Op.DELETE, row.old_text or empty)])]
        if row.status is ItemStatus.NEW_QUESTION:
            return story + [self.diff_paragraph([Segment(Op.INSERT, row.new_text)] if row.new_text else [Segment(Op.EQUAL, empty)])]
        if row.item_type is ItemType.GROUP and row.rows:
            for change in row.rows:
                if change.kind == "added":
                    pieces = [Segment(Op.EQUAL, "+ "), Segment(Op.INSERT, change.new_text)]
                elif change.kind == "removed":
                    pieces = [Segment(Op.EQUAL, "− "), Segment(Op.DELETE, change.old_text)]
                else:
                    pieces = [Segment(Op.EQUAL, "~ "), *change.diff]
                story.append(self.diff_paragraph(pieces))
            return story
        if row.item_type in _TEXTUAL and row.diff:
            return story + [self.diff_paragraph(row.diff)]
        pieces = [
            Segment(Op.DELETE, row.old_text) if row.old_text else Segment(Op.EQUAL, empty),
            Segment(Op.EQUAL, "  →  "),
            Segment(Op.INSERT, row.new_text) if row.new_text else Segment(Op.EQUAL, empty),
        ]
        return story + [self.diff_paragraph(pieces)]

    # -- tables -----------------------------------------------------------------------------------
    def summary_table(self, comparison: Comparison, width: float) -> Table:
        _ = self._
        cell, head = self.styles.cell, self.styles.cell_header
        rows = [[self.line(_("Part and section"), head, bold=True), self.line(_("Differ"), head, bold=True),
                 self.line(_("Questions"), head, bold=True)]]
        shading = []
        for part in comparison.parts:
            shading.append(len(rows))
            rows.append([self.line(part.title, cell, bold=True), self.line(str(part.changed), cell, bold=True),
                         self.line(str(part.total), cell)])
            for section in part.sections:
                rows.append([self.line(section.title, self.section_cell), self.line(str(section.changed), cell),
                             self.line(str(section.total), cell)])
        table = Table(self._mirror(rows), colWidths=self._mirror([width - 50 * mm, 25 * mm, 25 * mm]), repeatRows=1)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ] + [("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)) for r in shading]
        table.setStyle(self._table_style(style))
        return table

    def norms_table(self, comparison: Comparison, width: float) -> Table:
        _ = self._
        cell, head = self.styles.cell, self.styles.cell_header
        marks = {Direction.UP: "▲ ", Direction.DOWN: "▼ ", Direction.SAME: "= ", Direction.NOT_COMPARABLE: ""}
        rows = [[self.line(_("Norm"), head, bold=True), self.line(str(comparison.old.cycle), head, bold=True),
                 self.line(str(comparison.new.cycle), head, bold=True), self.line(_("Movement"), head, bold=True)]]
        for movement in comparison.norms:
            rows.append([
                self.line(movement.norm, cell),
                self.line(movement.old_label or "–", cell),
                self.line(movement.new_label or "–", cell, bold=movement.direction in (Direction.UP, Direction.DOWN)),
                self.line(marks[movement.direction] + _(DIRECTION_NAMES[movement.direction]), cell),
            ])
        quarter = width / 4
        table = Table(self._mirror(rows), colWidths=[quarter] * 4, repeatRows=1)
        table.setStyle(self._table_style([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ]))
        return table

    def chart(self, grid: StatusGrid, width: float) -> list[Flowable]:
        _ = self._
        full = len(grid.cycles) <= FULL_LABEL_CYCLES
        norm_width = 48 * mm
        cycle_width = (width - norm_width) / max(1, len(grid.cycles))
        head = self.chart_cell
        rows = [[self.line(_("Norm"), self.chart_norm, bold=True)]
                + [self.line(str(cycle), head, bold=True) for cycle in grid.cycles]]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.Color(0.5, 0.5, 0.5)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ]
        for r, norm in enumerate(grid.norms, start=1):
            title = grid.titles.get(norm, norm)
            row: list[Flowable] = [self.line(title if len(title) < 60 else norm, self.chart_norm)]
            for c, level in enumerate(grid.row(norm), start=1):
                row.append(self.line(self._cell_text(level, full), head))
                col = len(grid.cycles) - c if self.rtl else c
                style.append(("BACKGROUND", (col, r), (col, r), self._fill(level)))
            rows.append(row)
        widths = [norm_width] + [cycle_width] * len(grid.cycles)
        table = Table(self._mirror(rows), colWidths=self._mirror(widths), repeatRows=1)
        table.setStyle(self._table_style(style))
        note = self.para(_("Darker cells: further along. “–”: no answer that cycle."), self.status_style)
        if not grid.legend:
            return [table, *note]
        legend_cells = [[self.line(f"{level.short} = {level.label}", head) for level in grid.legend]]
        legend = Table(self._mirror(legend_cells), colWidths=[width / max(1, len(grid.legend))] * len(grid.legend))
        legend_style = [("GRID", (0, 0), (-1, -1), 0.5, colors.white)]
        for c, level in enumerate(grid.legend):
            col = len(grid.legend) - 1 - c if self.rtl else c
            legend_style.append(("BACKGROUND", (col, 0), (col, 0), self._fill(level)))
        legend.setStyle(self._table_style(legend_style))
        return [table, Spacer(1, 2 * mm), legend, *note]

    def _table_style(self, commands: list) -> TableStyle:
        # a Table's own cell font defaults to Helvetica, which would appear unembedded in the PDF
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.base), *commands])

    @staticmethod
    def _cell_text(level: StatusLevel | None, full: bool) -> str:
        if level is None:
            return "–"
        return level.label if full else level.short

    @staticmethod
    def _fill(level: StatusLevel | None) -> colors.Color:
        if level is None:
            return colors.white
        red, green, blue = status_colour(level.fraction)
        return colors.Color(red, green, blue)

    def _mirror(self, rows: list) -> list:
        """Columns right to left for Arabic."""
        if not self.rtl:
            return rows
        return [list(reversed(row)) for row in rows] if rows and isinstance(rows[0], list) else list(reversed(rows))


def build_comparison_pdf(
    comparison: Comparison,
    out: Path,
    *,
    grid: StatusGrid | None = None,
    language: str | None = None,
    changes_only: bool = True,
    page_size: str = "A4",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the comparison PDF to `out` (atomically: a partial file never replaces a good one)."""
    language = language or comparison.new.language
    writer = _Writer(language)
    _ = writer._
    styles = writer.styles
    width = frame_width(page_size)
    state_name = comparison.new.state.name

    story: list[Flowable] = []
    story += writer.para(_("Year-over-year comparison"), styles.h1, bold=True)
    story += writer.para(headline(comparison, gettext=_), styles.cover_line, bold=True)
    story += writer.para(counts_line(comparison, gettext=_), styles.cover_line)
    story += writer.para(
        _("Deleted text is struck through; new text is underlined and bold."), writer.status_style
    )
    story.append(Spacer(1, 4 * mm))
    if grid is not None and not grid.is_empty:
        story += writer.para(_("Status of each norm by cycle"), styles.h2, bold=True)
        story.append(KeepTogether(writer.chart(grid, width)))
    if comparison.norms:
        story += writer.para(_("Implementation status of the norms"), styles.h2, bold=True)
        story.append(writer.norms_table(comparison, width))
    # the summary table is long: its heading may not drag it to the next page
    story.append(CondPageBreak(40 * mm))
    story += writer.para(_("Summary"), ParagraphStyle("h2-loose", parent=styles.h2, keepWithNext=0), bold=True)
    story.append(writer.summary_table(comparison, width))
    story.append(PageBreak())

    story += writer.para(_("Changes") if changes_only else _("All questions"), styles.h1, bold=True)
    rows = comparison.items(changes_only=changes_only)
    if not rows:
        story += writer.para(_("No differences."), styles.body)
    titles = {(p.part_id, s.section_id): (p.title, s.title) for p in comparison.parts for s in p.sections}
    current: tuple[str, str] | None = None
    for index, row in enumerate(rows, start=1):
        key = (row.part_id, row.section_id)
        if key != current:
            current = key
            part_title, section_title = titles.get(key, ("", ""))
            story += writer.para(f"{part_title} · {section_title}", styles.h3, bold=True)
        story.append(KeepTogether(writer.change(row)))
        if progress is not None:
            progress(index, len(rows))

    book = Bookkeeping()
    header = f"{state_name} · {comparison.old.cycle} → {comparison.new.cycle}"
    generated = dt.date.today().isoformat()
    layout = writer.layout

    def decorate(canv, page: int, total: int) -> None:
        page_width, page_height = canv._pagesize
        left, right = 22 * mm, page_width - 22 * mm
        start, end = (right, left) if writer.rtl else (left, right)
        start_align, end_align = ("right", "left") if writer.rtl else ("left", "right")
        canv.saveState()
        canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canv.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        canv.setLineWidth(0.5)
        top = page_height - 14 * mm
        layout.draw_line(canv, start, top, header, size=8, align=start_align, max_width=(right - left) * 0.7)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        layout.draw_line(canv, start, bottom, f"{_('Year-over-year comparison')} · {generated}", size=8,
                         align=start_align, max_width=(right - left) * 0.6)
        layout.draw_line(canv, end, bottom, _("Page {page} of {total}").format(page=page, total=total), size=8,
                         align=end_align)
        canv.restoreState()

    canvas_class = numbered_canvas(book, decorate=decorate, number_font=writer.fonts.base, number_size=8, rtl=writer.rtl)
    out = Path(out)
    doc = ReportDocTemplate(
        str(out),
        page_size=page_size,
        on_page=lambda _canv, _doc: None,
        title=f"{_('Year-over-year comparison')}: {state_name} ({comparison.old.cycle}–{comparison.new.cycle})",
        author=state_name,
        creator=f"survey-app {__version__}",
        lang=language,
        initialFontName=writer.fonts.base,
    )
    try:
        with output.private_output(out) as handle:
            doc.filename = handle  # reportlab writes into the file we created (one pass)
            doc.build(story, canvasmaker=canvas_class)
    except OSError as exc:
        raise SurveyError(codes.COMPARE_BAD_OUTPUT, "{out}: the PDF cannot be written ({reason}).",
                          values={"out": out, "reason": exc.strerror or exc}) from None
    return out

