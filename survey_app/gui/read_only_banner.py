"""The banner at the top of the form: why the response cannot be changed (final, or the database
opened read-only), and, in an agency's workspace, who asked for the contribution, by when, the
lead's message and "Return to lead…". The status bar alone was too easy to miss: people typed and
saw nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import rules
from survey_app.gui.session import ResponseSession
from survey_app.storage import contributions
from survey_app.storage.api import Status

#: how much of the lead's message the banner shows (up to 10,000 characters may come)
MESSAGE_PREVIEW_CHARS = 320


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the lead's words are never interpreted as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadOnlyBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.setSpacing(6)

        # the contribution asked of this agency (a workspace only)
        self.contribution = QWidget(self)
        contribution_box = QHBoxLayout(self.contribution)
        contribution_box.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.contribution_text = _label(self.contribution, "readOnlyText")
        self.lead_message = _label(self.contribution, "leadMessage")
        self.whole_message_button = QToolButton(self.contribution)
        self.whole_message_button.setObjectName("linkButton")
        self.whole_message_button.clicked.connect(self._show_whole_message)
        self.message = ""
        texts.addWidget(self.contribution_text)
        texts.addWidget(self.lead_message)
        texts.addWidget(self.whole_message_button, 0, Qt.AlignmentFlag.AlignLeading)
        contribution_box.addLayout(texts, 1)
        self.return_button = QPushButton(self.contribution)
        self.return_button.clicked.connect(self._return_to_lead)
        contribution_box.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.contribution)

        # why nothing can be changed
        self.read_only = QWidget(self)
        box = QHBoxLayout(self.read_only)
        box.setContentsMargins(0, 0, 0, 0)
        self.text = _label(self.read_only, "readOnlyText")
        box.addWidget(self.text, 1)
        self.reopen_button = QPushButton(self.read_only)
        box.addWidget(self.reopen_button)
        outer.addWidget(self.read_only)
        self.hide()

    def show_for(self, session: ResponseSession) -> None:
        """Shown while the response is read-only, with the reason and, for a final response, Reopen;
        and for an agency's workspace, with the request and Return to lead."""
        database_read_only = bool(getattr(session.store, "read_only", False))
        final = session.response.status is Status.FINAL
        if database_read_only:
            self.text.setText(self.tr("This database is open read-only: you can look at the answers but "
                                      "not change them."))
        elif final:
            self.text.setText(self.tr("This response is final and read-only. Reopen it to make changes."))
        self.reopen_button.setText(self.tr("Reopen for editing…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the response for editing"))
        self.return_button.setText(self.tr("Return to lead…"))
        self.return_button.setAccessibleName(self.tr("Return the answers to the lead ministry"))
        self.whole_message_button.setText(self.tr("Read the whole message"))
        self.whole_message_button.setAccessibleName(self.tr("Read the lead's whole message"))
        self.reopen_button.setVisible(final and not database_read_only)
        self.read_only.setVisible(database_read_only or final)
        workspace = contributions.workspace(session.store, session.response.id) \
            if session.response.is_contribution else None
        if workspace is not None:
            self._show_request(workspace.request, session)
        self.contribution.setVisible(workspace is not None)
        shown = [label.text() for label in (self.contribution_text, self.lead_message, self.text)
                 if label.isVisibleTo(self)]
        self.setAccessibleName(" ".join(shown))
        self.setVisible(database_read_only or final or workspace is not None)

    def _show_request(self, request: dict, session: ResponseSession) -> None:
        lead = request.get("lead")
        r = session.response
        text = self.tr("Contribution requested by %1 (%2, %3)") if not request.get("due") else \
            self.tr("Contribution requested by %1 (%2, %3) — due %4")
        self.contribution_text.setText(
            text.replace("%1", rules.isolate(lead_name(lead) or self.tr("the lead ministry")))
            .replace("%2", rules.isolate(r.state.name)).replace("%3", str(r.cycle))
            .replace("%4", rules.isolate_ltr(str(request.get("due") or ""))))
        self.message = str(request.get("message") or "").strip()
        shown = self.message
        if len(shown) > MESSAGE_PREVIEW_CHARS:  # the banner stays a banner; the rest on demand
            shown = shown[:MESSAGE_PREVIEW_CHARS].rsplit(None, 1)[0] + " …"
        # each line isolated: a message in Arabic reads right to left in an English interface too
        lines = "\n".join(rules.isolate(line) for line in shown.splitlines())
        self.lead_message.setText(self.tr("Message from the lead: %1").replace("%1", lines) if shown else "")
        self.lead_message.setVisible(bool(shown))
        self.whole_message_button.setVisible(shown != self.message)

    def _show_whole_message(self) -> None:
        from survey_app.gui import dialogs

        dialogs.inform(self, self.tr("Message from the lead"), self.message)

    def _return_to_lead(self) -> None:
        from survey_app.gui import contribution_agency

        contribution_agency.return_to_lead(self.window())


def lead_name(lead: object) -> str:
    """Who asked (a request's "lead"): the lead ministry as the lead's response names it, else the
    person who sent it; "" when the request names neither."""
    if not isinstance(lead, dict):
        return ""
    for key in ("ministry", "sent_by"):
        value = lead.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""
