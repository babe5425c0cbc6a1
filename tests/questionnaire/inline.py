"""Helpers to write questionnaires inline in a test."""

from __future__ import annotations

import textwrap
HEADER = """\
questionnaire:
  id: t
  version: "1"
  title: Test survey
  default_language: en
  languages: [en, fr]
"""

LISTS = """\
choice_lists:
  status:
    ordered: true
    choices:
      - {value: low, label: Low}
      - {value: medium, label: Medium}
      - {value: high, label: High}
      - {value: na, label: Not applicable, unordered: true}
  kinds:
    choices:
      - {value: law, label: Legislation}
      - {value: policy, label: Policy}
      - {value: training, label: Training}
"""


def questionnaire_text(items: str, *, header: str = HEADER, lists: str = LISTS) -> str:
    """A whole questionnaire whose one section holds `items` (YAML list entries, dedented)."""
    body = textwrap.indent(textwrap.dedent(items).strip("\n"), " " * 10)
    return (
        f"{header}{lists}"
        "parts:\n"
        "  - id: p1\n"
        "    title: Part one\n"
        "    sections:\n"
        "      - id: s1\n"
        "        title: Section one\n"
        "        items:\n"
        f"{body}\n"
    )


def marked_line(text: str, marker: str = "# <-") -> int:
    """1-based line of `text` holding `marker` (so tests need not count lines by hand)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if marker in line:
            return number
    raise AssertionError(f"no {marker!r} in the text")


