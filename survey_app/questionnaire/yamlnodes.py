"""YAML files as node trees that keep the line and column of every value, read safely.

Shared by the questionnaire loader and the translation files: `read_yaml_nodes` never raises
(unreadable, not UTF-8, too large, too deeply nested and syntax errors become diagnostics), and
`NodeReader` gives typed access to nodes, recording a diagnostic for every mismatch.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from survey_app import inputs, limits
from survey_app.errors import Diagnostic
from survey_app.questionnaire.codes import did_you_mean, error
from survey_app.questionnaire.model import Position

try:  # the C parser is ~10x faster; fall back to the pure-Python one where it is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_RESOLVED: dict[str, str] = {}
_SCALAR, _SEQUENCE = yaml.ScalarNode, yaml.SequenceNode
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class SafeLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, with the implicit tags of plain scalars memoised.

    Questionnaires repeat the same words (`short_text`, `true`, labels) thousands of times; resolving
    each again with regular expressions was a third of the parse time of a big file.
    """

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        # safe loaders have no path resolvers, so only plain scalars need looking at
        if kind is _SCALAR:
            if not implicit[0]:
                return _STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 64 and len(_RESOLVED) < 100_000:
                    _RESOLVED[value] = tag
            return tag
        return _SEQ if kind is _SEQUENCE else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

MAX_FILE_BYTES = limits.QUESTIONNAIRE_FILE_BYTES
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def read_file(path: Path, *, code_unreadable: str, limit: int = MAX_FILE_BYTES,
              prefix: int | None = None) -> tuple[bytes | None, list[Diagnostic]]:
    """The bytes of a questionnaire or translation file (its first `prefix` bytes when given), or a
    diagnostic (never raises). Only a regular file of at most `limit` bytes (a user's file has a
    lower limit than a bundled one).
    """
    where = Position(str(path), 1, 1)
    try:
        return inputs.read_regular_file(path, limit=limit, prefix=prefix), []
    except inputs.NotRegularFile as exc:
        return None, [error(code_unreadable, exc.message.format(path=path), where,
                            "Questionnaires are YAML files; remove or rename this entry.")]
    except inputs.TooLarge as exc:
        megabytes = max(1, limit // limits.MIB)
        return None, [error(code_unreadable, f"The file is larger than {megabytes} MB.", where,
                            f"Questionnaire files are at most {megabytes} MB (the NSI is about 0.1 MB); "
                            "check that this is the right file.")]
    except OSError as exc:
        return None, [error(code_unreadable, f"The file cannot be read: {exc.strerror or exc}.", where)]


def read_header(data: bytes) -> tuple[str, str] | None:
    """(id, version) from `questionnaire:` at the top of a file, reading YAML events only as far as
    that mapping; None when they cannot be found that way (the full read then says why)."""
    try:
        events = yaml.parse(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        found: dict[str, str] = {}
        #: per open collection: [is a mapping, expecting a key, last key]
        stack: list[list[Any]] = []
        in_header = False
        for event in events:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) == 1 and stack[0][0] and not stack[0][1] and stack[0][2] == "questionnaire":
                    in_header = isinstance(event, yaml.MappingStartEvent)
                stack.append([isinstance(event, yaml.MappingStartEvent), True, None])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                if in_header and len(stack) == 1:
                    break
                if stack and stack[-1][0]:
                    stack[-1][1] = True
            elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)) and stack and stack[-1][0]:
                frame = stack[-1]
                if frame[1]:
                    frame[2] = event.value if isinstance(event, yaml.ScalarEvent) else None
                elif in_header and len(stack) == 2 and frame[2] in ("id", "version") and isinstance(event, yaml.ScalarEvent):
                    found[frame[2]] = event.value
                frame[1] = not frame[1]
            if len(found) == 2:
                break
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    if len(found) != 2 or not found["id"] or not found["version"]:
        return None
    return found["id"], found["version"]


def read_yaml_nodes(path: Path, *, code_unreadable: str, code_syntax: str,
                    data: bytes | None = None) -> tuple[yaml.Node | None, list[Diagnostic]]:
    """The node tree of a YAML file, or diagnostics (never raises). Shared with translations."""
    where = Position(str(path), 1, 1)
    if data is None:
        data, diagnostics = read_file(path, code_unreadable=code_unreadable)
        if data is None:
            return None, diagnostics
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [error(code_unreadable, "The file is not UTF-8 text.", Position(str(path), line, column),
                            "Save the file as UTF-8.")]
    too_deep = _nesting_too_deep(text)
    if too_deep is not None:
        return None, [error(code_syntax, f"The file nests lists or mappings more than {MAX_DEPTH:,} levels deep.",
                            Position(str(path), too_deep[0], too_deep[1]), "A questionnaire needs a few levels only.")]
    try:
        return _compose(text), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(str(path), mark.line + 1, mark.column + 1) if mark else where
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        return None, [error(code_syntax, f"The file is not valid YAML: {what}.", position)]
    except yaml.YAMLError as exc:
        return None, [error(code_syntax, f"The file is not valid YAML: {exc}.", where)]


#: deeper nesting is refused (a questionnaire needs about ten levels)
MAX_DEPTH = limits.QUESTIONNAIRE_DEPTH
#: libyaml's composer recurses in C: ~330 bytes of stack per level. It runs in a thread with this
#: stack, enough for any file whose possible depth is below _DIRECT_DEPTH (checked first).
_COMPOSE_STACK = 64 * 1024 * 1024
_DIRECT_DEPTH = 100_000


def _nesting_too_deep(text: str) -> tuple[int, int] | None:
    """Line and column where nesting passes MAX_DEPTH, or None.

    Deeply nested input would overflow the C stack of the composer (a crash, not an exception).
    Block nesting cannot exceed the longest line, flow nesting the number of '[' and '{', so files
    are cleared by counting; only suspicious ones are measured with the parser's events.
    """
    bound = text.count("[") + text.count("{") + max((len(line) for line in text.splitlines()), default=0) + 2
    if bound <= _DIRECT_DEPTH:
        return None  # safe to compose; deeper than MAX_DEPTH is then harmless (the walk is flat)
    depth = 0
    starts = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    try:
        for event in yaml.parse(text, Loader=SafeLoader):
            if isinstance(event, starts):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1, event.start_mark.column + 1
            elif isinstance(event, ends):
                depth -= 1
    except yaml.YAMLError:
        return None  # the composer reports the syntax error with its position
    return None


def _compose(text: str) -> yaml.Node | None:
    """yaml.compose in a thread with a known, large stack (the main thread's may be 1 MB)."""
    outcome: list[Any] = []

    def work() -> None:
        # A big file makes hundreds of thousands of nodes and no reference cycles: collecting
        # garbage while they are made costs more than making them (x4 at 20,000 items).
        collecting = gc.isenabled()
        gc.disable()
        try:
            outcome.append(yaml.compose(text, Loader=SafeLoader))
        except BaseException as exc:  # handed to the caller
            outcome.append(exc)
        finally:
            if collecting:
                gc.enable()

    worker: threading.Thread | None = None
    with _STACK_LOCK:  # the stack size applies to threads started while it is set
        try:
            previous = threading.stack_size(_COMPOSE_STACK)
        except (ValueError, RuntimeError):  # pragma: no cover - a platform without settable stacks
            previous = None
        if previous is not None:
            try:
                worker = threading.Thread(target=work, name="yaml-compose", daemon=True)
                worker.start()
            finally:
                threading.stack_size(previous)
    if worker is None:  # pragma: no cover
        work()
    else:
        worker.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


_STACK_LOCK = threading.Lock()


def position_of(path: str, node: yaml.Node) -> Position:
    return Position(path, node.start_mark.line + 1, node.start_mark.column + 1)


def content_position(path: str, node: yaml.Node) -> Position:
    """Where the text of a scalar starts (after an opening quote)."""
    mark = node.start_mark
    shift = 1 if getattr(node, "style", None) in ("'", '"') else 0
    return Position(path, mark.line + 1, mark.column + 1 + shift)


class NodeReader:
    """Typed access to YAML nodes, recording a diagnostic for every mismatch."""

    def __init__(self, path: str, diagnostics: list[Diagnostic], codes: dict[str, str]) -> None:
        self.path = path
        self.diagnostics = diagnostics
        self.codes = codes  # unknown_key, missing, type, duplicate_key

    def pos(self, node: yaml.Node) -> Position:
        return Position(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def error(self, code: str, message: str, node: yaml.Node | None, hint: str = "") -> None:
        message = message[:1].upper() + message[1:]  # messages may start with "an item", "item 'x'"…
        self.diagnostics.append(error(code, message, self.pos(node) if node is not None else None, hint))

    def mapping(self, node: yaml.Node, allowed: tuple[str, ...], required: Iterable[str], what: str,
                *, misplaced: Callable[[str], str | None] | None = None) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(self.codes["type"], f"{what} must be a mapping of keys to values.", node)
            return None
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.error(self.codes["type"], f"A key of {what} is not text.", key_node)
                continue
            if key in found:
                self.error(self.codes["duplicate_key"], f"The key '{key}' is written twice in {what}.", key_node)
                continue
            if key not in allowed:
                reason = misplaced(key) if misplaced else None
                if reason:
                    self.error("Q014", reason, key_node)
                else:
                    self.error(self.codes["unknown_key"], f"Unknown key '{key}' in {what}.{did_you_mean(key, allowed)}",
                               key_node, f"Keys allowed here: {', '.join(allowed)}.")
                continue
            found[key] = (key_node, value_node)
        for key in required:
            if key not in found:
                self.error(self.codes["missing"], f"{what} has no '{key}'.", node, f"Add '{key}: …'.")
        return found

    def text(self, node: yaml.Node, what: str, *, empty_ok: bool = False) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL and node.value in ("", "~", "null", "Null", "NULL"):
            if empty_ok and isinstance(node, yaml.ScalarNode):
                return ""  # "help:" left empty
            self.error(self.codes["type"], f"{what} must be text.", node)
            return None
        value = node.value
        if node.style in ("|", ">"):
            value = value.strip()  # block scalars end with a newline nobody means to show
        if not empty_ok and not value.strip():
            self.error(self.codes["type"], f"{what} is empty.", node, "Write some text.")
            return None
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == _BOOL:
            return bool(_CONSTRUCTOR.construct_yaml_bool(node))
        self.error(self.codes["type"], f"{what} must be true or false.", node)
        return None

    def number(self, node: yaml.Node, what: str, *, integer: bool) -> int | float | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == _INT:
            return int(_CONSTRUCTOR.construct_yaml_int(node))
        if not integer and isinstance(node, yaml.ScalarNode) and node.tag == _FLOAT:
            value = float(_CONSTRUCTOR.construct_yaml_float(node))
            if value == value and abs(value) != float("inf"):
                return value
        self.error(self.codes["type"], f"{what} must be a {'whole number' if integer else 'number'}.", node)
        return None

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.error(self.codes["type"], f"{what} must be a list.", node)
            return None
        return node.value
