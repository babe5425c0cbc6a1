"""A layout that places its widgets in a line and wraps them onto more lines when the width runs out.

Used where a row of buttons or options must fit any window width, text size and language (the
response bar's buttons, a scale's levels): a QHBoxLayout would instead widen the window beyond the
screen at large text sizes. Mirrored for right-to-left layouts.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 6,
                 last_at_end: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        #: the last item at the end of its line (a "Show extract" button after the reference)
        self._last_at_end = last_at_end
        self._spacing = spacing
        self._line_spacing = line_spacing
        #: heightForWidth by width, until the layout is invalidated: Qt asks it hundreds of times
        #: per layout pass and each answer measures every item (the cost of a section's first visit)
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 64:
                self._heights.clear()
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest single item: everything else can go on another line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # placing -----------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        # first the lines: (item, x, width) each; an item wider than the line gets the line, shrunk
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = area.x()
        for item in self._visible():
            width = min(_natural_width(item), max(area.width(), item.minimumSize().width()))
            if lines[-1] and x + width > area.x() + area.width():
                lines.append([])
                x = area.x()
            lines[-1].append((item, x, width))
            x += width + self._spacing
        # then each line as tall as its tallest item, the others centred in it (buttons whose text
        # needs a taller font, as Arabic can, would otherwise stand out of line)
        if self._last_at_end and lines[-1]:
            item, _left, width = lines[-1][-1]
            lines[-1][-1] = (item, area.x() + area.width() - width, width)
        y = area.y()
        widget = self.parentWidget()
        direction = widget.layoutDirection() if widget is not None else Qt.LayoutDirection.LeftToRight
        for number, line in enumerate(lines):
            if not line:
                continue
            if number:
                y += self._line_spacing
            height = max(_height(item, width) for item, _x, width in line)
            if apply:
                for item, left, width in line:
                    own = _height(item, width)
                    placed = QRect(QPoint(left, y + (height - own) // 2), QSize(width, own))
                    item.setGeometry(QStyle.visualRect(direction, rect, placed))
            y += height
        return y - rect.y() + margins.bottom()


def _natural_width(item: QLayoutItem) -> int:
    """A word-wrapped label's size hint is a narrow guess (two lines for a short reference): it gets
    its text's one-line width, and wraps only when the line is shorter."""
    label = item.widget()
    if isinstance(label, QLabel) and label.wordWrap():
        margins = label.contentsMargins()
        return label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin() + \
            margins.left() + margins.right() + 2
    return item.sizeHint().width()


def _height(item: QLayoutItem, width: int) -> int:
    """A word-wrapped label is as tall as its lines at the width it gets."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


def flow_policy(widget: QWidget) -> None:
    """A widget holding a FlowLayout: its height follows the width it gets."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
