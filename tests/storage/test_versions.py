"""Responses follow a new questionnaire version: replaced ids move, retired answers stay."""

from __future__ import annotations

from survey_app.questionnaire.model import Item, ItemType
from survey_app.storage.api import ReviewState
from survey_app.storage.store import Store
from survey_app.storage.versions import migrate_response_to, retired_answers

from .conftest import small_questionnaire


def test_answers_follow_replaces_and_retired_ones_are_kept(store: Store, response_id: int) -> None:
    store.set_answer(response_id, "ministry", "Ministry of Interior", review=ReviewState.CARRIED)
    store.set_answer(response_id, "staff", 9)
    store.set_answer(response_id, "old_question", "An answer to a question that was dropped")
    newer = small_questionnaire(
        "2027.1", extra=(Item("lead_body", ItemType.SHORT_TEXT, "Lead body", replaces=("ministry",)),)
    )
    moves = migrate_response_to(store, response_id, newer)
    assert moves == {"ministry": "lead_body"}
    answers = store.answers(response_id)
    assert answers["lead_body"].value == "Ministry of Interior"
    assert answers["lead_body"].review is ReviewState.CARRIED
    assert "ministry" not in answers
    assert answers["staff"].value == 9
    assert store.response(response_id).questionnaire_version == "2027.1"
    assert set(retired_answers(store, response_id, newer)) == {"old_question"}
    assert [h.reason for h in store.history(response_id, "lead_body")] == ["migrate"]
    assert store.history(response_id, "ministry")[-1].reason == "migrate"
    # running it again changes nothing
    assert migrate_response_to(store, response_id, newer) == {}
