"""Contributions across questionnaire versions (`replaces`, a questionnaire carried in the file), and a
merge killed at any moment: the response is as before or as after, never in between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from survey_app import resources
from survey_app.contributions import fileformat, service
from survey_app.questionnaire.catalog import Catalog
from survey_app.storage import contributions as db
from survey_app.storage.api import State
from survey_app.storage.demo import generate_answers
from survey_app.storage.store import Store


def newer_nsi(folder: Path, version: str = "2027.1") -> Path:
    """A copy of the NSI, version `version`, where `n13k_description` is renamed `n13k_overview`."""
    text = (resources.questionnaires_dir() / "nsi.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "2026.1"', f'version: "{version}"', 1)
    start = text.index("- id: n13k_description")
    indent = text[:start].rsplit("\n", 1)[1]
    text = text.replace("- id: n13k_description", f"- id: n13k_overview\n{indent}  replaces: [n13k_description]", 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"nsi-{version}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_reply_made_before_the_lead_moved_to_a_renamed_item_follows_replaces(tmp_path: Path, monkeypatch) -> None:
    catalog = Catalog.load()
    old = catalog.get("nsi", "2026.1")
    with Store.open(tmp_path / "lead.db") as lead:
        response = lead.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=old, language="fr")
        lead.set_answer(response.id, "n13k_description", "Avant.")
        selection = service.select_items(old, sections=["norm_13k"])
        _request, document = service.make_request(lead, response.id, old, agency="ANSSI", selection=selection)
    with Store.open(tmp_path / "agency.db") as agency:
        workspace, created = service.open_request(agency, document, catalog, name="r")
        assert created
        agency.set_answer(workspace.id, "n13k_description", "Après, par l'ANSSI.")
        reply = service.make_reply(agency, workspace.id)
    # meanwhile the lead installs the newer questionnaire and moves the response to it
    newer_nsi(Path(os.environ["SURVEY_APP_HOME"]) / "questionnaires")
    newer = Catalog.load().get("nsi", "2027.1")
    with Store.open(tmp_path / "lead.db") as lead:
        lead.set_questionnaire_version(response.id, newer)
        lead.set_answers(response.id, {"n13k_overview": "Avant.", "n13k_description": None})
        context = service.plan_merge(lead, response.id, reply, newer, name="reply")
        outcomes = {item.item_id: item.outcome.value for item in context.plan.items}
        assert outcomes["n13k_overview"] == "taken" and "n13k_description" not in outcomes
        service.apply_merge(lead, context)
        assert lead.values(response.id)["n13k_overview"] == "Après, par l'ANSSI."


def test_a_questionnaire_the_lead_added_travels_in_the_request(tmp_path: Path, monkeypatch) -> None:
    lead_home, agency_home = tmp_path / "lead-home", tmp_path / "agency-home"
    monkeypatch.setenv("SURVEY_APP_HOME", str(lead_home))
    newer_nsi(lead_home / "questionnaires", "2027.2")
    questionnaire = Catalog.load().get("nsi", "2027.2")
    with Store.open(tmp_path / "lead.db") as lead:
        response = lead.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=questionnaire,
                                        language="fr")
        _request, document = service.make_request(
            lead, response.id, questionnaire, agency="ANSSI", selection=service.select_items(questionnaire, items=["n13k_overview"]))
    assert document["questionnaire_file"]["text"].count("2027.2") >= 1
    out = fileformat.write(document, tmp_path / "r.nsi-contribution")
    monkeypatch.setenv("SURVEY_APP_HOME", str(agency_home))  # the agency's machine: only the bundled NSI
    agency_catalog = Catalog.load()
    assert not agency_catalog.has("nsi", "2027.2")
    with Store.open(tmp_path / "agency.db") as agency:
        workspace, _created = service.open_request(agency, fileformat.read(out), agency_catalog, name=out.name)
        assert agency.response(workspace.id).questionnaire_version == "2027.2"
    assert Catalog.load().has("nsi", "2027.2")  # installed in the agency's questionnaires, for next time


def test_a_broken_questionnaire_in_a_request_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    catalog = Catalog.load()
    questionnaire = catalog.get("nsi")
    with Store.open(tmp_path / "lead.db") as lead:
        response = lead.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=questionnaire,
                                        language="fr")
        _request, document = service.make_request(lead, response.id, questionnaire, agency="ANSSI",
                                                  selection=service.select_items(questionnaire, items=["n13k_cert"]))
    document["response"]["questionnaire_version"] = "2099.1"
    document["questionnaire_file"] = {"name": "evil.yaml", "text": "questionnaire: [unclosed"}
    with Store.open(tmp_path / "agency.db") as agency:
        with pytest.raises(Exception) as refused:
            service.open_request(agency, document, catalog, name="r")
        assert getattr(refused.value, "code", "") == "M114"
        assert agency.list_responses() == []


MERGER = textwrap.dedent(
    """
    import sys
    from survey_app.contributions import fileformat, service
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.store import Store
    questionnaire = Catalog.load().get("nsi")
    document = fileformat.read(sys.argv[2])
    store = Store.open(sys.argv[1], keep_backups=2)
    context = service.plan_merge(store, 1, document, questionnaire, name="reply")
    print("ready", flush=True)
    service.apply_merge(store, context)
    print("done", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_merge_killed_at_any_moment_leaves_the_response_before_or_after(tmp_path: Path) -> None:
    questionnaire = Catalog.load().get("nsi")
    pristine = tmp_path / "pristine.db"
    with Store.open(pristine) as lead:
        response = lead.create_response(state=State("NOR", "Norway"), cycle=2026, questionnaire=questionnaire,
                                        language="en")
        lead.set_answers(response.id, generate_answers(questionnaire, cycle=2024, seed=3))
        sections = [section.id for _part, section in questionnaire.sections()]
        _request, document = service.make_request(
            lead, response.id, questionnaire, agency="Justice", selection=service.select_items(questionnaire, sections=sections))
        before = lead.values(response.id)
    with Store.open(tmp_path / "agency.db") as agency:
        workspace, _created = service.open_request(agency, document, Catalog.load(), name="r")
        answers = generate_answers(questionnaire, cycle=2026, seed=4)
        agency.set_answers(workspace.id, {k: v for k, v in answers.items() if k in set(document["items"])})
        reply = fileformat.write(service.make_reply(agency, workspace.id), tmp_path / "reply.nsi-contribution")
    rng = random.Random(11)
    outcomes = set()
    for round_ in range(10):
        target = tmp_path / f"lead-{round_}.db"
        shutil.copy(pristine, target)
        with subprocess.Popen([sys.executable, "-c", MERGER, str(target), str(reply)], stdout=subprocess.PIPE,
                              text=True) as merger:
            assert merger.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.01) + round_ * 0.008)  # from at once to after the merge
            os.kill(merger.pid, signal.SIGKILL)
            merger.wait()
        with Store.open(target) as lead:
            current = lead.values(1)
            merged = db.requests(lead, 1)[0].merged_at is not None
            assert lead.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if merged:
            assert current != before and all(current.get(k) == v for k, v in answers.items()
                                             if k in set(document["items"]) and before.get(k) == document["base"].get(k))
            outcomes.add("after")
        else:
            assert current == before
            outcomes.add("before")
    assert outcomes  # which of the two states each kill left depends on the machine's speed
