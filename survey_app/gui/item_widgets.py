"""One editor widget per item type (the choice editors are in choice_widgets.py). Each shows a
value and emits `committed(value)` when edited.

Text is committed after a short pause in typing (500 ms) and when the field loses focus, so an
answer is saved as it is written without one write per key press. Numbers are stored without the
user's locale (decimal point "."), dates as ISO "YYYY-MM-DD".
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import rules
from survey_app.questionnaire.model import Item, ItemType

TYPING_PAUSE_MS = 500
#: single_choice lists longer than this use a drop-down list instead of radio buttons
MAX_RADIO_CHOICES = 7
OTHER_VALUE = "other"


class ItemEditor(QWidget):
    """Base class: `set_value` shows a value without emitting; `committed` carries user edits."""

    committed = Signal(object)

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._loading = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the editor's own fixed texts again (after a language switch)."""

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QPlainTextEdit)):
                child.setReadOnly(read_only)
            elif isinstance(child, (QCheckBox, QRadioButton, QComboBox, QDateEdit, QPushButton)):
                child.setEnabled(not read_only)

    def flush(self) -> None:
        """Commit anything typed but not yet committed (before closing or switching)."""

    def _emit(self) -> None:
        if not self._loading:
            self.committed.emit(self.value())

    def focus_widget(self) -> QWidget:
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled():
                return child
        return self


def set_text_direction(widget: QWidget, text: str, owner: QWidget) -> None:
    """Lay out `widget` in the direction of `text` (Arabic right to left in any interface); for a
    text without letters, in the direction of `owner`."""
    direction = rules.text_direction(text)
    if direction is None:
        widget.setLayoutDirection(owner.layoutDirection())
    else:
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "R"
                                  else Qt.LayoutDirection.LeftToRight)


def follow_text_direction(edit: QLineEdit, owner: QWidget) -> None:
    """Lay out `edit` in the direction of what is typed in it; when empty, that of `owner`."""
    edit.textChanged.connect(lambda text: set_text_direction(edit, text, owner))


class _FocusOut(QObject):
    """Calls `callback` when the watched widget loses focus."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class _TypingEditor(ItemEditor):
    """Shared pause/focus-out commit logic for text-like editors."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(_FocusOut(self.flush, widget))

    def _typed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._emit()


class ShortTextEditor(_TypingEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(2000)
        self.edit.setAccessibleName(item.label)
        self.edit.textEdited.connect(self._typed)
        follow_text_direction(self.edit, self)
        self._watch(self.edit)
        self.layout_.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> Any:
        return self.edit.text().strip() or None


class LongTextEditor(_TypingEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(item.label)
        self.edit.setMinimumHeight(110)
        self.edit.textChanged.connect(self._typed)
        self.edit.textChanged.connect(self._update_count)
        self._watch(self.edit)
        self.layout_.addWidget(self.edit)
        self.counter = QLabel(self)
        self.counter.setObjectName("wordCounter")
        self.counter.setVisible(item.word_limit is not None)
        self.layout_.addWidget(self.counter)
        self.language = "en"
        self._update_count()

    def retranslate(self) -> None:
        self._update_count()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))
        self._update_count()

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _update_count(self) -> None:
        if self.item.word_limit is None:
            return
        words = count_words(self.edit.toPlainText(), self.language)
        limit = self.item.word_limit
        self.counter.setText(self.tr("%1 of %2 words").replace("%1", str(words)).replace("%2", str(limit)))
        over = words > limit
        if self.counter.property("over") != over:  # styled by #wordCounter[over="true"] in style.py
            self.counter.setProperty("over", over)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)


def count_words(text: str, language: str) -> int:
    try:
        from survey_app.questionnaire.wordcount import count_words as core_count

        return int(core_count(text, language))
    except Exception:
        return len(text.split())


class NumberEditor(_TypingEditor):
    """Integer or decimal: digits only, '.' or ',' accepted as decimal mark, stored with '.'."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(item.label)
        self.edit.setMaximumWidth(220)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pattern = r"-?\d{0,18}" if item.type is ItemType.INTEGER else r"-?\d{0,18}([.,]\d{0,12})?"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.edit))
        self.edit.textEdited.connect(self._typed)
        self._watch(self.edit)
        self.layout_.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", ".")
        if text in ("", "-", ".", "-."):
            return None
        if self.item.type is ItemType.INTEGER:
            try:
                return int(text)
            except ValueError:
                return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return format(number, "f")


class _DateEdit(QDateEdit):
    """A QDateEdit whose "no date" state starts from today when the user types or steps.

    Without this, typing "2021-03-15" into "No date" produced garbage and the arrow keys started
    from the year 1800.
    """

    def __init__(self, no_date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.no_date = no_date

    def _leave_no_date(self) -> None:
        if self.date() == self.no_date:
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.date() == self.no_date:
            self._leave_no_date()
            return
        if event.text().isdigit():
            self._leave_no_date()
        elif event.text() in ("-", "/", ".") and self._after_separator():
            return  # Qt moved on by itself after a full section: typing "2021-03-15" must not skip one
        super().keyPressEvent(event)

    def _after_separator(self) -> bool:
        line = self.lineEdit()
        position = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return position > 0 and line.text()[position - 1] == "-"

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.date() == self.no_date:
            self._leave_no_date()
            return
        super().stepBy(steps)


class DateEditor(ItemEditor):
    """A date with a clear "no date" state (the minimum date shows as "No date")."""

    NO_DATE = QDate(1800, 1, 1)

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = _DateEdit(self.NO_DATE, self)
        # ISO dates with Western digits in every language (as stored and as typed; an Arabic locale
        # would show "١٢-٠٢-٢٠٢٣"); the calendar keeps the interface language's month names
        self.edit.setLocale(QLocale.c())
        # before the format: a right-to-left QDateEdit reverses its sections ("12-02-2023")
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(self.NO_DATE)
        self.edit.setMaximumDate(QDate(2999, 12, 31))
        self.edit.setCalendarPopup(True)
        self.edit.calendarWidget().setLocale(QLocale())
        self.edit.setAccessibleName(item.label)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDate(self.NO_DATE)
        self.edit.editingFinished.connect(self._emit)
        self.edit.calendarWidget().clicked.connect(lambda *_: self._emit())
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self._clear)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        # the clear button only where there is a date to clear ("No date" twice side by side confused)
        self.edit.dateChanged.connect(lambda date: self.clear_button.setVisible(date != self.NO_DATE))
        self.clear_button.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(self.tr("No date"))
        self.clear_button.setText(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date: %1").replace("%1", self.item.label))

    def _clear(self) -> None:
        self.edit.setDate(self.NO_DATE)
        self._emit()

    def _show(self, value: Any) -> None:
        date = QDate.fromString(str(value), "yyyy-MM-dd") if value else self.NO_DATE
        self.edit.setDate(date if date.isValid() else self.NO_DATE)

    def value(self) -> Any:
        date = self.edit.date()
        if date == self.NO_DATE or not date.isValid():
            return None
        return date.toString("yyyy-MM-dd")


def make_editor(item: Item, parent: QWidget | None = None) -> ItemEditor | None:
    """The editor for an item, or None for display-only items (notes) and groups."""
    kind = item.type
    if kind is ItemType.SHORT_TEXT:
        return ShortTextEditor(item, parent)
    if kind is ItemType.LONG_TEXT:
        return LongTextEditor(item, parent)
    if kind in (ItemType.INTEGER, ItemType.DECIMAL):
        return NumberEditor(item, parent)
    if kind is ItemType.DATE:
        return DateEditor(item, parent)
    from survey_app.gui.choice_widgets import (
        ChoiceEditor,
        ComboChoiceEditor,
        MultiChoiceEditor,
        YesNoEditor,
        choices_of,
    )

    if kind is ItemType.YES_NO:
        return YesNoEditor(item, parent)
    if kind is ItemType.SCALE:
        return ChoiceEditor(item, parent)
    if kind is ItemType.SINGLE_CHOICE:
        if len(choices_of(item)) > MAX_RADIO_CHOICES:
            return ComboChoiceEditor(item, parent)
        return ChoiceEditor(item, parent)
    if kind is ItemType.MULTI_CHOICE:
        return MultiChoiceEditor(item, parent)
    if kind is ItemType.GROUP:
        from survey_app.gui.group_widget import GroupEditor

        return GroupEditor(item, parent)
    return None
