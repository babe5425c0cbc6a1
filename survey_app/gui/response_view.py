"""The response screen: navigator on the side, the section's form in a readable column, review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from survey_app.errors import SurveyError
from survey_app.gui.errors import message_of
from survey_app.gui import dialogs, rules
from survey_app.gui.form import SectionPage
from survey_app.gui.navigator import Navigator
from survey_app.gui.read_only_banner import ReadOnlyBanner
from survey_app.gui.response_bar import ResponseBar
from survey_app.gui.review_view import ReviewView
from survey_app.gui.session import ResponseSession

#: the form column's width in average characters (long lines are hard to read)
COLUMN_CHARACTERS = 80
#: the navigator's part of the window's width, and the limits of the user's choice
NAVIGATOR_SHARE = 0.3
MIN_NAVIGATOR_SHARE = 0.12
MAX_NAVIGATOR_SHARE = 0.6
#: the navigator widens for large text up to this share, to show this many characters of a title
MAX_NAVIGATOR_SHARE_FOR_TEXT = 0.42
NAVIGATOR_TITLE_CHARACTERS = 20


#: How long the shown section stays untouched before a neighbour is built in the background.
PREBUILD_DELAY_MS = 150


class ResponseView(QWidget):
    """Everything about one open response. Edits go through `session` (and so through the Store)."""

    back_requested = Signal()
    export_requested = Signal(str)  # "pdf" or "json"
    compare_requested = Signal()
    status_changed = Signal()

    def __init__(self, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[str, SectionPage] = {}
        #: pages built but not shown when answers changed: section id -> values must be reloaded
        self._stale: dict[str, bool] = {}
        self.current_section: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.bar = ResponseBar(self)
        bar = self.bar
        self.back_button, self.title, self.progress = bar.back_button, bar.title, bar.progress
        self.form_button, self.review_button = bar.form_button, bar.review_button
        self.pdf_button, self.json_button, self.compare_button = bar.pdf_button, bar.json_button, bar.compare_button
        self.back_button.clicked.connect(self.back_requested)
        self.form_button.clicked.connect(self.show_form)
        self.review_button.clicked.connect(self.show_review)
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.json_button.clicked.connect(lambda: self.export_requested.emit("json"))
        self.compare_button.clicked.connect(self.compare_requested)
        outer.addWidget(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("responseSplitter")
        self.navigator = Navigator(session, self.splitter)
        self.navigator.section_chosen.connect(self.show_section)
        # the form side: a banner for a response that cannot be changed, then the form or the review
        self.form_side = QWidget(self.splitter)
        side_box = QVBoxLayout(self.form_side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner(self.form_side)
        self.read_only_banner.reopen_button.clicked.connect(self.reopen)
        side_box.addWidget(self.read_only_banner)
        self.stack = QStackedWidget(self.form_side)
        side_box.addWidget(self.stack, 1)
        self.scroll = QScrollArea(self.stack)
        self.scroll.setWidgetResizable(True)
        self.scroll.setObjectName("formScroll")
        self.column_host = QWidget()
        self.column_host.setObjectName("formBackground")
        host_box = QHBoxLayout(self.column_host)
        host_box.setContentsMargins(16, 16, 16, 24)
        self.pages_stack = QStackedWidget(self.column_host)
        self.pages_stack.setObjectName("formColumn")
        host_box.addStretch(1)
        host_box.addWidget(self.pages_stack, 100)
        host_box.addStretch(1)
        self.scroll.setWidget(self.column_host)
        self.stack.addWidget(self.scroll)
        self.review = ReviewView(session, self.stack)
        self.review.item_chosen.connect(self.go_to_item)
        self.review.finalise_requested.connect(self.finalise)
        self.review.reopen_requested.connect(self.reopen)
        self.stack.addWidget(self.review)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.form_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        #: the navigator's share of the width: kept when the window is resized (a fixed 340 px cut
        #: every section title on a wide screen); the user's own choice when they drag the handle
        self.navigator_share = NAVIGATOR_SHARE
        self._placing_splitter = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        outer.addWidget(self.splitter, 1)

        session.answer_changed.connect(self._answer_changed)
        session.status_changed.connect(self._status_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        # While the user reads a section, the next and previous ones are built in the background of
        # the event loop, so stepping through the survey (Ctrl+PgDown) shows a page already made.
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.setInterval(PREBUILD_DELAY_MS)
        self._prebuild_timer.timeout.connect(self._prebuild_neighbour)
        self.update_column_width()
        self._retranslate_bar()  # the navigator and the review translated themselves when built
        ids = self.navigator.section_ids()
        if ids:
            self.navigator.select(ids[0])

    # texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._retranslate_bar()
        for page in self.pages.values():
            page.retranslate()
        self.navigator.retranslate()
        self.review.retranslate()

    def _retranslate_bar(self) -> None:
        r = self.session.response
        self.back_button.setText(self.tr("All responses"))
        self.back_button.setAccessibleName(self.tr("Back to all responses"))
        self.title.setText(self.tr("%1 — cycle %2 — %3").replace("%1", rules.isolate(r.state.name))
                           .replace("%2", str(r.cycle)).replace("%3", rules.isolate(self.session.questionnaire.title)))
        self.form_button.setText(self.tr("Form"))
        # a final response is not finalised again: the button only leads to the review (and Reopen)
        self.review_button.setText(self.tr("Review") if self.session.read_only else self.tr("Review and finalise"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.json_button.setText(self.tr("Export JSON…"))
        self.compare_button.setText(self.tr("Compare…"))
        for button in (self.form_button, self.review_button, self.pdf_button, self.json_button,
                       self.compare_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.progress.setAccessibleName(self.tr("Overall progress"))
        self.read_only_banner.show_for(self.session)
        self._update_progress()

    def update_column_width(self) -> None:
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * COLUMN_CHARACTERS + 60
        self.pages_stack.setMaximumWidth(width)
        self.bar.fit_progress()

    # the navigator's width ------------------------------------------------------------------
    def set_navigator_share(self, share: float) -> None:
        self.navigator_share = min(MAX_NAVIGATOR_SHARE, max(MIN_NAVIGATOR_SHARE, share))
        self._place_splitter()

    def _place_splitter(self) -> None:
        total = self.splitter.width()
        if total <= 0:
            return
        # a share of the width (more room for the titles on a wide screen), and at least about 20
        # characters of title beside the counts at any text size, but never most of the window
        wanted = self.navigator.fontMetrics().averageCharWidth() * NAVIGATOR_TITLE_CHARACTERS + \
            self.navigator.counts_width()
        navigator = int(min(max(total * self.navigator_share, wanted), total * MAX_NAVIGATOR_SHARE_FOR_TEXT))
        self._placing_splitter = True
        try:
            self.splitter.setSizes([navigator, total - navigator])
        finally:
            self._placing_splitter = False

    def _splitter_moved(self, _position: int, _index: int) -> None:
        if self._placing_splitter:
            return
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            self.navigator_share = min(MAX_NAVIGATOR_SHARE, max(MIN_NAVIGATOR_SHARE, sizes[0] / sum(sizes)))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_splitter()

    # navigation ----------------------------------------------------------------------------
    def page(self, section_id: str) -> SectionPage:
        page = self.pages.get(section_id)
        if page is None:
            section = next(s for _p, s in self.session.questionnaire.sections() if s.id == section_id)
            page = SectionPage(section, self.session, self.pages_stack)
            for card in page.cards.values():
                card.edited.connect(self._edited)
                card.history_requested.connect(self._history)
                card.note_requested.connect(self._note)
                card.confirm_requested.connect(self.session.confirm)
                card.set_has_note(bool(self._note_text(card.item.id)))
            page.refresh()
            page.hide()  # shown by show_section, which puts it in the stack
            self.pages[section_id] = page
        return page

    def show_section(self, section_id: str) -> None:
        if self.current_section and self.current_section in self.pages:
            self.pages[self.current_section].flush()
        page = self.page(section_id)
        if section_id in self._stale:
            page.refresh(reload_values=self._stale.pop(section_id))
        # Only the shown page stays in the stack: QStackedLayout asks every page it holds for its size
        # and height-for-width, so with all visited pages kept in it each switch cost grew with the
        # number visited (~250 ms after 30 sections, benchmarks/bench_gui.py). Removed pages keep
        # their parent and their state.
        previous = self.pages_stack.currentWidget()
        if previous is not page:
            if self.pages_stack.indexOf(page) < 0:
                self.pages_stack.addWidget(page)
            self.pages_stack.setCurrentWidget(page)
            if previous is not None:
                self.pages_stack.removeWidget(previous)
        self.current_section = section_id
        self.navigator.select(section_id)
        self.stack.setCurrentWidget(self.scroll)
        self.scroll.verticalScrollBar().setValue(0)
        self._prebuild_timer.start()

    def _prebuild_neighbour(self) -> None:
        """Build, style and lay out one not yet built neighbour of the shown section, at the width of
        the form column; again later if another is missing. One page at a time keeps each pause
        of the event loop short (~20-60 ms); showing it then costs its painting (~40 ms, not ~55)."""
        ids = self.navigator.section_ids()
        if self.current_section not in ids:
            return
        index = ids.index(self.current_section)
        missing = [ids[i] for i in (index + 1, index - 1) if 0 <= i < len(ids) and ids[i] not in self.pages]
        if missing:
            page = self.page(missing[0])
            page.ensurePolished()
            width = self.pages_stack.width()
            if width > 0 and page.layout() is not None:
                height = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
                page.resize(width, max(height, 1))
                page.layout().activate()
            if len(missing) > 1:
                self._prebuild_timer.start()

    def step_section(self, step: int) -> None:
        ids = self.navigator.section_ids()
        if not ids:
            return
        index = ids.index(self.current_section) if self.current_section in ids else 0
        target = ids[max(0, min(len(ids) - 1, index + step))]
        self.show_section(target)
        self.pages[target].first_focus()

    def go_to_item(self, item_id: str) -> None:
        section = self.session.section_of(item_id)
        self.show_section(section.id)
        page = self.pages[section.id]
        card = page.focus_item(item_id)
        if card is not None:
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card, 20, 40))

    def show_form(self) -> None:
        self.stack.setCurrentWidget(self.scroll)

    def show_review(self) -> None:
        self.flush()
        self.review.refresh()
        self.stack.setCurrentWidget(self.review)
        self.review.setFocus()

    # edits ---------------------------------------------------------------------------------
    def _edited(self, item_id: str, value: Any) -> None:
        self.session.set_value(item_id, value)

    def _answer_changed(self, _item_id: str) -> None:
        self._refresh_timer.start()

    def refresh(self, *, reload_values: bool = False) -> None:
        # Only the shown page now; the others when they are shown again. Refreshing every page built
        # made one edit cost ~240 ms once all 30 sections of the NSI had been visited (bench_gui).
        for section_id, page in self.pages.items():
            if section_id == self.current_section:
                page.refresh(reload_values=reload_values)
            else:
                self._stale[section_id] = self._stale.get(section_id, False) or reload_values
        self.navigator.refresh()
        if self.stack.currentWidget() is self.review:
            self.review.refresh()
        self._update_progress()
        self.status_changed.emit()

    def _update_progress(self) -> None:
        answered, answerable = self.session.progress()
        text = self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(answerable))
        self.bar.set_progress(answered, answerable, text)

    def flush(self) -> None:
        for page in self.pages.values():
            page.flush()

    def undo(self) -> None:
        self.flush()
        item_id = self.session.undo()
        if item_id:
            self._after_undo(item_id)

    def redo(self) -> None:
        item_id = self.session.redo()
        if item_id:
            self._after_undo(item_id)

    def _after_undo(self, item_id: str) -> None:
        section = self.session.section_of(item_id)
        self.show_section(section.id)
        self.pages[section.id].cards[item_id].refresh(reload_value=True)
        self.refresh()

    # status --------------------------------------------------------------------------------
    def _status_changed(self) -> None:
        self.refresh(reload_values=True)
        self.retranslate()

    def finalise(self) -> None:
        self.flush()
        carried = self.session.unreviewed_carried()
        text = self.tr("Finalise this response? It becomes read-only until you reopen it.")
        if carried:
            names = "\n".join(f"• {item.label}" for item in carried[:15])
            more = len(carried) - 15
            text += "\n\n" + self.tr("These carried-forward answers were not confirmed:") + "\n" + names
            if more > 0:
                text += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        answer = dialogs.ask(self, self.tr("Finalise the response"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.finalise()
        except SurveyError as exc:
            dialogs.warn(self, self.tr("Could not finalise"), message_of(exc))

    def reopen(self) -> None:
        answer = dialogs.ask(self, self.tr("Reopen the response"),
                             self.tr("Reopen this response for editing? It becomes a draft again."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.reopen()
        except SurveyError as exc:
            dialogs.warn(self, self.tr("Could not reopen"), message_of(exc))

    # history and notes ---------------------------------------------------------------------
    def _note_text(self, item_id: str) -> str:
        try:
            return self.session.store.note(self.session.response.id, item_id) or ""
        except Exception:
            return ""

    def _history(self, item_id: str) -> None:
        from survey_app.gui.history_dialog import HistoryDialog

        self.flush()
        dialog = HistoryDialog(self.session, item_id, self)
        if dialog.exec() and dialog.restored:
            self._after_undo(item_id)

    def _note(self, item_id: str) -> None:
        from survey_app.gui.history_dialog import NoteDialog

        dialog = NoteDialog(self.session, item_id, self._note_text(item_id), self)
        if dialog.exec():
            for page in self.pages.values():
                if item_id in page.cards:
                    page.cards[item_id].set_has_note(bool(dialog.text().strip()))
