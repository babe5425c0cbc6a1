"""Layers: only survey_app/gui imports PySide6 (checked on the source with ast, not by importing)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "survey_app"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module", "__import__"
        ) and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            names.add(node.args[0].value)
    return names


def test_only_the_gui_imports_qt() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        for module in _imported_modules(path):
            if module.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                offenders.append(f"{relative}: {module}")
    assert offenders == [], "Qt imported outside survey_app/gui: " + ", ".join(offenders)


def test_the_questionnaire_layer_imports_no_upper_layer() -> None:
    upper = ("survey_app.gui", "survey_app.storage", "survey_app.reports", "survey_app.compare", "survey_app.commands")
    offenders = []
    for path in sorted((PACKAGE / "questionnaire").rglob("*.py")):
        offenders += [f"{path.name}: {m}" for m in _imported_modules(path) if m.startswith(upper)]
    assert offenders == []


def test_storage_imports_neither_contributions_nor_the_gui() -> None:
    """Contributions build on the storage, never the other way round."""
    upper = ("survey_app.gui", "survey_app.contributions", "survey_app.reports", "survey_app.compare",
             "survey_app.commands")
    offenders = []
    for path in sorted((PACKAGE / "storage").rglob("*.py")):
        offenders += [f"{path.name}: {m}" for m in _imported_modules(path) if m.startswith(upper)]
    assert offenders == []


def test_the_scanner_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom PySide6 import QtWidgets\n"
                      "def f():\n    import importlib\n    importlib.import_module('PySide6.QtGui')\n")
    assert {"PySide6.QtCore", "PySide6", "PySide6.QtGui"} <= _imported_modules(sample)
