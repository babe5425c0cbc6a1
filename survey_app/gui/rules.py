"""The questionnaire rules the form applies: visibility, required, validation, "answered".

Thin wrappers over `survey_app.questionnaire.values`, so the widgets never deal with conditions
directly. If a rule cannot be evaluated (a broken condition), the item is shown and the problem is
logged: the user can always answer.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Collection, Mapping
from typing import Any

from survey_app.questionnaire import values
from survey_app.questionnaire.model import Item, Questionnaire

log = logging.getLogger(__name__)


def is_visible(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    if item.show_if is None:
        return True
    try:
        return bool(values.is_visible(item, answers, questionnaire))
    except Exception:  # a broken condition must not stop the user
        log.exception("could not evaluate show_if of %s", item.id)
        return True


def is_empty(value: Any) -> bool:
    """True for values that mean "no answer" (the store then clears the answer)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return len(value) == 0
    if isinstance(value, dict):
        if "selected" in value:
            return not value.get("selected") and not str(value.get("other") or "").strip()
        return not value
    return False


def is_answered(item: Item, value: Any) -> bool:
    try:
        return bool(values.is_answered(item, value))
    except Exception:
        log.exception("is_answered failed for %s", item.id)
        return not is_empty(value)


def messages(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire, *, language: str,
             answer_language: str | None = None) -> list[str]:
    """Everything to show next to the item, in plain words ([] when all is well), in `language`;
    lengths measured in `answer_language`, the language the answers are written in."""
    try:
        return list(values.validation_messages(item, answers, questionnaire, language=language,
                                               answer_language=answer_language))
    except Exception:
        log.exception("validation failed for %s", item.id)
        return []


def text_direction(text: str) -> str | None:
    """"R" or "L" from the first strongly directional character (Unicode's rule P2), None if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def isolate(text: str) -> str:
    """Text kept in its own direction inside text of the other direction (a Latin State name in an
    Arabic sentence, or the reverse): Unicode first-strong isolate."""
    return f"\u2068{text}\u2069"


def isolate_ltr(text: str) -> str:
    """Numbers and codes ("97%", "A/70/174") read left to right in every layout."""
    return f"\u2066{text}\u2069"


def percent(answered: int, applicable: int) -> int:
    """Rounded down, so 100% means everything is answered."""
    return answered * 100 // applicable if applicable else 0


def progress(questionnaire: Questionnaire, answers: Mapping[str, Any],
             only: Collection[str] | None = None) -> tuple[int, int]:
    """(answered, applicable): applicable items are the answerable ones shown with these answers
    (and among `only`, when given: the items asked of an agency's workspace).

    The start screen and the response screen both count with this, so they always agree.
    """
    try:
        shown = values.visibility(answers, questionnaire)
    except Exception:
        log.exception("visibility failed for %s", questionnaire.id)
        shown = {}
    answered = applicable = 0
    for item in questionnaire.answerable_items():
        if not shown.get(item.id, True) or (only is not None and item.id not in only):
            continue
        applicable += 1
        if is_answered(item, answers.get(item.id)):
            answered += 1
    return answered, applicable


def display_text(item: Item, value: Any, language: str = "en") -> str:
    """The answer as readable text (for history, search and review)."""
    try:
        return str(values.display_text(item, value, language))
    except Exception:
        log.exception("display_text failed for %s", item.id)
        return "" if value is None else str(value)
