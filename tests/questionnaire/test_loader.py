"""Every loader error code, triggered by a small inline questionnaire, with its line number."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from survey_app.questionnaire.loader import load
from survey_app.questionnaire.model import ItemType, Role
from questionnaire.inline import HEADER, LISTS, marked_line, questionnaire_text

q = questionnaire_text

CASES: list[tuple[str, str, str]] = [
    # (code, questionnaire text with "# <-" on the expected line, words expected in the message)
    ("Q002", HEADER + "parts:\n  - id: p1\n    title: a: b   # <-\n", "YAML"),
    ("Q003", "- a list  # <-\n- not a questionnaire\n", "not a questionnaire"),
    ("Q004", q("""
        - id: a
          type: short_text
          lable: A   # <-
        """), 'Did you mean "label"'),
    ("Q004", HEADER.replace("  title: Test survey", "  titel: Test survey  # <-") + LISTS + "parts: []\n", "titel"),
    ("Q005", q("""
        - id: a    # <-
          type: short_text
        """), "no 'label'"),
    ("Q005", q("""
        - id: a
          type: single_choice  # <-
          label: A
        """), "no 'choices'"),
    ("Q006", q("""
        - id: a
          type: integer
          label: A
          min: lots   # <-
        """), "whole number"),
    ("Q006", q("""
        - id: a
          type: short_text
          label: A
          sensitive: sometimes   # <-
        """), "true or false"),
    ("Q007", q("""
        - id: 1bad   # <-
          type: short_text
          label: A
        """), "not valid"),
    ("Q007", q("""
        - id: a
          type: single_choice
          label: A
          choices:
            - {value: "bad value", label: Bad}  # <-
        """), "choice value"),
    ("Q008", q("""
        - {id: a, type: short_text, label: A}
        - {id: a, type: short_text, label: B}  # <-
        """), "Two items"),
    ("Q008", q("- {id: a, type: short_text, label: A}").replace(
        "parts:\n", "parts:\n  - id: p1\n    title: X\n    sections:\n      - {id: s0, title: S, items: [{id: b, type: note, label: N}]}\n",
        1).replace("  - id: p1\n    title: Part one", "  - id: p1  # <-\n    title: Part one"), "Two parts"),
    ("Q008", q("""
        - id: g
          type: group
          label: G
          items:
            - {id: x, type: short_text, label: X}
            - {id: x, type: integer, label: Y}  # <-
        """), "in group 'g'"),
    ("Q009", HEADER + LISTS.replace("      - {value: policy, label: Policy}",
                                    "      - {value: law, label: Law again}  # <-") + q("- {id: a, type: note, label: N}", header="", lists=""),
     "twice"),
    ("Q010", q("""
        - id: a
          type: short_text
          label: A
          label: B   # <-
        """), "written twice"),
    ("Q011", q("""
        - id: a
          type: short_txt   # <-
          label: A
        """), 'Did you mean "short_text"'),
    ("Q012", q("""
        - id: a
          type: single_choice
          label: A
          choices: statu   # <-
        """), 'Did you mean "status"'),
    ("Q013", q("""
        - id: a
          type: scale
          label: A
          choices: kinds   # <-
        """), "not ordered"),
    ("Q014", q("""
        - id: a
          type: integer
          label: A
          word_limit: 10   # <-
        """), "does not apply"),
    ("Q014", HEADER + LISTS.replace("      - {value: policy, label: Policy}",
                                    "      - {value: policy, label: Policy, unordered: true}  # <-") + q("- {id: a, type: note, label: N}", header="", lists=""),
     "ordered list"),
    ("Q014", q("""
        - id: g
          type: group
          label: G
          items:
            - {id: x, type: short_text, label: X, role: lead_ministry}  # <-
        """), "inside a group"),
    ("Q015", HEADER.replace('version: "1"', "version: first   # <-") + LISTS + "parts: []\n", "version"),
    ("Q016", HEADER.replace("languages: [en, fr]", "languages: [en, de]   # <-") + q("- {id: a, type: note, label: N}", header=""),
     "not a language"),
    ("Q016", HEADER.replace("languages: [en, fr]", "languages: [fr, es]   # <-") + q("- {id: a, type: note, label: N}", header=""),
     "default language"),
    ("Q017", q("""
        - {id: a, type: integer, label: A}
        - id: b
          type: short_text
          label: B
          show_if: a = 1   # <-
        """), "single '='"),
    ("Q017", q("""
        - {id: a, type: integer, label: A}
        - id: b
          type: short_text
          label: B
          show_if: "(a > 1"   # <-
        """), "')'"),
    ("Q018", q("""
        - {id: status_now, type: scale, choices: status, label: A}
        - id: b
          type: short_text
          label: B
          show_if: status_nw >= 'low'   # <-
        """), 'Did you mean "status_now"'),
    ("Q019", q("""
        - id: a
          type: short_text
          label: A
          show_if: answered(b)   # <-
        - id: b
          type: short_text
          label: B
          required: answered(a)
        """), "circle"),
    ("Q020", q("""
        - id: a
          type: short_text
          label: A
          role: lead_minstry   # <-
        """), 'Did you mean "lead_ministry"'),
    ("Q021", q("""
        - id: a
          type: scale
          choices: status
          label: A
          role: norm_status   # <-
        """), "no norm"),
    ("Q022", q("""
        - {id: old, type: short_text, label: Old}
        - id: new
          type: short_text
          label: New
          replaces: [old]   # <-
        """), "still has the id"),
    ("Q023", q("""
        - id: a
          type: integer
          label: A
          min: 10   # <-
          max: 1
        """), "greater than"),
    ("Q023", q("""
        - id: g
          type: group
          label: G
          max_rows: 0   # <-
          items: [{id: x, type: short_text, label: X}]
        """), "max_rows"),
    ("Q024", q("""
        - {id: st, type: scale, choices: status, label: A}
        - id: b
          type: short_text
          label: B
          show_if: st >= 'hihg'   # <-
        """), 'Did you mean "high"'),
    ("Q024", q("""
        - {id: n, type: integer, label: N}
        - id: b
          type: short_text
          label: B
          show_if: n > '3'   # <-
        """), "number"),
    ("Q024", q("""
        - {id: st, type: scale, choices: status, label: A}
        - id: b
          type: short_text
          label: B
          show_if: st > 'na'   # <-
        """), "outside the order"),
    ("Q025", q("""
        - {id: t, type: short_text, label: T}
        - id: b
          type: short_text
          label: B
          show_if: count(t) >= 1   # <-
        """), "count()"),
    ("Q025", q("""
        - {id: m, type: multi_choice, choices: kinds, label: M}
        - id: b
          type: short_text
          label: B
          show_if: m == 'law'   # <-
        """), "cannot be compared"),
    ("Q025", q("""
        - {id: n, type: integer, label: N}
        - id: b
          type: short_text
          label: B
          show_if: n   # <-
        """), "true/false"),
    ("Q026", q("""
        - id: g
          type: group
          label: G
          items:
            - {id: x, type: note, label: X}  # <-
        """), "cannot be inside a group"),
    ("Q027", HEADER + LISTS + "parts:\n  - id: p1\n    title: P\n    sections:\n      - id: s1\n        title: S\n        items: []  # <-\n",
     "no items"),
    ("Q028", q("""
        - {id: a, type: long_text, label: A, role: executive_summary}
        - {id: b, type: long_text, label: B, role: executive_summary}  # <-
        """), "both 'a' and 'b'"),
    ("Q028", q("""
        - {id: a, type: scale, choices: status, label: A, role: norm_status, norm: "13(a)"}
        - {id: b, type: scale, choices: status, label: B, role: norm_status, norm: "13(a)"}  # <-
        """), "13(a)"),
]


@pytest.mark.parametrize("code,text,words", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_error_code_and_line(write_yaml: Callable[..., Path], code: str, text: str, words: str) -> None:
    path = write_yaml(text)
    result = load(path)
    assert result.questionnaire is None
    matching = [d for d in result.errors if d.code == code]
    assert matching, [str(d) for d in result.diagnostics]
    assert marked_line(text) in {d.position.line for d in matching}, [str(d) for d in result.diagnostics]
    assert any(words in d.message for d in matching), [d.message for d in matching]
    assert all(d.position is not None and d.position.file == str(path) for d in result.diagnostics)


def test_unreadable_file_is_a_diagnostic(tmp_path: Path) -> None:
    result = load(tmp_path / "missing.yaml")
    assert [d.code for d in result.diagnostics] == ["Q001"]
    assert result.diagnostics[0].position.line == 1


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"questionnaire:\n  title: caf\xe9\n")
    result = load(path)
    assert [(d.code, d.position.line, d.position.column) for d in result.diagnostics] == [("Q001", 2, 13)]


def test_syntax_error_has_line_and_column(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("questionnaire:\n  id: t\n   title: x\n")
    [diagnostic] = load(path).diagnostics
    assert diagnostic.code == "Q002"
    assert diagnostic.position.line == 3


def test_condition_error_points_at_the_column(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - {id: a, type: integer, label: A}
        - id: b
          type: short_text
          label: B
          show_if: "a >= 1 and and"
        """)
    diagnostic = next(d for d in load(write_yaml(text)).diagnostics if d.code == "Q017")
    line = text.splitlines()[diagnostic.position.line - 1]
    # the column names the second "and", inside the quoted scalar
    assert line[diagnostic.position.column - 1:].startswith("and\"")


def test_reference_error_points_at_the_id(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - {id: a, type: integer, label: A}
        - {id: b, type: short_text, label: B, show_if: a > 1 and answered(zzz)}
        """)
    diagnostic = next(d for d in load(write_yaml(text)).diagnostics if d.code == "Q018")
    line = text.splitlines()[diagnostic.position.line - 1]
    assert line[diagnostic.position.column - 1:].startswith("zzz")


def test_all_problems_are_reported_together(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - {id: a, type: short_txt, label: A}
        - {id: b, type: integer, label: B, min: 5, max: 1}
        - {id: c, type: short_text, label: C, show_if: answered(nothing)}
        - {id: d, type: single_choice, label: D, choices: nope}
        """)
    codes = sorted(d.code for d in load(write_yaml(text)).errors)
    assert codes == ["Q011", "Q012", "Q018", "Q023"]


def test_valid_questionnaire_becomes_typed_model(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - id: st
          type: scale
          choices: status
          label: Status
          role: norm_status
          norm: "13(g)"
        - id: kinds_used
          type: multi_choice
          choices: kinds
          other: true
          label: Kinds
          show_if: st >= 'medium'
        - id: how_many
          type: integer
          label: How many
          min: 0
          max: 100
          required: count(kinds_used) >= 2
          validate:
            - {rule: how_many <= 50, message: At most 50.}
        - id: docs
          type: group
          label: Documents
          max_rows: 5
          items:
            - {id: title, type: short_text, label: Title}
            - {id: year, type: integer, label: Year, min: 1990, max: 2100, show_if: answered(title)}
        - id: inline
          type: scale
          label: Inline scale
          choices:
            - {value: one, label: One}
            - {value: two, label: Two}
          replaces: [inline_old]
        - {id: yn, type: yes_no, label: Yes or no, required: true}
        """)
    result = load(write_yaml(text))
    assert result.diagnostics == []
    questionnaire = result.questionnaire
    assert questionnaire.id == "t" and questionnaire.version == "1" and questionnaire.languages == ("en", "fr")
    assert questionnaire.language == "en"
    st = questionnaire.item("st")
    assert st.type is ItemType.SCALE and st.role is Role.NORM_STATUS and st.norm == "13(g)"
    assert st.choice_list.ordered and st.choice_list.unordered_values == {"na"}
    assert questionnaire.item("kinds_used").allow_other
    assert questionnaire.item("kinds_used").show_if.references == {"st"}
    how_many = questionnaire.item("how_many")
    assert how_many.minimum == 0 and how_many.maximum == 100
    assert how_many.required.source == "count(kinds_used) >= 2"
    assert how_many.validations[0].message == "At most 50."
    docs = questionnaire.item("docs")
    assert [sub.id for sub in docs.items] == ["title", "year"] and docs.max_rows == 5
    assert docs.items[1].show_if.references == {"title"}
    inline = questionnaire.item("inline")
    assert inline.choice_list.ordered and inline.choice_list.values() == ("one", "two")
    assert questionnaire.replacements() == {"inline_old": "inline"}
    assert questionnaire.item("yn").required is True
    assert st.position.line == marked_line(text, "- id: st")


def test_section_norm_is_inherited(write_yaml: Callable[..., Path]) -> None:
    text = q("- {id: st, type: scale, choices: status, label: S, role: norm_status}").replace(
        "        title: Section one\n", "        title: Section one\n        norm: \"13(c)\"\n")
    result = load(write_yaml(text))
    assert result.diagnostics == []
    assert result.questionnaire.norm_status_items()[0].norm == "13(c)"


def test_sibling_references_inside_a_group(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - id: g
          type: group
          label: G
          items:
            - {id: a, type: integer, label: A}
            - {id: b, type: short_text, label: B, show_if: a > 1}
        """)
    assert load(write_yaml(text)).diagnostics == []


def test_bundled_example_in_the_format_doc_loads(tmp_path: Path) -> None:
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(questionnaire:.*?)```", doc, re.S).group(1)
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    result = load(path)
    assert result.errors == [], [str(d) for d in result.errors]
    assert result.questionnaire.has_item("n13g_status")


def test_deep_nesting_is_refused_not_a_crash(write_yaml: Callable[..., Path]) -> None:
    # libyaml's composer recurses in C: this used to overflow the stack and kill the process
    path = write_yaml("questionnaire:\n  id: " + "[" * 200_000 + "]" * 200_000 + "\n")
    [diagnostic] = load(path).diagnostics
    # our own guard or, from PyYAML 6.0.3, libyaml's nesting limit: either way Q002 at the column
    assert diagnostic.code == "Q002" and ("deep" in diagnostic.message or "nesting" in diagnostic.message)
    assert (diagnostic.position.line, diagnostic.position.column) == (2, 1005)


def test_moderate_nesting_is_reported_as_content(write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("questionnaire:\n  id: " + "[" * 3000 + "]" * 3000 + "\n")
    diagnostics = load(path).diagnostics
    codes = {d.code for d in diagnostics}
    # older PyYAML composes it and the content check (Q006) speaks; PyYAML >= 6.0.3 stops at 1,000 levels
    assert codes in ({"Q006"}, {"Q002"}) or ("Q006" in codes and "Q002" not in codes)
    assert all(d.position.line >= 1 for d in diagnostics)


def test_unchanged_file_gives_the_same_object(write_yaml: Callable[..., Path]) -> None:
    text = q("- {id: a, type: short_text, label: A}")
    path = write_yaml(text, "same.yaml")
    first = load(path).questionnaire
    assert load(path).questionnaire is first
    assert load(path, use_cache=False).questionnaire is not first
    path.write_text(text.replace("label: A", "label: B"), encoding="utf-8")  # same size, at once
    assert load(path).questionnaire.item("a").label == "B"


def test_block_texts_are_trimmed_and_empty_optional_texts_allowed(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - id: a
          type: long_text
          label: >
            A long label
            folded on two lines
          help:
          extract: |
            First paragraph.

            Second paragraph.
        """)
    result = load(write_yaml(text))
    assert result.diagnostics == []
    item = result.questionnaire.item("a")
    assert item.label == "A long label folded on two lines"
    assert item.help == ""
    assert item.extract == "First paragraph.\n\nSecond paragraph."


def test_problems_inside_block_conditions_are_located(write_yaml: Callable[..., Path]) -> None:
    text = q("""
        - {id: a, type: integer, label: A}
        - id: b
          type: short_text
          label: B
          show_if: |
            a > 1 and
              answered(zz)
        - id: c
          type: short_text
          label: C
          show_if: >
            a >
        """)
    diagnostics = load(write_yaml(text)).diagnostics
    unknown = next(d for d in diagnostics if d.code == "Q018")
    assert unknown.position.line == marked_line(text, "answered(zz)")
    assert text.splitlines()[unknown.position.line - 1][unknown.position.column - 1:] == "zz)"
    syntax = next(d for d in diagnostics if d.code == "Q017")
    assert syntax.position.line == marked_line(text, "show_if: >") + 1
