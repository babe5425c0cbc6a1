"""The passphrase envelope of contribution files: round trips, tampering, hostile headers, passphrase files."""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from survey_app.contributions import codes
from survey_app.contributions.crypto import (
    ENVELOPE_FORMAT,
    ENVELOPE_VERSION,
    check_passphrase,
    decrypt,
    encrypt,
    is_envelope,
    read_passphrase_file,
)
from survey_app.errors import SurveyError

PASSPHRASE = "correct horse battery staple"
PLAINTEXT = json.dumps({"format": "survey-app/contribution", "answers": {"contact": "Jane Doe, +1 555 0100"}}).encode()


@pytest.fixture(scope="module")
def envelope() -> dict[str, Any]:
    """A parsed envelope of PLAINTEXT under PASSPHRASE (tests change copies of it)."""
    return json.loads(encrypt(PLAINTEXT, PASSPHRASE))


def _code(envelope: dict[str, Any], passphrase: str | None = PASSPHRASE) -> str:
    with pytest.raises(SurveyError) as exc:
        decrypt(envelope, passphrase, name="reply.nsi-contribution")
    assert str(exc.value.diagnostic.message).startswith("reply.nsi-contribution: ")
    return exc.value.code


def _with(envelope: dict[str, Any], **changes: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(envelope))
    kdf_changes = changes.pop("kdf", {})
    changed.update(changes)
    changed["kdf"].update(kdf_changes)
    return changed


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- round trips ----------------------------------------------------------------------------------
@pytest.mark.parametrize("passphrase", [PASSPHRASE, "كلمة المرور السرية للوزارة", "外交部联络员的密码短语", "  spaces inside  and around "])
def test_round_trip(passphrase: str) -> None:
    text = encrypt(PLAINTEXT, passphrase)
    assert decrypt(json.loads(text), passphrase, name="reply.nsi-contribution") == PLAINTEXT


def test_a_passphrase_typed_decomposed_opens_a_file_written_composed() -> None:
    composed = unicodedata.normalize("NFC", "Genève, élève, façade")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    text = encrypt(PLAINTEXT, composed)
    assert decrypt(json.loads(text), decomposed, name="f") == PLAINTEXT
    assert decrypt(json.loads(encrypt(PLAINTEXT, decomposed)), composed, name="f") == PLAINTEXT


def test_inner_spaces_are_part_of_the_passphrase(envelope: dict[str, Any]) -> None:
    assert _code(envelope, "correct horse  battery staple") == codes.WRONG_PASSPHRASE
    assert _code(envelope, "correcthorsebatterystaple") == codes.WRONG_PASSPHRASE


def test_the_envelope_is_readable_json_without_the_plaintext() -> None:
    text = encrypt(PLAINTEXT, PASSPHRASE)
    document = json.loads(text.decode("utf-8"))
    assert set(document) == {"format", "format_version", "cipher", "kdf", "nonce", "ciphertext"}
    assert document["format"] == ENVELOPE_FORMAT == "survey-app/contribution-encrypted"
    assert document["format_version"] == ENVELOPE_VERSION == 1
    assert document["cipher"] == "AES-256-GCM"
    kdf = document["kdf"]
    assert set(kdf) == {"name", "salt", "n", "r", "p"}
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**15, 8, 1)
    assert len(base64.b64decode(kdf["salt"], validate=True)) == 16
    assert len(base64.b64decode(document["nonce"], validate=True)) == 12
    assert len(base64.b64decode(document["ciphertext"], validate=True)) == len(PLAINTEXT) + 16
    assert b"Jane Doe" not in text and b"answers" not in text and PASSPHRASE.encode() not in text
    assert is_envelope(document)


def test_each_envelope_has_its_own_salt_and_nonce() -> None:
    first, second = (json.loads(encrypt(PLAINTEXT, PASSPHRASE)) for _ in range(2))
    assert first["kdf"]["salt"] != second["kdf"]["salt"]
    assert first["nonce"] != second["nonce"]
    assert first["ciphertext"] != second["ciphertext"]


def test_is_envelope() -> None:
    assert is_envelope({"format": ENVELOPE_FORMAT})
    assert not is_envelope({"format": "survey-app/contribution"})
    assert not is_envelope({"format": "survey-app/answers", "format_version": 1})
    assert not is_envelope({})


def test_an_empty_plaintext_round_trips() -> None:
    assert decrypt(json.loads(encrypt(b"", PASSPHRASE)), PASSPHRASE, name="f") == b""


# -- passphrase -----------------------------------------------------------------------------------
@pytest.mark.parametrize("passphrase", [None, ""])
def test_without_a_passphrase_it_asks_for_one(envelope: dict[str, Any], passphrase: str | None) -> None:
    assert _code(envelope, passphrase) == codes.PASSPHRASE_NEEDED


def test_a_wrong_passphrase(envelope: dict[str, Any]) -> None:
    assert _code(envelope, "Correct horse battery staple") == codes.WRONG_PASSPHRASE
    assert _code(envelope, PASSPHRASE + " ") == codes.WRONG_PASSPHRASE
    assert _code(envelope, "\ud800 not encodable") == codes.WRONG_PASSPHRASE


def test_check_passphrase() -> None:
    check_passphrase("eight ch")
    check_passphrase("外交部联络员的密码")
    for weak in ["", "short", "1234567", "  seven  ", "\t\n        \n"]:
        with pytest.raises(SurveyError) as exc:
            check_passphrase(weak)
        assert exc.value.code == codes.BAD_REQUEST
        assert "8" in exc.value.diagnostic.message
    with pytest.raises(SurveyError) as exc:
        check_passphrase("long enough \ud800")
    assert exc.value.code == codes.BAD_REQUEST


# -- a file changed on the way ------------------------------------------------------------------
def test_every_flipped_byte_of_the_ciphertext_is_noticed(envelope: dict[str, Any]) -> None:
    ciphertext = base64.b64decode(envelope["ciphertext"])
    # spread over the encrypted text and its 16-byte tag (the last bytes), both ends included
    positions = sorted({round(i * (len(ciphertext) - 1) / 19) for i in range(20)} | {1, len(ciphertext) - 17, len(ciphertext) - 16})
    assert len(positions) >= 20
    for position in positions:
        for flip in (0x01, 0x80):
            damaged = bytearray(ciphertext)
            damaged[position] ^= flip
            assert _code(_with(envelope, ciphertext=_b64(bytes(damaged)))) == codes.WRONG_PASSPHRASE, position


def test_a_changed_header_is_noticed(envelope: dict[str, Any]) -> None:
    salt = bytearray(base64.b64decode(envelope["kdf"]["salt"]))
    salt[0] ^= 1
    nonce = bytearray(base64.b64decode(envelope["nonce"]))
    nonce[5] ^= 1
    assert _code(_with(envelope, kdf={"salt": _b64(bytes(salt))})) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, kdf={"salt": _b64(bytes(salt) + b"\0")})) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, nonce=_b64(bytes(nonce)))) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, kdf={"n": 2**14})) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, added="a field the writer did not write")) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, format_version=2)) == codes.WRONG_FORMAT
    assert _code(_with(envelope, cipher="AES-128-GCM")) == codes.DAMAGED
    assert _code(_with(envelope, kdf={"name": "pbkdf2"})) == codes.DAMAGED


@pytest.mark.parametrize("version", [2, 0, True, 1.0, "1", None])
def test_another_format_version(envelope: dict[str, Any], version: Any) -> None:
    changed = _with(envelope, format_version=version)
    assert _code(changed) == codes.WRONG_FORMAT
    if version == 2 and version is not True:
        with pytest.raises(SurveyError) as exc:
            decrypt(changed, PASSPHRASE, name="reply.nsi-contribution")
        assert "version 2" in exc.value.diagnostic.message and "newer" in exc.value.diagnostic.message


def test_a_missing_version_or_another_format(envelope: dict[str, Any]) -> None:
    without = dict(envelope)
    del without["format_version"]
    assert _code(without) == codes.WRONG_FORMAT
    assert _code(_with(envelope, format="survey-app/contribution")) == codes.WRONG_FORMAT


def test_a_truncated_ciphertext(envelope: dict[str, Any]) -> None:
    ciphertext = base64.b64decode(envelope["ciphertext"])
    assert _code(_with(envelope, ciphertext=_b64(ciphertext[:-1]))) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, ciphertext=_b64(ciphertext[:16]))) == codes.WRONG_PASSPHRASE
    assert _code(_with(envelope, ciphertext=_b64(ciphertext[:15]))) == codes.DAMAGED
    assert _code(_with(envelope, ciphertext="")) == codes.DAMAGED
    assert _code(_with(envelope, ciphertext=envelope["ciphertext"][:-3])) == codes.DAMAGED  # not base64 any more


# -- hostile or damaged headers -------------------------------------------------------------------
@pytest.mark.parametrize(
    "kdf",
    [
        {"n": 2**30},
        {"n": 2**21},
        {"n": 2**13},
        {"n": 3 * 2**14},
        {"n": 0},
        {"n": -(2**15)},
        {"n": 2.0**15},
        {"n": "32768"},
        {"n": True},
        {"r": 1024},
        {"r": 1},
        {"p": 16},
        {"p": 0},
        {"p": True},
        {"salt": _b64(os.urandom(15))},
        {"salt": _b64(os.urandom(65))},
        {"salt": "not base64!"},
        {"salt": 12},
        {"salt": None},
        {"name": None},
    ],
)
def test_a_hostile_or_damaged_key_derivation_is_refused(envelope: dict[str, Any], kdf: dict[str, Any]) -> None:
    assert _code(_with(envelope, kdf=kdf)) == codes.DAMAGED


@pytest.mark.parametrize(
    "field, value",
    [
        ("nonce", _b64(os.urandom(11))),
        ("nonce", _b64(os.urandom(16))),
        ("nonce", "AAAA AAAA AAAA AAAA"),
        ("nonce", "ÀÀÀÀ"),
        ("nonce", None),
        ("ciphertext", None),
        ("ciphertext", ["AAAA"]),
        ("ciphertext", "-_-_" * 8),  # the URL-safe alphabet is not the one written
        ("kdf", "scrypt"),
        ("kdf", None),
        ("cipher", None),
    ],
)
def test_a_damaged_field_is_refused(envelope: dict[str, Any], field: str, value: Any) -> None:
    changed = json.loads(json.dumps(envelope))
    changed[field] = value
    assert _code(changed) == codes.DAMAGED


@pytest.mark.parametrize("field", ["nonce", "ciphertext", "kdf", "cipher"])
def test_a_missing_field_is_refused(envelope: dict[str, Any], field: str) -> None:
    changed = dict(envelope)
    del changed[field]
    assert _code(changed) == codes.DAMAGED


def test_a_damaged_file_is_reported_before_the_passphrase_is_asked_for(envelope: dict[str, Any]) -> None:
    assert _code(_with(envelope, kdf={"n": 2**30}), None) == codes.DAMAGED
    assert _code(_with(envelope, format_version=2), None) == codes.WRONG_FORMAT


# -- passphrase files -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content, expected",
    [
        (b"correct horse battery staple\n", "correct horse battery staple"),
        (b"correct horse battery staple\r\n", "correct horse battery staple"),
        (b"correct horse battery staple", "correct horse battery staple"),
        (b"  inner  spaces kept \nsecond line\n", "  inner  spaces kept "),
        ("كلمة المرور السرية\r\n".encode(), "كلمة المرور السرية"),
        (b"\xef\xbb\xbfwritten by Notepad\r\n", "written by Notepad"),
    ],
)
def test_read_passphrase_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "passphrase.txt"
    path.write_bytes(content)
    assert read_passphrase_file(path) == expected


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n", b"   \nsecond line\n", b"\xff\xfe\x00\x01binary\x80", b"text\x00with a nul\n", b"x" * 5000])
def test_an_unusable_passphrase_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "passphrase.txt"
    path.write_bytes(content)
    with pytest.raises(SurveyError) as exc:
        read_passphrase_file(path)
    assert exc.value.code == codes.UNREADABLE
    assert str(path) in exc.value.diagnostic.message


def test_a_passphrase_file_that_is_a_folder_or_missing(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.txt"):
        with pytest.raises(SurveyError) as exc:
            read_passphrase_file(path)
        assert exc.value.code == codes.UNREADABLE
        assert str(path) in exc.value.diagnostic.message


def test_a_passphrase_read_from_a_file_opens_the_envelope(tmp_path: Path) -> None:
    path = tmp_path / "passphrase.txt"
    path.write_text("外交部联络员的密码短语\n", encoding="utf-8")
    passphrase = read_passphrase_file(path)
    check_passphrase(passphrase)
    text = encrypt(PLAINTEXT, passphrase)
    assert decrypt(json.loads(text), read_passphrase_file(path), name="f") == PLAINTEXT
