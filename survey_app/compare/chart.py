"""The implementation status of each norm over the cycles of one State: a norms × cycles grid.

Data only; the GUI (`gui/chart_widget.py`) and the comparison PDF draw it. Each cell carries the
status value, its label, a short abbreviation and its rank on the scale, so a drawing can use
colour *and* a grayscale level *and* text, and stay readable in black and white.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from survey_app.compare.display import is_answered, plain_value
from survey_app.compare.diff import Side
from survey_app.questionnaire.model import ChoiceList, Item, Questionnaire, Role


@dataclass(frozen=True, slots=True)
class StatusLevel:
    """One status of the scale, as the legend shows it."""

    value: str
    label: str
    short: str
    #: position on the scale from 0 (lowest); None for values outside the order (not applicable)
    rank: int | None
    #: number of ranked levels of the scale
    levels: int

    @property
    def fraction(self) -> float | None:
        """0.0 for the lowest level, 1.0 for the highest; None outside the order."""
        if self.rank is None:
            return None
        return self.rank / (self.levels - 1) if self.levels > 1 else 1.0


@dataclass(frozen=True, slots=True)
class StatusGrid:
    norms: tuple[str, ...]
    #: norm -> title of its section in the newest questionnaire ("Norm 13(g): ...")
    titles: Mapping[str, str]
    cycles: tuple[int, ...]
    #: (norm, cycle) -> status; missing when the norm was not answered (or not asked) that cycle
    cells: Mapping[tuple[str, int], StatusLevel]
    legend: tuple[StatusLevel, ...] = ()
    #: cycle -> response id, so a click on a column can open that response
    response_ids: Mapping[int, int] = field(default_factory=dict)

    def cell(self, norm: str, cycle: int) -> StatusLevel | None:
        return self.cells.get((norm, cycle))

    def row(self, norm: str) -> list[StatusLevel | None]:
        return [self.cells.get((norm, cycle)) for cycle in self.cycles]

    @property
    def is_empty(self) -> bool:
        return not self.norms or not self.cycles


def abbreviations(labels: Sequence[str]) -> list[str]:
    """Short, distinct forms of labels: initials ("In progress" -> "IP"), lengthened on clashes."""
    result = [_short(label) for label in labels]
    for index, label in enumerate(labels):
        if result.count(result[index]) == 1:
            continue
        # a clash: more letters of the last word, then a number as the last resort
        words = re.findall(r"\w+", label) or [label]
        head = "".join(w[0] for w in words[:-1]).upper()
        for length in range(2, len(words[-1]) + 1):
            candidate = head + words[-1][:length].title()
            if candidate not in result:
                break
        else:
            candidate = f"{result[index]}{index + 1}"
        result[index] = candidate
    return result


def _short(label: str) -> str:
    if label and not label.isascii() and not any(c.isspace() for c in label):
        return label[:3]  # Chinese and similar: the label itself is short and clearer than initials
    words = re.findall(r"\w+", label) or [label]
    if len(words) > 1:
        return "".join(w[0] for w in words).upper()[:4]
    return words[0][:2].title()


def legend_of(choice_list: ChoiceList | None) -> tuple[StatusLevel, ...]:
    if choice_list is None:
        return ()
    labels = [choice.label for choice in choice_list.choices]
    shorts = abbreviations(labels)
    levels = sum(1 for c in choice_list.choices if c.value not in choice_list.unordered_values)
    return tuple(
        StatusLevel(choice.value, choice.label, short, choice_list.rank(choice.value), levels)
        for choice, short in zip(choice_list.choices, shorts, strict=True)
    )


def _status_value(item: Item, answers: Mapping[str, Any]) -> str | None:
    for item_id in (item.id, *item.replaces):
        value = plain_value(answers.get(item_id))
        if is_answered(value) and isinstance(value, str):
            return value
    return None


def _norm_titles(questionnaire: Questionnaire) -> dict[str, str]:
    titles: dict[str, str] = {}
    for _part, section, item in questionnaire.walk():
        if item.norm and item.role is Role.NORM_STATUS:
            titles.setdefault(item.norm, section.title)
    return titles


def status_grid(sides: Iterable[Side | tuple[Any, Questionnaire, Mapping[str, Any]]]) -> StatusGrid:
    """The grid over every given response (one per cycle; a later one for the same cycle wins).

    Norms are in the order of the newest questionnaire, then norms only older ones asked.
    """
    ordered = sorted((Side(*side) for side in sides), key=lambda side: side.response.cycle)
    by_cycle = {side.response.cycle: side for side in ordered}
    if not by_cycle:
        return StatusGrid((), {}, (), {})
    cycles = tuple(sorted(by_cycle))
    newest = by_cycle[cycles[-1]].questionnaire
    norms: list[str] = []
    titles: dict[str, str] = {}
    for side in [by_cycle[c] for c in reversed(cycles)]:
        for norm, title in _norm_titles(side.questionnaire).items():
            if norm not in titles:
                norms.append(norm)
                titles[norm] = title
    status_items = [item for item in newest.norm_status_items() if item.choice_list is not None]
    legend = legend_of(status_items[0].choice_list if status_items else None)
    shorts = {level.value: level for level in legend}
    cells: dict[tuple[str, int], StatusLevel] = {}
    for cycle in cycles:
        side = by_cycle[cycle]
        for item in side.questionnaire.norm_status_items():
            if item.norm is None:
                continue
            value = _status_value(item, side.answers)
            if value is None:
                continue
            cells[(item.norm, cycle)] = _level(item, value, shorts)
    return StatusGrid(
        norms=tuple(norms),
        titles=titles,
        cycles=cycles,
        cells=cells,
        legend=legend,
        response_ids={cycle: getattr(by_cycle[cycle].response, "id", 0) for cycle in cycles},
    )


def _level(item: Item, value: str, legend: Mapping[str, StatusLevel]) -> StatusLevel:
    """The value as the newest scale knows it; an older scale's own label when it is gone."""
    known = legend.get(value)
    if known is not None:
        return known
    choice_list = item.choice_list
    label = choice_list.label_of(value) if choice_list else value
    own = {level.value: level for level in legend_of(choice_list)}
    return own.get(value) or StatusLevel(value, label, abbreviations([label])[0], None, 0)


def _luma(red: float, green: float, blue: float) -> float:
    return 0.299 * red + 0.587 * green + 0.114 * blue


def status_colour(fraction: float | None) -> tuple[float, float, float]:
    """Fill colour of a status cell (RGB, 0..1): red-ish to green as the status rises, and darker.

    The lightness falls steadily with the level, so the order survives grayscale printing; black
    text stays readable on every fill. Values outside the order are a neutral light grey.
    """
    import colorsys

    if fraction is None:
        return (0.93, 0.93, 0.93)
    fraction = min(1.0, max(0.0, fraction))
    hue = (8 + 112 * fraction) / 360
    target = 0.90 - 0.32 * fraction
    low, high = 0.0, 1.0
    for _step in range(30):  # find the HLS lightness whose gray level is the target
        middle = (low + high) / 2
        if _luma(*colorsys.hls_to_rgb(hue, middle, 0.55)) < target:
            low = middle
        else:
            high = middle
    return colorsys.hls_to_rgb(hue, (low + high) / 2, 0.55)
