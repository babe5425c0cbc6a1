"""Odd stored values (wrong types, markup, controls, any script) never break a comparison or its outputs."""

from __future__ import annotations

import json
import random
from pathlib import Path

from survey_app.compare.chart import status_grid
from survey_app.compare.diff import compare_responses
from survey_app.compare.render import render_text, to_json
from survey_app.compare.report_pdf import build_comparison_pdf

from .conftest import make_questionnaire, make_response

ODD = [
    None, "", " ", "x", 0, 1, -5, 3.5, True, False, [], [1, "a"], {}, {"selected": "notalist"},
    {"selected": ["zzz"], "other": 5}, [{"title": None}], [{"title": "a", "year": [1]}], ["row"], {"a": {"b": 1}},
    "implemented", "not_applicable", "<b>&", "\x00\x07", "ع" * 30, "中" * 50,
]


def test_random_odd_values(tmp_path: Path) -> None:
    old_q, new_q = make_questionnaire(), make_questionnaire("2026.1")
    ids = [item.id for item in old_q.items()] + [item.id for item in new_q.items()] + ["ghost"]
    rng = random.Random(7)
    for n in range(80):
        old = (make_response(1, 2020), old_q, {i: rng.choice(ODD) for i in ids if rng.random() < 0.6})
        new = (make_response(2, 2022, "2026.1"), new_q, {i: rng.choice(ODD) for i in ids if rng.random() < 0.6})
        comparison = compare_responses(old, new)
        grid = status_grid([old, new])
        assert render_text(comparison, grid=grid, changes_only=False)
        json.dumps(to_json(comparison, grid=grid))
        if n % 40 == 0:
            language = ("en", "ar")[n // 40 % 2]
            out = build_comparison_pdf(comparison, tmp_path / f"odd-{n}.pdf", grid=grid, changes_only=False,
                                       language=language)
            assert out.stat().st_size > 1000
