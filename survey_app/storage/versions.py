"""Moving a response to a newer version of its questionnaire.

Answers are never dropped: an answer to an item that no longer exists stays in the database as
*retired* (shown on request, kept in history), and an answer follows an item that declares
`replaces: [old_id]`, recorded in the history with reason "migrate".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from survey_app.errors import SurveyError
from survey_app.storage import codes
from survey_app.storage.api import Answer, ReviewState

if TYPE_CHECKING:
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.store import Store


def migrate_response_to(store: Store, response_id: int, questionnaire: Questionnaire, *, who: str | None = None) -> dict[str, str]:
    """Point the response at `questionnaire` and move answers from replaced ids; returns old -> new ids.

    An old answer moves only when the new item has no answer yet (a newer answer always wins).
    """
    response = store.response(response_id)
    if response.questionnaire_id != questionnaire.id:
        raise SurveyError(
            codes.BAD_INPUT,
            "response {response_id} answers {answered}, not {questionnaire}; choose a version of the same questionnaire.", values={"response_id": response_id, "answered": response.questionnaire_id, "questionnaire": questionnaire.id}
        )
    answers = store.answers(response_id)
    moves: dict[str, str] = {}
    for old_id, new_id in questionnaire.replacements().items():
        if old_id in answers and new_id not in answers and new_id not in moves.values():
            moves[old_id] = new_id
    if moves:
        values: dict[str, object] = {}
        for old_id, new_id in moves.items():
            values[new_id] = answers[old_id].value
            values[old_id] = None
        store.set_answers(response_id, values, who=who, reason="migrate")
        for review in (ReviewState.CARRIED, ReviewState.CONFIRMED):
            moved = [new for old, new in moves.items() if answers[old].review is review]
            if moved:
                store.set_review(response_id, moved, review)
    if response.questionnaire_version != questionnaire.version:
        store.set_questionnaire_version(response_id, questionnaire)
    return moves


def retired_answers(store: Store, response_id: int, questionnaire: Questionnaire) -> dict[str, Answer]:
    """Answers to items the questionnaire no longer asks (kept, never deleted)."""
    return {
        item_id: answer
        for item_id, answer in store.answers(response_id).items()
        if not questionnaire.has_item(item_id)
    }
