"""Desktop application benchmarks: start-up, switching sections, resident memory.

    .venv/bin/python benchmarks/bench_gui.py [--quick]

Everything runs against the demo database (`survey-app demo`: Republic of Examplia 2022/2024/2026),
with the complete 2026 response of the bundled questionnaire open.

- Start-up: `survey-app` launched as a subprocess with SURVEY_APP_OPEN_RESPONSE=<id> and
  SURVEY_APP_EXIT_AFTER_PAINT=1 prints "first-paint <unix time>" at its window's first paint and quits;
  the time from just before launching to that stamp is compared with a bare PySide6 window (one
  `QWidget`, same size, same event filter) launched the same way, alternately, in the same run. The
  machine is shared, so the verdict uses the *ratio* of each app run to the bare run next to it
  (target: within 1.5x, issue 4), not the absolute figures.
- Resident memory: peak RSS of those start-up processes (os.wait4), and the RSS of an in-process
  window after every section has been shown once (target under 250 MB, issue 4).
- Switching sections: a child process drives `survey_app.gui.main_window.MainWindow` (Ctrl+PgDown,
  i.e. `step_section(+1)`) through every section, timing each switch until the events it posted
  (layout, paint) are processed; first visits build the section's form, revisits reuse it
  (target under 50 ms, issue 4). A child process keeps Qt and its memory out of the other benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, percentile, result, table  # noqa: E402

AREA = "gui"
STARTUP_RATIO_TARGET = 1.5
SWITCH_TARGET = 0.050
MEMORY_TARGET_MIB = 250.0

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
app.installEventFilter(FirstPaint(app))
window = QWidget()
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


def _survey_app() -> list[str]:
    """The installed `survey-app` script next to this Python, else the module."""
    script = Path(sys.executable).with_name("survey-app")
    if script.exists():
        return [str(script)]
    found = shutil.which("survey-app")
    return [found] if found else [sys.executable, "-m", "survey_app"]


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SURVEY_APP_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("SURVEY_APP_OPEN_RESPONSE", None)
    env.pop("SURVEY_APP_EXIT_AFTER_PAINT", None)
    # An installed application runs from compiled bytecode (pip and PyInstaller write it); this
    # machine's environment sets PYTHONDONTWRITEBYTECODE, which would make every start-up compile the
    # package's sources again. Keep the bytecode in the run's temporary folder, not in the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    return env


def _demo_database(folder: Path, env: dict[str, str]) -> tuple[Path, int]:
    """The demo database and the id of its complete response (the one with the most answers)."""
    db = folder / "demo.db"
    subprocess.run([*_survey_app(), "--db", str(db), "demo"], env=env, check=True, capture_output=True, timeout=120)
    from survey_app.storage.store import Store

    with Store.open(db) as store:
        full = max(store.list_responses(), key=lambda s: s.answered)
    return db, full.response.id


#: Starts the measured program and reports its start time and its own rusage. Linux counts in a
#: child's peak RSS the memory of the process it was forked from (kept across exec), so a child forked
#: straight from this benchmark process (hundreds of MiB after the PDF benchmarks) would inherit that
#: figure; forked from this small launcher it reports its own.
LAUNCHER = r"""
import os, subprocess, sys, time
started = time.time()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
print(f"launch {started:.6f} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.6f} "
      f"{os.waitstatus_to_exitcode(status)}", flush=True)
"""


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from launch to the first-paint stamp, the peak resident memory of the process (MiB), and
    the CPU seconds it used in all (start-up plus quitting: a figure that other load barely moves)."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=180)
    text = done.stdout.decode(errors="replace")
    stamp = next((line.split()[1] for line in text.splitlines() if line.startswith("first-paint ")), None)
    launch = next((line.split()[1:] for line in text.splitlines() if line.startswith("launch ")), None)
    if done.returncode != 0 or stamp is None or launch is None or launch[3] != "0":
        raise RuntimeError(f"{command[0]} did not start, paint and quit cleanly:\n{text[-2000:]}")
    started, maxrss_kib, cpu = float(launch[0]), int(launch[1]), float(launch[2])
    return float(stamp) - started, maxrss_kib / 1024, cpu


def _startup(db: Path, response_id: int, env: dict[str, str], *, rounds: int, warmup: int) -> list[Result]:
    app_env = dict(env, SURVEY_APP_OPEN_RESPONSE=str(response_id), SURVEY_APP_EXIT_AFTER_PAINT="1")
    app_command = [*_survey_app(), "--db", str(db)]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    for _ in range(warmup):  # file cache, .pyc files, font cache
        _launch(bare_command, env)
        _launch(app_command, app_env)
    bare, app, ratios, bare_rss, app_rss, cpu_ratios = [], [], [], [], [], []
    for n in range(rounds):
        # alternate the order so a burst of load from other work hits both sides alike
        pair = [("bare", bare_command, env), ("app", app_command, app_env)]
        if n % 2:
            pair.reverse()
        seconds, cpu = {}, {}
        for name, command, command_env in pair:
            seconds[name], rss, cpu[name] = _launch(command, command_env)
            (bare_rss if name == "bare" else app_rss).append(rss)
        bare.append(seconds["bare"])
        app.append(seconds["app"])
        ratios.append(seconds["app"] / seconds["bare"])
        cpu_ratios.append(cpu["app"] / cpu["bare"])
    return [
        result(AREA, "start-up to first paint: bare PySide6 window", bare, note="QApplication + one QWidget"),
        result(AREA, "start-up to first paint: survey-app, full response open", app,
               note="demo database, complete 2026 response of the NSI"),
        result(AREA, "start-up ratio survey-app / bare window", ratios, unit="x",
               target=STARTUP_RATIO_TARGET, target_text=f"< {STARTUP_RATIO_TARGET}x",
               note="per round, same run (ratios survive a noisy machine)"),
        result(AREA, "start-up CPU time ratio survey-app / bare window", cpu_ratios, unit="x",
               target=STARTUP_RATIO_TARGET, target_text=f"< {STARTUP_RATIO_TARGET}x",
               note="CPU seconds of each process, launch to exit (includes quitting)"),
        result(AREA, "peak resident memory at start-up, full response open", app_rss, unit="MiB",
               target=MEMORY_TARGET_MIB, target_text=f"< {MEMORY_TARGET_MIB:.0f} MiB",
               note=f"bare window: {statistics.median(bare_rss):.0f} MiB"),
    ]


# -- in the child process ----------------------------------------------------------------------

def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def switch_sections(db: Path, response_id: int, passes: int, limit: int) -> dict[str, object]:
    """Open the response in a real MainWindow and step through its sections (the first `limit`, or
    all when 0) `passes` times."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from survey_app.gui.app import build_window, create_application

    app = create_application([sys.argv[0]])
    window = build_window(db, parent_app=app)
    assert window is not None
    if not window.open_response(response_id):
        raise RuntimeError(f"response {response_id} did not open")
    window.show()
    for _ in range(3):
        app.processEvents()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                Paints.count += 1
            return False

    paints = Paints()
    app.installEventFilter(paints)
    view = window.response_view
    sections = view.navigator.section_ids()
    if limit:
        sections = sections[:limit]
    rss_open = _rss_mib()
    first, again, first_cpu, again_cpu = [], [], [], []
    unpainted = 0
    for n in range(passes):
        view.show_section(sections[0])
        app.processEvents()
        for _ in range(len(sections) - 1):
            before = Paints.count
            start, start_cpu = time.perf_counter(), time.process_time()
            window.step_section(+1)  # Ctrl+PgDown
            app.processEvents()  # layout requests, then the update requests that paint
            (first if n == 0 else again).append(time.perf_counter() - start)
            (first_cpu if n == 0 else again_cpu).append(time.process_time() - start_cpu)
            unpainted += Paints.count == before
    rss_all = _rss_mib()
    # One answer edit as the form commits it (a card's `edited` signal when a field is left): the
    # store's write, then the refresh of every page built so far, the navigator and the progress.
    card = next(c for page in view.pages.values() for c in page.cards.values()
                if c.editor is not None and c.item.type.value == "short_text" and c.isVisibleTo(page))
    edits = []
    for n in range(30 if passes > 1 else 5):
        start = time.perf_counter()
        card.edited.emit(card.item.id, f"Ministry of Foreign Affairs {n}")
        app.processEvents()
        edits.append(time.perf_counter() - start)
    window.close()
    reading = _switch_after_reading(db, response_id, sections, app, Paints)
    return {"reading": reading, "edits": edits, "edit_item": card.item.id, "first": first, "again": again, "first_cpu": first_cpu, "again_cpu": again_cpu, "sections": len(sections), "all_sections": len(view.navigator.section_ids()), "unpainted": unpainted,
            "rss_open": rss_open, "rss_all": rss_all}


def _switch_after_reading(db: Path, response_id: int, sections: list[str], app: object,
                          paints: type) -> list[float]:
    """A fresh window stepped through the sections as a reader does: the event loop runs for a
    moment on each section (the window builds the neighbouring pages then) before Ctrl+PgDown."""
    from survey_app.gui.app import build_window
    from survey_app.gui.response_view import PREBUILD_DELAY_MS

    window = build_window(db, parent_app=app)
    assert window is not None and window.open_response(response_id)
    window.show()
    view = window.response_view
    view.show_section(sections[0])
    times = []
    pause = (PREBUILD_DELAY_MS + 150) / 1000
    for _ in range(len(sections) - 1):
        until = time.perf_counter() + pause
        while time.perf_counter() < until:  # reading: the event loop runs its timers
            app.processEvents()
            time.sleep(0.005)
        start = time.perf_counter()
        window.step_section(+1)
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    return times


def _switching(db: Path, response_id: int, env: dict[str, str], *, passes: int, limit: int) -> list[Result]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-switch", str(db), str(response_id),
               str(passes), str(limit)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("{")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"section switching child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    data = json.loads(line)
    first, again = data["first"], data["again"]
    note = f"{data['sections']} sections of {data['all_sections']}"
    if data["unpainted"]:
        note += f"; {data['unpainted']} switches painted nothing"
    results = [
        result(AREA, "switch section, first visit, no pause (builds the form)", first, target=SWITCH_TARGET,
               note=f"{note}; p99 {percentile(first, 0.99) * 1e3:.0f} ms; "
                    f"CPU median {statistics.median(data['first_cpu']) * 1e3:.0f} ms"),
        result(AREA, "switch section, first visit, after reading the previous one", data["reading"],
               target=SWITCH_TARGET,
               note=f"p99 {percentile(data['reading'], 0.99) * 1e3:.0f} ms; the next page was built "
                    "while the window was idle"),
    ]
    if again:
        results.append(result(AREA, "switch section, visited before", again, target=SWITCH_TARGET,
                              note=f"p99 {percentile(again, 0.99) * 1e3:.0f} ms; "
                                   f"CPU median {statistics.median(data['again_cpu']) * 1e3:.0f} ms"))
    edits = data["edits"]
    results.append(result(AREA, "one answer edit in the window, saved and redrawn", edits,
                          note=f"p99 {percentile(edits, 0.99) * 1e3:.0f} ms; {data['sections']} section pages "
                               "built; no target in the issues"))
    results.append(result(AREA, f"resident memory, full response open, {data['sections']} of "
                                f"{data['all_sections']} sections shown",
                          [data["rss_all"]], unit="MiB", target=MEMORY_TARGET_MIB,
                          target_text=f"< {MEMORY_TARGET_MIB:.0f} MiB",
                          note=f"in-process window; {data['rss_open']:.0f} MiB with one section shown"))
    return results


def run(quick: bool = False) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        folder = Path(tmp)
        env = _environment(folder / "home")
        db, response_id = _demo_database(folder, env)
        results = _startup(db, response_id, env, rounds=1 if quick else 7, warmup=0 if quick else 1)
        results += _switching(db, response_id, env, passes=1 if quick else 2, limit=6 if quick else 0)
    return results


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--child-switch"]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(json.dumps(switch_sections(Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
