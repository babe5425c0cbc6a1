"""Crafted submission PDFs for the tests of reading one back.

Each helper takes a real exported PDF and rewrites objects with pypdf, as someone breaking or
forging a submission would; `forged_copy` even recomputes both fingerprints, so the reader has to
check the answers themselves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    TextStringObject,
)

from survey_app.reports.attachment import ATTACHMENT_NAME, DESC_PREFIX, INFO_KEY


def exported_submission(folder: Path) -> Path:
    """A PDF exported from a real database: France, cycle 2026, the NSI questionnaire, no answers."""
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.reports.submission import PdfOptions, export_response_pdf
    from survey_app.storage.api import State
    from survey_app.storage.store import Store

    catalog = Catalog.load()
    with Store.open(folder / "source.db") as store:
        response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=catalog.get("nsi"),
                                         language="en")
        export_response_pdf(store, response.id, folder / "submission.pdf", PdfOptions(), catalog=catalog)
    return folder / "submission.pdf"


def rewrite(source: Path, out: Path, change: Callable[[PdfWriter], None]) -> Path:
    writer = PdfWriter(clone_from=str(source))
    change(writer)
    writer.write(str(out))
    return out


def add(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """`obj` as a new indirect object (pypdf has no public name for this)."""
    return writer._add_object(obj)


def names_dictionary(writer: PdfWriter) -> DictionaryObject:
    return writer.root_object["/Names"].get_object()


def filespec_ref(writer: PdfWriter) -> IndirectObject:
    """The reference to the file specification of the attached answers, as the application wrote it."""
    return names_dictionary(writer)["/EmbeddedFiles"]["/Names"][1]


def with_tree(source: Path, out: Path, build: Callable[[PdfWriter, IndirectObject], PdfObject]) -> Path:
    """The PDF with its list of attached files (the EmbeddedFiles name tree) replaced by what
    `build(writer, reference to the answers' file specification)` returns."""
    return rewrite(source, out, lambda writer: names_dictionary(writer).__setitem__(
        NameObject("/EmbeddedFiles"), build(writer, filespec_ref(writer))))


def node(*, names: list[PdfObject] | None = None, kids: list[PdfObject] | None = None) -> DictionaryObject:
    found = DictionaryObject()
    if names is not None:
        found[NameObject("/Names")] = ArrayObject(names)
    if kids is not None:
        found[NameObject("/Kids")] = ArrayObject(kids)
    return found


def leaf(spec: IndirectObject) -> DictionaryObject:
    return node(names=[TextStringObject(ATTACHMENT_NAME), spec])


def forged_copy(source: Path, out: Path, data: bytes, *, description: str | None = None,
                info: str | None = None) -> Path:
    """The PDF with `data` as its attached answers and, unless given, both fingerprints recomputed."""
    digest = hashlib.sha256(data).hexdigest()

    def change(writer: PdfWriter) -> None:
        spec = filespec_ref(writer).get_object()
        spec["/EF"]["/F"].get_object().set_data(data)
        spec[NameObject("/Desc")] = TextStringObject(DESC_PREFIX + (description or digest))
        writer.add_metadata({"/" + INFO_KEY: info or digest})

    return rewrite(source, out, change)


def forged_header(source: Path, out: Path, **header: Any) -> Path:
    """The PDF whose attached answers have these values in their "response" header (fingerprints
    recomputed); a value of `...` removes the key."""
    from survey_app.reports.attachment_reader import read_attachment

    document = json.loads(read_attachment(source).data)
    for key, value in header.items():
        if value is ...:
            document["response"].pop(key, None)
        else:
            document["response"][key] = value
    return forged_copy(source, out, json.dumps(document, ensure_ascii=False).encode())
