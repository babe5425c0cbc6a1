"""The merge of a contribution's reply, item by item, before anything is written.

Every item of the reply is listed with what the merge does with it (taken, kept, the same, merged,
or a conflict) and the agency's note. A conflict shows the lead's answer and the agency's side by
side, their differing words marked as the year-over-year comparison marks them (struck through: only
in yours; underlined and bold: only in theirs), and is resolved by keeping mine, taking theirs, or,
for a text, editing a combined text (checked like an answer typed in the form). "Merge" is offered
once every conflict is resolved; the caller writes `plan()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app.compare.textdiff import Op, Segment, text_diff
from survey_app.contributions.merge import Choice, ItemMerge, MergePlan, Outcome
from survey_app.gui import rules
from survey_app.gui.compare_view import segments_html
from survey_app.gui.contribution_lead import fit_to_screen
from survey_app.gui.i18n_qt import current_language
from survey_app.questionnaire.model import ItemType
from survey_app.questionnaire.values import check_value

if TYPE_CHECKING:
    from survey_app.contributions.service import MergeContext
    from survey_app.questionnaire.model import Item, Questionnaire

ITEM_ROLE = Qt.ItemDataRole.UserRole
# items whose conflict can be resolved by editing a combined text
TEXT_TYPES = (ItemType.SHORT_TEXT, ItemType.LONG_TEXT)


def side_by_side(mine: str, theirs: str) -> tuple[list[Segment], list[Segment]]:
    """The word-level difference cut in two: mine with what only it has (as deleted), theirs with what
    only it has (as inserted)."""
    segments = text_diff(mine, theirs)
    return ([s for s in segments if s.op is not Op.INSERT], [s for s in segments if s.op is not Op.DELETE])


class MergeDialog(QDialog):
    def __init__(self, context: MergeContext, questionnaire: Questionnaire, *, answer_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.questionnaire = questionnaire
        self.answer_language = answer_language
        self.language = current_language()
        # the lead's choice per conflict; an edited text counts once it is valid
        self.choices: dict[str, Choice] = {}
        self.drafts: dict[str, str] = {}
        self.problems: dict[str, list[str]] = {}
        self._showing: str | None = None
        self.setWindowTitle(self.tr("Merge the reply of %1").replace("%1", rules.isolate(context.agency)))
        self._build()
        self._fill_list()
        first = next((item.item_id for item in context.plan.items if item.outcome is Outcome.CONFLICT), None)
        self.show_item(first or (context.plan.items[0].item_id if context.plan.items else None))
        self._update_state()
        fit_to_screen(self, 1100, 760)
        self.list.setFocus()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        context = self.context
        box = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # agency and person names are the agency's text
        self.summary.setWordWrap(True)
        counts = context.plan.counts()
        self.summary.setText(
            self.tr("Reply of %1, answered by %2, returned on %3.").replace("%1", rules.isolate(context.agency))
            .replace("%2", rules.isolate(context.answered_by))
            .replace("%3", rules.isolate_ltr(context.returned_at[:10]))
            + "\n" + self.tr("Taken: %1 · Kept: %2 · The same: %3 · Merged: %4 · Conflicts: %5")
            .replace("%1", str(counts[Outcome.TAKEN])).replace("%2", str(counts[Outcome.KEPT]))
            .replace("%3", str(counts[Outcome.SAME])).replace("%4", str(counts[Outcome.MERGED]))
            .replace("%5", str(counts[Outcome.CONFLICT])))
        box.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self.list = QTreeWidget(splitter)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Outcome"), self.tr("Question"), self.tr("Note from the agency")])
        self.list.setAccessibleName(self.tr("Answers of the reply"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.list.header().resizeSection(2, 260)
        self.list.currentItemChanged.connect(lambda current, _previous: self.show_item(
            current.data(0, ITEM_ROLE) if current is not None else None))

        detail = QWidget(splitter)
        detail_box = QVBoxLayout(detail)
        detail_box.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(detail)
        self.question.setObjectName("sectionTitle")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        detail_box.addWidget(self.question)
        self.about = QLabel(detail)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        detail_box.addWidget(self.about)
        sides = QHBoxLayout()
        self.mine_title, self.mine_view = self._side(detail, self.tr("Your answer now"), sides)
        self.theirs_title, self.theirs_view = self._side(
            detail, self.tr("The answer of %1").replace("%1", rules.isolate(self.context.agency)), sides)
        detail_box.addLayout(sides, 1)
        self.legend = QLabel(self.tr("Struck through: only in your answer. Underlined and bold: only in theirs."),
                             detail)
        self.legend.setWordWrap(True)
        detail_box.addWidget(self.legend)

        self.choice_box = QWidget(detail)
        choice_layout = QVBoxLayout(self.choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        radios = QHBoxLayout()
        self.keep_mine = QRadioButton(self.tr("&Keep mine"), self.choice_box)
        self.take_theirs = QRadioButton(self.tr("&Take theirs"), self.choice_box)
        self.edit_combined = QRadioButton(self.tr("&Edit a combined text"), self.choice_box)
        self.group = QButtonGroup(self)
        for choice, button in ((Choice.MINE, self.keep_mine), (Choice.THEIRS, self.take_theirs),
                               (Choice.EDITED, self.edit_combined)):
            self.group.addButton(button)
            button.setProperty("choice", choice.value)
            radios.addWidget(button)
        radios.addStretch(1)
        self.group.buttonClicked.connect(self._choice_clicked)
        choice_layout.addLayout(radios)
        self.editor = QPlainTextEdit(self.choice_box)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Combined text"))
        self.editor.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.editor.textChanged.connect(self._edited)
        choice_layout.addWidget(self.editor)
        self.problem = QLabel(self.choice_box)
        self.problem.setObjectName("itemMessage")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        choice_layout.addWidget(self.problem)
        detail_box.addWidget(self.choice_box)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        box.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.remaining = QLabel(self)
        self.remaining.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.remaining, 1)
        self.next_button = QPushButton(self.tr("&Next conflict"), self)
        self.next_button.clicked.connect(self.next_conflict)
        bottom.addWidget(self.next_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        box.addLayout(bottom)

    def _side(self, parent: QWidget, title: str, row: QHBoxLayout) -> tuple[QLabel, QTextBrowser]:
        column = QVBoxLayout()
        label = QLabel(title, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        view = QTextBrowser(parent)
        view.setOpenLinks(False)
        view.setAccessibleName(title)
        view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        label.setBuddy(view)
        column.addWidget(label)
        column.addWidget(view, 1)
        row.addLayout(column, 1)
        return label, view

    def _fill_list(self) -> None:
        self.rows: dict[str, QTreeWidgetItem] = {}
        for merge in self.context.plan.items:
            item = self._item(merge.item_id)
            row = QTreeWidgetItem(self.list, ["", item.label if item else merge.item_id,
                                              " ".join(self.context.notes.get(merge.item_id, "").split())])
            row.setData(0, ITEM_ROLE, merge.item_id)
            row.setToolTip(1, item.label if item else merge.item_id)
            row.setToolTip(2, self.context.notes.get(merge.item_id, ""))
            self.rows[merge.item_id] = row
        self._update_rows()

    def _item(self, item_id: str) -> Item | None:
        return self.questionnaire.item(item_id) if self.questionnaire.has_item(item_id) else None

    def _merge(self, item_id: str) -> ItemMerge:
        return next(merge for merge in self.context.plan.items if merge.item_id == item_id)

    # -- texts ------------------------------------------------------------------------------------
    def outcome_text(self, merge: ItemMerge) -> str:
        if merge.outcome is Outcome.CONFLICT:
            choice = self.choices.get(merge.item_id)
            if choice is Choice.MINE:
                return self.tr("conflict: yours kept")
            if choice is Choice.THEIRS:
                return self.tr("conflict: theirs taken")
            if choice is Choice.EDITED and self.is_resolved(merge.item_id):
                return self.tr("conflict: edited")
            return self.tr("conflict: choose")
        return {Outcome.TAKEN: self.tr("taken"), Outcome.KEPT: self.tr("kept"), Outcome.SAME: self.tr("the same"),
                Outcome.MERGED: self.tr("merged")}[merge.outcome]

    def explanation(self, merge: ItemMerge) -> str:
        if merge.outcome is Outcome.CONFLICT:
            return self.tr("Both you and the agency changed this answer since the request was sent: choose "
                           "what to keep.")
        return {
            Outcome.TAKEN: self.tr("Only the agency changed this answer: theirs is taken."),
            Outcome.KEPT: self.tr("The agency did not change this answer: yours is kept."),
            Outcome.SAME: self.tr("You and the agency gave the same answer: nothing changes."),
            Outcome.MERGED: self.tr("Both changed rows of this table: the rows are merged (yours first)."),
        }[merge.outcome]

    def value_text(self, item_id: str, value: Any) -> str:
        item = self._item(item_id)
        if item is None:
            return "" if value is None else str(value)
        return rules.display_text(item, value, self.language)

    def _html(self, segments: list[Segment], text: str) -> str:
        if not text.strip():
            return f'<p style="color:#5a6270"><i>{self.tr("(no answer)")}</i></p>'
        return f"<p>{segments_html(segments)}</p>"

    # -- showing one item -------------------------------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        self._showing = item_id
        if item_id is None:
            self.question.setText("")
            self.about.setText("")
            self.mine_view.clear()
            self.theirs_view.clear()
            self.choice_box.hide()
            return
        row = self.rows[item_id]
        if self.list.currentItem() is not row:
            self.list.setCurrentItem(row)
        merge = self._merge(item_id)
        item = self._item(item_id)
        self.question.setText(item.label if item is not None else item_id)
        about = [self.explanation(merge)]
        if item_id in self.context.edited:
            at, by = self.context.edited[item_id]
            about.append(self.tr("Last changed in the agency by %1 on %2.").replace("%1", rules.isolate(by))
                         .replace("%2", rules.isolate_ltr(at[:10])))
        if self.context.notes.get(item_id):
            about.append(self.tr("Note from the agency: %1").replace("%1", self.context.notes[item_id]))
        self.about.setText("\n".join(about))
        mine, theirs = self.value_text(item_id, merge.mine), self.value_text(item_id, merge.theirs)
        mine_segments, theirs_segments = side_by_side(mine, theirs)
        self.mine_view.setHtml(self._html(mine_segments, mine))
        self.theirs_view.setHtml(self._html(theirs_segments, theirs))
        conflict = merge.outcome is Outcome.CONFLICT
        self.choice_box.setVisible(conflict)
        self.legend.setVisible(mine != theirs)
        if not conflict:
            return
        is_text = item is not None and item.type in TEXT_TYPES
        self.edit_combined.setVisible(is_text)
        choice = self.choices.get(item_id)
        self.group.setExclusive(False)  # so that no button is checked while nothing was chosen
        for button in self.group.buttons():
            button.setChecked(button.property("choice") == (choice.value if choice else None))
        self.group.setExclusive(True)
        editing = choice is Choice.EDITED
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.drafts.get(item_id, mine if isinstance(merge.mine, str) else ""))
        self.editor.blockSignals(False)
        self.editor.setVisible(editing)
        self._show_problems()

    def _show_problems(self) -> None:
        item_id = self._showing
        problems = self.problems.get(item_id, []) if item_id and self.choices.get(item_id) is Choice.EDITED else []
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))

    # -- choosing ---------------------------------------------------------------------------------
    def _choice_clicked(self, button: QRadioButton) -> None:
        if self._showing is None:
            return
        self.choose(self._showing, Choice(button.property("choice")))

    def choose(self, item_id: str, choice: Choice, edited: str | None = None) -> None:
        """Resolve a conflict (as the buttons do); `edited` replaces the combined text."""
        merge = self._merge(item_id)
        if merge.outcome is not Outcome.CONFLICT:
            raise ValueError(f"item {item_id} is {merge.outcome}, not a conflict")
        self.choices[item_id] = Choice(choice)
        if choice is Choice.EDITED:
            text = edited if edited is not None else self.drafts.get(
                item_id, merge.mine if isinstance(merge.mine, str) else "")
            self._check_draft(item_id, text)
        if self._showing == item_id:
            self.show_item(item_id)
            if choice is Choice.EDITED:
                self.editor.setFocus()
        self._update_state()

    def _edited(self) -> None:
        if self._showing is not None and self.choices.get(self._showing) is Choice.EDITED:
            self._check_draft(self._showing, self.editor.toPlainText())
            self._show_problems()
            self._update_state()

    def _check_draft(self, item_id: str, text: str) -> None:
        self.drafts[item_id] = text
        item = self._item(item_id)
        problems = check_value(item, text, self.language, answer_language=self.answer_language) if item else []
        if not text.strip():
            problems = [self.tr("Write the combined text, or keep yours or take theirs.")] + problems
        self.problems[item_id] = problems

    def is_resolved(self, item_id: str) -> bool:
        choice = self.choices.get(item_id)
        return choice in (Choice.MINE, Choice.THEIRS) or (choice is Choice.EDITED and not self.problems.get(item_id))

    def unresolved(self) -> list[str]:
        return [merge.item_id for merge in self.context.plan.conflicts if not self.is_resolved(merge.item_id)]

    def next_conflict(self) -> None:
        ids = [merge.item_id for merge in self.context.plan.items]
        start = ids.index(self._showing) + 1 if self._showing in ids else 0
        open_ = set(self.unresolved())
        following = [i for i in ids[start:] + ids[:start] if i in open_]
        if following:
            self.show_item(following[0])
            self.list.setFocus()

    def _update_rows(self) -> None:
        for merge in self.context.plan.items:
            row = self.rows[merge.item_id]
            row.setText(0, self.outcome_text(merge))
            font = row.font(0)
            font.setBold(merge.outcome is Outcome.CONFLICT and not self.is_resolved(merge.item_id))
            for column in range(3):
                row.setFont(column, font)

    def _update_state(self) -> None:
        self._update_rows()
        left = len(self.unresolved())
        self.merge_button.setEnabled(left == 0)
        self.next_button.setEnabled(left > 0)
        if not self.context.plan.conflicts:
            self.remaining.setText(self.tr("No conflicts."))
        elif left:
            self.remaining.setText(self.tr("Conflicts to resolve before merging: %1").replace("%1", str(left)))
        else:
            self.remaining.setText(self.tr("Every conflict is resolved."))

    # -- the result -------------------------------------------------------------------------------
    def plan(self) -> MergePlan:
        """The plan with the lead's resolutions (conflicts not resolved stay conflicts)."""
        result = self.context.plan
        for item_id, choice in self.choices.items():
            if not self.is_resolved(item_id):
                continue
            edited = self.drafts[item_id] if choice is Choice.EDITED else None
            result = result.with_resolution(item_id, choice, edited)
        return result

    def _accept(self) -> None:
        if self.unresolved():
            return
        self.accept()
