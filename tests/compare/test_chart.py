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


def test_fill_darkens_with_the_level_so_grayscale_keeps_the_order() -> None:
    from survey_app.compare.chart import status_colour

    def gray(fraction: float) -> float:
        red, green, blue = status_colour(fraction)
        return 0.299 * red + 0.587 * green + 0.114 * blue

    levels = [gray(f) for f in (0.0, 1 / 3, 2 / 3, 1.0)]
    assert all(a - b > 0.08 for a, b in zip(levels, levels[1:]))
    assert min(levels) > 0.5  # black text stays readable on the darkest fill


def test_pdf_chart_shades_cycle_cells_in_both_directions() -> None:
    from survey_app.compare.report_pdf import _Writer

    q = make_questionnaire()
    grid = status_grid([(make_response(1, 2022), q, {"n13a_status": "implemented"}),
                        (make_response(2, 2024), q, {"n13a_status": "planned"})])
    for language, norm_column in (("en", 0), ("ar", 2)):
        table = _Writer(language).chart(grid, 400)[0]
        shaded = {cmd[1] for cmd in table._bkgrndcmds if cmd[0] == "BACKGROUND" and cmd[1][1] > 0}
        assert norm_column not in {column for column, _row in shaded}
        assert {column for column, _row in shaded} == {0, 1, 2} - {norm_column}
