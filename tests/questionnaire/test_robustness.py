"""Damaged files never make the loader raise, and every diagnostic says where (file:line:col)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from survey_app.questionnaire.loader import load

DOC = (Path(__file__).resolve().parents[2] / "docs" / "questionnaire-format.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```yaml\n(questionnaire:.*?)```", DOC, re.S)
NOISE = ["", " ", "  ", ":", "- ", "[", "]", "{", "}", "'", '"', "#", "&a ", "*a", "!!binary ", "~", "\t",
         "é", "13(g)", "show_if: ", "type: ", "id: x", "\x00", "\ufeff", "%YAML 1.1", "---", "..."]


VALUES = ["", "x", "1", "-5", "2.5", "true", "null", "[]", "{}", "[a, b]", "{value: a}", "'a >= 1'",
          "answered(x)", "count(n13g_measures) > 'a'", "status", "scale", "group", "note", "13(z)", "fr",
          "n13g_status", "'", "not", "a and or b", "norm_status", "[n13g_status]", "2026.1", "0", "999"]


def mutate_values(text: str, rng: random.Random) -> str:
    """Keep the YAML shape, change what some keys say."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        candidates = [n for n, line in enumerate(lines) if re.match(r"^\s*(- )?[a-z_]+: \S", line)]
        n = rng.choice(candidates)
        key, _sep, _value = lines[n].partition(": ")
        lines[n] = f"{key}: {rng.choice(VALUES)}"
    return "\n".join(lines) + "\n"


def mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        n = rng.randrange(len(lines))
        action = rng.randrange(5)
        if action == 0:
            del lines[n]
        elif action == 1:
            lines.insert(n, lines[rng.randrange(len(lines))])
        elif action == 2:
            cut = rng.randrange(len(lines[n]) + 1)
            lines[n] = lines[n][:cut] + rng.choice(NOISE) + lines[n][cut:]
        elif action == 3:
            lines[n] = " " * rng.randrange(4) + lines[n].lstrip()
        else:
            lines[n] = lines[n].replace(":", "", 1)
    return "\n".join(lines) + "\n"


def test_mutated_questionnaires_give_positioned_diagnostics(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    for number in range(300):
        change = mutate if number % 3 == 0 else mutate_values
        text = change(EXAMPLES[number % len(EXAMPLES)], rng)
        path = tmp_path / f"m{number}.yaml"
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        result = load(path, use_cache=False)
        assert result.ok == (not result.errors), text
        for diagnostic in result.diagnostics:
            assert diagnostic.position is not None and diagnostic.position.file == str(path), (text, diagnostic)
            assert diagnostic.position.line >= 1 and diagnostic.position.column >= 1
            assert diagnostic.code[0] in "QT" and diagnostic.message


def test_binary_and_odd_files(tmp_path: Path) -> None:
    cases = {
        "empty.yaml": b"",
        "comment.yaml": b"# nothing\n",
        "null.yaml": b"~\n",
        "scalar.yaml": b"just text\n",
        "binary.yaml": bytes(range(256)),
        "two-docs.yaml": b"a: 1\n---\nb: 2\n",
        "tabs.yaml": b"questionnaire:\n\tid: x\n",
        "anchors.yaml": b"questionnaire: &q {id: t}\nparts: [*q, *q]\n",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = load(path)
        assert not result.ok and result.errors, name
        assert all(d.position is not None for d in result.diagnostics), name
