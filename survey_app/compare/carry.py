"""Start a new cycle from the previous one: copy its answers, marked "carried" until reviewed.

Answers follow renamed items (`Item.replaces`); answers to items the new questionnaire no longer
asks are kept under their old id, so they are never lost (the form shows them as retired).
Editing an answer makes it current again (the Store's `set_answer` writes `ReviewState.CURRENT`);
confirming it unchanged marks it `CONFIRMED`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from survey_app.compare import codes
from survey_app.compare.display import is_answered, plain_value
from survey_app.errors import SurveyError
from survey_app.questionnaire.model import Questionnaire
from survey_app.storage.api import Answer, ReviewState, Response

#: the history reason of copied answers (the Store keeps a history line even for equal values)
CARRY_REASON = "carry_forward"


def carried_values(previous: Mapping[str, Any], questionnaire: Questionnaire) -> dict[str, Any]:
    """Answers of the previous cycle keyed by the ids of `questionnaire` (renames followed).

    When both an old id and the id that replaces it hold an answer, the answer under the newer
    id wins. Unanswered values are not copied.
    """
    replacements = questionnaire.replacements()
    values: dict[str, Any] = {}
    renamed: dict[str, Any] = {}
    for item_id, answer in previous.items():
        value = plain_value(answer)
        if not is_answered(value):
            continue
        target = replacements.get(item_id)
        if target is not None and not questionnaire.has_item(item_id):
            renamed.setdefault(target, value)
        else:
            values[item_id] = value
    for target, value in renamed.items():
        values.setdefault(target, value)
    return values


def carry_forward(
    store: Any,
    previous_response_id: int,
    *,
    cycle: int,
    questionnaire: Questionnaire,
    language: str | None = None,
    who: str | None = None,
) -> Response:
    """Create the new cycle's response for the same State with the previous answers, marked carried."""
    previous = store.response(previous_response_id)
    if int(cycle) <= previous.cycle:
        raise SurveyError(
            codes.CARRY_SAME_CYCLE,
            "{state}: the new cycle ({cycle}) must come after {previous_cycle}, the cycle of the response it starts from.", values={"state": previous.state.name, "cycle": cycle, "previous_cycle": previous.cycle}
        )
    values = carried_values(store.answers(previous_response_id), questionnaire)
    response = store.create_response(
        state=previous.state,
        cycle=int(cycle),
        questionnaire=questionnaire,
        language=language or previous.language,
        previous_id=previous.id,
    )
    if not values:
        return response
    try:
        # One transaction: every answer is copied, or none.
        store.set_answers(response.id, values, who=who, reason=CARRY_REASON, review=ReviewState.CARRIED)
    except SurveyError as exc:
        with contextlib.suppress(SurveyError):
            store.delete_response(response.id)
        raise SurveyError(
            codes.CARRY_FAILED,
            "{state}, {cycle}: the answers of {previous_cycle} could not be copied ({reason}).", values={"state": previous.state.name, "cycle": cycle, "previous_cycle": previous.cycle, "reason": exc.diagnostic.message}
        ) from None
    return store.response(response.id)


# -- reviewing carried answers -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CarriedCounts:
    """Carried answers still to review: per section id, per part id, in total, and retired ones."""

    by_section: Mapping[str, int] = field(default_factory=dict)
    by_part: Mapping[str, int] = field(default_factory=dict)
    total: int = 0
    #: carried answers to questions this questionnaire no longer asks (not in `total`)
    retired: int = 0

    def section(self, section_id: str) -> int:
        return self.by_section.get(section_id, 0)

    def part(self, part_id: str) -> int:
        return self.by_part.get(part_id, 0)


def is_unreviewed(answer: Answer | Any) -> bool:
    return getattr(answer, "review", None) == ReviewState.CARRIED and is_answered(plain_value(answer))


def unreviewed_counts(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> CarriedCounts:
    """How many carried answers are not yet confirmed or edited, for the navigator and review screen."""
    by_section: dict[str, int] = {}
    by_part: dict[str, int] = {}
    total = retired = 0
    for item_id, answer in answers.items():
        if not is_unreviewed(answer):
            continue
        if not questionnaire.has_item(item_id):
            retired += 1
            continue
        part, section = questionnaire.location(item_id)
        by_section[section.id] = by_section.get(section.id, 0) + 1
        by_part[part.id] = by_part.get(part.id, 0) + 1
        total += 1
    return CarriedCounts(by_section, by_part, total, retired)


def unreviewed_items(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], *, section_id: str | None = None
) -> list[str]:
    """Ids of carried answers still to review, in questionnaire order (optionally one section)."""
    ids = []
    for _part, section, item in questionnaire.walk():
        if section_id is not None and section.id != section_id:
            continue
        if item.id in answers and is_unreviewed(answers[item.id]):
            ids.append(item.id)
    return ids


def confirm(store: Any, response_id: int, item_ids: Iterable[str]) -> int:
    """Mark carried answers as confirmed unchanged; returns how many were still carried."""
    answers = store.answers(response_id)
    todo = [item_id for item_id in dict.fromkeys(item_ids) if item_id in answers and is_unreviewed(answers[item_id])]
    if todo:
        store.set_review(response_id, todo, ReviewState.CONFIRMED)
    return len(todo)


def confirm_item(store: Any, response_id: int, item_id: str) -> bool:
    return confirm(store, response_id, [item_id]) == 1


def confirm_section(store: Any, response_id: int, questionnaire: Questionnaire, section_id: str) -> int:
    """Confirm every carried answer of one section; returns how many were confirmed."""
    answers = store.answers(response_id)
    return confirm(store, response_id, unreviewed_items(questionnaire, answers, section_id=section_id))


def confirm_all(store: Any, response_id: int, questionnaire: Questionnaire) -> int:
    answers = store.answers(response_id)
    return confirm(store, response_id, unreviewed_items(questionnaire, answers))
