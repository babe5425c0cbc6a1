"""The condition language of `show_if`, `required` and `validate` rules (no eval).

Grammar (lowest precedence first)::

    expr       := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=") operand)?
    operand    := literal | item_id | function "(" item_id ("," literal)? ")" | "(" expr ")"
    function   := "answered" | "selected" | "count"

`parse` turns text into a `Condition` (raising `SurveyError("Q017")` with the column of the problem);
`check` verifies the references and types against the questionnaire (the loader uses it);
`evaluate` computes the value against a response's answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from survey_app import limits
from survey_app.errors import SurveyError
from survey_app.questionnaire.codes import did_you_mean
from survey_app.questionnaire.model import Condition, Item, ItemType, Position, Questionnaire

FUNCTIONS = ("answered", "selected", "count")
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
MAX_LENGTH = limits.CONDITION_CHARS


# -- syntax tree -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Literal:
    value: str | Decimal | bool
    offset: int


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    offset: int


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    args: tuple[Any, ...]
    offset: int


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Any
    right: Any
    offset: int


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[Any, ...]
    offset: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: Any
    offset: int


# -- tokens ------------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|,)
      | (?P<bad>=|.)""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # number, name, string, op, end
    text: str
    offset: int


def _fail(message: str, offset: int, position: Position | None, hint: str = "") -> SurveyError:
    where = None
    if position is not None:
        where = Position(position.file, position.line, position.column + offset)
    return SurveyError("Q017", message, position=where, hint=hint)


def _tokenize(text: str, position: Position | None) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "bad"
        value = match.group()
        if kind == "space":
            continue
        if kind == "bad":
            if value == "=":
                raise _fail("A single '=' is not a comparison.", match.start(), position, "Write '==' to compare.")
            if value in "'\"":
                raise _fail("This text is not closed with a quote.", match.start(), position,
                            f"Add the closing {value} .")
            raise _fail(f"Unexpected character {value!r} in the condition.", match.start(), position)
        tokens.append(_Token(kind, value, match.start()))
    tokens.append(_Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str, position: Position | None) -> None:
        self.text = text
        self.position = position
        self.tokens = _tokenize(text, position)
        self.index = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str, what: str) -> _Token:
        token = self.token
        if token.text != text or token.kind not in ("op", "name"):
            found = f"'{token.text}'" if token.kind != "end" else "the end of the condition"
            raise _fail(f"Expected {what} but found {found}.", token.offset, self.position)
        return self.take()

    def parse(self) -> Any:
        if self.token.kind == "end":
            raise _fail("The condition is empty.", 0, self.position, "Write a condition or remove the key.")
        tree = self.expr()
        if self.token.kind != "end":
            raise _fail(f"Unexpected '{self.token.text}' after a complete condition.", self.token.offset,
                        self.position, "Join conditions with 'and' or 'or'.")
        return tree

    def expr(self) -> Any:
        start = self.token.offset
        operands = [self.and_expr()]
        while self.token.kind == "name" and self.token.text == "or":
            self.take()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands), start)

    def and_expr(self) -> Any:
        start = self.token.offset
        operands = [self.not_expr()]
        while self.token.kind == "name" and self.token.text == "and":
            self.take()
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands), start)

    def not_expr(self) -> Any:
        if self.token.kind == "name" and self.token.text == "not":
            start = self.take().offset
            return Not(self.not_expr(), start)
        return self.comparison()

    def comparison(self) -> Any:
        left = self.operand()
        if self.token.kind == "op" and self.token.text in COMPARISONS:
            op = self.take()
            right = self.operand()
            if self.token.kind == "op" and self.token.text in COMPARISONS:
                raise _fail("Comparisons cannot be chained.", self.token.offset, self.position,
                            "Write 'a < b and b < c'.")
            return Compare(op.text, left, right, op.offset)
        return left

    def operand(self) -> Any:
        token = self.token
        if token.kind == "number":
            self.take()
            return Literal(Decimal(token.text), token.offset)
        if token.kind == "string":
            self.take()
            body = token.text[1:-1]
            return Literal(re.sub(r"\\(.)", r"\1", body), token.offset)
        if token.kind == "op" and token.text == "(":
            self.take()
            inner = self.expr()
            self.expect(")", "')'")
            return inner
        if token.kind == "name":
            if token.text in ("and", "or", "not"):
                raise _fail(f"'{token.text}' needs something to its left and right.", token.offset, self.position)
            self.take()
            if token.text in ("true", "false"):
                return Literal(token.text == "true", token.offset)
            if self.token.kind == "op" and self.token.text == "(":
                return self.call(token)
            return Name(token.text, token.offset)
        found = f"'{token.text}'" if token.kind != "end" else "the end of the condition"
        raise _fail(f"Expected an item id, a value or '(' but found {found}.", token.offset, self.position)

    def call(self, name: _Token) -> Call:
        if name.text not in FUNCTIONS:
            raise _fail(f"Unknown function '{name.text}'.{did_you_mean(name.text, FUNCTIONS)}", name.offset,
                        self.position, "Functions: answered(item), selected(item, 'value'), count(item).")
        self.take()  # "("
        args: list[Any] = [self.operand()]
        while self.token.kind == "op" and self.token.text == ",":
            self.take()
            args.append(self.operand())
        self.expect(")", "')'")
        wanted = 2 if name.text == "selected" else 1
        usage = {"answered": "answered(item)", "selected": "selected(item, 'value')", "count": "count(item)"}
        if len(args) != wanted or not isinstance(args[0], Name) or (
            wanted == 2 and not (isinstance(args[1], Literal) and isinstance(args[1].value, str))
        ):
            raise _fail(f"Write {usage[name.text]}.", name.offset, self.position)
        return Call(name.text, tuple(args), name.offset)


def references(tree: Any) -> frozenset[str]:
    found: set[str] = set()
    _collect(tree, found)
    return frozenset(found)


def _collect(tree: Any, found: set[str]) -> None:
    if isinstance(tree, Name):
        found.add(tree.id)
    elif isinstance(tree, Call):
        for arg in tree.args:
            _collect(arg, found)
    elif isinstance(tree, Compare):
        _collect(tree.left, found)
        _collect(tree.right, found)
    elif isinstance(tree, BoolOp):
        for operand in tree.operands:
            _collect(operand, found)
    elif isinstance(tree, Not):
        _collect(tree.operand, found)


def parse(text: str, position: Position | None = None) -> Condition:
    """Parse `text`; `position` is where its first character is. Raises SurveyError Q017."""
    if len(text) > MAX_LENGTH:
        raise _fail(f"The condition is longer than {MAX_LENGTH} characters.", 0, position)
    tree = _Parser(text, position).parse()
    return Condition(source=text, tree=tree, position=position, references=references(tree))


# -- checking against a questionnaire ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found by `check`: catalogue code, message, column offset in the condition text."""

    code: str
    message: str
    offset: int
    hint: str = ""
    #: the item id the problem is about, when there is one
    subject: str = ""


_NUMERIC = (ItemType.INTEGER, ItemType.DECIMAL)


def check(condition: Condition, lookup: Callable[[str], Item | None], known_ids: Callable[[], list[str]]) -> list[Problem]:
    """References and types of `condition`; `lookup(id)` gives the item an id names, or None."""
    problems: list[Problem] = []
    kind = _check(condition.tree, lookup, known_ids, problems)
    if kind not in ("bool", "?") and not problems:
        hint = "Compare it, e.g. 'count(x) >= 1', or use answered(x)."
        if isinstance(condition.tree, Name):
            hint = f"Write answered({condition.tree.id}) or compare it with a value."
        problems.append(Problem("Q025", "The condition is not true/false on its own.", _offset(condition.tree), hint))
    return problems


def _offset(tree: Any) -> int:
    return getattr(tree, "offset", 0)


def _literal_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, Decimal):
        return "number"
    return "text"


def _check(tree: Any, lookup: Callable[[str], Item | None], known_ids: Callable[[], list[str]],
           problems: list[Problem]) -> str:
    """Returns the kind of the expression: bool, number, text, item, ?."""
    if isinstance(tree, Literal):
        return _literal_kind(tree.value)
    if isinstance(tree, Name):
        item = _resolve(tree, lookup, known_ids, problems)
        if item is None:
            return "?"
        if not item.has_value:
            problems.append(Problem("Q025", f"'{item.id}' is a note and holds no answer.", tree.offset))
            return "?"
        return "bool" if item.type is ItemType.YES_NO else "item"
    if isinstance(tree, Call):
        item = _resolve(tree.args[0], lookup, known_ids, problems)
        if item is None:
            return "number" if tree.function == "count" else "bool"
        if tree.function == "answered":
            if not item.has_value:
                problems.append(Problem("Q025", f"'{item.id}' is a note and holds no answer.", tree.offset))
            return "bool"
        if tree.function == "count":
            if item.type not in (ItemType.MULTI_CHOICE, ItemType.GROUP):
                problems.append(Problem("Q025", f"count() needs a multi_choice or group item; '{item.id}' is {item.type.value}.",
                                        tree.offset, "Use answered(x) for other items."))
            return "number"
        # selected
        if item.choice_list is None:
            problems.append(Problem("Q025", f"selected() needs a choice item; '{item.id}' is {item.type.value}.",
                                    tree.offset))
            return "bool"
        _check_choice_value(item, tree.args[1], problems, ordering=False)
        return "bool"
    if isinstance(tree, Not):
        _need_bool(tree.operand, _check(tree.operand, lookup, known_ids, problems), problems, "not")
        return "bool"
    if isinstance(tree, BoolOp):
        for operand in tree.operands:
            _need_bool(operand, _check(operand, lookup, known_ids, problems), problems, tree.op)
        return "bool"
    if isinstance(tree, Compare):
        _check(tree.left, lookup, known_ids, problems)
        _check(tree.right, lookup, known_ids, problems)
        _check_compare(tree, lookup, problems)
        return "bool"
    return "?"  # pragma: no cover - parse() builds only the nodes above


def _need_bool(tree: Any, kind: str, problems: list[Problem], op: str) -> None:
    if kind not in ("bool", "?"):
        problems.append(Problem("Q025", f"'{op}' joins conditions that are true or false.", _offset(tree),
                                "Compare the value, e.g. 'x >= 1', or use answered(x)."))


def _resolve(tree: Any, lookup: Callable[[str], Item | None], known_ids: Callable[[], list[str]],
             problems: list[Problem]) -> Item | None:
    item = lookup(tree.id)
    if item is None:
        problems.append(Problem("Q018", f"No item has the id '{tree.id}'.{did_you_mean(tree.id, known_ids())}",
                                tree.offset, subject=tree.id))
    return item


def _check_choice_value(item: Item, literal: Any, problems: list[Problem], *, ordering: bool) -> None:
    assert item.choice_list is not None
    value = literal.value
    values = list(item.choice_list.values()) + (["other"] if item.allow_other else [])
    if not isinstance(value, str) or value not in values:
        shown = value if isinstance(value, str) else str(value).lower()
        problems.append(Problem("Q024", f"'{shown}' is not a value of the choices of '{item.id}'."
                                        f"{did_you_mean(str(shown), values)}", literal.offset,
                                f"Values: {', '.join(values[:12])}."))
        return
    if ordering and item.choice_list.rank(value) is None:
        problems.append(Problem("Q024", f"'{value}' is outside the order of the scale of '{item.id}'.",
                                literal.offset, "Compare it with == or != only."))


def _comparable(a: Item, b: Item) -> bool:
    if a.type in _NUMERIC and b.type in _NUMERIC:
        return True
    if a.choice_list is not None and b.choice_list is not None:
        return a.choice_list.values() == b.choice_list.values()
    text = (ItemType.SHORT_TEXT, ItemType.LONG_TEXT)
    return a.type == b.type or (a.type in text and b.type in text)


def _check_compare(tree: Compare, lookup: Callable[[str], Item | None],
                   problems: list[Problem]) -> None:
    ordering = tree.op not in ("==", "!=")
    if isinstance(tree.left, Name) and isinstance(tree.right, Name):
        a, b = lookup(tree.left.id), lookup(tree.right.id)
        if a is not None and b is not None and a.has_value and b.has_value and not _comparable(a, b):
            problems.append(Problem("Q024", f"'{a.id}' ({a.type.value}) and '{b.id}' ({b.type.value}) hold different "
                                            "kinds of answers.", tree.offset, "Compare items of the same kind."))
            return
    for side, other in ((tree.left, tree.right), (tree.right, tree.left)):
        if isinstance(side, Call) and isinstance(other, Literal):
            if side.function == "count" and _literal_kind(other.value) != "number":
                problems.append(Problem("Q024", "count() is a number but is compared with "
                                                f"{_literal_kind(other.value)}.", other.offset, "Write a number."))
            elif side.function != "count" and _literal_kind(other.value) != "bool":
                problems.append(Problem("Q024", f"{side.function}() is true or false but is compared with "
                                                f"{_literal_kind(other.value)}.", other.offset))
            continue
        if not isinstance(side, Name):
            continue
        item = lookup(side.id)
        if item is None or not item.has_value:
            continue
        if item.type is ItemType.GROUP or item.type is ItemType.MULTI_CHOICE:
            hint = f"Use count({item.id})" + (f" or selected({item.id}, 'value')" if item.choice_list else "") + "."
            problems.append(Problem("Q025", f"'{item.id}' ({item.type.value}) cannot be compared directly.",
                                    side.offset, hint))
            continue
        if isinstance(other, Literal):
            kind = _literal_kind(other.value)
            if item.choice_list is not None:
                if kind != "text":
                    problems.append(Problem("Q024", f"'{item.id}' is compared with {kind}; it holds a choice value.",
                                            other.offset, "Quote a value of its choice list."))
                else:
                    _check_choice_value(item, other, problems, ordering=ordering)
                if ordering and item.type is ItemType.SINGLE_CHOICE:
                    problems.append(Problem("Q025", f"'{item.id}' is a single_choice: its choices have no order.",
                                            tree.offset, "Use == or !=, or make it a scale."))
            elif item.type in _NUMERIC and kind != "number":
                problems.append(Problem("Q024", f"'{item.id}' holds a number but is compared with {kind}.",
                                        other.offset, "Write a number without quotes."))
            elif item.type is ItemType.YES_NO and kind != "bool":
                problems.append(Problem("Q024", f"'{item.id}' is yes/no but is compared with {kind}.",
                                        other.offset, "Compare with true or false."))
            elif item.type is ItemType.YES_NO and ordering:
                problems.append(Problem("Q025", f"'{item.id}' is yes/no: use == or !=.", tree.offset))
            elif item.type is ItemType.DATE and (kind != "text" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(other.value))):
                problems.append(Problem("Q024", f"'{item.id}' holds a date; compare with 'YYYY-MM-DD'.", other.offset))
            elif item.type in (ItemType.SHORT_TEXT, ItemType.LONG_TEXT) and kind != "text":
                problems.append(Problem("Q024", f"'{item.id}' holds text but is compared with {kind}.", other.offset,
                                        "Quote the value."))


# -- evaluation --------------------------------------------------------------------------------
def _raw(value: Any) -> Any:
    """Answers may be given as plain values or as storage `Answer` objects (with `.value`)."""
    if value is not None and not isinstance(value, (str, int, float, bool, list, dict, Decimal)) and hasattr(value, "value"):
        return value.value
    return value


class _Scope:
    __slots__ = ("answers", "questionnaire", "group")

    def __init__(self, answers: Mapping[str, Any], questionnaire: Questionnaire, group: Item | None) -> None:
        self.answers = answers
        self.questionnaire = questionnaire
        self.group = group

    def item(self, item_id: str) -> Item | None:
        if self.group is not None:
            for sub in self.group.items:
                if sub.id == item_id:
                    return sub
        if self.questionnaire.has_item(item_id):
            return self.questionnaire.item(item_id)
        return None

    def value(self, item_id: str) -> Any:
        return _raw(self.answers.get(item_id))


def evaluate(condition: Condition | bool | None, answers: Mapping[str, Any], questionnaire: Questionnaire,
             *, group: Item | None = None) -> bool:
    """True when `condition` holds for `answers` (item id -> value).

    `group`: for conditions of a group's sub-items, the group; `answers` then holds the row's values
    (over the top-level answers), and sibling ids are found first. Unanswered items make
    comparisons false; `count()` of an unanswered item is 0.
    """
    if condition is None:
        return True
    if isinstance(condition, bool):
        return condition
    return _truth(condition.tree, _Scope(answers, questionnaire, group))


def _truth(tree: Any, scope: _Scope) -> bool:
    if isinstance(tree, BoolOp):
        if tree.op == "and":
            return all(_truth(operand, scope) for operand in tree.operands)
        return any(_truth(operand, scope) for operand in tree.operands)
    if isinstance(tree, Not):
        return not _truth(tree.operand, scope)
    if isinstance(tree, Compare):
        return _compare(tree, scope)
    if isinstance(tree, Call):
        return bool(_call(tree, scope))
    if isinstance(tree, Name):
        item = scope.item(tree.id)
        value = scope.value(tree.id)
        if item is not None and item.type is ItemType.YES_NO:
            return value is True
        from survey_app.questionnaire.values import is_answered

        return item is not None and is_answered(item, value)
    if isinstance(tree, Literal):
        return bool(tree.value)
    return False  # pragma: no cover


def _call(tree: Call, scope: _Scope) -> Any:
    from survey_app.questionnaire.values import is_answered, selected_values

    item_id = tree.args[0].id
    item = scope.item(item_id)
    value = scope.value(item_id)
    if item is None:
        return 0 if tree.function == "count" else False
    if tree.function == "answered":
        return is_answered(item, value)
    if tree.function == "selected":
        return tree.args[1].value in selected_values(item, value)
    # count
    if item.type is ItemType.GROUP:
        return sum(1 for row in value if isinstance(row, Mapping)) if isinstance(value, list) else 0
    return len(selected_values(item, value))


def _operand(tree: Any, scope: _Scope) -> tuple[Any, Item | None]:
    if isinstance(tree, Literal):
        return tree.value, None
    if isinstance(tree, Name):
        return scope.value(tree.id), scope.item(tree.id)
    if isinstance(tree, Call):
        return _call(tree, scope), None
    return _truth(tree, scope), None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, (float, str)):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _compare(tree: Compare, scope: _Scope) -> bool:
    left, left_item = _operand(tree.left, scope)
    right, right_item = _operand(tree.right, scope)
    if left is None or right is None or left == "" or right == "":
        return False
    op = tree.op
    scale = left_item if left_item is not None and left_item.choice_list is not None else right_item
    if scale is not None and scale.choice_list is not None and scale.choice_list.ordered and op not in ("==", "!="):
        left_rank = scale.choice_list.rank(left) if isinstance(left, str) else None
        right_rank = scale.choice_list.rank(right) if isinstance(right, str) else None
        if left_rank is None or right_rank is None:
            return False
        return _apply(op, left_rank, right_rank)
    if isinstance(left, bool) or isinstance(right, bool):
        if not (isinstance(left, bool) and isinstance(right, bool)):
            return op == "!="
        return _apply(op, left, right) if op in ("==", "!=") else False
    numeric = {ItemType.INTEGER, ItemType.DECIMAL}
    if (left_item is not None and left_item.type in numeric) or (right_item is not None and right_item.type in numeric) \
            or isinstance(left, (int, Decimal)) or isinstance(right, (int, Decimal)):
        left_number, right_number = _number(left), _number(right)
        if left_number is None or right_number is None:
            return False
        return _apply(op, left_number, right_number)
    if isinstance(left, str) and isinstance(right, str):
        return _apply(op, left, right)
    return False


def _apply(op: str, left: Any, right: Any) -> bool:
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


def shift(condition: Condition, position: Position) -> Condition:
    """The same condition with another position (e.g. after translation)."""
    return replace(condition, position=position)
