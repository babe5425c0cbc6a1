"""Messages users read are translatable: every SurveyError's message is a literal template whose
placeholders are exactly the keys of its `values` (checked on the source, for every call)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from survey_app.errors import SurveyError
from survey_app.i18n.core import translator

PACKAGE = Path(__file__).resolve().parents[1] / "survey_app"


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "SurveyError" and len(node.args) >= 2:
                found.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", node))
    return found


def test_every_error_message_is_a_template_with_its_values() -> None:
    problems = []
    calls = _calls()
    assert len(calls) > 60
    for where, call in calls:
        message = call.args[1]
        if isinstance(message, ast.JoinedStr):
            problems.append(f"{where}: an f-string cannot be translated; use a template and values={{...}}")
            continue
        if not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
            continue  # a message built elsewhere (e.g. values._invalid), checked there
        names = {field for _text, field, _spec, _conv in string.Formatter().parse(message.value) if field}
        values = next((k.value for k in call.keywords if k.arg == "values"), None)
        keys = {key.value for key in values.keys} if isinstance(values, ast.Dict) else set()
        if names != keys:
            problems.append(f"{where}: placeholders {sorted(names)} but values {sorted(keys)}")
    assert problems == []


def test_an_error_is_shown_in_the_users_language() -> None:
    import survey_app.storage.codes  # noqa: F401 - registers S205 and its fix (run alone, nothing else has)

    error = SurveyError("S205", "response {response_id}: there is no response with this number.",
                        values={"response_id": 7})
    assert error.diagnostic.message == "response 7: there is no response with this number."
    message, fix = error.diagnostic.localized(translator("fr"))
    assert "7" in message and message != error.diagnostic.message
    assert fix and fix != error.diagnostic.fix
    assert error.diagnostic.localized(translator("en")) == (error.diagnostic.message, error.diagnostic.fix)
