"""survey_app/limits.py is the one home of every limit, and docs/security.md names each one."""

from __future__ import annotations

import re
from pathlib import Path

from survey_app import limits

ROOT = Path(__file__).resolve().parents[1]


def test_security_doc_names_every_limit_with_its_value() -> None:
    doc = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    names = [name for name in vars(limits) if name.isupper() and name != "MIB"]
    assert len(names) >= 15
    rows = dict(re.findall(r"^\| `([A-Z_]+)` \| ([^|]+) \|", doc, re.M))
    assert sorted(rows) == sorted(names), "docs/security.md lists every limit of survey_app/limits.py, no other"
    for name in names:
        value = getattr(limits, name)
        shown = rows[name].strip().replace(",", "")
        if shown.endswith(" MB"):
            assert value == int(shown[:-3]) * limits.MIB, name
        elif shown == "10¹⁵":
            assert value == 10**15, name
        else:
            assert value == int(shown), name
