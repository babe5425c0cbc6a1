"""Reading the copy of the answers back out of a submission PDF (`survey-app import-pdf`).

The PDF is read as if an adversary wrote it: only a regular file of at most
`limits.PDF_FILE_BYTES`, never an encrypted one, its list of attached files walked by `pdf_walk`
within limits, the copy unpacked to at most `limits.IMPORT_FILE_BYTES` and given back only when it
matches every fingerprint (SHA-256) the PDF carries. Anything else is a SurveyError with a P-code
(registered in `attachment`).
"""

from __future__ import annotations

import contextlib
import logging
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, apply_configuration
from pypdf.errors import DependencyError, LimitReachedError, PyPdfError
from pypdf.generic import DictionaryObject, StreamObject

from survey_app import inputs
from survey_app.errors import SurveyError
from survey_app.i18n.core import N_
from survey_app.limits import IMPORT_FILE_BYTES, MIB, PDF_FILE_BYTES
from survey_app.reports.attachment import (
    ATTACHMENT_NAME,
    DESC_PREFIX,
    INFO_KEY,
    Attachment,
    sha256,
)
from survey_app.reports.pdf_walk import (
    PdfStructureError,
    Problem,
    dictionary,
    filters,
    name_tree,
    optional_dictionary,
    resolve,
    stream,
    text,
)

log = logging.getLogger(__name__)

#: what pypdf raises on a damaged or hostile file besides its own PyPdfError: it parses with
#: Python's built-ins and lets their errors through
_PDF_FAILURES = (
    PyPdfError, DependencyError, OSError, ValueError, KeyError, IndexError, TypeError, AttributeError,
    NotImplementedError, RecursionError, MemoryError, zlib.error,
)


class _UndecryptedReader(PdfReader):
    """A PdfReader that leaves an encrypted file as it is, for `read_attachment` to refuse right
    after opening. (pypdf would try the empty password, which opens a PDF that has only an owner
    password, and fail in ways of its own on the encryptions it cannot read.)"""

    def _handle_encryption(self, password: str | bytes | None) -> None:
        return None


def read_attachment(path: Path) -> Attachment:
    """The embedded JSON export of a submission PDF, checked against the SHA-256 stored with it."""
    path = Path(path)
    raw = _read_pdf_file(path)
    with _quiet_pypdf(), apply_configuration(zlib_maximum_output_length=IMPORT_FILE_BYTES):
        try:
            reader = _UndecryptedReader(BytesIO(raw))
            if reader.is_encrypted:
                raise SurveyError("P015", "{path} is encrypted; export it again without a password.",
                                  values={"path": path})
            spec = _the_copy(reader, path)
            data = _unpacked(stream(dictionary(spec.get("/EF"), "/EF of the attached answers").get("/F"),
                                    "the attached answers"), path)
            described = _described_digest(spec)
            info_digest = _info_digest(reader)
        except PdfStructureError as exc:
            raise _structure_error(exc, path) from None
        except _PDF_FAILURES as exc:
            if not isinstance(exc, (PyPdfError, DependencyError, OSError, zlib.error)):
                # pypdf lets Python's own errors through on hostile files, but so would a bug of ours:
                # the user gets the refusal, the log gets where it happened
                log.warning("reading %s failed inside the PDF reader", path, exc_info=True)
            raise SurveyError("P012", "{path} cannot be read as a PDF ({reason}).",
                              values={"path": path, "reason": exc}) from None
    return Attachment(ATTACHMENT_NAME, data, _checked_digest(data, described, info_digest, path))


def _read_pdf_file(path: Path) -> bytes:
    """The bytes of a regular file of at most PDF_FILE_BYTES. Nothing is read from a device or a
    pipe: /dev/zero never ends, a FIFO blocks until someone writes to it."""
    try:
        return inputs.read_regular_file(path, limit=PDF_FILE_BYTES)
    except FileNotFoundError:
        raise SurveyError("P012", "{path}: there is no such file.", hint=N_("Check the file name and folder."),
                          values={"path": path}) from None
    except inputs.NotRegularFile as exc:
        raise SurveyError("P012", exc.message, hint=N_("Choose the PDF file itself."), values={"path": path}) from None
    except inputs.TooLarge:
        raise _too_large(path) from None
    except OSError as exc:
        raise SurveyError("P012", "{path}: the file cannot be read ({reason}).",
                          values={"path": path, "reason": exc.strerror or exc}) from None


def _too_large(path: Path) -> SurveyError:
    return SurveyError("P019", "{path} is larger than {limit} MB, the largest submission PDF that can be imported.",
                       values={"path": path, "limit": PDF_FILE_BYTES // MIB})


def _the_copy(reader: PdfReader, path: Path) -> DictionaryObject:
    """The file specification of the one attached file named ATTACHMENT_NAME."""
    root = dictionary(reader.trailer.get("/Root"), "the document catalogue")
    names = optional_dictionary(root, "/Names", "/Names of the document catalogue")
    tree = names.get("/EmbeddedFiles") if names is not None else None
    entries = name_tree(tree, "the list of attached files") if tree is not None else []
    copies = [spec for name, spec in entries if name == ATTACHMENT_NAME]
    if not copies:
        raise SurveyError("P010", "{path} holds no copy of the answers ({name} is not attached).",
                          values={"path": path, "name": ATTACHMENT_NAME})
    if len(copies) > 1:
        raise SurveyError("P017", "{path} has {count} attached files named {name}; it is not clear which one to import.",
                          values={"path": path, "count": len(copies), "name": ATTACHMENT_NAME})
    return dictionary(copies[0], "the file specification of the attached answers")


def _unpacked(data: StreamObject, path: Path) -> bytes:
    """The attached file's bytes, unpacked to at most IMPORT_FILE_BYTES."""
    if filters(data) not in ([], ["/FlateDecode"]):  # what this application writes; no other decoder runs
        raise PdfStructureError(Problem.WRONG_TYPE, "they are packed with another method than Flate")
    params = optional_dictionary(data, "/Params", "/Params of the attached answers")
    declared = resolve(params.get("/Size")) if params is not None else None
    if isinstance(declared, int) and declared > IMPORT_FILE_BYTES:
        raise _copy_too_large(path)
    try:
        unpacked = data.get_data()
    except LimitReachedError:  # beyond apply_configuration's zlib_maximum_output_length
        raise _copy_too_large(path) from None
    if len(unpacked) > IMPORT_FILE_BYTES:
        raise _copy_too_large(path)
    return unpacked


def _copy_too_large(path: Path) -> SurveyError:
    return SurveyError("P019", "The copy of the answers in {path} is larger than {limit} MB once unpacked, the "
                       "most an answers file may be.", values={"path": path, "limit": IMPORT_FILE_BYTES // MIB})


def _described_digest(spec: DictionaryObject) -> str | None:
    """The SHA-256 in the attached file's description, if it gives one."""
    if "/Desc" not in spec:
        return None
    desc = text(spec["/Desc"], "the description of the attached answers")
    return desc[len(DESC_PREFIX):].strip() if desc.startswith(DESC_PREFIX) else None


def _info_digest(reader: PdfReader) -> str | None:
    """The SHA-256 in the document information, if it gives one."""
    info = optional_dictionary(reader.trailer, "/Info", "the document information")
    key = "/" + INFO_KEY
    if info is None or key not in info:
        return None
    return text(info[key], f"{key} of the document information").strip()


def _checked_digest(data: bytes, described: str | None, info_digest: str | None, path: Path) -> str:
    """The SHA-256 of `data`, when each fingerprint the PDF carries agrees with it."""
    actual = sha256(data)
    if not described and not info_digest:
        raise SurveyError("P011", "The copy of the answers in {path} carries no fingerprint (SHA-256) to check it "
                          "against.", values={"path": path})
    if described and described.lower() != actual:
        raise SurveyError(
            "P011", "The copy of the answers in {path} does not match the fingerprint in its description: the "
            "description says SHA-256 {stored}, the attached answers have SHA-256 {actual}.",
            values={"path": path, "stored": described[:64], "actual": actual})
    if info_digest and info_digest.lower() != actual:
        raise SurveyError(
            "P011", "The copy of the answers in {path} does not match the fingerprint in the document "
            "information: it says SHA-256 {stored}, the attached answers have SHA-256 {actual}.",
            values={"path": path, "stored": info_digest[:64], "actual": actual})
    return actual


def _structure_error(exc: PdfStructureError, path: Path) -> SurveyError:
    if exc.problem is Problem.LOOP:
        return SurveyError("P014", "The list of attached files in {path} loops back on itself.", values={"path": path})
    if exc.problem in (Problem.TOO_DEEP, Problem.TOO_LARGE):
        return SurveyError("P014", "The list of attached files in {path} is larger than in any PDF this "
                           "application writes ({reason}).", values={"path": path, "reason": exc.detail})
    return SurveyError("P018", "The attached answers in {path} are not stored the way this application writes "
                       "them ({reason}).", values={"path": path, "reason": exc.detail})


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's warnings about damaged files would only confuse users: the refusal says what matters."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        pypdf_log.setLevel(level)
