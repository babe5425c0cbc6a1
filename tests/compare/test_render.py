"""Text and JSON outputs of a comparison contain exactly the differences."""

from __future__ import annotations

import json

from survey_app.compare.chart import status_grid
from survey_app.compare.diff import compare_responses
from survey_app.compare.render import render_text, to_json

from .conftest import make_questionnaire, make_response
from .test_diff import NEW_ANSWERS, OLD_ANSWERS


def _sides():
    old = (make_response(1, 2024), make_questionnaire("2025.1"), OLD_ANSWERS)
    new = (make_response(2, 2026, "2026.1"), make_questionnaire("2026.1"), NEW_ANSWERS)
    return old, new


def test_text_marks_deletions_and_insertions() -> None:
    old, new = _sides()
    text = render_text(compare_responses(old, new), grid=status_grid([old, new]))
    assert "The ministry adopted a {+new +}national strategy in [-2020-]{+2023+}." in text
    assert "In progress → Implemented" in text
    assert "13(g): Implemented → Planned (moved down)" in text
    assert "Describe the measures [n13a_description, formerly n13a_text]: changed" in text
    assert "retired question" in text and "new question" in text
    # changes only: the unchanged answer is not listed
    assert "Ministry of Foreign Affairs" not in text
    assert "Ministry of Foreign Affairs" in render_text(compare_responses(old, new), changes_only=False)


def test_json_lists_every_item_with_its_status() -> None:
    old, new = _sides()
    document = json.loads(json.dumps(to_json(compare_responses(old, new), grid=status_grid([old, new]))))
    items = {item["id"]: item for item in document["items"]}
    assert {item["status"] for item in items.values()} == {
        "unchanged", "changed", "newly_answered", "no_longer_answered", "new_question", "retired_question"
    }
    assert items["n13a_status"]["old"] == "in_progress" and items["n13a_status"]["new"] == "implemented"
    assert items["n13a_description"]["renamed_from"] == "n13a_text"
    assert {"op": "insert", "text": "2023"} in items["exec_summary"]["diff"]
    assert {"op": "delete", "text": "2020"} in items["exec_summary"]["diff"]
    assert [row["change"] for row in items["n13a_documents"]["rows"]] == ["changed", "changed"]
    assert document["changed"] == 13 and document["counts"]["retired_question"] == 2
    assert [n["direction"] for n in document["norms"]] == ["up", "down"]
    assert document["chart"]["cycles"] == [2024, 2026]
    assert document["chart"]["norms"][0]["statuses"] == ["in_progress", "implemented"]


def test_sensitive_items_can_be_left_out() -> None:
    from dataclasses import replace

    q = make_questionnaire()
    part = q.parts[0]
    section = part.sections[0]
    hidden = replace(section.items[0], sensitive=True)
    q = replace(q, parts=(replace(part, sections=(replace(section, items=(hidden, *section.items[1:])),)), *q.parts[1:]))
    old = (make_response(1, 2024), q, {"lead_ministry": "Jane Doe, +1 555"})
    new = (make_response(2, 2025), q, {"lead_ministry": "John Roe, +1 777"})
    assert "John Roe" in render_text(compare_responses(old, new))
    assert "John Roe" not in render_text(compare_responses(old, new, include_sensitive=False))
