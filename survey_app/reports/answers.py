"""Questions and answers as flowables: labels, sources, guidance, values of every item type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from survey_app.i18n.core import translator
from survey_app.questionnaire import values
from survey_app.questionnaire.model import Item, ItemType
from survey_app.reports.styles import Styles
from survey_app.reports.text import TextLayout, clean

#: a group whose cells hold more text than this is printed row by row instead of as a table
TABLE_CELL_LIMIT = 1500


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
        include_sensitive: bool = False,
    ):
        self.layout = layout
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
        """The question (label, source, guidance) followed by its answer."""
        styles = self.styles
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
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="RIGHT" if rtl else "LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
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
