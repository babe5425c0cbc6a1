"""The machine-readable copy inside a submission PDF: the JSON export as an embedded file.

Its SHA-256 is printed on the last page and stored twice in the PDF: in the embedded file's
description and in the document information (`/SurveyAppSHA256`).
`attachment_reader.read_attachment` gives the bytes back only when they match that digest, so
`survey-app import-pdf` never imports a copy that was changed after the PDF was written. The error
codes of reading it back are registered here, with the names they are about.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

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

ATTACHMENT_NAME = "survey-response.json"
INFO_KEY = "SurveyAppSHA256"
DESC_PREFIX = "SHA-256 "

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
errors.register(
    "P014",
    "The list of files attached to the PDF is malformed",
    "The list of attached files loops back on itself or is far larger than in any PDF this application writes, so the "
    "file was damaged or made to look like a submission. Ask the sender for a fresh export.",
)
errors.register(
    "P015",
    "The PDF is encrypted",
    "Submission PDFs can be read back only without encryption. Ask the sender to export the response "
    "again without a password (or to save the PDF without security), then import that file.",
)
errors.register(
    "P017",
    "The PDF holds more than one copy of the answers",
    "Several attached files have the name of the copy of the answers, so it is not clear which one to "
    "import. Ask the sender for the PDF exported from the application, or for its JSON export.",
)
errors.register(
    "P018",
    "The copy of the answers is not stored the way this application writes it",
    "The PDF was changed by another program or made to look like a submission. Ask the sender for "
    "the PDF exported from the application, or for its JSON export.",
)
errors.register(
    "P019",
    "The PDF or its copy of the answers is too large",
    "Check that you chose the right file: a submission PDF is far smaller. Ask the sender for a "
    "fresh export, or for its JSON export.",
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
            "Desc": PDFString(DESC_PREFIX + digest),
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
