"""The navigator: parts and sections with a completion mark and counts for each, and a mark on the
sections with questions out with another agency (a contribution request not merged yet)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from survey_app.gui import rules
from survey_app.gui.session import ResponseSession, SectionCounts

SECTION_ROLE = Qt.ItemDataRole.UserRole
#: counts end-aligned (mirrored in Arabic by Qt: AlignTrailing follows the layout direction)
COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
MARK_DONE = "✔"
MARK_PARTLY = "◐"
MARK_EMPTY = "○"
MARK_PROBLEM = "!"
#: carried forward from the previous cycle and not yet confirmed
MARK_CARRIED = "↻"
#: questions of the section are out with another agency (docs/contributions.md)
MARK_OUT = "↗"


def mark(counts: SectionCounts) -> str:
    if counts.problems:
        return MARK_PROBLEM
    if counts.answerable == 0 or counts.complete:
        return MARK_DONE
    return MARK_PARTLY if counts.answered else MARK_EMPTY


class Navigator(QTreeWidget):
    section_chosen = Signal(str)

    def __init__(self, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("navigator")
        # title | counts | mark: the mark in a column of its own stays in line whatever the counts
        # ("9/9" and "16/16"); the counts are aligned on their end, so the "/" roughly lines up too
        self.setColumnCount(3)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # the titles are elided instead (the counts must stay in view)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setMinimumSectionSize(8)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._parts: dict[str, QTreeWidgetItem] = {}
        #: section id -> the agencies some of its questions are out with
        self._out_with: dict[str, list[str]] = {}
        for part in session.questionnaire.parts:
            part_item = QTreeWidgetItem(self, [part.title, "", ""])
            part_item.setTextAlignment(1, COUNT_ALIGNMENT)
            part_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = part_item.font(0)
            font.setBold(True)
            part_item.setFont(0, font)
            part_item.setToolTip(0, part.title)
            self._parts[part.id] = part_item
            for section in part.sections:
                child = QTreeWidgetItem(part_item, [section.title, "", ""])
                child.setTextAlignment(1, COUNT_ALIGNMENT)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
                child.setData(0, SECTION_ROLE, section.id)
                child.setToolTip(0, section.title)
                self._items[section.id] = child
            part_item.setExpanded(True)
        self.currentItemChanged.connect(self._changed)
        self._out_with = self.sections_out_with()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Parts and sections"))
        self.refresh()

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        section_id = current.data(0, SECTION_ROLE)
        if section_id:
            self.section_chosen.emit(section_id)

    def select(self, section_id: str) -> None:
        item = self._items.get(section_id)
        if item is not None and self.currentItem() is not item:
            self.setCurrentItem(item)

    def counts_width(self) -> int:
        """The width the counts and marks take, with the indentation of a section's title."""
        header = self.header()
        return header.sectionSize(1) + header.sectionSize(2) + self.indentation() + 2 * self.frameWidth() + 24

    def section_ids(self) -> list[str]:
        return list(self._items)

    def sections_out_with(self) -> dict[str, list[str]]:
        """Section id -> the agencies its questions are out with, read from the database (one query)."""
        from survey_app.storage.contributions import sections_out

        session = self.session
        out: dict[str, list[str]] = {}
        for item_id, agencies in sections_out(session.store, session.response.id).items():
            if not session.questionnaire.has_item(item_id):
                continue  # a retired question
            names = out.setdefault(session.section_of(item_id).id, [])
            names += [agency for agency in agencies if agency not in names]
        return out

    def set_out_with(self, sections: Mapping[str, Sequence[str]]) -> None:
        """Mark the sections out with other agencies (section id -> agencies); the others unmarked."""
        self._out_with = {section_id: list(agencies) for section_id, agencies in sections.items() if agencies}
        self.refresh()

    def out_with(self, section_id: str) -> list[str]:
        return list(self._out_with.get(section_id, ()))

    def refresh(self) -> None:
        session = self.session
        for part in session.questionnaire.parts:
            part_answered = part_answerable = 0
            for section in part.sections:
                counts = session.section_counts(section)
                part_answered += counts.answered
                part_answerable += counts.answerable
                item = self._items[section.id]
                if session.is_contribution and counts.answerable == 0:  # nothing asked here: context only
                    spoken = self.tr("Context from the lead: nothing to answer here")
                    item.setText(1, "")
                    item.setText(2, "")
                    item.setForeground(0, self.palette().placeholderText())
                    for column in (0, 1, 2):
                        item.setToolTip(column, section.title + "\n" + spoken if column == 0 else spoken)
                        item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
                    continue
                text = f"{counts.answered}/{counts.answerable}"
                spoken = self.tr("%1 of %2 answered").replace("%1", str(counts.answered)).replace(
                    "%2", str(counts.answerable))
                if counts.carried:  # compact here (section titles need the width); in words in the tip
                    text += f"  {MARK_CARRIED}{counts.carried}"
                    spoken += "; " + self.tr("%1 to confirm").replace("%1", str(counts.carried))
                agencies = self._out_with.get(section.id)
                title_tip = section.title
                if agencies:  # next to the counts, which stay in view (a long title is elided)
                    text += f"  {MARK_OUT}"
                    out = self.tr("Out with: %1").replace("%1", ", ".join(rules.isolate(a) for a in agencies))
                    spoken += "; " + out
                    title_tip += "\n" + out
                item.setText(1, text)
                item.setText(2, mark(counts))
                item.setToolTip(0, title_tip)
                for column in (1, 2):
                    item.setToolTip(column, spoken)
                    item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
            self._parts[part.id].setText(1, f"{part_answered}/{part_answerable}")
