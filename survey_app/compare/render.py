"""The comparison as text for a terminal and as JSON for tools.

Text marks differences like `git diff --word-diff`: [-deleted-] {+inserted+}; choices read
"old → new". JSON lists every item with its status, old and new values, and the diff pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from survey_app.compare.chart import StatusGrid
from survey_app.compare.diff import Comparison, Direction, ItemComparison, ItemStatus
from survey_app.compare.textdiff import marked
from survey_app.i18n.core import N_
from survey_app.questionnaire.model import ItemType

JSON_FORMAT = "survey-app-comparison"
JSON_VERSION = 1

STATUS_NAMES: dict[ItemStatus, str] = {
    ItemStatus.UNCHANGED: N_("unchanged"),
    ItemStatus.CHANGED: N_("changed"),
    ItemStatus.NEWLY_ANSWERED: N_("newly answered"),
    ItemStatus.NO_LONGER_ANSWERED: N_("no longer answered"),
    ItemStatus.NEW_QUESTION: N_("new question"),
    ItemStatus.RETIRED_QUESTION: N_("retired question"),
}
DIRECTION_NAMES: dict[Direction, str] = {
    Direction.UP: N_("moved up"),
    Direction.DOWN: N_("moved down"),
    Direction.SAME: N_("same"),
    Direction.NOT_COMPARABLE: N_("not comparable"),
}
ARROW = "→"

Gettext = Callable[[str], str]


def _identity(message: str) -> str:
    return message


def _response_title(response: Any) -> str:
    return f"{response.state.name}, {response.cycle}"


def headline(comparison: Comparison, *, gettext: Gettext = _identity) -> str:
    _ = gettext
    old, new = comparison.old, comparison.new
    old_q, new_q = comparison.old_questionnaire, comparison.new_questionnaire
    versions = f"{old_q.id} {old_q.version}" if (old_q.id, old_q.version) == (new_q.id, new_q.version) else (
        f"{old_q.id} {old_q.version} {ARROW} {new_q.id} {new_q.version}"
    )
    return f"{old.state.name}: {old.cycle} {ARROW} {new.cycle} ({_('questionnaire')} {versions})"


def counts_line(comparison: Comparison, *, gettext: Gettext = _identity) -> str:
    _ = gettext
    counts = comparison.counts()
    total = sum(counts.values())
    pieces = [f"{_(STATUS_NAMES[status])}: {n}" for status, n in counts.items() if n and status is not ItemStatus.UNCHANGED]
    text = _("{changed} of {total} questions differ").format(changed=comparison.changed, total=total)
    text = f"{text} ({', '.join(pieces)})" if pieces else text
    if comparison.carried:
        text += ". " + _("{count} answers carried forward from an earlier cycle are not yet reviewed").format(
            count=comparison.carried
        )
    return text


def value_change(row: ItemComparison, *, gettext: Gettext = _identity) -> str:
    """One line (or block) saying what changed in an item, with [-…-] {+…+} marks."""
    _ = gettext
    empty = _("(no answer)")
    if row.status is ItemStatus.RETIRED_QUESTION:
        kept = f"  [{_('kept in the new response')}]" if row.new_text else ""
        return f"{row.old_text or empty}{kept}"
    if row.status is ItemStatus.NEW_QUESTION:
        return row.new_text or empty
    if row.item_type is ItemType.GROUP and row.rows:
        lines = []
        for change in row.rows:
            if change.kind == "added":
                lines.append(f"{{+{change.new_text}+}}")
            elif change.kind == "removed":
                lines.append(f"[-{change.old_text}-]")
            else:
                lines.append(marked(change.diff))
        return "\n".join(lines)
    if row.item_type in (ItemType.SHORT_TEXT, ItemType.LONG_TEXT, ItemType.MULTI_CHOICE) and row.diff:
        return marked(row.diff)
    return f"{row.old_text or empty} {ARROW} {row.new_text or empty}"


def render_text(
    comparison: Comparison,
    *,
    changes_only: bool = True,
    grid: StatusGrid | None = None,
    gettext: Gettext = _identity,
) -> str:
    _ = gettext
    out = [headline(comparison, gettext=_), counts_line(comparison, gettext=_), ""]
    out.append(_("Summary (questions that differ / questions)"))
    for part in comparison.parts:
        out.append(f"  {part.title}: {part.changed}/{part.total}")
        for section in part.sections:
            out.append(f"    {section.title}: {section.changed}/{section.total}")
    if comparison.norms:
        out += ["", _("Implementation status of the norms")]
        for movement in comparison.norms:
            old = movement.old_label or _("(no answer)")
            new = movement.new_label or _("(no answer)")
            out.append(f"  {movement.norm}: {old} {ARROW} {new} ({_(DIRECTION_NAMES[movement.direction])})")
    if grid is not None and not grid.is_empty:
        out += ["", _("Status of each norm by cycle")] + _grid_lines(grid)
    out += ["", _("Changes") if changes_only else _("All questions")]
    shown = 0
    for part in comparison.parts:
        for section in part.sections:
            rows = [row for row in section.items if row.is_change or not changes_only]
            if not rows:
                continue
            out += ["", f"== {part.title} / {section.title} =="]
            for row in rows:
                renamed = f", {_('formerly')} {row.renamed_from}" if row.renamed_from else ""
                carried = f" ({_('carried forward, not yet reviewed')})" if row.carried else ""
                out.append(f"* {row.label} [{row.item_id}{renamed}]: {_(STATUS_NAMES[row.status])}{carried}")
                if row.status is not ItemStatus.UNCHANGED:
                    out += [f"    {line}" for line in value_change(row, gettext=_).split("\n")]
                elif row.new_text:
                    out += [f"    {line}" for line in row.new_text.split("\n")]
                shown += 1
    if shown == 0:
        out.append(_("No differences."))
    return "\n".join(out) + "\n"


def _grid_lines(grid: StatusGrid) -> list[str]:
    width = max(len(norm) for norm in grid.norms)
    cell = max([4] + [len(level.short) for level in grid.legend])
    lines = [" " * (width + 2) + " ".join(f"{cycle:>{cell}}" for cycle in grid.cycles)]
    for norm in grid.norms:
        cells = [(level.short if level else "-") for level in grid.row(norm)]
        lines.append(f"  {norm:<{width}}" + "".join(f" {c:>{cell}}" for c in cells))
    lines.append("  " + ", ".join(f"{level.short} = {level.label}" for level in grid.legend))
    return lines


# -- JSON ---------------------------------------------------------------------------------------------


def _response_json(response: Any) -> dict[str, Any]:
    return {
        "response_id": response.id,
        "cycle": response.cycle,
        "questionnaire_id": response.questionnaire_id,
        "questionnaire_version": response.questionnaire_version,
        "language": response.language,
    }


def _item_json(row: ItemComparison) -> dict[str, Any]:
    return {
        "id": row.item_id,
        "renamed_from": row.renamed_from,
        "label": row.label,
        "type": row.item_type.value if row.item_type else None,
        "part": row.part_id,
        "section": row.section_id,
        "status": row.status.value,
        "old": row.old_value,
        "new": row.new_value,
        "old_text": row.old_text,
        "new_text": row.new_text,
        "diff": [{"op": segment.op.value, "text": segment.text} for segment in row.diff],
        "rows": [
            {"change": change.kind, "old": change.old_text, "new": change.new_text, "fields": list(change.fields)}
            for change in row.rows
        ],
        "norm": row.norm,
        "movement": row.movement.value if row.movement else None,
        "carried": row.carried,
    }


def to_json(comparison: Comparison, *, grid: StatusGrid | None = None) -> dict[str, Any]:
    state = comparison.new.state
    document: dict[str, Any] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "state": {"code": state.code, "name": state.name},
        "old": _response_json(comparison.old),
        "new": _response_json(comparison.new),
        "changed": comparison.changed,
        "carried_unreviewed": comparison.carried,
        "counts": {status.value: n for status, n in comparison.counts().items()},
        "parts": [
            {
                "id": part.part_id,
                "title": part.title,
                "changed": part.changed,
                "total": part.total,
                "sections": [
                    {
                        "id": section.section_id,
                        "title": section.title,
                        "changed": section.changed,
                        "total": section.total,
                        "counts": {status.value: n for status, n in section.counts.items()},
                    }
                    for section in part.sections
                ],
            }
            for part in comparison.parts
        ],
        "norms": [
            {
                "norm": m.norm,
                "item_id": m.item_id,
                "old": m.old_label or None,
                "new": m.new_label or None,
                "direction": m.direction.value,
            }
            for m in comparison.norms
        ],
        "items": [_item_json(row) for row in comparison.items()],
    }
    if grid is not None:
        document["chart"] = {
            "cycles": list(grid.cycles),
            "norms": [
                {
                    "norm": norm,
                    "title": grid.titles.get(norm, norm),
                    "statuses": [level.value if level else None for level in grid.row(norm)],
                }
                for norm in grid.norms
            ],
            "legend": [{"value": lv.value, "label": lv.label, "short": lv.short, "rank": lv.rank} for lv in grid.legend],
        }
    return document
