"""Three-way merge of answer values (survey_app.contributions.merge): pure, no Qt, no database."""

from __future__ import annotations

import random
from typing import Any

import pytest

from survey_app.contributions.merge import (
    Choice,
    ItemMerge,
    MergePlan,
    Outcome,
    UnresolvedConflicts,
    canonical,
    merge_rows,
    merge_value,
    plan,
    resolve,
)


def row(name: str, amount: int = 1) -> dict[str, Any]:
    return {"name": name, "amount": amount}


A, B, C, D = row("a"), row("b"), row("c"), row("d")


# -- single values -------------------------------------------------------------------------------
def test_only_theirs_changed_is_taken() -> None:
    merge = merge_value("q1", "old", "old", "new")
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.TAKEN, "new", True)


def test_only_mine_changed_is_kept() -> None:
    merge = merge_value("q1", "old", "mine", "old")
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.KEPT, "mine", False)


def test_nothing_changed_is_kept() -> None:
    merge = merge_value("q1", 3, 3, 3)
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.KEPT, 3, False)


def test_both_changed_the_same_way() -> None:
    merge = merge_value("q1", "old", "new", "new")
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.SAME, "new", False)


def test_both_changed_differently_is_a_conflict_keeping_mine_until_resolved() -> None:
    merge = merge_value("q1", "old", "mine", "theirs")
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.CONFLICT, "mine", False)
    assert (merge.base, merge.mine, merge.theirs) == ("old", "mine", "theirs")


def test_dict_key_order_does_not_matter() -> None:
    base = {"selected": ["a", "b"], "other": "x"}
    theirs = {"other": "x", "selected": ["a", "b"]}
    merge = merge_value("q1", base, base, theirs)
    assert (merge.outcome, merge.result) == (Outcome.KEPT, base)
    assert merge.result is base  # the actual value, not a canonical form


def test_order_inside_lists_matters() -> None:
    merge = merge_value("q1", {"selected": ["a", "b"]}, {"selected": ["a", "b"]}, {"selected": ["b", "a"]})
    assert (merge.outcome, merge.result) == (Outcome.TAKEN, {"selected": ["b", "a"]})


@pytest.mark.parametrize("empty", [None, "", "   \n", [], {}, {"selected": [], "other": " "}])
@pytest.mark.parametrize("other", [None, "", [], {}])
def test_every_kind_of_no_answer_is_equal(empty: Any, other: Any) -> None:
    assert canonical(empty) == canonical(other)
    merge = merge_value("q1", empty, empty, other)
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.KEPT, empty, False)


def test_base_none_theirs_blank_is_kept_not_taken() -> None:
    merge = merge_value("q1", None, "mine", "")
    assert (merge.outcome, merge.result) == (Outcome.KEPT, "mine")


def test_false_and_zero_are_answers() -> None:
    assert merge_value("q1", None, None, False).outcome is Outcome.TAKEN
    assert merge_value("q1", None, None, 0).outcome is Outcome.TAKEN
    assert merge_value("q1", 0, 0, False).outcome is Outcome.TAKEN  # 0 and false are different answers


def test_theirs_cleared_an_answer() -> None:
    merge = merge_value("q1", "text", "text", None)
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.TAKEN, None, True)


def test_mine_cleared_theirs_changed_is_a_conflict() -> None:
    merge = merge_value("q1", "text", "", "other text")
    assert (merge.outcome, merge.result) == (Outcome.CONFLICT, "")


def test_lists_of_rows_without_rows_flag_are_not_merged_row_by_row() -> None:
    merge = merge_value("g", [A], [A, B], [A, C])
    assert merge.outcome is Outcome.CONFLICT


# -- repeating groups ----------------------------------------------------------------------------
def test_both_appended_different_rows_mine_then_theirs() -> None:
    merge = merge_value("g", [A], [A, B], [A, C], rows=True)
    assert (merge.outcome, merge.result, merge.writes) == (Outcome.MERGED, [A, B, C], True)


def test_both_appended_the_same_row_once() -> None:
    merge = merge_value("g", [A], [A, B], [A, {"amount": 1, "name": "b"}], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.SAME, [A, B])


def test_both_appended_the_same_row_after_other_changes_keeps_it_once() -> None:
    merge = merge_value("g", [A, B], [row("a", 9), B, C], [A, B, C], rows=True)
    # theirs only appended C, mine edited A and appended C: the same insertion is kept once
    assert (merge.outcome, merge.result) == (Outcome.KEPT, [row("a", 9), B, C])
    merge = merge_value("g", [A, B], [row("a", 9), B, C], [A, row("b", 9), C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [row("a", 9), row("b", 9), C])


def test_one_edited_row_2_while_the_other_appended() -> None:
    edited = row("b", 2)
    merge = merge_value("g", [A, B, C], [A, edited, C], [A, B, C, D], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [A, edited, C, D])
    merge = merge_value("g", [A, B, C], [A, B, C, D], [A, edited, C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [A, edited, C, D])


def test_one_deleted_row_1_while_the_other_edited_row_3() -> None:
    edited = row("c", 3)
    merge = merge_value("g", [A, B, C], [B, C], [A, B, edited], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [B, edited])


def test_both_edited_row_2_differently_is_a_conflict() -> None:
    merge = merge_value("g", [A, B, C], [A, row("b", 2), C], [A, row("b", 3), C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.CONFLICT, [A, row("b", 2), C])


def test_both_edited_row_2_the_same_while_one_appended() -> None:
    merge = merge_value("g", [A, B], [A, row("b", 2)], [A, row("b", 2), C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.TAKEN, [A, row("b", 2), C])


def test_edit_versus_delete_of_the_same_row_is_a_conflict() -> None:
    assert merge_value("g", [A, B, C], [A, C], [A, row("b", 2), C], rows=True).outcome is Outcome.CONFLICT
    assert merge_value("g", [A, B, C], [A, row("b", 2), C], [A, C], rows=True).outcome is Outcome.CONFLICT


def test_both_deleted_the_same_row_while_one_edited_another() -> None:
    merge = merge_value("g", [A, B, C], [A, C], [row("a", 5), C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.TAKEN, [row("a", 5), C])


def test_edits_of_different_rows_merge() -> None:
    merge = merge_value("g", [A, B, C], [row("a", 5), B, C], [A, B, row("c", 7)], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [row("a", 5), B, row("c", 7)])


def test_reorder_versus_edit_of_a_moved_row_is_a_conflict() -> None:
    # Decision: a move is a delete plus an insert, so editing the moved row on the other side is
    # edit vs delete: a conflict rather than a guess. In [B, A, C] difflib keeps A and C (the first
    # match) and sees B as moved to the front.
    merge = merge_value("g", [A, B, C], [B, A, C], [A, row("b", 5), C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.CONFLICT, [B, A, C])


def test_reorder_versus_edit_of_a_row_that_stayed_merges() -> None:
    merge = merge_value("g", [A, B, C], [B, A, C], [row("a", 5), B, C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [B, row("a", 5), C])
    merge = merge_value("g", [A, B, C], [A, B, row("c", 7)], [B, A, C], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [B, A, row("c", 7)])


def test_group_with_base_none() -> None:
    merge = merge_value("g", None, [A], [B], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [A, B])
    merge = merge_value("g", None, None, [B], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.TAKEN, [B])
    merge = merge_value("g", None, [A], [A], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.SAME, [A])


def test_group_theirs_cleared_while_mine_appended_merges_row_by_row() -> None:
    # theirs deleted row A (mine kept it), mine added B (theirs has no row there): both changes stay
    merge = merge_value("g", [A], [A, B], None, rows=True)
    assert (merge.outcome, merge.result) == (Outcome.MERGED, [B])


def test_group_theirs_cleared_while_mine_edited_is_a_conflict() -> None:
    merge = merge_value("g", [A], [row("a", 2)], [], rows=True)
    assert (merge.outcome, merge.result) == (Outcome.CONFLICT, [row("a", 2)])


def test_group_with_a_value_that_is_not_rows_is_a_conflict() -> None:
    merge = merge_value("g", [A], [A, B], "not rows", rows=True)
    assert merge.outcome is Outcome.CONFLICT


def test_merged_rows_keep_the_actual_row_values() -> None:
    mine_row = {"amount": 1, "name": "a", "note": ""}
    merged = merge_rows([A], [mine_row, B], [A, C])
    assert merged == [mine_row, B, C]
    assert merged is not None and merged[0] is mine_row


def test_merge_rows_insertions_at_the_start() -> None:
    assert merge_rows([A], [B, A], [C, A]) == [B, C, A]
    assert merge_rows([A], [B, A], [B, A]) == [B, A]


def test_merge_rows_changed_block_of_unequal_length_pairs_its_leading_rows() -> None:
    # mine turned B into two rows (B edited to D, E added); theirs edited C: both survive
    assert merge_rows([A, B, C], [A, D, row("e"), C], [A, B, row("c", 2)]) == [A, D, row("e"), row("c", 2)]
    # ... but theirs editing B as well conflicts with mine's edit of it
    assert merge_rows([A, B, C], [A, D, row("e"), C], [A, row("b", 2), C]) is None


def test_merge_rows_edit_and_append_against_a_delete_is_a_conflict() -> None:
    # mine edited B and appended C in one block; theirs deleted B: the edit must not silently return
    assert merge_rows([A, B], [A, row("b", 2), C], [A]) is None


def test_merge_rows_edit_and_append_against_the_same_append_keeps_it_once() -> None:
    assert merge_rows([A, B], [A, row("b", 2), C], [A, B, C]) == [A, row("b", 2), C]


# -- resolving -----------------------------------------------------------------------------------
@pytest.fixture
def conflict() -> ItemMerge:
    return merge_value("q1", "old", "mine", "theirs")


def test_resolve_mine(conflict: ItemMerge) -> None:
    resolved = resolve(conflict, Choice.MINE)
    assert (resolved.outcome, resolved.result, resolved.writes) == (Outcome.KEPT, "mine", False)
    assert resolved.resolution is Choice.MINE


def test_resolve_theirs(conflict: ItemMerge) -> None:
    resolved = resolve(conflict, Choice.THEIRS)
    assert (resolved.outcome, resolved.result, resolved.writes) == (Outcome.TAKEN, "theirs", True)


def test_resolve_edited(conflict: ItemMerge) -> None:
    resolved = resolve(conflict, Choice.EDITED, "both, reworded")
    assert (resolved.outcome, resolved.result, resolved.writes) == (Outcome.MERGED, "both, reworded", True)


def test_resolve_accepts_the_plain_string(conflict: ItemMerge) -> None:
    assert resolve(conflict, "theirs").outcome is Outcome.TAKEN  # type: ignore[arg-type]


def test_a_resolved_conflict_can_be_resolved_again(conflict: ItemMerge) -> None:
    again = resolve(resolve(conflict, Choice.THEIRS), Choice.MINE)
    assert (again.outcome, again.result, again.resolution) == (Outcome.KEPT, "mine", Choice.MINE)


def test_resolving_a_non_conflict_raises() -> None:
    with pytest.raises(ValueError, match="not a conflict"):
        resolve(merge_value("q1", "old", "old", "new"), Choice.MINE)


def test_an_edited_value_needs_the_edited_choice(conflict: ItemMerge) -> None:
    with pytest.raises(ValueError):
        resolve(conflict, Choice.MINE, "something")


# -- plans ---------------------------------------------------------------------------------------
@pytest.fixture
def reply() -> MergePlan:
    return plan(
        [
            ("taken", "old", "old", "new", False),
            ("kept", "old", "mine", "old", False),
            ("same", "old", "new", "new", False),
            ("group", [A], [A, B], [A, C], True),
            ("conflict", "old", "mine", "theirs", False),
            ("other conflict", 1, 2, 3, False),
        ]
    )


def test_plan_keeps_questionnaire_order_and_counts(reply: MergePlan) -> None:
    assert [item.item_id for item in reply.items] == ["taken", "kept", "same", "group", "conflict", "other conflict"]
    assert reply.counts() == {
        Outcome.TAKEN: 1,
        Outcome.KEPT: 1,
        Outcome.SAME: 1,
        Outcome.MERGED: 1,
        Outcome.CONFLICT: 2,
    }
    assert [item.item_id for item in reply.conflicts] == ["conflict", "other conflict"]


def test_counts_of_an_empty_plan_have_every_outcome() -> None:
    assert plan([]).counts() == dict.fromkeys(Outcome, 0)


def test_plan_writes_raises_while_a_conflict_is_unresolved(reply: MergePlan) -> None:
    with pytest.raises(ValueError) as raised:
        reply.writes()
    assert isinstance(raised.value, UnresolvedConflicts)
    assert raised.value.item_ids == ("conflict", "other conflict")
    with pytest.raises(UnresolvedConflicts):
        reply.with_resolution("conflict", Choice.MINE).writes()


def test_plan_with_resolutions_writes(reply: MergePlan) -> None:
    resolved = reply.with_resolution("conflict", Choice.THEIRS).with_resolution("other conflict", Choice.EDITED, 5)
    assert resolved.conflicts == ()
    assert resolved.writes() == {"taken": "new", "group": [A, B, C], "conflict": "theirs", "other conflict": 5}
    assert resolved.counts()[Outcome.CONFLICT] == 0
    assert reply.conflicts  # plans are immutable: the original is unchanged


def test_with_resolution_of_an_unknown_item(reply: MergePlan) -> None:
    with pytest.raises(KeyError):
        reply.with_resolution("nope", Choice.MINE)


def test_resolve_all_mine(reply: MergePlan) -> None:
    resolved = reply.resolve_all(Choice.MINE)
    assert resolved.conflicts == ()
    assert resolved.writes() == {"taken": "new", "group": [A, B, C]}
    assert resolved.counts()[Outcome.KEPT] == 3


def test_resolve_all_theirs_leaves_resolved_items_alone(reply: MergePlan) -> None:
    resolved = reply.with_resolution("conflict", Choice.MINE).resolve_all(Choice.THEIRS)
    assert resolved.writes() == {"taken": "new", "group": [A, B, C], "other conflict": 3}


def test_resolve_all_edited_is_refused(reply: MergePlan) -> None:
    with pytest.raises(ValueError):
        reply.resolve_all(Choice.EDITED)


def test_a_plan_refuses_an_item_twice() -> None:
    with pytest.raises(ValueError):
        plan([("q1", 1, 1, 2, False), ("q1", 1, 1, 2, False)])


# -- invariants over random cases ----------------------------------------------------------------
SCALARS: list[Any] = [None, "", "  ", "x", "y", 0, 1, 2.5, True, False, {"selected": ["a"]}, {"other": "", "selected": []}]


def random_row(rng: random.Random) -> dict[str, Any]:
    cells = [("name", rng.choice("abcd")), ("amount", rng.randint(0, 2)), ("note", rng.choice(["", None, "n"]))]
    rng.shuffle(cells)  # key order must never matter
    return dict(cells)


def changed_rows(rng: random.Random, rows: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    rows = list(rows)
    for _ in range(rng.randint(0, 2)):
        action = rng.choice(["edit", "delete", "insert", "append", "swap", "clear"])
        if action == "edit" and rows:
            rows[rng.randrange(len(rows))] = random_row(rng)
        elif action == "delete" and rows:
            del rows[rng.randrange(len(rows))]
        elif action == "insert":
            rows.insert(rng.randint(0, len(rows)), random_row(rng))
        elif action == "append":
            rows.append(random_row(rng))
        elif action == "swap" and len(rows) > 1:
            i, j = rng.sample(range(len(rows)), 2)
            rows[i], rows[j] = rows[j], rows[i]
        elif action == "clear":
            return rng.choice([None, []])
    return rows


def random_case(rng: random.Random) -> tuple[Any, Any, Any, bool]:
    if rng.random() < 0.4:
        base, mine, theirs = rng.choice(SCALARS), rng.choice(SCALARS), rng.choice(SCALARS)
        if rng.random() < 0.3:
            mine = base
        elif rng.random() < 0.3:
            theirs = base
        return base, mine, theirs, rng.random() < 0.2
    base_rows = [random_row(rng) for _ in range(rng.randint(0, 4))]
    base = None if not base_rows and rng.random() < 0.5 else base_rows
    return base, changed_rows(rng, base_rows), changed_rows(rng, base_rows), True


@pytest.mark.parametrize("seed", range(4))
def test_invariants_on_random_cases(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        base, mine, theirs, rows = random_case(rng)
        merge = merge_value("q", base, mine, theirs, rows=rows)
        case = (base, mine, theirs, rows, merge)
        if canonical(theirs) == canonical(base):
            assert merge.result is mine and merge.outcome is Outcome.KEPT, case
        if canonical(mine) == canonical(base):
            assert canonical(merge.result) == canonical(theirs), case
        if merge.outcome in (Outcome.KEPT, Outcome.SAME, Outcome.CONFLICT):
            assert merge.result is mine and not merge.writes, case
        if merge.outcome is Outcome.TAKEN:
            assert merge.result is theirs and merge.writes, case
        if merge.outcome is Outcome.SAME:
            assert canonical(mine) == canonical(theirs), case
        if merge.outcome is Outcome.MERGED:
            assert canonical(merge.result) not in (canonical(mine), canonical(theirs)), case
        # a conflict does not depend on which side is mine
        swapped = merge_value("q", base, theirs, mine, rows=rows)
        assert (swapped.outcome is Outcome.CONFLICT) == (merge.outcome is Outcome.CONFLICT), case
        if merge.outcome is Outcome.CONFLICT:
            for choice, expected in ((Choice.MINE, mine), (Choice.THEIRS, theirs)):
                assert resolve(merge, choice).result is expected
        if rows and isinstance(base, list) and isinstance(mine, list) and isinstance(theirs, list):
            assert canonical(merge_rows(base, mine, base)) == canonical(mine), case
            assert canonical(merge_rows(base, base, theirs)) == canonical(theirs), case
            assert canonical(merge_rows(base, mine, mine)) == canonical(mine), case


def test_rows_both_sides_added_are_not_doubled_when_theirs_extends_mine() -> None:
    r1, r2, r3 = {"t": "R1"}, {"t": "R2"}, {"t": "R3"}
    assert merge_rows([r1], [r1, r2], [r1, r2, r3]) == [r1, r2, r3]
    assert merge_rows([r1], [r1, r2, r3], [r1, r2]) == [r1, r2, r3]
    assert merge_rows([r1], [r1, r3, r2], [r1, r2, r3]) is None  # the same rows in another order
    assert merge_rows([r1], [r1, r2], [r1, r3]) == [r1, r2, r3]  # nothing in common: mine's, then theirs'
