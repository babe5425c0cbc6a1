"""Translation files: fallback to the default language, out-of-date and unknown keys, every T code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from survey_app.questionnaire import translations
from survey_app.questionnaire.loader import load
from survey_app.questionnaire.model import Questionnaire
from questionnaire.inline import marked_line, questionnaire_text

ITEMS = """
- {id: st, type: scale, choices: status, label: Implementation status, help: Choose one level}
- id: mode
  type: single_choice
  label: Mode
  choices:
    - {value: a, label: Alpha}
    - {value: b, label: Beta}
- id: n
  type: integer
  label: Number
  validate:
    - {rule: n < 5, message: Too many.}
- id: docs
  type: group
  label: Documents
  items:
    - {id: title, type: short_text, label: Title}
"""


@pytest.fixture
def survey(write_yaml: Callable[..., Path]) -> Questionnaire:
    result = load(write_yaml(questionnaire_text(ITEMS), "questionnaires/t.yaml"))
    assert result.diagnostics == []
    return result.questionnaire


@pytest.fixture
def write_translation(write_yaml: Callable[..., Path]) -> Callable[[str, str], Path]:
    def write(language: str, body: str) -> Path:
        return write_yaml(body, f"i18n/questionnaires/t/{language}.yaml")

    return write


FRENCH = """\
language: fr
questionnaire: t
texts:
  questionnaire.title: {text: "Enquête test", source: "Test survey"}
  item.st.label: {text: "État de la mise en œuvre", source: "Implementation status"}
  item.st.help: {text: "Choisir un niveau", source: "Choose a level"}   # <-
  choice.status.high: {text: "Élevé", source: "High"}
  item.mode.choice.a: {text: "Alpha (fr)", source: "Alpha"}
  item.n.validate.0: {text: "Trop.", source: "Too many."}
  item.docs.title.label: {text: "Titre", source: "Title"}
"""


def test_translated_replaces_texts_and_falls_back(survey: Questionnaire, write_translation) -> None:
    write_translation("fr", FRENCH)
    french = translations.translated(survey, "fr")
    assert french.language == "fr" and survey.language == "en"
    assert french.title == "Enquête test"
    st = french.item("st")
    assert st.label == "État de la mise en œuvre"
    assert st.help == "Choisir un niveau"  # out of date, still shown
    assert st.choice_list.label_of("high") == "Élevé"
    assert st.choice_list.label_of("low") == "Low"  # fallback
    assert french.choice_lists["status"].label_of("high") == "Élevé"
    assert french.item("mode").choice_list.label_of("a") == "Alpha (fr)"
    assert french.item("n").validations[0].message == "Trop."
    assert french.item("n").validations[0].condition is survey.item("n").validations[0].condition
    assert french.item("docs").items[0].label == "Titre"
    assert french.item("n").label == "Number"
    assert [i.id for i in french.items()] == [i.id for i in survey.items()]
    assert translations.translated(survey, "fr") is french  # cached
    assert translations.translated(survey, "en") is survey


def test_language_without_a_file_is_the_default_text(survey: Questionnaire) -> None:
    spanish = translations.translated(survey, "es")
    assert spanish.language == "es" and spanish.item("st").label == "Implementation status"


def test_status_lists_missing_and_out_of_date(survey: Questionnaire, write_translation) -> None:
    path = write_translation("fr", FRENCH)
    status = translations.translation_status(survey, "fr")
    assert status.path == path
    assert [o.key for o in status.out_of_date] == ["item.st.help"]
    assert status.out_of_date[0].current_source == "Choose one level"
    assert status.out_of_date[0].position.line == marked_line(FRENCH)
    missing = {s.key for s in status.missing}
    assert "choice.status.low" in missing and "item.n.label" in missing and "item.st.label" not in missing
    codes = {d.code for d in status.diagnostics}
    assert codes == {"T101", "T102"}
    assert all(not d.is_error for d in status.diagnostics)
    assert status.total == len(translations.source_texts(survey))
    assert not status.complete


def test_source_texts_lists_every_key_in_order(survey: Questionnaire) -> None:
    keys = list(translations.source_texts(survey))
    assert keys[0] == "questionnaire.title"
    for key in ("choice.status.na", "part.p1.title", "section.s1.title", "item.st.label", "item.st.help",
                "item.mode.choice.b", "item.n.validate.0", "item.docs.title.label"):
        assert key in keys
    assert "item.n.help" not in keys  # empty texts are not translatable
    assert keys.index("item.st.label") < keys.index("item.n.label")


def test_generated_document_round_trips(survey: Questionnaire, write_translation) -> None:
    path = write_translation("fr", FRENCH)
    text = translations.translation_document(survey, "fr", translations.load_translation_file(path))
    regenerated = write_translation("fr", text)
    loaded = translations.load_translation_file(regenerated)
    assert loaded.diagnostics == []
    assert list(loaded.entries) == list(translations.source_texts(survey))
    assert loaded.entries["item.st.help"].source == "Choose a level"  # still visibly out of date
    assert loaded.entries["item.n.label"].text == ""


CASES = [
    ("T001", "language: fr\nquestionnaire: t: x  # <-\n"),
    ("T002", "language: fr\nquestionnaire: t\ntexts: {}\nextra: 1  # <-\n"),
    ("T002", "language: fr  # <-\nquestionnaire: t\n"),
    ("T003", "language: fr\nquestionnaire: t\ntexts:\n  item.stt.label: {text: x, source: y}  # <-\n"),
    ("T003", "language: fr\nquestionnaire: t\ntexts:\n  item.st.lable: {text: x, source: y}  # <-\n"),
    ("T004", "language: es  # <-\nquestionnaire: t\ntexts: {}\n"),
    ("T005", "language: fr  # <-\nquestionnaire: other\ntexts: {}\n"),
    ("T006", "language: fr\nquestionnaire: t\ntexts:\n  item.st.label: just text  # <-\n"),
    ("T006", "language: fr\nquestionnaire: t\ntexts:\n  item.st.label: {text: x}  # <-\n"),
    ("T101", "language: fr\nquestionnaire: t\ntexts:\n  item.st.label: {text: '', source: Implementation status}  # <-\n"),
    ("T104", "language: fr\nquestionnaire: t\ntexts:\n  item.n.help: {text: x, source: ''}  # <-\n"),
]


@pytest.mark.parametrize("code,text", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_translation_codes_and_lines(survey: Questionnaire, write_translation, code: str, text: str) -> None:
    path = write_translation("fr", text)
    status = translations.translation_status(survey, "fr")
    matching = [d for d in status.diagnostics if d.code == code]
    assert matching, [str(d) for d in status.diagnostics]
    assert any(d.position.line == marked_line(text) and d.position.file == str(path) for d in matching), \
        [str(d) for d in matching]


def test_unknown_key_suggests_the_known_one(survey: Questionnaire, write_translation) -> None:
    write_translation("fr", CASES[3][1])
    [unknown] = [d for d in translations.translation_status(survey, "fr").diagnostics if d.code == "T003"]
    assert "no item has the id 'stt'" in unknown.message and 'Did you mean "item.st.label"' in unknown.message


def test_language_not_in_the_questionnaire(survey: Questionnaire, write_translation) -> None:
    write_translation("ru", "language: ru\nquestionnaire: t\ntexts: {}\n")
    diagnostics = translations.check_translations(survey)
    assert any(d.code == "T004" and d.is_error and "ru" in d.message for d in diagnostics)


def test_missing_file_is_one_warning(survey: Questionnaire) -> None:
    diagnostics = translations.check_translations(survey)
    assert [(d.code, d.severity.value) for d in diagnostics] == [("T103", "warning")]


@pytest.mark.parametrize("data", [b"", b"~\n", b"- a\n", bytes(range(256)), b"language: [fr]\nquestionnaire: {}\ntexts: []\n",
                                  b"language: fr\nquestionnaire: t\ntexts:\n  ? [a]\n  : {text: x, source: y}\n"])
def test_odd_translation_files_are_diagnostics(survey: Questionnaire, write_yaml, data: bytes) -> None:
    path = write_yaml("", "i18n/questionnaires/t/fr.yaml")
    path.write_bytes(data)
    status = translations.translation_status(survey, "fr")
    assert any(d.is_error for d in status.diagnostics)
    assert all(d.position is not None for d in status.diagnostics)
    assert translations.translated(survey, "fr").item("st").label == "Implementation status"


def test_a_changed_file_is_read_again_at_once(survey: Questionnaire, write_translation) -> None:
    body = "language: fr\nquestionnaire: t\ntexts:\n  item.n.label: {text: Nombre, source: Number}\n"
    write_translation("fr", body)
    assert translations.translated(survey, "fr").item("n").label == "Nombre"
    write_translation("fr", body.replace("Nombre", "Numéro"))  # same size in characters, same second
    assert translations.translated(survey, "fr").item("n").label == "Numéro"
