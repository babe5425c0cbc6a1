"""The contribution workflow on a `Store`: request, open, reply, merge (docs/contributions.md).

The lead: `make_request` records a request and gives its document; `request_document` builds it
again to send it again; `cancel`. The agency: `open_request` makes (or finds) the workspace that
answers it; `make_reply`. The lead again: `plan_merge` reads a reply against the request and the
answers now, `apply_merge` writes the plan in one transaction after a backup.

Every value read from a file is checked against the questionnaire (old ids follow `replaces`)
before a plan is made or a workspace created; a problem refuses the whole file, nothing written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from survey_app import limits
from survey_app.contributions import codes, fileformat, merge
from survey_app.contributions.merge import Choice, MergePlan, Outcome, plan
from survey_app.errors import Diagnostic, SurveyError
from survey_app.questionnaire.model import Role
from survey_app.storage import contributions as db
from survey_app.storage.api import State, Status

if TYPE_CHECKING:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.questionnaire.model import Questionnaire
    from survey_app.storage.api import Response
    from survey_app.storage.store import Store


class ContributionRejected(SurveyError):
    """A file whose answers do not fit the questionnaire; `problems` lists every one."""

    def __init__(self, name: str, problems: list[Diagnostic]):
        self.problems = problems
        super().__init__(codes.REJECTED, "{name}: the file holds answers that are not valid ({count}); nothing was "
                         "changed.", values={"name": name, "count": len(problems)})

    def __str__(self) -> str:
        lines = "\n".join(f"  - {problem}" for problem in self.problems[:50])
        return f"{super().__str__()}\n{lines}"


# -- the lead: requests -----------------------------------------------------------------------------
def agency_suggestions(store: Store, response_id: int, questionnaire: Questionnaire) -> list[str]:
    """Agencies already named in the response (lead ministry, contributors: one per line), then
    those asked before, without repeats."""
    values = store.values(response_id)
    names: list[str] = []
    for role in (Role.CONTRIBUTING_AGENCIES, Role.LEAD_MINISTRY):
        for item in questionnaire.with_role(role):
            text = values.get(item.id)
            if isinstance(text, str):
                names += [line.strip(" \t-•*") for line in text.splitlines()]
    names += [found.agency for found in db.requests(store, response_id)]
    seen: set[str] = set()
    unique = []
    for name in names:
        name = " ".join(name.split())[:limits.AGENCY_NAME_CHARS]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique


@dataclass(frozen=True, slots=True)
class Selection:
    """The items a request asks, and the personal-data items left out of it."""

    items: tuple[str, ...]
    left_out: tuple[str, ...] = ()


def select_items(
    questionnaire: Questionnaire, *, items: Iterable[str] = (), sections: Iterable[str] = (),
    include_sensitive: bool = False,
) -> Selection:
    """The answerable items of `sections` and the `items` named, in questionnaire order. Personal-data
    items of a section are left out unless `include_sensitive`; one named on its own needs it."""
    wanted = {str(i).strip() for i in items if str(i).strip()}
    section_ids = {str(s).strip() for s in sections if str(s).strip()}
    known_sections = {section.id for _part, section in questionnaire.sections()}
    unknown = sorted(section_ids - known_sections)
    if unknown:
        raise SurveyError(codes.BAD_REQUEST, "{sections}: the questionnaire has no such section.",
                          values={"sections": ", ".join(unknown[:5])})
    unknown = sorted(i for i in wanted if not questionnaire.has_item(i) or not questionnaire.item(i).has_value)
    if unknown:
        raise SurveyError(codes.BAD_REQUEST, "{items}: the questionnaire has no such question.",
                          values={"items": ", ".join(unknown[:5])})
    personal = sorted(i for i in wanted if questionnaire.item(i).is_personal)
    if personal and not include_sensitive:
        raise SurveyError(codes.BAD_REQUEST, "{items}: this question holds personal data; include personal data "
                          "in the request to ask it.", values={"items": ", ".join(personal[:5])})
    chosen: list[str] = []
    left_out: list[str] = []
    for _part, section, item in questionnaire.walk():
        if not item.has_value:
            continue
        if item.id in wanted:
            chosen.append(item.id)
        elif section.id in section_ids:
            (chosen if include_sensitive or not item.is_personal else left_out).append(item.id)
    if not chosen:
        raise SurveyError(codes.BAD_REQUEST, "the request asks no question: choose at least one section or question.")
    return Selection(tuple(chosen), tuple(left_out))


def identity(response: Response) -> dict[str, Any]:
    return {"uuid": response.uuid, "state": {"code": response.state.code, "name": response.state.name},
            "cycle": response.cycle, "questionnaire": response.questionnaire_id,
            "questionnaire_version": response.questionnaire_version, "language": response.language}


def make_request(
    store: Store, response_id: int, questionnaire: Questionnaire, *, agency: str, selection: Selection,
    due: str | None = None, message: str = "", context: bool = False, include_sensitive: bool = False,
    encrypted: bool = False, deliver: Callable[[dict[str, Any]], object] | None = None,
) -> tuple[db.Request, dict[str, Any]]:
    """Make a request's document, give it to `deliver` (which writes the file), then record the
    request: a file that could not be written leaves no request behind."""
    agency = " ".join(str(agency).split())
    if not agency or len(agency) > limits.AGENCY_NAME_CHARS:
        raise SurveyError(codes.BAD_REQUEST, "the agency's name must be given, in at most {limit} characters.",
                          values={"limit": limits.AGENCY_NAME_CHARS})
    message = str(message).strip()
    if len(message) > limits.CONTRIBUTION_MESSAGE_CHARS:
        raise SurveyError(codes.BAD_REQUEST, "the message is {count} characters long; at most {limit}.",
                          values={"count": len(message), "limit": limits.CONTRIBUTION_MESSAGE_CHARS})
    if due is not None:
        try:
            due = dt.date.fromisoformat(str(due)).isoformat()
        except ValueError:
            raise SurveyError(codes.BAD_REQUEST, "{due}: write the due date as YYYY-MM-DD, e.g. 2027-03-31.",
                              values={"due": str(due)[:40]}) from None
    if store.response(response_id).is_contribution:
        raise SurveyError(codes.BAD_REQUEST, "this response is itself a contribution to another ministry's "
                          "response; requests are sent from the lead's response.")
    from survey_app.storage.store import now

    values = store.values(response_id)
    base = {item_id: values[item_id] for item_id in selection.items if item_id in values}
    options = {"context": bool(context), "include_sensitive": bool(include_sensitive), "encrypted": bool(encrypted)}
    pending = db.Request(id=str(uuid.uuid4()), response_id=response_id, agency=agency, items=tuple(selection.items),
                         base=base, due=due, message=message, options=options, sent_at=now(), sent_by=store.user,
                         status=db.SENT, returned_at=None, returned_by=None, merged_at=None, merged_base={})
    document = request_document(store, pending, questionnaire)
    if deliver is not None:
        deliver(document)
    return db.add_request(store, pending), document


def request_document(store: Store, request: db.Request, questionnaire: Questionnaire) -> dict[str, Any]:
    """The file of a request (again the same base when sent again; context as it is now)."""
    response = store.response(request.response_id)
    values = store.values(request.response_id)
    include_sensitive = bool(request.options.get("include_sensitive"))
    context: dict[str, Any] = {}
    if request.options.get("context"):
        asked = set(request.items)
        for item in questionnaire.answerable_items():
            if item.id in values and item.id not in asked and (include_sensitive or not item.is_personal):
                context[item.id] = values[item.id]
    lead = ""
    for item in questionnaire.with_role(Role.LEAD_MINISTRY):
        lead = str(values.get(item.id) or "")
    return {
        "format": fileformat.FORMAT, "format_version": fileformat.FORMAT_VERSION, "kind": fileformat.REQUEST,
        "request_id": request.id, "response": identity(response),
        "lead": {"ministry": lead, "sent_by": request.sent_by, "sent_at": request.sent_at},
        "agency": request.agency, "due": request.due, "message": request.message,
        "items": list(request.items), "base": dict(request.base), "context": context,
        "include_sensitive": include_sensitive,
        "encrypt_reply": bool(request.options.get("encrypted")),
        "questionnaire_file": _questionnaire_file(questionnaire),
    }


def _questionnaire_file(questionnaire: Questionnaire) -> dict[str, str] | None:
    """A questionnaire the user added travels inside the request; a bundled one does not."""
    from survey_app import resources

    if not questionnaire.path:
        return None
    path = Path(questionnaire.path)
    try:
        bundled = resources.questionnaires_dir().resolve()
        if path.resolve().is_relative_to(bundled):
            return None
        data = path.read_bytes()
        if len(data) > limits.USER_QUESTIONNAIRE_FILE_BYTES:
            raise ValueError(f"larger than {limits.USER_QUESTIONNAIRE_FILE_BYTES} bytes")
        return {"name": path.name, "text": data.decode("utf-8")}
    except (OSError, ValueError) as exc:  # it was read when the response opened: changed since
        raise SurveyError(codes.QUESTIONNAIRE, "{path}: the questionnaire of this response cannot be sent with the "
                          "request ({reason}).", values={"path": path, "reason": exc}) from None


def cancel(store: Store, request_id: str) -> db.Request:
    return db.set_request_status(store, request_id, db.CANCELLED)


def send_again(store: Store, request_id: str, questionnaire: Questionnaire, *,
               deliver: Callable[[dict[str, Any]], object] | None = None) -> dict[str, Any]:
    """The request's file again (the same request; as base the values agreed so far), given to
    `deliver`; a cancelled request is active again once it was delivered."""
    found = db.request(store, request_id)
    if found is None:
        raise SurveyError(codes.UNKNOWN_REQUEST, "request {request}: there is no such request.",
                          values={"request": request_id})
    agreed = {item_id: found.base_of(item_id) for item_id in found.items if found.base_of(item_id) is not None}
    document = request_document(store, dataclasses.replace(found, base=agreed), questionnaire)
    if deliver is not None:
        deliver(document)
    if found.cancelled:  # active again once its file is written
        db.set_request_status(store, request_id, db.SENT)
    return document


# -- checking values from a file --------------------------------------------------------------------
def _checked(values: Mapping[str, Any], questionnaire: Questionnaire, *, name: str, language: str,
             answer_language: str) -> dict[str, Any]:
    """Values by current item id (old ids follow `replaces`), each checked and normalised; any
    problem refuses the whole file."""
    from survey_app.storage import exchange

    present = {k: v for k, v in values.items() if v is not None}
    document = {"format": exchange.FORMAT, "format_version": exchange.FORMAT_VERSION, "answers": present}
    checked, problems = exchange.check_document(document, questionnaire, language=language,
                                                answer_language=answer_language)
    if problems:
        raise ContributionRejected(name, problems)
    replacements = questionnaire.replacements()
    for raw_id, value in values.items():
        if value is None:
            item_id = replacements.get(raw_id, raw_id)
            if not questionnaire.has_item(item_id) or not questionnaire.item(item_id).has_value:
                raise ContributionRejected(name, [Diagnostic(codes.REJECTED, exchange.Severity.ERROR,
                                                             f"{raw_id[:80]}: the questionnaire has no such question.",
                                                             template="the questionnaire has no such question.",
                                                             subject=raw_id[:80])])
            checked.setdefault(item_id, None)
    return checked


def _mapped_ids(ids: Iterable[str], questionnaire: Questionnaire) -> list[str]:
    replacements = questionnaire.replacements()
    return [replacements.get(i, i) for i in ids]


# -- the agency: opening a request, replying ---------------------------------------------------------
def open_request(store: Store, document: Mapping[str, Any], catalog: Catalog, *, name: str,
                 language: str = "en") -> tuple[Response, bool]:
    """(the workspace answering the request, whether it was created now). Opening the same request
    again gives the same workspace, with the agency's answers as they are. Everything is checked
    before anything is written: the database, and the questionnaire the file may carry."""
    if document.get("kind") != fileformat.REQUEST:
        raise SurveyError(codes.WRONG_KIND, "{name}: this is a reply to a request; merge it into the lead's "
                          "response (Merge a contribution…).", values={"name": name})
    sent_here = db.request(store, document["request_id"])
    if sent_here is not None:
        raise SurveyError(codes.WRONG_KIND, "{name}: this request was sent from this database (response "
                          "{response_id}); the agency opens it in its own application.",
                          values={"name": name, "response_id": sent_here.response_id})
    existing = db.workspace_for_request(store, document["request_id"], include_deleted=True)
    if existing is not None:
        if store.is_deleted(existing):  # deleted by mistake: its answers come back, never a second copy
            store.undelete_response(existing)
        return store.response(existing), False
    header = document["response"]
    questionnaire, carried = _request_questionnaire(catalog, document, name=name)
    answer_language = header["language"]
    originals = list(dict.fromkeys(document["items"]))
    items = _mapped_ids(originals, questionnaire)
    unknown = [i for i in items if not questionnaire.has_item(i) or not questionnaire.item(i).has_value]
    if unknown:
        raise SurveyError(codes.QUESTIONNAIRE, "{name}: the request asks {items}, which questionnaire {questionnaire} "
                          "{version} does not have.", values={"name": name, "items": ", ".join(unknown[:5]),
                                                              "questionnaire": questionnaire.id,
                                                              "version": questionnaire.version})
    base = _checked(document["base"], questionnaire, name=name, language=language, answer_language=answer_language)
    context = _checked(document.get("context") or {}, questionnaire, name=name, language=language,
                       answer_language=answer_language)
    stray = sorted(set(base) - set(items))
    if stray:
        raise SurveyError(codes.DAMAGED, "{name}: the file sends answers to {items}, which it does not ask.",
                          values={"name": name, "items": ", ".join(stray[:5])})
    if not document.get("include_sensitive"):
        personal = sorted(i for i in {*items, *context} if questionnaire.item(i).is_personal)
        if personal:
            raise SurveyError(codes.DAMAGED, "{name}: the file holds personal data ({items}) although it says it "
                              "does not.", values={"name": name, "items": ", ".join(personal[:5])})
    received = {key: value for key, value in document.items() if key != "questionnaire_file"}
    # the reply answers under the ids the lead asked (its questionnaire may not know newer ones)
    received.update(items=items, base=base, context=context, reply_ids=dict(zip(items, originals)))
    state = _state(header["state"], name)
    values = {**{k: v for k, v in context.items() if k not in base}, **base}
    response = db.create_workspace(store, state=state, cycle=header["cycle"], questionnaire=questionnaire,
                                   language=answer_language, request_id=document["request_id"],
                                   request_document=received, values=values,
                                   sent_by=document["lead"].get("sent_by") or document["lead"].get("ministry") or "")
    if carried is not None:  # kept for the next time the workspace opens (exact id and version only)
        catalog.install_received(carried, questionnaire)
    return response, True


def _state(state: Mapping[str, Any], name: str) -> State:
    """The State as `survey-app new` stores it: the name cleaned, the code absent or the known code
    of that name."""
    from survey_app.storage.states import clean_state_name, is_state_code, resolve_state

    try:
        cleaned = clean_state_name(state["name"])
    except ValueError as exc:
        raise SurveyError(codes.DAMAGED, "{name}: the State's name cannot be used ({reason}).",
                          values={"name": name, "reason": exc}) from None
    code = state.get("code")
    named = resolve_state(cleaned).code
    if code is not None and (not is_state_code(code) or named != code):
        raise SurveyError(codes.DAMAGED, "{name}: the State's code, {code}, is not the code of the State named "
                          "{state}.", values={"name": name, "code": repr(code)[:20], "state": cleaned[:80]})
    return State(named if code is None else code, cleaned)


def _request_questionnaire(catalog: Catalog, document: Mapping[str, Any], *,
                           name: str) -> tuple[Questionnaire, bytes | None]:
    """The questionnaire of the request, and the bytes to keep when it is the one the file carries
    (checked here, in memory; `open_request` keeps it once everything else passed). Else the
    newest installed version of it."""
    from survey_app.questionnaire.loader import load

    header = document["response"]
    qid, version = header["questionnaire"], header["questionnaire_version"]
    if catalog.has(qid, version):
        return catalog.get(qid, version), None
    carried = document.get("questionnaire_file")
    if carried:
        data = carried["text"].encode("utf-8", "surrogatepass")
        if len(data) > limits.USER_QUESTIONNAIRE_FILE_BYTES:
            raise SurveyError(codes.QUESTIONNAIRE, "{name}: the questionnaire the file carries is larger than {limit} "
                              "MB.", values={"name": name, "limit": limits.USER_QUESTIONNAIRE_FILE_BYTES // limits.MIB})
        result = load(Path("received.yaml"), data=data, use_cache=False)
        if result.questionnaire is None:
            first = next((d for d in result.diagnostics if d.is_error), None)
            raise SurveyError(codes.QUESTIONNAIRE, "{name}: the questionnaire the file carries cannot be used: "
                              "{reason}", values={"name": name, "reason": first.message if first else "?"})
        found = " ".join((result.questionnaire.id, result.questionnaire.version))
        if found != " ".join((qid, version)):
            raise SurveyError(codes.QUESTIONNAIRE, "{name}: the questionnaire the file carries is {found}, not "
                              "{expected}.", values={"name": name, "found": found, "expected": " ".join((qid, version))})
        return result.questionnaire, data
    if catalog.has(qid):
        return catalog.get(qid), None
    raise SurveyError(codes.QUESTIONNAIRE, "{name}: questionnaire {questionnaire} {version} is not installed and "
                      "the file does not carry it.", values={"name": name, "questionnaire": qid, "version": version})


def workspace_of(store: Store, response_id: int) -> db.Workspace:
    found = db.workspace(store, response_id)
    if found is None or store.is_deleted(response_id):
        raise SurveyError(codes.NOT_WORKSPACE, "response {response_id} is not a contribution to another "
                          "ministry's response.", values={"response_id": response_id})
    return found


def make_reply(store: Store, response_id: int) -> dict[str, Any]:
    """The reply document of a workspace: every asked item (unanswered ones as null), when and by
    whom each was last edited, and the notes for the lead. Once its file is written, `returned`
    records it (a reply that could not be written was not returned)."""
    from survey_app.storage.store import now

    workspace = workspace_of(store, response_id)
    response = store.response(response_id)
    answers = store.answers(response_id)
    request = workspace.request
    reply_ids = request.get("reply_ids") if isinstance(request.get("reply_ids"), dict) else {}
    replies = {}
    for item_id in workspace.asked:
        answer = answers.get(item_id)
        replies[reply_ids.get(item_id, item_id)] = {"value": answer.value if answer else None,
                                                    "updated_at": answer.updated_at if answer else None,
                                                    "updated_by": answer.updated_by if answer else None}
    returned_at = now()
    document = {
        "format": fileformat.FORMAT, "format_version": fileformat.FORMAT_VERSION, "kind": fileformat.REPLY,
        "request_id": workspace.request_id, "response": request["response"], "agency": request["agency"],
        "workspace": response.uuid, "answered_by": store.user, "returned_at": returned_at,
        "questionnaire_version": response.questionnaire_version,
        "base": {reply_ids.get(k, k): v for k, v in (request.get("base") or {}).items()}, "answers": replies,
        "notes": {reply_ids.get(k, k): v for k, v in workspace.reply_notes.items() if k in workspace.asked},
    }
    return document


def returned(store: Store, response_id: int, document: Mapping[str, Any]) -> None:
    """Record that a reply made by `make_reply` was written for the lead."""
    db.mark_returned(store, response_id, document["returned_at"])


# -- the lead: merging a reply ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MergeContext:
    """A reply read against its request: the plan, and what to record with the merged answers."""

    response_id: int
    request: db.Request
    agency: str
    answered_by: str
    returned_at: str
    plan: MergePlan
    #: the uuid of the agency's workspace that replied ("" for a reply without one)
    workspace: str = ""
    #: the agency's notes for the lead, by item id
    notes: dict[str, str] = field(default_factory=dict)
    #: the reply's values (the next merge base of this request)
    theirs: dict[str, Any] = field(default_factory=dict)
    #: when and by whom each answer was last edited in the agency
    edited: dict[str, tuple[str, str]] = field(default_factory=dict)


def plan_merge(store: Store, response_id: int, document: Mapping[str, Any], questionnaire: Questionnaire, *,
               name: str, language: str = "en") -> MergeContext:
    """Check a reply against the response and its request, and plan the three-way merge per item."""
    if document.get("kind") != fileformat.REPLY:
        raise SurveyError(codes.WRONG_KIND, "{name}: this is a request, not a reply; open it with Open "
                          "contribution… in the agency's application.", values={"name": name})
    response = store.response(response_id)
    header = document["response"]
    if header.get("uuid") != response.uuid:
        state = header.get("state") or {}
        raise SurveyError(codes.OTHER_RESPONSE, "{name}: this reply is for another response ({state}, {cycle}), not "
                          "for response {response_id} ({this_state}, {this_cycle}).",
                          values={"name": name, "state": str(state.get("name"))[:80], "cycle": header.get("cycle"),
                                  "response_id": response_id, "this_state": response.state.name,
                                  "this_cycle": response.cycle})
    request = db.request(store, document["request_id"])
    if request is None or request.response_id != response_id:
        raise SurveyError(codes.UNKNOWN_REQUEST, "{name}: this reply answers a request that response {response_id} "
                          "did not send (request {request}).",
                          values={"name": name, "response_id": response_id, "request": document["request_id"][:40]})
    if request.cancelled:
        raise SurveyError(codes.CANCELLED, "{name}: the request to {agency} sent on {sent} was cancelled; send it "
                          "again to merge this reply.", values={"name": name, "agency": request.agency,
                                                                "sent": request.sent_at[:10]})
    if response.status is Status.FINAL:
        raise SurveyError(codes.BAD_REQUEST, "response {response_id} is final; reopen it (Reopen for editing…, above "
                          "the form) before merging a contribution.", values={"response_id": response_id})
    returned_at = document["returned_at"]
    returned = _instant(returned_at, name)
    workspace = document["workspace"]
    earlier = request.merged_by_workspace.get(workspace)
    earlier = earlier if isinstance(earlier, dict) else None
    if earlier and isinstance(earlier.get("returned_at"), str) and returned < _instant(earlier["returned_at"], name):
        raise SurveyError(codes.OLDER_REPLY, "{name}: this reply was returned on {returned}; a newer one (returned "
                          "on {newest}) was merged already.", values={"name": name, "returned": returned_at[:16],
                                                                       "newest": earlier["returned_at"][:16]})
    raw = {str(item_id): entry.get("value") for item_id, entry in document["answers"].items()}
    theirs = _checked(raw, questionnaire, name=name, language=language, answer_language=response.language)
    asked = _mapped_ids(request.items, questionnaire)
    not_asked = sorted(set(theirs) - set(asked))
    if not_asked:
        raise SurveyError(codes.DAMAGED, "{name}: the reply answers {items}, which the request did not ask.",
                          values={"name": name, "items": ", ".join(not_asked[:5])})
    base = _merge_base(request, earlier, document, questionnaire, name=name, language=language,
                       answer_language=response.language)
    mine = store.values(response_id)
    replacements = questionnaire.replacements()
    order = [item.id for item in questionnaire.answerable_items() if item.id in set(asked) and item.id in theirs]
    merge_plan = plan((item_id, base.get(item_id), mine.get(item_id), theirs[item_id],
                       bool(questionnaire.item(item_id).items)) for item_id in order)
    notes = {replacements.get(k, k): v for k, v in (document.get("notes") or {}).items()}
    edited = {}
    for item_id, entry in document["answers"].items():
        at, by = entry.get("updated_at"), entry.get("updated_by")
        if isinstance(at, str) and isinstance(by, str):
            edited[replacements.get(item_id, item_id)] = (at[:40], by[:limits.USER_NAME_CHARS])
    return MergeContext(response_id, request, request.agency, document["answered_by"], returned_at, merge_plan,
                        workspace, notes, {item_id: theirs[item_id] for item_id in order}, edited)


def _merge_base(request: db.Request, earlier: Mapping[str, Any] | None, document: Mapping[str, Any],
                questionnaire: Questionnaire, **check: Any) -> dict[str, Any]:
    """Per item, what the reply's workspace started from: the values of its own reply merged last
    (a second reply shows only what changed since), else the base the reply says it started from
    when the lead did send that value (the request, or a resend of the values agreed since), else
    the values last agreed. Keys follow `replaces`, the values agreed last winning."""
    replacements = questionnaire.replacements()

    def mapped(values: Mapping[str, Any]) -> dict[str, Any]:
        return {replacements.get(k, k): v for k, v in values.items()}

    sent, agreed = mapped(request.base), {**mapped(request.base), **mapped(request.merged_base)}
    claimed = _checked(document.get("base") or {}, questionnaire, **check)
    base: dict[str, Any] = {}
    for item_id in _mapped_ids(request.items, questionnaire):
        value = claimed.get(item_id)
        if merge.same_value(value, sent.get(item_id)) or merge.same_value(value, agreed.get(item_id)):
            base[item_id] = value
        else:
            base[item_id] = agreed.get(item_id)
    if earlier and isinstance(earlier.get("values"), Mapping):
        base.update(mapped(earlier["values"]))
    return base


def _instant(text: str, name: str) -> dt.datetime:
    """A moment written by `now()` (or any ISO date and time) as an instant in UTC; a date without a
    time zone, or one in the future, is refused (a reply dated far ahead would block the real ones)."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None or moment > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise SurveyError(codes.DAMAGED, "{name}: the reply's date, {date}, is not a date and time of the past with "
                          "its time zone.", values={"name": name, "date": text[:40]})
    return moment.astimezone(dt.UTC)


def _reply_entry(context: MergeContext) -> dict[str, Any]:
    """What the request records of a workspace's reply once merged (the base of its next reply)."""
    return {"returned_at": context.returned_at, "values": context.theirs}


def merged_already(context: MergeContext) -> bool:
    """This very reply was merged before: merging it again would write nothing."""
    return (context.request.merged_by_workspace.get(context.workspace) == _reply_entry(context)
            and not context.plan.conflicts and not context.plan.writes())


def apply_merge(store: Store, context: MergeContext, merge_plan: MergePlan | None = None) -> dict[str, Any]:
    """Write a (resolved) plan: one transaction after a backup. Returns what was written."""
    merge_plan = merge_plan or context.plan
    writes = merge_plan.writes()  # ValueError while a conflict is unresolved
    merged_base = {**context.request.merged_base, **context.theirs}
    entry = _reply_entry(context)
    if not writes and context.request.merged_by_workspace.get(context.workspace) == entry:
        return {}  # this reply was merged already (`merged_already`): nothing changes, not even the dates
    by_workspace = {**context.request.merged_by_workspace, context.workspace: entry}
    expected = {item.item_id: item.mine for item in merge_plan.items if item.item_id in writes}
    source = {"agency": context.agency, "request": context.request.id, "requested": context.request.sent_at,
              "returned": context.returned_at, "answered_by": context.answered_by}
    combined = {item.item_id for item in merge_plan.items if item.resolution is Choice.EDITED}
    who = {item_id: f"{context.edited.get(item_id, ('', context.answered_by))[1]} ({context.agency})"
           [:limits.USER_NAME_CHARS] for item_id in writes if item_id not in combined}  # else: the lead
    db.apply_merge(store, context.response_id, context.request.id, writes, who=who, source=source,
                   merged_base=merged_base, merged_by_workspace=by_workspace, returned_at=context.returned_at,
                   returned_by=context.answered_by, expected=expected)
    return writes


def resolved(merge_plan: MergePlan, mode: str) -> MergePlan:
    """--conflicts mine|theirs: every conflict resolved that way ("fail" leaves the plan as it is)."""
    if mode == "mine":
        return merge_plan.resolve_all(Choice.MINE)
    if mode == "theirs":
        return merge_plan.resolve_all(Choice.THEIRS)
    return merge_plan


__all__ = ["ContributionRejected", "MergeContext", "Outcome", "Selection", "agency_suggestions", "apply_merge",
           "cancel", "make_reply", "make_request", "merged_already", "open_request", "plan_merge", "request_document",
           "resolved", "returned", "select_items", "send_again", "workspace_of"]
