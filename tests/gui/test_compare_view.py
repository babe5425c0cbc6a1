"""The compare view on a real database: default pair, summary, "changes only" filter, click to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from survey_app.compare.carry import carry_forward
from survey_app.gui.catalog_access import StaticCatalog
from survey_app.gui.compare_view import CompareView, open_compare
from survey_app.questionnaire.model import Choice, ChoiceList, Item, ItemType, Part, Questionnaire, Role, Section
from survey_app.storage.api import State
from survey_app.storage.store import Store

STATUS = ChoiceList(
    "status",
    (Choice("not_started", "Not started"), Choice("planned", "Planned"), Choice("in_progress", "In progress"),
     Choice("implemented", "Implemented"), Choice("not_applicable", "Not applicable")),
    ordered=True,
    unordered_values=frozenset({"not_applicable"}),
)
STATE = State(None, "Republic of Examplia")


def _questionnaire(version: str) -> Questionnaire:
    newer = version != "1"
    about = Section("about", "About", (
        Item("lead", ItemType.SHORT_TEXT, "Lead ministry"),
        Item("summary", ItemType.LONG_TEXT, "Executive summary"),
    ))
    items = [
        Item("n13a_status", ItemType.SCALE, "Implementation status", role=Role.NORM_STATUS, norm="13(a)",
             choice_list=STATUS),
        Item("n13a_description" if newer else "n13a_text", ItemType.LONG_TEXT, "Describe the measures",
             replaces=("n13a_text",) if newer else ()),
    ]
    if not newer:
        items.append(Item("n13a_old", ItemType.SHORT_TEXT, "Dropped later"))
    norm = Section("norm_13a", "Norm 13(a): cooperation", tuple(items), norm="13(a)")
    return Questionnaire(
        id="small", version=version, title="Small", default_language="en", languages=("en",),
        parts=(Part("p1", "Part I", (about,)), Part("p2", "Part II: Norms", (norm,))), language="en",
    )


@pytest.fixture
def setup(tmp_path: Path):
    v1, v2 = _questionnaire("1"), _questionnaire("2")
    store = Store.open(tmp_path / "survey.db")
    first = store.create_response(state=STATE, cycle=2022, questionnaire=v1, language="en")
    store.set_answers(first.id, {"lead": "Ministry of Foreign Affairs", "summary": "We adopted a strategy.",
                                 "n13a_status": "planned", "n13a_text": "We train officials.", "n13a_old": "x"})
    second = carry_forward(store, first.id, cycle=2024, questionnaire=v2)
    store.set_answer(second.id, "summary", "We adopted a strategy and a law.")
    store.set_answer(second.id, "n13a_status", "implemented")
    yield store, StaticCatalog([v1, v2]), first.id, second.id
    store.close()


def test_default_pair_summary_and_filter(qtbot, setup) -> None:
    store, catalog, first_id, second_id = setup
    view = CompareView(store, catalog, second_id)
    qtbot.addWidget(view)
    assert (view.old_combo.currentData(), view.new_combo.currentData()) == (first_id, second_id)
    listed = {row.item_id for row in view.visible_rows()}
    assert listed == {"summary", "n13a_status", "n13a_old"}
    assert len(view.question_entries()) == 3
    assert view.items.topLevelItem(0).text(0).strip("\u2068\u2069") == "Part I · About"  # section heading
    assert "3 of 5 questions differ between 2022 and 2024" in view.headline.text()
    view.changes_only.setChecked(False)
    assert len(view.question_entries()) == 5
    view.changes_only.setChecked(True)
    # choose the section "Norm 13(a)" in the summary: only its questions
    section = view.summary.topLevelItem(2).child(0)
    view.summary.setCurrentItem(section)
    assert [entry.data(0, Qt.ItemDataRole.UserRole) for entry in view.question_entries()] == ["n13a_status", "n13a_old"]
    html = view.detail.toHtml()
    assert "Planned" in html and "Implemented" in html
    assert view.chart.grid.cycles == (2022, 2024)
    assert view.chart.grid.cell("13(a)", 2024).label == "Implemented"


def test_double_click_opens_the_item(qtbot, setup) -> None:
    store, catalog, _first_id, second_id = setup
    opened: list[tuple[int, str]] = []
    window = open_compare(None, store, catalog, second_id, on_open_item=lambda rid, item: opened.append((rid, item)))
    qtbot.addWidget(window)
    view = window.view
    entry = view.question_entries()[0]
    assert entry.data(0, Qt.ItemDataRole.UserRole) == "summary"
    rect = view.items.visualItemRect(entry)
    qtbot.mouseClick(view.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click only shows the differences
    qtbot.mouseDClick(view.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(second_id, "summary")]
    assert "law" in view.detail.toPlainText()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == (second_id, "summary")


def test_clicking_a_cycle_in_the_chart_compares_it(qtbot, setup) -> None:
    store, catalog, first_id, second_id = setup
    view = CompareView(store, catalog, second_id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.select_pair(second_id, second_id)
    assert view.visible_rows() == []
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=view.chart.header_rect(2022).center())
    assert view.old_combo.currentData() == first_id


def test_save_as_pdf_off_the_gui_thread(qtbot, setup, tmp_path: Path) -> None:
    from pypdf import PdfReader

    store, catalog, _first_id, second_id = setup
    view = CompareView(store, catalog, second_id)
    qtbot.addWidget(view)
    out = tmp_path / "comparison.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=20000) as saved:
        view.save_pdf(out)
    assert saved.args == [str(out)]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "and a law" in text and "Status of each norm by cycle" in text
    assert view.pdf_button.isEnabled()


def test_main_window_opens_the_question_it_is_asked_for(qtbot, setup) -> None:
    """Without a callback, open_compare uses the main window: open the response, go to the question."""
    from survey_app.gui.main_window import MainWindow

    store, catalog, _first_id, second_id = setup
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    compare = open_compare(window, store, catalog, second_id)
    qtbot.addWidget(compare)
    view = compare.view
    entry = next(e for e in view.question_entries() if e.data(0, Qt.ItemDataRole.UserRole) == "n13a_status")
    view.items.setCurrentItem(entry)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.response.id == second_id
    assert window.response_view.current_section == "norm_13a"


def test_chart_widget_paints_and_mirrors(qtbot) -> None:
    from survey_app.compare.chart import status_grid
    from survey_app.gui.chart_widget import StatusChartWidget
    from survey_app.storage.api import Response, Status

    q = _questionnaire("1")

    def response(rid: int, cycle: int) -> Response:
        return Response(rid, STATE, cycle, "small", "1", "en", Status.FINAL, "", "")

    grid = status_grid([(response(1, 2022), q, {"n13a_status": "not_applicable"}),
                        (response(2, 2024), q, {"n13a_status": "implemented"})])
    chart = StatusChartWidget()
    qtbot.addWidget(chart)
    chart.set_grid(grid)
    chart.resize(700, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert not image.isNull()
    left_to_right = chart.header_rect(2022).center().x()
    assert left_to_right < chart.header_rect(2024).center().x()
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.header_rect(2022).center().x() > chart.header_rect(2024).center().x()
    assert not chart.grab().toImage().isNull()
    assert "2022: Not applicable" in chart.toolTip()


def test_retranslate_keeps_the_comparison(qtbot, setup) -> None:
    store, catalog, _first_id, second_id = setup
    window = open_compare(None, store, catalog, second_id)
    qtbot.addWidget(window)
    before = [entry.data(0, Qt.ItemDataRole.UserRole) for entry in window.view.question_entries()]
    window.retranslate()
    assert [entry.data(0, Qt.ItemDataRole.UserRole) for entry in window.view.question_entries()] == before
    title = "".join(c for c in window.windowTitle() if c not in "\u2066\u2068\u2069")
    assert title == "Year over year — Republic of Examplia, 2022 → 2024"


def test_the_window_names_the_state_and_cycles_and_the_headline_reads_as_sentences(qtbot, setup) -> None:
    store, catalog, _first_id, second_id = setup
    window = open_compare(None, store, catalog, second_id)
    qtbot.addWidget(window)
    title = "".join(c for c in window.windowTitle() if c not in "\u2066\u2068\u2069")
    assert title == "Year over year — Republic of Examplia, 2022 → 2024"
    headline = window.view.headline.text()
    assert "). " in headline or "2024. " in headline  # a full stop before "… answers carried forward …"
    assert headline.endswith("not yet reviewed.")


def test_the_compare_panes_follow_the_window_size(qtbot, setup) -> None:
    store, catalog, _first_id, second_id = setup
    window = open_compare(None, store, catalog, second_id)
    qtbot.addWidget(window)
    view = window.view
    window.resize(1100, 820)
    qtbot.wait(10)
    chart_height = view.outer.sizes()[0]
    # the whole chart, legend included, at the default size
    assert chart_height >= view.chart.sizeHint().height()
    window.resize(1024, 700)
    qtbot.wait(10)
    detail = view.right.widget(1)
    assert detail.height() >= view.fontMetrics().lineSpacing() * 5  # not squeezed to its heading
    window.resize(1100, 1000)
    qtbot.wait(10)
    assert view.lower.height() > 400  # the lists get the room, the chart keeps what it needs


def test_compare_shows_the_questionnaire_in_the_interface_language(qtbot, qapp, tmp_path) -> None:
    from survey_app.gui.i18n_qt import install_translators
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.demo import add_demo

    catalog = Catalog.load()
    store = Store.open(tmp_path / "demo.db")
    install_translators(qapp, "ar")
    try:
        add_demo(store, catalog.get("nsi"))
        newest = max((s.response for s in store.list_responses()), key=lambda r: r.cycle)
        assert newest.language == "en"
        window = open_compare(None, store, catalog, newest.id)
        qtbot.addWidget(window)
        view = window.view
        assert view.language == "ar"  # as the form shows it (MainWindow.form_language)
        arabic = lambda text: any("\u0600" <= c <= "\u06ff" for c in text)  # noqa: E731
        assert all(arabic(title) for title in view.grid.titles.values())
        assert all(arabic(level.label) for level in view.grid.legend)
        status = view.question_entries()[0].text(1)
        assert arabic(status)
    finally:
        install_translators(qapp, "en")
        store.close()
