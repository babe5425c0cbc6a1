"""A process killed (SIGKILL) in the middle of edits loses nothing it had acknowledged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from survey_app.storage.store import Store

WRITER = textwrap.dedent(
    """
    import sys
    from survey_app.storage.store import Store
    store = Store.open(sys.argv[1], user="writer")
    response_id = int(sys.argv[2])
    start = int(sys.argv[3])
    n = start
    while True:
        if n % 7 == 0:
            store.set_answers(response_id, {f"item{n}": n, f"row{n}": [{"title": f"law {n}"}]})
        else:
            store.set_answer(response_id, f"item{n}", n)
        print(n, flush=True)
        n += 1
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writer_loses_no_acknowledged_edit(db_path: Path, questionnaire) -> None:
    from survey_app.storage.api import State

    with Store.open(db_path) as store:
        response_id = store.create_response(state=State("CHL", "Chile"), cycle=2026, questionnaire=questionnaire, language="es").id
    rng = random.Random(20260)
    acknowledged: list[int] = []
    start = 0
    for _round in range(20):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(response_id), str(start)],
            stdout=subprocess.PIPE, text=True,
        ) as writer:
            wanted = rng.randint(1, 120)
            for _ in range(wanted):
                line = writer.stdout.readline()
                assert line, "the writer stopped early"
                acknowledged.append(int(line))
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
            # anything printed but not yet read was acknowledged too
            acknowledged.extend(int(line) for line in writer.stdout.read().split())
        start = acknowledged[-1] + 1
        with Store.open(db_path) as store:
            values = store.values(response_id)
            missing = [n for n in acknowledged if values.get(f"item{n}") != n]
            assert missing == []
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
