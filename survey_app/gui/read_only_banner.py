"""The banner at the top of the form when the response cannot be changed: final, or the database
opened read-only. The status bar alone was too easy to miss: people typed and saw nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from survey_app.gui.session import ResponseSession
from survey_app.storage.api import Status


class ReadOnlyBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        box = QHBoxLayout(self)
        box.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel(self)
        self.text.setObjectName("readOnlyText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        box.addWidget(self.text, 1)
        self.reopen_button = QPushButton(self)
        box.addWidget(self.reopen_button)
        self.hide()

    def show_for(self, session: ResponseSession) -> None:
        """Shown while the response is read-only, with the reason and, for a final response, Reopen."""
        database_read_only = bool(getattr(session.store, "read_only", False))
        final = session.response.status is Status.FINAL
        if database_read_only:
            self.text.setText(self.tr("This database is open read-only: you can look at the answers but "
                                      "not change them."))
        elif final:
            self.text.setText(self.tr("This response is final and read-only. Reopen it to make changes."))
        self.reopen_button.setText(self.tr("Reopen for editing…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the response for editing"))
        self.reopen_button.setVisible(final and not database_read_only)
        self.setAccessibleName(self.text.text())
        self.setVisible(database_read_only or final)
