"""One open response: its answers, the rules applied to them, saving and undo.

Every edit goes straight to the Store (the GUI changes data only through it). A failed write keeps
the edit on screen and in `pending`, the status bar says "Not saved" and offers Retry.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from survey_app.errors import SurveyError
from survey_app.gui import rules
from survey_app.gui.errors import message_of
from survey_app.questionnaire.model import Item, Questionnaire, Section
from survey_app.storage import contributions
from survey_app.storage.api import Answer, ReviewState, Response, Status

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Edit:
    item_id: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class SectionCounts:
    answered: int
    answerable: int
    carried: int
    problems: int

    @property
    def complete(self) -> bool:
        return self.answerable > 0 and self.answered >= self.answerable and self.problems == 0


class ResponseSession(QObject):
    """The state of one response open in the window."""

    #: an answer changed (item id); the form refreshes visibility, messages and counts
    answer_changed = Signal(str)
    #: "saved", "saving" or "failed", with the reason for a failure
    save_state_changed = Signal(str, str)
    #: status draft/final changed
    status_changed = Signal()

    def __init__(self, store: Any, questionnaire: Questionnaire, response: Response,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.questionnaire = questionnaire
        self.response = response
        self.answers: dict[str, Answer] = dict(store.answers(response.id))
        self._values: dict[str, Any] = {key: a.value for key, a in self.answers.items()}
        # validation messages per item id, valid until a value changes: the navigator, the review and
        # each card ask for the same item's messages (opening the NSI validated every answer 4 times)
        self._messages: dict[str, list[str]] = {}
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self.pending: tuple[str, Any] | None = None
        self.save_state = "saved"
        self.save_reason = ""
        #: in an agency's workspace, the items the lead asked it to answer (the others are context,
        #: read-only); None for the ministry's own responses
        self.asked: frozenset[str] | None = (contributions.asked_items(store, response.id)
                                             if response.is_contribution else None)

    # -- reading ------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.response.status is Status.FINAL or bool(getattr(self.store, "read_only", False))

    @property
    def is_contribution(self) -> bool:
        return self.asked is not None

    def is_editable(self, item_id: str) -> bool:
        """Whether this item's answer can be changed here: not in a final response or a database
        opened read-only, nor an item of a workspace the lead did not ask (shown as context)."""
        if self.read_only:
            return False
        return self.asked is None or item_id in self.asked

    def is_context(self, item_id: str) -> bool:
        """An item of a workspace the lead did not ask the agency to answer."""
        return self.asked is not None and item_id not in self.asked

    @property
    def language(self) -> str:
        return self.questionnaire.language or self.response.language

    def values(self) -> dict[str, Any]:
        return self._values

    def value(self, item_id: str) -> Any:
        return self._values.get(item_id)

    def review(self, item_id: str) -> ReviewState | None:
        answer = self.answers.get(item_id)
        return answer.review if answer is not None else None

    def is_carried(self, item_id: str) -> bool:
        return self.review(item_id) is ReviewState.CARRIED

    def visible(self, item: Item) -> bool:
        return rules.is_visible(item, self._values, self.questionnaire)

    def messages(self, item: Item) -> list[str]:
        """What is wrong with this item's answer, in plain words (empty when fine)."""
        if not item.has_value:
            return []
        found = self._messages.get(item.id)
        if found is None:
            found = self._messages[item.id] = rules.messages(item, self._values, self.questionnaire,
                                                             language=self.language,
                                                             answer_language=self.response.language)
        return list(found)

    def is_answered(self, item: Item) -> bool:
        return rules.is_answered(item, self._values.get(item.id))

    def section_counts(self, section: Section) -> SectionCounts:
        answered = answerable = carried = problems = 0
        for item in section.items:
            if not item.has_value or not self.visible(item) or self.is_context(item.id):
                continue  # in an agency's workspace, the questions asked count, not the context
            answerable += 1
            if self.is_answered(item):
                answered += 1
                if self.messages(item):
                    problems += 1
            if self.is_carried(item.id):
                carried += 1
        return SectionCounts(answered, answerable, carried, problems)

    def progress(self) -> tuple[int, int]:
        """(answered, applicable), counted like the start screen counts (rules.progress)."""
        return rules.progress(self.questionnaire, self._values, self.asked if self.is_contribution else None)

    # -- writing ------------------------------------------------------------------------------
    def set_value(self, item_id: str, value: Any, *, record: bool = True, reason: str = "edit") -> bool:
        """Write one answer through the store. Returns False when it could not be saved."""
        old = self._values.get(item_id)
        if rules.is_empty(value):
            value = None
        if value == old and self.pending is None:
            return True
        if not self.is_editable(item_id):
            return False
        self._set_state("saving", "")
        self._messages.clear()  # conditions and rules may name any item
        self._values[item_id] = value
        if value is None:
            self._values.pop(item_id, None)
        try:
            if value is None:
                self.store.clear_answer(self.response.id, item_id)
                self.answers.pop(item_id, None)
            else:
                self.answers[item_id] = self.store.set_answer(self.response.id, item_id, value, reason=reason)
        except SurveyError as exc:
            self.pending = (item_id, value)
            self._set_state("failed", message_of(exc))
            self.answer_changed.emit(item_id)
            return False
        self.pending = None
        if record and value != old:
            self._undo.append(Edit(item_id, old, value))
            self._redo.clear()
        self._set_state("saved", "")
        self.answer_changed.emit(item_id)
        return True

    def retry(self) -> bool:
        """Write the edits the store kept after a failure. True when everything is saved now."""
        try:
            self.store.retry_pending()
        except SurveyError as exc:
            self._set_state("failed", message_of(exc))
            return False
        item_id = self.pending[0] if self.pending else None
        self.pending = None
        self.reload_answers()
        self._set_state("saved", "")
        if item_id:
            self.answer_changed.emit(item_id)
        return True

    def can_undo(self) -> bool:
        return any(self.is_editable(edit.item_id) for edit in self._undo)

    def can_redo(self) -> bool:
        return any(self.is_editable(edit.item_id) for edit in self._redo)

    def undo(self) -> str | None:
        """Undo the last edit of an item that can be changed; returns the item id changed."""
        if not self.can_undo():
            return None
        edit = self._pop_editable(self._undo)
        if self.set_value(edit.item_id, edit.old, record=False):
            self._redo.append(edit)
        else:
            self._undo.append(edit)
        return edit.item_id

    def redo(self) -> str | None:
        if not self.can_redo():
            return None
        edit = self._pop_editable(self._redo)
        if self.set_value(edit.item_id, edit.new, record=False):
            self._undo.append(edit)
        else:
            self._redo.append(edit)
        return edit.item_id

    def _pop_editable(self, stack: list[Edit]) -> Edit:
        """The newest edit of an item that can be changed; edits above it that cannot (none, unless
        the store changed behind the session's back) are dropped rather than retried for ever."""
        while not self.is_editable(stack[-1].item_id):
            stack.pop()
        return stack.pop()

    def confirm(self, item_ids: Iterable[str]) -> None:
        """Mark carried answers as reviewed and unchanged."""
        ids = [i for i in item_ids if self.is_carried(i) and self.is_editable(i)]
        if not ids:
            return
        try:
            self.store.set_review(self.response.id, ids, ReviewState.CONFIRMED)
        except SurveyError as exc:
            self._set_state("failed", message_of(exc))
            return
        self.reload_answers()
        for item_id in ids:
            self.answer_changed.emit(item_id)

    def restore(self, history_id: int, item_id: str) -> None:
        old = self._values.get(item_id)
        answer = self.store.restore(self.response.id, history_id)
        self.reload_answers()
        new = self._values.get(item_id)
        if new != old:
            self._undo.append(Edit(item_id, old, new))
            self._redo.clear()
        self.answer_changed.emit(answer.item_id if answer is not None else item_id)

    def reload_answers(self) -> None:
        self.answers = dict(self.store.answers(self.response.id))
        self._values = {key: a.value for key, a in self.answers.items()}
        self._messages.clear()

    def finalise(self) -> None:
        self.store.finalise(self.response.id)
        self.response = self.store.response(self.response.id)
        self.status_changed.emit()

    def reopen(self) -> None:
        self.store.reopen(self.response.id)
        self.response = self.store.response(self.response.id)
        self.status_changed.emit()

    def _set_state(self, state: str, reason: str) -> None:
        self.save_state = state
        self.save_reason = reason
        self.save_state_changed.emit(state, reason)

    # -- finding ------------------------------------------------------------------------------
    def unreviewed_carried(self) -> list[Item]:
        return [item for item in self.questionnaire.answerable_items() if self.is_carried(item.id)]

    def section_of(self, item_id: str) -> Section:
        return self.questionnaire.location(item_id)[1]
