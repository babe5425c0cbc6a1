"""The response form: one editor per item type, typed by keyboard, written through the Store to SQLite."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit

from survey_app.gui.item_widgets import TYPING_PAUSE_MS
from survey_app.storage.api import State

from .conftest import card, reopened_values


def type_text(widget, text: str) -> None:
    """Key events carrying any text (QTest.keyClicks aborts on characters outside Latin-1)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def space(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def saved(store, response_id, item_id):
    return store.values(response_id).get(item_id)


def test_every_item_type_by_keyboard_survives_closing_and_reopening(qtbot, opened, store, db_path,
                                                                    response_id) -> None:
    window = opened
    lead = card(window, "lead").editor.edit
    lead.setFocus()
    qtbot.keyClicks(lead, "Ministry of Foreign Affairs")
    summary = card(window, "summary").editor.edit
    summary.setFocus()  # leaving 'lead' commits it at once
    assert saved(store, response_id, "lead") == "Ministry of Foreign Affairs"
    qtbot.keyClicks(summary, "We adopted a strategy.")
    kind = card(window, "kind").editor
    space(qtbot, kind.buttons["agency"])
    date = card(window, "since").editor.edit
    date.setFocus()
    date.lineEdit().selectAll()
    qtbot.keyClicks(date, "2021-03-15")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert saved(store, response_id, "since") == "2021-03-15"

    window.a_next.trigger()  # Ctrl+PgDown: the norm section
    status = card(window, "status").editor
    space(qtbot, status.buttons["in_progress"])
    measures = card(window, "measures").editor
    qtbot.waitUntil(lambda: card(window, "measures").isVisibleTo(window))
    space(qtbot, measures.boxes["legislation"])
    space(qtbot, measures.boxes["other"])
    qtbot.keyClicks(measures.other_edit, "Guidelines")
    qtbot.keyClick(measures.other_edit, Qt.Key.Key_Tab)
    sectors = card(window, "sectors").editor.edit
    sectors.setFocus()
    qtbot.keyClicks(sectors, "12")
    budget = card(window, "budget").editor.edit
    budget.setFocus()
    qtbot.keyClicks(budget, "3,75")  # a decimal comma is accepted and stored with a point
    has_plan = card(window, "has_plan").editor
    space(qtbot, has_plan.buttons[True])
    group = card(window, "documents").editor
    group.add_button.setFocus()
    qtbot.keyClick(group.add_button, Qt.Key.Key_Space)
    title = group.rows[0].editors["title"].edit
    assert title.hasFocus()  # adding a row puts the cursor in it
    qtbot.keyClicks(title, "National strategy")
    year = group.rows[0].editors["year"].edit
    year.setFocus()
    qtbot.keyClicks(year, "2021")
    window.close()  # the last field is committed on close

    assert reopened_values(db_path, response_id) == {
        "lead": "Ministry of Foreign Affairs",
        "summary": "We adopted a strategy.",
        "kind": "agency",
        "since": "2021-03-15",
        "status": "in_progress",
        "measures": {"selected": ["legislation", "other"], "other": "Guidelines"},
        "sectors": 12,
        "budget": "3.75",
        "has_plan": True,
        "documents": [{"title": "National strategy", "year": 2021}],
    }


def test_text_is_saved_after_a_pause_in_typing(qtbot, opened, store, response_id) -> None:
    edit = card(opened, "lead").editor.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Agency")
    assert saved(store, response_id, "lead") is None  # not one write per key press
    qtbot.waitUntil(lambda: saved(store, response_id, "lead") == "Agency", timeout=TYPING_PAUSE_MS * 6)
    assert edit.hasFocus()


def test_show_if_applies_live(qtbot, opened) -> None:
    measures = card(opened, "measures")
    status = card(opened, "status").editor
    assert not measures.isVisibleTo(opened)
    space(qtbot, status.buttons["planned"])
    qtbot.waitUntil(lambda: measures.isVisibleTo(opened))
    space(qtbot, status.buttons["not_started"])
    qtbot.waitUntil(lambda: not measures.isVisibleTo(opened))
    space(qtbot, status.buttons[None])  # "No answer" clears it
    assert opened.session.value("status") is None


def test_validation_message_appears_and_clears(qtbot, opened) -> None:
    sectors = card(opened, "sectors")
    sectors.editor.edit.setFocus()
    qtbot.keyClicks(sectors.editor.edit, "60")
    sectors.editor.flush()
    qtbot.waitUntil(lambda: sectors.message.isVisibleTo(opened))
    assert sectors.message.text() == "Enter at most 50 sectors."
    assert sectors.property("problem") is True
    sectors.editor.edit.selectAll()
    qtbot.keyClicks(sectors.editor.edit, "5")
    sectors.editor.flush()
    qtbot.waitUntil(lambda: not sectors.message.isVisibleTo(opened))


def test_required_message_in_plain_words(qtbot, opened) -> None:
    lead = card(opened, "lead")
    assert lead.message.isVisibleTo(opened)
    assert lead.message.text() == "This question needs an answer."
    lead.editor.edit.setFocus()
    qtbot.keyClicks(lead.editor.edit, "Ministry")
    lead.editor.flush()
    qtbot.waitUntil(lambda: not lead.message.isVisibleTo(opened))


def test_word_counter(qtbot, opened) -> None:
    summary = card(opened, "summary").editor
    assert summary.counter.isVisibleTo(opened)
    assert summary.counter.text() == "0 of 5 words"
    qtbot.keyClicks(summary.edit, "one two three four five six")
    assert summary.counter.text() == "6 of 5 words"
    assert summary.counter.property("over") is True
    summary.flush()
    message = card(opened, "summary").message
    qtbot.waitUntil(lambda: message.isVisibleTo(opened))
    assert "5" in message.text()


def test_group_rows_add_remove_reorder(qtbot, opened, store, response_id) -> None:
    group = card(opened, "documents").editor
    for title in ("First", "Second", "Third"):
        group.add_button.click()
        qtbot.keyClicks(group.rows[-1].editors["title"].edit, title)
        group.rows[-1].flush()
    assert [row["title"] for row in saved(store, response_id, "documents")] == ["First", "Second", "Third"]
    group.rows[2].up.click()
    assert [row["title"] for row in saved(store, response_id, "documents")] == ["First", "Third", "Second"]
    assert not group.rows[0].up.isEnabled() and not group.rows[2].down.isEnabled()
    group.rows[0].remove.click()
    assert [row["title"] for row in saved(store, response_id, "documents")] == ["Third", "Second"]
    assert [row.title.text() for row in group.rows] == ["Row 1", "Row 2"]
    for _ in range(2):
        group.rows[0].remove.click()
    assert saved(store, response_id, "documents") is None
    assert group.empty_label.isVisibleTo(opened)


def test_group_respects_its_row_limit(opened) -> None:
    group = card(opened, "documents").editor
    for _ in range(6):
        group.add_button.click()
    assert len(group.rows) == 5 and not group.add_button.isEnabled()


def test_progress_and_navigator_marks(qtbot, opened) -> None:
    view = opened.response_view
    assert view.progress.text() == "0 of 9 answered"
    about = view.navigator._items["about"]
    assert about.text(2) == "○"
    edit = card(opened, "lead").editor.edit
    qtbot.keyClicks(edit, "Ministry")
    card(opened, "lead").editor.flush()
    qtbot.waitUntil(lambda: view.progress.text() == "1 of 9 answered")
    assert (about.text(1), about.text(2)) == ("1/4", "◐")
    for item_id, value in (("summary", "Short."), ("kind", "ministry"), ("since", "2020-01-01")):
        opened.session.set_value(item_id, value)
    qtbot.waitUntil(lambda: (about.text(1), about.text(2)) == ("4/4", "✔"))
    assert "4 of 4 answered" == about.data(1, Qt.ItemDataRole.AccessibleTextRole)


def test_saved_state_is_visible(qtbot, opened, store) -> None:
    assert opened.save_label.text() == "Saved"
    edit = card(opened, "lead").editor.edit
    qtbot.keyClicks(edit, "x")
    card(opened, "lead").editor.flush()
    assert opened.save_label.text() == "Saved"
    assert opened.save_label.property("state") == "saved"


def test_date_can_be_cleared(qtbot, opened, store, response_id) -> None:
    editor = card(opened, "since").editor
    opened.session.set_value("since", "2020-02-02")
    editor.set_value("2020-02-02")
    assert editor.clear_button.isVisibleTo(opened)
    editor.clear_button.click()
    assert saved(store, response_id, "since") is None
    assert isinstance(editor.edit, QDateEdit) and editor.edit.text() == "No date"
    assert not editor.clear_button.isVisibleTo(opened)  # nothing left to clear


def test_markup_in_answers_is_shown_as_text(qtbot, opened, store, response_id) -> None:
    edit = card(opened, "lead").editor.edit
    qtbot.keyClicks(edit, "<b>x</b> & <i>y</i>")
    card(opened, "lead").editor.flush()
    assert saved(store, response_id, "lead") == "<b>x</b> & <i>y</i>"
    assert edit.text() == "<b>x</b> & <i>y</i>"
    assert card(opened, "lead").label.textFormat() == Qt.TextFormat.PlainText


def test_markup_in_a_state_name_is_shown_as_text(qtbot, store, questionnaire, window) -> None:
    response = store.create_response(state=State(None, "<b>x</b> & <img src=a>"), cycle=2026,
                                     questionnaire=questionnaire, language="en")
    window.open_response(response.id)
    title = window.response_view.title
    assert title.textFormat() == Qt.TextFormat.PlainText and "<b>x</b> & <img src=a>" in title.full_text
    status = window.status_response
    assert status.textFormat() == Qt.TextFormat.PlainText and "<b>x</b>" in status.text()


def test_a_locked_database_shows_not_saved_and_retry_saves(qtbot, opened, store, response_id, db_path,
                                                            monkeypatch) -> None:
    other = sqlite3.connect(db_path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        lead = card(opened, "lead").editor
        qtbot.keyClicks(lead.edit, "Ministry")
        lead.flush()
        assert opened.save_label.property("state") == "failed"
        assert opened.save_label.text().startswith("Not saved")
        assert opened.retry_button.isVisibleTo(opened)
        assert lead.edit.text() == "Ministry"  # nothing typed is lost from the screen
    finally:
        other.rollback()
        other.close()
    opened.retry_button.click()
    assert opened.save_label.text() == "Saved" and not opened.retry_button.isVisibleTo(opened)
    assert reopened_values(db_path, response_id)["lead"] == "Ministry"


def test_arabic_answer_displays_right_to_left(qtbot, opened) -> None:
    lead = card(opened, "lead").editor.edit
    type_text(lead, "وزارة الخارجية")
    assert opened.layoutDirection() == Qt.LayoutDirection.LeftToRight  # English interface
    assert lead.layoutDirection() == Qt.LayoutDirection.RightToLeft
    lead.clear()
    assert lead.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_text(lead, "Ministry")
    assert lead.layoutDirection() == Qt.LayoutDirection.LeftToRight
    summary = card(opened, "summary").editor.edit
    type_text(summary.viewport(), "اعتمدنا استراتيجية وطنية")
    block = summary.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft


def test_a_row_value_out_of_range_is_explained_next_to_the_group(qtbot, opened) -> None:
    documents = card(opened, "documents")
    documents.editor.add_button.click()
    year = documents.editor.rows[0].editors["year"].edit
    qtbot.keyClicks(year, "1800")
    documents.editor.flush()
    qtbot.waitUntil(lambda: documents.message.isVisibleTo(opened))
    assert documents.message.text().startswith("Row 1, Year:")
    assert "1990" in documents.message.text() and "2100" in documents.message.text()
