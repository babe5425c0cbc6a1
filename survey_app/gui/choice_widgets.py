"""Editors for choices: radio buttons (single choice, scale, yes/no), a drop-down list for long
lists, and check boxes (multiple choice, with "Other, please specify")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.flow_layout import FlowLayout
from survey_app.gui.item_widgets import OTHER_VALUE, ItemEditor, follow_text_direction
from survey_app.gui.wrap_buttons import check_box, radio_button
from survey_app.questionnaire.model import Choice, Item, ItemType


class _RadioEditor(ItemEditor):
    """Radio buttons for (value, label) options; the value None means "no answer"."""

    def __init__(self, item: Item, options: list[tuple[Any, str]], *, horizontal: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, QRadioButton] = {}
        # a scale's levels side by side, on more lines when the width runs out (large text, long words)
        container = FlowLayout(spacing=14) if horizontal else QVBoxLayout()
        container.setContentsMargins(0, 0, 0, 0)
        for value, label in options:
            button = radio_button(label, self)
            button.setAccessibleName(f"{item.label}: {label}")
            button.setObjectName("noAnswer" if value is None else "")
            self.group.addButton(button)
            self.buttons[value] = button
            container.addWidget(button)
            button.toggled.connect(self._toggled)
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


def choices_of(item: Item) -> tuple[Choice, ...]:
    return item.choice_list.choices if item.choice_list is not None else ()


class ChoiceEditor(_RadioEditor):
    """single_choice (radio buttons) and scale (a row of levels); "No answer" clears."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        options: list[tuple[Any, str]] = [(c.value, c.label) for c in choices_of(item)]
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
        # not as wide as the longest choice: that widened the form beyond the window at large sizes
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setAccessibleName(item.label)
        self.combo.addItem(self.tr("— No answer —"), None)
        for choice in choices_of(item):
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
        for choice in choices_of(item):
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
        self._own_other = item.allow_other and not any(c.value == OTHER_VALUE for c in choices_of(item))
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
        box = check_box(label, self)
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
