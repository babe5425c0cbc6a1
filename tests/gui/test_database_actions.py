"""Opening database files the user cannot simply edit: damaged with no backup, not writable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from survey_app.errors import SurveyError
from survey_app.gui import database_actions
from survey_app.storage import files
from survey_app.storage.api import State
from survey_app.storage.store import Store


def damaged_database(path: Path, questionnaire) -> Path:
    """A real database whose pages were overwritten, with no backup left."""
    store = Store.open(path)
    store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en")
    store.close()
    shutil.rmtree(files.backups_dir(path.absolute()), ignore_errors=True)
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xde\xad\xbe\xef" * 2000)
    with pytest.raises(SurveyError) as raised:
        Store.open(path, read_only=True)
    assert raised.value.code == database_actions.DAMAGED
    return path


def choose(button_text: str, seen: list[str]) -> None:
    """Click the button with this text on the next message box (and record its texts)."""
    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, run)


def test_a_damaged_database_without_backup_can_be_set_aside_for_a_new_one(qtbot, window, tmp_path,
                                                                          questionnaire) -> None:
    path = damaged_database(tmp_path / "broken.db", questionnaire)
    damaged_bytes = path.read_bytes()
    seen: list[str] = []
    choose("Set it aside and start a new database", seen)
    QTimer.singleShot(300, lambda: choose("OK", seen))  # then the notice of what was done
    store = database_actions.open_store(window, path)
    assert store is not None
    try:
        assert "no healthy backup" in seen[0]  # says so, instead of "restore the newest backup"
        assert store.list_responses() == []  # a new, empty database in its place
        kept = [p for p in tmp_path.iterdir() if p.name.startswith("broken.db.damaged-")]
        assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # kept, renamed, not deleted
        assert kept[0].name in seen[1]
    finally:
        store.close()


def test_a_damaged_database_without_backup_can_be_left_alone(qtbot, window, tmp_path, questionnaire) -> None:
    path = damaged_database(tmp_path / "broken.db", questionnaire)
    before = path.read_bytes()
    seen: list[str] = []
    choose("Cancel", seen)
    assert database_actions.open_store(window, path) is None
    assert path.read_bytes() == before and seen


def test_a_damaged_database_without_backup_offers_another_file(qtbot, window, tmp_path, questionnaire,
                                                               monkeypatch) -> None:
    path = damaged_database(tmp_path / "broken.db", questionnaire)
    other = tmp_path / "other.db"
    Store.open(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    seen: list[str] = []
    choose("Open another file…", seen)
    store = database_actions.open_store(window, path)
    assert store is not None
    try:
        assert Path(store.path).name == "other.db"
        assert path.exists()  # the damaged file untouched
    finally:
        store.close()


def test_a_file_the_user_cannot_write_is_offered_read_only(qtbot, window, tmp_path, questionnaire,
                                                           make_unwritable) -> None:
    path = tmp_path / "shared-copy.db"
    store = Store.open(path)
    store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire, language="en")
    store.close()
    if not make_unwritable(path):
        pytest.skip("a read-only file cannot be made here")
    with pytest.raises(SurveyError) as refused:
        Store.open(path)
    assert refused.value.code == database_actions.CANNOT_WRITE
    seen: list[str] = []
    choose("Open", seen)
    opened = database_actions.open_store(window, path)
    assert opened is not None and opened.read_only
    assert "cannot be written" in seen[0]
    opened.close()


def test_a_database_another_program_added_a_trigger_to_is_set_aside_for_its_healthy_backup(
        qtbot, window, tmp_path, questionnaire) -> None:
    """S113 is handled like a damaged file: the user is told which objects, nothing is written to
    it, and the newest backup *without* foreign objects is restored."""
    path = tmp_path / "ministry.db"
    store = Store.open(path)
    response = store.create_response(state=State("FRA", "France"), cycle=2026, questionnaire=questionnaire,
                                     language="en")
    clean = store.backup()
    tampered = store.backup()
    store.close()
    for crafted in (tampered, path):
        conn = sqlite3.connect(crafted)
        conn.execute("CREATE TRIGGER keep_old BEFORE UPDATE ON answers BEGIN SELECT RAISE(IGNORE); END")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    crafted_bytes = path.read_bytes()
    seen: list[str] = []
    choose("Yes", seen)
    QTimer.singleShot(300, lambda: choose("OK", seen))  # then the notice of what was done
    opened = database_actions.open_store(window, path)
    assert opened is not None
    try:
        assert "trigger keep_old" in seen[0] and clean.name in seen[0]
        assert opened.response(response.id).state.name == "France"
        assert opened.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0
        kept = [p for p in tmp_path.iterdir() if p.name.startswith("ministry.db.damaged-")]
        assert len(kept) == 1 and kept[0].read_bytes() == crafted_bytes
    finally:
        opened.close()
