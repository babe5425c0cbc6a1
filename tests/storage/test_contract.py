"""docs/architecture.md's storage contract and the Store agree (every documented name exists)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from survey_app.storage.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def _documented_names() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## Storage contract")
    block = text[start : text.index("\n## ", start + 10)]
    return set(re.findall(r"\b[Ss]tore\.([a-z_]+)", block))


def test_every_documented_store_name_exists() -> None:
    names = _documented_names()
    assert {"open", "set_answer", "pending", "retry_pending", "purge_sensitive"} <= names
    fields = {"path", "read_only", "user", "journal_mode", "warnings"}
    missing = [name for name in names if not hasattr(Store, name) and name not in fields]
    assert missing == []


def test_keyword_only_arguments_as_documented() -> None:
    parameters = inspect.signature(Store.set_answer).parameters
    assert parameters["who"].kind is inspect.Parameter.KEYWORD_ONLY
    assert parameters["reason"].default == "edit"
    assert inspect.signature(Store.set_answers).parameters["reason"].default == "import"
    assert inspect.signature(Store.open).parameters["read_only"].kind is inspect.Parameter.KEYWORD_ONLY
