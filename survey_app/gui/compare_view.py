"""Year over year: pick two responses of a State and see what changed, with the status chart.

`open_compare(parent, store, catalog, response_id, on_open_item=...)` opens a window comparing the
response with the State's previous cycle. The window shows a summary per part and section, every
question with its status (filter "changes only"), the selected question's differences (deleted
text struck through, inserted text underlined and bold, so colour is not needed), and the chart of
each norm's status over all cycles. Double-clicking a question (or "Open in the response") calls
`on_open_item(response_id, item_id)`.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_app.compare import sources
from survey_app.compare.chart import StatusGrid
from survey_app.compare.diff import Comparison, ItemComparison, ItemStatus
from survey_app.compare.render import STATUS_NAMES
from survey_app.compare.textdiff import Op, Segment
from survey_app.errors import SurveyError
from survey_app.gui import dialogs, workers
from survey_app.gui.chart_widget import StatusChartWidget
from survey_app.gui.i18n_qt import current_language
from survey_app.gui.workers import JobSignals
from survey_app.i18n.core import translator
from survey_app.questionnaire.model import ItemType
from survey_app.storage.api import Response

log = logging.getLogger(__name__)

OpenItem = Callable[[int, str], None]
ROLE = Qt.ItemDataRole.UserRole

#: colours of a status in the list; the words are always shown too
STATUS_COLOURS: dict[ItemStatus, str] = {
    ItemStatus.UNCHANGED: "#5a6270",
    ItemStatus.CHANGED: "#1f4e79",
    ItemStatus.NEWLY_ANSWERED: "#2e6b30",
    ItemStatus.NO_LONGER_ANSWERED: "#a1260d",
    ItemStatus.NEW_QUESTION: "#2e6b30",
    ItemStatus.RETIRED_QUESTION: "#7a5200",
}
DELETED = "text-decoration: line-through; background-color: #fbe4e1; color: #7d1d12;"
INSERTED = "text-decoration: underline; font-weight: bold; background-color: #dff2dc; color: #174d1a;"


def _isolated(text: str) -> str:
    """Text kept in its own direction inside a mirrored view ("?Which ones" never happens)."""
    return f"\u2068{text}\u2069"


def _count(changed: int, total: int | None = None) -> str:
    """"3 / 9" read left to right in every layout (bidi would show "9 / 3" in a mirrored one)."""
    return f"\u2066{changed} / {total}\u2069" if total is not None else f"\u2066{changed}\u2069"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def segments_html(segments: list[Segment] | tuple[Segment, ...]) -> str:
    """Deletions struck through, insertions underlined and bold (readable without colour)."""
    out = []
    for segment in segments:
        text = _escape(segment.text)
        if segment.op is Op.DELETE:
            out.append(f'<s style="{DELETED}">{text}</s>')
        elif segment.op is Op.INSERT:
            out.append(f'<u style="{INSERTED}"><b>{text}</b></u>')
        else:
            out.append(text)
    return "".join(out)


#: the chart takes at most this share of the height (it scrolls beyond), the lists the rest
CHART_SHARE = 0.55


def compare_language(catalog: Any, response: Response) -> str:
    """The language of the questionnaire's texts: the interface language when the questionnaire is
    translated to it, else the response's own (the rule of MainWindow.form_language)."""
    from survey_app.gui.catalog_access import questionnaire_for

    language = current_language()
    try:
        offered = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version, "").languages
    except LookupError:
        offered = ()
    return language if language in offered else response.language


class CompareView(QWidget):
    """The comparison of two responses of one State and the chart of all its cycles."""

    #: (response id, item id): the user wants to see this question in the response
    open_item_requested = Signal(int, str)
    #: the comparison PDF was written (its path)
    pdf_saved = Signal(str)
    #: the window's title for the pair now compared
    title_changed = Signal(str)

    def __init__(self, store: Any, catalog: Any, response_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.setObjectName("compareView")
        focus = store.response(response_id)
        #: labels of the questionnaire (norms, statuses, legend) in the language the form shows them:
        #: the interface language when the questionnaire has it, else the response's (as
        #: MainWindow.form_language); fixed wording in the interface's
        self.language = compare_language(catalog, focus)
        self._ = translator(current_language())
        self.responses: list[Response] = sources.responses_of_state(
            store, focus.state.key, questionnaire_id=focus.questionnaire_id
        )
        if focus.id not in {r.id for r in self.responses}:
            self.responses.append(focus)
            self.responses.sort(key=lambda r: r.cycle)
        self.comparison: Comparison | None = None
        self.grid: StatusGrid | None = None
        self._sized = False
        #: set once the user drags a splitter: their sizes are kept from then on
        self._user_sized = False
        self._placing = False
        self._build(focus)
        self.retranslate()
        self._choose_default_pair(focus)
        self.refresh()

    # -- building ---------------------------------------------------------------------------------
    def _build(self, focus: Response) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        box.addWidget(self.title)
        picker = QHBoxLayout()
        self.from_label = QLabel(self)
        self.old_combo = QComboBox(self)
        self.to_label = QLabel(self)
        self.new_combo = QComboBox(self)
        for combo in (self.old_combo, self.new_combo):
            for response in self.responses:
                combo.addItem(self._response_text(response), response.id)
            combo.currentIndexChanged.connect(self.refresh)
        self.changes_only = QCheckBox(self)
        self.changes_only.setChecked(True)
        self.changes_only.toggled.connect(self._fill_items)
        for widget in (self.from_label, self.old_combo, self.to_label, self.new_combo):
            picker.addWidget(widget)
        picker.addSpacing(16)
        picker.addWidget(self.changes_only)
        picker.addStretch(1)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self._ask_pdf)
        picker.addWidget(self.pdf_button)
        box.addLayout(picker)
        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # it can hold an error message with a path
        self.headline.setWordWrap(True)
        box.addWidget(self.headline)

        self.chart = StatusChartWidget(self)
        self.chart.cycle_clicked.connect(self._cycle_clicked)
        self.chart_title = QLabel(self)
        self.chart_title.setObjectName("sectionTitle")
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(chart_box)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.summary = QTreeWidget(self)
        self.summary.setColumnCount(2)
        self.summary.setRootIsDecorated(True)
        self.summary.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.header().setStretchLastSection(False)
        self.summary.itemSelectionChanged.connect(self._fill_items)

        self.items = QTreeWidget(self)
        self.items.setColumnCount(2)
        self.items.setRootIsDecorated(False)
        self.items.setIndentation(12)
        self.items.setUniformRowHeights(True)
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items.header().setStretchLastSection(False)
        self.items.currentItemChanged.connect(self._show_detail)
        self.items.itemDoubleClicked.connect(lambda row, _column: self._open(row))
        # Enter opens too (not itemActivated: some desktops activate on a single click)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.items)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.items.currentItem()))

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.items.currentItem()))
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        detail_layout.addLayout(buttons)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.items)
        right.addWidget(detail_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.summary)
        lower.addWidget(right)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 5)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(chart_scroll)
        outer.addWidget(lower)
        outer.setStretchFactor(0, 0)
        outer.setStretchFactor(1, 1)
        outer.setChildrenCollapsible(False)
        right.setChildrenCollapsible(False)
        detail_box.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 40)  # never only the heading
        self.outer = outer
        self.lower = lower
        self.right = right
        for splitter in (outer, lower, right):
            splitter.splitterMoved.connect(self._splitter_moved)
        box.addWidget(outer, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

    def retranslate(self) -> None:
        """Texts in the interface language (also called after the user switches language)."""
        self._ = translator(current_language())
        self.title.setText(self.tr("Year over year"))
        self.from_label.setText(self.tr("Compare"))
        self.to_label.setText(self.tr("with"))
        self.changes_only.setText(self.tr("Changes only"))
        self.chart_title.setText(self.tr("Implementation status of each norm by cycle"))
        self.summary.setHeaderLabels([self.tr("Part and section"), self.tr("Changed")])
        self.items.setHeaderLabels([self.tr("Question"), self.tr("Status")])
        self.open_button.setText(self.tr("Open in the response"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        for combo in (self.old_combo, self.new_combo):
            for index, response in enumerate(self.responses):
                combo.setItemText(index, self._response_text(response))
        if self.comparison is not None:
            self._fill_summary()
            self._fill_items()

    def _response_text(self, response: Response) -> str:
        status = self.tr("final") if response.status.value == "final" else self.tr("draft")
        return f"{response.cycle} · {response.questionnaire_id} {response.questionnaire_version} · {status}"

    def _choose_default_pair(self, focus: Response) -> None:
        """The focus response against the cycle before it (or after it, when it is the first)."""
        ids = [r.id for r in self.responses]
        index = ids.index(focus.id)
        if index > 0:
            old, new = index - 1, index
        elif len(ids) > 1:
            old, new = index, index + 1
        else:
            old = new = index
        for combo, position in ((self.old_combo, old), (self.new_combo, new)):
            combo.blockSignals(True)
            combo.setCurrentIndex(position)
            combo.blockSignals(False)

    def select_pair(self, old_id: int, new_id: int) -> None:
        for combo, wanted in ((self.old_combo, old_id), (self.new_combo, new_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted))
            combo.blockSignals(False)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        try:
            if self.grid is None:
                focus = self.responses[-1]
                self.grid = sources.grid_for_state(
                    self.store, self.catalog, focus.state.key, questionnaire_id=focus.questionnaire_id,
                    language=self.language,
                )
                self.chart.set_grid(self.grid)
                self._size_panes()
            self.comparison = sources.compare_ids(self.store, self.catalog, old_id, new_id, language=self.language)
        except SurveyError as exc:
            self.comparison = None
            self.headline.setText(message_of(exc))
            self.summary.clear()
            self.items.clear()
            self.detail.clear()
            return
        self._fill_summary()
        self._fill_items()

    def _size_panes(self) -> None:
        """The whole chart (legend included) when it fits in just over half the window, else it
        scrolls; the lists get the rest, the question list and its detail shared 3:2. Again at each
        resize until the user drags a handle (a smaller window used to keep the chart's height and
        squeeze the detail to its heading)."""
        if self._user_sized:
            return
        wanted = self.chart.sizeHint().height() + self.chart_title.sizeHint().height() + 16
        total = self.outer.height() or max(600, self.height())
        lower_minimum = self.lower.minimumSizeHint().height()
        chart = max(min(wanted, int(total * CHART_SHARE), total - lower_minimum), min(wanted, 120))
        width = self.lower.width() or max(900, self.width())
        right = self.right.height() or (total - chart)
        self._placing = True
        try:
            self.outer.setSizes([chart, max(0, total - chart)])
            self.lower.setSizes([int(width * 0.3), width - int(width * 0.3)])
            self.right.setSizes([int(right * 0.6), right - int(right * 0.6)])
        finally:
            self._placing = False

    def _splitter_moved(self, *_args: object) -> None:
        if not self._placing:
            self._user_sized = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_panes()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._sized:
            self._size_panes()

    def window_title(self) -> str:
        """"Year over year — Republic of Examplia, 2024 → 2026" for the pair compared."""
        title = self.tr("Year over year")
        comparison = self.comparison
        if comparison is None:
            return title
        old, new = comparison.old, comparison.new
        cycles = _count(old.cycle) if old.id == new.id else f"\u2066{old.cycle} → {new.cycle}\u2069"
        return f"{title} — {_isolated(new.state.name)}, {cycles}"

    def _headline_text(self) -> str:
        comparison = self.comparison
        assert comparison is not None
        counts = comparison.counts()
        total = sum(counts.values())
        parts = [f"{self._(STATUS_NAMES[s])}: {n}" for s, n in counts.items() if n and s is not ItemStatus.UNCHANGED]
        text = self.tr("%1 of %2 questions differ between %3 and %4").replace("%1", str(comparison.changed)) \
            .replace("%2", str(total)).replace("%3", str(comparison.old.cycle)).replace("%4", str(comparison.new.cycle))
        if comparison.old.id == comparison.new.id:
            text = self.tr("Choose two different cycles to compare.").rstrip(".。")
        text = f"{text} ({', '.join(parts)})" if parts else text
        text = self.tr("%1.", "a sentence ends").replace("%1", text)
        if comparison.carried:
            text += " " + self.tr("%1 answers carried forward are not yet reviewed.").replace("%1", str(comparison.carried))
        return text

    def _fill_summary(self) -> None:
        comparison = self.comparison
        assert comparison is not None
        self.headline.setText(self._headline_text())
        self.title_changed.emit(self.window_title())
        self.summary.blockSignals(True)
        self.summary.clear()
        every = QTreeWidgetItem([self.tr("All parts"), _count(comparison.changed)])
        every.setData(0, ROLE, None)
        self.summary.addTopLevelItem(every)
        for part in comparison.parts:
            node = QTreeWidgetItem([_isolated(part.title), _count(part.changed, part.total)])
            node.setData(0, ROLE, ("part", part.part_id))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.summary.addTopLevelItem(node)
            for section in part.sections:
                child = QTreeWidgetItem([_isolated(section.title), _count(section.changed, section.total)])
                child.setData(0, ROLE, ("section", section.part_id, section.section_id))
                child.setToolTip(0, section.title)
                node.addChild(child)
        self.summary.expandAll()
        self.summary.setCurrentItem(every)
        self.summary.blockSignals(False)

    def visible_rows(self) -> list[ItemComparison]:
        """The questions listed now: the chosen part or section, changes only when ticked."""
        if self.comparison is None:
            return []
        rows = self.comparison.items(changes_only=self.changes_only.isChecked())
        current = self.summary.currentItem()
        scope = current.data(0, ROLE) if current is not None else None
        if scope and scope[0] == "part":
            rows = [row for row in rows if row.part_id == scope[1]]
        elif scope and scope[0] == "section":
            rows = [row for row in rows if (row.part_id, row.section_id) == (scope[1], scope[2])]
        return rows

    def _fill_items(self) -> None:
        """Questions grouped under their section (a heading row, not selectable)."""
        self.items.blockSignals(True)
        self.items.clear()
        comparison = self.comparison
        titles = {}
        if comparison is not None:
            titles = {(p.part_id, s.section_id): f"{p.title} · {s.title}" for p in comparison.parts for s in p.sections}
        heading: QTreeWidgetItem | None = None
        current_key: tuple[str, str] | None = None
        for row in self.visible_rows():
            key = (row.part_id, row.section_id)
            if heading is None or key != current_key:
                current_key = key
                heading = QTreeWidgetItem([_isolated(titles.get(key, "")), ""])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setFirstColumnSpanned(True)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setForeground(0, QColor("#1f4e79"))
                self.items.addTopLevelItem(heading)
                heading.setFirstColumnSpanned(True)
            entry = QTreeWidgetItem([_isolated(row.label.replace("\n", " ")), self._(STATUS_NAMES[row.status])])
            entry.setData(0, ROLE, row.item_id)
            entry.setToolTip(0, row.label)
            entry.setForeground(1, QColor(STATUS_COLOURS[row.status]))
            if row.is_change:
                font = entry.font(1)
                font.setBold(True)
                entry.setFont(1, font)
            heading.addChild(entry)
        self.items.expandAll()
        self.items.blockSignals(False)
        entries = self.question_entries()
        if entries:
            self.items.setCurrentItem(entries[0])
        else:
            self.detail.setHtml(f"<p>{_escape(self.tr('No differences here.'))}</p>")
            self.open_button.setEnabled(False)

    def question_entries(self) -> list[QTreeWidgetItem]:
        """The rows of the question list (section headings left out), in order."""
        entries = []
        for index in range(self.items.topLevelItemCount()):
            heading = self.items.topLevelItem(index)
            entries += [heading.child(k) for k in range(heading.childCount())]
        return entries

    def _show_detail(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if current is None or self.comparison is None or current.data(0, ROLE) is None:
            self.detail.clear()
            self.open_button.setEnabled(False)
            return
        row = self.comparison.item(current.data(0, ROLE))
        self.detail.setHtml(self.detail_html(row))
        retired = row.status is ItemStatus.RETIRED_QUESTION
        self.open_button.setEnabled(not retired)

    def detail_html(self, row: ItemComparison) -> str:
        comparison = self.comparison
        assert comparison is not None
        empty = _escape(self.tr("(no answer)"))
        old_year, new_year = comparison.old.cycle, comparison.new.cycle
        parts = [f"<h3>{_escape(row.label)}</h3>"]
        status = _escape(self._(STATUS_NAMES[row.status]))
        renamed = _escape(self.tr(" (formerly %1)").replace("%1", row.renamed_from)) if row.renamed_from else ""
        carried = _escape(self.tr(" · carried forward, not yet reviewed")) if row.carried else ""
        parts.append(f'<p style="color:{STATUS_COLOURS[row.status]}"><b>{status}</b>{renamed}{carried}</p>')
        if row.item_type is ItemType.GROUP and row.rows:
            lines = []
            for change in row.rows:
                if change.kind == "added":
                    lines.append("+ " + segments_html([Segment(Op.INSERT, change.new_text)]))
                elif change.kind == "removed":
                    lines.append("− " + segments_html([Segment(Op.DELETE, change.old_text)]))
                else:
                    lines.append("~ " + segments_html(change.diff))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        elif row.is_change and row.diff and row.item_type in (ItemType.SHORT_TEXT, ItemType.LONG_TEXT, ItemType.MULTI_CHOICE):
            parts.append(f"<p>{segments_html(row.diff)}</p>")
        elif row.is_change:
            old = segments_html([Segment(Op.DELETE, row.old_text)]) if row.old_text else empty
            new = segments_html([Segment(Op.INSERT, row.new_text)]) if row.new_text else empty
            parts.append(f"<p>{old} &nbsp;→&nbsp; {new}</p>")
        parts.append("<hr>")
        parts.append(f"<p><b>{old_year}</b><br>{_escape(row.old_text) or empty}</p>")
        parts.append(f"<p><b>{new_year}</b><br>{_escape(row.new_text) or empty}</p>")
        return "".join(parts)

    # -- opening ----------------------------------------------------------------------------------
    def _open(self, entry: QTreeWidgetItem | None) -> None:
        if entry is None or self.comparison is None or entry.data(0, ROLE) is None:
            return
        row = self.comparison.item(entry.data(0, ROLE))
        if row.status is ItemStatus.RETIRED_QUESTION:
            return  # the newer questionnaire has no such question to show
        self.open_item_requested.emit(self.comparison.new.id, row.item_id)

    # -- PDF ----------------------------------------------------------------------------------------
    def _ask_pdf(self) -> None:
        if self.comparison is None:
            return
        new = self.comparison.new
        suggested = f"{new.state.name}-{self.comparison.old.cycle}-{new.cycle}-comparison.pdf"
        suggested = "".join(c if c.isalnum() or c in "-_." else "_" for c in suggested)
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the comparison as PDF"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, out: Path) -> JobSignals:
        """Write the PDF off the GUI thread (it only reads the comparison already made)."""
        from survey_app.compare.report_pdf import build_comparison_pdf

        comparison, grid, language = self.comparison, self.grid, self.language
        changes_only = self.changes_only.isChecked()
        self.pdf_button.setEnabled(False)
        signals = workers.start(
            lambda progress: build_comparison_pdf(
                comparison, out, grid=grid, language=language, changes_only=changes_only, progress=progress
            )
        )
        signals.finished.connect(self._pdf_saved)
        signals.failed.connect(self._pdf_failed)
        return signals

    def _pdf_saved(self, path: object) -> None:
        self.pdf_button.setEnabled(True)
        self.pdf_saved.emit(str(path))

    def _pdf_failed(self, message: str, details: str) -> None:
        self.pdf_button.setEnabled(True)
        box = dialogs.plain_box(QMessageBox.Icon.Warning, self.tr("The PDF was not saved"), message,
                                QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.open()

    def _cycle_clicked(self, response_id: int) -> None:
        """A click on a cycle in the chart compares that cycle with the newer one chosen."""
        new_id = self.new_combo.currentData()
        if response_id != new_id:
            self.select_pair(response_id, new_id)


class CompareWindow(QDialog):
    def __init__(self, view: CompareView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(view.window_title())
        view.title_changed.connect(self.setWindowTitle)
        self.setModal(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(view)
        self.resize(1100, 820)

    def retranslate(self) -> None:
        self.view.retranslate()
        self.setWindowTitle(self.view.window_title())


def _default_opener(parent: QWidget | None) -> OpenItem | None:
    """Without a callback: the main window's own way to open a response at a question, if it has one."""
    if parent is None:
        return None
    opener = getattr(parent, "open_item", None)
    if callable(opener):
        return opener
    open_response = getattr(parent, "open_response", None)
    if not callable(open_response):
        return None

    def open_at(response_id: int, item_id: str) -> None:
        current = getattr(getattr(parent, "session", None), "response", None)
        if getattr(current, "id", None) != response_id and not open_response(response_id):
            return
        view = getattr(parent, "response_view", None)
        if view is not None and hasattr(view, "go_to_item"):
            view.go_to_item(item_id)

    return open_at


def open_compare(
    parent: QWidget | None, store: Any, catalog: Any, response_id: int, *, on_open_item: OpenItem | None = None
) -> CompareWindow | None:
    """Open the comparison window for a response (against the State's previous cycle)."""
    try:
        view = CompareView(store, catalog, response_id)
    except SurveyError as exc:
        from survey_app.gui.errors import show_error, message_of

        show_error(parent, QCoreApplication.translate("CompareView", "Cannot compare"), exc)
        return None
    window = CompareWindow(view, parent)
    opener = on_open_item or _default_opener(parent)
    if opener is not None:
        def open_and_raise(rid: int, item_id: str) -> None:
            opener(rid, item_id)
            if parent is not None:
                parent.activateWindow()

        view.open_item_requested.connect(open_and_raise)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window
