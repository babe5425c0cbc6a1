"""Fixtures for storage tests: a small questionnaire built from the model, a fresh database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
from survey_app.storage.api import State
from survey_app.storage.store import Store

STATUS = ChoiceList(
    "status",
    (Choice("not_started", "Not started"), Choice("planned", "Planned"), Choice("partial", "Partially implemented"),
     Choice("implemented", "Implemented"), Choice("not_applicable", "Not applicable")),
    ordered=True,
    unordered_values=frozenset({"not_applicable"}),
)
SECTORS = ChoiceList("sectors", (Choice("energy", "Energy"), Choice("health", "Health"), Choice("other", "Other")))


def small_questionnaire(version: str = "2026.1", *, extra: tuple[Item, ...] = ()) -> Questionnaire:
    items = (
        Item("summary", ItemType.LONG_TEXT, "Executive summary", role=Role.EXECUTIVE_SUMMARY, word_limit=500),
        Item("ministry", ItemType.SHORT_TEXT, "Lead ministry", role=Role.LEAD_MINISTRY),
        Item("contact", ItemType.SHORT_TEXT, "Contact person", role=Role.SUBMISSION_CONTACT, sensitive=True),
        Item("intro", ItemType.NOTE, "Read this first"),
        Item("staff", ItemType.INTEGER, "Staff", minimum=0, maximum=100000),
        Item("budget", ItemType.DECIMAL, "Budget (million)"),
        Item("adopted", ItemType.DATE, "Strategy adopted on"),
        Item("has_cert", ItemType.YES_NO, "Is there a national CERT?"),
        Item("norm_a", ItemType.SCALE, "Status of norm 13(a)", role=Role.NORM_STATUS, norm="13(a)", choice_list=STATUS),
        Item("sectors", ItemType.MULTI_CHOICE, "Sectors", choice_list=SECTORS, allow_other=True),
        Item("lead", ItemType.SINGLE_CHOICE, "Lead sector", choice_list=SECTORS),
        Item(
            "laws",
            ItemType.GROUP,
            "Laws",
            items=(Item("title", ItemType.SHORT_TEXT, "Title"), Item("year", ItemType.INTEGER, "Year")),
            max_rows=20,
        ),
        *extra,
    )
    section = Section("general", "General", items)
    part = Part("p1", "Part I", (section,))
    return Questionnaire(
        id="nsi-test", version=version, title="Test survey", default_language="en", languages=("en",),
        parts=(part,), choice_lists={"status": STATUS, "sectors": SECTORS},
    )


@pytest.fixture
def questionnaire() -> Questionnaire:
    return small_questionnaire()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "survey.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path, user="Tester")
    yield opened
    opened.close()


@pytest.fixture
def response_id(store: Store, questionnaire: Questionnaire) -> int:
    return store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en").id
