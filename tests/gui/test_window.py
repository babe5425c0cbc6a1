"""The window as a whole: search, undo/redo, zoom, section shortcuts, accessible names, export, language."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from survey_app.gui import export_dialog, style
from survey_app.gui.search_dialog import ITEM_ROLE, SearchDialog
from survey_app.gui.settings import settings

from .conftest import card, reopened_values

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_f_finds_questions_and_answers(qtbot, opened) -> None:
    opened.session.set_value("budget", "42")
    opened.session.set_value("lead", "Ministry of Digital Affairs")
    qtbot.keyClick(opened, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(opened, Qt.Key.Key_F, CTRL)  # pressed twice: still one search window
    dialogs = [d for d in opened.findChildren(SearchDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.query, "digital")
    assert [dialog.results.item(i).data(ITEM_ROLE) for i in range(dialog.results.count())] == ["lead"]
    assert "Answer: Ministry of Digital Affairs" in dialog.results.item(0).text()
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "number of SECTORS")
    assert dialog.count.text() == "1 found"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    view = opened.response_view
    assert view.current_section == "norm_a"
    assert card(opened, "sectors").editor.edit.hasFocus()


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_answer_edits(qtbot, opened, store, response_id, db_path) -> None:
    status = card(opened, "status").editor
    status.buttons["planned"].setFocus()
    qtbot.keyClick(status.buttons["planned"], Qt.Key.Key_Space)
    status.buttons["implemented"].setFocus()
    qtbot.keyClick(status.buttons["implemented"], Qt.Key.Key_Space)
    assert store.values(response_id)["status"] == "implemented"
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert store.values(response_id)["status"] == "planned"
    assert status.buttons["planned"].isChecked()
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert "status" not in store.values(response_id)
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.values(response_id)["status"] == "planned"
    opened.close()
    assert reopened_values(db_path, response_id) == {"status": "planned"}


def test_undo_brings_back_the_section_of_the_edit(qtbot, opened) -> None:
    opened.session.set_value("lead", "Ministry")
    opened.response_view.show_section("norm_a")
    opened.a_undo.trigger()
    assert opened.response_view.current_section == "about"
    assert card(opened, "lead").editor.edit.text() == ""


def test_zoom_changes_the_text_size_and_is_remembered(qtbot, opened) -> None:
    start = opened.point_size
    qtbot.keyClick(opened, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(opened, Qt.Key.Key_Equal, CTRL)
    assert opened.point_size == start + 2
    assert QApplication.font().pointSize() == start + 2
    assert card(opened, "lead").label.font().pointSize() == start + 2
    assert f"font-size: {start + 2 + 5}pt" in opened.styleSheet()  # the section title, relative to it
    assert int(settings().value("text/point_size")) == start + 2
    qtbot.keyClick(opened, Qt.Key.Key_Minus, CTRL)
    assert opened.point_size == start + 1
    qtbot.keyClick(opened, Qt.Key.Key_0, CTRL)
    assert opened.point_size == style.DEFAULT_POINT_SIZE
    for _ in range(40):
        opened.a_zoom_in.trigger()
    assert opened.point_size == style.MAX_POINT_SIZE


def test_next_and_previous_section_shortcuts(qtbot, opened) -> None:
    view = opened.response_view
    assert view.current_section == "about"
    qtbot.keyClick(opened, Qt.Key.Key_PageDown, CTRL)
    assert view.current_section == "norm_a"
    assert view.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole) == "norm_a"
    qtbot.keyClick(opened, Qt.Key.Key_PageDown, CTRL)  # the last section stays
    assert view.current_section == "norm_a"
    qtbot.keyClick(opened, Qt.Key.Key_PageUp, CTRL)
    assert view.current_section == "about"
    assert card(opened, "lead").editor.edit.hasFocus()  # the first field takes the cursor
    qtbot.keyClick(opened, Qt.Key.Key_F6)
    assert view.navigator.hasFocus()


def test_the_next_section_is_built_while_the_user_reads(qtbot, opened) -> None:
    view = opened.response_view
    assert view.current_section == "about" and "norm_a" not in view.pages
    qtbot.waitUntil(lambda: "norm_a" in view.pages)  # built in the background, not shown
    prebuilt = view.pages["norm_a"]
    assert not prebuilt.isVisible() and view.pages_stack.indexOf(prebuilt) < 0
    card(opened, "lead").editor.edit.setText("Ministry of Justice")
    card(opened, "lead").editor.edit.editingFinished.emit()
    qtbot.keyClick(opened, Qt.Key.Key_PageDown, CTRL)
    assert view.pages["norm_a"] is prebuilt and prebuilt.isVisible()  # the same page, now shown
    assert card(opened, "lead").editor.edit.text() == "Ministry of Justice"


INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root:
            continue  # Qt's own popups (the calendar of a date field)
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a spin box or combo box: the outer control carries the name
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} text={getattr(widget, 'text', str)()!r}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, store, response_id, window) -> None:
    store.set_answer(response_id, "documents", [{"title": "Strategy", "year": 2021}])
    store.set_answer(response_id, "status", "planned")
    assert unnamed_controls(window) == []
    window.open_response(response_id)
    view = window.response_view
    for section_id in view.navigator.section_ids():
        view.show_section(section_id)
    view.show_review()
    assert unnamed_controls(window) == []


def test_export_runs_off_the_gui_thread(qtbot, opened, tmp_path, monkeypatch) -> None:
    from survey_app.reports import submission

    threads: list[int] = []
    real = submission.export_response_pdf

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(submission, "export_response_pdf", recording)
    opened.session.set_value("lead", "Ministry of <b>Foreign</b> Affairs")
    out = tmp_path / "response.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    task = export_dialog.run_export(
        opened, "pdf", db_path=Path(opened.store.path), response_id=opened.session.response.id,
        catalog=opened.catalog, languages=["en"], language="en", suggested_name="x", out=out,
        options={"language": "en", "include_sensitive": False, "omit_unanswered": False,
                 "issue_date": __import__("datetime").date(2026, 12, 1), "page_size": "A4"})
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=60000) as blocker:
        pass
    timer.stop()
    assert blocker.args[0] is not None, task.error
    assert threads and threads[0] != threading.get_ident()
    assert ticks  # the GUI thread went on handling events while the PDF was made
    assert out.read_bytes()[:5] == b"%PDF-"
    assert "Exported to" in opened.statusBar().currentMessage()


def test_json_export(qtbot, opened, tmp_path) -> None:
    opened.session.set_value("lead", "Ministry")
    out = tmp_path / "response.json"
    task = export_dialog.run_export(
        opened, "json", db_path=Path(opened.store.path), response_id=opened.session.response.id,
        catalog=opened.catalog, languages=["en"], language="en", suggested_name="x", out=out)
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    assert "Ministry" in out.read_text(encoding="utf-8")


def test_layout_and_last_response_are_remembered(qtbot, store, catalog, opened, response_id) -> None:
    opened.resize(1000, 700)
    opened.close()
    assert int(settings().value("session/last_response")) == response_id
    assert settings().value("window/geometry") is not None


def test_window_close_commits_text_typed_without_a_pause(qtbot, opened, db_path, response_id) -> None:
    summary = card(opened, "summary").editor.edit
    summary.setFocus()
    qtbot.keyClicks(summary, "Typed just before closing")
    opened.close()
    assert reopened_values(db_path, response_id)["summary"] == "Typed just before closing"


def test_compare_opens_items_in_the_form(qtbot, opened, store, questionnaire, response_id) -> None:
    from survey_app.gui import compare_view
    from survey_app.storage.api import State

    earlier = store.create_response(state=State("FRA", "France"), cycle=2024, questionnaire=questionnaire,
                                    language="en")
    store.set_answer(earlier.id, "lead", "Old ministry")
    windows: list = []
    real = compare_view.open_compare
    opened.session.set_value("lead", "New ministry")

    def capture(*args, **kwargs):
        windows.append(real(*args, **kwargs))
        return windows[-1]

    import pytest

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compare_view, "open_compare", capture)
        opened.response_view.compare_button.click()
    compare = windows[0]
    assert compare is not None
    opened.response_view.show_section("norm_a")
    compare.view.open_item_requested.emit(response_id, "lead")
    assert opened.response_view.current_section == "about"
    assert card(opened, "lead").editor.edit.hasFocus()


def test_tab_moves_through_the_questions_in_order(qtbot, opened) -> None:
    def tab_to(target) -> list:
        targets = target if isinstance(target, list) else [target]
        passed = []
        for _ in range(6):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() in targets:
                return passed
            passed.append(QApplication.focusWidget())
        raise AssertionError(f"Tab never reached {target}: {passed}")

    lead = card(opened, "lead")
    lead.editor.edit.setFocus()
    # the question's own tools (history, note) come next, then the following question
    assert tab_to(card(opened, "summary").editor.edit) == [lead.history_button, lead.note_button]
    summary = card(opened, "summary")
    assert tab_to(list(card(opened, "kind").editor.buttons.values())) == [
        summary.history_button, summary.note_button]


def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(qtbot, opened, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from survey_app import paths
    from survey_app.gui import errors

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    try:
        raise RuntimeError("invalid answer: 'Jane Doe, +33 1 43 17 53 53'")  # a message that quotes an answer
    except RuntimeError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    log = paths.log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in log and "Traceback" in log and "test_window.py" in log  # where it went wrong
    assert "Jane Doe" not in log and "53 53" not in log  # never what the user wrote
    assert paths.log_file().stat().st_mode & 0o077 == 0  # owner-only
    text, informative = shown[0]
    assert "keeps running" in text and str(paths.log_file()) in informative
    assert opened.isVisible()  # the application did not quit


def test_dialogs_name_their_controls(qtbot, opened, catalog) -> None:
    from survey_app.gui.export_dialog import PdfOptionsDialog
    from survey_app.gui.history_dialog import HistoryDialog, NoteDialog
    from survey_app.gui.new_response_dialog import NewResponseDialog

    opened.session.set_value("lead", "Ministry")
    dialogs = [
        NewResponseDialog(catalog, parent=opened),
        HistoryDialog(opened.session, "lead", opened),
        NoteDialog(opened.session, "lead", "", opened),
        SearchDialog(opened.session, opened),
        PdfOptionsDialog(languages=["en", "fr"], language="en", parent=opened),
    ]
    for dialog in dialogs:
        dialog.show()
        missing = [m for m in unnamed_controls(dialog)
                   if not m.startswith(("QPushButton", "QDialogButtonBox"))]  # standard buttons read their text
        assert missing == [], type(dialog).__name__
        dialog.close()
