"""status_grid: norms × cycles of status levels, across questionnaire versions."""

from __future__ import annotations

from survey_app.compare.chart import abbreviations, status_grid

from .conftest import make_questionnaire, make_response


def test_grid_of_norms_by_cycle() -> None:
    old_q, new_q = make_questionnaire("2025.1"), make_questionnaire("2026.1", norms=("13(a)", "13(g)", "13(k)"))
    grid = status_grid(
        [
            (make_response(3, 2026, "2026.1"), new_q, {"n13a_status": "implemented", "n13k_status": "planned"}),
            (make_response(1, 2022), old_q, {"n13a_status": "not_started", "n13g_status": "not_applicable"}),
            (make_response(2, 2024), old_q, {"n13a_status": "in_progress"}),
        ]
    )
    assert grid.cycles == (2022, 2024, 2026)
    assert grid.norms == ("13(a)", "13(g)", "13(k)")
    assert grid.titles["13(k)"] == "Norm 13(k)"
    assert [c.label if c else None for c in grid.row("13(a)")] == ["Not started", "In progress", "Implemented"]
    assert [c.fraction if c else None for c in grid.row("13(a)")] == [0.0, 2 / 3, 1.0]
    assert grid.cell("13(g)", 2022).rank is None and grid.cell("13(g)", 2024) is None
    assert grid.response_ids == {2022: 1, 2024: 2, 2026: 3}
    assert [level.short for level in grid.legend] == ["NS", "Pl", "IP", "Im", "NA"]


def test_empty_grid() -> None:
    assert status_grid([]).is_empty


def test_abbreviations_are_distinct() -> None:
    labels = ["Not started", "Not stated", "Planned", "Plan"]
    shorts = abbreviations(labels)
    assert len(set(shorts)) == len(labels)
    assert abbreviations(["未开始", "已实施"]) == ["未开始", "已实施"]
