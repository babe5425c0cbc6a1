"""README.md opens with the two commands, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.S)


def test_readme_opens_with_run_and_test_commands() -> None:
    commands = _readme_commands()
    assert commands[0].strip() == "bash scripts/run.sh"
    assert commands[1].strip() == "bash scripts/test.sh"
    for command in commands[:2]:
        assert (ROOT / command.split()[1]).is_file()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _readme_commands()[1].strip()
    assert re.search(rf"^{re.escape(test_command)}$", ci, flags=re.M)
