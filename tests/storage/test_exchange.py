"""The answers exchange format: export, import round trip, invalid and hostile files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage import codes
from survey_app.storage.api import State
from survey_app.storage.exchange import (
    FORMAT,
    ImportRejected,
    check_document,
    export_document,
    import_document,
    parse_document,
    read_document,
    write_document,
)
from survey_app.storage.store import Store

ANSWERS = {
    "summary": "Our national strategy (2023) sets out how we cooperate.\nSecond paragraph: <b>not markup</b> & more.",
    "ministry": "Ministry of Foreign Affairs",
    "contact": "Jane Doe, +1 555 0100",
    "staff": 42,
    "budget": "3.75",
    "adopted": "2023-05-17",
    "has_cert": True,
    "norm_a": "implemented",
    "sectors": {"selected": ["energy", "other"], "other": "Water supply"},
    "lead": "health",
    "laws": [{"title": "Cybersecurity Act", "year": 2021}, {"title": "Data Protection Act", "year": 2018}],
}


@pytest.fixture
def filled(store: Store, response_id: int) -> int:
    for item_id, value in ANSWERS.items():
        store.set_answer(response_id, item_id, value)
    return response_id


def _new_response(store: Store, questionnaire: Questionnaire, cycle: int = 2028) -> int:
    return store.create_response(state=State("JPN", "Japan"), cycle=cycle, questionnaire=questionnaire, language="en").id


def test_export_shape_and_sensitive_items(store: Store, filled: int, questionnaire: Questionnaire) -> None:
    document = export_document(store, filled, questionnaire)
    assert document["format"] == FORMAT and document["format_version"] == 1
    assert document["response"] == {
        "questionnaire": "nsi-test", "questionnaire_version": "2026.1", "state": {"code": "FRA", "name": "France"},
        "cycle": 2026, "language": "en", "status": "draft",
    }
    assert "contact" not in document["answers"]
    assert list(document["answers"]) == [k for k in ANSWERS if k != "contact"]
    full = export_document(store, filled, questionnaire, include_sensitive=True)
    assert full["answers"] == ANSWERS


def test_export_then_import_into_a_new_response_is_identical(
    store: Store, filled: int, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    out = write_document(export_document(store, filled, questionnaire, include_sensitive=True), tmp_path / "a.json")
    target = _new_response(store, questionnaire)
    result = import_document(store, target, read_document(out), questionnaire)
    assert result.imported == len(ANSWERS)
    assert store.values(target) == store.values(filled)
    assert {h.reason for h in store.history(target, "summary")} == {"import"}


def test_yaml_file_imports(store: Store, questionnaire: Questionnaire, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(
        "format: survey-app/answers\nformat_version: 1\nanswers:\n  staff: 7\n  has_cert: yes\n"
        "  laws:\n    - {title: Cyber Act, year: 2020}\n",
        encoding="utf-8",
    )
    target = _new_response(store, questionnaire)
    import_document(store, target, read_document(path), questionnaire)
    assert store.values(target) == {"staff": 7, "has_cert": True, "laws": [{"title": "Cyber Act", "year": 2020}]}


def test_invalid_values_are_all_listed_and_nothing_changes(store: Store, filled: int, questionnaire: Questionnaire) -> None:
    before = store.values(filled)
    history_before = store.history(filled, "staff")
    document = {
        "format": FORMAT,
        "format_version": 1,
        "answers": {
            "staff": "many",
            "norm_a": "brilliant",
            "no_such_item": 1,
            "intro": "a note",
            "laws": [{"title": "ok"}, {"colour": "red"}],
            "sectors": ["energy", "wind"],
            "summary": "x" * (1024 * 1024 + 1),
            "ministry": "Still valid",
        },
    }
    with pytest.raises(ImportRejected) as error:
        import_document(store, filled, document, questionnaire)
    found = {(p.code, p.message.split(":")[0]) for p in error.value.problems}
    assert found == {
        (codes.IMPORT_INVALID_VALUE, "staff"),
        (codes.IMPORT_INVALID_VALUE, "norm_a"),
        (codes.IMPORT_UNKNOWN_ITEM, "no_such_item"),
        (codes.IMPORT_UNKNOWN_ITEM, "intro"),
        (codes.IMPORT_BAD_ROW, "laws"),
        (codes.IMPORT_INVALID_VALUE, "sectors"),
        (codes.IMPORT_TEXT_TOO_LONG, "summary"),
    }
    assert error.value.code == codes.IMPORT_REJECTED
    assert store.values(filled) == before
    assert store.history(filled, "staff") == history_before


def test_wrong_format_and_other_questionnaire(store: Store, response_id: int, questionnaire: Questionnaire) -> None:
    with pytest.raises(ImportRejected) as error:
        import_document(store, response_id, {"answers": {}}, questionnaire)
    assert [p.code for p in error.value.problems] == [codes.IMPORT_WRONG_FORMAT]
    other = {"format": FORMAT, "format_version": 1, "response": {"questionnaire": "another"}, "answers": {"staff": 1}}
    with pytest.raises(ImportRejected) as error:
        import_document(store, response_id, other, questionnaire)
    assert [p.code for p in error.value.problems] == [codes.IMPORT_OTHER_QUESTIONNAIRE]
    assert store.values(response_id) == {}


def test_import_refused_on_final_response(store: Store, response_id: int, questionnaire: Questionnaire) -> None:
    store.finalise(response_id)
    with pytest.raises(SurveyError) as error:
        import_document(store, response_id, {"format": FORMAT, "format_version": 1, "answers": {"staff": 1}}, questionnaire)
    assert error.value.code == codes.RESPONSE_FINAL


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"[" * 100_000 + b"]" * 100_000, codes.IMPORT_TOO_DEEP),
        (b'{"a":' * 50 + b"1" + b"}" * 50, codes.IMPORT_TOO_DEEP),
        (
            b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
            codes.IMPORT_WRONG_FORMAT,
        ),
        ("format: ümlaut".encode("latin-1"), codes.IMPORT_UNREADABLE),
        (b"\x89PNG\r\n\x1a\n\x00\x00", codes.IMPORT_UNREADABLE),
        (b"{not json", codes.IMPORT_UNREADABLE),
        (b"- just\n- a list\n", codes.IMPORT_WRONG_FORMAT),
        (b"key: [unclosed\n", codes.IMPORT_UNREADABLE),
    ],
    ids=["deep-json", "nested-json", "yaml-alias-bomb", "latin-1", "binary", "bad-json", "list", "bad-yaml"],
)
def test_hostile_files_are_refused_clearly(content: bytes, code: str) -> None:
    with pytest.raises(SurveyError) as error:
        parse_document(content)
    assert error.value.code == code


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(SurveyError) as error:
        read_document(path)
    assert error.value.code == codes.IMPORT_TOO_LARGE


def test_utf16_and_bom_files_are_read(tmp_path: Path) -> None:
    document = {"format": FORMAT, "format_version": 1, "answers": {"ministry": "Министерство"}}
    for encoding, name in (("utf-16", "a.json"), ("utf-8-sig", "b.json")):
        path = tmp_path / name
        path.write_text(json.dumps(document, ensure_ascii=False), encoding=encoding)
        assert read_document(path) == document


def test_yaml_values_are_read_as_written_not_as_yaml_1_1_types(store: Store, filled: int,
                                                               questionnaire: Questionnaire) -> None:
    document = parse_document(
        b"format: survey-app/answers\nformat_version: 1\nanswers:\n"
        b"  ministry: 12:30\n  summary: 0x1F\n  contact: 2023-01-01\n  staff: 42\n  has_cert: no\n"
        b"  budget: 1_000\n"
    )
    answers = document["answers"]
    assert answers["ministry"] == "12:30" and answers["summary"] == "0x1F" and answers["contact"] == "2023-01-01"
    assert answers["staff"] == 42 and answers["has_cert"] == "no"
    with pytest.raises(ImportRejected):  # "1_000" is not a number as the file wrote it: refused, not 1000
        import_document(store, filled, document, questionnaire)
    del answers["budget"]
    import_document(store, filled, document, questionnaire)
    values = store.values(filled)
    assert values["ministry"] == "12:30" and values["contact"] == "2023-01-01" and values["has_cert"] is False


@pytest.mark.parametrize("value", [{"Selected": ["energy"]}, {"selected": ["energy"], "extra": 1}, {"a": 1}])
def test_a_multiple_choice_answer_with_unknown_keys_is_refused(store: Store, filled: int,
                                                               questionnaire: Questionnaire, value) -> None:
    before = store.values(filled)
    document = {"format": FORMAT, "format_version": 1, "answers": {"sectors": value}}
    with pytest.raises(ImportRejected) as rejected:
        import_document(store, filled, document, questionnaire)
    assert [p.code for p in rejected.value.problems] == [codes.IMPORT_INVALID_VALUE]
    assert store.values(filled) == before


def test_writing_an_export_where_it_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    for out in (tmp_path / "missing-folder" / "x.json", tmp_path):
        with pytest.raises(SurveyError) as error:
            write_document({"answers": {}}, out)
        assert error.value.code == codes.EXPORT_FAILED
    assert [p.name for p in tmp_path.iterdir()] == []  # no partial file left behind


def test_a_damaged_value_or_status_in_the_file_is_shown_not_fatal(store: Store, filled: int) -> None:
    store.db.execute("UPDATE answers SET value = '{not json' WHERE response_id = ? AND item_id = 'ministry'", [filled])
    store.db.execute("UPDATE responses SET status = 'weird' WHERE id = ?", [filled])
    assert store.values(filled)["ministry"] == "{not json"
    assert store.response(filled).status.value == "final"  # read-only until reopened
    assert [s.response.id for s in store.list_responses()] == [filled]


def test_an_old_id_and_its_new_one_in_one_file_are_refused() -> None:
    """Through `replaces`, both ids name one question: which answer is meant? The last one used to win."""
    from storage.conftest import small_questionnaire

    from survey_app.questionnaire.model import Item, ItemType

    q = small_questionnaire(extra=(Item("lead_body", ItemType.SHORT_TEXT, "Lead body", replaces=("old_lead",)),))
    document = {"format": "survey-app/answers", "format_version": 1,
                "answers": {"old_lead": "Ministry of Foreign Affairs", "lead_body": "Ministry of Interior"}}
    values, problems = check_document(document, q)
    assert [p.code for p in problems] == [codes.IMPORT_UNREADABLE]
    assert "old_lead" in problems[0].message and "lead_body" in problems[0].message and "twice" in problems[0].message
    values, problems = check_document({**document, "answers": {"old_lead": "Ministry of Foreign Affairs"}}, q)
    assert problems == [] and values == {"lead_body": "Ministry of Foreign Affairs"}
