"""Review: everything unanswered, invalid or carried-and-unconfirmed, each a link to its item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.session import ResponseSession
from survey_app.storage.api import Status

ITEM_ROLE = Qt.ItemDataRole.UserRole


class ReviewView(QWidget):
    item_chosen = Signal(str)
    finalise_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("reviewView")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 18, 24, 18)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        box.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.finalise_button = QPushButton(self)
        self.finalise_button.setObjectName("primaryButton")
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen_requested)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.finalise_button)
        box.addLayout(buttons)
        self.setFocusProxy(self.list)
        self._filled = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Review"))
        self.finalise_button.setText(self.tr("Finalise…"))
        self.finalise_button.setAccessibleName(self.tr("Finalise the response"))
        self.reopen_button.setText(self.tr("Reopen for editing…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the response for editing"))
        self.list.setAccessibleName(self.tr("Questions to check"))
        if self._filled:  # the list is filled when the review is first shown (ResponseView.show_review)
            self.refresh()

    def problems(self) -> list[tuple[str, str]]:
        """(item id, text) for each item that needs attention, in questionnaire order."""
        session = self.session
        found: list[tuple[str, str]] = []
        separator = "‹" if self.isRightToLeft() else "›"  # points from the part to the section
        for part, section, item in session.questionnaire.walk():
            if not item.has_value or not session.visible(item):
                continue
            where = f"{part.title} {separator} {section.title}"
            messages = session.messages(item)
            if messages:
                found.append((item.id, f"{item.label}\n    {where}\n    ⚠ {' '.join(messages)}"))
            elif not session.is_answered(item):
                found.append((item.id, f"{item.label}\n    {where}\n    " + self.tr("Not answered")))
            if session.is_carried(item.id):
                found.append((item.id, f"{item.label}\n    {where}\n    "
                              + self.tr("Carried forward, not yet confirmed")))
        return found

    def refresh(self) -> None:
        self._filled = True
        self.list.clear()
        problems = self.problems()
        for item_id, text in problems:
            entry = QListWidgetItem(text, self.list)
            entry.setData(ITEM_ROLE, item_id)
        final = self.session.response.status is Status.FINAL
        answered, answerable = self.session.progress()
        if final:
            status = self.tr("This response is final and read-only. Reopen it to make changes.")
        elif problems:
            status = self.tr("%1 of %2 questions answered. %3 points to check; choose one to go to it.")
            status = status.replace("%1", str(answered)).replace("%2", str(answerable))
            status = status.replace("%3", str(len(problems)))
        else:
            status = self.tr("Everything is answered and valid. You can finalise the response.")
        carried = len(self.session.unreviewed_carried())
        if carried and not final:
            status += " " + self.tr("%1 carried-forward answers are still to be confirmed.").replace("%1", str(carried))
        self.summary.setText(status)
        self.finalise_button.setVisible(not final)
        self.reopen_button.setVisible(final)

    def _activated(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ROLE)
        if item_id:
            self.item_chosen.emit(item_id)
