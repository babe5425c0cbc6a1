"""Answer values: checking, normalising, "is it answered", display text, visibility.

Value shapes per item type are in `survey_app.questionnaire.model`'s docstring. `normalise` turns
what a user, an import or a widget gives into that canonical shape; `check_value` says, in the
user's words, why a value does not fit its question (empty list when it does).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from survey_app import limits
from survey_app.errors import SurveyError
from survey_app.i18n.core import translator
from survey_app.questionnaire import conditions
from survey_app.questionnaire.model import Item, ItemType, Questionnaire
from survey_app.questionnaire.wordcount import count_words

#: hard limits on text sizes: user text is never trusted
SHORT_TEXT_MAX = limits.ANSWER_SHORT_TEXT_CHARS
LONG_TEXT_MAX = limits.ANSWER_LONG_TEXT_CHARS
MAX_ROWS_ABSOLUTE = limits.ANSWER_ROWS
OTHER = "other"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE_WORDS = {"true", "yes", "y", "1"}
_FALSE_WORDS = {"false", "no", "n", "0"}


def _invalid(message: str, **params: str) -> SurveyError:
    """Q900 with `message` (a literal, extracted for translation) filled with `params`."""
    error = SurveyError("Q900", message, values=params) if params else SurveyError("Q900", message)
    error.template = (message, params)  # type: ignore[attr-defined] - translated later by check_value
    return error


def _cell_error(error: SurveyError, row: int, column: Item) -> SurveyError:
    """The error of one cell of a table, naming its row (from 1) and its column."""
    cell = SurveyError("Q900", "Row {row}, {label}: {message}",
                       values={"row": row, "label": column.label, "message": error.diagnostic.message})
    cell.template = getattr(error, "template", (error.diagnostic.message, {}))  # type: ignore[attr-defined]
    cell.cell = (row, column)  # type: ignore[attr-defined] - check_value words it in the user's language
    return cell


def _number_text(number: float | int) -> str:
    return format(number, "g") if isinstance(number, float) and not number.is_integer() else str(int(number))


# -- normalising -------------------------------------------------------------------------------
def normalise(item: Item, value: Any) -> Any:
    """The canonical value for `item` (see model.py); None for "no answer".

    Raises SurveyError Q900 with a message for the user when `value` cannot be an answer to it.
    """
    if value is None or item.type is ItemType.NOTE:
        if value is not None:
            raise _invalid("This is a note: it takes no answer.")
        return None
    kind = item.type
    if kind is ItemType.SHORT_TEXT:
        text = _text(value)
        return " ".join(text.split()) if "\n" in text or "\r" in text else text.strip()
    if kind is ItemType.LONG_TEXT:
        return _text(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if kind is ItemType.INTEGER:
        return _integer(value)
    if kind is ItemType.DECIMAL:
        return _decimal(value)
    if kind is ItemType.DATE:
        return _date(value)
    if kind is ItemType.YES_NO:
        return _yes_no(value)
    if kind is ItemType.SINGLE_CHOICE or kind is ItemType.SCALE:
        return _single(item, value)
    if kind is ItemType.MULTI_CHOICE:
        return _multi(item, value)
    if kind is ItemType.GROUP:
        return _group(item, value)
    raise _invalid("This question takes no answer.")  # pragma: no cover


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
#: whole numbers beyond this lose precision in JSON readers and do not fit SQLite integers
INTEGER_LIMIT = limits.ANSWER_NUMBER_MAGNITUDE


def _text(value: Any) -> str:
    if isinstance(value, str):
        # control characters (pasted from other programs) break PDFs and exchange files
        return _CONTROL.sub("", value) if _CONTROL.search(value) else value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)
    raise _invalid("Enter text.")


def _integer(value: Any) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d{1,18}\s*", value):
        number = int(value)
    if number is None or abs(number) >= INTEGER_LIMIT:
        raise _invalid("Enter a whole number.")
    return number


def _decimal(value: Any) -> str:
    if isinstance(value, bool):
        raise _invalid("Enter a number such as 12.5.")
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip() if isinstance(value, (str, int, Decimal)) else None
    if text is None or len(text) > 40 or not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?", text):
        raise _invalid("Enter a number such as 12.5.")
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above prevents it
        raise _invalid("Enter a number such as 12.5.") from None
    if not number.is_finite():
        raise _invalid("Enter a number such as 12.5.")
    canonical = format(number.normalize(), "f")
    return "0" if canonical in ("-0", "+0") else canonical


def _date(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise _invalid("Enter a date as YYYY-MM-DD, e.g. 2026-03-31.")


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS:
        return True
    if isinstance(value, str) and value.strip().lower() in _FALSE_WORDS:
        return False
    raise _invalid("Answer yes or no.")


def _allowed(item: Item) -> tuple[str, ...]:
    values = item.choice_list.values() if item.choice_list is not None else ()
    return values + ((OTHER,) if item.allow_other and OTHER not in values else ())


def _single(item: Item, value: Any) -> Any:
    if isinstance(value, Mapping) and item.type is ItemType.SINGLE_CHOICE and item.allow_other:
        chosen = value.get("selected")
        other = _text(value.get("other") or "").strip()
        if chosen != OTHER:
            return _single(item, chosen)
        return {"selected": OTHER, "other": other} if other else OTHER
    if not isinstance(value, str):
        raise _invalid("Choose one of the options.")
    if value not in _allowed(item):
        raise _invalid("Choose one of the options.")
    return value


def _multi(item: Item, value: Any) -> dict[str, Any]:
    other = ""
    if isinstance(value, Mapping):
        unknown_keys = [str(key) for key in value if key not in ("selected", "other")]
        if unknown_keys:
            raise _invalid("A multiple-choice answer has only “selected” and “other” (found: {keys}).",
                           keys=", ".join(unknown_keys[:3]))
        selected = value.get("selected", [])
        other = _text(value.get("other") or "").strip()
    else:
        selected = value
    if isinstance(selected, str):
        selected = [selected]
    if not isinstance(selected, (list, tuple)) or not all(isinstance(v, str) for v in selected):
        raise _invalid("Choose from the options.")
    allowed = _allowed(item)
    unknown = [v for v in selected if v not in allowed]
    if unknown:
        raise _invalid("Choose from the options ({values} is not one of them).", values=", ".join(unknown[:3]))
    chosen = set(selected)
    if other and item.allow_other:
        chosen.add(OTHER)
    result: dict[str, Any] = {"selected": [v for v in allowed if v in chosen]}
    if other and item.allow_other:
        result["other"] = other
    return result


def _group(item: Item, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(row, Mapping) for row in value):
        raise _invalid("A table of rows was expected.")
    subs = {sub.id: sub for sub in item.items}
    rows = []
    for number, row in enumerate(value, start=1):
        clean = {}
        for key, cell in row.items():
            if key not in subs:
                raise _invalid("The table has no column '{column}'.", column=str(key))
            try:
                normalised = normalise(subs[key], cell)
            except SurveyError as exc:
                raise _cell_error(exc, number, subs[key]) from None
            if normalised is not None:
                clean[key] = normalised
        rows.append(clean)
    return rows


# -- checking ----------------------------------------------------------------------------------
def check_value(item: Item, value: Any, language: str = "en", *, answer_language: str | None = None) -> list[str]:
    """Messages for the user explaining why `value` does not fit `item`; [] when it does.

    An unanswered value is valid here (whether an answer is needed is `validation_messages`).
    Messages are in `language`; words are counted as `answer_language` (default: `language`) is
    written, so an English answer read with a Chinese interface is still counted in words.
    """
    _ = translator(language)
    try:
        value = normalise(item, value)
    except SurveyError as exc:
        template, params = getattr(exc, "template", (exc.diagnostic.message, {}))
        row, column = getattr(exc, "cell", (None, item))
        message = _bound_message(column, _) or (_(template).format(**params) if params else _(template))
        if row is None:
            return [message]
        return [_("Row {row}, {label}: {message}").format(row=row, label=column.label, message=message)]
    if value is None:
        return []
    return _check_normalised(item, value, _, answer_language or language)


def _range_text(item: Item, noun: str, _: Any) -> str:
    low = None if item.minimum is None else _number_text(item.minimum)
    high = None if item.maximum is None else _number_text(item.maximum)
    if low is not None and high is not None:
        return _("Enter {noun} between {low} and {high}.").format(noun=_(noun), low=low, high=high)
    if low is not None:
        return _("Enter {noun} of at least {low}.").format(noun=_(noun), low=low)
    if high is not None:
        return _("Enter {noun} of at most {high}.").format(noun=_(noun), high=high)
    return ""


def _bound_message(item: Item, _: Any) -> str:
    if item.type is ItemType.INTEGER:
        return _range_text(item, "a whole number", _)
    if item.type is ItemType.DECIMAL:
        return _range_text(item, "a number", _)
    return ""


def _check_normalised(item: Item, value: Any, _: Any, language: str) -> list[str]:
    kind = item.type
    messages: list[str] = []
    if kind is ItemType.SHORT_TEXT and len(value) > SHORT_TEXT_MAX:
        messages.append(_("Shorten the text to at most {n} characters.").format(n=SHORT_TEXT_MAX))
    elif kind is ItemType.LONG_TEXT:
        if len(value) > LONG_TEXT_MAX:
            messages.append(_("Shorten the text to at most {n} characters.").format(n=LONG_TEXT_MAX))
        elif item.word_limit is not None:
            words = count_words(value, language)
            if words > item.word_limit:
                messages.append(_("Shorten the text to at most {limit} words (now {count}).").format(
                    limit=item.word_limit, count=words))
    elif kind in (ItemType.INTEGER, ItemType.DECIMAL):
        number = Decimal(value)
        if (item.minimum is not None and number < Decimal(str(item.minimum))) or (
            item.maximum is not None and number > Decimal(str(item.maximum))
        ):
            messages.append(_bound_message(item, _))
    elif kind is ItemType.MULTI_CHOICE and OTHER in value["selected"] and item.allow_other and not value.get("other"):
        messages.append(_("Describe the other option, or untick it."))
    elif kind is ItemType.GROUP:
        rows = len(value)
        if item.max_rows is not None and rows > item.max_rows or rows > MAX_ROWS_ABSOLUTE:
            messages.append(_("Enter at most {n} rows.").format(n=item.max_rows or MAX_ROWS_ABSOLUTE))
        if item.min_rows and 0 < rows < item.min_rows:
            messages.append(_("Enter at least {n} rows.").format(n=item.min_rows))
        for number, row in enumerate(value, start=1):
            for sub in item.items:
                for message in _check_normalised(sub, row[sub.id], _, language) if sub.id in row else ():
                    messages.append(_("Row {row}, {label}: {message}").format(row=number, label=sub.label, message=message))
    return messages


# -- answered, display -------------------------------------------------------------------------
def is_answered(item: Item, value: Any) -> bool:
    """True when `value` is a real answer (not None, not blank text, not an empty selection)."""
    if value is None or not item.has_value:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, bool):
        return True
    if isinstance(value, Mapping):
        return bool(selected_values(item, value)) or bool(str(value.get("other") or "").strip())
    if isinstance(value, (list, tuple)):
        if item.type is ItemType.GROUP:
            subs = {sub.id: sub for sub in item.items}
            return any(
                isinstance(row, Mapping) and any(k in subs and is_answered(subs[k], v) for k, v in row.items())
                for row in value
            )
        return bool(value)
    return True


def selected_values(item: Item, value: Any) -> list[str]:
    """The choice values a (single, multi or scale) answer selects; [] when unanswered."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Mapping):
        selected = value.get("selected")
        if isinstance(selected, str):
            return [selected]
        return [v for v in selected if isinstance(v, str)] if isinstance(selected, (list, tuple)) else []
    if isinstance(value, (list, tuple)) and item.type is ItemType.MULTI_CHOICE:
        return [v for v in value if isinstance(v, str)]
    return []


def display_text(item: Item, value: Any, language: str = "en") -> str:
    """The answer as a person reads it (choice labels, Yes/No, rows); "" when unanswered."""
    _ = translator(language)
    if not is_answered(item, value):
        return ""
    kind = item.type
    if kind is ItemType.YES_NO:
        return _("Yes") if value is True else _("No")
    if kind in (ItemType.SINGLE_CHOICE, ItemType.SCALE, ItemType.MULTI_CHOICE):
        other = str(value.get("other") or "") if isinstance(value, Mapping) else ""
        labels = []
        for chosen in selected_values(item, value):
            if chosen == OTHER and item.allow_other and (item.choice_list is None or OTHER not in item.choice_list.values()):
                labels.append(_("Other: {text}").format(text=other) if other else _("Other"))
            else:
                labels.append(item.choice_list.label_of(chosen) if item.choice_list is not None else chosen)
        return "; ".join(labels)
    if kind is ItemType.GROUP:
        lines = []
        for row in value if isinstance(value, list) else ():
            cells = [f"{sub.label}: {display_text(sub, row.get(sub.id), language)}" for sub in item.items
                     if isinstance(row, Mapping) and is_answered(sub, row.get(sub.id))]
            if cells:
                lines.append(", ".join(cells))
        return "\n".join(lines)
    return str(value)


# -- visibility, required, validation ----------------------------------------------------------
def _effective(answers: Mapping[str, Any], questionnaire: Questionnaire, references: frozenset[str],
               memo: dict[str, bool]) -> Mapping[str, Any]:
    """`answers` without the answers of referenced items that are hidden themselves."""
    hidden = [ref for ref in references if questionnaire.has_item(ref)
              and not _visible(questionnaire.item(ref), answers, questionnaire, memo)]
    if not hidden:
        return answers
    return {k: v for k, v in answers.items() if k not in hidden}


def _visible(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire, memo: dict[str, bool]) -> bool:
    known = memo.get(item.id)
    if known is not None:
        return known
    if item.show_if is None:
        memo[item.id] = True
        return True
    memo[item.id] = True  # provisional: the loader refuses cycles, this only guards against them
    effective = _effective(answers, questionnaire, item.show_if.references, memo)
    memo[item.id] = result = conditions.evaluate(item.show_if, effective, questionnaire)
    return result


def is_visible(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    """True when `item` is shown: its `show_if` holds, hidden items counting as unanswered."""
    return _visible(item, answers, questionnaire, {})


def visibility(answers: Mapping[str, Any], questionnaire: Questionnaire) -> dict[str, bool]:
    """item id -> shown, for every top-level item at once (each condition evaluated once)."""
    memo: dict[str, bool] = {}
    return {item.id: _visible(item, answers, questionnaire, memo) for item in questionnaire.items()}


def is_required(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    """True when `item` is visible and needs an answer now."""
    if item.required is False or not item.has_value or not is_visible(item, answers, questionnaire):
        return False
    if item.required is True:
        return True
    effective = _effective(answers, questionnaire, item.required.references, {})
    return conditions.evaluate(item.required, effective, questionnaire)


def validation_messages(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire,
                        *, language: str = "en", answer_language: str | None = None) -> list[str]:
    """Everything to show next to `item`: value problems, a missing required answer, failed rules.

    Messages in `language`; lengths measured as `answer_language` (default: `language`) is written."""
    if not item.has_value or not is_visible(item, answers, questionnaire):
        return []
    _ = translator(language)
    value = conditions._raw(answers.get(item.id))
    messages = check_value(item, value, language, answer_language=answer_language)
    if not is_answered(item, value):
        if is_required(item, answers, questionnaire):
            messages.append(_("This question needs an answer."))
        return messages
    if messages:
        return messages
    try:
        normalised = dict(answers)
        normalised[item.id] = normalise(item, value)
    except SurveyError:  # pragma: no cover - check_value reported it
        return messages
    for rule in item.validations:
        if not conditions.evaluate(rule.condition, normalised, questionnaire):
            messages.append(rule.message)
    if item.type is ItemType.GROUP:
        messages.extend(_row_messages(item, normalised, questionnaire, _))
    return messages


def _row_scope(group: Item, row: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, Any]:
    scope = {k: v for k, v in answers.items() if not any(sub.id == k for sub in group.items)}
    scope.update(row)
    return scope


def is_visible_in_row(group: Item, sub: Item, row: Mapping[str, Any], answers: Mapping[str, Any],
                      questionnaire: Questionnaire) -> bool:
    """True when the sub-item `sub` of `group` is shown in `row` (its conditions see the row first)."""
    if sub.show_if is None:
        return True
    siblings = {s.id for s in group.items}
    outside = frozenset(ref for ref in sub.show_if.references if ref not in siblings)
    effective = _effective(answers, questionnaire, outside, {})
    return conditions.evaluate(sub.show_if, _row_scope(group, row, effective), questionnaire, group=group)


def _row_messages(group: Item, answers: Mapping[str, Any], questionnaire: Questionnaire, _: Any) -> list[str]:
    messages: list[str] = []
    rows = answers.get(group.id) or []
    for number, row in enumerate(rows, start=1):
        if not any(sub.id in row and is_answered(sub, row[sub.id]) for sub in group.items):
            continue  # an empty row is ignored
        scope = _row_scope(group, row, answers)
        for sub in group.items:
            if not is_visible_in_row(group, sub, row, answers, questionnaire):
                continue
            found: list[str] = []
            if not is_answered(sub, row.get(sub.id)):
                if sub.required is True or (sub.required is not False and conditions.evaluate(
                        sub.required, scope, questionnaire, group=group)):
                    found.append(_("This question needs an answer."))
            else:
                found = [rule.message for rule in sub.validations
                         if not conditions.evaluate(rule.condition, scope, questionnaire, group=group)]
            messages.extend(_("Row {row}, {label}: {message}").format(row=number, label=sub.label, message=m)
                            for m in found)
    return messages
