"""Answer values as the comparison sees them: answered or not, a canonical form, display text.

Kept here (rather than in `questionnaire.values`) so the comparison's notion of "the same answer"
is stable and independent of how the form normalises what people type.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from survey_app.questionnaire.model import Item, ItemType

#: what an answer map may hold: `storage.api.Answer` objects or plain values
Value = Any


def plain_value(answer: Any) -> Value:
    """The value of an `Answer` (or the value itself when given a plain value)."""
    return answer.value if _looks_like_answer(answer) else answer


def _looks_like_answer(answer: Any) -> bool:
    return hasattr(answer, "value") and hasattr(answer, "review")


def plain_values(answers: Mapping[str, Any]) -> dict[str, Value]:
    return {item_id: plain_value(answer) for item_id, answer in answers.items()}


def is_answered(value: Value) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return True
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping):
        selected = value.get("selected") or []
        other = value.get("other") or ""
        return bool(selected) or bool(str(other).strip())
    if isinstance(value, (list, tuple)):
        return any(_row_answered(row) for row in value) if value and isinstance(value[0], Mapping) else bool(value)
    return True


def _row_answered(row: Mapping[str, Any]) -> bool:
    return any(is_answered(v) for v in row.values())


def _text(value: str) -> str:
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def canonical(value: Value) -> Any:
    """A hashable, order-insensitive form of a value (same form means same answer)."""
    if not is_answered(value):
        return None
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, Mapping):
        selected = tuple(sorted(str(v) for v in value.get("selected") or []))
        return ("multi", selected, _text(str(value.get("other") or "")))
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], Mapping):
            return tuple(canonical_row(row) for row in value if _row_answered(row))
        return tuple(sorted(str(v) for v in value))
    return value


def canonical_row(row: Mapping[str, Any]) -> str:
    """A group row as text, answered cells only, so equal rows compare equal."""
    cells = {key: canonical(v) for key, v in row.items() if is_answered(v)}
    return json.dumps(cells, sort_keys=True, ensure_ascii=False, default=str)


def selected_values(value: Value) -> tuple[list[str], str]:
    """A multi-choice value as (selected values, other text); tolerant of a plain list."""
    if isinstance(value, Mapping):
        return [str(v) for v in value.get("selected") or []], str(value.get("other") or "")
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value], ""
    if isinstance(value, str) and value:
        return [value], ""
    return [], ""


def choice_label(item: Item | None, value: str) -> str:
    if item is not None and item.choice_list is not None:
        return item.choice_list.label_of(value)
    return value


def display_text(item: Item | None, value: Value, *, gettext: Callable[[str], str] = lambda s: s) -> str:
    """The value as a person reads it: choice labels, Yes/No, rows one per line."""
    _ = gettext
    if not is_answered(value):
        return ""
    kind = item.type if item is not None else None
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if kind in (ItemType.SINGLE_CHOICE, ItemType.SCALE) and isinstance(value, str):
        return choice_label(item, value)
    if kind is ItemType.MULTI_CHOICE or isinstance(value, Mapping):
        selected, other = selected_values(value)
        labels = [choice_label(item, v) for v in selected if v != "other" or not other]
        if other.strip():
            labels.append(f"{_('Other')}: {other.strip()}")
        return "; ".join(labels)
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], Mapping):
        return "\n".join(row_text(item, row, gettext=_) for row in value if _row_answered(row))
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value).strip() if isinstance(value, str) else str(value)


def sub_item(group: Item | None, sub_id: str) -> Item | None:
    if group is None:
        return None
    for sub in group.items:
        if sub.id == sub_id:
            return sub
    return None


def row_text(group: Item | None, row: Mapping[str, Any], *, gettext: Callable[[str], str] = lambda s: s) -> str:
    """One group row as "Label: value; Label: value" in the group's sub-item order."""
    order = [sub.id for sub in group.items] if group is not None else []
    keys = [k for k in order if k in row] + sorted(k for k in row if k not in order)
    cells = []
    for key in keys:
        sub = sub_item(group, key)
        text = display_text(sub, row[key], gettext=gettext)
        if text:
            cells.append(f"{sub.label if sub is not None else key}: {text}")
    return "; ".join(cells)
