"""Public types of the storage layer (the contract the GUI, reports and comparison use).

Everything above `survey_app.storage` goes through `Store`; nothing else writes SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: JSON-compatible answer value, see `survey_app.questionnaire.model` for the shape per item type.
Value = Any

#: the years a response's cycle can be (the new-response dialog offers these, imports check them)
CYCLE_YEARS = range(1900, 2201)


#: Response.kind of an agency's workspace (a request opened in its database); others are "own"
KIND_OWN = "own"
KIND_CONTRIBUTION = "contribution"


class Status(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class ReviewState(StrEnum):
    """Per-answer state used by carry-forward."""

    #: typed or confirmed in this response
    CURRENT = "current"
    #: copied from the previous cycle, not yet confirmed or edited by the user
    CARRIED = "carried"
    #: copied from the previous cycle and confirmed unchanged
    CONFIRMED = "confirmed"


@dataclass(frozen=True, slots=True)
class State:
    """The State a response is about: an ISO 3166 alpha-3 code for Member States, or a custom name."""

    code: str | None
    name: str

    @property
    def key(self) -> str:
        """What carry-forward and comparison match on."""
        return self.code or f"custom:{self.name.casefold()}"


@dataclass(frozen=True, slots=True)
class Response:
    id: int
    state: State
    cycle: int
    questionnaire_id: str
    questionnaire_version: str
    language: str
    status: Status
    created_at: str
    updated_at: str
    #: the response this one was carried forward from, if any
    previous_id: int | None = None
    #: soft-deleted (hidden from lists, can be undeleted)
    deleted: bool = False
    #: stable identity across databases (a contribution reply names the response by it)
    uuid: str = ""
    #: "own", or "contribution": an agency's workspace answering a lead's request
    kind: str = "own"

    @property
    def is_contribution(self) -> bool:
        return self.kind == KIND_CONTRIBUTION


@dataclass(frozen=True, slots=True)
class ResponseSummary:
    response: Response
    answered: int
    answerable: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.answerable) if self.answerable else 0


@dataclass(frozen=True, slots=True)
class Answer:
    item_id: str
    value: Value
    review: ReviewState
    updated_at: str
    updated_by: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    item_id: str
    old_value: Value
    new_value: Value
    changed_at: str
    changed_by: str
    #: "edit", "import", "carry_forward", "restore", "purge", "clear", "contribution", "contribution_base"
    reason: str
    #: where a merged answer came from: JSON {"agency", "request", "requested", "returned", "answered_by"}
    source: str = ""
