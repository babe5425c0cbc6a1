"""scripts/translate_questionnaire.py: dump unique untranslated texts, apply the filled-in file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from survey_app.questionnaire.loader import load
from survey_app.questionnaire.translations import translated, translation_status

ROOT = Path(__file__).resolve().parents[2]

QUESTIONNAIRE = """\
questionnaire:
  id: small
  version: "1"
  title: Small survey
  default_language: en
  languages: [en, fr, ar]
choice_lists:
  status:
    ordered: true
    choices:
      - {value: not_started, label: Not started}
      - {value: implemented, label: Implemented}
parts:
  - id: norms
    title: "Part II: Norms"
    sections:
      - id: norm_a
        title: "Norm 13(a): cooperation"
        items:
          - {id: a_status, type: scale, choices: status, label: Implementation status}
          - {id: a_text, type: long_text, label: Describe the measures}
      - id: norm_b
        title: "Norm 13(b): consider all information"
        items:
          - {id: b_status, type: scale, choices: status, label: Implementation status}
          - {id: b_text, type: long_text, label: Describe the measures}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translate_questionnaire", ROOT / "scripts" / "translate_questionnaire.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["translate_questionnaire"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def questionnaire_file(tmp_path: Path) -> Path:
    path = tmp_path / "questionnaires" / "small.yaml"
    path.parent.mkdir()
    path.write_text(QUESTIONNAIRE, encoding="utf-8")
    return path


def _load(path: Path):
    result = load(path)
    assert result.questionnaire is not None, result.diagnostics
    return result.questionnaire


def test_dump_lists_each_text_once(tool: ModuleType, questionnaire_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "todo.yaml"
    count = tool.dump(_load(questionnaire_file), "fr", out)
    todo = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert list(todo) == ["Small survey", "Not started", "Implemented", "Part II: Norms", "Norm 13(a): cooperation",
                          "Implementation status", "Describe the measures", "Norm 13(b): consider all information"]
    assert count == len(todo) == 8
    assert set(todo.values()) == {""}


def test_apply_writes_every_key_whose_source_matches(tool: ModuleType, questionnaire_file: Path, tmp_path: Path) -> None:
    q = _load(questionnaire_file)
    out = tmp_path / "todo.json"
    tool.dump(q, "fr", out)
    filled = json.loads(out.read_text(encoding="utf-8"))
    french = {"Small survey": "Petite enquête", "Not started": "Pas commencé", "Implemented": "Mis en œuvre",
              "Part II: Norms": "Partie II : Normes", "Norm 13(a): cooperation": "Norme 13 a) : coopération",
              "Implementation status": "État de la mise en œuvre", "Describe the measures": "Décrivez les mesures",
              "Norm 13(b): consider all information": "Norme 13 b) : tenir compte de toutes les informations"}
    out.write_text(json.dumps({source: french[source] for source in filled}, ensure_ascii=False), encoding="utf-8")
    result = tool.apply(q, "fr", tool.read_filled(out))
    assert result.path == tmp_path / "i18n" / "questionnaires" / "small" / "fr.yaml"
    assert result.written == 10  # 8 unique texts, two of them used twice
    document = yaml.safe_load(result.path.read_text(encoding="utf-8"))
    assert document["language"] == "fr" and document["questionnaire"] == "small"
    assert document["texts"]["item.b_status.label"] == {"text": "État de la mise en œuvre",
                                                       "source": "Implementation status"}
    assert translation_status(q, "fr").complete
    french_q = translated(q, "fr")
    assert french_q.item("a_status").label == french_q.item("b_status").label == "État de la mise en œuvre"
    assert tool.dump(q, "fr", tmp_path / "again.yaml") == 0


def test_a_changed_text_is_dumped_again_and_updated(tool: ModuleType, questionnaire_file: Path, tmp_path: Path) -> None:
    q = _load(questionnaire_file)
    tool.apply(q, "fr", {"Describe the measures": "Décrivez les mesures", "Small survey": "Petite enquête"})
    questionnaire_file.write_text(QUESTIONNAIRE.replace("Describe the measures", "Describe the measures taken"),
                                  encoding="utf-8")
    changed = _load(questionnaire_file)
    out = tmp_path / "todo.yaml"
    tool.dump(changed, "fr", out)
    todo = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert "Describe the measures taken" in todo and "Small survey" not in todo
    tool.apply(changed, "fr", {"Describe the measures taken": "Décrivez les mesures prises"})
    status = translation_status(changed, "fr")
    assert not status.out_of_date
    assert translated(changed, "fr").item("a_text").label == "Décrivez les mesures prises"
    assert translated(changed, "fr").title == "Petite enquête"  # earlier entries are kept


def test_filled_file_from_outside_is_checked(tool: ModuleType, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a list\n- not a mapping\n", encoding="utf-8")
    with pytest.raises(tool.UsageError):
        tool.read_filled(bad)
    bad.write_text("Small survey: [1, 2]\n", encoding="utf-8")
    with pytest.raises(tool.UsageError):
        tool.read_filled(bad)
    bad.write_text("!!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(tool.UsageError):
        tool.read_filled(bad)
    good = tmp_path / "good.yaml"
    good.write_text("Small survey: '<b>Petite</b> & enquête'\nImplemented:\n", encoding="utf-8")
    assert tool.read_filled(good) == {"Small survey": "<b>Petite</b> & enquête"}


def test_command_line(tool: ModuleType, questionnaire_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "todo.yaml"
    assert tool.main(["dump", "ar", "--file", str(questionnaire_file), "--out", str(out)]) == 0
    out.write_text(out.read_text(encoding="utf-8").replace("Small survey: ''", "Small survey: 'دراسة استقصائية صغيرة'"),
                   encoding="utf-8")
    assert tool.main(["apply", "ar", str(out), "--file", str(questionnaire_file)]) == 0
    assert "1 translations written" in capsys.readouterr().out
    assert translated(_load(questionnaire_file), "ar").title == "دراسة استقصائية صغيرة"
    assert tool.main(["dump", "ru", "--file", str(questionnaire_file), "--out", str(out)]) == 1
    assert "not one of the languages" in capsys.readouterr().err
