"""What each reply is merged against: the base its workspace started from, then its own last merged
reply. A resent request answered elsewhere, a second reply, an edit made between plan and apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_app.contributions import service
from survey_app.errors import SurveyError
from survey_app.questionnaire.catalog import Catalog
from survey_app.storage.api import State
from survey_app.storage.store import Store


@pytest.fixture
def nsi():
    return Catalog.load().get("nsi")


@pytest.fixture
def lead(tmp_path: Path, nsi) -> Store:
    store = Store.open(tmp_path / "lead.db")
    store.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=nsi, language="fr")
    store.set_answer(1, "n13k_description", "B0")
    yield store
    store.close()


def agency_store(tmp_path: Path, name: str) -> Store:
    return Store.open(tmp_path / f"{name}.db")


def merge(lead: Store, reply: dict, nsi, conflicts: str = "fail") -> dict[str, str]:
    context = service.plan_merge(lead, 1, reply, nsi, name="reply")
    plan = service.resolved(context.plan, conflicts)
    outcomes = {item.item_id: item.outcome.value for item in plan.items}
    if not plan.conflicts:
        service.apply_merge(lead, context, plan)
    return outcomes


def test_a_resent_request_answered_untouched_elsewhere_does_not_undo_a_merged_answer(tmp_path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_description"])
    request, first = service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection)
    with agency_store(tmp_path, "a") as a:
        workspace, _ = service.open_request(a, first, Catalog.load(), name="r")
        a.set_answer(workspace.id, "n13k_description", "T1")
        assert merge(lead, service.make_reply(a, workspace.id), nsi) == {"n13k_description": "taken"}
    resent = service.send_again(lead, request.id, nsi)
    assert resent["base"] == {"n13k_description": "T1"}  # what was agreed since
    with agency_store(tmp_path, "b") as b:  # a colleague opens the resent file and returns it as it came
        workspace, _ = service.open_request(b, resent, Catalog.load(), name="r")
        assert merge(lead, service.make_reply(b, workspace.id), nsi) == {"n13k_description": "kept"}
    assert lead.values(1)["n13k_description"] == "T1"
    with agency_store(tmp_path, "c") as c:  # the first file, opened again by someone else and untouched
        workspace, _ = service.open_request(c, first, Catalog.load(), name="r")
        assert merge(lead, service.make_reply(c, workspace.id), nsi) == {"n13k_description": "kept"}
    assert lead.values(1)["n13k_description"] == "T1"


def test_a_second_reply_shows_only_what_changed_since_the_first(tmp_path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_description", "n13k_cert"])
    _request, document = service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection)
    with agency_store(tmp_path, "a") as a:
        workspace, _ = service.open_request(a, document, Catalog.load(), name="r")
        a.set_answer(workspace.id, "n13k_description", "T1")
        merge(lead, service.make_reply(a, workspace.id), nsi)
        lead.set_answer(1, "n13k_description", "T1, edited by the lead")
        a.set_answer(workspace.id, "n13k_cert", True)
        outcomes = merge(lead, service.make_reply(a, workspace.id), nsi)
    # the description the agency did not touch again keeps the lead's edit: no conflict
    assert outcomes == {"n13k_cert": "taken", "n13k_description": "kept"}
    assert lead.values(1)["n13k_description"] == "T1, edited by the lead"


def test_an_answer_changed_between_the_plan_and_the_merge_stops_it(tmp_path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_description"])
    _request, document = service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection)
    with agency_store(tmp_path, "a") as a:
        workspace, _ = service.open_request(a, document, Catalog.load(), name="r")
        a.set_answer(workspace.id, "n13k_description", "T1")
        context = service.plan_merge(lead, 1, service.make_reply(a, workspace.id), nsi, name="reply")
    lead.set_answer(1, "n13k_description", "typed meanwhile")
    with pytest.raises(SurveyError) as error:
        service.apply_merge(lead, context)
    assert error.value.code == "S212" and lead.values(1)["n13k_description"] == "typed meanwhile"


def test_history_of_a_received_value_names_the_lead(tmp_path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_description"])
    _request, document = service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection)
    with agency_store(tmp_path, "a") as a:
        workspace, _ = service.open_request(a, document, Catalog.load(), name="r")
        entry = a.history(workspace.id, "n13k_description")[0]
        assert entry.reason == "contribution_base" and entry.changed_by == lead.user


def test_a_reply_merged_already_is_recognised(tmp_path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_description"])
    _request, document = service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection)
    with agency_store(tmp_path, "a") as a:
        workspace, _ = service.open_request(a, document, Catalog.load(), name="r")
        a.set_answer(workspace.id, "n13k_description", "T1")
        reply = service.make_reply(a, workspace.id)
    first = service.plan_merge(lead, 1, reply, nsi, name="reply")
    assert not service.merged_already(first)
    service.apply_merge(lead, first)
    assert service.merged_already(service.plan_merge(lead, 1, reply, nsi, name="reply"))
    lead.set_answer(1, "n13k_description", "edited since")  # the lead edits on: still nothing new in the reply
    assert service.merged_already(service.plan_merge(lead, 1, reply, nsi, name="reply"))
