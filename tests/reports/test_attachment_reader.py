"""Reading the copy of the answers back from hostile PDFs: loops and excess in the list of attached
files, encryption, files that are not PDFs, objects of the wrong type, copies too large, two copies,
fingerprints that disagree. Every one is a refusal with its own code, never a hang or a traceback.
Cases that looped for ever run the command in a subprocess with a timeout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from survey_app.errors import SurveyError
from survey_app.limits import (
    IMPORT_FILE_BYTES,
    PDF_ATTACHED_FILES,
    PDF_FILE_BYTES,
    PDF_NAME_TREE_DEPTH,
    PDF_NAME_TREE_NODES,
)
from survey_app.reports.attachment import ATTACHMENT_NAME, sha256
from survey_app.reports.attachment_reader import read_attachment

from . import forge


def refused(path: Path) -> SurveyError:
    with pytest.raises(SurveyError) as caught:
        read_attachment(path)
    return caught.value


def import_pdf(pdf: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """`survey-app --db DB import-pdf PDF` in its own process: a regression that loops again fails
    this test after a minute instead of hanging the run."""
    env = {**os.environ, "SURVEY_APP_HOME": str(db.parent / "user-data"), "SURVEY_APP_LANGUAGE": "en"}
    return subprocess.run([sys.executable, "-m", "survey_app", "--db", str(db), "import-pdf", str(pdf)],
                          check=False, capture_output=True, text=True, timeout=60, env=env)


# -- the list of attached files (EmbeddedFiles name tree) ---------------------------------------
def _self_loop(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
    root = forge.node(names=[TextStringObject("other.json"), spec])
    ref = forge.add(writer, root)
    root[NameObject("/Kids")] = ArrayObject([ref])
    return ref


def _each_other(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
    first, second = forge.node(), forge.node()
    first_ref, second_ref = forge.add(writer, first), forge.add(writer, second)
    first[NameObject("/Kids")] = ArrayObject([second_ref])
    second[NameObject("/Kids")] = ArrayObject([first_ref])
    return first_ref


def _same_child_twice_in_a_loop(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
    root = forge.node()
    ref = forge.add(writer, root)
    root[NameObject("/Kids")] = ArrayObject([ref, ref])  # each visit adds two: memory grows without end
    return ref


def _same_child_twice_deep(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
    """No loop, but each of 40 levels lists the next twice: 2**40 visits when walked naively."""
    ref = forge.add(writer, forge.leaf(spec))
    for _level in range(40):
        ref = forge.add(writer, forge.node(kids=[ref, ref]))
    return ref


@pytest.mark.parametrize("build", [_self_loop, _each_other, _same_child_twice_in_a_loop, _same_child_twice_deep])
def test_a_list_of_attached_files_that_loops_is_refused_without_touching_the_database(
    tmp_path: Path, exported: Path, build
) -> None:
    pdf = forge.with_tree(exported, tmp_path / "loop.pdf", build)
    db = tmp_path / "target.db"
    result = import_pdf(pdf, db)
    assert result.returncode == 1, result.stderr
    assert "P014" in result.stderr and "loops back on itself" in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()  # refused before the database was opened, so it was never locked


def _too_deep(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
    ref = forge.add(writer, forge.leaf(spec))
    for _level in range(PDF_NAME_TREE_DEPTH):
        ref = forge.add(writer, forge.node(kids=[ref]))
    return ref


def _too_many_nodes(writer: PdfWriter, spec: IndirectObject) -> DictionaryObject:
    return forge.node(kids=[forge.add(writer, forge.node()) for _kid in range(PDF_NAME_TREE_NODES)] + [forge.leaf(spec)])


def _too_many_names(writer: PdfWriter, spec: IndirectObject) -> DictionaryObject:
    names: list = []
    for index in range(PDF_ATTACHED_FILES):
        names += [TextStringObject(f"file-{index:05}.json"), spec]
    return forge.node(names=[*names, TextStringObject(ATTACHMENT_NAME), spec])


@pytest.mark.parametrize("build", [_too_deep, _too_many_nodes, _too_many_names])
def test_a_list_of_attached_files_beyond_the_limits_is_refused(tmp_path: Path, exported: Path, build) -> None:
    assert refused(forge.with_tree(exported, tmp_path / "big.pdf", build)).code == "P014"


def test_a_list_nested_within_the_limits_is_read(tmp_path: Path, exported: Path) -> None:
    def nested(writer: PdfWriter, spec: IndirectObject) -> IndirectObject:
        ref = forge.add(writer, forge.leaf(spec))
        for _level in range(PDF_NAME_TREE_DEPTH - 1):
            ref = forge.add(writer, forge.node(kids=[ref]))
        return ref

    assert read_attachment(forge.with_tree(exported, tmp_path / "nested.pdf", nested)).file_name == ATTACHMENT_NAME


def test_two_copies_of_the_answers_are_refused_as_ambiguous(tmp_path: Path, exported: Path) -> None:
    def two(writer: PdfWriter, spec: IndirectObject) -> DictionaryObject:
        other = forge.add(writer, spec.get_object().clone(writer))
        return forge.node(kids=[forge.leaf(spec), forge.leaf(other)])

    assert refused(forge.with_tree(exported, tmp_path / "two.pdf", two)).code == "P017"


# -- objects of the wrong type ------------------------------------------------------------------
def _names_is_a_number(writer: PdfWriter) -> None:
    writer.root_object[NameObject("/Names")] = NumberObject(7)


def _tree_names_is_a_number(writer: PdfWriter) -> None:
    forge.names_dictionary(writer)["/EmbeddedFiles"][NameObject("/Names")] = NumberObject(7)


def _file_specification_is_a_number(writer: PdfWriter) -> None:
    forge.names_dictionary(writer)["/EmbeddedFiles"]["/Names"][1] = NumberObject(7)


def _ef_is_a_number(writer: PdfWriter) -> None:
    forge.filespec_ref(writer).get_object()[NameObject("/EF")] = NumberObject(7)


def _data_is_a_dictionary(writer: PdfWriter) -> None:
    forge.filespec_ref(writer).get_object()["/EF"][NameObject("/F")] = DictionaryObject()


def _description_is_a_number(writer: PdfWriter) -> None:
    forge.filespec_ref(writer).get_object()[NameObject("/Desc")] = NumberObject(7)


@pytest.mark.parametrize("change", [_names_is_a_number, _tree_names_is_a_number, _file_specification_is_a_number,
                                    _ef_is_a_number, _data_is_a_dictionary, _description_is_a_number])
def test_objects_of_the_wrong_type_are_named_in_plain_words(tmp_path: Path, exported: Path, change) -> None:
    error = refused(forge.rewrite(exported, tmp_path / "wrong.pdf", change))
    assert error.code == "P018"
    assert "not stored the way this application writes them" in str(error)
    assert "Object" not in str(error) and "subscriptable" not in str(error)  # no pypdf internals


# -- encryption -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("algorithm", "user_password"), [("AES-256", "secret"), ("AES-256", ""), ("AES-128", ""),
                                                          ("RC4-128", "secret"), ("RC4-128", "")])
def test_an_encrypted_pdf_is_refused_with_or_without_a_user_password(
    tmp_path: Path, exported: Path, algorithm: str, user_password: str
) -> None:
    pdf = forge.rewrite(exported, tmp_path / "encrypted.pdf",
                        lambda writer: writer.encrypt(user_password, "owner", algorithm=algorithm))
    error = refused(pdf)
    assert error.code == "P015" and "is encrypted; export it again without a password" in str(error)


def test_an_encrypted_pdf_through_the_command_gives_no_traceback(tmp_path: Path, exported: Path) -> None:
    pdf = forge.rewrite(exported, tmp_path / "encrypted.pdf",
                        lambda writer: writer.encrypt("secret", "owner", algorithm="AES-256"))
    result = import_pdf(pdf, tmp_path / "target.db")
    assert result.returncode == 1 and "P015" in result.stderr and "Traceback" not in result.stderr


# -- what is not a PDF file, or too large ---------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    result = import_pdf(fifo, tmp_path / "target.db")
    assert result.returncode == 1 and "P012" in result.stderr and "named pipe" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    result = import_pdf(Path("/dev/zero"), tmp_path / "target.db")
    assert result.returncode == 1 and "P012" in result.stderr and "a device" in result.stderr


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path: Path, exported: Path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(exported.read_bytes())
    with big.open("r+b") as file:
        file.truncate(PDF_FILE_BYTES + 1)  # sparse: no disk space used
    assert refused(big).code == "P019"


def test_a_copy_larger_than_an_answers_file_once_unpacked_is_refused(tmp_path: Path, exported: Path) -> None:
    huge = b'{"format": "survey-app/answers", "answers": {}}' + b" " * IMPORT_FILE_BYTES
    assert refused(forge.forged_copy(exported, tmp_path / "bomb.pdf", huge)).code == "P019"

    def declared_huge(writer: PdfWriter) -> None:
        data = forge.filespec_ref(writer).get_object()["/EF"]["/F"].get_object()
        data["/Params"][NameObject("/Size")] = NumberObject(IMPORT_FILE_BYTES + 1)

    assert refused(forge.rewrite(exported, tmp_path / "declared.pdf", declared_huge)).code == "P019"


# -- fingerprints ---------------------------------------------------------------------------------
def test_a_fingerprint_that_disagrees_is_named_with_both_values(tmp_path: Path, exported: Path) -> None:
    data = b'{"format": "survey-app/answers", "answers": {}}'
    actual, other = sha256(data), sha256(b"something else")
    error = refused(forge.forged_copy(exported, tmp_path / "info.pdf", data, info=other))
    assert error.code == "P011"
    assert "document information" in str(error) and other in str(error) and actual in str(error)
    error = refused(forge.forged_copy(exported, tmp_path / "desc.pdf", data, description=other))
    assert error.code == "P011"
    assert "description" in str(error) and other in str(error) and actual in str(error)


def test_a_forged_copy_with_both_fingerprints_recomputed_is_read(tmp_path: Path, exported: Path) -> None:
    """The fingerprints guard against damage and careless edits, not against forgery: what the
    copy says is checked again when it is imported (tests/reports/test_reimport.py)."""
    data = b'{"format": "survey-app/answers", "answers": {}}'
    attached = read_attachment(forge.forged_copy(exported, tmp_path / "forged.pdf", data))
    assert attached.data == data and attached.digest == sha256(data)


def test_an_encrypted_pdf_is_refused_without_any_cryptography_library(tmp_path: Path) -> None:
    """Reading never decrypts, so the application needs no cryptography package (only the tests
    do, to write such a file)."""
    import subprocess
    import sys

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("", "owner", algorithm="AES-256")
    pdf = tmp_path / "aes.pdf"
    writer.write(pdf)
    script = ("import sys; sys.modules['cryptography'] = None\n"
              "from survey_app.reports.attachment_reader import read_attachment\n"
              "from survey_app.errors import SurveyError\n"
              f"try:\n    read_attachment({str(pdf)!r})\nexcept SurveyError as exc:\n    print(exc.code)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "P015", result.stderr
