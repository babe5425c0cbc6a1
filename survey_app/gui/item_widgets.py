"""One editor widget per item type. Each shows a value and emits `committed(value)` when edited.

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
    QButtonGroup,
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
from survey_app.questionnaire.model import Choice, Item, ItemType

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


def follow_text_direction(edit: QLineEdit, owner: QWidget) -> None:
    """Lay out `edit` in the direction of what is typed in it (Arabic right to left in any interface);
    when empty it takes the direction of `owner`."""

    def update(text: str) -> None:
        direction = rules.text_direction(text)
        if direction is None:
            edit.setLayoutDirection(owner.layoutDirection())
        else:
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "R"
                                    else Qt.LayoutDirection.LeftToRight)

    edit.textChanged.connect(update)


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
        self.counter.setProperty("over", words > limit)
        self.counter.setStyleSheet("color: #a1260d; font-weight: bold;" if words > limit else "color: #555;")


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


class _RadioEditor(ItemEditor):
    """Radio buttons for (value, label) options; the value None means "no answer"."""

    def __init__(self, item: Item, options: list[tuple[Any, str]], *, horizontal: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, QRadioButton] = {}
        container = QHBoxLayout() if horizontal else QVBoxLayout()
        container.setContentsMargins(0, 0, 0, 0)
        for value, label in options:
            button = QRadioButton(label, self)
            button.setAccessibleName(f"{item.label}: {label}")
            button.setObjectName("noAnswer" if value is None else "")
            self.group.addButton(button)
            self.buttons[value] = button
            container.addWidget(button)
            button.toggled.connect(self._toggled)
        if horizontal:
            container.addStretch(1)
        self.layout_.addLayout(container)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._emit()

    def _set_fixed_label(self, value: Any, label: str) -> None:
        button = self.buttons.get(value)
        if button is not None:
            button.setText(label)
            button.setAccessibleName(f"{self.item.label}: {label}")

    def _show(self, value: Any) -> None:
        button = self.buttons.get(value)
        if button is None:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None


class YesNoEditor(_RadioEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        options = [(True, self.tr("Yes")), (False, self.tr("No")), (None, self.tr("No answer"))]
        super().__init__(item, options, horizontal=True, parent=parent)

    def retranslate(self) -> None:
        self._set_fixed_label(True, self.tr("Yes"))
        self._set_fixed_label(False, self.tr("No"))
        self._set_fixed_label(None, self.tr("No answer"))

    def _show(self, value: Any) -> None:
        self.buttons[value if isinstance(value, bool) else None].setChecked(True)


def _choices(item: Item) -> tuple[Choice, ...]:
    return item.choice_list.choices if item.choice_list is not None else ()


class ChoiceEditor(_RadioEditor):
    """single_choice (radio buttons) and scale (a row of levels); "No answer" clears."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        options: list[tuple[Any, str]] = [(c.value, c.label) for c in _choices(item)]
        longest = max((len(label) for _v, label in options), default=0)
        horizontal = item.type is ItemType.SCALE and longest * len(options) <= 70
        options.append((None, self.tr("No answer")))
        super().__init__(item, options, horizontal=horizontal, parent=parent)
        self._show(None)

    def retranslate(self) -> None:
        self._set_fixed_label(None, self.tr("No answer"))

    def _show(self, value: Any) -> None:
        self.buttons[value if value in self.buttons else None].setChecked(True)


class ComboChoiceEditor(ItemEditor):
    """single_choice with many options: a drop-down list whose first entry is "no answer"."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(item.label)
        self.combo.addItem(self.tr("— No answer —"), None)
        for choice in _choices(item):
            self.combo.addItem(choice.label, choice.value)
        self.combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.layout_.addWidget(self.combo)

    def retranslate(self) -> None:
        self.combo.setItemText(0, self.tr("— No answer —"))

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        return self.combo.currentData()


class MultiChoiceEditor(ItemEditor):
    """Check boxes; with `allow_other`, "Other, please specify" and a text field."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in _choices(item):
            self._add_box(choice.value, choice.label)
        self.other_edit: QLineEdit | None = None
        if item.allow_other:
            if OTHER_VALUE not in self.boxes:
                self._add_box(OTHER_VALUE, self.tr("Other, please specify"))
            self.other_edit = QLineEdit(self)
            self.other_edit.setMaxLength(2000)
            follow_text_direction(self.other_edit, self)
            self.other_edit.editingFinished.connect(self._other_done)
            self.other_edit.textEdited.connect(self._other_typed)
            self.layout_.addWidget(self.other_edit)
            self._sync_other()
        self._own_other = item.allow_other and not any(c.value == OTHER_VALUE for c in _choices(item))
        self.retranslate()

    def retranslate(self) -> None:
        if self.other_edit is None:
            return
        if self._own_other:
            label = self.tr("Other, please specify")
            self.boxes[OTHER_VALUE].setText(label)
            self.boxes[OTHER_VALUE].setAccessibleName(f"{self.item.label}: {label}")
        self.other_edit.setAccessibleName(self.tr("Other, please specify: %1").replace("%1", self.item.label))
        self.other_edit.setPlaceholderText(self.tr("Please specify"))

    def _add_box(self, value: str, label: str) -> None:
        box = QCheckBox(label, self)
        box.setAccessibleName(f"{self.item.label}: {label}")
        box.toggled.connect(self._toggled)
        self.boxes[value] = box
        self.layout_.addWidget(box)

    def _toggled(self, _checked: bool) -> None:
        self._sync_other()
        self._emit()

    def _other_typed(self, text: str) -> None:
        if text and OTHER_VALUE in self.boxes and not self.boxes[OTHER_VALUE].isChecked():
            self.boxes[OTHER_VALUE].setChecked(True)

    def _other_done(self) -> None:
        self._emit()

    def _sync_other(self) -> None:
        if self.other_edit is not None and OTHER_VALUE in self.boxes:
            self.other_edit.setEnabled(self.boxes[OTHER_VALUE].isChecked() and self.isEnabled())

    def _show(self, value: Any) -> None:
        selected = set(value.get("selected", [])) if isinstance(value, dict) else set()
        for key, box in self.boxes.items():
            box.setChecked(key in selected)
        if self.other_edit is not None:
            self.other_edit.setText(str(value.get("other", "")) if isinstance(value, dict) else "")
            self._sync_other()

    def value(self) -> Any:
        selected = [key for key, box in self.boxes.items() if box.isChecked()]
        if not selected:
            return None
        result: dict[str, Any] = {"selected": selected}
        if self.other_edit is not None and OTHER_VALUE in selected and self.other_edit.text().strip():
            result["other"] = self.other_edit.text().strip()
        return result

    def flush(self) -> None:
        if self.other_edit is not None and self.other_edit.hasFocus():
            self._emit()


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
    if kind is ItemType.YES_NO:
        return YesNoEditor(item, parent)
    if kind is ItemType.SCALE:
        return ChoiceEditor(item, parent)
    if kind is ItemType.SINGLE_CHOICE:
        if len(_choices(item)) > MAX_RADIO_CHOICES:
            return ComboChoiceEditor(item, parent)
        return ChoiceEditor(item, parent)
    if kind is ItemType.MULTI_CHOICE:
        return MultiChoiceEditor(item, parent)
    if kind is ItemType.GROUP:
        from survey_app.gui.group_widget import GroupEditor

        return GroupEditor(item, parent)
    return None
