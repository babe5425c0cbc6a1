"""docs/questionnaire-format.md is checked against the code: types, roles, codes, examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from survey_app.questionnaire.codes import CODES
from survey_app.questionnaire.loader import load
from survey_app.questionnaire.model import ItemType, Role

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")


def test_every_item_type_is_documented() -> None:
    table_types = set(re.findall(r"^\| `([a-z_]+)` \| [^|]+ \| [^|]+ \|$", DOC, re.M))
    assert {t.value for t in ItemType} <= table_types


def test_every_role_is_documented() -> None:
    roles = DOC.split("## Roles", 1)[1].split("\n## ", 1)[0]
    assert all(f"`{role.value}`" in roles for role in Role)


def test_every_code_is_documented_and_tested() -> None:
    documented = set(re.findall(r"^\| `([QT]\d{3})` \|", DOC, re.M))
    assert documented == set(CODES)
    tests = "".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py"))
    untested = sorted(code for code in CODES if f'"{code}"' not in tests)
    assert untested == []


@pytest.mark.parametrize("index", [0, 1])
def test_examples_load_without_errors(tmp_path: Path, index: int) -> None:
    examples = re.findall(r"```yaml\n(questionnaire:.*?)```", DOC, re.S)
    path = tmp_path / "example.yaml"
    path.write_text(examples[index], encoding="utf-8")
    result = load(path)
    assert result.diagnostics == [], [str(d) for d in result.diagnostics]
