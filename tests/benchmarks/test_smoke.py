"""The benchmark suite's quick mode runs and reports every figure (so the suite cannot rot).

No timing is asserted here: figures belong in `benchmarks/` and docs/performance.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: one row per figure issue 8 asks for (area, start of the measure's name)
EXPECTED = [
    ("questionnaire", "load nsi.yaml"),
    ("questionnaire", "load sg-views.yaml"),
    ("questionnaire", "load generated"),
    ("storage", "one committed answer edit, median"),
    ("storage", "one committed answer edit, p99"),
    ("storage", "open a database of"),
    ("storage", "JSON export of a full response"),
    ("storage", "JSON import of a full response"),
    ("pdf", "bundled questionnaire, complete"),
    ("pdf", "generated response,"),
    ("compare", "compare two complete responses"),
    ("compare", "status chart over"),
    ("gui", "start-up to first paint: bare PySide6 window"),
    ("gui", "start-up to first paint: survey-app"),
    ("gui", "start-up ratio survey-app / bare window"),
    ("gui", "peak resident memory at start-up"),
    ("gui", "switch section, first visit, no pause"),
    ("gui", "switch section, first visit, after reading"),
    ("gui", "resident memory, full response open"),
    ("contributions", "merge: plan and apply"),
    ("contributions", "size of a full reply, encrypted"),
]


def _rows(output: str) -> list[tuple[str, str]]:
    rows = []
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 2 and not set(cells[0]) <= {"-"}:
            rows.append((cells[0], cells[1]))
    return rows


def test_quick_run_reports_every_benchmark() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    rows = _rows(done.stdout)
    assert rows[0] == ("area", "measure")
    missing = [(area, name) for area, name in EXPECTED
               if not any(a == area and measure.startswith(name) for a, measure in rows[1:])]
    assert missing == [], done.stdout
    # every row carries a figure and a run count
    for line in done.stdout.splitlines()[4:]:
        if line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            assert cells[2] and cells[4].isdigit(), line


def test_only_selects_areas() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "nonsense"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "unknown area" in done.stderr
