"""Crafted contribution files (an attack review's findings): each is refused with its code, or
cleaned, and nothing is written before every check passed."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from survey_app.cli import main
from survey_app.contributions import fileformat, service
from survey_app.errors import SurveyError
from survey_app.questionnaire.catalog import Catalog
from survey_app.storage import contributions as db
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .test_versions_and_crash import newer_nsi


@pytest.fixture
def nsi():
    return Catalog.load().get("nsi")


@pytest.fixture
def lead(tmp_path: Path, nsi) -> Store:
    store = Store.open(tmp_path / "lead.db")
    response = store.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=nsi, language="fr")
    store.set_answer(response.id, "n13k_description", "Le CERT-FR coordonne.")
    store.set_answer(response.id, "contact_name", "Jeanne Martin")
    yield store
    store.close()


@pytest.fixture
def agency(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "agency.db")
    yield store
    store.close()


def request_doc(lead: Store, nsi, **options) -> dict:
    selection = service.select_items(nsi, sections=["norm_13k"])
    return service.make_request(lead, 1, nsi, agency="ANSSI", selection=selection, **options)[1]


def refused(code: str, fn, *args, **kwargs) -> SurveyError:
    with pytest.raises(SurveyError) as error:
        fn(*args, **kwargs)
    assert error.value.code == code, error.value
    return error.value


def parsed(document: dict) -> dict:
    """The document as the reader sees it after writing (shape checks and cleaning)."""
    return fileformat.parse(json.dumps(document).encode(), name="f")


def test_a_questionnaire_carried_in_a_refused_request_is_not_installed(tmp_path: Path, lead, agency, nsi) -> None:
    document = request_doc(lead, nsi)
    document["response"]["questionnaire_version"] = "2099.1"
    carried = newer_nsi(tmp_path / "elsewhere", "2099.1").read_text(encoding="utf-8")
    document["questionnaire_file"] = {"name": "../../evil.yaml", "text": carried}
    document["base"]["n13k_status"] = "not a level"  # one bad value: the whole file is refused
    refused("M116", service.open_request, agency, parsed(document), Catalog.load(), name="r")
    assert not list(Path(os.environ["SURVEY_APP_HOME"]).rglob("*.yaml"))


def test_a_received_questionnaire_is_never_the_default_for_a_new_response(tmp_path: Path, lead, agency, nsi) -> None:
    document = request_doc(lead, nsi)
    document["response"]["questionnaire_version"] = "2099.1"
    document["questionnaire_file"] = {"name": "x.yaml",
                                      "text": newer_nsi(tmp_path / "elsewhere", "2099.1").read_text(encoding="utf-8")}
    workspace, created = service.open_request(agency, parsed(document), Catalog.load(), name="r")
    assert created and agency.response(workspace.id).questionnaire_version == "2099.1"
    catalog = Catalog.load()
    assert catalog.has("nsi", "2099.1")  # the workspace finds it again
    assert catalog.get("nsi").version == "2026.1" and "2099.1" not in catalog.versions("nsi")
    assert all(q.version != "2099.1" for q in catalog.all())


def test_a_carried_questionnaire_of_another_id_is_refused(tmp_path: Path, lead, agency, nsi) -> None:
    document = request_doc(lead, nsi)
    document["response"]["questionnaire_version"] = "2099.1"
    text = newer_nsi(tmp_path / "elsewhere", "2099.2").read_text(encoding="utf-8")
    document["questionnaire_file"] = {"name": "x.yaml", "text": text}
    refused("M114", service.open_request, agency, parsed(document), Catalog.load(), name="r")
    assert agency.list_responses() == []


def test_workspaces_are_never_compared_nor_carried_forward(tmp_path: Path, capsys, lead, nsi) -> None:
    out = fileformat.write(request_doc(lead, nsi), tmp_path / "r.nsi-contribution")
    db_path = tmp_path / "other.db"  # a ministry with a France 2027 response of its own, asked by the lead
    with Store.open(db_path) as other:
        other.create_response(state=State("FRA", "France"), cycle=2027, questionnaire=nsi, language="fr")
    assert main(["--db", str(db_path), "contribution", "open", str(out)]) == 0  # a workspace for France 2027
    assert main(["--db", str(db_path), "new", "--state", "FRA", "--cycle", "2028", "--from-previous"]) == 0
    capsys.readouterr()
    with Store.open(db_path, read_only=True) as store:
        newest = store.list_responses()[0].response
        assert newest.cycle == 2028 and newest.previous_id == 1
        assert [s.response.id for s in store.list_responses(own_only=True)] == [newest.id, 1]


@pytest.mark.parametrize("code", ["ZZZ\u202e" * 50, "", "DEU", 7])
def test_a_state_code_that_is_not_the_states_is_refused(lead, agency, nsi, code) -> None:
    document = request_doc(lead, nsi)
    document["response"]["state"]["code"] = code
    with pytest.raises(SurveyError) as error:
        service.open_request(agency, parsed(document), Catalog.load(), name="r")
    assert error.value.code == "M105"
    assert agency.list_responses() == []


@pytest.mark.parametrize("field, value", [("cycle", 10**30), ("cycle", -1), ("language", "de"), ("language", None)])
def test_a_cycle_or_language_out_of_range_is_a_damaged_file(lead, nsi, field, value) -> None:
    document = request_doc(lead, nsi)
    document["response"][field] = value
    refused("M105", parsed, document)


def test_a_request_whose_file_cannot_be_written_is_not_recorded(tmp_path: Path, lead, nsi) -> None:
    selection = service.select_items(nsi, items=["n13k_cert"])
    refused("M101", service.make_request, lead, 1, nsi, agency="Lost", selection=selection,
            deliver=lambda document: fileformat.write(document, tmp_path / "missing" / "x.nsi-contribution"))
    assert db.requests(lead, 1) == [] and db.sections_out(lead, 1) == {}


def test_the_reader_cleans_names_drops_unknown_fields_and_repeats(lead, nsi) -> None:
    document = request_doc(lead, nsi)
    document["agency"] = "\u202eecitsuJ fo yrtsiniM\x1b[2J"
    document["lead"]["ministry"] = "Minist\u00e8re\u200b\nEAE"
    document["junk"] = "x" * 1000
    document["items"] = document["items"] * 3
    read = parsed(document)
    assert read["agency"] == "ecitsuJ fo yrtsiniM[2J" and read["lead"]["ministry"] == "Ministère EAE"
    assert "junk" not in read and len(read["items"]) == len(set(read["items"]))
    for version in (1.0, True, "1"):
        crafted = copy.deepcopy(document)
        crafted["format_version"] = version
        refused("M102", parsed, crafted)
    crafted = copy.deepcopy(document)
    crafted["include_sensitive"] = "yes"
    refused("M105", parsed, crafted)
    crafted = copy.deepcopy(document)
    crafted["lead"] = {"ministry": {"x": 1}, "sent_by": 5, "sent_at": []}
    refused("M105", parsed, crafted)


def test_a_byte_order_mark_is_not_content(lead, nsi) -> None:
    document = request_doc(lead, nsi)
    assert fileformat.parse(b"\xef\xbb\xbf" + json.dumps(document).encode(), name="f")["kind"] == "request"


def test_personal_data_a_request_says_it_does_not_hold_is_refused(lead, agency, nsi) -> None:
    document = request_doc(lead, nsi)
    document["context"]["contact_name"] = "Jeanne Martin"
    refused("M105", service.open_request, agency, parsed(document), Catalog.load(), name="r")
    document = request_doc(lead, nsi)
    document["items"].append("contact_name")
    refused("M105", service.open_request, agency, parsed(document), Catalog.load(), name="r")
    assert agency.list_responses() == []


def replied(lead: Store, agency: Store, nsi) -> tuple[dict, int]:
    workspace, _created = service.open_request(agency, request_doc(lead, nsi), Catalog.load(), name="r")
    agency.set_answer(workspace.id, "n13k_cert", True)
    return service.make_reply(agency, workspace.id), workspace.id


def test_an_older_reply_is_older_by_the_clock_not_by_its_text(lead, agency, nsi) -> None:
    reply, _workspace = replied(lead, agency, nsi)
    reply["returned_at"] = "2026-01-01T00:00:00.000+00:00"
    service.apply_merge(lead, service.plan_merge(lead, 1, parsed(reply), nsi, name="r"))
    earlier = copy.deepcopy(reply)
    earlier["returned_at"] = "2026-01-01T00:30:00.000+01:00"  # 23:30 the day before, in UTC
    refused("M113", service.plan_merge, lead, 1, parsed(earlier), nsi, name="r")
    later = copy.deepcopy(reply)
    later["returned_at"] = "2025-12-31T23:30:00.000-05:00"  # 04:30 UTC: later
    service.plan_merge(lead, 1, parsed(later), nsi, name="r")
    for moment in ("9999-12-31T00:00:00+00:00", "2026-01-02T00:00:00"):  # the future; no time zone
        crafted = copy.deepcopy(reply)
        crafted["returned_at"] = moment
        refused("M105", service.plan_merge, lead, 1, parsed(crafted), nsi, name="r")


def test_a_long_note_is_refused_when_written_not_when_read(lead, agency, nsi) -> None:
    _reply, workspace = replied(lead, agency, nsi)
    refused("S210", db.set_reply_note, agency, workspace, "n13k_cert", "x" * 20_000)


def test_a_deleted_workspace_returns_nothing_and_comes_back_when_the_request_is_opened_again(lead, agency,
                                                                                           nsi) -> None:
    document = request_doc(lead, nsi)
    workspace, _created = service.open_request(agency, document, Catalog.load(), name="r")
    workspace = workspace.id
    agency.set_answer(workspace, "n13k_cert", True)
    agency.delete_response(workspace)
    refused("M110", service.make_reply, agency, workspace)
    again, created = service.open_request(agency, document, Catalog.load(), name="r")
    assert not created and again.id == workspace and agency.values(workspace)["n13k_cert"] is True


def test_the_lead_cannot_open_its_own_request_as_an_agency(lead, nsi) -> None:
    refused("M115", service.open_request, lead, request_doc(lead, nsi), Catalog.load(), name="r")
