"""Catalogue codes of questionnaire files (Q…) and their translation files (T…).

Every code is documented in docs/questionnaire-format.md ("Errors"); a test checks both ways.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from survey_app.errors import CATALOGUE, Diagnostic, Severity, register
from survey_app.questionnaire.model import Position

_CODES: tuple[tuple[str, str, str], ...] = (
    ("Q001", "The file cannot be read", "Check the file exists, is readable and is UTF-8 text."),
    ("Q002", "The file is not valid YAML", "Fix the YAML syntax at the position shown (indentation, quotes, colons)."),
    ("Q003", "The file is not a questionnaire", "The file must be a mapping with `questionnaire:` and `parts:`."),
    ("Q004", "Unknown key", "Remove the key or correct its spelling; the format lists the keys allowed here."),
    ("Q005", "A required key is missing", "Add the key named in the message."),
    ("Q006", "A value has the wrong type", "Write the kind of value named in the message (text, number, list…)."),
    ("Q007", "Invalid id or choice value", "Use letters, digits and `_`, starting with a letter (choice values may start with a digit)."),
    ("Q008", "Duplicate id", "Give each part, section and item its own id; ids are stored forever."),
    ("Q009", "Duplicate choice value", "Give each choice of a list its own value."),
    ("Q010", "A key is written twice in the same mapping", "Keep one of the two; YAML would silently use the last."),
    ("Q011", "Unknown item type", "Use one of the item types of the format."),
    ("Q012", "Unknown choice list", "Name a list defined under `choice_lists:` or write the choices inline."),
    ("Q013", "A scale uses an unordered choice list", "Add `ordered: true` to the list, or use `single_choice`."),
    ("Q014", "A key does not apply here", "Remove the key: it has no meaning for this item type."),
    ("Q015", "Invalid version", "Write the version as text of numbers and dots, e.g. \"2026.1\"."),
    ("Q016", "Invalid languages", "Use codes of the six UN languages (ar, zh, en, fr, ru, es); the default must be listed."),
    ("Q017", "A condition cannot be read", "Correct the condition at the column shown; see \"Conditions\" in the format."),
    ("Q018", "A condition names an unknown item", "Use the id of an item of this questionnaire."),
    ("Q019", "Conditions depend on each other in a circle", "Break the circle: an item cannot (indirectly) decide its own visibility."),
    ("Q020", "Unknown role", "Use one of the roles of the format."),
    ("Q021", "Role norm_status without a norm", "Add `norm: \"13(x)\"` to the item (or to its section)."),
    ("Q022", "`replaces` names an id that is still in use", "Only list old ids that no item or other `replaces` uses any more."),
    ("Q023", "Inconsistent limits", "Make the minimum not greater than the maximum, and limits not negative."),
    ("Q024", "A condition compares with a value the item cannot have", "Compare with a value of the item's choice list, a number or true/false, as its type needs."),
    ("Q025", "A condition uses an item in a way its type does not allow", "Follow the hint: e.g. selected() for choices, count() for multi-choice and groups."),
    ("Q026", "Invalid item inside a group", "Groups may hold answerable items only: no groups and no notes inside a group."),
    ("Q027", "Empty part, section, group or choice list", "Add at least one entry, or remove the empty element."),
    ("Q028", "A role is given to more than one item", "Give the role to one item only (norm_status: one item per norm)."),
    ("Q029", "The questionnaire is already in the catalogue", "Give the new file a newer `version`."),
    ("Q030", "The questionnaire is not installed", "Add the questionnaire file, then try again."),
    ("Q031", "The questionnaire could not be copied into the user folder", "Check there is free space and the folder can be written to."),
    ("Q900", "An answer does not fit its question", "Enter an answer of the kind the question asks for."),
    ("T001", "The translation file cannot be read or is not valid YAML", "Fix the file at the position shown."),
    ("T002", "The translation file has the wrong structure", "Use `language:`, `questionnaire:` and `texts:` as in the format."),
    ("T003", "A translation names an unknown text", "Use a key of the questionnaire (see the list of keys in the format)."),
    ("T004", "Wrong language in a translation file", "Make `language:` match the file name and the questionnaire's `languages`."),
    ("T005", "The translation file belongs to another questionnaire", "Make `questionnaire:` the questionnaire's id."),
    ("T006", "A translation entry is malformed", "Write each entry as {text: \"…\", source: \"…\"}."),
    ("T101", "A translation is missing", "Translate the text; until then the default language text is shown."),
    ("T102", "A translation is out of date", "The default-language text changed: update `text` and set `source` to the new text."),
    ("T103", "No translation file for a language of the questionnaire", "Create the file (e.g. with the i18n-status command)."),
    ("T104", "A translation for a text that does not exist", "Remove the entry: the default language has no such text."),
)

for _code, _title, _fix in _CODES:
    if _code not in CATALOGUE:
        register(_code, _title, _fix)

CODES: frozenset[str] = frozenset(code for code, _t, _f in _CODES)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """' Did you mean "x"?' or '' (difflib)."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f' Did you mean "{matches[0]}"?' if matches else ""


def error(code: str, message: str, position: Position | None, hint: str = "") -> Diagnostic:
    return Diagnostic(code, Severity.ERROR, message, position, hint)


def warning(code: str, message: str, position: Position | None, hint: str = "") -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, message, position, hint)
