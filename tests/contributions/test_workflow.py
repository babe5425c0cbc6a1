"""The contribution round trip headless, as the `survey-app contribution` commands run it: a lead
requests two sections of two agencies, each answers in its own database, the lead merges both;
conflicts each way, a repeating group by row, the same reply twice, refusals, passphrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from survey_app.cli import main
from survey_app.contributions import crypto, fileformat
from survey_app.storage.store import Store


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lead(tmp_path: Path, capsys) -> Path:
    """The lead's database: one NSI response (number 1) with a few answers."""
    db = tmp_path / "lead.db"
    assert run(capsys, db, "new", "--state", "France", "--cycle", "2027", "--language", "fr")[0] == 0
    with Store.open(db) as store:
        store.set_answer(1, "lead_ministry", "Ministère de l'Europe et des Affaires étrangères")
        store.set_answer(1, "contributing_agencies", "Ministère de la Justice\nANSSI")
        store.set_answer(1, "n13k_description", "Le CERT-FR coordonne la réponse.")
        store.set_answer(1, "il_position_docs", [{"title": "Droit international appliqué au cyberespace",
                                                   "year": 2019}])
    return db


def request(capsys, lead: Path, out: Path, *args: str) -> str:
    code, text, err = run(capsys, lead, "contribution", "request", "--response", "1", "--out", str(out), *args)
    assert code == 0, err
    return text.split()[1]  # "Request <id> to …"


def answer(capsys, db: Path, request_file: Path, values: dict, *extra: str) -> int:
    code, out, err = run(capsys, db, "contribution", "open", str(request_file), *extra)
    assert code == 0, err
    workspace = int(out.strip())
    with Store.open(db) as store:
        for item_id, value in values.items():
            store.set_answer(workspace, item_id, value, who="Ana Ruiz")
    return workspace


def reply(capsys, db: Path, workspace: int, out: Path, *extra: str) -> Path:
    code, _out, err = run(capsys, db, "contribution", "reply", "--response", str(workspace), "--out", str(out), *extra)
    assert code == 0, err
    return out


def merge(capsys, lead: Path, reply_file: Path, *extra: str) -> tuple[int, dict[str, str], str]:
    code, out, err = run(capsys, lead, "contribution", "merge", "--response", "1", str(reply_file), *extra)
    plan = dict(reversed(line.split("\t")) for line in out.splitlines() if "\t" in line)
    return code, plan, err


def values(db: Path, response_id: int = 1) -> dict:
    with Store.open(db, read_only=True) as store:
        return store.values(response_id)


def test_two_agencies_answer_two_sections_and_the_lead_merges_both(capsys, lead: Path, tmp_path: Path) -> None:
    justice_request = tmp_path / "justice.nsi-contribution"
    cert_request = tmp_path / "cert.nsi-contribution"
    request(capsys, lead, justice_request, "--agency", "Ministère de la Justice", "--sections", "norm_13d",
            "--due", "2027-03-01", "--message", "Merci de compléter.")
    request(capsys, lead, cert_request, "--agency", "ANSSI", "--sections", "norm_13k", "--context")
    document = json.loads(cert_request.read_text(encoding="utf-8"))
    assert document["items"][0] == "n13k_status" and "n13d_status" not in document["items"]
    assert document["base"] == {"n13k_description": "Le CERT-FR coordonne la réponse."}
    assert "lead_ministry" in document["context"] and "questionnaire_file" in document

    justice_db, cert_db = tmp_path / "justice.db", tmp_path / "cert.db"
    justice = answer(capsys, justice_db, justice_request, {"n13d_legal": True, "n13d_description": "Code pénal, art. 323-1."})
    cert = answer(capsys, cert_db, cert_request, {"n13k_cert": True,
                                                   "n13k_description": "Le CERT-FR coordonne la réponse nationale."})
    with Store.open(cert_db, read_only=True) as store:  # the context came along, read-only
        assert store.values(cert)["lead_ministry"].startswith("Ministère")
    justice_reply = reply(capsys, justice_db, justice, tmp_path / "justice-reply.nsi-contribution",
                          "--note", "n13d_description=À relire par la DACG.")
    cert_reply = reply(capsys, cert_db, cert, tmp_path / "cert-reply.nsi-contribution")

    code, plan, _ = merge(capsys, lead, justice_reply)
    assert code == 0 and plan["n13d_legal"] == "taken" and plan["n13d_description"] == "taken"
    code, plan, _ = merge(capsys, lead, cert_reply)
    assert code == 0 and plan["n13k_description"] == "taken" and plan["n13k_cert"] == "taken"
    merged = values(lead)
    assert merged["n13d_description"] == "Code pénal, art. 323-1."
    assert merged["n13k_description"] == "Le CERT-FR coordonne la réponse nationale."
    assert merged["lead_ministry"].startswith("Ministère")  # context is never merged back
    with Store.open(lead, read_only=True) as store:
        last = store.history(1, "n13d_description")[-1]
        assert last.reason == "contribution" and "Ana Ruiz" in last.changed_by
        source = json.loads(last.source)
        assert source["agency"] == "Ministère de la Justice" and source["returned"]
    code, out, _ = run(capsys, lead, "contribution", "list", "--response", "1")
    rows = [line.split("\t") for line in out.splitlines()[1:]]
    assert [row[1] for row in rows] == ["Ministère de la Justice", "ANSSI"] and all(row[7] for row in rows)


def test_a_conflict_fails_by_default_and_resolves_either_way(capsys, lead: Path, tmp_path: Path) -> None:
    request(capsys, lead, tmp_path / "r.nsi-contribution", "--agency", "ANSSI", "--items", "n13k_description")
    agency_db = tmp_path / "agency.db"
    workspace = answer(capsys, agency_db, tmp_path / "r.nsi-contribution", {"n13k_description": "Theirs."})
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution")
    with Store.open(lead) as store:
        store.set_answer(1, "n13k_description", "Mine.")
    code, plan, err = merge(capsys, lead, reply_file)
    assert code == 1 and plan == {"n13k_description": "conflict"} and "M109" in err
    assert values(lead)["n13k_description"] == "Mine."  # nothing changed
    code, plan, _ = merge(capsys, lead, reply_file, "--conflicts", "mine")
    assert code == 0 and values(lead)["n13k_description"] == "Mine."
    with Store.open(lead) as store:  # undo "mine" to try "theirs": the merge base is now the reply
        store.set_answer(1, "n13k_description", "Mine again.")
    code, plan, _ = merge(capsys, lead, reply_file, "--conflicts", "theirs")
    assert code == 0 and plan == {"n13k_description": "kept"}  # merged already: the reply is the base now


def test_theirs_wins_a_conflict_when_asked(capsys, lead: Path, tmp_path: Path) -> None:
    request(capsys, lead, tmp_path / "r.nsi-contribution", "--agency", "ANSSI", "--items", "n13k_description")
    agency_db = tmp_path / "agency.db"
    workspace = answer(capsys, agency_db, tmp_path / "r.nsi-contribution", {"n13k_description": "Theirs."})
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution")
    with Store.open(lead) as store:
        store.set_answer(1, "n13k_description", "Mine.")
    code, plan, _ = merge(capsys, lead, reply_file, "--conflicts", "theirs", "--dry-run")
    assert code == 0 and values(lead)["n13k_description"] == "Mine."  # a dry run changes nothing
    code, plan, _ = merge(capsys, lead, reply_file, "--conflicts", "theirs")
    assert code == 0 and plan == {"n13k_description": "taken"} and values(lead)["n13k_description"] == "Theirs."


def test_a_repeating_group_merges_by_row(capsys, lead: Path, tmp_path: Path) -> None:
    request(capsys, lead, tmp_path / "r.nsi-contribution", "--agency", "Justice", "--items", "il_position_docs")
    agency_db = tmp_path / "agency.db"
    base_row = {"title": "Droit international appliqué au cyberespace", "year": 2019}
    theirs_row = {"title": "Manuel de droit des opérations", "year": 2022}
    mine_row = {"title": "Stratégie nationale", "year": 2018}
    workspace = answer(capsys, agency_db, tmp_path / "r.nsi-contribution", {"il_position_docs": [base_row, theirs_row]})
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution")
    with Store.open(lead) as store:
        store.set_answer(1, "il_position_docs", [base_row, mine_row])
    code, plan, _ = merge(capsys, lead, reply_file)
    assert code == 0 and plan == {"il_position_docs": "merged"}
    rows = values(lead)["il_position_docs"]
    assert [row["title"] for row in rows] == [base_row["title"], mine_row["title"], theirs_row["title"]]


def test_the_same_reply_merged_twice_changes_nothing_the_second_time(capsys, lead: Path, tmp_path: Path) -> None:
    request(capsys, lead, tmp_path / "r.nsi-contribution", "--agency", "ANSSI", "--sections", "norm_13k")
    agency_db = tmp_path / "agency.db"
    workspace = answer(capsys, agency_db, tmp_path / "r.nsi-contribution", {"n13k_cert": True})
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution")
    assert merge(capsys, lead, reply_file)[0] == 0
    with Store.open(lead, read_only=True) as store:
        history = len(store.history(1, "n13k_cert"))
        events = store.events(1)
    lead_bytes_before = values(lead)
    code, plan, _ = merge(capsys, lead, reply_file)
    assert code == 0 and set(plan.values()) == {"kept"}
    with Store.open(lead, read_only=True) as store:
        assert len(store.history(1, "n13k_cert")) == history and store.events(1) == events
    assert values(lead) == lead_bytes_before


def test_refusals_name_what_is_wrong_and_change_nothing(capsys, lead: Path, tmp_path: Path) -> None:
    request_id = request(capsys, lead, tmp_path / "r.nsi-contribution", "--agency", "ANSSI", "--sections", "norm_13k")
    agency_db = tmp_path / "agency.db"
    workspace = answer(capsys, agency_db, tmp_path / "r.nsi-contribution", {"n13k_cert": True})
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution")
    # the agency cannot answer what was not asked
    with Store.open(agency_db) as store, pytest.raises(Exception) as refused:
        store.set_answer(workspace, "n13a_status", "full")
    assert getattr(refused.value, "code", "") == "S211"
    # a reply for another response
    assert run(capsys, lead, "new", "--state", "Germany", "--cycle", "2027")[0] == 0
    code, _out, err = run(capsys, lead, "contribution", "merge", "--response", "2", str(reply_file))
    assert code == 1 and "M106" in err
    # a request file merged as a reply, a reply opened as a request
    assert "M115" in merge(capsys, lead, tmp_path / "r.nsi-contribution")[2]
    assert "M115" in run(capsys, agency_db, "contribution", "open", str(reply_file))[2]
    # a reply to an unknown request
    forged = json.loads(reply_file.read_text(encoding="utf-8"))
    forged["request_id"] = "0" * 36
    (tmp_path / "forged.nsi-contribution").write_text(json.dumps(forged), encoding="utf-8")
    assert "M107" in merge(capsys, lead, tmp_path / "forged.nsi-contribution")[2]
    # an answer that does not fit the questionnaire
    forged = json.loads(reply_file.read_text(encoding="utf-8"))
    forged["answers"]["n13k_status"] = {"value": "not a level"}
    (tmp_path / "bad.nsi-contribution").write_text(json.dumps(forged), encoding="utf-8")
    assert "M116" in merge(capsys, lead, tmp_path / "bad.nsi-contribution")[2]
    # a cancelled request
    assert run(capsys, lead, "contribution", "cancel", "--response", "1", request_id)[0] == 0
    code, _plan, err = merge(capsys, lead, reply_file)
    assert code == 1 and "M108" in err
    assert "n13k_cert" not in values(lead)
    # a final response must be reopened first
    with Store.open(lead) as store:
        store.finalise(1)
    request(capsys, lead, tmp_path / "r2.nsi-contribution", "--agency", "ANSSI", "--items", "n13k_cert")
    workspace2 = answer(capsys, tmp_path / "a2.db", tmp_path / "r2.nsi-contribution", {"n13k_cert": False})
    reply2 = reply(capsys, tmp_path / "a2.db", workspace2, tmp_path / "reply2.nsi-contribution")
    code, _plan, err = merge(capsys, lead, reply2)
    assert code == 1 and "reopen" in err.lower()


def test_encrypted_files_need_the_passphrase_and_refuse_a_changed_byte(capsys, lead: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("cheval agrafe pile correcte\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    request_file = tmp_path / "r.nsi-contribution"
    request(capsys, lead, request_file, "--agency", "ANSSI", "--sections", "about_contact", "--include-sensitive",
            "--passphrase-file", str(secret))
    text = request_file.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == crypto.ENVELOPE_FORMAT and "contact_name" not in text
    agency_db = tmp_path / "agency.db"
    assert "M103" in run(capsys, agency_db, "contribution", "open", str(request_file))[2]
    assert "M104" in run(capsys, agency_db, "contribution", "open", str(request_file), "--passphrase-file", str(wrong))[2]
    damaged = tmp_path / "damaged.nsi-contribution"
    envelope = json.loads(text)
    cipher = bytearray(envelope["ciphertext"].encode())
    cipher[40] = ord("A") if cipher[40] != ord("A") else ord("B")
    envelope["ciphertext"] = cipher.decode()
    damaged.write_text(json.dumps(envelope), encoding="utf-8")
    assert "M104" in run(capsys, agency_db, "contribution", "open", str(damaged), "--passphrase-file", str(secret))[2]
    assert not agency_db.exists() or values(agency_db, 1) is None
    workspace = answer(capsys, agency_db, request_file, {"contact_name": "Ana Ruiz, cheffe de bureau"},
                       "--passphrase-file", str(secret))
    reply_file = reply(capsys, agency_db, workspace, tmp_path / "reply.nsi-contribution", "--passphrase-file", str(secret))
    assert "Ana Ruiz" not in reply_file.read_text(encoding="utf-8")
    code, plan, _ = merge(capsys, lead, reply_file, "--passphrase-file", str(secret))
    assert code == 0 and plan["contact_name"] == "taken"
    assert values(lead)["contact_name"] == "Ana Ruiz, cheffe de bureau"


def test_personal_data_is_left_out_unless_asked(capsys, lead: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.nsi-contribution"
    code, _out, err = run(capsys, lead, "contribution", "request", "--response", "1", "--agency", "X",
                          "--items", "contact_name", "--out", str(out))
    assert code == 1 and "M112" in err and not out.exists()
    code, _out, err = run(capsys, lead, "contribution", "request", "--response", "1", "--agency", "X",
                          "--sections", "about_contact,about_lead", "--out", str(out))
    assert code == 0 and "contact_name" in err  # named as left out
    document = fileformat.read(out)
    assert "contact_name" not in document["items"] and "lead_ministry" in document["items"]


def test_removing_personal_data_removes_it_from_requests_and_workspaces(capsys, lead: Path, tmp_path: Path) -> None:
    with Store.open(lead) as store:
        store.set_answer(1, "contact_name", "Jeanne Martin, sous-directrice")
    request_file = tmp_path / "r.nsi-contribution"
    request(capsys, lead, request_file, "--agency", "ANSSI", "--sections", "about_contact", "--include-sensitive")
    agency_db = tmp_path / "agency.db"
    workspace = answer(capsys, agency_db, request_file, {"contact_phone": "+33 1 43 17 53 53"})
    for db, response in ((lead, "1"), (agency_db, str(workspace))):
        code, _out, err = run(capsys, db, "purge-personal-data", "--response", response, "--yes")
        assert code == 0, err
        with Store.open(db, read_only=True) as store:
            dump = "\n".join(store.db.conn.iterdump())
        assert "Jeanne Martin" not in dump and "43 17 53 53" not in dump
    code, out, _ = run(capsys, lead, "purge-personal-data", "--response", "1", "--yes")
    assert code == 0 and "nothing to remove" in out
