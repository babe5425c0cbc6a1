"""Repeating groups by keyboard: Tab follows the screen order, focus follows a moved row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import card


def tab_from(qtbot, widget, presses: int) -> list:
    """The widgets focused by pressing Tab `presses` times, starting with `widget` focused."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def row_stops(row) -> list:
    return [row.editors["title"].edit, row.editors["year"].edit, row.up, row.down, row.remove]


def test_tab_goes_through_existing_rows_then_add_then_history(qtbot, window, store, response_id) -> None:
    # the rows are in the database before the response opens: a page built ahead of time (after
    # PREBUILD_DELAY_MS) would not show rows set behind its back through the session
    store.set_answer(response_id, "documents", [{"title": "Strategy", "year": 2020}, {"title": "Law"}])
    assert window.open_response(response_id)
    opened = window
    documents = card(opened, "documents")
    group = documents.editor
    first, second = group.rows
    has_plan = card(opened, "has_plan")  # the card before the group
    start = has_plan.note_button
    # the disabled "Move up" of the first row and "Move down" of the last are skipped, as Qt does
    expected = [first.editors["title"].edit, first.editors["year"].edit, first.down, first.remove,
                second.editors["title"].edit, second.editors["year"].edit, second.up, second.remove,
                group.add_button, documents.history_button, documents.note_button]
    assert tab_from(qtbot, start, len(expected)) == expected


def test_tab_from_a_new_row_goes_to_add_a_row_not_to_the_top_bar(qtbot, opened) -> None:
    documents = card(opened, "documents")
    group = documents.editor
    group.add_button.click()
    group.add_button.click()
    new = group.rows[-1]
    assert tab_from(qtbot, new.remove, 3) == [group.add_button, documents.history_button, documents.note_button]
    # and backwards from "Add a row" into the new row's buttons
    group.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(group.add_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is new.remove
    # the rows in order: the first row's fields come before the second's
    assert tab_from(qtbot, group.rows[0].remove, 1) == [row_stops(new)[0]]


def test_focus_follows_a_row_moved_to_the_top_or_the_bottom(qtbot, opened, store, response_id) -> None:
    group = card(opened, "documents").editor
    for title in ("First", "Second", "Third"):
        group.add_button.click()
        qtbot.keyClicks(group.rows[-1].editors["title"].edit, title)
        group.rows[-1].flush()
    # "Second" up to the top: its "Move up" is disabled there, so its "Move down" has the focus
    group.rows[1].up.setFocus()
    qtbot.keyClick(group.rows[1].up, Qt.Key.Key_Space)
    assert [row["title"] for row in store.values(response_id)["documents"]] == ["Second", "First", "Third"]
    assert QApplication.focusWidget() is group.rows[0].down
    assert group.rows[0].editors["title"].edit.text() == "Second"
    # Space again moves the same row back down, and the focus stays with it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert [row["title"] for row in store.values(response_id)["documents"]] == ["First", "Second", "Third"]
    assert QApplication.focusWidget() is group.rows[1].down
    # "First" down to the bottom in two steps: the focus ends on its "Move up"
    group.rows[0].down.setFocus()
    qtbot.keyClick(group.rows[0].down, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is group.rows[1].down
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert [row["title"] for row in store.values(response_id)["documents"]] == ["Second", "Third", "First"]
    assert QApplication.focusWidget() is group.rows[2].up
    assert group.rows[2].editors["title"].edit.text() == "First"
