"""The passphrase envelope of contribution files: AES-256-GCM with a key derived by scrypt.

An encrypted contribution file is UTF-8 JSON text, so an IT officer who opens it sees what it is::

    {
      "format": "survey-app/contribution-encrypted",
      "format_version": 1,
      "cipher": "AES-256-GCM",
      "kdf": {"name": "scrypt", "salt": "<base64 of 16 random bytes>", "n": 32768, "r": 8, "p": 1},
      "nonce": "<base64 of 12 random bytes>",
      "ciphertext": "<base64 of the encrypted contribution document followed by the 16-byte tag>"
    }

The key (32 bytes) is scrypt of the passphrase, normalised to Unicode NFC and encoded as UTF-8, so
the same passphrase typed on Windows, macOS or Linux derives the same key; inner spaces are kept.
The associated data of AES-GCM is the canonical JSON (sorted keys, compact separators) of every
field but "ciphertext": changing any header field (salt, scrypt cost, nonce, version …) makes the
decryption fail as a wrong passphrase would. Base64 is the standard alphabet, checked strictly.

The passphrase is never stored. A file from outside is never trusted: before scrypt runs, its cost
is limited (n a power of two from 2**14 to 2**17, r 8, p 1: at most 128 MiB of memory and a
fraction of a second), so a hostile file cannot make the application allocate gigabytes or spin.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from survey_app import inputs
from survey_app.contributions import codes
from survey_app.errors import SurveyError

ENVELOPE_FORMAT = "survey-app/contribution-encrypted"
ENVELOPE_VERSION = 1
CIPHER = "AES-256-GCM"
KDF = "scrypt"

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
#: the scrypt cost written (about 32 MiB and a tenth of a second)
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: what a file may ask for when read: 128 * n * r bytes of memory stays at most 128 MiB
MIN_SCRYPT_N = 2**14
MAX_SCRYPT_N = 2**17  # 128 MiB: four times what the writer uses; a hostile file cannot ask for more
MIN_SALT_BYTES = 16
MAX_SALT_BYTES = 64

#: a passphrase protecting personal data has at least this many characters
MIN_PASSPHRASE_CHARS = 8
#: a passphrase file (the command line's --passphrase-file) is at most this large
MAX_PASSPHRASE_FILE_BYTES = 4096


# -- writing --------------------------------------------------------------------------------------
def encrypt(plaintext: bytes, passphrase: str) -> bytes:
    """The envelope of `plaintext`, as UTF-8 JSON text (see the module's docstring).

    The caller checks the passphrase first (`check_passphrase`); this only refuses one that
    cannot be encoded at all.
    """
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header: dict[str, Any] = {
        "format": ENVELOPE_FORMAT,
        "format_version": ENVELOPE_VERSION,
        "cipher": CIPHER,
        "kdf": {"name": KDF, "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "nonce": _b64(nonce),
    }
    secret = _passphrase_bytes(passphrase)
    if secret is None:
        raise SurveyError(codes.BAD_REQUEST,
                          "The passphrase holds characters that cannot be used; type it again.")
    key = _derive(secret, salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _associated_data(header))
    envelope = {**header, "ciphertext": _b64(ciphertext)}
    return (json.dumps(envelope, indent=2) + "\n").encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too weak to protect personal data (used before `encrypt`)."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    if len(text) < MIN_PASSPHRASE_CHARS:
        raise SurveyError(
            codes.BAD_REQUEST,
            "The passphrase is too short: use at least {minimum} characters (a few words are easier to "
            "remember and to give by telephone).",
            values={"minimum": MIN_PASSPHRASE_CHARS},
        )
    if _passphrase_bytes(passphrase) is None:
        raise SurveyError(codes.BAD_REQUEST,
                          "The passphrase holds characters that cannot be used; type it again.")


# -- reading --------------------------------------------------------------------------------------
def is_envelope(document: Mapping[str, Any]) -> bool:
    """Whether a parsed JSON document is an envelope (its "format" is ENVELOPE_FORMAT)."""
    return isinstance(document, Mapping) and document.get("format") == ENVELOPE_FORMAT


def decrypt(envelope: Mapping[str, Any], passphrase: str | None, *, name: str) -> bytes:
    """The plaintext of `envelope`; `name` (the file name) starts every message.

    The format and every field are checked before the passphrase is asked for, so a damaged file
    or one from a newer version is reported as such rather than as a passphrase problem.
    Raises SurveyError: WRONG_FORMAT (not an envelope, or another version), DAMAGED (a field
    missing, malformed or asking for an unsafe scrypt cost), PASSPHRASE_NEEDED (no passphrase),
    WRONG_PASSPHRASE (authentication failed: wrong passphrase, or the file was changed).
    """
    _check_format(envelope, name)
    cipher = envelope.get("cipher")
    if cipher != CIPHER:
        raise SurveyError(codes.DAMAGED, "{name}: the file does not say it is encrypted with AES-256-GCM.",
                          values={"name": name})
    kdf = envelope.get("kdf")
    if not isinstance(kdf, Mapping) or kdf.get("name") != KDF:
        raise SurveyError(codes.DAMAGED, "{name}: the file does not say how its key is made from the passphrase.",
                          values={"name": name})
    salt = _field_bytes(kdf.get("salt"), "salt", name)
    nonce = _field_bytes(envelope.get("nonce"), "nonce", name)
    ciphertext = _field_bytes(envelope.get("ciphertext"), "ciphertext", name)
    if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES or len(nonce) != NONCE_BYTES:
        raise SurveyError(codes.DAMAGED, "{name}: the encryption header of the file is damaged.",
                          values={"name": name})
    if len(ciphertext) < TAG_BYTES:
        raise SurveyError(codes.DAMAGED, "{name}: the encrypted content of the file is cut short.",
                          values={"name": name})
    n, r, p = (kdf.get(key) for key in ("n", "r", "p"))
    if not (_is_int(n) and _is_int(r) and _is_int(p)):
        raise SurveyError(codes.DAMAGED, "{name}: the encryption header of the file is damaged.",
                          values={"name": name})
    if not (MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and (n & (n - 1)) == 0 and r == SCRYPT_R and p == SCRYPT_P):
        raise SurveyError(
            codes.DAMAGED,
            "{name}: the file asks for a key derivation far costlier than this application writes; it was "
            "damaged or made to harm the computer, so it is not opened.",
            values={"name": name},
        )
    try:
        associated = _associated_data(envelope)
    except (TypeError, ValueError, RecursionError):
        raise SurveyError(codes.DAMAGED, "{name}: the encryption header of the file is damaged.",
                          values={"name": name}) from None
    if not passphrase:
        raise SurveyError(codes.PASSPHRASE_NEEDED, "{name}: the file is encrypted; enter its passphrase.",
                          values={"name": name})
    secret = _passphrase_bytes(passphrase)
    try:
        if secret is None:  # it cannot be the passphrase the file was written with
            raise InvalidTag
        key = _derive(secret, salt, n=n, r=r, p=p)
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        raise SurveyError(codes.WRONG_PASSPHRASE,
                          "{name}: the passphrase is wrong, or the file was changed after it was written.",
                          values={"name": name}) from None


def read_passphrase_file(path: Path) -> str:
    """The passphrase in the first line of `path` (the command line's --passphrase-file), without
    its line ending; inner and surrounding spaces are kept (they are part of the passphrase).

    A UTF-8 byte order mark (Windows Notepad) is not part of the passphrase.
    """
    path = Path(path)
    try:
        raw = inputs.read_regular_file(path, limit=MAX_PASSPHRASE_FILE_BYTES)
    except inputs.NotRegularFile:
        raise SurveyError(codes.UNREADABLE,
                          "{path}: this is not a file (a folder, a device or a pipe); give the file that holds the passphrase.",
                          values={"path": path}) from None
    except inputs.TooLarge:
        raise SurveyError(
            codes.UNREADABLE,
            "{path}: the file is larger than {limit} bytes, too large to hold a passphrase; give the file "
            "whose first line is the passphrase.",
            values={"path": path, "limit": MAX_PASSPHRASE_FILE_BYTES},
        ) from None
    except OSError as exc:  # missing, no permission, a loop of links
        raise SurveyError(codes.UNREADABLE, "{path}: the passphrase file cannot be read ({reason}).",
                          values={"path": path, "reason": exc.strerror or exc}) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SurveyError(codes.UNREADABLE,
                          "{path}: the passphrase file is not UTF-8 text; save it with the UTF-8 encoding.",
                          values={"path": path}) from None
    line = text.split("\n", 1)[0].removesuffix("\r")
    if "\x00" in line:
        raise SurveyError(codes.UNREADABLE, "{path}: the passphrase file holds binary data, not text.",
                          values={"path": path})
    if not line.strip():
        raise SurveyError(codes.UNREADABLE,
                          "{path}: the first line of the passphrase file is empty; write the passphrase on it.",
                          values={"path": path})
    return line


# -- helpers --------------------------------------------------------------------------------------
def _check_format(envelope: Mapping[str, Any], name: str) -> None:
    if not is_envelope(envelope):
        raise SurveyError(codes.WRONG_FORMAT, "{name}: this is not an encrypted contribution file.",
                          values={"name": name})
    if "format_version" not in envelope:
        raise SurveyError(codes.WRONG_FORMAT,
                          "{name}: the file does not say which version of the encrypted format it uses.",
                          values={"name": name})
    version = envelope["format_version"]
    if not (_is_int(version) and version == ENVELOPE_VERSION):
        raise SurveyError(
            codes.WRONG_FORMAT,
            "{name}: the file is encrypted in version {version} of the format; this application reads "
            "version {supported}. A newer version of the application may read it.",
            values={"name": name, "version": _shown(version), "supported": ENVELOPE_VERSION},
        )


def _field_bytes(value: object, field: str, name: str) -> bytes:
    """The bytes of a base64 field, or DAMAGED."""
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):  # ValueError: characters outside ASCII
            pass
    raise SurveyError(codes.DAMAGED, "{name}: the field {field} of the encrypted file is missing or damaged.",
                      values={"name": name, "field": field})


def _associated_data(envelope: Mapping[str, Any]) -> bytes:
    """The canonical JSON of every field but the ciphertext, authenticated with it."""
    header = {key: value for key, value in envelope.items() if key != "ciphertext"}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _passphrase_bytes(passphrase: str) -> bytes | None:
    """The passphrase as scrypt reads it (NFC, UTF-8); None if it holds characters UTF-8 cannot
    encode (lone surrogates, e.g. from a command line in another encoding)."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        return None


def _derive(secret: bytes, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: object) -> str:
    """A value from the file as a message shows it: short, whatever a hostile file holds."""
    try:
        text = json.dumps(value) if isinstance(value, (str, int, float, bool)) or value is None else type(value).__name__
    except ValueError:  # an integer of thousands of digits
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
