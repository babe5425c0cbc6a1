"""The benchmark generator writes questionnaires that load without any diagnostic."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from survey_app.questionnaire import values
from survey_app.questionnaire.loader import load

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


@pytest.fixture(scope="module")
def generate():
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


@pytest.mark.parametrize("n", [1, 37, 600])
def test_generated_questionnaires_load_cleanly(tmp_path: Path, generate, n: int) -> None:
    result = load(generate(n, tmp_path))
    assert result.diagnostics == [], [str(d) for d in result.diagnostics[:5]]
    questionnaire = result.questionnaire
    items = list(questionnaire.items())
    assert len(items) == n
    if n >= 37:
        kinds = {item.type.value for item in items}
        assert {"scale", "multi_choice", "group", "integer", "note", "date", "decimal"} <= kinds
        # the conditions work on real answers
        first = items[0].id.rsplit("_", 1)[0] + "_i"
        answers = {f"{first}0": "implemented", f"{first}1": {"selected": ["legislation"]}}
        assert values.is_visible(questionnaire.item(f"{first}2"), answers, questionnaire)
        assert not values.is_visible(questionnaire.item(f"{first}2"), {f"{first}0": "not_started"}, questionnaire)
