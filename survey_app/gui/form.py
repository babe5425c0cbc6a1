"""The form of one section: a card per item with its label, help, reference, editor and messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from survey_app.gui.flow_layout import FlowLayout
from survey_app.gui.item_widgets import ItemEditor, LongTextEditor, make_editor
from survey_app.gui.session import ResponseSession
from survey_app.questionnaire.model import Item, Section


def _label(text: str, parent: QWidget, *, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # questionnaire text is never interpreted as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _show(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


class ItemCard(QFrame):
    """One question: label, help, reference, extract on demand, editor, messages, tools.

    The parts most questions never show (help and reference when the item has none, the extract
    until asked for, the carried-forward banner, the message) are created when first needed, in an
    empty slot layout kept at their place: every widget of a card costs its creation, a style-sheet
    polish and layout on the section's first visit (benchmarks/bench_gui.py).
    """

    edited = Signal(str, object)
    history_requested = Signal(str)
    note_requested = Signal(str)
    confirm_requested = Signal(list)

    def __init__(self, item: Item, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.session = session
        self.setObjectName("itemCard")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(6)
        self.label = _label(item.label, self, name="itemLabel")
        box.addWidget(self.label)
        #: in an agency's workspace, on a question the lead did not ask: shown read-only, as context
        self.context_mark: QLabel | None = None
        if item.has_value and session.is_context(item.id):
            self.context_mark = _label("", self, name="muted")
            box.addWidget(self.context_mark)
            self.setProperty("context", True)  # for the style sheet: #itemCard[context="true"]
        self.help: QLabel | None = None
        if item.help:
            self.help = _label(item.help, self, name="itemHelp")
            box.addWidget(self.help)

        self.source: QLabel | None = None
        self.extract_button: QToolButton | None = None
        if item.source and not item.extract:
            self.source = _label(item.source, self, name="itemSource")
            box.addWidget(self.source)
        elif item.extract:
            # the button goes under the reference when both do not fit on a line (large text)
            reference = FlowLayout(spacing=10, last_at_end=True)
            if item.source:
                self.source = _label(item.source, self, name="itemSource")
                reference.addWidget(self.source)
            if item.extract:
                self.extract_button = QToolButton(self)
                self.extract_button.setCheckable(True)
                self.extract_button.setObjectName("linkButton")
                self.extract_button.toggled.connect(self._toggle_extract)
                reference.addWidget(self.extract_button)
            box.addLayout(reference)
        self._extract_slot = _slot(box)
        self._extract: QLabel | None = None
        self._carried_slot = _slot(box)
        self._carried: QFrame | None = None

        self.editor: ItemEditor | None = make_editor(item, self)
        if self.editor is not None:
            if isinstance(self.editor, LongTextEditor):
                self.editor.language = session.response.language  # words are counted in the answer's language
            self.editor.set_value(session.value(item.id))
            self.editor.committed.connect(lambda value: self.edited.emit(item.id, value))
            box.addWidget(self.editor)
            self.label.setBuddy(self.editor.focus_widget())

        self._message_slot = _slot(box)
        self._message: QLabel | None = None

        self.history_button: QToolButton | None = None
        self.note_button: QToolButton | None = None
        if item.has_value:
            tools = QHBoxLayout()
            tools.setContentsMargins(0, 0, 0, 0)
            tools.addStretch(1)
            self.history_button = QToolButton(self)
            self.history_button.setObjectName("linkButton")
            self.history_button.clicked.connect(lambda: self.history_requested.emit(item.id))
            self.note_button = QToolButton(self)
            self.note_button.setObjectName("linkButton")
            self.note_button.clicked.connect(lambda: self.note_requested.emit(item.id))
            tools.addWidget(self.history_button)
            tools.addWidget(self.note_button)
            box.addLayout(tools)
        else:
            self.setObjectName("noteCard")
        self.has_note = False
        self._read_only = False
        self.setProperty("problem", False)
        self.retranslate()

    # parts made when first needed -------------------------------------------------------------
    @property
    def extract(self) -> QLabel:
        if self._extract is None:
            self._extract = _label(self.item.extract, self, name="itemExtract")
            self._extract.setVisible(False)
            self._extract_slot.addWidget(self._extract)
        return self._extract

    @property
    def carried(self) -> QFrame:
        """The "carried forward, check it" banner with its Confirm button."""
        if self._carried is None:
            self._carried = QFrame(self)
            self._carried.setObjectName("carriedBanner")
            self._carried.setVisible(False)
            carried_box = QHBoxLayout(self._carried)
            carried_box.setContentsMargins(8, 4, 8, 4)
            self.carried_text = _label("", self._carried)
            carried_box.addWidget(self.carried_text, 1)
            self.confirm_button = QPushButton(self._carried)
            self.confirm_button.clicked.connect(lambda: self.confirm_requested.emit([self.item.id]))
            carried_box.addWidget(self.confirm_button)
            self._carried_slot.addWidget(self._carried)
            self._retranslate_carried()
        return self._carried

    @property
    def message(self) -> QLabel:
        """What is wrong with the answer, under the editor."""
        if self._message is None:
            self._message = _label("", self, name="itemMessage")
            self._message.setVisible(False)
            self._message_slot.addWidget(self._message)
        return self._message

    # texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        label = self.item.label
        if self.extract_button is not None:
            self.extract_button.setText(self.tr("Hide extract") if self.extract_button.isChecked()
                                        else self.tr("Show extract"))
            self.extract_button.setAccessibleName(self.tr("Show the extract: %1").replace("%1", label))
        if self._carried is not None:
            self._retranslate_carried()
        if self.history_button is not None and self.note_button is not None:
            self.history_button.setText(self.tr("History"))
            self.history_button.setAccessibleName(self.tr("History of the answer: %1").replace("%1", label))
            self.note_button.setText(self.tr("Note (private)") + (" ●" if self.has_note else ""))
            self.note_button.setAccessibleName(self.tr("Private note: %1").replace("%1", label))
        if self.source is not None:
            self.source.setText(self.tr("Reference: %1").replace("%1", self.item.source))
        if self.context_mark is not None:
            self.context_mark.setText(self.tr("Context from the lead — not asked of your agency"))
        if self.editor is not None:
            self.editor.retranslate()

    def _retranslate_carried(self) -> None:
        self.carried_text.setText(self.tr("Carried forward from the previous cycle: check it is still right."))
        self.confirm_button.setText(self.tr("Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the carried answer: %1").replace("%1", self.item.label))

    def _toggle_extract(self, shown: bool) -> None:
        self.extract.setVisible(shown)
        if self.extract_button is not None:
            self.extract_button.setText(self.tr("Hide extract") if shown else self.tr("Show extract"))

    def set_has_note(self, has_note: bool) -> None:
        if has_note == self.has_note:
            return
        self.has_note = has_note
        self.retranslate()

    def refresh(self, *, reload_value: bool = False) -> None:
        """Show the current state; widgets are touched only when something changed (opening a
        section of the NSI spent most of its time re-showing and re-polishing unchanged widgets)."""
        session = self.session
        _show(self, session.visible(self.item))
        read_only = not session.is_editable(self.item.id)
        if self.editor is not None:
            if reload_value:
                self.editor.set_value(session.value(self.item.id))
            if read_only != self._read_only:
                self.editor.set_read_only(read_only)
        self._read_only = read_only
        messages = session.messages(self.item)
        if messages or self._message is not None:
            text = "\n".join(messages)
            if text != self.message.text():
                self.message.setText(text)
            _show(self.message, bool(messages))
        carried = session.is_carried(self.item.id)
        if carried or self._carried is not None:
            _show(self.carried, carried)
            self.confirm_button.setEnabled(not read_only)
        if self.property("problem") != bool(messages):
            self.setProperty("problem", bool(messages))
            self.style().unpolish(self)
            self.style().polish(self)

    def flush(self) -> None:
        if self.editor is not None:
            self.editor.flush()


def _slot(box: QVBoxLayout) -> QVBoxLayout:
    """An empty place in `box` for a widget made later (an empty layout takes no room or spacing)."""
    slot = QVBoxLayout()
    slot.setContentsMargins(0, 0, 0, 0)
    box.addLayout(slot)
    return slot


class SectionPage(QWidget):
    """All items of one section, with the section's title, introduction and reference."""

    def __init__(self, section: Section, session: ResponseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.session = session
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.title = _label(section.title, self, name="sectionTitle")
        box.addWidget(self.title)
        self.source = _label(section.source, self, name="itemSource")
        self.source.setVisible(bool(section.source))
        box.addWidget(self.source)
        self.intro = _label(section.intro, self, name="sectionIntro")
        self.intro.setVisible(bool(section.intro))
        box.addWidget(self.intro)
        confirm_line = QHBoxLayout()
        self.confirm_all = QPushButton(self)
        self.confirm_all.clicked.connect(self._confirm_all)
        confirm_line.addWidget(self.confirm_all)
        confirm_line.addStretch(1)
        box.addLayout(confirm_line)
        self.cards: dict[str, ItemCard] = {}
        for item in section.items:
            card = ItemCard(item, session, self)
            self.cards[item.id] = card
            box.addWidget(card)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.confirm_all.setText(self.tr("Confirm all carried answers in this section"))
        self.confirm_all.setAccessibleName(self.confirm_all.text())
        if self.section.source:
            self.source.setText(self.tr("Reference: %1").replace("%1", self.section.source))
        for card in self.cards.values():
            card.retranslate()

    def _confirm_all(self) -> None:
        ids = [item_id for item_id in self.cards if self.session.is_carried(item_id)
               and self.session.is_editable(item_id)]
        if ids and self.cards:
            next(iter(self.cards.values())).confirm_requested.emit(ids)

    def refresh(self, *, reload_values: bool = False) -> None:
        for card in self.cards.values():
            card.refresh(reload_value=reload_values)
        carried = any(self.session.is_carried(i) and self.session.is_editable(i) for i in self.cards)
        self.confirm_all.setVisible(carried)

    def flush(self) -> None:
        for card in self.cards.values():
            card.flush()

    def focus_item(self, item_id: str) -> QWidget | None:
        card = self.cards.get(item_id)
        if card is None:
            return None
        if card.editor is not None:
            card.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return card

    def first_focus(self) -> None:
        for card in self.cards.values():
            if card.isVisibleTo(self) and card.editor is not None:
                card.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def values_by_card(self) -> dict[str, Any]:
        return {key: card.editor.value() for key, card in self.cards.items() if card.editor is not None}
