"""Contribution benchmarks: merging a reply that answers every item of the NSI (reading and
checking the reply and planning the merge; applying it, backup included), and the size of a full
contribution file, plain and encrypted.

    .venv/bin/python benchmarks/bench_contributions.py [--quick]

Each merge runs on a fresh copy of the same lead database, so every run writes the same answers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, result, table  # noqa: E402


def _setup(folder: Path) -> tuple[Path, dict, dict, str]:
    """(the lead database, the request document, the reply document, the passphrase)."""
    from survey_app.contributions import service
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.api import State
    from survey_app.storage.demo import generate_answers
    from survey_app.storage.store import Store

    catalog = Catalog.load()
    questionnaire = catalog.get("nsi")
    lead_path = folder / "lead.db"
    with Store.open(lead_path) as lead:
        response = lead.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                        language="fr")
        lead.set_answers(response.id, generate_answers(questionnaire, cycle=2024, seed=5))
        sections = [section.id for _part, section in questionnaire.sections()]
        selection = service.select_items(questionnaire, sections=sections, include_sensitive=True)
        _request, request = service.make_request(lead, response.id, questionnaire, agency="Ministry of Justice",
                                                 selection=selection, include_sensitive=True)
    with Store.open(folder / "agency.db") as agency:
        workspace, _created = service.open_request(agency, request, catalog, name="request")
        answers = generate_answers(questionnaire, cycle=2026, seed=6)
        asked = set(request["items"])
        agency.set_answers(workspace.id, {k: v for k, v in answers.items() if k in asked})
        reply = service.make_reply(agency, workspace.id)
    return lead_path, request, reply, "correct horse battery staple"


def run(quick: bool = False) -> list[Result]:
    from survey_app.contributions import fileformat, service
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.store import Store

    runs = 1 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SURVEY_APP_HOME", str(Path(tmp) / "home"))
        folder = Path(tmp)
        lead_path, request, reply, passphrase = _setup(folder)
        questionnaire = Catalog.load().get("nsi")
        reply_file = fileformat.write(reply, folder / "reply.nsi-contribution")
        plans, applies, written = [], [], 0
        for n in range(runs):
            target = folder / f"lead-{n}.db"
            shutil.copy(lead_path, target)
            with Store.open(target) as store:
                start = time.perf_counter()
                context = service.plan_merge(store, 1, fileformat.read(reply_file), questionnaire, name="reply")
                plans.append(time.perf_counter() - start)
                start = time.perf_counter()
                written = len(service.apply_merge(store, context, service.resolved(context.plan, "theirs")))
                applies.append(time.perf_counter() - start)
        total = [p + a for p, a in zip(plans, applies)]
        sizes = {
            "request, plain": len(fileformat.encode(request)),
            "request, encrypted": len(fileformat.encode(request, passphrase)),
            "reply, plain": len(fileformat.encode(reply)),
            "reply, encrypted": len(fileformat.encode(reply, passphrase)),
        }
        decrypt = []
        encrypted = fileformat.encode(reply, passphrase)
        for _ in range(runs):
            start = time.perf_counter()
            fileformat.parse(encrypted, name="reply", passphrase=passphrase)
            decrypt.append(time.perf_counter() - start)
    items = len(reply["answers"])
    results = [
        result("contributions", f"merge a reply answering all {items} NSI items: read, check, plan", plans),
        result("contributions", f"merge: apply ({written} answers written, backup first)", applies),
        result("contributions", "merge: plan and apply", total, target=0.2),
        result("contributions", "read an encrypted reply (scrypt n=2^15 + AES-GCM)", decrypt),
    ]
    for name, size in sizes.items():
        results.append(result("contributions", f"size of a full {name}", [size / 1024], unit="KiB"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
