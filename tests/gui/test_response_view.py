"""The response screen at every text size and in long and right-to-left languages: nothing wider
than a 1024 px screen, the title and progress readable, the form reflowed; the read-only banner;
the navigator's width."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from survey_app.gui import style
from survey_app.gui.i18n_qt import install_translators
from survey_app.storage.api import State
from survey_app.storage.store import Store

from .conftest import answer_boxes

#: the sections of the NSI with the widest content (long choices, scales, tables of rows)
WIDE_SECTIONS = ("norm_13a", "il_position", "thr_views", "norms_2022", "cbm_transparency")


@pytest.fixture
def nsi_window(qtbot, tmp_path, qapp) -> Iterator:
    from survey_app.gui.main_window import MainWindow
    from survey_app.questionnaire.catalog import Catalog

    catalog = Catalog.load()
    nsi = catalog.get("nsi")
    store = Store.open(tmp_path / "nsi.db")
    response = store.create_response(state=State(None, "Republic of Examplia"), cycle=2026, questionnaire=nsi,
                                     language="en")
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    window.open_response(response.id)
    yield window
    window.zoom(0)
    install_translators(qapp, "en")
    window.close()


def inside(child, parent) -> bool:
    """`child` is drawn wholly inside `parent` (both visible)."""
    top_left = child.mapTo(parent, child.rect().topLeft())
    return parent.rect().contains(QRect(top_left, child.size()))


@pytest.mark.parametrize("language", ["en", "ar", "zh", "ru"])
def test_nothing_is_cut_at_1024_px_at_any_text_size(qtbot, qapp, nsi_window, language) -> None:
    window = nsi_window
    install_translators(qapp, language)
    for size in (style.DEFAULT_POINT_SIZE, 14, 18, style.MAX_POINT_SIZE):
        window.point_size = size
        window.apply_style()
        window.resize(1024, 700)
        view = window.response_view
        for section in WIDE_SECTIONS:
            view.show_section(section)
            qtbot.wait(1)  # layouts settle
            assert window.minimumSizeHint().width() <= 1024, (language, size)
            assert window.width() == 1024, (language, size, section)
            # the title has its own line: the State's name is always readable
            assert view.title.width() > view.title.fontMetrics().horizontalAdvance("Republic of Examplia")
            assert "Examplia" in view.title.text()
            # the progress shows its whole text (the words, or only the numbers where they do not fit)
            progress = view.progress
            assert progress.fontMetrics().horizontalAdvance(progress.format()) < progress.width()
            for button in view.bar.buttons():
                assert button.isVisible() and inside(button, view.bar), (language, size, button.text())
            # the form reflows to the width: no horizontal scrolling, nothing beyond the right edge
            assert view.column_host.minimumSizeHint().width() <= view.scroll.viewport().width(), \
                (language, size, section)
            assert not view.scroll.horizontalScrollBar().isVisible(), (language, size, section)


def test_the_bar_buttons_wrap_instead_of_widening_the_window(qtbot, nsi_window) -> None:
    window = nsi_window
    window.point_size = 18
    window.apply_style()
    window.resize(1024, 700)
    bar = window.response_view.bar
    qtbot.wait(1)
    tops = {button.mapTo(bar, button.rect().topLeft()).y() for button in bar.buttons()}
    assert len(tops) >= 2  # on two lines at this size
    buttons = bar.buttons()
    for index, first in enumerate(buttons):  # and never on top of each other
        for second in buttons[index + 1:]:
            assert not first.geometry().intersects(second.geometry()), (first.text(), second.text())


def test_the_navigator_takes_a_share_of_a_wide_window(qtbot, nsi_window) -> None:
    window = nsi_window
    view = window.response_view
    window.resize(1024, 700)
    qtbot.wait(1)
    narrow = view.navigator.width()
    window.resize(1920, 1000)
    qtbot.wait(1)
    wide = view.navigator.width()
    assert wide > narrow + 200  # not a fixed 340 px with half the window empty
    assert wide <= 0.45 * window.width()
    # the user's own choice is kept as a share when the window changes
    view.splitter.moveSplitter(400, 1)
    share = view.navigator_share
    window.resize(1400, 900)
    qtbot.wait(1)
    assert abs(view.navigator.width() / view.splitter.width() - share) < 0.02


def test_the_navigator_marks_stay_in_one_column(qtbot, nsi_window) -> None:
    from survey_app.gui.navigator import MARK_DONE, MARK_EMPTY, MARK_PARTLY, MARK_PROBLEM, SECTION_ROLE

    navigator = nsi_window.response_view.navigator
    sections = [navigator.topLevelItem(p).child(c) for p in range(navigator.topLevelItemCount())
                for c in range(navigator.topLevelItem(p).childCount())]
    assert all(item.data(0, SECTION_ROLE) for item in sections)
    # "9/9" and "16/16" differ in width: the mark is in a column of its own, so it does not move
    assert all("/" in item.text(1) and item.text(1).replace("/", "").isdigit() for item in sections)
    assert {item.text(2) for item in sections} <= {MARK_DONE, MARK_EMPTY, MARK_PARTLY, MARK_PROBLEM}
    assert all(item.textAlignment(1) & Qt.AlignmentFlag.AlignTrailing for item in sections)
    header = navigator.header()
    assert header.sectionPosition(2) > header.sectionPosition(1) > header.sectionPosition(0)


def test_a_final_response_shows_a_banner_and_does_not_offer_to_finalise(qtbot, opened, store, response_id) -> None:
    view = opened.response_view
    assert not view.read_only_banner.isVisibleTo(opened)
    assert view.review_button.text() == "Review and finalise"
    opened.session.finalise()
    qtbot.waitUntil(lambda: view.read_only_banner.isVisibleTo(opened))
    assert "final and read-only" in view.read_only_banner.text.text()
    assert view.review_button.text() == "Review"
    assert opened.a_review.text() == "&Review"
    # Reopen from the banner, after confirming
    answer_boxes(qtbot._request.getfixturevalue("monkeypatch"), QMessageBox.StandardButton.Yes)
    view.read_only_banner.reopen_button.click()
    assert store.response(response_id).status.value == "draft"
    assert not view.read_only_banner.isVisibleTo(opened)
    assert view.review_button.text() == "Review and finalise"


def test_a_database_opened_read_only_shows_it_in_the_form_and_the_status_bar(qtbot, window, store, response_id,
                                                                              db_path) -> None:
    """How a file the user may not write is shown once Store.open offers it read-only (S111/S104)."""
    read_only = Store.open(db_path, read_only=True)
    window.replace_store(read_only)
    store.close()
    assert window.open_response(response_id)
    view = window.response_view
    assert view.read_only_banner.isVisibleTo(window)
    assert "read-only" in view.read_only_banner.text.text()
    assert not view.read_only_banner.reopen_button.isVisibleTo(window)  # nothing to reopen
    assert "read-only" in window.status_response.full_text
    lead = view.pages["about"].cards["lead"].editor
    assert lead.edit.isReadOnly()
    assert QApplication.instance() is not None
