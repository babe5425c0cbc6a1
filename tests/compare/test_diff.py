"""compare_responses: every status category, renames and retirements across versions, summaries."""

from __future__ import annotations

from survey_app.compare.diff import Direction, ItemStatus, changes_only, compare_responses
from survey_app.compare.textdiff import Op, marked
from survey_app.storage.api import Answer, ReviewState

from .conftest import make_questionnaire, make_response

OLD_ANSWERS = {
    "lead_ministry": "Ministry of Foreign Affairs",
    "exec_summary": "The ministry adopted a national strategy in 2020.",
    "has_position": False,
    "n13a_status": "in_progress",
    "n13a_measures": {"selected": ["legislation", "policy"], "other": ""},
    "n13a_count": 4,
    "n13a_documents": [{"title": "Strategy", "year": 2020}, {"title": "Old law", "year": 2015}],
    "n13a_text": "We train officials.",
    "n13a_old": "Something about the past",
    "n13g_status": "implemented",
    "n13g_count": 7,
}
NEW_ANSWERS = {
    "lead_ministry": "Ministry of Foreign Affairs",
    "exec_summary": "The ministry adopted a new national strategy in 2023.",
    "has_position": True,
    "position_date": "2026-03-01",
    "n13a_status": "implemented",
    "n13a_measures": {"selected": ["policy", "training"], "other": ""},
    "n13a_count": 4,
    "n13a_documents": [{"title": "Strategy", "year": 2023}, {"title": "Cyber law", "year": 2024}],
    "n13a_description": "We train officials and judges.",
    "n13g_status": "planned",
    "n13g_budget": "12.5",
}


def _compare(old_version: str = "2025.1", new_version: str = "2026.1"):
    old = (make_response(1, 2024, old_version), make_questionnaire(old_version), OLD_ANSWERS)
    new = (make_response(2, 2026, new_version), make_questionnaire(new_version), NEW_ANSWERS)
    return compare_responses(old, new)


def test_every_category_across_versions() -> None:
    comparison = _compare()
    status = {row.item_id: row.status for row in comparison.items()}
    assert status == {
        "lead_ministry": ItemStatus.UNCHANGED,
        "exec_summary": ItemStatus.CHANGED,
        "has_position": ItemStatus.CHANGED,
        "position_date": ItemStatus.NEWLY_ANSWERED,
        "n13a_status": ItemStatus.CHANGED,
        "n13a_measures": ItemStatus.CHANGED,
        "n13a_count": ItemStatus.UNCHANGED,
        "n13a_documents": ItemStatus.CHANGED,
        "n13a_description": ItemStatus.CHANGED,
        "n13a_budget": ItemStatus.NEW_QUESTION,
        "n13a_old": ItemStatus.RETIRED_QUESTION,
        "n13g_status": ItemStatus.CHANGED,
        "n13g_measures": ItemStatus.UNCHANGED,
        "n13g_count": ItemStatus.NO_LONGER_ANSWERED,
        "n13g_documents": ItemStatus.UNCHANGED,
        "n13g_description": ItemStatus.UNCHANGED,
        "n13g_budget": ItemStatus.NEW_QUESTION,
        "n13g_old": ItemStatus.RETIRED_QUESTION,
    }


def test_renamed_item_is_compared_with_its_old_id() -> None:
    row = _compare().item("n13a_description")
    assert row.renamed_from == "n13a_text"
    assert marked(row.diff) == "We train officials{+ and judges+}."


def test_retired_item_keeps_its_old_answer() -> None:
    row = _compare().item("n13a_old")
    assert row.old_text == "Something about the past" and row.new_value is None
    assert row.part_id == "norms" and row.section_id == "norm_13a"


def test_word_diff_marks_insertions_and_deletions() -> None:
    row = _compare().item("exec_summary")
    assert marked(row.diff) == "The ministry adopted a {+new +}national strategy in [-2020-]{+2023+}."


def test_choices_show_old_and_new_labels() -> None:
    comparison = _compare()
    status = comparison.item("n13a_status")
    assert (status.old_text, status.new_text) == ("In progress", "Implemented")
    assert [(s.op, s.text) for s in status.diff] == [(Op.DELETE, "In progress"), (Op.INSERT, "Implemented")]
    measures = comparison.item("n13a_measures")
    assert marked(measures.diff) == "[-Legislation-]; Policy or strategy; {+Training+}"
    assert comparison.item("has_position").new_text == "Yes"


def test_group_rows_added_removed_changed() -> None:
    rows = _compare().item("n13a_documents").rows
    assert [(r.kind, r.fields) for r in rows] == [("changed", ("year",)), ("changed", ("title", "year"))]
    answers = dict(NEW_ANSWERS, n13a_documents=[{"title": "Strategy", "year": 2020}])
    old = (make_response(1, 2024), make_questionnaire("2025.1"), OLD_ANSWERS)
    new = (make_response(2, 2026), make_questionnaire("2025.1"), answers)
    rows = compare_responses(old, new).item("n13a_documents").rows
    assert [(r.kind, r.old_text) for r in rows] == [("removed", "Title: Old law; Year: 2015")]


def test_norm_movements_up_and_down() -> None:
    norms = {m.norm: m for m in _compare().norms}
    assert norms["13(a)"].direction is Direction.UP
    assert (norms["13(g)"].old_label, norms["13(g)"].new_label) == ("Implemented", "Planned")
    assert norms["13(g)"].direction is Direction.DOWN


def test_not_applicable_is_not_ranked() -> None:
    q = make_questionnaire()
    old = (make_response(1, 2024), q, {"n13a_status": "implemented"})
    new = (make_response(2, 2025), q, {"n13a_status": "not_applicable"})
    assert compare_responses(old, new).norms[0].direction is Direction.NOT_COMPARABLE


def test_summary_per_part_and_section() -> None:
    comparison = _compare()
    sections = {s.section_id: s for p in comparison.parts for s in p.sections}
    assert sections["about_lead"].changed == 3
    assert sections["norm_13a"].changed == 6
    assert sections["norm_13g"].changed == 4
    assert [p.changed for p in comparison.parts] == [3, 10]
    assert comparison.changed == 13


def test_changes_only_filter() -> None:
    comparison = _compare()
    changed = comparison.items(changes_only=True)
    assert changed == changes_only(comparison.items())
    assert "lead_ministry" not in {row.item_id for row in changed}
    assert len(changed) == 13


def test_identical_responses_have_no_changes_and_accept_answer_objects() -> None:
    q = make_questionnaire()
    answers = {k: Answer(k, v, ReviewState.CARRIED, "2026-01-01", "") for k, v in OLD_ANSWERS.items()}
    comparison = compare_responses((make_response(1, 2024), q, OLD_ANSWERS), (make_response(2, 2025), q, answers))
    assert comparison.items(changes_only=True) == []


def test_chinese_text_is_compared_by_character() -> None:
    q = make_questionnaire()
    old = (make_response(1, 2024), q, {"exec_summary": "我国已制定国家网络安全战略。"})
    new = (make_response(2, 2025), q, {"exec_summary": "我国已制定并实施国家网络安全战略。"})
    assert marked(compare_responses(old, new).item("exec_summary").diff) == "我国已制定{+并实施+}国家网络安全战略。"


def test_hostile_text_is_kept_verbatim() -> None:
    q = make_questionnaire()
    old = (make_response(1, 2024), q, {"lead_ministry": "<b>x & y</b>"})
    new = (make_response(2, 2025), q, {"lead_ministry": "<img src='/etc/passwd'/> x & y"})
    row = compare_responses(old, new).item("lead_ministry")
    assert "".join(s.text for s in row.diff if s.op is not Op.INSERT) == "<b>x & y</b>"


def test_long_texts_are_compared_sentence_by_sentence_and_fast() -> None:
    import time

    from survey_app.compare.textdiff import text_diff

    words = ["state", "law", "norm", "cyber", "the", "of"]
    old = " ".join(words[i % 6] + ("." if i % 11 == 10 else "") for i in range(20_000))
    new = old.replace("state law.", "state policy.", 3)
    started = time.perf_counter()
    diff = text_diff(old, new)
    assert time.perf_counter() - started < 2.0
    assert "".join(s.text for s in diff if s.op is not Op.INSERT) == old
    assert "".join(s.text for s in diff if s.op is not Op.DELETE) == new
    assert [s.text for s in diff if s.op is Op.INSERT] == ["policy"] * 3
