"""Questions and answers as flowables: labels, sources, guidance, values of every item type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from survey_app.i18n.core import translator
from survey_app.questionnaire import values
from survey_app.questionnaire.model import Item, ItemType
from survey_app.reports.layout import frame_height
from survey_app.reports.styles import Styles
from survey_app.reports.text import TextLayout, clean

#: a group whose cells hold more text than this is printed row by row instead of as a table
TABLE_CELL_LIMIT = 1500

#: a row split over pages keeps at least this many lines of text in each part
MIN_ROW_PART_LINES = 3


class AnswerFormatter:
    """Turns one item and its stored value into text and flowables in the document's language."""

    def __init__(
        self,
        layout: TextLayout,
        styles: Styles,
        *,
        language: str,
        direction: str,
        width: float,
        height: float | None = None,
        include_sensitive: bool = False,
    ):
        self.layout = layout
        #: height of the text frame: a table row taller than a page (less its header) is split
        self.height = height if height is not None else frame_height("A4")
        #: columns of repeating groups that hold personal data are printed only when asked for
        self.include_sensitive = include_sensitive
        #: width available to a table (the text frame's)
        self.width = width
        self.styles = styles
        self.language = language
        self.direction = direction
        self._ = translator(language)

    # -- text ---------------------------------------------------------------------------------
    def answered(self, item: Item, value: Any) -> bool:
        """True when there is something to print; a stored value of the wrong shape counts (it is
        printed as stored rather than hidden behind "No answer provided")."""
        try:
            if values.is_answered(item, value):
                return True
        except Exception:  # an odd stored shape still counts as an answer, printed as text
            return value is not None
        return _odd_shape(item, value)

    def text(self, item: Item, value: Any) -> str:
        """The answer as text ("" when unanswered); choices as labels, numbers and dates localised."""
        if not self.answered(item, value):
            return ""
        if _odd_shape(item, value):
            return _plain(value)
        kind = item.type
        try:
            if kind is ItemType.MULTI_CHOICE:
                return self._multi(item, value)
            if kind in (ItemType.YES_NO, ItemType.SINGLE_CHOICE, ItemType.SCALE, ItemType.GROUP):
                return values.display_text(item, value, self.language)
            if kind in (ItemType.INTEGER, ItemType.DECIMAL) and not isinstance(value, bool):
                from survey_app.i18n.formatting import format_number

                if kind is ItemType.INTEGER and isinstance(value, int) and abs(value) < 10000:
                    return str(value)  # years and small counts read better without a separator

                return format_number(value, self.language)
            if kind is ItemType.DATE:
                from survey_app.i18n.formatting import format_date

                return format_date(value, self.language, length="long")
        except Exception:  # a stored value of an unexpected shape: print what is stored
            pass
        return _plain(value)

    def _multi(self, item: Item, value: Any) -> str:
        chosen = values.selected_values(item, value)
        other = str(value.get("other") or "") if isinstance(value, Mapping) else ""
        lines = []
        for choice in chosen:
            in_list = item.choice_list is not None and choice in item.choice_list.values()
            if choice == values.OTHER and not in_list:
                lines.append(self._("Other: {text}").format(text=other) if other else self._("Other"))
            else:
                label = item.choice_list.label_of(choice) if item.choice_list is not None else choice
                if choice == values.OTHER and other:
                    label = f"{label}: {other}"
                lines.append(label)
        if not chosen and other:
            lines.append(self._("Other: {text}").format(text=other))
        return "\n".join(f"• {line}" for line in lines)

    # -- flowables ----------------------------------------------------------------------------
    def paragraphs(self, text: object, style, *, bold: bool = False) -> list[Flowable]:
        return self.layout.paragraphs(text, style, bold=bold, direction=self.direction)

    def question(self, item: Item, value: Any, *, translate: Callable[[str], str]) -> list[Flowable]:
        """The question (label, source, guidance) followed by its answer.

        The label, source and guidance keep with the start of the answer (their styles'
        keepWithNext; `layout.KeepWithStart`): the first lines of a text, the header and first
        row of a table, never the whole of a long answer.
        """
        styles = self.styles
        with self.layout.for_item(item.id):
            if item.type is ItemType.NOTE:
                return self.paragraphs(item.label, styles.note) + self.paragraphs(item.help, styles.guidance)
            flowables = self.paragraphs(item.label, styles.label, bold=True)
            if item.source:
                flowables += self.paragraphs(item.source, styles.source)
            if item.guidance:
                flowables += self.paragraphs(item.guidance, styles.guidance)
            if self.answered(item, value):
                flowables += self.answer(item, value)
            else:
                flowables += self.paragraphs(translate("No answer provided"), styles.unanswered)
            return flowables

    def answer(self, item: Item, value: Any) -> list[Flowable]:
        with self.layout.for_item(item.id):
            if item.type is ItemType.GROUP and isinstance(value, list):
                return self.group(item, value)
            return self.paragraphs(self.text(item, value), self.styles.answer)

    def group(self, item: Item, rows: list[Any]) -> list[Flowable]:
        """Rows of a repeating group: a table that splits over pages with its header repeated."""
        styles = self.styles
        subs = [sub for sub in item.items if self.include_sensitive or not sub.sensitive]
        if not subs:
            return self.paragraphs(_plain(rows), styles.answer)
        cells = [
            [self.text(sub, row.get(sub.id)) if isinstance(row, Mapping) else "" for sub in subs]
            for row in rows
            if isinstance(row, Mapping) and any(self.answered(sub, row.get(sub.id)) for sub in subs)
        ]
        if not cells:
            return self.paragraphs(self._("No answer provided"), styles.unanswered)
        if len(subs) > 6 or any(len(text) > TABLE_CELL_LIMIT for row in cells for text in row):
            return self._rows_as_text(subs, cells)
        rtl = self.direction == "R"
        header = [self.paragraphs(sub.label or " ", styles.cell_header, bold=True) for sub in subs]
        data = [header] + [[self.paragraphs(text or "—", styles.cell) for text in row] for row in cells]
        if rtl:
            data = [list(reversed(row)) for row in data]
        widths = [self.width / len(subs)] * len(subs)
        style = TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        table = GroupTable(data, colWidths=widths, repeatRows=1, hAlign="RIGHT" if rtl else "LEFT", style=style)
        table.frame_height = self.height
        table.min_part = MIN_ROW_PART_LINES * styles.cell.leading
        return [table]

    def _rows_as_text(self, subs: list[Item], cells: list[list[str]]) -> list[Flowable]:
        flowables: list[Flowable] = []
        for number, row in enumerate(cells, start=1):
            flowables += self.paragraphs(self._("Row {row}").format(row=number), self.styles.h3, bold=True)
            for sub, text in zip(subs, row):
                if text:
                    flowables += self.paragraphs(sub.label, self.styles.cell_header, bold=True)
                    flowables += self.paragraphs(text, self.styles.answer)
        return flowables


class GroupTable(Table):
    """The table of a repeating group: it splits over pages between rows, its header row at the
    top of every part; only a row taller than a page is split inside, cleanly.

    reportlab's own in-row splitting (`splitInRow`) cuts any row at the foot of a page, even one
    that fits on the next page, and then places the rest of the row under a repeated header in
    the space left on the same page; it also gives the cells' flowables the column width
    without the cell padding. Here, when the next row does not fit:

    - the table is split before that row (the row starts the next page, under the header);
    - a row that would not fit even on an empty page is split inside, at the foot of this page,
      each cell between its lines, with the cells' padding (at least `min_part` of text in each
      part, else the row starts the next page);
    - a table whose first row does not fit moves to the next page whole (`split` returns []).
    """

    #: height of the text frame; set by AnswerFormatter.group
    frame_height: float = 0.0
    #: least text height in each part of a row split inside
    min_part: float = 36.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        heights = self._rowHeights
        header = heights[0]
        used, fit = 0.0, 0
        for height in heights:
            if used + height > avail_height + 1e-6:
                break
            used += height
            fit += 1
        if fit == len(heights):
            return [self]
        if fit == 0:
            return []
        too_tall = self.frame_height > 0 and header + heights[fit] > self.frame_height + 1e-6
        if too_tall and fit >= 1:
            parts = self._split_row(fit, avail_height - used)
            if parts:
                return parts
        if fit >= 2:
            return [self._part([0, *range(1, fit)]), self._part([0, *range(fit, len(heights))])]
        return []

    def start_height(self) -> float:
        """The least height the table may start with at the foot of a page (after `wrap`)."""
        heights = self._rowHeights
        if len(heights) < 2:
            return sum(heights)
        if self.frame_height > 0 and heights[0] + heights[1] > self.frame_height:
            style = self._cellStyles[1][0]
            return heights[0] + self.min_part + style.topPadding + style.bottomPadding
        return heights[0] + heights[1]

    # -- parts ----------------------------------------------------------------------------------
    def _part(self, rows: list[int], replaced: dict[int, list] | None = None) -> "GroupTable":
        """A table of some rows of this one (row heights known, except for replaced rows)."""
        replaced = replaced or {}
        data = [replaced.get(index, self._cellvalues[index]) for index in rows]
        heights = [None if index in replaced else self._rowHeights[index] for index in rows]
        part = GroupTable(
            data, colWidths=self._colWidths, rowHeights=heights, repeatRows=1, hAlign=self.hAlign,
            style=self._group_style(),
        )
        part.frame_height, part.min_part = self.frame_height, self.min_part
        return part

    def _group_style(self) -> TableStyle:
        style = getattr(self, "_source_style", None)
        return style if style is not None else TableStyle([])

    def setStyle(self, tblstyle) -> None:  # noqa: N802 - reportlab's name
        if isinstance(tblstyle, TableStyle):
            self._source_style = tblstyle
        super().setStyle(tblstyle)

    def _split_row(self, row: int, room: float) -> list[Flowable]:
        """The table split inside `row`, whose first part fills `room` (points); [] if it cannot."""
        tops: list[list[Flowable]] = []
        rests: list[list[Flowable]] = []
        for column, (cell, style) in enumerate(zip(self._cellvalues[row], self._cellStyles[row])):
            width = self._colWidths[column] - style.leftPadding - style.rightPadding
            height = room - style.topPadding - style.bottomPadding
            if height < self.min_part:
                return []
            flowables = list(cell) if isinstance(cell, (list, tuple)) else [cell]
            top, rest = _split_cell(flowables, width, height)
            tops.append(top)
            rests.append(rest)
        if not any(tops):
            return []
        # a cell whose text ends in the first part leaves an empty cell below
        first = self._part([*range(0, row), row], {row: tops})
        second = self._part([0, row, *range(row + 1, len(self._rowHeights))], {row: rests})
        return [first, second]


def _split_cell(flowables: list[Flowable], width: float, height: float) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of a cell in two: what fits in `height` (split between lines), the rest."""
    top: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(flowables):
        _w, needed = flowable.wrap(width, height)
        before = flowable.getSpaceBefore() if top else 0.0
        if used + before + needed <= height + 1e-6:
            top.append(flowable)
            used += before + needed + flowable.getSpaceAfter()
            continue
        room = height - used - before
        parts = flowable.split(width, room) if room > 0 else []
        if len(parts) >= 2:
            return top + [parts[0]], list(parts[1:]) + flowables[index + 1:]
        return top, flowables[index:]
    return top, []


#: the Python types a stored answer has, per item type (see survey_app.questionnaire.model)
_EXPECTED: dict[ItemType, tuple[type, ...]] = {
    ItemType.SHORT_TEXT: (str,),
    ItemType.LONG_TEXT: (str,),
    ItemType.INTEGER: (int,),
    ItemType.DECIMAL: (str, int, float),
    ItemType.DATE: (str,),
    ItemType.YES_NO: (bool,),
    ItemType.SINGLE_CHOICE: (str,),
    ItemType.SCALE: (str,),
    ItemType.MULTI_CHOICE: (dict, list),
    ItemType.GROUP: (list,),
}


def _odd_shape(item: Item, value: Any) -> bool:
    """A non-empty value whose type does not fit the item (an old or hand-edited database)."""
    if value is None or value == "" or value == [] or value == {}:
        return False
    expected = _EXPECTED.get(item.type)
    return expected is not None and not isinstance(value, expected)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False, indent=1)
    return clean(value)
