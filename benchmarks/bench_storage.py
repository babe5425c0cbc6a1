"""Storage benchmarks: one committed answer edit, opening a full database, JSON export and import,
the two health checks of a big database (quick_check, integrity_check).

    .venv/bin/python benchmarks/bench_storage.py [--quick]

Each figure is the median of several runs on real files in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, percentile, result, table, time_call  # noqa: E402


def _questionnaire():
    from survey_app.questionnaire.catalog import Catalog

    return Catalog.load().get("nsi")


def _edit_latency(folder: Path, edits: int, runs: int) -> list[Result]:
    from survey_app.storage.api import State
    from survey_app.storage.store import Store

    questionnaire = _questionnaire()
    item_ids = [item.id for item in questionnaire.answerable_items() if item.type.value == "long_text"]
    medians, p99s = [], []
    for run in range(runs):
        with Store.open(folder / f"edits-{run}.db") as store:
            response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en")
            samples = []
            for n in range(edits):
                text = f"Draft {n}: the Ministry of Foreign Affairs coordinates the national measures. " * 3
                start = time.perf_counter()
                store.set_answer(response.id, item_ids[n % len(item_ids)], text)
                samples.append(time.perf_counter() - start)
        medians.append(statistics.median(samples))
        p99s.append(percentile(samples, 0.99))
    return [
        result("storage", f"one committed answer edit, median of {edits}", medians, target=0.002),
        result("storage", f"one committed answer edit, p99 of {edits}", p99s, target=0.010),
    ]


def _full_database(path: Path, responses: int, answers: int) -> None:
    from survey_app.storage.states import member_states
    from survey_app.storage.store import Store

    questionnaire = _questionnaire()
    with Store.open(path) as store:
        for n, state in enumerate(member_states()[:responses]):
            response = store.create_response(state=state, cycle=2026, questionnaire=questionnaire, language="en")
            store.set_answers(response.id, {f"item_{k}": f"Answer {k} of {state.name}: " + "text " * 40 for k in range(answers)})
        assert len(store.list_responses()) == responses


def _open_time(folder: Path, runs: int, responses: int, answers: int) -> Result:
    from survey_app.storage.store import Store

    path = folder / "full.db"
    _full_database(path, responses, answers)

    def open_and_list() -> None:
        with Store.open(path) as store:
            store.list_responses()

    samples = time_call(open_and_list, repeat=runs)
    return result("storage", f"open a database of {responses} responses × {answers} answers", samples, target=0.2)


def _exchange(folder: Path, runs: int) -> list[Result]:
    from survey_app.storage.demo import generate_answers
    from survey_app.storage.exchange import FORMAT, export_document, import_document
    from survey_app.storage.states import member_states
    from survey_app.storage.store import Store

    questionnaire = _questionnaire()
    answers = generate_answers(questionnaire, cycle=2026)
    document = {"format": FORMAT, "format_version": 1, "answers": answers}
    states = iter(member_states())
    with Store.open(folder / "exchange.db", keep_backups=2) as store:
        source = store.create_response(state=next(states), cycle=2026, questionnaire=questionnaire, language="en")
        store.set_answers(source.id, answers)

        def export() -> None:
            export_document(store, source.id, questionnaire, include_sensitive=True)

        def import_fresh() -> None:
            target = store.create_response(state=next(states), cycle=2026, questionnaire=questionnaire, language="en")
            import_document(store, target.id, document, questionnaire)

        export_samples = time_call(export, repeat=runs)
        import_samples = time_call(import_fresh, repeat=runs)
    note = f"{len(answers)} answers"
    return [
        result("storage", "JSON export of a full response", export_samples, note=note),
        result("storage", "JSON import of a full response (checks + backup)", import_samples, note=note),
    ]


def _big_database(path: Path, responses: int) -> None:
    """`responses` complete NSI responses, each answered four times over (a long history)."""
    from survey_app.storage.demo import earlier_cycle, generate_answers
    from survey_app.storage.states import member_states
    from survey_app.storage.store import Store

    questionnaire = _questionnaire()
    newest = generate_answers(questionnaire, cycle=2026)
    rounds = [earlier_cycle(questionnaire, newest, steps=steps) for steps in (3, 2, 1)] + [newest]
    states = member_states()
    with Store.open(path, keep_backups=1) as store:
        for n in range(responses):
            response = store.create_response(state=states[n % len(states)], cycle=2026 - n // len(states),
                                             questionnaire=questionnaire, language="en")
            for answers in rounds:
                store.set_answers(response.id, answers, reason="demo")


def _integrity_checks(folder: Path, runs: int, responses: int) -> list[Result]:
    """What opening would cost with each check (`files.check_file`, which also compares the schema)."""
    from survey_app.storage import files

    path = folder / "big.db"
    _big_database(path, responses)
    size = f"{path.stat().st_size / 2**20:.0f} MiB, {responses} full NSI responses, 4 rounds of history"
    quick = time_call(lambda: files.check_file(path), repeat=runs)
    full = time_call(lambda: files.check_file(path, thorough=True), repeat=runs)
    return [
        result("storage", "check a big database: quick_check", quick, note=size),
        result("storage", "check a big database: integrity_check", full, target=0.3, note=size),
    ]


def run(quick: bool = False) -> list[Result]:
    runs = 1 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SURVEY_APP_HOME", str(Path(tmp) / "home"))
        folder = Path(tmp)
        results = _edit_latency(folder, 100 if quick else 2000, runs)
        results.append(_open_time(folder, runs, 5 if quick else 50, 20 if quick else 250))
        results.extend(_exchange(folder, runs))
        results.extend(_integrity_checks(folder, runs, 5 if quick else 200))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
