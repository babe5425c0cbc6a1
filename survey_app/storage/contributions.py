"""Contributions in the database: the requests a lead sent, the workspaces an agency answers in,
and the merge of a reply (docs/contributions.md). `survey_app.contributions.service` drives them.

Nothing here reads files or knows the questionnaire beyond ids: values arrive checked.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from survey_app.errors import SurveyError
from survey_app.storage import codes
from survey_app.storage.api import KIND_CONTRIBUTION, ReviewState, Value
from survey_app.storage.store import _dump  # one JSON spelling for every column

if TYPE_CHECKING:
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.api import Response, State
    from survey_app.storage.store import Store

log = logging.getLogger(__name__)

SENT = "sent"
CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Request:
    """A request the lead sent from one of its responses."""

    id: str
    response_id: int
    agency: str
    items: tuple[str, ...]
    #: the values sent (item id -> value): what the agency started from
    base: dict[str, Value]
    due: str | None
    message: str
    #: {"context": bool, "include_sensitive": bool, "encrypted": bool}
    options: dict[str, Any]
    sent_at: str
    sent_by: str
    status: str
    #: when the newest merged reply was returned, and who answered it
    returned_at: str | None
    returned_by: str | None
    merged_at: str | None
    #: the values of the newest reply merged (what the lead and the agency last agreed): sent again
    merged_base: dict[str, Value]
    #: per workspace that replied (its uuid): {"returned_at", "values"} of its newest reply merged,
    #: the base of its next reply (two people may answer the same request, or a resent one)
    merged_by_workspace: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    def base_of(self, item_id: str) -> Value:
        """What the lead and the agency last agreed this item was (the merge base)."""
        if item_id in self.merged_base:
            return self.merged_base[item_id]
        return self.base.get(item_id)


@dataclass(frozen=True, slots=True)
class Workspace:
    """On the agency's side: the response answering a request, and the request as received."""

    response_id: int
    request_id: str
    #: the request document as it was read (without the questionnaire it carried)
    request: dict[str, Any]
    opened_at: str
    returned_at: str | None
    #: item id -> a note for the lead, sent with the reply
    reply_notes: dict[str, str]

    @property
    def asked(self) -> tuple[str, ...]:
        return tuple(self.request.get("items") or ())


_REQUEST_COLUMNS = ("id, response_id, agency, items, base, due, message, options, sent_at, sent_by, status,"
                    " returned_at, returned_by, merged_at, merged_base, merged_by_workspace")


def _json(text: str | None, default: Any) -> Any:
    """A JSON column; one another program damaged reads as `default`, and the log says so."""
    try:
        value = json.loads(text) if text else default
    except ValueError:
        log.warning("a contributions column is not JSON (%d characters); read as empty", len(text or ""))
        return default
    if not isinstance(value, type(default)):
        log.warning("a contributions column holds %s, not %s; read as empty", type(value).__name__,
                    type(default).__name__)
        return default
    return value


def _request(row: tuple[Any, ...]) -> Request:
    return Request(
        id=row[0], response_id=row[1], agency=row[2], items=tuple(_json(row[3], [])), base=_json(row[4], {}),
        due=row[5], message=row[6], options=_json(row[7], {}), sent_at=row[8], sent_by=row[9], status=row[10],
        returned_at=row[11], returned_by=row[12], merged_at=row[13], merged_base=_json(row[14], {}),
        merged_by_workspace=_json(row[15], {}),
    )


# -- the lead's side ------------------------------------------------------------------------------
def add_request(store: Store, new: Request) -> Request:
    """Record a request that was sent (its file written)."""
    store.response(new.response_id)
    with store._writing("record the request"), store.db.atomic():
        store.db.execute(
            f"INSERT INTO contributions ({_REQUEST_COLUMNS}) VALUES ({', '.join('?' for _ in range(16))})",
            [new.id, new.response_id, new.agency, _dump(list(new.items)), _dump(dict(new.base)), new.due, new.message,
             _dump(dict(new.options)), new.sent_at, new.sent_by, SENT, None, None, None, "{}", "{}"],
        )
        store._event(new.response_id, "contribution_request", store.user, f"{new.agency}: {len(new.items)}")
    found = request(store, new.id)
    assert found is not None
    return found


def requests(store: Store, response_id: int) -> list[Request]:
    """The requests sent from a response, oldest first."""
    rows = store.db.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM contributions WHERE response_id = ? ORDER BY sent_at, rowid", [response_id]
    ).fetchall()
    return [_request(row) for row in rows]


def request(store: Store, request_id: str) -> Request | None:
    row = store.db.execute(f"SELECT {_REQUEST_COLUMNS} FROM contributions WHERE id = ?", [request_id]).fetchone()
    return _request(row) if row else None


def set_request_status(store: Store, request_id: str, status: str) -> Request:
    found = request(store, request_id)
    if found is None:
        raise SurveyError(codes.BAD_INPUT, "request {request}: there is no such request.", values={"request": request_id})
    with store._writing("change the request"), store.db.atomic():
        store.db.execute("UPDATE contributions SET status = ? WHERE id = ?", [status, request_id])
        store._event(found.response_id, f"contribution_{status}", store.user, found.agency)
    return request(store, request_id) or found


def sections_out(store: Store, response_id: int) -> dict[str, list[str]]:
    """item id -> agencies it is out with (requests sent and not merged nor cancelled)."""
    out: dict[str, list[str]] = {}
    for found in requests(store, response_id):
        if found.status == SENT and not found.merged_at:
            for item_id in found.items:
                out.setdefault(item_id, []).append(found.agency)
    return out


def apply_merge(
    store: Store, response_id: int, request_id: str, writes: Mapping[str, Value], *, who: Mapping[str, str],
    source: Mapping[str, Any], merged_base: Mapping[str, Value], merged_by_workspace: Mapping[str, Any],
    returned_at: str, returned_by: str, expected: Mapping[str, Value],
) -> None:
    """Write a merged reply: every answer, its history (with where it came from; `who` by item) and
    the request's new merge base, in one transaction taken after a backup. All or nothing."""
    from survey_app.storage.store import now

    store._check_editable(response_id, writes)
    for item_id, value in writes.items():
        store.check_storable(item_id, value)
    if any(edit.response_id == response_id for edit in store.pending()):
        raise SurveyError(codes.EDITS_WAITING, "response {response_id}: an edit is waiting to be saved; save it "
                          "(Retry) before merging.", values={"response_id": response_id})
    store.backup(reason="before-merge")
    at = now()
    source_text = _dump(dict(source))
    with store._writing("merge the contribution"), store.db.atomic():
        now_values = store.values(response_id)
        changed = sorted(item_id for item_id, value in expected.items() if now_values.get(item_id) != value)
        if changed:  # edited between the plan and now (another window, a retried edit)
            raise SurveyError(codes.CHANGED_SINCE, "{items}: changed since the merge was planned; merge the reply "
                              "again to see the answers as they are now.", values={"items": ", ".join(changed[:5])})
        for item_id, value in writes.items():
            store._write_value(response_id, item_id, value, who.get(item_id) or store.user, "contribution",
                               ReviewState.CURRENT, at, source_text)
        store.db.execute(
            "UPDATE contributions SET merged_at = ?, merged_base = ?, merged_by_workspace = ?, returned_at = ?,"
            " returned_by = ? WHERE id = ?",
            [at, _dump(dict(merged_base)), _dump(dict(merged_by_workspace)), returned_at, returned_by, request_id],
        )
        store.db.execute("UPDATE responses SET updated_at = ? WHERE id = ?", [at, response_id])
        store._event(response_id, "contribution_merge", store.user, f"{source.get('agency', '')}: {len(writes)}")


# -- the agency's side ----------------------------------------------------------------------------
def create_workspace(
    store: Store, *, state: State, cycle: int, questionnaire: Questionnaire, language: str, request_id: str,
    request_document: Mapping[str, Any], values: Mapping[str, Value], sent_by: str,
) -> Response:
    """A new response answering a request: the values received (asked and context; their history
    says the lead, `sent_by`, wrote them) and the request, written in one transaction."""
    from survey_app.storage.store import now

    row = store.response_row(state=state, cycle=cycle, questionnaire=questionnaire, language=language,
                             kind=KIND_CONTRIBUTION)
    row["answerable_items"] = _dump(list(request_document.get("items") or ()))  # progress: the items asked
    for item_id, value in values.items():
        store.check_storable(item_id, value)
    at = now()
    with store._writing("open the contribution"), store.db.atomic():
        response_id = store._insert_response(row)
        for item_id, value in values.items():
            if value is not None:
                store._write_value(response_id, item_id, value, sent_by or store.user, "contribution_base",
                                   ReviewState.CURRENT, at)
        store.db.execute(
            "INSERT INTO workspaces (response_id, request_id, request, opened_at) VALUES (?, ?, ?, ?)",
            [response_id, request_id, _dump(dict(request_document)), at],
        )
    return store.response(response_id)


def workspace(store: Store, response_id: int) -> Workspace | None:
    row = store.db.execute(
        "SELECT response_id, request_id, request, opened_at, returned_at, reply_notes FROM workspaces"
        " WHERE response_id = ?", [response_id],
    ).fetchone()
    if row is None:
        return None
    return Workspace(row[0], row[1], _json(row[2], {}), row[3], row[4], _json(row[5], {}))


def workspace_for_request(store: Store, request_id: str, *, include_deleted: bool = False) -> int | None:
    """The workspace already answering this request, if any (a deleted one only if asked)."""
    row = store.db.execute(
        "SELECT w.response_id FROM workspaces w JOIN responses r ON r.id = w.response_id"
        " WHERE w.request_id = ? AND (r.deleted = 0 OR ?) ORDER BY r.deleted, w.response_id DESC",
        [request_id, int(include_deleted)],
    ).fetchone()
    return row[0] if row else None


def asked_items(store: Store, response_id: int) -> frozenset[str]:
    found = workspace(store, response_id)
    return frozenset(found.asked) if found else frozenset()


def set_reply_note(store: Store, response_id: int, item_id: str, text: str) -> None:
    """A note for the lead on one asked item, sent with the reply ("" removes it)."""
    from survey_app import limits

    found = workspace(store, response_id)
    if found is None:
        raise SurveyError(codes.BAD_INPUT, "response {response_id}: this response is not a contribution.",
                          values={"response_id": response_id})
    if len(str(text)) > limits.CONTRIBUTION_MESSAGE_CHARS:
        raise SurveyError(codes.BAD_INPUT, "{item}: the note is {count} characters long; at most {limit}.",
                          values={"item": item_id, "count": len(str(text)), "limit": limits.CONTRIBUTION_MESSAGE_CHARS})
    if item_id not in found.asked:
        raise SurveyError(codes.NOT_ASKED, "{items}: the lead did not ask your agency to answer this; it is "
                          "shown for context only.", values={"items": item_id})
    notes = dict(found.reply_notes)
    text = str(text).strip()
    if text:
        notes[item_id] = text
    else:
        notes.pop(item_id, None)
    with store._writing("save the note"), store.db.atomic():
        store.db.execute("UPDATE workspaces SET reply_notes = ? WHERE response_id = ?", [_dump(notes), response_id])


def mark_returned(store: Store, response_id: int, at: str) -> None:
    with store._writing("record the reply"), store.db.atomic():
        store.db.execute("UPDATE workspaces SET returned_at = ? WHERE response_id = ?", [at, response_id])
        store._event(response_id, "contribution_return", store.user)


# -- removing personal data -----------------------------------------------------------------------
def purge_items(conn: Any, response_id: int, item_ids: list[str]) -> None:
    """Remove these items' values from the requests and workspaces of a response (personal data
    removed on request must not survive in what was sent or received). Files without the tables
    (an older backup) are left as they are."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    paths = [f'$."{item_id}"' for item_id in item_ids if '"' not in item_id and "\\" not in item_id]
    if not paths:
        return
    marks = ", ".join("?" for _ in paths)
    if "contributions" in tables:
        conn.execute(f"UPDATE contributions SET base = json_remove(base, {marks}), "
                     f"merged_base = json_remove(merged_base, {marks}) WHERE response_id = ?",
                     [*paths, *paths, response_id])
        rows = conn.execute("SELECT id, merged_by_workspace FROM contributions WHERE response_id = ?", [response_id])
        for request_id, text in rows.fetchall():
            per_workspace = _json(text, {})
            for entry in per_workspace.values():
                if isinstance(entry, dict) and isinstance(entry.get("values"), dict):
                    for item_id in item_ids:
                        entry["values"].pop(item_id, None)
            conn.execute("UPDATE contributions SET merged_by_workspace = ? WHERE id = ?",
                         [_dump(per_workspace), request_id])
    if "workspaces" in tables:
        nested = [f'$.{part}."{item_id}"' for part in ("base", "context") for item_id in item_ids
                  if '"' not in item_id and "\\" not in item_id]
        conn.execute(f"UPDATE workspaces SET request = json_remove(request, {', '.join('?' for _ in nested)}),"
                     f" reply_notes = json_remove(reply_notes, {marks}) WHERE response_id = ?",
                     [*nested, *paths, response_id])


def holds_items(conn: Any, response_id: int, item_ids: list[str]) -> bool:
    """Whether the requests or workspaces of a response still hold values of these items."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for item_id in item_ids:
        if '"' in item_id or "\\" in item_id:
            return True  # cannot be named in a JSON path: assume the worst
        path = f'$."{item_id}"'
        if "contributions" in tables and conn.execute(
                "SELECT 1 FROM contributions WHERE response_id = ? AND (json_type(base, ?) IS NOT NULL"
                " OR json_type(merged_base, ?) IS NOT NULL OR EXISTS (SELECT 1 FROM json_each(merged_by_workspace) w"
                " WHERE json_type(w.value, ?) IS NOT NULL)) LIMIT 1",
                [response_id, path, path, f'$.values."{item_id}"']).fetchone():
            return True
        if "workspaces" in tables and conn.execute(
                "SELECT 1 FROM workspaces WHERE response_id = ? AND (json_type(request, ?) IS NOT NULL"
                " OR json_type(request, ?) IS NOT NULL OR json_type(reply_notes, ?) IS NOT NULL) LIMIT 1",
                [response_id, f'$.base."{item_id}"', f'$.context."{item_id}"', path]).fetchone():
            return True
    return False
