"""The condition language: parsing (with columns), checking and evaluation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from survey_app.errors import SurveyError
from survey_app.questionnaire import conditions
from survey_app.questionnaire.loader import load
from survey_app.questionnaire.model import Position, Questionnaire
from questionnaire.inline import questionnaire_text


@pytest.fixture
def survey(write_yaml: Callable[..., Path]) -> Questionnaire:
    text = questionnaire_text("""
        - {id: st, type: scale, choices: status, label: Status}
        - {id: kinds, type: multi_choice, choices: kinds, other: true, label: Kinds}
        - {id: one, type: single_choice, choices: kinds, label: One}
        - {id: n, type: integer, label: N}
        - {id: amount, type: decimal, label: Amount}
        - {id: yn, type: yes_no, label: YN}
        - {id: when, type: date, label: When}
        - {id: name, type: short_text, label: Name}
        - id: rows
          type: group
          label: Rows
          items:
            - {id: title, type: short_text, label: Title}
            - {id: year, type: integer, label: Year}
        """)
    result = load(write_yaml(text))
    assert result.diagnostics == []
    return result.questionnaire


def holds(text: str, answers: dict, questionnaire: Questionnaire) -> bool:
    return conditions.evaluate(conditions.parse(text), answers, questionnaire)


@pytest.mark.parametrize("text,column", [
    ("a ==", 5),
    ("a = 1", 3),
    ("(a > 1", 7),
    ("a > 1 b", 7),
    ("answered(a", 11),
    ("frobnicate(a)", 1),
    ("a < b < c", 7),
    ("'open", 1),
    ("a $ b", 3),
    ("", 1),
    ("selected(a)", 1),
])
def test_parse_errors_carry_the_column(text: str, column: int) -> None:
    with pytest.raises(SurveyError) as caught:
        conditions.parse(text, Position("f.yaml", 4, 10))
    assert caught.value.code == "Q017"
    assert caught.value.diagnostic.position == Position("f.yaml", 4, 10 + column - 1)


def test_parse_builds_a_tree_with_references() -> None:
    condition = conditions.parse("not answered(a) or (b >= 2 and selected(c, 'x'))")
    assert condition.references == {"a", "b", "c"}
    assert isinstance(condition.tree, conditions.BoolOp) and condition.tree.op == "or"


def test_unknown_function_suggests_the_right_one() -> None:
    with pytest.raises(SurveyError) as caught:
        conditions.parse("answerd(a)")
    assert 'Did you mean "answered"' in caught.value.diagnostic.message


def test_scales_compare_by_rank(survey: Questionnaire) -> None:
    assert holds("st >= 'medium'", {"st": "high"}, survey)
    assert holds("st >= 'medium'", {"st": "medium"}, survey)
    assert not holds("st >= 'medium'", {"st": "low"}, survey)
    # "high" < "low" alphabetically: rank, not text, decides
    assert holds("st > 'low'", {"st": "high"}, survey)
    # a value outside the order is neither above nor below
    assert not holds("st >= 'low'", {"st": "na"}, survey)
    assert not holds("st < 'high'", {"st": "na"}, survey)
    assert holds("st == 'na'", {"st": "na"}, survey)


def test_unanswered_items_make_comparisons_false(survey: Questionnaire) -> None:
    for text in ("n > 1", "n < 1", "n == 1", "n != 1", "st >= 'low'", "st != 'low'", "name == 'x'"):
        assert not holds(text, {}, survey), text
    assert holds("not answered(n)", {}, survey)
    assert not holds("n > 1", {"n": None}, survey)


def test_numbers_dates_yes_no_and_text(survey: Questionnaire) -> None:
    assert holds("n >= 10 and n < 11", {"n": 10}, survey)
    assert holds("amount > 2.5", {"amount": "2.75"}, survey)
    assert not holds("amount > 2.5", {"amount": "2.5"}, survey)
    assert holds("yn == true", {"yn": True}, survey)
    assert holds("yn", {"yn": True}, survey)
    assert not holds("yn", {"yn": False}, survey)
    assert holds("yn == false", {"yn": False}, survey)
    assert holds("when >= '2026-01-01'", {"when": "2026-03-31"}, survey)
    assert holds("name == \"O'Brien\"", {"name": "O'Brien"}, survey)


def test_count_selected_and_answered(survey: Questionnaire) -> None:
    kinds = {"kinds": {"selected": ["law", "policy"]}}
    assert holds("count(kinds) == 2", kinds, survey)
    assert holds("count(kinds) == 0", {}, survey)
    assert holds("selected(kinds, 'law')", kinds, survey)
    assert not holds("selected(kinds, 'training')", kinds, survey)
    assert holds("selected(kinds, 'other')", {"kinds": {"selected": ["other"], "other": "x"}}, survey)
    assert holds("selected(one, 'law')", {"one": "law"}, survey)
    assert holds("selected(st, 'high')", {"st": "high"}, survey)
    rows = {"rows": [{"title": "A"}, {"title": "B", "year": 2020}]}
    assert holds("count(rows) >= 2", rows, survey)
    assert holds("answered(rows)", rows, survey)
    assert not holds("answered(rows)", {"rows": [{}]}, survey)
    assert holds("answered(name)", {"name": "x"}, survey)
    assert not holds("answered(name)", {"name": "   "}, survey)


def test_answer_objects_with_a_value_attribute_are_accepted(survey: Questionnaire) -> None:
    from survey_app.storage.api import Answer, ReviewState

    answer = Answer("n", 5, ReviewState.CURRENT, "2026-01-01T00:00:00", "me")
    assert holds("n == 5", {"n": answer}, survey)


def test_group_conditions_see_the_row(survey: Questionnaire) -> None:
    rows = survey.item("rows")
    condition = conditions.parse("year > 2000 and answered(title)")
    assert conditions.evaluate(condition, {"year": 2020, "title": "x"}, survey, group=rows)
    assert not conditions.evaluate(condition, {"year": 1999, "title": "x"}, survey, group=rows)


def test_check_reports_types_and_unknown_values(survey: Questionnaire) -> None:
    def lookup(item_id: str):
        return survey.item(item_id) if survey.has_item(item_id) else None

    def codes(text: str) -> list[str]:
        return [p.code for p in conditions.check(conditions.parse(text), lookup, lambda: [i.id for i in survey.items()])]

    assert codes("st >= 'medium' and count(kinds) > 1") == []
    assert codes("yn == 1") == ["Q024"]
    assert codes("one > 'law'") == ["Q025"]
    assert codes("selected(n, 'x')") == ["Q025"]
    assert codes("selected(kinds, 'lw')") == ["Q024"]
    assert codes("when > '31/12/2020'") == ["Q024"]
    assert codes("rows > 1") == ["Q025"]
    assert codes("count(kinds)") == ["Q025"]
    assert codes("nope == 1") == ["Q018"]
    assert codes("n < amount") == []
    assert codes("n < st") == ["Q024"]
    assert codes("name == when") == ["Q024"]
    assert codes("count(kinds) >= '2'") == ["Q024"]
    assert codes("answered(n) == 1") == ["Q024"]
    assert codes("answered(n) == false") == []


def test_random_text_parses_or_gives_q017_and_evaluation_never_raises(survey: Questionnaire) -> None:
    import random

    rng = random.Random(7)
    pieces = ["st", "n", "kinds", "rows", "yn", "name", "amount", "when", "(", ")", ",", "and", "or", "not",
              "==", "!=", "<", ">=", "'low'", "'high'", "3", "-2.5", "true", "false", "answered(", "count(",
              "selected(", "'", "\"", "=", "$", " "]
    answers_pool = [{}, {"st": "high", "n": 3, "kinds": ["law"], "rows": [{"title": "x"}], "yn": True,
                         "name": "a", "amount": "2.5", "when": "2026-01-01"},
                    {"st": 5, "n": "x", "kinds": "law", "rows": "bad", "yn": "yes", "amount": None}]
    parsed = 0
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        try:
            condition = conditions.parse(text, Position("f", 1, 1))
        except SurveyError as exc:
            assert exc.code == "Q017"
            assert 1 <= exc.diagnostic.position.column <= len(text) + 1
            continue
        parsed += 1
        for answers in answers_pool:
            assert conditions.evaluate(condition, answers, survey) in (True, False)
    assert parsed > 100
