"""Review and finalise, history with restore, private notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from survey_app.gui.history_dialog import HistoryDialog, NoteDialog
from survey_app.gui.review_view import ITEM_ROLE
from survey_app.storage.api import ReviewState, Status

from .conftest import answer_boxes, card


def review_entries(window) -> list[tuple[str, str]]:
    review = window.response_view.review
    return [(review.list.item(i).data(ITEM_ROLE), review.list.item(i).text()) for i in range(review.list.count())]


def test_review_lists_unanswered_invalid_and_carried(qtbot, store, response_id, window) -> None:
    store.set_answers(response_id, {"lead": "Ministry", "sectors": 60, "budget": "2"})
    store.set_review(response_id, ["budget"], ReviewState.CARRIED)
    window.open_response(response_id)
    window.a_review.trigger()  # Ctrl+R
    view = window.response_view
    assert view.stack.currentWidget() is view.review
    entries = review_entries(window)
    ids = [item_id for item_id, _text in entries]
    assert ids == ["summary", "kind", "since", "status", "sectors", "budget", "has_plan", "documents"]
    text = dict(entries)
    assert "Not answered" in text["summary"]
    assert "Enter at most 50 sectors." in text["sectors"]
    assert "Carried forward, not yet confirmed" in text["budget"]
    assert "Part I: General › About this response" in text["summary"]
    assert "8 points to check" in view.review.summary.text()
    assert "1 carried-forward answers are still to be confirmed." in view.review.summary.text()


def test_a_review_entry_jumps_to_its_item(qtbot, opened) -> None:
    view = opened.response_view
    view.show_review()
    review = view.review
    row = next(i for i in range(review.list.count()) if review.list.item(i).data(ITEM_ROLE) == "sectors")
    review.list.setCurrentRow(row)
    qtbot.keyClick(review.list, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.scroll
    assert view.current_section == "norm_a"
    assert card(opened, "sectors").editor.edit.hasFocus()


def test_finalise_makes_read_only_and_reopen_is_explicit(qtbot, opened, store, response_id, monkeypatch) -> None:
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    view = opened.response_view
    view.show_review()
    view.review.finalise_button.click()
    assert store.response(response_id).status is Status.FINAL
    assert "final" in opened.status_response.text()
    lead = card(opened, "lead")
    assert lead.editor.edit.isReadOnly()
    assert not card(opened, "kind").editor.buttons["ministry"].isEnabled()
    assert opened.session.set_value("lead", "changed") is False
    assert store.values(response_id).get("lead") is None
    view.show_review()
    assert view.review.reopen_button.isVisibleTo(opened) and not view.review.finalise_button.isVisibleTo(opened)
    view.review.reopen_button.click()
    assert store.response(response_id).status is Status.DRAFT
    assert not card(opened, "lead").editor.edit.isReadOnly()


def test_finalise_can_be_cancelled(opened, store, response_id, monkeypatch) -> None:
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    opened.response_view.review.finalise_button.click()
    assert store.response(response_id).status is Status.DRAFT


def test_history_restores_an_earlier_value(qtbot, opened, store, response_id) -> None:
    for text in ("First ministry", "Second ministry", "Third ministry"):
        opened.session.set_value("lead", text)
    dialog = HistoryDialog(opened.session, "lead", opened)
    qtbot.addWidget(dialog)
    answers = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert answers[:3] == ["Third ministry", "Second ministry", "First ministry"]  # newest first
    assert dialog.table.item(0, 0).text().strip("\u2066\u2069")[:2] == "20"  # a date (kept left to right)
    dialog.table.selectRow(2)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.restored
    assert store.values(response_id)["lead"] == "First ministry"
    opened.response_view._after_undo("lead")
    assert card(opened, "lead").editor.edit.text() == "First ministry"
    opened.undo()  # restoring is one undo away
    assert store.values(response_id)["lead"] == "Third ministry"


def test_history_button_opens_the_dialog(qtbot, opened, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self.item.id) or 0)
    card(opened, "lead").history_button.click()
    assert shown == ["lead"]


def test_private_note_is_kept(qtbot, opened, store, response_id, monkeypatch) -> None:
    def write_note(self: NoteDialog) -> int:
        qtbot.keyClicks(self.edit, "Ask the legal office")
        self.save()
        return self.result()

    monkeypatch.setattr(NoteDialog, "exec", write_note)
    lead = card(opened, "lead")
    lead.note_button.click()
    assert store.note(response_id, "lead") == "Ask the legal office"
    assert lead.note_button.text().endswith("●")
    assert "lead" not in store.values(response_id)  # a note is not an answer


@pytest.fixture
def carried(store, questionnaire, response_id):
    """A 2028 response carried forward from the fixture's 2026 one (three answers)."""
    from survey_app.compare.carry import carry_forward

    store.set_answers(response_id, {"lead": "Ministry", "sectors": 4, "budget": "2.5"})
    return carry_forward(store, response_id, cycle=2028, questionnaire=questionnaire).id


def test_carried_answers_are_counted_confirmed_and_cleared_by_editing(qtbot, carried, window, store) -> None:
    window.open_response(carried)
    view = window.response_view
    about, norm = view.navigator._items["about"], view.navigator._items["norm_a"]
    assert "↻1" in about.text(1) and "1 to confirm" in about.toolTip(1)
    assert "↻2" in norm.text(1) and "2 to confirm" in norm.data(1, Qt.ItemDataRole.AccessibleTextRole)
    lead = card(window, "lead")
    assert lead.carried.isVisibleTo(window)
    lead.confirm_button.click()
    qtbot.waitUntil(lambda: not lead.carried.isVisibleTo(window))
    assert store.answers(carried)["lead"].review is ReviewState.CONFIRMED
    sectors = card(window, "sectors")
    sectors.editor.edit.selectAll()
    qtbot.keyClicks(sectors.editor.edit, "5")
    sectors.editor.flush()
    assert store.answers(carried)["sectors"].review is not ReviewState.CARRIED  # editing is reviewing
    page = view.pages["norm_a"]
    qtbot.waitUntil(lambda: page.confirm_all.isVisibleTo(window))
    page.confirm_all.click()
    qtbot.waitUntil(lambda: not page.confirm_all.isVisibleTo(window))
    assert store.answers(carried)["budget"].review is ReviewState.CONFIRMED
    assert "↻" not in norm.text(1) and "to confirm" not in norm.toolTip(1)


def test_finalising_with_unconfirmed_carried_answers_lists_them(qtbot, carried, window, store,
                                                                 monkeypatch) -> None:
    boxes = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.open_response(carried)
    window.response_view.show_review()
    window.response_view.review.finalise_button.click()
    asked = [text for text, _format in boxes]
    assert "These carried-forward answers were not confirmed" in asked[0]
    assert "• Lead ministry or agency" in asked[0] and "• Budget (millions)" in asked[0]
    assert store.response(carried).status is Status.DRAFT
