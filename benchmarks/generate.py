"""Write generated questionnaires of N items (a realistic mix of types, conditions and groups).

    .venv/bin/python benchmarks/generate.py 5000 --out /tmp/big      # writes /tmp/big/gen-5000.yaml

Used by bench_questionnaire.py; the files load without errors (the generator is tested).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ITEMS_PER_SECTION = 20
SECTIONS_PER_PART = 25

HEADER = """\
questionnaire:
  id: gen_{n}
  version: "1.{n}"
  title: Generated questionnaire of {n} items
  description: Written by benchmarks/generate.py for timing the loader.
  default_language: en
  languages: [en, fr, es, ru, zh, ar]

choice_lists:
  status:
    ordered: true
    choices:
      - {{value: not_started, label: Not started}}
      - {{value: planned, label: Planned}}
      - {{value: in_progress, label: In progress}}
      - {{value: implemented, label: Implemented}}
      - {{value: not_applicable, label: Not applicable, unordered: true}}
  measures:
    choices:
      - {{value: legislation, label: Legislation}}
      - {{value: policy, label: Policy or strategy, help: "National strategies, action plans"}}
      - {{value: institution, label: Institution}}
      - {{value: training, label: Training}}
      - {{value: cooperation, label: International cooperation}}

parts:
"""


def _section_items(prefix: str, count: int, rng: random.Random) -> list[str]:
    """YAML lines of `count` items of one section; conditions only name earlier items of it."""
    lines: list[str] = []
    status_id = measures_id = None
    for index in range(count):
        item_id = f"{prefix}_i{index}"
        kind = index % 10 if index else 0
        source = f"    source: A/70/174 para 13({'abcdefghijk'[rng.randrange(11)]})"
        if kind == 0:
            status_id = item_id
            lines += [f"  - id: {item_id}", "    type: scale", "    choices: status",
                      f"    label: Implementation status {index}", source,
                      "    help: Choose the level that best describes the situation today."]
        elif kind == 1:
            measures_id = item_id
            lines += [f"  - id: {item_id}", "    type: multi_choice", "    choices: measures", "    other: true",
                      f"    label: Kinds of measures {index}"]
            if status_id:
                lines.append(f"    show_if: {status_id} >= 'planned'")
        elif kind == 2:
            lines += [f"  - id: {item_id}", "    type: integer", f"    label: Number of sectors {index}",
                      "    min: 0", "    max: 100", "    validate:",
                      f"      - {{rule: {item_id} <= 50, message: Enter at most 50 sectors.}}"]
            if measures_id:
                lines.append(f"    show_if: selected({measures_id}, 'legislation')")
        elif kind == 3:
            lines += [f"  - id: {item_id}", "    type: long_text", f"    label: Describe the measures {index}",
                      "    word_limit: 500", "    guidance: Printed in the PDF only."]
            if measures_id:
                lines.append(f"    required: count({measures_id}) >= 2")
        elif kind == 4:
            lines += [f"  - id: {item_id}", "    type: group", f"    label: National documents {index}",
                      "    max_rows: 20", "    items:",
                      "      - {id: title, type: short_text, label: Title}",
                      "      - {id: year, type: integer, label: Year, min: 1990, max: 2100}",
                      "      - {id: link, type: short_text, label: Link, show_if: answered(title)}"]
        elif kind == 5:
            lines += [f"  - id: {item_id}", "    type: yes_no", f"    label: Is there a national position {index}?"]
        elif kind == 6:
            lines += [f"  - id: {item_id}", "    type: date", f"    label: Date adopted {index}",
                      f"    show_if: {prefix}_i5 == true" if index > 5 else "    help: YYYY-MM-DD"]
        elif kind == 7:
            lines += [f"  - id: {item_id}", "    type: single_choice", f"    label: Main channel {index}", "    other: true",
                      "    choices:", "      - {value: bilateral, label: Bilateral}",
                      "      - {value: regional, label: Regional organisation}",
                      "      - {value: multilateral, label: Multilateral}"]
        elif kind == 8:
            lines += [f"  - id: {item_id}", "    type: decimal", f"    label: Budget in million USD {index}", "    min: 0"]
        else:
            lines += [f"  - id: {item_id}", "    type: note", f"    label: Extract {index}",
                      "    extract: \"States should take appropriate measures to protect their critical infrastructure.\""]
    return lines


def questionnaire_text(n_items: int, *, seed: int = 0) -> str:
    rng = random.Random(seed)
    out = [HEADER.format(n=n_items)]
    remaining = n_items
    section_number = 0
    part_number = 0
    while remaining > 0:
        out.append(f"  - id: part{part_number}\n    title: Part {part_number}\n    sections:\n")
        for _ in range(SECTIONS_PER_PART):
            if remaining <= 0:
                break
            count = min(ITEMS_PER_SECTION, remaining)
            prefix = f"s{section_number}"
            body = "\n".join("          " + line for line in _section_items(prefix, count, rng))
            out.append(f"      - id: {prefix}\n        title: Section {section_number}\n"
                       f"        norm: \"13({'abcdefghijk'[section_number % 11]})\"\n        items:\n{body}\n")
            remaining -= count
            section_number += 1
        part_number += 1
    return "".join(out)


def generate(n_items: int, folder: Path, *, seed: int = 0) -> Path:
    """Write `gen-<n>.yaml` into `folder` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"gen-{n_items}.yaml"
    path.write_text(questionnaire_text(n_items, seed=seed), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", type=int, nargs="+", help="number of items (several sizes allowed)")
    parser.add_argument("--out", type=Path, default=None, help="folder (default: a new temporary folder)")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="survey-gen-"))
    for n in args.items:
        print(generate(n, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
