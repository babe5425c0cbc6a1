"""An import killed at any moment leaves all of its answers or none of them."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from survey_app.questionnaire.catalog import Catalog
from survey_app.storage.api import State
from survey_app.storage.demo import generate_answers
from survey_app.storage.store import Store

IMPORTER = textwrap.dedent(
    """
    import sys
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.demo import generate_answers
    from survey_app.storage.exchange import FORMAT, import_document
    from survey_app.storage.store import Store
    q = Catalog.load().get("nsi")
    documents = [
        {"format": FORMAT, "format_version": 1, "answers": generate_answers(q, cycle=cycle, seed=seed)}
        for cycle, seed in ((2026, 1), (2024, 2))
    ]
    store = Store.open(sys.argv[1], keep_backups=2)
    print("ready", flush=True)
    n = 0
    while True:
        import_document(store, 1, documents[n % 2], q)
        n += 1
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_import_is_all_or_nothing(db_path: Path) -> None:
    questionnaire = Catalog.load().get("nsi")
    with Store.open(db_path) as store:
        store.create_response(state=State("NOR", "Norway"), cycle=2026, questionnaire=questionnaire, language="en")
    expected = [generate_answers(questionnaire, cycle=c, seed=s) for c, s in ((2026, 1), (2024, 2))]
    first, second = expected
    assert first != second
    # imports set the answers they hold and leave the others: the only states a whole import can leave
    whole = [{}, first, {**first, **second}, {**first, **second, **first}]
    rng = random.Random(7)
    for _round in range(6):
        with subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path)], stdout=subprocess.PIPE, text=True) as importer:
            assert importer.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.4))
            os.kill(importer.pid, signal.SIGKILL)
            importer.wait()
        with Store.open(db_path) as store:
            current = store.values(1)
            assert current in whole
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
