"""A repeating group: rows of sub-items with Add, Remove, Move up and Move down.

The whole list of rows is the answer; any change to a row commits the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from survey_app.gui.flow_layout import FlowLayout
from survey_app.gui.item_widgets import ItemEditor, make_editor
from survey_app.questionnaire.model import Item


def _tab_stop(widget: QWidget, row: QWidget) -> bool:
    """A widget Tab stops at: takes focus by Tab, is not the inside of another (a date edit's line
    edit has the date edit as focus proxy), and is not in a popup of its own (a calendar)."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
            and widget.window() is row.window())


class GroupRow(QFrame):
    def __init__(self, group: "GroupEditor", index: int) -> None:
        super().__init__(group)
        self.setObjectName("groupRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.group = group
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self)
        self.title.setObjectName("groupRowTitle")
        outer.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a long label goes above its field rather than widening the form beyond the window
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, ItemEditor] = {}
        for sub in group.item.items:
            editor = make_editor(sub, self)
            if editor is None:
                continue
            label = QLabel(sub.label, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(editor.focus_widget())
            form.addRow(label, editor)
            editor.committed.connect(lambda _v: group.row_changed())
            self.editors[sub.id] = editor
        outer.addLayout(form)
        buttons = FlowLayout(spacing=8)  # on two lines rather than wider than the window
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.remove = QPushButton(self)
        self.up.setObjectName("moveUp")
        self.down.setObjectName("moveDown")
        self.remove.setObjectName("removeRow")
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.up.clicked.connect(lambda: group.move(self, -1))
        self.down.clicked.connect(lambda: group.move(self, +1))
        self.remove.clicked.connect(lambda: group.remove(self))
        self.set_index(index)

    def set_index(self, index: int) -> None:
        self.index = index
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.remove.setText(self.tr("Remove row"))
        text = self.tr("Row %1").replace("%1", str(index + 1))
        self.title.setText(text)
        label = self.group.item.label
        self.up.setAccessibleName(self.tr("Move %1 up").replace("%1", text) + f" ({label})")
        self.down.setAccessibleName(self.tr("Move %1 down").replace("%1", text) + f" ({label})")
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", text) + f" ({label})")

    def tab_stops(self) -> list[QWidget]:
        """The row's widgets reached by Tab, in screen order: its fields, then its buttons."""
        stops: list[QWidget] = []
        for editor in self.editors.values():
            stops += [child for child in editor.findChildren(QWidget) if _tab_stop(child, self)]
        return stops + [self.up, self.down, self.remove]

    def row_value(self) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for key, editor in self.editors.items():
            value = editor.value()
            if value is not None:
                row[key] = value
        return row

    def show_row(self, row: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            editor.set_value(row.get(key))

    def flush(self) -> None:
        for editor in self.editors.values():
            editor.flush()


class GroupEditor(ItemEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.rows: list[GroupRow] = []
        # Rows are made after the card's History and Note buttons (and new rows after every widget of
        # the window), so Qt's creation-order Tab chain went History → rows, or a new row → the top
        # bar. `_order_tabs` puts the rows and "Add a row" right after this invisible anchor, which
        # was made where the group's widgets belong in the chain.
        self._tab_anchor = QWidget(self)
        self._tab_anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._tab_anchor.hide()
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.rows_box)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("muted")
        self.layout_.addWidget(self.empty_label)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addRow")
        self.add_button.clicked.connect(self.add_row)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        self.layout_.addLayout(add_line)
        self._read_only = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("No rows yet."))
        self.add_button.setText(self.tr("Add a row"))
        self.add_button.setAccessibleName(self.tr("Add a row to %1").replace("%1", self.item.label))
        for row in self.rows:
            row.set_index(row.index)
            for editor in row.editors.values():
                editor.retranslate()

    # rows ----------------------------------------------------------------------------------
    def _append(self) -> GroupRow:
        row = GroupRow(self, len(self.rows))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def add_row(self) -> None:
        if self.item.max_rows is not None and len(self.rows) >= self.item.max_rows:
            return
        row = self._append()
        row.show()  # now, not when the layout gets to it: the focus goes into it at once
        self._update_buttons()
        self._emit_rows()
        for editor in row.editors.values():
            editor.focus_widget().setFocus()
            break

    def remove(self, row: GroupRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        row.hide()
        row.deleteLater()
        self._renumber()
        self._emit_rows()
        if self.rows:
            target = self.rows[min(index, len(self.rows) - 1)]
            target.remove.setFocus()
        else:
            self.add_button.setFocus()

    def move(self, row: GroupRow, step: int) -> None:
        values = [r.row_value() for r in self.rows]
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(values):
            return
        values[index], values[target] = values[target], values[index]
        self._load_rows(values)
        self._emit_rows()
        # focus follows the moved row (now shown by the row widget at `target`): the same button, or
        # at the top or bottom where that one is disabled, the other move button
        moved = self.rows[target]
        same, other = (moved.up, moved.down) if step < 0 else (moved.down, moved.up)
        for button in (same, other, moved.remove):
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.TabFocusReason)
                break

    def row_changed(self) -> None:
        self._emit_rows()

    def _emit_rows(self) -> None:
        if not self._loading:
            self.committed.emit(self.value())

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows):
            row.set_index(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        full = self.item.max_rows is not None and len(self.rows) >= self.item.max_rows
        self.add_button.setEnabled(not full and not self._read_only)
        self.empty_label.setVisible(not self.rows)
        self._order_tabs()
        for index, row in enumerate(self.rows):
            row.up.setEnabled(index > 0 and not self._read_only)
            row.down.setEnabled(index < len(self.rows) - 1 and not self._read_only)
            row.remove.setEnabled(not self._read_only)
            for editor in row.editors.values():
                editor.set_read_only(self._read_only)

    def _order_tabs(self) -> None:
        stops: list[QWidget] = [self._tab_anchor]
        for row in self.rows:
            stops += row.tab_stops()
        stops.append(self.add_button)
        for before, after in zip(stops, stops[1:]):
            QWidget.setTabOrder(before, after)

    def focus_widget(self) -> QWidget:
        for row in self.rows:
            stops = row.tab_stops()
            if stops:
                return stops[0]
        return self.add_button

    def _load_rows(self, values: list[dict[str, Any]]) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            while len(self.rows) > len(values):
                row = self.rows.pop()
                row.hide()
                row.deleteLater()
            while len(self.rows) < len(values):
                self._append()
            for row, data in zip(self.rows, values, strict=True):
                row.show_row(data if isinstance(data, dict) else {})
            self._renumber()
        finally:
            self._loading = was_loading

    # ItemEditor ----------------------------------------------------------------------------
    def _show(self, value: Any) -> None:
        self._load_rows(list(value) if isinstance(value, list) else [])

    def value(self) -> Any:
        rows = [row.row_value() for row in self.rows]
        return rows or None

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def flush(self) -> None:
        for row in self.rows:
            row.flush()
