"""The one window: start screen or an open response, menus, shortcuts and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from survey_app.errors import SurveyError
from survey_app.gui import database_actions, dialogs, rules, style
from survey_app.gui.catalog_access import available, questionnaire_for
from survey_app.gui.elided_label import ElidedLabel
from survey_app.gui.errors import show_error
from survey_app.gui.response_view import ResponseView
from survey_app.gui.session import ResponseSession
from survey_app.gui.settings import settings
from survey_app.gui.start_screen import StartScreen
from survey_app.storage.api import Status

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, store: Any, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.session: ResponseSession | None = None
        self.response_view: ResponseView | None = None
        self.last_deleted: int | None = None
        self.point_size = int(settings().value("text/point_size", style.DEFAULT_POINT_SIZE))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.start = StartScreen(self.stack)
        self.stack.addWidget(self.start)
        self.start.open_requested.connect(self.open_response)
        self.start.new_requested.connect(self.new_response)
        self.start.delete_requested.connect(self.delete_response)
        self.start.compare_requested.connect(self.compare)
        self.start.demo_requested.connect(lambda: database_actions.open_demo(self))
        self._build_status_bar()
        self._build_menus()
        self.apply_style()
        self.retranslate()
        # the list of responses (each one's progress computed) is filled when the start screen is
        # first shown: a window opened on a response does not pay for it at start-up (~15 ms)
        self._start_filled = False
        geometry = settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)

    # building ------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # elided: a long State name at a large text size must not make the window wider than the screen
        self.status_response = ElidedLabel(self)
        self.status_response.setContentsMargins(6, 0, 6, 0)  # off the window's edge (right in Arabic)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_save)
        self.retry_button.hide()
        self.undo_delete_button = QPushButton(self)
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.undo_delete_button.hide()
        bar.addWidget(self.status_response, 1)
        # Hidden explicitly while a message is shown: QStatusBar hides it only implicitly, and its
        # next re-layout (a zoom, a button shown) showed it again under the message.
        bar.messageChanged.connect(lambda message: self.status_response.setVisible(not message))
        bar.addPermanentWidget(self.undo_delete_button)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.retry_button)

    def _action(self, menu: Any, handler: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.a_new = self._action(self.file_menu, self.new_response, QKeySequence.StandardKey.New)
        self.a_open_db = self._action(self.file_menu, lambda: database_actions.open_database(self),
                                      QKeySequence.StandardKey.Open)
        self.a_backup = self._action(self.file_menu, lambda: database_actions.save_copy(self))
        self.a_restore = self._action(self.file_menu, lambda: database_actions.restore_backup(self))
        self.file_menu.addSeparator()
        self.a_add_q = self._action(self.file_menu, lambda: database_actions.add_questionnaire(self))
        self.a_demo = self._action(self.file_menu, lambda: database_actions.open_demo(self))
        self.file_menu.addSeparator()
        self.a_pdf = self._action(self.file_menu, lambda: self.export("pdf"), "Ctrl+P")
        self.a_json = self._action(self.file_menu, lambda: self.export("json"))
        self.file_menu.addSeparator()
        self.a_start = self._action(self.file_menu, self.show_start, "Ctrl+Home")
        self.a_quit = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = bar.addMenu("")
        self.a_undo = self._action(self.edit_menu, self.undo, QKeySequence.StandardKey.Undo)
        self.a_redo = self._action(self.edit_menu, self.redo, "Ctrl+Shift+Z")
        self.a_find = self._action(self.edit_menu, self.find, QKeySequence.StandardKey.Find)
        self.edit_menu.addSeparator()
        self.a_purge = self._action(self.edit_menu, lambda: database_actions.purge_personal_data(self))
        # contributions from other agencies (docs/contributions.md): the lead's side in
        # gui/contribution_lead.py, the agency's in gui/contribution_agency.py
        self.contributions_menu = bar.addMenu("")
        self.a_request = self._action(self.contributions_menu, lambda: self._lead("request_contributions"))
        self.a_requests = self._action(self.contributions_menu, lambda: self._lead("show_contributions"))
        self.a_merge = self._action(self.contributions_menu, lambda: self._lead("merge_contribution"))
        self.contributions_menu.addSeparator()
        self.a_open_contribution = self._action(self.contributions_menu, lambda: self._agency("open_contribution"))
        self.a_return = self._action(self.contributions_menu, lambda: self._agency("return_to_lead"))
        self.view_menu = bar.addMenu("")
        self.a_zoom_in = self._action(self.view_menu, lambda: self.zoom(+1), "Ctrl+=")
        self.a_zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.a_zoom_out = self._action(self.view_menu, lambda: self.zoom(-1), "Ctrl+-")
        self.a_zoom_reset = self._action(self.view_menu, lambda: self.zoom(0), "Ctrl+0")
        # i18n (survey_app/gui/i18n_qt.py, i18n engineer): View > Language. Switching installs the
        # translators and calls self.retranslate() once (i18n_qt.retranslate_windows).
        from survey_app.gui.i18n_qt import add_language_menu

        self.language_menu = add_language_menu(self)
        self.go_menu = bar.addMenu("")
        self.a_next = self._action(self.go_menu, lambda: self.step_section(+1), "Ctrl+PgDown")
        self.a_prev = self._action(self.go_menu, lambda: self.step_section(-1), "Ctrl+PgUp")
        self.a_review = self._action(self.go_menu, self.review, "Ctrl+R")
        self.a_navigator = self._action(self.go_menu, self.focus_navigator, "F6")
        self.help_menu = bar.addMenu("")
        self.a_about = self._action(self.help_menu, self.show_about)
        self.a_about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu

    def _lead(self, name: str) -> None:
        from survey_app.gui import contribution_lead

        getattr(contribution_lead, name)(self)

    def _agency(self, name: str) -> None:
        from survey_app.gui import contribution_agency

        getattr(contribution_agency, name)(self)

    def show_about(self) -> None:
        """Help > About: the version, and where the user's data is kept."""
        from survey_app.gui.about import show_about_dialog

        show_about_dialog(self)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.contributions_menu.setTitle(self.tr("&Contributions"))
        texts = {
            self.a_new: self.tr("&New response…"), self.a_open_db: self.tr("Open another &database…"),
            self.a_backup: self.tr("Save a &copy of the database…"), self.a_restore: self.tr("&Restore a backup…"),
            self.a_add_q: self.tr("Add a newer &questionnaire file…"), self.a_demo: self.tr("Open the de&mo"),
            self.a_pdf: self.tr("Export &PDF…"), self.a_json: self.tr("Export &JSON…"),
            self.a_start: self.tr("All &responses"), self.a_quit: self.tr("&Quit"),
            self.a_undo: self.tr("&Undo"), self.a_redo: self.tr("&Redo"), self.a_find: self.tr("&Find…"),
            self.a_purge: self.tr("Remove &personal data from this response…"),
            self.a_zoom_in: self.tr("Larger text"), self.a_zoom_out: self.tr("Smaller text"),
            self.a_zoom_reset: self.tr("Normal text size"), self.a_next: self.tr("&Next section"),
            self.a_prev: self.tr("&Previous section"), self.a_review: self.tr("&Review and finalise"),
            self.a_navigator: self.tr("Go to the list of &sections"),
            self.a_about: self.tr("&About NSI Survey…"),
            self.a_request: self.tr("&Request contributions…"), self.a_requests: self.tr("&Contributions of this response…"),
            self.a_merge: self.tr("&Merge a contribution…"),
            self.a_open_contribution: self.tr("&Open a contribution received…"),
            self.a_return: self.tr("Re&turn to lead…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.undo_delete_button.setText(self.tr("Undo delete"))
        self.undo_delete_button.setAccessibleName(self.tr("Undo delete"))
        self.start.retranslate()
        if self.response_view is not None:
            self.response_view.retranslate()
            self._reopen_in_interface_language()
        self.update_status()
        self.update_title()

    def apply_style(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the base text size, for every window and dialog
            font = app.font()
            font.setPointSize(self.point_size)
            app.setFont(font)
        self.setStyleSheet(style.stylesheet(self.point_size))
        self._apply_view_font()

    def _apply_view_font(self) -> None:
        if self.response_view is not None:
            font = self.response_view.font()
            font.setPointSize(self.point_size)
            self.response_view.setFont(font)
            self.response_view.update_column_width()

    def update_title(self) -> None:
        name = Path(self.store.path).name if self.store is not None else ""
        title = self.tr("National Survey of Implementation")
        self.setWindowTitle(f"{title} — {name}" if name else title)

    # start screen --------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self._start_filled and self.stack.currentWidget() is self.start:
            self.refresh_start()
        super().showEvent(event)

    def refresh_start(self) -> None:
        if self.store is None:
            return
        self._start_filled = True
        titles = {q.id: q.title for q in available(self.catalog)}
        try:
            summaries = self.store.list_responses()
        except SurveyError as exc:
            show_error(self, self.tr("Cannot list the responses"), exc)
            summaries = []
        progress = {summary.response.id: self._progress(summary) for summary in summaries}
        from survey_app.gui.contribution_agency import workspace_leads

        self.start.show_summaries(summaries, titles=titles, progress=progress,
                                  leads=workspace_leads(self.store, summaries))
        self.start.set_database(str(self.store.path), read_only=bool(getattr(self.store, "read_only", False)))
        self.start.set_failures(self.catalog)

    def _progress(self, summary: Any) -> tuple[int, int]:
        """(answered, applicable) as the response screen counts it: only the items shown."""
        r = summary.response
        try:
            questionnaire = questionnaire_for(self.catalog, r.questionnaire_id, r.questionnaire_version, "")
            only = None
            if r.is_contribution:  # an agency's workspace: the items asked, as its form counts
                from survey_app.storage.contributions import asked_items

                only = asked_items(self.store, r.id)
            return rules.progress(questionnaire, self.store.values(r.id), only)
        except (LookupError, SurveyError):
            return summary.answered, summary.answerable

    def show_start(self) -> None:
        self.close_response()
        self.refresh_start()
        self.stack.setCurrentWidget(self.start)
        self.start.table.setFocus()
        self.update_status()

    def new_response(self) -> None:
        from survey_app.gui.new_response_dialog import NewResponseDialog

        from survey_app.gui.i18n_qt import current_language

        earlier = [summary.response for summary in self.store.list_responses(own_only=True)]
        dialog = NewResponseDialog(self.catalog, language=current_language(), earlier=earlier, parent=self)
        if not dialog.exec():
            return
        state, cycle, questionnaire, language = dialog.values()
        previous = dialog.previous_response() if dialog.from_previous.isChecked() else None
        try:
            if previous is not None:
                from survey_app.compare.carry import carry_forward

                response = carry_forward(self.store, previous.id, cycle=cycle, questionnaire=questionnaire,
                                         language=language)
            else:
                response = self.store.create_response(state=state, cycle=cycle, questionnaire=questionnaire,
                                                      language=language)
        except SurveyError as exc:
            show_error(self, self.tr("The response was not created"), exc)
            return
        self.open_response(response.id)

    def delete_response(self, response_id: int) -> None:
        response = self.store.response(response_id)
        answer = dialogs.ask(
            self, self.tr("Delete the response"),
            self.tr("Delete the response of %1 for cycle %2? You can undo this right after.")
            .replace("%1", rules.isolate(response.state.name)).replace("%2", str(response.cycle)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_response(response_id)
        except SurveyError as exc:
            show_error(self, self.tr("The response was not deleted"), exc)
            return
        self.last_deleted = response_id
        self.undo_delete_button.show()
        self.statusBar().showMessage(self.tr("Response deleted."), 15000)
        self.refresh_start()

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        try:
            self.store.undelete_response(self.last_deleted)
        except SurveyError as exc:
            show_error(self, self.tr("The response was not restored"), exc)
            return
        self.last_deleted = None
        self.undo_delete_button.hide()
        self.statusBar().showMessage(self.tr("Response restored."), 5000)
        self.refresh_start()

    # response ------------------------------------------------------------------------------
    def open_response(self, response_id: int) -> bool:
        try:
            response = self.store.response(response_id)
        except SurveyError as exc:
            show_error(self, self.tr("Cannot open the response"), exc)
            return False
        try:
            questionnaire = questionnaire_for(self.catalog, response.questionnaire_id,
                                              response.questionnaire_version, self.form_language(response))
        except LookupError:
            dialogs.warn(
                self, self.tr("Questionnaire not found"),
                self.tr("This response uses the questionnaire “%1” version %2, which is not installed. "
                        "Add the questionnaire file (File › Add a newer questionnaire file…) and try again.")
                .replace("%1", response.questionnaire_id).replace("%2", response.questionnaire_version))
            return False
        self.close_response()
        self.session = ResponseSession(self.store, questionnaire, response, self)
        # the layout follows the interface language (the application's direction); answer fields
        # follow what is typed in them
        view = ResponseView(self.session, self.stack)
        view.back_requested.connect(self.show_start)
        view.export_requested.connect(self.export)
        view.compare_requested.connect(lambda: self.compare(response.id))
        view.status_changed.connect(self.update_status)
        self.session.save_state_changed.connect(lambda *_: self.update_status())
        self.response_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._apply_view_font()  # the window's style sheet applies to the new view already
        share = settings().value("window/navigator_share")
        if share is not None:
            try:
                view.set_navigator_share(float(share))
            except (TypeError, ValueError):
                pass
        settings().setValue("session/last_response", response.id)
        settings().setValue("session/last_database", str(self.store.path))
        if self.session.is_contribution:  # an agency's workspace opens where its work is: the first question asked
            first = next((item for item in questionnaire.answerable_items() if not self.session.is_context(item.id)),
                         None)
            if first is not None:
                view.show_section(self.session.section_of(first.id).id)
        self.update_status()
        view.navigator.setFocus()
        return True

    def form_language(self, response: Any) -> str:
        """The questionnaire is shown in the interface language when it has that language."""
        from survey_app.gui.i18n_qt import current_language

        language = current_language()
        try:
            offered = questionnaire_for(self.catalog, response.questionnaire_id, response.questionnaire_version,
                                        "").languages
        except LookupError:
            offered = ()
        return language if language in offered else response.language

    def _reopen_in_interface_language(self) -> None:
        """After a language switch: show the open response's questions in the new language."""
        if self.session is None or self.response_view is None or self.store is None:
            return
        if self.session.questionnaire.language == self.form_language(self.session.response):
            return
        response_id = self.session.response.id
        section = self.response_view.current_section
        on_review = self.response_view.stack.currentWidget() is self.response_view.review
        if self.open_response(response_id) and self.response_view is not None:
            if section:
                self.response_view.show_section(section)
            if on_review:
                self.response_view.show_review()

    def close_response(self) -> None:
        if self.response_view is None:
            return
        self.response_view.flush()
        settings().setValue("window/navigator_share", self.response_view.navigator_share)
        self.stack.removeWidget(self.response_view)
        self.response_view.deleteLater()
        self.response_view = None
        if self.session is not None:
            self.session.deleteLater()
        self.session = None
        settings().remove("session/last_response")

    def update_status(self) -> None:
        session = self.session
        # a final (or read-only) response is not finalised again: the action only leads to the review
        read_only = session is not None and session.read_only
        self.a_review.setText(self.tr("&Review") if read_only else self.tr("&Review and finalise"))
        for action in (self.a_pdf, self.a_json, self.a_purge, self.a_next, self.a_prev, self.a_review):
            action.setEnabled(session is not None)  # these act on the open response
        own = session is not None and not session.response.is_contribution
        for action in (self.a_request, self.a_requests, self.a_merge):
            action.setEnabled(own)  # a lead's response; an agency's workspace is returned, not merged into
        self.a_return.setEnabled(session is not None and session.response.is_contribution)
        if session is None:
            self.status_response.setText(self.tr("No response open."))
            self.save_label.setText("")
            self.retry_button.hide()
            return
        r = session.response
        status = self.tr("final (read-only)") if r.status is Status.FINAL else self.tr("draft")
        if getattr(self.store, "read_only", False):
            status += " · " + self.tr("database opened read-only")
        answered, answerable = session.progress()
        percent = rules.percent(answered, answerable)
        self.status_response.setText(
            self.tr("%1 · cycle %2 · %3 · %4% answered").replace("%1", rules.isolate(r.state.name))
            .replace("%2", str(r.cycle)).replace("%3", status)
            .replace("%4%", rules.isolate_ltr(f"{percent}%")).replace("%4", rules.isolate_ltr(str(percent))))
        if session.save_state == "failed":
            text = self.tr("Not saved: %1").replace("%1", session.save_reason)
        elif session.save_state == "saving":
            text = self.tr("Saving…")
        else:
            text = self.tr("Saved")
        self.save_label.setText(text)
        self.save_label.setProperty("state", session.save_state)
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)
        self.retry_button.setVisible(session.save_state == "failed")

    def retry_save(self) -> None:
        if self.session is not None and self.session.retry() and self.response_view is not None:
            self.response_view.refresh(reload_values=True)
        self.update_status()

    def export(self, kind: str) -> None:
        from survey_app.gui.export_dialog import run_export

        if self.session is None:
            return
        self.response_view.flush()
        r = self.session.response
        run_export(self, kind, db_path=Path(self.store.path), response_id=r.id, catalog=self.catalog,
                   languages=list(self.session.questionnaire.languages), language=r.language,
                   suggested_name=f"{r.state.name}-{r.cycle}".replace(" ", "_").replace("/", "_"))

    def compare(self, response_id: int) -> None:
        try:
            from survey_app.gui import compare_view
        except ImportError:
            dialogs.inform(self, self.tr("Compare"), self.tr("Comparison is not available in this version."))
            return
        if self.response_view is not None:
            self.response_view.flush()
        compare_view.open_compare(self, self.store, self.catalog, response_id, on_open_item=self.open_item)

    def open_item(self, response_id: int, item_id: str) -> bool:
        """Show one question of a response in the form (opening the response if needed)."""
        current = self.session.response.id if self.session is not None else None
        if current != response_id and not self.open_response(response_id):
            return False
        if self.response_view is None or not self.session.questionnaire.has_item(item_id):
            return False
        self.response_view.go_to_item(item_id)
        return True

    # editing -------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.response_view is not None:
            self.response_view.undo()
        elif self.last_deleted is not None:
            self.undo_delete()

    def redo(self) -> None:
        if self.response_view is not None:
            self.response_view.redo()

    def find(self) -> None:
        if self.response_view is None:
            return
        from survey_app.gui.search_dialog import SearchDialog

        for old in self.findChildren(SearchDialog):  # one search window at a time, for the open response
            old.close()
            old.deleteLater()
        dialog = SearchDialog(self.session, self)
        dialog.item_chosen.connect(self.response_view.go_to_item)
        dialog.show()
        dialog.query.setFocus()

    def zoom(self, step: int) -> None:
        size = style.DEFAULT_POINT_SIZE if step == 0 else self.point_size + step
        self.point_size = max(style.MIN_POINT_SIZE, min(style.MAX_POINT_SIZE, size))
        settings().setValue("text/point_size", self.point_size)
        self.apply_style()

    def step_section(self, step: int) -> None:
        if self.response_view is not None:
            self.response_view.step_section(step)

    def review(self) -> None:
        if self.response_view is not None:
            self.response_view.show_review()

    def focus_navigator(self) -> None:
        if self.response_view is not None:
            self.response_view.navigator.setFocus()

    # files ---------------------------------------------------------------------------------
    def replace_store(self, store: Any) -> None:
        """Switch to another database (the old one is closed)."""
        self.close_response()
        if self.store is not None:
            try:
                self.store.close()
            except Exception:
                log.exception("closing the database failed")
        self.store = store
        self.last_deleted = None
        self.undo_delete_button.hide()
        settings().setValue("session/last_database", str(store.path))
        self.update_title()
        self.show_start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.response_view is not None:
            self.response_view.flush()
            if self.session is not None and self.session.save_state == "failed":
                answer = dialogs.warn(
                    self, self.tr("Not saved"),
                    self.tr("Your last edit could not be saved: %1\nTry again before closing?")
                    .replace("%1", self.session.save_reason),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close
                    | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Retry)
                if answer == QMessageBox.StandardButton.Cancel:
                    event.ignore()
                    return
                if answer == QMessageBox.StandardButton.Retry and not self.session.retry():
                    event.ignore()
                    self.update_status()
                    return
            last = self.session.response.id if self.session is not None else None
            settings().setValue("window/navigator_share", self.response_view.navigator_share)
        else:
            last = None
        settings().setValue("window/geometry", self.saveGeometry())
        if last is not None:
            settings().setValue("session/last_response", last)
        else:
            settings().remove("session/last_response")
        if self.store is not None:
            try:
                self.store.close()
            except Exception:
                log.exception("closing the database failed")
            self.store = None
        event.accept()
        QTimer.singleShot(0, lambda: None)
