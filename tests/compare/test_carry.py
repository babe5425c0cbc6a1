"""carry_forward on a real database: answers copied and marked, renames followed, retired kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_app.compare import codes
from survey_app.compare.carry import (
    carry_forward,
    confirm_all,
    confirm_item,
    confirm_section,
    unreviewed_counts,
)
from survey_app.errors import SurveyError
from survey_app.storage.api import ReviewState
from survey_app.storage.store import Store

from .conftest import EXAMPLIA, make_questionnaire

PREVIOUS = {
    "lead_ministry": "Ministry of Foreign Affairs",
    "exec_summary": "We adopted a strategy.",
    "n13a_status": "in_progress",
    "n13a_text": "We train officials.",
    "n13a_old": "Kept for the record",
    "n13g_status": "planned",
    "n13g_documents": [{"title": "Strategy", "year": 2020}],
}


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "survey.db")
    yield store
    store.close()


@pytest.fixture
def previous_id(store: Store) -> int:
    response = store.create_response(state=EXAMPLIA, cycle=2024, questionnaire=make_questionnaire(), language="fr")
    store.set_answers(response.id, PREVIOUS, reason="edit")
    return response.id


def test_carry_forward_copies_marks_and_follows_renames(store: Store, previous_id: int) -> None:
    new_q = make_questionnaire("2026.1")
    response = carry_forward(store, previous_id, cycle=2026, questionnaire=new_q, who="tester")
    assert (response.state, response.cycle, response.language) == (EXAMPLIA, 2026, "fr")
    assert response.previous_id == previous_id and response.questionnaire_version == "2026.1"
    answers = store.answers(response.id)
    assert answers["n13a_description"].value == "We train officials."  # renamed item
    assert "n13a_text" not in answers
    assert answers["n13a_old"].value == "Kept for the record"  # retired item kept under its old id
    assert answers["n13g_documents"].value == [{"title": "Strategy", "year": 2020}]
    assert {a.review for a in answers.values()} == {ReviewState.CARRIED}
    assert store.history(response.id, "lead_ministry")[-1].reason == "carry_forward"
    # the previous response is untouched
    assert store.answers(previous_id)["n13a_text"].review is ReviewState.CURRENT


def test_carried_answers_are_counted_per_section(store: Store, previous_id: int) -> None:
    new_q = make_questionnaire("2026.1")
    response = carry_forward(store, previous_id, cycle=2026, questionnaire=new_q)
    counts = unreviewed_counts(new_q, store.answers(response.id))
    assert counts.by_section == {"about_lead": 2, "norm_13a": 2, "norm_13g": 2}
    assert counts.by_part == {"about": 2, "norms": 4}
    assert (counts.total, counts.retired) == (6, 1)


def test_confirming_and_editing_clear_the_mark(store: Store, previous_id: int) -> None:
    new_q = make_questionnaire("2026.1")
    response = carry_forward(store, previous_id, cycle=2026, questionnaire=new_q)
    assert confirm_item(store, response.id, "lead_ministry")
    assert not confirm_item(store, response.id, "lead_ministry")  # already confirmed
    store.set_answer(response.id, "exec_summary", "We adopted a strategy and a law.")
    answers = store.answers(response.id)
    assert answers["lead_ministry"].review is ReviewState.CONFIRMED
    assert answers["exec_summary"].review is ReviewState.CURRENT
    assert unreviewed_counts(new_q, answers).section("about_lead") == 0
    assert confirm_section(store, response.id, new_q, "norm_13a") == 2
    counts = unreviewed_counts(new_q, store.answers(response.id))
    assert (counts.by_section, counts.total) == ({"norm_13g": 2}, 2)
    assert confirm_all(store, response.id, new_q) == 2
    assert unreviewed_counts(new_q, store.answers(response.id)).total == 0


def test_new_cycle_must_be_later(store: Store, previous_id: int) -> None:
    with pytest.raises(SurveyError) as caught:
        carry_forward(store, previous_id, cycle=2024, questionnaire=make_questionnaire())
    assert caught.value.code == codes.CARRY_SAME_CYCLE
    assert len(store.list_responses()) == 1


def test_an_existing_cycle_is_not_overwritten(store: Store, previous_id: int) -> None:
    carry_forward(store, previous_id, cycle=2025, questionnaire=make_questionnaire())
    with pytest.raises(SurveyError):
        carry_forward(store, previous_id, cycle=2025, questionnaire=make_questionnaire())
    assert len(store.list_responses()) == 2


def test_comparison_counts_carried_answers_not_yet_reviewed(store: Store, previous_id: int) -> None:
    from survey_app.compare.diff import compare_responses
    from survey_app.compare.render import render_text, to_json

    old_q, new_q = make_questionnaire(), make_questionnaire("2026.1")
    response = carry_forward(store, previous_id, cycle=2026, questionnaire=new_q)
    confirm_item(store, response.id, "lead_ministry")
    store.set_answer(response.id, "exec_summary", "We adopted a strategy and a law.")
    comparison = compare_responses(
        (store.response(previous_id), old_q, store.answers(previous_id)),
        (store.response(response.id), new_q, store.answers(response.id)),
    )
    assert comparison.carried == 5  # 7 copied (1 retired), 1 confirmed, 1 edited
    assert not comparison.item("lead_ministry").carried and comparison.item("n13a_status").carried
    assert "5 answers carried forward from an earlier cycle are not yet reviewed" in render_text(comparison)
    assert to_json(comparison)["carried_unreviewed"] == 5
