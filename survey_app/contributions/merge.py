"""Three-way merge of answer values: what the lead sent (base), what the lead has now (mine) and what
the other agency returned (theirs).

Pure and headless: values in, a `MergePlan` out; `service` writes `MergePlan.writes()` through the
store. Values are compared by their canonical JSON, so key order never matters, and every kind of
"no answer" (None, blank text, [], {}, a dict whose values are all blank) is one and the same value.
Results always keep the actual values of the side they come from, never the canonical form.

A repeating group that both sides changed is merged row by row (`merge_rows`): rows are matched to
the base by content with difflib, so a row edited on one side and untouched on the other takes the
edit, and rows both sides added are kept (mine's first). A row changed differently on both sides,
or edited on one and deleted on the other, makes the whole item a conflict. Moving a row counts as
deleting it and inserting it elsewhere, so reordering merges with edits of the rows that did not
move and conflicts with an edit of a moved row (difflib decides which rows "moved": it keeps the
first longest run of matching rows).

One refinement of plain difflib opcodes: a changed block of unequal length ('replace') pairs its
leading rows position to position as edits and deletes or inserts only the rest. Treating the whole
block as deleted and re-inserted would duplicate a row both sides appended when one side also
edited the row before it, and would let an edited row silently come back after the other side
deleted it; with the pairing, both are handled (once; a conflict).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from survey_app.storage.api import Value

#: one row of a repeating group: column id -> value
Row = dict[str, Value]


class Outcome(StrEnum):
    #: only theirs changed: theirs is written
    TAKEN = "taken"
    #: only mine changed, or nothing changed: mine stays
    KEPT = "kept"
    #: both changed to the same value: nothing to write
    SAME = "same"
    #: a repeating group merged row by row (or a conflict resolved by editing): the result is written
    MERGED = "merged"
    #: both changed differently: the lead must choose
    CONFLICT = "conflict"


class Choice(StrEnum):
    """How the lead resolves a conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    EDITED = "edited"


class UnresolvedConflicts(ValueError):
    """`MergePlan.writes` was asked for while conflicts remain; `item_ids` names them."""

    def __init__(self, item_ids: Sequence[str]) -> None:
        super().__init__(f"{len(item_ids)} unresolved conflict(s): {', '.join(item_ids)}")
        self.item_ids = tuple(item_ids)


# -- canonical values ----------------------------------------------------------------------------
def _normal(value: Value) -> Value:
    """The value with every kind of "no answer" turned into None, recursively inside dicts."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, Mapping):
        kept = {str(key): normal for key, v in value.items() if (normal := _normal(v)) is not None}
        return kept or None
    if isinstance(value, (list, tuple)):
        return [_normal(v) for v in value] or None
    return value


def canonical(value: Value) -> str:
    """The canonical JSON of a value: equal strings mean the same answer."""
    return json.dumps(_normal(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def same_value(a: Value, b: Value) -> bool:
    return canonical(a) == canonical(b)


def is_empty(value: Value) -> bool:
    """True for every kind of "no answer" (None, blank text, [], {}, a dict of blanks)."""
    return _normal(value) is None


# -- one item ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemMerge:
    item_id: str
    outcome: Outcome
    base: Value
    mine: Value
    theirs: Value
    #: what would be written: theirs for TAKEN, the merged rows for MERGED, mine otherwise
    #: (for CONFLICT: mine until resolved)
    result: Value
    #: how the lead resolved this item's conflict; None when it was never a conflict
    resolution: Choice | None = field(default=None, kw_only=True)

    @property
    def writes(self) -> bool:
        """True when the result differs from mine (so applying the merge changes the answer)."""
        return not same_value(self.result, self.mine)

    @property
    def is_conflict(self) -> bool:
        """True for a conflict, resolved or not (a resolved one can be resolved again)."""
        return self.outcome is Outcome.CONFLICT or self.resolution is not None


def merge_value(item_id: str, base: Value, mine: Value, theirs: Value, *, rows: bool = False) -> ItemMerge:
    """Three-way merge of one item.

    theirs == base -> KEPT; mine == base -> TAKEN; mine == theirs -> SAME; otherwise, with `rows`
    and all three lists of rows (any empty value counts as []), the row merge: MERGED (TAKEN or
    KEPT when the merged rows equal theirs or mine), or CONFLICT when rows cannot be merged safely.
    Anything else is a CONFLICT whose result is mine until resolved.
    """
    key_base, key_mine, key_theirs = canonical(base), canonical(mine), canonical(theirs)

    def outcome(kind: Outcome, result: Value) -> ItemMerge:
        return ItemMerge(item_id, kind, base, mine, theirs, result)

    if key_theirs == key_base:
        return outcome(Outcome.KEPT, mine)
    if key_mine == key_base:
        return outcome(Outcome.TAKEN, theirs)
    if key_mine == key_theirs:
        return outcome(Outcome.SAME, mine)
    if rows:
        sides = [_as_rows(v) for v in (base, mine, theirs)]
        if sides[0] is not None and sides[1] is not None and sides[2] is not None:
            merged = merge_rows(sides[0], sides[1], sides[2])
            if merged is not None:
                key_merged = canonical(merged)
                if key_merged == key_theirs:
                    return outcome(Outcome.TAKEN, theirs)
                if key_merged == key_mine:
                    return outcome(Outcome.KEPT, mine)
                return outcome(Outcome.MERGED, merged)
    return outcome(Outcome.CONFLICT, mine)


def _as_rows(value: Value) -> list[Row] | None:
    """The value as rows of a group, or None when it is not a list of dicts."""
    if is_empty(value):
        return []
    if isinstance(value, (list, tuple)) and all(isinstance(row, Mapping) for row in value):
        return [dict(row) for row in value]
    return None


# -- rows of a repeating group -------------------------------------------------------------------
class _Fate(StrEnum):
    KEPT = "kept"
    EDITED = "edited"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class _Alignment:
    """One side against the base: per base row its fate (and the row now), plus inserted rows by anchor."""

    fates: tuple[tuple[_Fate, Row | None], ...]
    #: base index the rows are inserted after (-1 = at the start) -> rows
    inserts: dict[int, list[Row]]


def _align(base_keys: list[str], side: list[Row]) -> _Alignment:
    side_keys = [canonical(row) for row in side]
    fates: list[tuple[_Fate, Row | None]] = [(_Fate.DELETED, None)] * len(base_keys)
    inserts: dict[int, list[Row]] = {}
    matcher = SequenceMatcher(None, base_keys, side_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # 'replace' pairs rows position to position: all of them when the lengths are equal, the
        # leading ones otherwise (see the module docstring); the rest are deleted or inserted
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(i2 - i1 if tag == "equal" else paired):
            fates[i1 + offset] = (_Fate.KEPT if tag == "equal" else _Fate.EDITED, side[j1 + offset])
        if tag != "equal" and j2 > j1 + paired:
            inserts.setdefault(i1 + paired - 1, []).extend(side[j1 + paired : j2])
    return _Alignment(tuple(fates), inserts)


def merge_rows(base: list[Row], mine: list[Row], theirs: list[Row]) -> list[Row] | None:
    """Rows merged, or None when they cannot be matched safely (then the whole item is a conflict).

    Each side is aligned to the base by content with difflib: every base row is kept, edited (rows
    of a changed block map position to position, as far as both sides of the block have rows) or
    deleted; new rows are anchored after a base row.
    Per base row: the same fate on both sides -> that; changed on one side only -> the change;
    changed differently on both (edit vs other edit, edit vs delete) -> None. Rows inserted at the
    same place: identical, or one side's rows the start of the other's -> the longer once; no row in
    common -> mine's then theirs'; rows in common otherwise (interleaved) -> None. Output: the
    surviving base rows in order, each followed by the rows inserted after it.
    """
    base_keys = [canonical(row) for row in base]
    ours, other = _align(base_keys, mine), _align(base_keys, theirs)
    merged: list[Row] = []

    def insertions(anchor: int) -> bool:
        from_mine, from_theirs = ours.inserts.get(anchor, []), other.inserts.get(anchor, [])
        keys_mine, keys_theirs = [canonical(r) for r in from_mine], [canonical(r) for r in from_theirs]
        if keys_theirs[:len(keys_mine)] == keys_mine:  # theirs adds after what mine added (or the same)
            merged.extend(from_theirs)
        elif keys_mine[:len(keys_theirs)] == keys_theirs:
            merged.extend(from_mine)
        elif set(keys_mine) & set(keys_theirs):
            return False  # the same rows added in different orders: the lead chooses
        else:
            merged.extend(from_mine + from_theirs)
        return True

    if not insertions(-1):
        return None
    for index, ((fate_mine, row_mine), (fate_theirs, row_theirs)) in enumerate(
        zip(ours.fates, other.fates, strict=True)
    ):
        if fate_theirs is _Fate.KEPT:
            fate, row = fate_mine, row_mine
        elif fate_mine is _Fate.KEPT:
            fate, row = fate_theirs, row_theirs
        elif fate_mine is fate_theirs and canonical(row_mine) == canonical(row_theirs):
            fate, row = fate_mine, row_mine
        else:
            return None
        if fate is not _Fate.DELETED and row is not None:
            merged.append(row)
        if not insertions(index):
            return None
    return merged


# -- resolving conflicts -------------------------------------------------------------------------
def resolve(merge: ItemMerge, choice: Choice, edited: Value = None) -> ItemMerge:
    """A conflict resolved: MINE -> KEPT with mine; THEIRS -> TAKEN with theirs; EDITED -> MERGED
    with `edited`. A resolved conflict can be resolved again; anything else raises ValueError."""
    choice = Choice(choice)
    if not merge.is_conflict:
        raise ValueError(f"item {merge.item_id} is {merge.outcome}, not a conflict")
    if choice is not Choice.EDITED and edited is not None:
        raise ValueError(f"an edited value is only taken with {Choice.EDITED!s}, not {choice!s}")
    outcome, result = {
        Choice.MINE: (Outcome.KEPT, merge.mine),
        Choice.THEIRS: (Outcome.TAKEN, merge.theirs),
        Choice.EDITED: (Outcome.MERGED, edited),
    }[choice]
    return replace(merge, outcome=outcome, result=result, resolution=choice)


# -- a whole reply -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MergePlan:
    """The merge of every item of a reply, in questionnaire order."""

    items: tuple[ItemMerge, ...]

    def __post_init__(self) -> None:
        ids = [item.item_id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"an item appears twice in the merge: {sorted({i for i in ids if ids.count(i) > 1})}")

    @property
    def conflicts(self) -> tuple[ItemMerge, ...]:
        """The conflicts not resolved yet."""
        return tuple(item for item in self.items if item.outcome is Outcome.CONFLICT)

    def counts(self) -> dict[Outcome, int]:
        counts = dict.fromkeys(Outcome, 0)
        for item in self.items:
            counts[item.outcome] += 1
        return counts

    def writes(self) -> dict[str, Value]:
        """item_id -> result for every item whose result differs from mine.

        Raises `UnresolvedConflicts` (a ValueError) while any conflict is unresolved.
        """
        if conflicts := self.conflicts:
            raise UnresolvedConflicts([item.item_id for item in conflicts])
        return {item.item_id: item.result for item in self.items if item.writes}

    def with_resolution(self, item_id: str, choice: Choice, edited: Value = None) -> MergePlan:
        """The plan with one conflict resolved; KeyError for an item not in the plan."""
        if item_id not in {item.item_id for item in self.items}:
            raise KeyError(item_id)
        return MergePlan(
            tuple(resolve(item, choice, edited) if item.item_id == item_id else item for item in self.items)
        )

    def resolve_all(self, choice: Choice) -> MergePlan:
        """The plan with every unresolved conflict resolved as MINE or THEIRS."""
        if Choice(choice) is Choice.EDITED:
            raise ValueError("conflicts can only all be resolved as mine or theirs")
        return MergePlan(
            tuple(resolve(item, choice) if item.outcome is Outcome.CONFLICT else item for item in self.items)
        )


def plan(values: Iterable[tuple[str, Any, Any, Any, bool]]) -> MergePlan:
    """The merge of (item_id, base, mine, theirs, is_group) per item, in questionnaire order."""
    return MergePlan(
        tuple(merge_value(item_id, base, mine, theirs, rows=is_group) for item_id, base, mine, theirs, is_group in values)
    )
