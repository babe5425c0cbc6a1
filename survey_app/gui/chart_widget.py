"""The norms × cycles status grid, painted: colour, a grayscale level and the status text.

Readable without colour: the fill gets darker as a norm moves along the scale, each cell says its
status (the full label when it fits, else the abbreviation explained by the legend), and values
outside the scale ("not applicable") are hatched. Mirrored for right-to-left layouts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from survey_app.compare.chart import StatusGrid, StatusLevel, status_colour

ROW_HEIGHT = 22
HEADER_HEIGHT = 24
LEGEND_HEIGHT = 26
MIN_CELL_WIDTH = 64
LABEL_WIDTH = 340
MAX_CELL_WIDTH = 170
GAP = 2


def _fill(level: StatusLevel | None) -> QColor:
    if level is None:
        return QColor("white")
    red, green, blue = status_colour(level.fraction)
    return QColor.fromRgbF(red, green, blue)


class StatusChartWidget(QWidget):
    """Paints a `StatusGrid`; emits `cycle_clicked(response id)` when a column header is clicked."""

    cycle_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = StatusGrid((), {}, (), {})
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Implementation status of each norm by cycle"))

    def set_grid(self, grid: StatusGrid) -> None:
        self.grid = grid
        self.setToolTip(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        """The grid as text, for screen readers and tooltips."""
        lines = []
        for norm in self.grid.norms:
            cells = [f"{cycle}: {level.label if level else '–'}" for cycle, level in zip(self.grid.cycles, self.grid.row(norm), strict=True)]
            lines.append(f"{norm} — " + ", ".join(cells))
        return "\n".join(lines)

    # -- geometry ---------------------------------------------------------------------------------
    # The heights grow with the text size (fixed pixel rows cut the labels at a large zoom).
    def _line(self) -> int:
        return self.fontMetrics().height()

    def _row_height(self) -> int:
        return max(ROW_HEIGHT, self._line() + 6)

    def _header_height(self) -> int:
        return max(HEADER_HEIGHT, self._line() + 8)

    def _legend_height(self) -> int:
        return max(LEGEND_HEIGHT, self._line() + 10)

    def _label_width(self) -> int:
        return min(LABEL_WIDTH, max(120, self.width() // 3))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = max(1, len(self.grid.norms))
        height = self._header_height() + rows * self._row_height() + GAP * rows + self._legend_height() + 12
        width = LABEL_WIDTH + max(1, len(self.grid.cycles)) * (MIN_CELL_WIDTH + GAP)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.sizeHint().height())

    def _cell_width(self) -> float:
        columns = max(1, len(self.grid.cycles))
        return min(MAX_CELL_WIDTH, max(24.0, (self.width() - self._label_width() - 4) / columns - GAP))

    def _x(self, left: float, width: float) -> float:
        """Mirror a horizontal position for right-to-left layouts."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return self.width() - left - width
        return left

    def _column_rect(self, column: int, top: float, height: float) -> QRectF:
        cell = self._cell_width()
        left = self._label_width() + 4 + column * (cell + GAP)
        return QRectF(self._x(left, cell), top, cell, height)

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor("white"))
        grid = self.grid
        if grid.is_empty:
            painter.setPen(QColor("#5a6270"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No implementation status recorded yet."))
            return
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        label_width = self._label_width()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text_align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        # header: cycles
        painter.setFont(bold)
        painter.setPen(QColor("#1b1f24"))
        for column, cycle in enumerate(grid.cycles):
            rect = self._column_rect(column, 0, self._header_height())
            painter.fillRect(rect, QColor("#e3e8ee"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cycle))
        # rows
        top = self._header_height() + GAP
        for norm in grid.norms:
            label_rect = QRectF(self._x(4, label_width - 8), top, label_width - 8, self._row_height())
            painter.setFont(base)
            painter.setPen(QColor("#1b1f24"))
            title = grid.titles.get(norm, norm)
            elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.drawText(label_rect, text_align, elided)
            for column, level in enumerate(grid.row(norm)):
                self._paint_cell(painter, self._column_rect(column, top, self._row_height()), level)
            top += self._row_height() + GAP
        self._paint_legend(painter, top + 8)

    def _paint_cell(self, painter: QPainter, rect: QRectF, level: StatusLevel | None) -> None:
        painter.fillRect(rect, _fill(level))
        if level is not None and level.rank is None:
            painter.fillRect(rect, QBrush(QColor("#8a8f96"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor("#1b1f24"))
        if level is None:
            text = "–"
        else:
            metrics = painter.fontMetrics()
            text = level.label if metrics.horizontalAdvance(level.label) <= rect.width() - 6 else level.short
        if level is not None and level.rank is not None and level.fraction == 1.0:
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        legend = self.grid.legend
        if not legend:
            return
        width = min(190.0, max(60.0, (self.width() - 8) / len(legend)))
        metrics = painter.fontMetrics()
        for index, level in enumerate(legend):
            rect = QRectF(self._x(4 + index * width, width - 4), top, width - 4, self._legend_height() - 4)
            painter.fillRect(rect, _fill(level))
            if level.rank is None:
                painter.fillRect(rect, QBrush(QColor("#8a8f96"), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QColor("#1b1f24"))
            text = metrics.elidedText(f"{level.short} = {level.label}", Qt.TextElideMode.ElideRight, int(rect.width() - 6))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- interaction ------------------------------------------------------------------------------
    def cycle_at(self, point: QPointF) -> int | None:
        if point.y() > self._header_height():
            return None
        for column, cycle in enumerate(self.grid.cycles):
            if self._column_rect(column, 0, self._header_height()).contains(point):
                return cycle
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        cycle = self.cycle_at(event.position())
        if cycle is not None and cycle in self.grid.response_ids:
            self.cycle_clicked.emit(self.grid.response_ids[cycle])
        super().mouseReleaseEvent(event)

    def header_rect(self, cycle: int) -> QRect:
        """Where a cycle's header is (for tests and accessibility)."""
        column = self.grid.cycles.index(cycle)
        return self._column_rect(column, 0, self._header_height()).toRect()
