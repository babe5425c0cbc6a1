"""A small questionnaire with one item of every type, a real database and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from survey_app.questionnaire.conditions import parse
from survey_app.questionnaire.model import (
    Choice,
    ChoiceList,
    Item,
    ItemType,
    Part,
    Questionnaire,
    Section,
    ValidationRule,
)
from survey_app.storage.api import State
from survey_app.storage.store import Store

STATUS = ChoiceList(
    "status",
    (Choice("not_started", "Not started"), Choice("planned", "Planned"), Choice("in_progress", "In progress"),
     Choice("implemented", "Implemented"), Choice("not_applicable", "Not applicable")),
    ordered=True,
    unordered_values=frozenset({"not_applicable"}),
)
MEASURES = ChoiceList("measures", (Choice("legislation", "Legislation"), Choice("policy", "Policy or strategy")))
KINDS = ChoiceList("kinds", (Choice("ministry", "Ministry"), Choice("agency", "Agency"), Choice("other_body", "Other body")))


def small_questionnaire() -> Questionnaire:
    about = Section("about", "About this response", (
        Item("lead", ItemType.SHORT_TEXT, "Lead ministry or agency", help="The body that coordinates the reply.",
             required=True),
        Item("summary", ItemType.LONG_TEXT, "Executive summary", word_limit=5),
        Item("kind", ItemType.SINGLE_CHOICE, "Kind of body", choice_list=KINDS),
        Item("since", ItemType.DATE, "Date of the national strategy"),
    ))
    norm = Section("norm_a", "Norm 13(a): cooperation", (
        Item("intro_note", ItemType.NOTE, "Read the extract before answering.", extract="States should cooperate…"),
        Item("status", ItemType.SCALE, "Implementation status", choice_list=STATUS, source="A/70/174 para 13(a)",
             extract="Consistent with the purposes of the United Nations…"),
        Item("measures", ItemType.MULTI_CHOICE, "Kinds of measures taken", choice_list=MEASURES, allow_other=True,
             show_if=parse("status >= 'planned'")),
        Item("sectors", ItemType.INTEGER, "Number of sectors", minimum=0, maximum=100,
             validations=(ValidationRule(parse("sectors <= 50"), "Enter at most 50 sectors."),)),
        Item("budget", ItemType.DECIMAL, "Budget (millions)"),
        Item("has_plan", ItemType.YES_NO, "Is there a national plan?"),
        Item("documents", ItemType.GROUP, "National documents", items=(
            Item("title", ItemType.SHORT_TEXT, "Title"),
            Item("year", ItemType.INTEGER, "Year", minimum=1990, maximum=2100),
        ), max_rows=5),
    ))
    return Questionnaire(
        id="small", version="1", title="Small survey", default_language="en", languages=("en", "fr", "ar"),
        parts=(Part("p1", "Part I: General", (about,)), Part("p2", "Part II: Norms", (norm,))), language="en",
    )


@pytest.fixture
def questionnaire() -> Questionnaire:
    return small_questionnaire()


@pytest.fixture
def catalog(questionnaire: Questionnaire):
    from survey_app.gui.catalog_access import StaticCatalog

    return StaticCatalog([questionnaire])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "survey.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = Store.open(db_path)
    yield store
    if store.db is not None:
        try:
            store.close()
        except Exception:
            pass


@pytest.fixture
def response_id(store: Store, questionnaire: Questionnaire) -> int:
    return store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                 language="en").id


@pytest.fixture
def window(qtbot, store: Store, catalog):
    """The main window on the test database, shown and active (shortcuts need an active window)."""
    from survey_app.gui.main_window import MainWindow

    main = MainWindow(store, catalog)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def opened(window, response_id: int):
    """The main window with the fixture's response open in the form."""
    assert window.open_response(response_id)
    return window


def reopened_values(db_path: Path, response_id: int) -> dict:
    """The answers as a fresh connection to the SQLite file reads them."""
    fresh = Store.open(db_path, read_only=True)
    try:
        return fresh.values(response_id)
    finally:
        fresh.close()


def card(window, item_id: str):
    """The card of an item in the open response (its section shown first)."""
    view = window.response_view
    section = view.session.section_of(item_id)
    view.show_section(section.id)
    return view.pages[section.id].cards[item_id]


@pytest.fixture(autouse=True)
def _no_dialog_left_waiting(qapp) -> Iterator[None]:
    """A modal dialog nobody answers would hang the run: close it after 5 s and fail the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    stuck: list[str] = []
    seen: dict[int, int] = {}

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        seen[id(dialog)] = seen.get(id(dialog), 0) + 1
        if seen[id(dialog)] >= 20:
            text = getattr(dialog, "text", lambda: "")()
            stuck.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}: {text}")
            dialog.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if stuck:
        pytest.fail("a dialog was left waiting for an answer: " + "; ".join(stuck))


def answer_boxes(monkeypatch, *answers) -> list:
    """Message boxes answered without being shown: each exec() returns the next of `answers` (a
    standard button) and records the box's (text, text format). The box itself is built for real."""
    from PySide6.QtWidgets import QMessageBox

    pending = list(answers)
    asked: list = []

    def exec_(box: QMessageBox) -> int:
        asked.append((box.text(), box.textFormat()))
        answer = pending.pop(0) if len(pending) > 1 else pending[0]
        return answer.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked
