"""Read a questionnaire YAML file into the typed model, reporting every problem with its position.

`load(path)` never raises on a bad file: unreadable files, YAML syntax errors and every mistake in
the content become `Diagnostic`s (code, file:line:col, what, how to fix). The file is parsed with a
safe loader into a node tree (which keeps the line and column of every value), then walked once.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from survey_app import limits
from survey_app.errors import Diagnostic, SurveyError
from survey_app.i18n.languages import UN_LANGUAGES
from survey_app.questionnaire import conditions
from survey_app.questionnaire.codes import did_you_mean, error
from survey_app.questionnaire.crosschecks import CrossChecks, PendingCondition
from survey_app.questionnaire.yamlnodes import (
    _BOOL,
    _CONSTRUCTOR,
    NodeReader,
    content_position,
    read_file,
    read_yaml_nodes,
)
from survey_app.questionnaire.model import (
    CHOICE_TYPES,
    GROUP_MEMBER_TYPES,
    Choice,
    ChoiceList,
    Condition,
    Item,
    ItemType,
    Part,
    Position,
    Questionnaire,
    Role,
    Section,
    ValidationRule,
)

ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,79}")
QUESTIONNAIRE_ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,79}")
VALUE_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]{0,79}")
VERSION_PATTERN = re.compile(r"[0-9]+(\.[0-9]+)*(-[A-Za-z0-9.]+)?")

TOP_KEYS = ("questionnaire", "choice_lists", "parts")
META_KEYS = ("id", "version", "title", "description", "default_language", "languages")
META_REQUIRED = ("id", "version", "title", "default_language", "languages")
LIST_KEYS = ("ordered", "choices")
CHOICE_KEYS = ("value", "label", "help", "unordered")
PART_KEYS = ("id", "title", "intro", "optional", "sections")
SECTION_KEYS = ("id", "title", "intro", "source", "norm", "items")
RULE_KEYS = ("rule", "message")
COMMON_ITEM_KEYS = ("id", "type", "label", "help", "source", "extract", "guidance", "required", "show_if",
                    "validate", "sensitive", "replaces", "role", "norm")
TYPE_KEYS: dict[ItemType, tuple[str, ...]] = {
    ItemType.LONG_TEXT: ("word_limit",),
    ItemType.INTEGER: ("min", "max"),
    ItemType.DECIMAL: ("min", "max"),
    ItemType.SINGLE_CHOICE: ("choices", "other"),
    ItemType.MULTI_CHOICE: ("choices", "other"),
    ItemType.SCALE: ("choices",),
    ItemType.GROUP: ("items", "min_rows", "max_rows"),
}
ALL_TYPE_KEYS = frozenset(key for keys in TYPE_KEYS.values() for key in keys)
#: keys with no meaning on a group's sub-items
NOT_IN_GROUP = ("role", "replaces")
SINGLE_ROLES = frozenset(Role) - {Role.NORM_STATUS}


@dataclass(frozen=True, slots=True)
class LoadResult:
    questionnaire: Questionnaire | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return self.questionnaire is not None


@functools.cache
def _allowed_item_keys(kind: ItemType | None, in_group: bool) -> tuple[str, ...]:
    allowed = COMMON_ITEM_KEYS + (TYPE_KEYS.get(kind, ()) if kind else tuple(sorted(ALL_TYPE_KEYS)))
    return tuple(key for key in allowed if key not in NOT_IN_GROUP) if in_group else allowed


_CODES = {"unknown_key": "Q004", "missing": "Q005", "type": "Q006", "duplicate_key": "Q010"}


class _Loader(CrossChecks):
    def __init__(self, path: str, data: bytes | None = None) -> None:
        self.path = path
        self.data = data
        self._lines: list[str] | None = None
        self.diagnostics: list[Diagnostic] = []
        self.read = NodeReader(path, self.diagnostics, _CODES)
        self.choice_lists: dict[str, ChoiceList] = {}
        self.list_nodes: dict[str, yaml.Node] = {}
        self.items: dict[str, Item] = {}
        self.item_nodes: dict[str, yaml.Node] = {}
        self.group_items: dict[str, dict[str, Item]] = {}
        self.pending: list[PendingCondition] = []
        self.parsed: dict[tuple[str, str, int], Condition] = {}
        self.part_ids: set[str] = set()
        self.section_ids: set[str] = set()
        self.replaces: list[tuple[str, str, yaml.Node]] = []  # old id, new id, node
        #: every id written, including items that failed to build (not reported as unknown)
        self.seen_ids: set[str] = set()

    # -- helpers --------------------------------------------------------------------------------
    def ident(self, node: yaml.Node, what: str, *, pattern: re.Pattern[str] = ID_PATTERN) -> str | None:
        value = self.read.text(node, what)
        if value is None:
            return None
        if not pattern.fullmatch(value):
            start = "a letter or digit" if pattern is VALUE_PATTERN else "a letter"
            also = " and '-'" if pattern is not ID_PATTERN else ""
            self.read.error("Q007", f"{what} '{value}' is not valid.", node,
                            f"Use letters, digits{also} and '_' (at most 80), starting with {start}.")
            return None
        return value

    def optional_text(self, keys: dict[str, tuple[yaml.Node, yaml.Node]], key: str, what: str) -> str:
        if key not in keys:
            return ""
        return self.read.text(keys[key][1], f"'{key}' of {what}", empty_ok=True) or ""

    # -- top level ------------------------------------------------------------------------------
    def load(self, root: yaml.Node | None) -> Questionnaire | None:
        if not isinstance(root, yaml.MappingNode):
            where = self.read.pos(root) if root is not None else Position(self.path, 1, 1)
            self.diagnostics.append(error("Q003", "The file is not a questionnaire (it should start with "
                                                  "'questionnaire:' then 'parts:').", where))
            return None
        top = self.read.mapping(root, TOP_KEYS, ("questionnaire", "parts"), "the file")
        meta = self.meta(top["questionnaire"][1]) if top and "questionnaire" in top else None
        if top and "choice_lists" in top:
            self.load_choice_lists(top["choice_lists"][1])
        parts: list[Part] = []
        if top and "parts" in top:
            nodes = self.read.sequence(top["parts"][1], "'parts'")
            if nodes is not None and not nodes:
                self.read.error("Q027", "The questionnaire has no parts.", top["parts"][1])
            for node in nodes or ():
                part = self.part(node)
                if part is not None:
                    parts.append(part)
        self.check_conditions()
        self.check_replaces()
        self.check_roles()
        if meta is None or any(d.is_error for d in self.diagnostics):
            return None
        return Questionnaire(parts=tuple(parts), choice_lists=dict(self.choice_lists), path=self.path,
                             language=meta["default_language"], **meta)

    def meta(self, node: yaml.Node) -> dict[str, Any] | None:
        keys = self.read.mapping(node, META_KEYS, META_REQUIRED, "'questionnaire'")
        if keys is None:
            return None
        meta: dict[str, Any] = {"description": self.optional_text(keys, "description", "the questionnaire")}
        ok = True
        if "id" in keys:
            meta["id"] = self.ident(keys["id"][1], "The questionnaire id", pattern=QUESTIONNAIRE_ID_PATTERN)
        if "title" in keys:
            meta["title"] = self.read.text(keys["title"][1], "The title")
        if "version" in keys:
            version = self.read.text(keys["version"][1], "The version")
            if version is not None and not VERSION_PATTERN.fullmatch(version):
                self.read.error("Q015", f"The version '{version}' is not valid.", keys["version"][1])
                version = None
            meta["version"] = version
        default = None
        if "default_language" in keys:
            default = self.language(keys["default_language"][1])
            meta["default_language"] = default
        languages: list[str] = []
        if "languages" in keys:
            nodes = self.read.sequence(keys["languages"][1], "'languages'")
            for lang_node in nodes or ():
                code = self.language(lang_node)
                if code is not None and code in languages:
                    self.read.error("Q016", f"The language '{code}' is listed twice.", lang_node)
                elif code is not None:
                    languages.append(code)
            if nodes is not None and default is not None and default not in languages:
                self.read.error("Q016", f"The default language '{default}' is not in 'languages'.", keys["languages"][1],
                                f"Add {default} to the list.")
        meta["languages"] = tuple(languages)
        for key in META_REQUIRED:
            ok = ok and meta.get(key) is not None
        return meta if ok else None

    def language(self, node: yaml.Node) -> str | None:
        code = self.read.text(node, "A language code")
        if code is None:
            return None
        if code not in UN_LANGUAGES:
            self.read.error("Q016", f"'{code}' is not a language the application knows.{did_you_mean(code, UN_LANGUAGES)}",
                            node, f"Use one of {', '.join(UN_LANGUAGES)}.")
            return None
        return code

    # -- choice lists ---------------------------------------------------------------------------
    def load_choice_lists(self, node: yaml.Node) -> None:
        if not isinstance(node, yaml.MappingNode):
            self.read.error("Q006", "'choice_lists' must be a mapping of list ids to lists.", node)
            return
        for key_node, value_node in node.value:
            list_id = self.ident(key_node, "The choice list id")
            if list_id is None:
                continue
            if list_id in self.choice_lists or list_id in self.list_nodes:
                self.read.error("Q008", f"The choice list id '{list_id}' is used twice.", key_node)
                continue
            self.list_nodes[list_id] = key_node
            keys = self.read.mapping(value_node, LIST_KEYS, ("choices",), f"choice list '{list_id}'")
            if keys is None:
                continue
            ordered = bool(self.read.boolean(keys["ordered"][1], "'ordered'")) if "ordered" in keys else False
            if "choices" in keys:
                built = self.choices(keys["choices"][1], list_id, ordered=ordered)
                if built is not None:
                    self.choice_lists[list_id] = built

    def choices(self, node: yaml.Node, list_id: str, *, ordered: bool) -> ChoiceList | None:
        nodes = self.read.sequence(node, f"the choices of '{list_id}'")
        if nodes is None:
            return None
        if not nodes:
            self.read.error("Q027", f"The choice list '{list_id}' has no choices.", node)
            return None
        choices: list[Choice] = []
        unordered: set[str] = set()
        seen: set[str] = set()
        for choice_node in nodes:
            keys = self.read.mapping(choice_node, CHOICE_KEYS, ("value", "label"), f"a choice of '{list_id}'")
            if keys is None:
                continue
            value = self.ident(keys["value"][1], "The choice value", pattern=VALUE_PATTERN) if "value" in keys else None
            label = self.read.text(keys["label"][1], "The choice label") if "label" in keys else None
            if value is not None and value in seen:
                self.read.error("Q009", f"The value '{value}' appears twice in '{list_id}'.", keys["value"][1])
                continue
            if "unordered" in keys:
                if not ordered:
                    self.read.error("Q014", "'unordered' only applies to choices of an ordered list (a scale).",
                                    keys["unordered"][0])
                elif self.read.boolean(keys["unordered"][1], "'unordered'") and value is not None:
                    unordered.add(value)
            if value is None or label is None:
                continue
            seen.add(value)
            choices.append(Choice(value, label, self.optional_text(keys, "help", "the choice")))
        return ChoiceList(list_id, tuple(choices), ordered=ordered, unordered_values=frozenset(unordered))

    # -- parts, sections, items -----------------------------------------------------------------
    def part(self, node: yaml.Node) -> Part | None:
        keys = self.read.mapping(node, PART_KEYS, ("id", "title", "sections"), "a part")
        if keys is None:
            return None
        part_id = self.ident(keys["id"][1], "The part id") if "id" in keys else None
        if part_id is not None:
            if part_id in self.part_ids:
                self.read.error("Q008", f"Two parts have the id '{part_id}'.", keys["id"][1])
            self.part_ids.add(part_id)
        title = self.read.text(keys["title"][1], "The part title") if "title" in keys else None
        optional = bool(self.read.boolean(keys["optional"][1], "'optional'")) if "optional" in keys else False
        sections: list[Section] = []
        if "sections" in keys:
            nodes = self.read.sequence(keys["sections"][1], "'sections'")
            if nodes is not None and not nodes:
                self.read.error("Q027", f"The part '{part_id}' has no sections.", keys["sections"][1])
            for section_node in nodes or ():
                section = self.section(section_node)
                if section is not None:
                    sections.append(section)
        if part_id is None or title is None:
            return None
        return Part(part_id, title, tuple(sections), intro=self.optional_text(keys, "intro", "the part"),
                    optional=optional, position=self.read.pos(node))

    def section(self, node: yaml.Node) -> Section | None:
        keys = self.read.mapping(node, SECTION_KEYS, ("id", "title", "items"), "a section")
        if keys is None:
            return None
        section_id = self.ident(keys["id"][1], "The section id") if "id" in keys else None
        if section_id is not None:
            if section_id in self.section_ids:
                self.read.error("Q008", f"Two sections have the id '{section_id}'.", keys["id"][1])
            self.section_ids.add(section_id)
        title = self.read.text(keys["title"][1], "The section title") if "title" in keys else None
        norm = self.optional_text(keys, "norm", "the section") or None
        items: list[Item] = []
        if "items" in keys:
            nodes = self.read.sequence(keys["items"][1], "'items'")
            if nodes is not None and not nodes:
                self.read.error("Q027", f"The section '{section_id}' has no items.", keys["items"][1])
            for item_node in nodes or ():
                item = self.item(item_node, group=None, section_norm=norm)
                if item is not None:
                    items.append(item)
        if section_id is None or title is None:
            return None
        return Section(section_id, title, tuple(items), intro=self.optional_text(keys, "intro", "the section"),
                       source=self.optional_text(keys, "source", "the section"), norm=norm,
                       position=self.read.pos(node))

    def item_type(self, node: yaml.Node) -> ItemType | None:
        name = self.read.text(node, "The item type")
        if name is None:
            return None
        try:
            return ItemType(name)
        except ValueError:
            self.read.error("Q011", f"Unknown item type '{name}'.{did_you_mean(name, [t.value for t in ItemType])}",
                            node, f"Types: {', '.join(t.value for t in ItemType)}.")
            return None

    def item(self, node: yaml.Node, *, group: str | None, section_norm: str | None) -> Item | None:
        if not isinstance(node, yaml.MappingNode):
            self.read.error("Q006", "An item must be a mapping of keys to values.", node)
            return None
        type_node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "type"), None)
        kind = self.item_type(type_node) if type_node is not None else None
        allowed = _allowed_item_keys(kind, group is not None)

        def misplaced(key: str) -> str | None:
            if key in NOT_IN_GROUP and group is not None:
                return f"'{key}' does not apply to an item inside a group."
            if key in ALL_TYPE_KEYS and kind is not None:
                return f"'{key}' does not apply to items of type {kind.value}."
            return None

        keys = self.read.mapping(node, allowed, ("id", "type", "label"), "an item", misplaced=misplaced)
        if keys is None:
            return None
        item_id = self.ident(keys["id"][1], "The item id") if "id" in keys else None
        what = f"item '{item_id}'" if item_id else "the item"
        if item_id is not None:
            seen_key = f"{group}.{item_id}" if group else item_id
            if seen_key in self.seen_ids:
                self.read.error("Q008", f"Two items have the id '{item_id}'" + (f" in group '{group}'." if group else "."),
                                keys["id"][1])
                item_id = None
            self.seen_ids.add(seen_key)
        owner = (f"{group}.{item_id}" if group else item_id) if item_id else None
        label = self.read.text(keys["label"][1], f"The label of {what}") if "label" in keys else None
        if group is not None and kind is not None and kind not in GROUP_MEMBER_TYPES:
            self.read.error("Q026", f"A {kind.value} cannot be inside a group.", type_node)
            kind = None
        fields: dict[str, Any] = {}
        for key in ("help", "source", "extract", "guidance"):
            fields[key] = self.optional_text(keys, key, what)
        if "sensitive" in keys:
            fields["sensitive"] = bool(self.read.boolean(keys["sensitive"][1], "'sensitive'"))
        norm = self.optional_text(keys, "norm", what) or section_norm
        fields["norm"] = norm or None
        if "role" in keys:
            fields["role"] = self.role(keys["role"][1])
            if fields["role"] is Role.NORM_STATUS and not norm:
                self.read.error("Q021", f"{what} has the role norm_status but no norm.", keys["role"][1],
                                "Add norm: \"13(x)\" to the item or its section.")
        if "replaces" in keys and item_id is not None:
            fields["replaces"] = self.replaced_ids(keys["replaces"][1], item_id)
        if owner is not None:
            for key in ("show_if", "required"):
                if key in keys:
                    value_node = keys[key][1]
                    if key == "required" and isinstance(value_node, yaml.ScalarNode) and value_node.tag == _BOOL:
                        fields["required"] = bool(_CONSTRUCTOR.construct_yaml_bool(value_node))
                    else:
                        condition = self.condition(value_node, owner, key, group, f"'{key}' of {what}")
                        if condition is not None:
                            fields[key] = condition
            if "validate" in keys:
                fields["validations"] = self.validate_rules(keys["validate"][1], owner, group, what)
        if kind is not None:
            self.type_fields(kind, keys, fields, what, item_id)
        if item_id is None or kind is None or label is None:
            return None
        item = Item(item_id, kind, label, position=self.read.pos(node), **fields)
        if group:
            self.group_items[group][item_id] = item
        else:
            self.items[item_id] = item
            self.item_nodes[item_id] = node
        return item

    def role(self, node: yaml.Node) -> Role | None:
        name = self.read.text(node, "The role")
        if name is None:
            return None
        try:
            return Role(name)
        except ValueError:
            self.read.error("Q020", f"Unknown role '{name}'.{did_you_mean(name, [r.value for r in Role])}", node,
                            f"Roles: {', '.join(r.value for r in Role)}.")
            return None

    def replaced_ids(self, node: yaml.Node, item_id: str) -> tuple[str, ...]:
        nodes = self.read.sequence(node, "'replaces'")
        old_ids = []
        for old_node in nodes or ():
            old = self.ident(old_node, "A replaced id")
            if old is not None:
                old_ids.append(old)
                self.replaces.append((old, item_id, old_node))
        return tuple(old_ids)

    def condition(self, node: yaml.Node, owner: str, key: str, group: str | None, what: str,
                  index: int = 0) -> Condition | None:
        if self.read.text(node, what) is None:
            return None
        start = self.scalar_start(node)
        text = node.value.rstrip()
        try:
            condition = conditions.parse(text, start)
        except SurveyError as exc:
            diagnostic = exc.diagnostic
            if diagnostic.position is not None:
                where = self.locate(node, start, text, diagnostic.position.column - start.column)
                diagnostic = Diagnostic(diagnostic.code, diagnostic.severity, diagnostic.message, where, diagnostic.hint)
            self.diagnostics.append(diagnostic)
            return None
        self.pending.append(PendingCondition(owner, key, condition, group, index, node.style))
        return condition

    def scalar_start(self, node: yaml.Node) -> Position:
        """Where the text of a scalar starts: after an opening quote, or on the line after `|`/`>`."""
        if node.style not in ("|", ">"):
            return content_position(self.path, node)
        lines = self.source_lines()
        number = node.start_mark.line + 1
        while number < len(lines) and not lines[number].strip():
            number += 1
        if number >= len(lines):
            return content_position(self.path, node)
        line = lines[number]
        return Position(self.path, number + 1, len(line) - len(line.lstrip(" ")) + 1)

    def locate(self, node: yaml.Node, start: Position, text: str, offset: int) -> Position:
        return self.locate_offset(start, text, offset, node.style)

    def locate_offset(self, start: Position, text: str, offset: int, style: str | None) -> Position:
        """The position of character `offset` of a condition starting at `start`.

        A literal block (`|`) keeps its lines, so the position is exact on any line; folded and
        plain multi-line texts join lines, so positions past the first line are approximate.
        """
        if style == "|" and "\n" in text[:offset]:
            line_start = text.rfind("\n", 0, offset) + 1
            return Position(self.path, start.line + text.count("\n", 0, offset), start.column + offset - line_start)
        return Position(self.path, start.line, start.column + offset)

    def source_lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.data.decode("utf-8-sig", errors="replace").splitlines() if self.data else []
        return self._lines

    def validate_rules(self, node: yaml.Node, owner: str, group: str | None, what: str) -> tuple[ValidationRule, ...]:
        rules = []
        for index, rule_node in enumerate(self.read.sequence(node, f"'validate' of {what}") or ()):
            keys = self.read.mapping(rule_node, RULE_KEYS, RULE_KEYS, "a validation rule")
            if not keys:
                continue
            message = self.read.text(keys["message"][1], "The message of a validation rule") if "message" in keys else None
            condition = self.condition(keys["rule"][1], owner, "validate", group, "The rule", index) \
                if "rule" in keys else None
            if condition is not None and message is not None:
                rules.append(ValidationRule(condition, message))
        return tuple(rules)

    def type_fields(self, kind: ItemType, keys: dict[str, tuple[yaml.Node, yaml.Node]], fields: dict[str, Any],
                    what: str, item_id: str | None) -> None:
        read = self.read
        if kind in CHOICE_TYPES:
            if "choices" not in keys:
                read.error("Q005", f"{what} ({kind.value}) has no 'choices'.", keys["type"][1],
                           "Add 'choices: <list id>' or an inline list.")
            else:
                fields["choice_list"] = self.item_choices(keys["choices"][1], kind, item_id or "item")
            if "other" in keys:
                fields["allow_other"] = bool(read.boolean(keys["other"][1], "'other'"))
        if kind is ItemType.LONG_TEXT and "word_limit" in keys:
            limit = read.number(keys["word_limit"][1], "'word_limit'", integer=True)
            if limit is not None and limit < 1:
                read.error("Q023", "'word_limit' must be at least 1.", keys["word_limit"][1])
            fields["word_limit"] = limit
        if kind in (ItemType.INTEGER, ItemType.DECIMAL):
            integer = kind is ItemType.INTEGER
            for key, name in (("min", "minimum"), ("max", "maximum")):
                if key in keys:
                    fields[name] = read.number(keys[key][1], f"'{key}'", integer=integer)
            if fields.get("minimum") is not None and fields.get("maximum") is not None \
                    and fields["minimum"] > fields["maximum"]:
                read.error("Q023", f"'min' ({fields['minimum']}) is greater than 'max' ({fields['maximum']}).",
                           keys["min"][1])
        if kind is ItemType.GROUP:
            self.group_fields(keys, fields, what, item_id)

    def group_fields(self, keys: dict[str, tuple[yaml.Node, yaml.Node]], fields: dict[str, Any], what: str,
                     item_id: str | None) -> None:
        read = self.read
        if "items" not in keys:
            read.error("Q005", f"{what} (group) has no 'items'.", keys["type"][1])
        else:
            nodes = read.sequence(keys["items"][1], f"the items of {what}")
            if nodes is not None and not nodes:
                read.error("Q027", f"The group {what} has no items.", keys["items"][1])
            subs = []
            group_key = item_id or f"?{id(keys)}"
            self.group_items.setdefault(group_key, {})
            for sub_node in nodes or ():
                sub = self.item(sub_node, group=group_key, section_norm=None)
                if sub is not None:
                    subs.append(sub)
            fields["items"] = tuple(subs)
        for key in ("min_rows", "max_rows"):
            if key in keys:
                fields[key] = read.number(keys[key][1], f"'{key}'", integer=True)
        low, high = fields.get("min_rows"), fields.get("max_rows")
        if low is not None and low < 0:
            read.error("Q023", "'min_rows' cannot be negative.", keys["min_rows"][1])
        if high is not None and high < 1:
            read.error("Q023", "'max_rows' must be at least 1.", keys["max_rows"][1])
        elif low is not None and high is not None and low > high:
            read.error("Q023", f"'min_rows' ({low}) is greater than 'max_rows' ({high}).", keys["min_rows"][1])
        if low is None:
            fields.pop("min_rows", None)

    def item_choices(self, node: yaml.Node, kind: ItemType, item_id: str) -> ChoiceList | None:
        if isinstance(node, yaml.SequenceNode):
            # inline choices; for a scale their order is the scale's order
            built = self.choices(node, f"item:{item_id}", ordered=kind is ItemType.SCALE)
            return built
        list_id = self.read.text(node, "'choices'")
        if list_id is None:
            return None
        found = self.choice_lists.get(list_id)
        if found is None:
            if list_id not in self.list_nodes:  # a list with errors was already reported
                self.read.error("Q012", f"There is no choice list '{list_id}'.{did_you_mean(list_id, self.list_nodes)}",
                                node, "Define it under 'choice_lists:' or write the choices inline.")
            return None
        if kind is ItemType.SCALE and not found.ordered:
            self.read.error("Q013", f"The scale uses '{list_id}', which is not ordered.", node,
                            f"Add 'ordered: true' to choice list '{list_id}', or make the item a single_choice.")
        return found

#: recent results by (path, content digest): the catalog is loaded by several parts of the
#: application, and an unchanged file gives the same (immutable) questionnaire object again
_RESULTS: OrderedDict[tuple[str, bytes], LoadResult] = OrderedDict()
_RESULTS_SIZE = 16
_RESULTS_LOCK = threading.Lock()


def load(path: Path | str, *, use_cache: bool = True, limit: int = limits.QUESTIONNAIRE_FILE_BYTES,
         data: bytes | None = None) -> LoadResult:
    """Load and check a questionnaire file. Never raises for problems in the file.

    An unchanged file (same path, same bytes) gives the same questionnaire object as last time,
    unless `use_cache` is False.
    """
    path = Path(path)
    if data is None:  # `data`: bytes the caller read already (and will copy), checked as they are
        data, diagnostics = read_file(path, code_unreadable="Q001", limit=limit)
        if data is None:
            return LoadResult(None, diagnostics)
    if not use_cache:
        return _load_data(path, data)
    key = (str(path), hashlib.blake2b(data, digest_size=20).digest())
    with _RESULTS_LOCK:
        cached = _RESULTS.get(key)
        if cached is not None:
            _RESULTS.move_to_end(key)
            return LoadResult(cached.questionnaire, list(cached.diagnostics))
    result = _load_data(path, data)
    with _RESULTS_LOCK:
        _RESULTS[key] = result
        while len(_RESULTS) > _RESULTS_SIZE:
            _RESULTS.popitem(last=False)
    return LoadResult(result.questionnaire, list(result.diagnostics))


def _load_data(path: Path, data: bytes) -> LoadResult:
    root, diagnostics = read_yaml_nodes(path, code_unreadable="Q001", code_syntax="Q002", data=data)
    if diagnostics:
        return LoadResult(None, diagnostics)
    loader = _Loader(str(path), data)
    collecting = gc.isenabled()
    gc.disable()  # see _compose
    try:
        questionnaire = loader.load(root)
    finally:
        if collecting:
            gc.enable()
    found = sorted(loader.diagnostics, key=lambda d: (d.position.line, d.position.column) if d.position else (0, 0))
    return LoadResult(questionnaire, found)
