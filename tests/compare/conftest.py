"""Questionnaires written inline: version 1 and version 2 (one item renamed, one retired, one new)."""

from __future__ import annotations

import pytest

from survey_app.questionnaire.model import (
    Choice,
    ChoiceList,
    Item,
    ItemType,
    Part,
    Questionnaire,
    Role,
    Section,
)
from survey_app.storage.api import Response, State, Status

STATUS = ChoiceList(
    "status",
    (
        Choice("not_started", "Not started"),
        Choice("planned", "Planned"),
        Choice("in_progress", "In progress"),
        Choice("implemented", "Implemented"),
        Choice("not_applicable", "Not applicable"),
    ),
    ordered=True,
    unordered_values=frozenset({"not_applicable"}),
)
MEASURES = ChoiceList(
    "measures",
    (
        Choice("legislation", "Legislation"),
        Choice("policy", "Policy or strategy"),
        Choice("training", "Training"),
        Choice("other", "Other"),
    ),
)


def _status(norm: str) -> Item:
    key = norm.replace("(", "").replace(")", "")
    return Item(
        f"n{key}_status", ItemType.SCALE, "Implementation status", role=Role.NORM_STATUS, norm=norm,
        choice_list=STATUS,
    )


def make_questionnaire(version: str = "2025.1", *, norms: tuple[str, ...] = ("13(a)", "13(g)")) -> Questionnaire:
    """Version "2025.1" is the old one; any other version renames, retires and adds an item."""
    newer = version != "2025.1"
    about = Section(
        "about_lead",
        "Lead ministry",
        (
            Item("lead_ministry", ItemType.SHORT_TEXT, "Lead ministry", role=Role.LEAD_MINISTRY),
            Item("exec_summary", ItemType.LONG_TEXT, "Executive summary", role=Role.EXECUTIVE_SUMMARY),
            Item("has_position", ItemType.YES_NO, "National position published"),
            Item("position_date", ItemType.DATE, "Date of the position"),
        ),
    )
    norm_sections = []
    for norm in norms:
        key = norm.replace("(", "").replace(")", "")
        items = [
            Item(f"n{key}_extract", ItemType.NOTE, "Extract"),
            _status(norm),
            Item(f"n{key}_measures", ItemType.MULTI_CHOICE, "Kinds of measures", choice_list=MEASURES,
                 allow_other=True),
            Item(f"n{key}_count", ItemType.INTEGER, "Number of sectors"),
            Item(
                f"n{key}_documents", ItemType.GROUP, "National documents",
                items=(
                    Item("title", ItemType.SHORT_TEXT, "Title"),
                    Item("year", ItemType.INTEGER, "Year"),
                ),
            ),
        ]
        if newer:
            items.append(Item(f"n{key}_description", ItemType.LONG_TEXT, "Describe the measures",
                              replaces=(f"n{key}_text",)))
            items.append(Item(f"n{key}_budget", ItemType.DECIMAL, "Budget (millions)"))
        else:
            items.append(Item(f"n{key}_text", ItemType.LONG_TEXT, "Describe the measures"))
            items.append(Item(f"n{key}_old", ItemType.SHORT_TEXT, "A question dropped later"))
        norm_sections.append(Section(f"norm_{key}", f"Norm {norm}", tuple(items), norm=norm))
    return Questionnaire(
        id="example",
        version=version,
        title="Example survey",
        default_language="en",
        languages=("en",),
        parts=(Part("about", "About this response", (about,)), Part("norms", "Part II: Norms", tuple(norm_sections))),
        choice_lists={"status": STATUS, "measures": MEASURES},
        language="en",
    )


def make_response(response_id: int, cycle: int, version: str = "2025.1") -> Response:
    return Response(
        id=response_id, state=EXAMPLIA, cycle=cycle, questionnaire_id="example",
        questionnaire_version=version, language="en", status=Status.DRAFT,
        created_at="2026-01-01T00:00:00", updated_at="2026-01-01T00:00:00",
    )


EXAMPLIA = State(None, "Republic of Examplia")


@pytest.fixture
def old_questionnaire() -> Questionnaire:
    return make_questionnaire("2025.1")


@pytest.fixture
def new_questionnaire() -> Questionnaire:
    return make_questionnaire("2026.1")
