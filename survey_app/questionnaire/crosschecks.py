"""Checks across a whole questionnaire, run once every item is read: condition references and
types, cycles between conditions, `replaces`, roles. A mixin of the loader (it reads its state)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from survey_app.errors import Diagnostic
from survey_app.questionnaire import conditions
from survey_app.questionnaire.codes import error
from survey_app.questionnaire.model import Condition, Item, Position, Role
from survey_app.questionnaire.yamlnodes import NodeReader


@dataclass(slots=True)
class PendingCondition:
    """A condition parsed while reading its item, checked once every item is known."""

    owner: str  # item id (or "group.sub")
    key: str  # show_if | required | validate
    condition: Condition
    group: str | None
    index: int = 0
    #: YAML style of the scalar (None plain, quotes, "|" or ">"), to locate problems inside it
    style: str | None = None


class CrossChecks:
    path: str
    diagnostics: list[Diagnostic]
    read: NodeReader
    items: dict[str, Item]
    item_nodes: dict[str, yaml.Node]
    group_items: dict[str, dict[str, Item]]
    pending: list[PendingCondition]
    parsed: dict[tuple[str, str, int], Condition]
    replaces: list[tuple[str, str, yaml.Node]]
    seen_ids: set[str]

    def locate_offset(self, start: Position, text: str, offset: int, style: str | None) -> Position:
        raise NotImplementedError  # pragma: no cover - the loader provides it

    def lookup_for(self, group: str | None) -> Callable[[str], Item | None]:
        siblings = self.group_items.get(group, {}) if group else {}

        def lookup(item_id: str) -> Item | None:
            return siblings.get(item_id) or self.items.get(item_id)

        return lookup

    def check_conditions(self) -> None:
        known_cache: dict[str | None, list[str]] = {}
        for pending in self.pending:
            condition = pending.condition
            position = condition.position
            assert position is not None
            lookup = self.lookup_for(pending.group)

            def known(group: str | None = pending.group) -> list[str]:
                if group not in known_cache:
                    known_cache[group] = list(self.items) + list(self.group_items.get(group, {}) if group else ())
                return known_cache[group]

            problems = [p for p in conditions.check(condition, lookup, known)
                        if not (p.code == "Q018" and p.subject in self.seen_ids
                                or p.code == "Q018" and f"{pending.group}.{p.subject}" in self.seen_ids)]
            for problem in problems:
                node_style = pending.style
                where = self.locate_offset(position, condition.source, problem.offset, node_style)
                self.diagnostics.append(error(problem.code, problem.message, where, problem.hint))
            if not problems:
                self.parsed[(pending.owner, pending.key, pending.index)] = condition
        self.check_cycles()

    def check_cycles(self) -> None:
        graph: dict[str, list[str]] = {}
        for (owner, key, _index), condition in self.parsed.items():
            if key == "validate":
                continue
            group = owner.split(".", 1)[0] if "." in owner else None
            siblings = self.group_items.get(group, {}) if group else {}
            targets = [f"{group}.{ref}" if ref in siblings else ref for ref in sorted(condition.references)]
            graph.setdefault(owner, []).extend(targets)
        state: dict[str, int] = {}  # 1 visiting, 2 done
        reported: set[frozenset[str]] = set()
        for start in graph:
            if state.get(start):
                continue
            stack: list[tuple[str, int]] = [(start, 0)]
            path: list[str] = [start]
            state[start] = 1
            while stack:
                node, index = stack[-1]
                targets = graph.get(node, [])
                if index >= len(targets):
                    stack.pop()
                    path.pop()
                    state[node] = 2
                    continue
                stack[-1] = (node, index + 1)
                target = targets[index]
                if state.get(target) == 1:
                    cycle = path[path.index(target):] + [target]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        self.cycle_error(cycle)
                elif not state.get(target):
                    state[target] = 1
                    stack.append((target, 0))
                    path.append(target)

    def cycle_error(self, cycle: list[str]) -> None:
        first = cycle[0]
        where = None
        for (owner, key, _index), condition in self.parsed.items():
            if owner == first and key != "validate" and condition.position is not None:
                where = condition.position
                break
        chain = " -> ".join(cycle)
        self.diagnostics.append(error("Q019", f"These conditions depend on each other in a circle: {chain}.", where))

    def check_replaces(self) -> None:
        seen: dict[str, str] = {}
        for old, new, node in self.replaces:
            if old in self.seen_ids:
                self.read.error("Q022", f"'{new}' replaces '{old}', but an item still has the id '{old}'.", node,
                                f"Remove '{old}' from 'replaces', or rename the item '{old}'.")
            elif old in seen and seen[old] != new:
                self.read.error("Q022", f"'{old}' is replaced by both '{seen[old]}' and '{new}'.", node)
            seen[old] = new

    def check_roles(self) -> None:
        holders: dict[Any, str] = {}
        for item_id, item in self.items.items():
            if item.role is None:
                continue
            key: Any = (item.role, item.norm) if item.role is Role.NORM_STATUS else item.role
            if key in holders:
                what = f"norm_status for norm {item.norm}" if item.role is Role.NORM_STATUS else item.role.value
                node = next(v for k, v in self.item_nodes[item_id].value if k.value == "role")
                self.read.error("Q028", f"The role {what} is given to both '{holders[key]}' and '{item_id}'.", node)
            else:
                holders[key] = item_id
