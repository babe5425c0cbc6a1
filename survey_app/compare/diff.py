"""Compare two responses of a State item by item, even across questionnaire versions.

Pure functions over (Response, Questionnaire, answers): the Store is not needed, so the CLI, the
GUI and the PDF all share one result, and tests build questionnaires inline.

Items are matched by id, following renames (`Item.replaces`): an item of the newer questionnaire
that replaces an older id is compared with the answer stored under that old id.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from survey_app.compare import display
from survey_app.compare.textdiff import Op, Segment, merge, text_diff
from survey_app.questionnaire.model import Item, ItemType, Questionnaire, Role


class ItemStatus(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    NEWLY_ANSWERED = "newly_answered"
    NO_LONGER_ANSWERED = "no_longer_answered"
    NEW_QUESTION = "new_question"
    RETIRED_QUESTION = "retired_question"


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    #: a value outside the scale's order (e.g. "not applicable") or no answer on one side
    NOT_COMPARABLE = "not_comparable"


class Side(NamedTuple):
    """One response to compare: the answers map holds `Answer` objects or plain values."""

    response: Any
    questionnaire: Questionnaire
    answers: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RowChange:
    """A row of a repeating group that was added, removed or changed."""

    kind: str  # "added" | "removed" | "changed"
    old_text: str
    new_text: str
    #: sub-item ids whose value differs (changed rows only)
    fields: tuple[str, ...] = ()
    diff: tuple[Segment, ...] = ()


@dataclass(frozen=True, slots=True)
class NormMovement:
    norm: str
    item_id: str
    old_label: str
    new_label: str
    direction: Direction


@dataclass(frozen=True, slots=True)
class ItemComparison:
    #: id in the newer questionnaire (the old id for a retired question)
    item_id: str
    #: id the older answer is stored under, when it differs (a renamed item); else None
    renamed_from: str | None
    label: str
    item_type: ItemType | None
    part_id: str
    section_id: str
    status: ItemStatus
    old_value: Any
    new_value: Any
    old_text: str
    new_text: str
    #: text items: word-level diff; choices: old labels deleted, new labels inserted
    diff: tuple[Segment, ...] = ()
    #: groups: rows added, removed or changed
    rows: tuple[RowChange, ...] = ()
    norm: str | None = None
    movement: Direction | None = None
    #: the newer answer was carried forward from an earlier cycle and not yet confirmed or edited
    carried: bool = False

    @property
    def is_change(self) -> bool:
        return self.status is not ItemStatus.UNCHANGED


@dataclass(frozen=True, slots=True)
class SectionSummary:
    part_id: str
    section_id: str
    title: str
    counts: Mapping[ItemStatus, int]
    items: tuple[ItemComparison, ...]

    @property
    def changed(self) -> int:
        return sum(n for status, n in self.counts.items() if status is not ItemStatus.UNCHANGED)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class PartSummary:
    part_id: str
    title: str
    sections: tuple[SectionSummary, ...]

    @property
    def changed(self) -> int:
        return sum(section.changed for section in self.sections)

    @property
    def total(self) -> int:
        return sum(section.total for section in self.sections)


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Any
    new: Any
    old_questionnaire: Questionnaire
    new_questionnaire: Questionnaire
    parts: tuple[PartSummary, ...]
    norms: tuple[NormMovement, ...] = field(default=())

    @property
    def carried(self) -> int:
        """Answers of the newer response copied from an earlier cycle and not yet reviewed."""
        return sum(1 for item in self.items() if item.carried)

    def items(self, *, changes_only: bool = False) -> list[ItemComparison]:
        every = [item for part in self.parts for section in part.sections for item in section.items]
        return [item for item in every if item.is_change] if changes_only else every

    def counts(self) -> dict[ItemStatus, int]:
        totals = {status: 0 for status in ItemStatus}
        for item in self.items():
            totals[item.status] += 1
        return totals

    @property
    def changed(self) -> int:
        return sum(part.changed for part in self.parts)

    def item(self, item_id: str) -> ItemComparison:
        for item in self.items():
            if item.item_id == item_id:
                return item
        raise KeyError(item_id)


def changes_only(items: list[ItemComparison]) -> list[ItemComparison]:
    """The "changes only" filter: everything but unchanged items."""
    return [item for item in items if item.is_change]


# -- comparing ---------------------------------------------------------------------------------------


def compare_responses(
    old: Side | tuple[Any, Questionnaire, Mapping[str, Any]],
    new: Side | tuple[Any, Questionnaire, Mapping[str, Any]],
    *,
    gettext: Callable[[str], str] = lambda s: s,
    include_sensitive: bool = True,
) -> Comparison:
    """Compare `old` with `new`; each is (Response, questionnaire, answers by item id).

    With `include_sensitive=False` items marked sensitive (personal data) in either questionnaire
    are left out, as exports do by default.
    """
    old, new = Side(*old), Side(*new)
    old_q, new_q = old.questionnaire, new.questionnaire
    old_values, new_values = display.plain_values(old.answers), display.plain_values(new.answers)
    old_items = {item.id: item for item in old_q.items()}
    # A norm's status item is the same question even if its id changed without `replaces`.
    old_status_by_norm = {item.norm: item.id for item in old_q.norm_status_items() if item.norm}
    claimed: set[str] = set()

    sections: dict[tuple[str, str], list[ItemComparison]] = {}
    titles: dict[tuple[str, str], tuple[str, str]] = {}
    for part, section in new_q.sections():
        sections[(part.id, section.id)] = []
        titles[(part.id, section.id)] = (part.title, section.title)

    hidden = set() if include_sensitive else {
        item_id for q in (old_q, new_q) for item in q.items() if item.sensitive for item_id in (item.id, *item.replaces)
    }
    claimed.update(hidden)
    for part, section, item in new_q.walk():
        if not item.has_value or item.id in hidden:
            continue
        old_id = _counterpart(item, old_items, old_values)
        if old_id is None and item.role is Role.NORM_STATUS and item.norm in old_status_by_norm:
            old_id = old_status_by_norm[item.norm]
        if old_id is None or old_id in claimed:
            row = _new_question(item, new_values.get(item.id), gettext)
        else:
            claimed.add(old_id)
            row = _compare_item(
                item, old_items.get(old_id), old_id, old_values.get(old_id), new_values.get(item.id), gettext
            )
        sections[(part.id, section.id)].append(_placed(row, part.id, section.id))

    # Questions of the old questionnaire that are gone, then answers under ids neither knows.
    for part, section, item in old_q.walk():
        if not item.has_value or item.id in claimed:
            continue
        claimed.add(item.id)
        key = (part.id, section.id)
        if key not in sections:
            sections[key] = []
            titles[key] = (part.title, section.title)
        sections[key].append(
            _retired(item.id, item, old_values.get(item.id), new_values.get(item.id), gettext, key)
        )
    new_ids = {item.id for item in new_q.items()}
    orphans = sorted(set(old_values) - claimed - new_ids)
    for item_id in orphans:
        # answers to questions neither questionnaire asks: a difference only if not kept as they were
        kept = display.canonical(old_values[item_id]) == display.canonical(new_values.get(item_id))
        if not display.is_answered(old_values[item_id]) or kept:
            continue
        key = ("", "")
        sections.setdefault(key, [])
        titles.setdefault(key, (gettext("Retired questions"), gettext("Retired questions")))
        sections[key].append(_retired(item_id, None, old_values[item_id], new_values.get(item_id), gettext, key))

    carried = {
        item_id for item_id, answer in new.answers.items() if getattr(answer, "review", None) == "carried"
    }
    if carried:
        sections = {key: [_replace(row, carried=True) if row.item_id in carried else row for row in rows]
                    for key, rows in sections.items()}
    parts = _summaries(sections, titles)
    return Comparison(
        old=old.response,
        new=new.response,
        old_questionnaire=old_q,
        new_questionnaire=new_q,
        parts=parts,
        norms=_norm_movements(parts, old_q, new_q),
    )


def _counterpart(item: Item, old_items: Mapping[str, Item], old_values: Mapping[str, Any]) -> str | None:
    """The id this item had in the old response: itself, or an id it replaces."""
    if item.id in old_items:
        return item.id
    for old_id in item.replaces:
        if old_id in old_items or display.is_answered(old_values.get(old_id)):
            return old_id
    if display.is_answered(old_values.get(item.id)):
        return item.id
    return None


def _placed(row: ItemComparison, part_id: str, section_id: str) -> ItemComparison:
    return _replace(row, part_id=part_id, section_id=section_id)


def _replace(row: ItemComparison, **changes: Any) -> ItemComparison:
    fields = {name: getattr(row, name) for name in ItemComparison.__slots__}  # type: ignore[attr-defined]
    fields.update(changes)
    return ItemComparison(**fields)


def _new_question(item: Item, new_value: Any, gettext: Callable[[str], str]) -> ItemComparison:
    new_text = display.display_text(item, new_value, gettext=gettext)
    return ItemComparison(
        item_id=item.id,
        renamed_from=None,
        label=item.label,
        item_type=item.type,
        part_id="",
        section_id="",
        status=ItemStatus.NEW_QUESTION,
        old_value=None,
        new_value=new_value if display.is_answered(new_value) else None,
        old_text="",
        new_text=new_text,
        diff=(Segment(Op.INSERT, new_text),) if new_text else (),
        norm=item.norm,
    )


def _retired(
    item_id: str,
    item: Item | None,
    old_value: Any,
    kept_value: Any,
    gettext: Callable[[str], str],
    key: tuple[str, str],
) -> ItemComparison:
    old_text = display.display_text(item, old_value, gettext=gettext)
    kept = kept_value if display.is_answered(kept_value) else None
    return ItemComparison(
        item_id=item_id,
        renamed_from=None,
        label=item.label if item is not None else item_id,
        item_type=item.type if item is not None else None,
        part_id=key[0],
        section_id=key[1],
        status=ItemStatus.RETIRED_QUESTION,
        old_value=old_value if display.is_answered(old_value) else None,
        new_value=kept,
        old_text=old_text,
        new_text=display.display_text(item, kept, gettext=gettext),
        diff=(Segment(Op.DELETE, old_text),) if old_text else (),
        norm=item.norm if item is not None else None,
    )


def _compare_item(
    item: Item,
    old_item: Item | None,
    old_id: str,
    old_value: Any,
    new_value: Any,
    gettext: Callable[[str], str],
) -> ItemComparison:
    old_answered, new_answered = display.is_answered(old_value), display.is_answered(new_value)
    # The old value is read with the old item (its labels), falling back to the new one.
    reader = old_item or item
    if old_answered and new_answered:
        same = display.canonical(old_value) == display.canonical(new_value)
        status = ItemStatus.UNCHANGED if same else ItemStatus.CHANGED
    elif old_answered:
        status = ItemStatus.NO_LONGER_ANSWERED
    elif new_answered:
        status = ItemStatus.NEWLY_ANSWERED
    else:
        status = ItemStatus.UNCHANGED
    old_text = display.display_text(reader, old_value, gettext=gettext)
    new_text = display.display_text(item, new_value, gettext=gettext)
    diff: tuple[Segment, ...] = ()
    rows: tuple[RowChange, ...] = ()
    if status is not ItemStatus.UNCHANGED:
        if item.type is ItemType.GROUP:
            rows = _row_changes(reader, item, old_value if old_answered else [], new_value if new_answered else [], gettext)
        diff = _value_diff(item, reader, old_value, new_value, old_text, new_text)
    movement = None
    if item.role is Role.NORM_STATUS:
        movement = _direction(item, reader, old_value, new_value)
    return ItemComparison(
        item_id=item.id,
        renamed_from=old_id if old_id != item.id else None,
        label=item.label,
        item_type=item.type,
        part_id="",
        section_id="",
        status=status,
        old_value=old_value if old_answered else None,
        new_value=new_value if new_answered else None,
        old_text=old_text,
        new_text=new_text,
        diff=diff,
        rows=rows,
        norm=item.norm,
        movement=movement,
    )


_TEXT_TYPES = frozenset({ItemType.SHORT_TEXT, ItemType.LONG_TEXT})


def _value_diff(item: Item, old_item: Item, old_value: Any, new_value: Any, old_text: str, new_text: str) -> tuple[Segment, ...]:
    if item.type in _TEXT_TYPES:
        return text_diff(old_text, new_text)
    if item.type is ItemType.MULTI_CHOICE:
        return _choices_diff(item, old_item, old_value, new_value)
    pieces = []
    if old_text:
        pieces.append(Segment(Op.DELETE, old_text))
    if new_text:
        pieces.append(Segment(Op.INSERT, new_text))
    return tuple(pieces)


def _choices_diff(item: Item, old_item: Item, old_value: Any, new_value: Any) -> tuple[Segment, ...]:
    """Kept choices as they are, dropped ones deleted, added ones inserted; then the "other" text."""
    old_selected, old_other = display.selected_values(old_value)
    new_selected, new_other = display.selected_values(new_value)
    pieces: list[Segment] = []
    order = [v for v in item.choice_list.values()] if item.choice_list else []
    every = order + [v for v in old_selected + new_selected if v not in order]
    for value in every:
        in_old, in_new = value in old_selected, value in new_selected
        if not (in_old or in_new):
            continue
        label = display.choice_label(item if in_new else old_item, value)
        if pieces:
            pieces.append(Segment(Op.EQUAL, "; "))
        pieces.append(Segment(Op.EQUAL if in_old and in_new else Op.INSERT if in_new else Op.DELETE, label))
    if old_other.strip() or new_other.strip():
        if pieces:
            pieces.append(Segment(Op.EQUAL, "; "))
        pieces.extend(text_diff(old_other.strip(), new_other.strip()))
    return merge(pieces)


def _row_changes(old_item: Item, item: Item, old_rows: Any, new_rows: Any, gettext: Callable[[str], str]) -> tuple[RowChange, ...]:
    old_rows = [row for row in old_rows if isinstance(row, Mapping)] if isinstance(old_rows, list) else []
    new_rows = [row for row in new_rows if isinstance(row, Mapping)] if isinstance(new_rows, list) else []
    old_keys = [display.canonical_row(row) for row in old_rows]
    new_keys = [display.canonical_row(row) for row in new_rows]
    changes: list[RowChange] = []

    def text(group: Item, row: Mapping[str, Any]) -> str:
        return display.row_text(group, row, gettext=gettext)

    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(paired):
            old_row, new_row = old_rows[i1 + k], new_rows[j1 + k]
            fields = tuple(
                key
                for key in dict.fromkeys([*old_row, *new_row])
                if display.canonical(old_row.get(key)) != display.canonical(new_row.get(key))
            )
            old_t, new_t = text(old_item, old_row), text(item, new_row)
            changes.append(RowChange("changed", old_t, new_t, fields, text_diff(old_t, new_t)))
        for old_row in old_rows[i1 + paired : i2]:
            changes.append(RowChange("removed", text(old_item, old_row), ""))
        for new_row in new_rows[j1 + paired : j2]:
            changes.append(RowChange("added", "", text(item, new_row)))
    return tuple(changes)


def _direction(item: Item, old_item: Item, old_value: Any, new_value: Any) -> Direction:
    if not (isinstance(old_value, str) and isinstance(new_value, str)):
        return Direction.NOT_COMPARABLE
    if old_value == new_value:
        return Direction.SAME
    scale = item.choice_list
    old_scale = scale if scale is not None and old_value in scale.values() else old_item.choice_list
    if scale is None or old_scale is None:
        return Direction.NOT_COMPARABLE
    old_rank, new_rank = old_scale.rank(old_value), scale.rank(new_value)
    if old_rank is None or new_rank is None:
        return Direction.NOT_COMPARABLE
    if new_rank == old_rank:
        return Direction.SAME
    return Direction.UP if new_rank > old_rank else Direction.DOWN


# -- summaries ---------------------------------------------------------------------------------------


def _summaries(
    sections: Mapping[tuple[str, str], list[ItemComparison]],
    titles: Mapping[tuple[str, str], tuple[str, str]],
) -> tuple[PartSummary, ...]:
    by_part: dict[str, list[SectionSummary]] = {}
    part_titles: dict[str, str] = {}
    for (part_id, section_id), rows in sections.items():
        if not rows:
            continue
        counts = {status: 0 for status in ItemStatus}
        for row in rows:
            counts[row.status] += 1
        part_title, section_title = titles[(part_id, section_id)]
        part_titles.setdefault(part_id, part_title)
        by_part.setdefault(part_id, []).append(
            SectionSummary(part_id, section_id, section_title, counts, tuple(rows))
        )
    return tuple(PartSummary(part_id, part_titles[part_id], tuple(rows)) for part_id, rows in by_part.items())


def _norm_movements(
    parts: tuple[PartSummary, ...], old_q: Questionnaire, new_q: Questionnaire
) -> tuple[NormMovement, ...]:
    movements = []
    rows = {row.item_id: row for part in parts for section in part.sections for row in section.items}
    for item in new_q.norm_status_items():
        row = rows.get(item.id)
        if row is None or item.norm is None or not (row.old_text or row.new_text):
            continue
        movements.append(
            NormMovement(
                norm=item.norm,
                item_id=item.id,
                old_label=row.old_text,
                new_label=row.new_text,
                direction=row.movement or Direction.NOT_COMPARABLE,
            )
        )
    return tuple(movements)
