"""Year-over-year benchmarks: comparing two complete responses, the status chart over 10 cycles.

    .venv/bin/python benchmarks/bench_compare.py [--quick]

Pure figures (questionnaire and answers in memory) and the same work read from a real database,
as the GUI and `survey-app compare` do it; the PDF is measured too, without a target.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, result, table, time_call  # noqa: E402

CYCLES = 10
FIRST_CYCLE = 2008


def _answer_sets(questionnaire, cycles: int) -> dict[int, dict]:
    """Complete answers for the newest cycle and older, sparser ones before it (as in the demo)."""
    from survey_app.storage.demo import earlier_cycle, generate_answers

    newest_cycle = FIRST_CYCLE + 2 * (cycles - 1)
    newest = generate_answers(questionnaire, cycle=newest_cycle)
    sets = {newest_cycle: newest}
    for step in range(1, cycles):
        sets[newest_cycle - 2 * step] = earlier_cycle(questionnaire, newest, steps=min(step, 4), seed=step)
    return dict(sorted(sets.items()))


def run(quick: bool = False) -> list[Result]:
    from survey_app.compare.chart import status_grid
    from survey_app.compare.diff import compare_responses
    from survey_app.compare.report_pdf import build_comparison_pdf
    from survey_app.compare.sources import compare_ids, grid_for_state
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.api import State
    from survey_app.storage.store import Store

    runs = 1 if quick else 7
    cycles = 3 if quick else CYCLES
    catalog = Catalog.load()
    questionnaire = catalog.get("nsi")
    answers = _answer_sets(questionnaire, cycles)
    years = list(answers)
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SURVEY_APP_HOME", str(Path(tmp) / "home"))
        state = State(None, "Benchmark State")
        with Store.open(Path(tmp) / "bench.db") as store:
            ids = {}
            for year, values in answers.items():
                response = store.create_response(state=state, cycle=year, questionnaire=questionnaire, language="en")
                store.set_answers(response.id, values)
                ids[year] = response
            sides = [(ids[year], questionnaire, answers[year]) for year in years]
            old, new = sides[-2], sides[-1]
            note = f"{len(answers[years[-1]])} answers, {sum(1 for _ in questionnaire.answerable_items())} questions"

            samples = time_call(lambda: compare_responses(old, new), repeat=runs)
            results.append(result("compare", "compare two complete responses (in memory)", samples, target=0.2, note=note))
            samples = time_call(lambda: status_grid(sides), repeat=runs)
            results.append(result("compare", f"status chart over {cycles} cycles (in memory)", samples, target=0.2))

            old_id, new_id = ids[years[-2]].id, ids[years[-1]].id
            samples = time_call(lambda: compare_ids(store, catalog, old_id, new_id), repeat=runs)
            results.append(result("compare", "compare two complete responses (from the database)", samples, target=0.2))
            samples = time_call(lambda: grid_for_state(store, catalog, state.key), repeat=runs)
            results.append(result("compare", f"status chart over {cycles} cycles (from the database)", samples, target=0.2))

            comparison = compare_ids(store, catalog, ids[years[0]].id, new_id)
            grid = grid_for_state(store, catalog, state.key)
            out = Path(tmp) / "comparison.pdf"
            samples = time_call(lambda: build_comparison_pdf(comparison, out, grid=grid), repeat=max(1, runs // 2))
            results.append(result("compare", f"comparison PDF, first vs last of {cycles} cycles", samples,
                                  note=f"{comparison.changed} questions differ; no target"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
