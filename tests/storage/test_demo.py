"""The demonstration data: valid, complete, deterministic, for any questionnaire."""

from __future__ import annotations

import pytest

from survey_app.errors import SurveyError
from survey_app.questionnaire import values
from survey_app.questionnaire.catalog import Catalog
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage.demo import DEMO_STATE, add_demo, generate_answers
from survey_app.storage.store import Store

from .conftest import small_questionnaire


@pytest.mark.parametrize("source", ["bundled", "inline"])
def test_generated_answers_are_valid_and_complete(source: str) -> None:
    questionnaire: Questionnaire = Catalog.load().get("nsi") if source == "bundled" else small_questionnaire()
    answers = generate_answers(questionnaire, cycle=2026)
    assert answers == generate_answers(questionnaire, cycle=2026)
    for item in questionnaire.answerable_items():
        if values.is_visible(item, answers, questionnaire):
            assert values.is_answered(item, answers.get(item.id)), item.id
            assert values.check_value(item, answers[item.id]) == [], item.id
            assert values.normalise(item, answers[item.id]) == answers[item.id], item.id
        else:
            assert item.id not in answers


def test_demo_refuses_a_second_time(store: Store, questionnaire: Questionnaire) -> None:
    result = add_demo(store, questionnaire)
    assert len(result.response_ids) == 3
    chain = [store.response(i) for i in result.response_ids]
    assert [r.cycle for r in chain] == [2022, 2024, 2026]
    assert chain[2].previous_id == chain[1].id and chain[1].previous_id == chain[0].id
    assert all(r.state == DEMO_STATE for r in chain)
    with pytest.raises(SurveyError):
        add_demo(store, questionnaire)
