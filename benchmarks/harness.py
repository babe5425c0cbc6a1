"""Small measuring kit shared by the benchmark modules.

Each `bench_*.py` module exposes `run(quick: bool) -> list[Result]`; `benchmarks/run.py` collects them
into one table. Timings are medians of several runs with their spread; targets are compared as
figures here, never asserted in tests (the machines are shared and noisy).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    area: str
    name: str
    median: float
    low: float
    high: float
    unit: str
    runs: int
    #: e.g. "< 0.1 s"; None when the figure has no target
    target: str | None = None
    met: bool | None = None
    note: str = ""

    def row(self) -> list[str]:
        verdict = "" if self.met is None else ("met" if self.met else "NOT MET")
        return [
            self.area,
            self.name,
            _fmt(self.median, self.unit),
            f"{_fmt(self.low, self.unit)} – {_fmt(self.high, self.unit)}",
            str(self.runs),
            self.target or "",
            verdict,
            self.note,
        ]


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.0f} µs"
        if value < 1:
            return f"{value * 1e3:.1f} ms"
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.3g} {unit}"


def time_call(fn: Callable[[], object], *, repeat: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of `repeat` calls of `fn`, after `warmup` unmeasured calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def result(
    area: str,
    name: str,
    samples: list[float],
    *,
    unit: str = "s",
    target: float | None = None,
    target_text: str | None = None,
    lower_is_better: bool = True,
    note: str = "",
) -> Result:
    median = statistics.median(samples)
    met = None
    if target is not None:
        met = median < target if lower_is_better else median > target
    if target is not None and target_text is None:
        target_text = f"< {_fmt(target, unit)}" if lower_is_better else f"> {_fmt(target, unit)}"
    return Result(area, name, median, min(samples), max(samples), unit, len(samples), target_text, met, note)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


HEADER = ["area", "measure", "median", "spread (min – max)", "runs", "target", "verdict", "note"]


def table(results: list[Result]) -> str:
    """A Markdown table (readable in a terminal and pasteable into docs/performance.md)."""
    rows = [HEADER] + [r.row() for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
