"""Run the benchmark suite and print one table.

    .venv/bin/python benchmarks/run.py            # full suite (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # smoke mode: tiny sizes, one run (tests use it)
    .venv/bin/python benchmarks/run.py --only pdf,storage
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, table  # noqa: E402

MODULES = {
    "questionnaire": "bench_questionnaire",
    "storage": "bench_storage",
    "pdf": "bench_pdf",
    "compare": "bench_compare",
    "gui": "bench_gui",
    "contributions": "bench_contributions",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smoke mode: small sizes, one run each")
    parser.add_argument("--only", default="", help="comma-separated areas: " + ", ".join(MODULES))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = [a for a in args.only.split(",") if a] or list(MODULES)
    unknown = sorted(set(wanted) - set(MODULES))
    if unknown:
        parser.error(f"unknown area(s): {', '.join(unknown)}")
    results: list[Result] = []
    failed: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="survey-bench-home-") as home:
        # settings, logs and backups of every benchmark go to a private folder, never the user's
        os.environ["SURVEY_APP_HOME"] = home
        for area in wanted:
            try:
                module = importlib.import_module(MODULES[area])
                results.extend(module.run(quick=args.quick))
            except Exception:
                traceback.print_exc()
                failed.append(area)
    print(f"# survey-app benchmarks ({'quick' if args.quick else 'full'}), "
          f"{platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, "
          f"{time.perf_counter() - started:.0f} s in all\n")
    print(table(results))
    if failed:
        print(f"\nFAILED areas: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
