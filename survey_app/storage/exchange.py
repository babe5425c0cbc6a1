"""The answers exchange format ("survey-app/answers", JSON or YAML): export, read, check, import.

An import checks every value first and lists every problem (code, item id, what, how to fix); if
any answer is invalid nothing changes.  Valid imports are written in one transaction, so a crash or
a killed process leaves either all of them or none.  Files are never trusted: size, nesting depth,
number of entries, YAML aliases and encodings are checked before anything else looks at them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from survey_app import inputs, limits, output
from survey_app.errors import Diagnostic, Severity, SurveyError
from survey_app.i18n.core import N_, translator
from survey_app.storage import codes

if TYPE_CHECKING:
    from survey_app.questionnaire.model import Item, Questionnaire
    from survey_app.storage.store import Store

FORMAT = "survey-app/answers"
FORMAT_VERSION = 1
MAX_FILE_BYTES = limits.IMPORT_FILE_BYTES
MAX_TEXT_BYTES = limits.IMPORT_TEXT_BYTES
MAX_DEPTH = limits.IMPORT_DEPTH
MAX_NODES = limits.IMPORT_NODES
MAX_ROWS = limits.IMPORT_ROWS


class ImportRejected(SurveyError):
    """An import that changed nothing; `problems` lists every reason, each with its own code
    (`str()` lists them in English; the command prints them in the user's language)."""

    def __init__(self, problems: list[Diagnostic]):
        self.problems = problems
        super().__init__(codes.IMPORT_REJECTED, "the import was refused, nothing was changed; problems found: {count}.",
                         values={"count": len(problems)})

    def __str__(self) -> str:
        lines = "\n".join(f"  - {problem}" for problem in self.problems[:50])
        more = f"\n  … and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        return f"{super().__str__()}\n{lines}{more}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    #: values that were already identical and so were not rewritten
    unchanged: int


# -- export ---------------------------------------------------------------------------------------
def export_document(
    store: Store, response_id: int, questionnaire: Questionnaire, *, include_sensitive: bool = False
) -> dict[str, Any]:
    """The response's answers in questionnaire order; sensitive items only when asked for.

    Answers to items the questionnaire no longer has (retired) are not exported.
    """
    response = store.response(response_id)
    values = store.values(response_id)
    answers: dict[str, Any] = {}
    for item in questionnaire.answerable_items():
        if item.id in values and (include_sensitive or not item.sensitive):
            value = values[item.id]
            if item.items and isinstance(value, list) and not include_sensitive:
                hidden = {sub.id for sub in item.items if sub.sensitive}
                value = [{k: v for k, v in row.items() if k not in hidden} for row in value if isinstance(row, dict)]
            answers[item.id] = value
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "response": {
            "questionnaire": response.questionnaire_id,
            "questionnaire_version": response.questionnaire_version,
            "state": {"code": response.state.code, "name": response.state.name},
            "cycle": response.cycle,
            "language": response.language,
            "status": response.status.value,
        },
        "answers": answers,
    }


def write_document(document: Mapping[str, Any], out: Path) -> Path:
    """Write the JSON file whole or not at all (a partial file is removed, never left as `out`)."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    out = Path(out)
    if not out.name or out.is_dir():
        raise SurveyError(codes.EXPORT_FAILED, "{path}: give the name of a file to write, not a folder.",
                          values={"path": out})
    try:
        output.write_private_text(out, text + "\n")
    except OSError as exc:
        raise SurveyError(codes.EXPORT_FAILED, "{path}: the file cannot be written ({reason}).",
                          values={"path": out, "reason": exc.strerror or exc}) from None
    return out


# -- reading a file -------------------------------------------------------------------------------
def read_document(path: Path) -> dict[str, Any]:
    """Parse a JSON or YAML answers file, refusing hostile ones with a clear SurveyError."""
    path = Path(path)
    try:
        raw = inputs.read_regular_file(path, limit=MAX_FILE_BYTES)
    except inputs.NotRegularFile as exc:
        raise SurveyError(codes.IMPORT_NOT_A_FILE, exc.message, values={"path": path}) from None
    except inputs.TooLarge as exc:
        raise SurveyError(
            codes.IMPORT_TOO_LARGE,
            "{path}: the file is larger than {limit} MB, the largest answers file that can be imported.",
            values={"path": path, "limit": exc.limit // limits.MIB},
        ) from None
    except OSError as exc:  # missing, a loop of links, no permission: not a matter of encoding
        raise SurveyError(codes.IMPORT_UNREADABLE, "{path}: the file cannot be read ({reason}).",
                          hint=N_("Check the file name and folder, and that you may read the file."),
                          values={"path": path, "reason": exc.strerror or exc}) from None
    return parse_document(raw, name=str(path))


class _DuplicateKey(ValueError):
    """A key written twice in one mapping (JSON's object, YAML's mapping; `line` where YAML knows it)."""

    def __init__(self, key: object, line: int | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.line = line


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON objects as dicts, refusing a key written twice (the last one would silently win)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def parse_document(raw: bytes, *, name: str = "<answers>", limit: int = MAX_FILE_BYTES) -> dict[str, Any]:
    if len(raw) > limit:
        raise SurveyError(codes.IMPORT_TOO_LARGE, "{name}: the file is too large for an answers file.", values={"name": name})
    text = _decode(raw, name)
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            document = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except _DuplicateKey as exc:
            raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: {key} is written twice in the same place; keep one.",
                              hint=N_("Remove one of the two, then import the file again."), values={"name": name, "key": _shown_key(exc.key)}) from None
        except RecursionError:
            raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}: the file is nested too deeply.", values={"name": name}) from None
        except json.JSONDecodeError as exc:
            raise SurveyError(
                codes.IMPORT_UNREADABLE, "{name}:{line}:{column}: this is not valid JSON ({reason}).", values={"name": name, "line": exc.lineno, "column": exc.colno, "reason": exc.msg}
            ) from None
        except ValueError as exc:  # e.g. a number with thousands of digits
            raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: the file cannot be read ({reason}).", values={"name": name, "reason": exc}) from None
    else:
        document = _load_yaml(text, name)
    _check_shape(document, name)
    if not isinstance(document, dict):
        raise SurveyError(codes.IMPORT_WRONG_FORMAT, "{name}: the file does not hold a survey answers document.", values={"name": name})
    return document


def _decode(raw: bytes, name: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SurveyError(
            codes.IMPORT_UNREADABLE,
            "{name}: byte {start} is not UTF-8 text; save the file with the UTF-8 encoding.", values={"name": name, "start": exc.start}
        ) from None
    if "\x00" in text:
        raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: the file contains binary data, not text.", values={"name": name})
    return text


class _AnswersLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that reads plain values as JSON would: null, true/false, whole and decimal
    numbers; everything else stays the text that was written. YAML 1.1's implicit types would
    silently change answers: `12:30` into 750, `1_000` into 1000, `017` into 15, `0x1F` into 31,
    `no` into false, `2023-01-01` into a date. A key written twice in one mapping is refused, as
    in JSON (YAML would let the last one win silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(node.value):
            seen: set[Any] = set()
            for key_node, _value_node in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise _DuplicateKey(key, key_node.start_mark.line + 1)
                seen.add(key)
        return mapping


_AnswersLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^-?(?:0|[1-9][0-9]*)$", list("-0123456789")),
    ("tag:yaml.org,2002:float", r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$",
     list("-0123456789")),
):
    _AnswersLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _shown_key(key: object) -> str:
    """A key as the file would write it (null, true, 1, "text"), shortened."""
    if key is None or isinstance(key, (bool, int, float)):
        return json.dumps(key)
    return json.dumps(str(key), ensure_ascii=False)[:80]


def _load_yaml(text: str, name: str) -> Any:
    loader = _AnswersLoader
    depth = nodes = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            nodes += 1
            if isinstance(event, yaml.AliasEvent):
                raise SurveyError(
                    codes.IMPORT_WRONG_FORMAT,
                    "{name}:{line}: YAML aliases (*name) are not allowed in answers files.", values={"name": name, "line": event.start_mark.line + 1}
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}:{line}: the file is nested too deeply.", values={"name": name, "line": event.start_mark.line + 1})
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if nodes > MAX_NODES:
                raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}: the file has too many entries for an answers file.", values={"name": name})
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, checked above
    except _DuplicateKey as exc:
        raise SurveyError(codes.IMPORT_UNREADABLE, "{name}:{line}: {key} is written twice in the same place; keep one.",
                          hint=N_("Remove one of the two, then import the file again."),
                          values={"name": name, "line": exc.line, "key": _shown_key(exc.key)}) from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: the file cannot be read ({reason}).", values={"name": name, "reason": str(exc)[:120]}) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's own limit, met before ours
            raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}: the file is nested too deeply.",
                              values={"name": where}) from None
        raise SurveyError(codes.IMPORT_UNREADABLE, "{where}: this is neither valid JSON nor valid YAML.", values={"where": where}) from None


def _check_shape(document: Any, name: str) -> None:
    """Depth, size and type limits on the parsed data (JSON gets here without the YAML event scan)."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if depth > MAX_DEPTH:
            raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}: the file is nested too deeply.", values={"name": name})
        if nodes > MAX_NODES:
            raise SurveyError(codes.IMPORT_TOO_DEEP, "{name}: the file has too many entries for an answers file.", values={"name": name})
        if isinstance(node, dict):
            stack.extend((key, depth + 1) for key in node)
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
        elif isinstance(node, float) and not math.isfinite(node):
            raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: the file holds a number that is not finite ({node}).", values={"name": name, "node": node})
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                raise SurveyError(codes.IMPORT_UNREADABLE, "{name}: the file holds text that is not valid Unicode.", values={"name": name}) from None
        elif not isinstance(node, (int, float, bool, dt.date)) and node is not None:
            raise SurveyError(
                codes.IMPORT_UNREADABLE, "{name}: the file holds data of a kind answers never have ({kind}).", values={"name": name, "kind": type(node).__name__}
            )


# -- checking and importing -----------------------------------------------------------------------
def check_document(
    document: Mapping[str, Any], questionnaire: Questionnaire, *, language: str = "en",
    answer_language: str | None = None,
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """(normalised values by current item id, problems). Old ids follow `replaces`.

    Problems of values are worded in `language`; texts are measured as `answer_language` (the
    response's language, default `language`) is written."""
    problems: list[Diagnostic] = []

    def problem(code: str, where: str, message: str, hint: str = "", **values: object) -> None:
        """`message` is a literal marked with N_() (translated where it is shown), or a message
        already in `language` (from the value checks)."""
        shown = {key: str(value) for key, value in values.items()}
        english = message.format(**shown) if shown else message
        problems.append(Diagnostic(code, Severity.ERROR, f"{where}: {english}" if where else english, hint=hint,
                                   template=message, values=tuple(shown.items()), subject=where))

    if document.get("format") != FORMAT:
        problem(codes.IMPORT_WRONG_FORMAT, "", N_('the file is not a survey answers file ("format" must be "{format}").'),
                format=FORMAT)
        return {}, problems
    version = document.get("format_version")
    if isinstance(version, bool) or version != FORMAT_VERSION:
        problem(codes.IMPORT_WRONG_FORMAT, "", N_("format version {found} is not supported (expected {expected})."),
                found=repr(version)[:40], expected=FORMAT_VERSION)
        return {}, problems
    header = document.get("response")
    if isinstance(header, Mapping) and header.get("questionnaire") not in (None, questionnaire.id):
        problem(codes.IMPORT_OTHER_QUESTIONNAIRE, "", N_("the answers are for questionnaire {found}, not {expected}."),
                found=repr(str(header.get("questionnaire"))[:80]), expected=repr(questionnaire.id))
    answers = document.get("answers")
    if not isinstance(answers, Mapping):
        problem(codes.IMPORT_WRONG_FORMAT, "", N_('"answers" must be a mapping of question ids to answers.'))
        return {}, problems
    replacements = questionnaire.replacements()
    values: dict[str, Any] = {}
    written_as: dict[str, str] = {}
    for raw_id, value in answers.items():
        item_id = replacements.get(str(raw_id), str(raw_id))
        if not isinstance(raw_id, str) or not questionnaire.has_item(item_id):
            problem(codes.IMPORT_UNKNOWN_ITEM, str(raw_id)[:80], N_("the questionnaire has no such question."))
            continue
        if item_id in written_as:  # an old id (`replaces`) and its new one: which answer is meant?
            problem(codes.IMPORT_UNREADABLE, item_id, N_("the file answers this question twice, under the ids {first} "
                                                         "and {second} (one replaces the other); keep one."),
                    hint=N_("Remove one of the two answers from the file, then import it again."),
                    first=written_as[item_id], second=raw_id)
            continue
        written_as[item_id] = raw_id
        item = questionnaire.item(item_id)
        if not item.has_value:
            problem(codes.IMPORT_UNKNOWN_ITEM, item_id, N_("this is a note, it takes no answer."))
            continue
        normalised, messages = _check_value(item, value, language, answer_language or language)
        for code, message in messages:
            problem(code, item_id, message)
        if not messages:
            values[item_id] = normalised
    return values, problems


def _check_value(item: Item, value: Any, language: str, answer_language: str) -> tuple[Any, list[tuple[str, str]]]:
    """(normalised value, [(code, message in `language`)])."""
    from survey_app.questionnaire import values as answer_values

    _ = translator(language)
    too_long = _oversized_text(value)
    if too_long:
        return None, [(codes.IMPORT_TEXT_TOO_LONG, _("a text is {size} KB; at most {limit} KB.").format(
            size=too_long // 1024, limit=MAX_TEXT_BYTES // 1024))]
    if item.items:
        if value is not None and (not isinstance(value, list) or not all(isinstance(row, Mapping) for row in value)):
            return None, [(codes.IMPORT_BAD_ROW, _("a table (a list of rows, each a mapping of column ids to answers) was "
                                                   "expected."))]
        if isinstance(value, list) and len(value) > MAX_ROWS:
            return None, [(codes.IMPORT_BAD_ROW, _("{count} rows; at most {limit}.").format(count=len(value), limit=MAX_ROWS))]
        columns = {sub.id for sub in item.items}
        bad = sorted({str(key)[:40] for row in value or () for key in row if key not in columns})
        if bad:
            return None, [(codes.IMPORT_BAD_ROW, _("the table has no column {columns}.").format(columns=", ".join(bad[:5])))]
    messages = answer_values.check_value(item, value, language, answer_language=answer_language)
    if messages:
        return None, [(codes.IMPORT_INVALID_VALUE, message) for message in messages]
    try:
        return answer_values.normalise(item, value), []
    except SurveyError as exc:
        return None, [(codes.IMPORT_INVALID_VALUE, exc.diagnostic.message)]


def _oversized_text(value: Any) -> int:
    if isinstance(value, str):
        size = len(value.encode("utf-8", "surrogatepass"))
        return size if size > MAX_TEXT_BYTES else 0
    if isinstance(value, Mapping):
        return max((_oversized_text(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return max((_oversized_text(v) for v in value), default=0)
    return 0


def import_document(
    store: Store, response_id: int, document: Mapping[str, Any], questionnaire: Questionnaire, *, who: str | None = None,
    language: str = "en",
) -> ImportResult:
    """Check every answer, then write all of them in one transaction; nothing changes if any is bad.

    A null answer in the file clears that answer.  A backup of the database is made first.
    Problems are worded in `language` (the user's).
    """
    response = store.response(response_id)
    values, problems = check_document(document, questionnaire, language=language, answer_language=response.language)
    if problems:
        raise ImportRejected(problems)
    current = store.values(response_id)
    changed = {item_id: value for item_id, value in values.items() if current.get(item_id) != value}
    if changed:
        store._check_editable(response_id, changed)  # refuse a final response (or items not asked) before the backup
        store.backup(reason="before-import")
        store.set_answers(response_id, changed, who=who, reason="import")
    return ImportResult(len(changed), len(values) - len(changed))
