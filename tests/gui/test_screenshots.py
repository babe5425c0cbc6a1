"""scripts/screenshots.py runs on the demo and writes the pictures the README shows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_screenshots_script_writes_the_pictures(qapp, tmp_path, monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("SURVEY_APP_HOME", str(tmp_path / "unused"))  # restored after the test
    assert module.main(["--out", str(tmp_path)]) == 0
    for name in ("app-start.png", "app-norm-section.png", "app-review.png"):
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (module.WIDTH, module.HEIGHT), name
