"""The bar above an open response: what it is (State, cycle, questionnaire) and its progress on the
first line, the buttons below.

The title has a line of its own (with the progress) so that it never collapses to nothing, and the
buttons wrap onto another line when the window is narrow, the text large or the language long:
one line of everything made the window wider than a 1024 px screen at 14 pt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from survey_app.gui.elided_label import ElidedLabel
from survey_app.gui.flow_layout import FlowLayout, flow_policy

#: the progress bar is never narrower than this, nor wider than its text needs
PROGRESS_MIN_WIDTH = 150


class ResponseBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet's background
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(6)
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        self.title = ElidedLabel(self)
        self.title.setObjectName("responseTitle")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        first.addWidget(self.title, 1)
        first.addWidget(self.progress)
        box.addLayout(first)

        self.buttons_area = QWidget(self)
        flow_policy(self.buttons_area)
        self.flow = FlowLayout(self.buttons_area)
        self.back_button = QPushButton(self.buttons_area)
        self.form_button = QPushButton(self.buttons_area)
        self.review_button = QPushButton(self.buttons_area)
        self.pdf_button = QPushButton(self.buttons_area)
        self.json_button = QPushButton(self.buttons_area)
        self.compare_button = QPushButton(self.buttons_area)
        for button in self.buttons():
            self.flow.addWidget(button)
        box.addWidget(self.buttons_area)

    def buttons(self) -> list[QPushButton]:
        return [self.back_button, self.form_button, self.review_button, self.pdf_button, self.json_button,
                self.compare_button]

    def set_progress(self, answered: int, answerable: int, text: str) -> None:
        self.progress.setMaximum(max(answerable, 1))
        self.progress.setValue(answered)
        self._text = text
        self._compact = f"\u2066{answered}/{answerable}\u2069"  # "12/40" left to right in every layout
        self.progress.setToolTip(text)
        self.progress.setAccessibleDescription(text)
        self.fit_progress()

    def fit_progress(self) -> None:
        """As wide as its text (which grows with the zoom) up to half the bar, where the title needs the
        rest; when the words do not fit there, only the numbers ("12/40", the words in the tool tip)."""
        text = getattr(self, "_text", "")
        metrics = self.progress.fontMetrics()
        limit = max(PROGRESS_MIN_WIDTH, self.width() // 2) if self.width() > 0 else 10_000
        wanted = metrics.horizontalAdvance(text) + 36
        if wanted > limit:
            text = self._compact
            wanted = metrics.horizontalAdvance(text) + 36
        if self.progress.format() != text:
            self.progress.setFormat(text)
        self.progress.setFixedWidth(max(PROGRESS_MIN_WIDTH, min(wanted, limit)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_progress()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit_progress()
