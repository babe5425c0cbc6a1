"""Find (Ctrl+F): search the questions and the answers of the open response."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from survey_app.gui import rules
from survey_app.gui.session import ResponseSession

ITEM_ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 200


#: characters of an answer shown around its first match
SNIPPET_LENGTH = 110
#: of which before the match, so the matched words are never cut off the end
SNIPPET_BEFORE = 40


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def snippet(text: str, query: str, *, length: int = SNIPPET_LENGTH, before: int = SNIPPET_BEFORE) -> str:
    """The part of `text` around the first match of `query`, on one line, with "…" where cut.

    Showing the start of the answer (answer[:160]) often left the matched words out of sight.
    """
    line = " ".join(text.split())  # the rows of a group answer are on lines of their own
    words = query.split()
    start = 0
    if words:
        pattern = r"\s+".join(re.escape(word) for word in words)
        found = re.search(pattern, line, re.IGNORECASE)
        if found is not None:
            start = found.start()
    if len(line) <= length:
        return line
    begin = max(0, min(start - before, len(line) - length))
    if begin > 0:  # start at a word, not in the middle of one
        space = line.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    end = min(len(line), begin + length)
    if end < len(line):
        space = line.rfind(" ", max(start, begin + length // 2), end)
        end = space if space > 0 else end
    return ("…" if begin > 0 else "") + line[begin:end].strip() + ("…" if end < len(line) else "")


class SearchDialog(QDialog):
    item_chosen = Signal(str)

    def __init__(self, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Find"))
        self.resize(640, 460)
        box = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Words in a question or an answer"))
        self.query.setAccessibleName(self.tr("Search for"))
        self.query.setClearButtonEnabled(True)
        box.addWidget(self.query)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setWordWrap(True)
        box.addWidget(self.results, 1)
        self.count = QLabel(self)
        box.addWidget(self.count)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self._first)
        self.results.itemActivated.connect(self._chosen)
        self.search("")

    def search(self, text: str) -> None:
        self.results.clear()
        needle = _fold(text)
        found = 0
        if needle:
            values = self.session.values()
            for _part, section, item in self.session.questionnaire.walk():
                answer = rules.display_text(item, values.get(item.id), self.session.language) if item.has_value else ""
                haystack = _fold(" ".join((item.label, item.help, item.source, answer)))
                if needle in haystack:
                    shown = f"{item.label}\n    {section.title}"
                    if answer and needle in _fold(answer):
                        shown += "\n    " + self.tr("Answer: %1").replace("%1", snippet(answer, text))
                    entry = QListWidgetItem(shown, self.results)
                    entry.setData(ITEM_ROLE, item.id)
                    found += 1
                    if found >= MAX_RESULTS:
                        break
        self.count.setText(self.tr("%1 found").replace("%1", str(found)) if needle else "")

    def _first(self) -> None:
        if self.results.count():
            self._chosen(self.results.item(0))

    def _chosen(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ROLE)
        if item_id:
            self.item_chosen.emit(item_id)
            self.accept()
