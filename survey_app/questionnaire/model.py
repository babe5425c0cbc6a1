"""The questionnaire as frozen, typed objects.

The loader (`survey_app.questionnaire.loader`) parses a YAML file once into these objects; the GUI,
storage, reports and comparison only ever read these, never raw dicts.

Answer values, as stored and exported (JSON-compatible), by item type:

==============  ==========================================================================
short_text      str
long_text       str (paragraphs separated by "\\n")
integer         int
decimal         str, canonical decimal text such as "12.5" (exact, language independent)
date            str, ISO "YYYY-MM-DD"
yes_no          bool
single_choice   str, a choice value; when the item allows "other" and it is chosen, either
                "other" or {"selected": "other", "other": "text"}
multi_choice    {"selected": [choice values...], "other": "text"}  ("other" only when the
                item allows it and the value "other" is selected)
scale           str, a level value of the item's ordered choice list
group           list of rows, each {sub-item id: value}
note            no value (display only)
==============  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ItemType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    SCALE = "scale"
    GROUP = "group"
    NOTE = "note"


#: Item types that hold no answer.
DISPLAY_ONLY = frozenset({ItemType.NOTE})
#: Item types whose answer is one of a choice list's values.
CHOICE_TYPES = frozenset({ItemType.SINGLE_CHOICE, ItemType.MULTI_CHOICE, ItemType.SCALE})
#: Item types allowed inside a repeating group.
GROUP_MEMBER_TYPES = frozenset(ItemType) - {ItemType.GROUP, ItemType.NOTE}


class Role(StrEnum):
    """What an item means to reports and comparisons, so they need no hard-coded item ids."""

    EXECUTIVE_SUMMARY = "executive_summary"
    LEAD_MINISTRY = "lead_ministry"
    CONTRIBUTING_AGENCIES = "contributing_agencies"
    SUBMISSION_CONTACT = "submission_contact"
    PROTECTIVE_MARKING = "protective_marking"
    #: the implementation-status item of one norm; `Item.norm` says which (e.g. "13(a)")
    NORM_STATUS = "norm_status"


@dataclass(frozen=True, slots=True)
class Position:
    """Where something was written: 1-based line and column in a file."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class ChoiceList:
    id: str
    choices: tuple[Choice, ...]
    #: True for scales: the order of `choices` is meaningful (low -> high)
    ordered: bool = False
    #: values that sit outside the order of a scale (e.g. "not_applicable")
    unordered_values: frozenset[str] = frozenset()

    def label_of(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value

    def values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)

    def rank(self, value: str) -> int | None:
        """Position of `value` on the scale, or None when it is outside the order or unknown."""
        if value in self.unordered_values:
            return None
        ranked = [c.value for c in self.choices if c.value not in self.unordered_values]
        return ranked.index(value) if value in ranked else None


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition (`show_if`, `required`, validation rule).

    `source` is the text as written; `tree` is the parsed expression (see
    `survey_app.questionnaire.conditions`), evaluated against a response's answers with
    `conditions.evaluate(condition, answers, questionnaire)`.
    """

    source: str
    tree: Any
    position: Position | None = None
    #: item ids the condition reads; used for dependency tracking and cycle detection
    references: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ValidationRule:
    """The answer is valid when `condition` holds; otherwise `message` is shown next to the item."""

    condition: Condition
    message: str


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    type: ItemType
    label: str
    help: str = ""
    #: where the question comes from, e.g. "A/70/174 para 13(c)"
    source: str = ""
    #: the text of the extract the item comes from, shown on demand
    extract: str = ""
    #: printed only in the PDF, under the question
    guidance: str = ""
    #: True, False or a Condition
    required: bool | Condition = False
    show_if: Condition | None = None
    validations: tuple[ValidationRule, ...] = ()
    sensitive: bool = False
    #: older ids whose answers now belong to this item
    replaces: tuple[str, ...] = ()
    role: Role | None = None
    #: the norm an item belongs to (e.g. "13(a)"), set for role norm_status and optional elsewhere
    norm: str | None = None
    #: for single_choice / multi_choice / scale
    choice_list: ChoiceList | None = None
    #: multi_choice (and single_choice) may offer "other, please specify"
    allow_other: bool = False
    #: long_text: maximum words (characters for Chinese, see `survey_app.questionnaire.wordcount`)
    word_limit: int | None = None
    #: integer / decimal bounds
    minimum: float | None = None
    maximum: float | None = None
    #: group: the sub-items of each row; rows limits
    items: tuple[Item, ...] = ()
    min_rows: int = 0
    max_rows: int | None = None
    position: Position | None = None

    @property
    def has_value(self) -> bool:
        return self.type not in DISPLAY_ONLY

    @property
    def is_personal(self) -> bool:
        """Its answers hold personal data: marked sensitive, or a table with a sensitive column."""
        return self.sensitive or any(sub.sensitive for sub in self.items)


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    items: tuple[Item, ...]
    intro: str = ""
    source: str = ""
    #: the norm a whole section is about, e.g. "13(g)"
    norm: str | None = None
    position: Position | None = None


@dataclass(frozen=True, slots=True)
class Part:
    id: str
    title: str
    sections: tuple[Section, ...]
    intro: str = ""
    optional: bool = False
    position: Position | None = None


@dataclass(frozen=True, slots=True)
class Questionnaire:
    id: str
    version: str
    title: str
    default_language: str
    #: languages the questionnaire is translated to, default language included
    languages: tuple[str, ...]
    parts: tuple[Part, ...]
    choice_lists: Mapping[str, ChoiceList] = field(default_factory=dict)
    description: str = ""
    #: the language the texts of this object are in (after `translated()`)
    language: str = ""
    #: file it was loaded from
    path: str = ""

    # -- navigation ---------------------------------------------------------------------------
    def sections(self) -> Iterator[tuple[Part, Section]]:
        for part in self.parts:
            for section in part.sections:
                yield part, section

    def walk(self) -> Iterator[tuple[Part, Section, Item]]:
        """Every top-level item in questionnaire order (group sub-items are in `item.items`)."""
        for part in self.parts:
            for section in part.sections:
                for item in section.items:
                    yield part, section, item

    def items(self) -> Iterator[Item]:
        for _part, _section, item in self.walk():
            yield item

    def answerable_items(self) -> Iterator[Item]:
        return (item for item in self.items() if item.has_value)

    def personal_items(self) -> list[Item]:
        """Items whose answers hold personal data: sensitive ones, and tables with a sensitive column."""
        return [item for item in self.answerable_items() if item.is_personal]

    def item(self, item_id: str) -> Item:
        """The top-level item with this id (KeyError if none)."""
        return _index(self)[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in _index(self)

    def location(self, item_id: str) -> tuple[Part, Section]:
        part, section, _item = _locations(self)[item_id]
        return part, section

    def with_role(self, role: Role) -> tuple[Item, ...]:
        return tuple(item for item in self.items() if item.role is role)

    def norm_status_items(self) -> tuple[Item, ...]:
        """The implementation-status item of each norm, in questionnaire order."""
        return self.with_role(Role.NORM_STATUS)

    def replacements(self) -> dict[str, str]:
        """Old item id -> the id of the item that replaces it now."""
        return {old: item.id for item in self.items() for old in item.replaces}


# Frozen dataclasses cannot cache on themselves; these caches are keyed by object identity.
_INDEX_CACHE: dict[int, tuple[Questionnaire, dict[str, Item]]] = {}
_LOCATION_CACHE: dict[int, tuple[Questionnaire, dict[str, tuple[Part, Section, Item]]]] = {}


def _index(questionnaire: Questionnaire) -> dict[str, Item]:
    cached = _INDEX_CACHE.get(id(questionnaire))
    if cached is None or cached[0] is not questionnaire:
        cached = (questionnaire, {item.id: item for item in questionnaire.items()})
        _INDEX_CACHE[id(questionnaire)] = cached
    return cached[1]


def _locations(questionnaire: Questionnaire) -> dict[str, tuple[Part, Section, Item]]:
    cached = _LOCATION_CACHE.get(id(questionnaire))
    if cached is None or cached[0] is not questionnaire:
        cached = (questionnaire, {item.id: (p, s, item) for p, s, item in questionnaire.walk()})
        _LOCATION_CACHE[id(questionnaire)] = cached
    return cached[1]
