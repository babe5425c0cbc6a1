"""Questionnaire loading: parse + check (load) of the bundled files and of generated big ones.

    .venv/bin/python benchmarks/bench_questionnaire.py [--quick]

Targets on the project machine (2 shared cores): bundled questionnaires < 0.1 s each,
1,000 items < 0.3 s, 5,000 items < 1 s; 20,000 items is measured without a target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import generate  # noqa: E402
from harness import Result, result, table, time_call  # noqa: E402

from survey_app.questionnaire.loader import load  # noqa: E402
from survey_app.questionnaire.translations import check_translations, translated  # noqa: E402

AREA = "questionnaire"
TARGETS = {1_000: 0.3, 5_000: 1.0}


def _load_checked(path: Path) -> None:
    outcome = load(path, use_cache=False)
    if outcome.questionnaire is None:
        raise RuntimeError(f"{path} does not load: {[str(d) for d in outcome.errors[:3]]}")


def run(quick: bool = False) -> list[Result]:
    results: list[Result] = []
    repeat = 1 if quick else 7
    bundled = sorted((HERE.parent / "questionnaires").glob("*.yaml"))
    for path in bundled:
        samples = time_call(lambda p=path: _load_checked(p), repeat=repeat)
        q = load(path).questionnaire
        items = sum(1 for _ in q.items()) if q else 0
        results.append(result(AREA, f"load {path.name} ({items} items)", samples, target=0.1))
        if q is not None and not quick:
            samples = time_call(lambda q=q: check_translations(q), repeat=repeat)
            results.append(result(AREA, f"check translations of {path.name}", samples))
            samples = time_call(lambda q=q: translated(q, "fr"), repeat=repeat, warmup=0)
            results.append(result(AREA, f"translated({path.stem}, fr), first then cached", samples))
    sizes = (200,) if quick else (1_000, 5_000, 20_000)
    with tempfile.TemporaryDirectory(prefix="bench-questionnaire-") as folder:
        for n in sizes:
            path = generate(n, Path(folder))
            runs = 3 if n >= 20_000 and not quick else repeat
            samples = time_call(lambda p=path: _load_checked(p), repeat=runs)
            size = path.stat().st_size / 1_048_576
            results.append(result(AREA, f"load generated {n:,} items ({size:.1f} MB)", samples,
                                  target=TARGETS.get(n)))
        results += _catalog_with_a_big_user_file(Path(folder), 200 if quick else 5_000, repeat)
    return results


def _catalog_with_a_big_user_file(folder: Path, n: int, repeat: int) -> list[Result]:
    """What every command pays for the catalog (open it, get the NSI) with and without a big
    questionnaire in the user's folder: the big file is indexed by its header, read only if asked."""
    from survey_app import paths
    from survey_app.questionnaire import loader
    from survey_app.questionnaire.catalog import Catalog

    def open_and_get() -> None:
        loader._RESULTS.clear()  # as in a new process: nothing read yet
        Catalog.load().get("nsi")

    def open_and_read_all() -> None:
        loader._RESULTS.clear()
        Catalog.load().all()

    previous_home = os.environ.get("SURVEY_APP_HOME")
    os.environ["SURVEY_APP_HOME"] = str(folder / "home")  # never the user's own folder
    try:
        return _timed_catalogs(folder, n, repeat, open_and_get, open_and_read_all, paths.user_questionnaires_dir())
    finally:
        if previous_home is None:
            os.environ.pop("SURVEY_APP_HOME", None)
        else:
            os.environ["SURVEY_APP_HOME"] = previous_home


def _timed_catalogs(folder: Path, n: int, repeat: int, open_and_get: Callable[[], None],
                    open_and_read_all: Callable[[], None], user: Path) -> list[Result]:
    assert not list(user.glob("*.yaml")), user  # a folder of our own, empty
    bare = time_call(open_and_get, repeat=repeat)
    big = generate(n, folder, seed=1)
    target = user / big.name
    target.write_bytes(big.read_bytes())
    try:
        loaded = time_call(open_and_get, repeat=repeat)
        everything = time_call(open_and_read_all, repeat=max(1, repeat // 3))
    finally:
        target.unlink()
    size = big.stat().st_size / 1_048_576
    ratio = statistics.median(loaded) / statistics.median(bare)
    return [
        result(AREA, "catalog: open + get nsi, user folder empty", bare),
        result(AREA, f"catalog: open + get nsi, {n:,}-item file ({size:.1f} MB) in the user folder "
                     f"(x{ratio:.2f} of empty)", loaded),
        result(AREA, "catalog: open + read all, with that file (what the start screen pays)", everything),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
