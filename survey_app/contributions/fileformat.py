"""Contribution files: a request the lead sends to an agency, the reply the agency returns.

A file is UTF-8 JSON (so an IT officer can read what leaves the ministry), or the same JSON inside
a passphrase envelope (`crypto`). Files are never trusted: size, encoding, nesting and entries are
checked as for an answers file (`storage.exchange.parse_document`), then the shape of the document
here, then every value against the questionnaire (`service`), before anything is shown or written.

    request: {"format": FORMAT, "format_version": 1, "kind": "request", "request_id", "response":
              IDENTITY, "lead": {"ministry", "sent_by", "sent_at"}, "agency", "due", "message",
              "items": [ids], "base": {id: value}, "context": {id: value}, "include_sensitive",
              "encrypt_reply", "questionnaire_file": {"name", "text"} | null}
    reply:   {"format": FORMAT, "format_version": 1, "kind": "reply", "request_id", "response":
              IDENTITY, "agency", "answered_by", "returned_at", "questionnaire_version",
              "base": {id: value}, "answers": {id: {"value", "updated_at", "updated_by"}},
              "notes": {id: text}}
    IDENTITY: {"uuid", "state": {"code", "name"}, "cycle", "questionnaire", "questionnaire_version",
               "language"}
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from survey_app import inputs, limits, output
from survey_app.contributions import codes, crypto
from survey_app.errors import SurveyError
from survey_app.i18n.core import N_
from survey_app.i18n.languages import is_un_language
from survey_app.storage.api import CYCLE_YEARS

FORMAT = "survey-app/contribution"
FORMAT_VERSION = 1
#: the extension of contribution files (requests and replies)
EXTENSION = ".nsi-contribution"
REQUEST = "request"
REPLY = "reply"


# -- writing ---------------------------------------------------------------------------------------
def encode(document: Mapping[str, Any], passphrase: str | None = None) -> bytes:
    """The bytes of a file: readable JSON, or the encrypted envelope when a passphrase is given."""
    plain = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    if not passphrase:
        return plain + b"\n"
    crypto.check_passphrase(passphrase)
    return crypto.encrypt(plain, passphrase)


def write(document: Mapping[str, Any], out: Path, passphrase: str | None = None) -> Path:
    """Write the file whole or not at all, readable by its owner only (it may hold personal data)."""
    data = encode(document, passphrase)
    out = Path(out)
    if not out.name or out.is_dir():
        raise SurveyError(codes.UNREADABLE, "{path}: give the name of a file to write, not a folder.",
                          values={"path": out})
    try:
        with output.private_output(out) as handle:
            handle.write(data)
    except OSError as exc:
        raise SurveyError(codes.UNREADABLE, "{path}: the file cannot be written ({reason}).",
                          values={"path": out, "reason": exc.strerror or exc}) from None
    return out


# -- reading ---------------------------------------------------------------------------------------
def read(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The document of a contribution file, decrypted and checked in shape (not yet in values)."""
    path = Path(path)
    try:
        raw = inputs.read_regular_file(path, limit=limits.CONTRIBUTION_FILE_BYTES)
    except inputs.NotRegularFile as exc:
        raise SurveyError(codes.UNREADABLE, exc.message, values={"path": path}) from None
    except inputs.TooLarge as exc:
        raise SurveyError(codes.UNREADABLE, "{path}: the file is larger than {limit} MB; this is not a contribution "
                          "file.", values={"path": path, "limit": exc.limit // limits.MIB}) from None
    except OSError as exc:
        raise SurveyError(codes.UNREADABLE, "{path}: the file cannot be read ({reason}).",
                          values={"path": path, "reason": exc.strerror or exc}) from None
    return parse(raw, name=path.name, passphrase=passphrase)


def parse(raw: bytes, *, name: str, passphrase: str | None = None) -> dict[str, Any]:
    document = _json(raw, name)
    if crypto.is_envelope(document):
        document = _json(crypto.decrypt(document, passphrase, name=name), name)
    check_shape(document, name)
    return _cleaned(document, name)


def _cleaned(document: dict[str, Any], name: str) -> dict[str, Any]:
    """Names as they will be stored and shown (no control or bidi characters); a request keeps only
    the fields it has (anything else a file adds is dropped) and each question asked once."""
    document["agency"] = clean_name(document["agency"])
    if not document["agency"]:
        _wrong(name, "agency", "text", limits.AGENCY_NAME_CHARS)
    if document["kind"] == REQUEST:
        lead = document["lead"]
        document["lead"] = {"ministry": clean_name(lead.get("ministry", "")), "sent_by": clean_name(lead.get("sent_by", "")),
                            "sent_at": lead.get("sent_at")}
        document["items"] = list(dict.fromkeys(document["items"]))
        kept = {key: document[key] for key in REQUEST_FIELDS if key in document}
        if "questionnaire_file" in document:
            kept["questionnaire_file"] = document["questionnaire_file"]
        return kept
    document["answered_by"] = clean_name(document["answered_by"])
    for entry in document["answers"].values():
        if entry.get("updated_by") is not None:
            entry["updated_by"] = clean_name(str(entry["updated_by"]))[:limits.USER_NAME_CHARS]
    return document


def is_encrypted(path: Path) -> bool:
    """Whether a file is an encrypted contribution (so the user is asked for the passphrase first)."""
    try:
        raw = inputs.read_regular_file(Path(path), limit=limits.CONTRIBUTION_FILE_BYTES)
        return crypto.is_envelope(_json(raw, Path(path).name))
    except (OSError, inputs.NotRegularFile, inputs.TooLarge, SurveyError):
        return False  # reading it again says what is wrong


def _json(raw: bytes, name: str) -> dict[str, Any]:
    from survey_app.storage import exchange

    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark (a file saved by Notepad) is not content
    if not raw.lstrip().startswith(b"{"):
        raise SurveyError(codes.WRONG_FORMAT, "{name}: this is not a contribution file (it is not JSON).",
                          values={"name": name})
    try:
        document = exchange.parse_document(raw, name=name, limit=limits.CONTRIBUTION_FILE_BYTES)
    except SurveyError as exc:
        raise SurveyError(codes.UNREADABLE, "{name}: the file cannot be read: {reason}",
                          values={"name": name, "reason": exc.diagnostic.message}) from None
    return document


# -- the shape of a document -------------------------------------------------------------------------
def check_shape(document: Mapping[str, Any], name: str) -> None:
    """Refuse a document that is not a contribution of this version, or whose fields have the wrong
    types or sizes (values are checked later, against the questionnaire)."""
    if document.get("format") != FORMAT:
        raise SurveyError(codes.WRONG_FORMAT, "{name}: this is not a contribution file.", values={"name": name})
    version = document.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:  # not True, not 1.0
        raise SurveyError(codes.WRONG_FORMAT, "{name}: contribution format version {found} is not supported "
                          "(this application reads version {expected}); a newer version of the application may "
                          "read it.", values={"name": name, "found": repr(version)[:40], "expected": FORMAT_VERSION})
    kind = document.get("kind")
    if kind not in (REQUEST, REPLY):
        raise SurveyError(codes.WRONG_FORMAT, "{name}: \"kind\" must be \"request\" or \"reply\".", values={"name": name})
    _text(document, "request_id", name, limit=100)
    _identity(document.get("response"), name)
    _text(document, "agency", name, limit=limits.AGENCY_NAME_CHARS)
    _mapping(document, "base", name)
    if kind == REQUEST:
        items = document.get("items")
        if (not isinstance(items, list) or not items or len(items) > MAX_ITEMS
                or not all(isinstance(i, str) and 0 < len(i) <= 200 for i in items)):
            _wrong(name, "items", "ids")
        for flag in ("include_sensitive", "encrypt_reply"):
            if not isinstance(document.get(flag, False), bool):
                _wrong(name, flag, "bool")
        _mapping(document, "context", name)
        _text(document, "message", name, limit=limits.CONTRIBUTION_MESSAGE_CHARS, empty=True)
        due = document.get("due")
        if due is not None:
            _date(due, name, "due")
        lead = document.get("lead")
        if not isinstance(lead, Mapping):
            _wrong(name, "lead", "mapping")
        assert isinstance(lead, Mapping)
        for key in ("ministry", "sent_by"):
            _text(lead, key, name, limit=limits.AGENCY_NAME_CHARS, empty=True)
        _date(lead.get("sent_at"), name, "lead.sent_at")
        qfile = document.get("questionnaire_file")
        if qfile is not None and not (isinstance(qfile, Mapping) and isinstance(qfile.get("text"), str)
                                      and isinstance(qfile.get("name"), str)):
            _wrong(name, "questionnaire_file", "questionnaire")
    else:
        answers = _mapping(document, "answers", name)
        for item_id, entry in answers.items():
            if not isinstance(entry, Mapping) or "value" not in entry:
                _wrong(name, f"answers.{str(item_id)[:80]}", "answer")
        notes = _mapping(document, "notes", name)
        for item_id, text in notes.items():
            if not isinstance(text, str) or len(text) > limits.CONTRIBUTION_MESSAGE_CHARS:
                _wrong(name, f"notes.{str(item_id)[:80]}", "text", limits.CONTRIBUTION_MESSAGE_CHARS)
        _text(document, "answered_by", name, limit=limits.USER_NAME_CHARS)
        _text(document, "workspace", name, limit=100)
        _date(document.get("returned_at"), name, "returned_at")


#: what a field must be, one message each (translated where shown)
_EXPECTED = {
    "ids": N_('{name}: "{field}" must be a list of question ids.'),
    "bool": N_('{name}: "{field}" must be true or false.'),
    "mapping": N_('{name}: "{field}" must be a mapping.'),
    "answers": N_('{name}: "{field}" must be a mapping of question ids.'),
    "text": N_('{name}: "{field}" must be a text of at most {limit} characters.'),
    "date": N_('{name}: "{field}" must be a date (and time) written YYYY-MM-DD.'),
    "year": N_('{name}: "{field}" must be a year between 1900 and 2200.'),
    "language": N_('{name}: "{field}" must be one of the six UN languages (ar, en, es, fr, ru, zh).'),
    "state": N_('{name}: "{field}" must give the State\'s name and code.'),
    "answer": N_('{name}: "{field}" must be a mapping with a "value".'),
    "questionnaire": N_('{name}: "{field}" must hold the name and the text of a questionnaire file.'),
}


def _wrong(name: str, field: str, kind: str, limit: int = 0) -> None:
    template = _EXPECTED[kind]
    values: dict[str, object] = {"name": name, "field": field}
    if "{limit}" in template:
        values["limit"] = limit
    raise SurveyError(codes.DAMAGED, template, values=values)


def _text(document: Mapping[str, Any], key: str, name: str, *, limit: int, empty: bool = False) -> str:
    value = document.get(key, "" if empty else None)
    if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > limit:
        _wrong(name, key, "text", limit)
    return value


def _mapping(document: Mapping[str, Any], key: str, name: str) -> Mapping[str, Any]:
    value = document.get(key, {})
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        _wrong(name, key, "answers")
    return value


def _date(value: object, name: str, key: str) -> None:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        dt.datetime.fromisoformat(value)
    except ValueError:
        _wrong(name, key, "date")


#: a request asks at most this many questions (the NSI has about 200)
MAX_ITEMS = 10_000
#: the fields of each document kept when it is stored (anything else a file adds is dropped)
REQUEST_FIELDS = ("format", "format_version", "kind", "request_id", "response", "lead", "agency", "due", "message",
                  "items", "base", "context", "include_sensitive", "encrypt_reply")


def clean_name(text: str) -> str:
    """A person's or an agency's name as stored and shown: one line, no control or invisible
    formatting characters (bidi overrides included; the joiners some scripts need are kept)."""
    kept = "".join(" " if char.isspace() else char for char in str(text) if char.isspace() or char in "\u200c\u200d"
                   or unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"))
    return " ".join(kept.split())


def _identity(identity: object, name: str) -> None:
    if not isinstance(identity, Mapping):
        _wrong(name, "response", "mapping")
    assert isinstance(identity, Mapping)
    for key in ("uuid", "questionnaire", "questionnaire_version", "language"):
        _text(identity, key, name, limit=200)
    state = identity.get("state")
    if not isinstance(state, Mapping) or not isinstance(state.get("name"), str) or not (
            state.get("code") is None or isinstance(state.get("code"), str)):
        _wrong(name, "response.state", "state")
    cycle = identity.get("cycle")
    if type(cycle) is not int or cycle not in CYCLE_YEARS:
        _wrong(name, "response.cycle", "year")
    if not is_un_language(identity.get("language")):
        _wrong(name, "response.language", "language")
