"""The machine-readable copy inside a submission PDF: the JSON export as an embedded file.

Its SHA-256 is printed on the last page and stored twice in the PDF: in the embedded file's
description and in the document information (`/SurveyAppSHA256`). `read_attachment` gives the
bytes back only when they match that digest, so `survey-app import-pdf` never imports a copy that
was changed after the PDF was written.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from survey_app import errors
from survey_app.errors import SurveyError
from survey_app.i18n.core import N_

ATTACHMENT_NAME = "survey-response.json"
INFO_KEY = "SurveyAppSHA256"
_DESC_PREFIX = "SHA-256 "

errors.register(
    "P010",
    "The PDF holds no copy of the answers",
    "Only PDFs written by this application (version 0.1 or later) can be imported. Export the "
    "response again from the application that holds it, or import its JSON export instead.",
)
errors.register(
    "P011",
    "The copy of the answers in the PDF was changed",
    "The attached answers do not match the fingerprint (SHA-256) printed in the PDF, so they were "
    "altered or damaged after the PDF was written. Ask the sender for a fresh export.",
)
errors.register(
    "P012",
    "The file is not a readable PDF",
    "Check that you chose the right file and that it was copied completely.",
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Attachment:
    file_name: str
    data: bytes
    digest: str


class _InfoWithDigest(PDFInfo):
    """reportlab's document information plus our digest key."""

    survey_digest = ""

    def format(self, document):  # reportlab's signature
        formatted = super().format(document)
        if not self.survey_digest:
            return formatted
        extra = PDFDictionary({INFO_KEY: PDFString(self.survey_digest)}).format(document)
        # both are "<< ... >>": splice our key into reportlab's dictionary
        return formatted.rstrip()[:-2] + extra.strip()[2:]


def embed(canv: Canvas, data: bytes, *, file_name: str = ATTACHMENT_NAME) -> str:
    """Attach `data` (JSON) to the PDF being written on `canv`; returns its SHA-256 (hex)."""
    digest = sha256(data)
    doc = canv._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": PDFName("application#2Fjson"),
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        data,
        filters=[PDFZCompress],
    )
    stream_ref = doc.Reference(stream)
    filespec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(file_name),
            "UF": PDFString(file_name),
            "Desc": PDFString(_DESC_PREFIX + digest),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    filespec_ref = doc.Reference(filespec)
    names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(file_name), filespec_ref])})}
    )
    doc.Catalog.Names = doc.Reference(names)
    doc.Catalog.AF = PDFArray([filespec_ref])
    info = _InfoWithDigest()
    info.__dict__.update(doc.info.__dict__)
    info.survey_digest = digest
    doc.info = info
    return digest


def read_attachment(path: Path) -> Attachment:
    """The embedded JSON export of a submission PDF, checked against its stored SHA-256."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError  # also LimitReachedError: a compressed stream that would fill memory

    if Path(path).is_dir():
        raise SurveyError("P012", "{path} is a folder, not a PDF file.", hint=N_("Choose the PDF file itself."),
                          values={"path": path})
    if not Path(path).is_file():
        raise SurveyError("P012", "{path}: there is no such file.", hint=N_("Check the file name and folder."),
                          values={"path": path})
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its warnings about damaged files would only confuse users
    try:
        reader = PdfReader(str(path))
        root = reader.trailer["/Root"]
        entries = _embedded_files(root)
        info = reader.metadata or {}
        info_digest = str(info.get("/" + INFO_KEY, "") or "")
    except (OSError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, MemoryError) as exc:
        raise SurveyError("P012", "{path} cannot be read as a PDF ({reason}).", values={"path": path, "reason": exc}) from exc
    finally:
        pypdf_log.setLevel(level)
    for name, spec in entries:
        if name != ATTACHMENT_NAME:
            continue
        try:
            data = spec["/EF"]["/F"].get_object().get_data()
        except (KeyError, PyPdfError, ValueError, TypeError, AttributeError, MemoryError) as exc:
            raise SurveyError("P011", "The copy of the answers in {path} is damaged ({reason}).", values={"path": path, "reason": exc}) from exc
        desc = str(spec.get("/Desc", "") or "")
        stored = desc[len(_DESC_PREFIX):].strip() if desc.startswith(_DESC_PREFIX) else info_digest
        actual = sha256(data)
        if not stored or stored.lower() != actual or (info_digest and info_digest.lower() != actual):
            raise SurveyError(
                "P011",
                "The copy of the answers in {path} does not match its fingerprint (stored SHA-256 {stored}, actual {actual}).", values={"path": path, "stored": stored or "-", "actual": actual}
            )
        return Attachment(name, data, actual)
    raise SurveyError("P010", "{path} holds no copy of the answers ({name} is not attached).", values={"path": path, "name": ATTACHMENT_NAME})


def _embedded_files(root) -> list[tuple[str, object]]:
    """(name, file specification) pairs of the document's EmbeddedFiles name tree."""
    names = root.get("/Names")
    if names is None:
        return []
    tree = names.get_object().get("/EmbeddedFiles")
    if tree is None:
        return []
    found: list[tuple[str, object]] = []
    pending = [tree.get_object()]
    while pending:
        node = pending.pop()
        flat = node.get("/Names")
        if flat is not None:
            flat = flat.get_object()
            for index in range(0, len(flat) - 1, 2):
                found.append((str(flat[index]), flat[index + 1].get_object()))
        for kid in node.get("/Kids", []) or []:
            pending.append(kid.get_object())
    return found
