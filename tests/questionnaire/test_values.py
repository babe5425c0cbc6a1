"""Answer values: normalising, checking, answered, display text, visibility and validation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from survey_app.errors import SurveyError
from survey_app.questionnaire import values
from survey_app.questionnaire.loader import load
from survey_app.questionnaire.model import Questionnaire
from questionnaire.inline import questionnaire_text


@pytest.fixture
def survey(write_yaml: Callable[..., Path]) -> Questionnaire:
    text = questionnaire_text("""
        - {id: st, type: scale, choices: status, label: Status}
        - {id: kinds, type: multi_choice, choices: kinds, other: true, label: Kinds, show_if: st >= 'medium'}
        - {id: one, type: single_choice, choices: kinds, other: true, label: One}
        - id: n
          type: integer
          label: N
          min: 0
          max: 100
          show_if: selected(kinds, 'law')
          required: true
          validate:
            - {rule: n <= 50, message: Enter at most 50 sectors.}
        - {id: amount, type: decimal, label: Amount, min: 0.5}
        - {id: yn, type: yes_no, label: YN}
        - {id: when, type: date, label: When}
        - {id: name, type: short_text, label: Name, required: "yn == true"}
        - {id: essay, type: long_text, label: Essay, word_limit: 5}
        - {id: info, type: note, label: Info}
        - id: rows
          type: group
          label: Rows
          max_rows: 2
          items:
            - {id: title, type: short_text, label: Title}
            - {id: year, type: integer, label: Year, min: 1990, max: 2100}
        """)
    result = load(write_yaml(text))
    assert result.diagnostics == []
    return result.questionnaire


def test_normalise_to_canonical_shapes(survey: Questionnaire) -> None:
    item = survey.item
    assert values.normalise(item("amount"), 12) == "12"
    assert values.normalise(item("amount"), 12.50) == "12.5"
    assert values.normalise(item("amount"), " 0012.500 ") == "12.5"
    assert values.normalise(item("amount"), "1e3") == "1000"
    assert values.normalise(item("n"), "42") == 42
    assert values.normalise(item("n"), 7.0) == 7
    assert values.normalise(item("kinds"), ["policy", "law"]) == {"selected": ["law", "policy"]}
    assert values.normalise(item("kinds"), {"selected": ["law"], "other": " drills "}) == {
        "selected": ["law", "other"], "other": "drills"}
    assert values.normalise(item("one"), {"selected": "other", "other": "x"}) == {"selected": "other", "other": "x"}
    assert values.normalise(item("yn"), "yes") is True
    assert values.normalise(item("when"), "2026-03-31") == "2026-03-31"
    assert values.normalise(item("name"), "  two\nlines ") == "two lines"
    assert values.normalise(item("essay"), "a\r\nb") == "a\nb"
    assert values.normalise(item("rows"), [{"title": "T", "year": "2001"}]) == [{"title": "T", "year": 2001}]
    assert values.normalise(item("st"), None) is None
    assert values.normalise(item("name"), "a\x00b\x1bc") == "abc"
    assert values.normalise(item("essay"), "tab\tkept\nline") == "tab\tkept\nline"


@pytest.mark.parametrize("item_id,value", [
    ("n", "ten"), ("n", True), ("n", 1.5), ("amount", "abc"), ("amount", "nan"), ("amount", True),
    ("when", "31/03/2026"), ("when", "2026-02-30"), ("when", "20260101"), ("yn", "maybe"),
    ("st", "very_high"), ("kinds", ["law", "nope"]), ("kinds", 3), ("rows", [{"colour": "red"}]),
    ("info", "text"), ("name", ["list"]), ("n", 10**20), ("n", "-99999999999999999"),
])
def test_normalise_rejects_values_that_do_not_fit(survey: Questionnaire, item_id: str, value: object) -> None:
    with pytest.raises(SurveyError) as caught:
        values.normalise(survey.item(item_id), value)
    assert caught.value.code == "Q900"


def test_check_value_speaks_the_users_language(survey: Questionnaire) -> None:
    item = survey.item
    assert values.check_value(item("n"), 50) == []
    assert values.check_value(item("n"), 101) == ["Enter a whole number between 0 and 100."]
    assert values.check_value(item("n"), "lots") == ["Enter a whole number between 0 and 100."]
    assert values.check_value(item("amount"), "0.25") == ["Enter a number of at least 0.5."]
    assert values.check_value(item("when"), "yesterday") == ["Enter a date as YYYY-MM-DD, e.g. 2026-03-31."]
    assert values.check_value(item("essay"), "one two three four five") == []
    assert values.check_value(item("essay"), "one two three four five six") == [
        "Shorten the text to at most 5 words (now 6)."]
    assert values.check_value(item("kinds"), {"selected": ["other"]}) == ["Describe the other option, or untick it."]
    assert values.check_value(item("rows"), [{"year": 1800}]) == ["Row 1, Year: Enter a whole number between 1990 and 2100."]
    assert values.check_value(item("rows"), [{}, {}, {}]) == ["Enter at most 2 rows."]
    assert values.check_value(item("name"), "x" * 5000) == ["Shorten the text to at most 2000 characters."]
    assert values.check_value(item("st"), None) == []


def test_is_answered(survey: Questionnaire) -> None:
    item = survey.item
    assert not values.is_answered(item("name"), "  ")
    assert values.is_answered(item("yn"), False)
    assert values.is_answered(item("n"), 0)
    assert not values.is_answered(item("kinds"), {"selected": []})
    assert values.is_answered(item("kinds"), ["law"])
    assert not values.is_answered(item("rows"), [{"title": ""}])
    assert values.is_answered(item("rows"), [{"year": 2000}])
    assert not values.is_answered(item("info"), None)


def test_display_text(survey: Questionnaire) -> None:
    item = survey.item
    assert values.display_text(item("st"), "high") == "High"
    assert values.display_text(item("yn"), True) == "Yes"
    assert values.display_text(item("yn"), False) == "No"
    assert values.display_text(item("kinds"), {"selected": ["law", "other"], "other": "Drills"}) == \
        "Legislation; Other: Drills"
    assert values.display_text(item("one"), {"selected": "other", "other": "X"}) == "Other: X"
    assert values.display_text(item("rows"), [{"title": "Plan", "year": 2020}, {}]) == "Title: Plan, Year: 2020"
    assert values.display_text(item("amount"), "12.5") == "12.5"
    assert values.display_text(item("name"), None) == ""


def test_visibility_follows_chains(survey: Questionnaire) -> None:
    n = survey.item("n")
    answers = {"st": "high", "kinds": {"selected": ["law"]}, "n": 10}
    assert values.is_visible(n, answers, survey)
    # kinds is hidden when st drops: its stale answer no longer shows n
    answers["st"] = "low"
    assert not values.is_visible(survey.item("kinds"), answers, survey)
    assert not values.is_visible(n, answers, survey)
    assert not values.is_required(n, answers, survey)
    assert values.validation_messages(n, answers, survey) == []


def test_required_and_validation_messages(survey: Questionnaire) -> None:
    n = survey.item("n")
    base = {"st": "high", "kinds": {"selected": ["law"]}}
    assert values.is_required(n, base, survey)
    assert values.validation_messages(n, base, survey) == ["This question needs an answer."]
    assert values.validation_messages(n, {**base, "n": 60}, survey) == ["Enter at most 50 sectors."]
    assert values.validation_messages(n, {**base, "n": 500}, survey) == ["Enter a whole number between 0 and 100."]
    assert values.validation_messages(n, {**base, "n": 5}, survey) == []
    name = survey.item("name")
    assert not values.is_required(name, {"yn": False}, survey)
    assert values.is_required(name, {"yn": True}, survey)
    assert values.validation_messages(survey.item("info"), {}, survey) == []


def test_word_limit_counts_characters_for_chinese(survey: Questionnaire) -> None:
    essay = survey.item("essay")
    assert values.check_value(essay, "国家通过", "zh") == []
    assert values.check_value(essay, "国家通过了一项法律", "zh") != []


def test_group_rows_use_their_own_conditions(write_yaml: Callable[..., Path]) -> None:
    text = questionnaire_text("""
        - {id: period, type: yes_no, label: Dated}
        - id: programmes
          type: group
          label: Programmes
          items:
            - {id: name, type: short_text, label: Name, required: true}
            - {id: started, type: integer, label: Started, show_if: period == true}
            - id: ended
              type: integer
              label: Ended
              show_if: answered(started)
              validate:
                - {rule: ended >= started, message: The end year comes after the start year.}
        """)
    survey = load(write_yaml(text)).questionnaire
    group = survey.item("programmes")
    started, ended = group.items[1], group.items[2]
    answers = {"period": True, "programmes": [{"name": "A", "started": 2020, "ended": 2019},
                                              {"started": 2020, "ended": 2021}, {}]}
    assert values.is_visible_in_row(group, ended, answers["programmes"][0], answers, survey)
    assert not values.is_visible_in_row(group, ended, {}, answers, survey)
    assert not values.is_visible_in_row(group, started, {}, {"period": False}, survey)
    assert values.validation_messages(group, answers, survey) == [
        "Row 1, Ended: The end year comes after the start year.",
        "Row 2, Name: This question needs an answer.",
    ]
    answers["programmes"][0]["ended"] = 2022
    answers["programmes"][1]["name"] = "B"
    assert values.validation_messages(group, answers, survey) == []


def test_visibility_of_every_item_at_once(survey: Questionnaire) -> None:
    answers = {"st": "high", "kinds": {"selected": ["law"]}}
    shown = values.visibility(answers, survey)
    assert shown == {item.id: values.is_visible(item, answers, survey) for item in survey.items()}
    assert shown["n"] and shown["kinds"]
    assert not values.visibility({"st": "low", "kinds": {"selected": ["law"]}}, survey)["n"]


def test_diamond_shaped_conditions_stay_fast(write_yaml: Callable[..., Path]) -> None:
    # each level depends twice on the level above: without memoising, 2**40 evaluations
    lines = ["- {id: l0a, type: yes_no, label: L}", "- {id: l0b, type: yes_no, label: L}"]
    for level in range(1, 41):
        for side in "ab":
            lines.append(f"- {{id: l{level}{side}, type: yes_no, label: L, "
                         f"show_if: l{level - 1}a or l{level - 1}b}}")
    survey = load(write_yaml(questionnaire_text("\n".join(lines)))).questionnaire
    answers = {f"l{level}{side}": True for level in range(41) for side in "ab"}
    assert values.is_visible(survey.item("l40a"), answers, survey)
    assert not values.is_visible(survey.item("l40a"), {**answers, "l0a": False, "l0b": False}, survey)


def test_odd_values_never_raise(survey: Questionnaire) -> None:
    odd = [None, 0, -1, 1.5, float("nan"), float("inf"), "", " ", "x" * 300_000, [], {}, [1], [None], [{}],
           [{"title": None, "year": "x"}], {"selected": 3}, {"selected": [None]}, {"selected": "other"},
           {"other": "only other"}, True, False, "2026-13-45", "1e999", "-0", "١٢", b"bytes", ("law",)]
    for item in survey.items():
        for value in odd:
            messages = values.check_value(item, value)
            assert isinstance(messages, list) and all(isinstance(m, str) and m for m in messages), (item.id, value)
            assert isinstance(values.is_answered(item, value), bool)
            assert isinstance(values.display_text(item, value), str)
            assert isinstance(values.validation_messages(item, {item.id: value}, survey), list)
