"""Check boxes and radio buttons whose label wraps onto more lines.

Qt's own keep their label on one line, so a long choice ("Threats to critical infrastructure from …")
at a large text size made the form wider than the window (clipped on the right, with a horizontal
scroll bar). These draw the indicator with the style and the label word-wrapped beside it, and tell
their layout how tall they are for a width (height for width). Clicking the label toggles, as usual.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

#: a label is never squeezed narrower than this many average characters
MIN_LABEL_CHARACTERS = 12
_WRAP = Qt.TextFlag.TextWordWrap


class _Wrapping:
    """The shared part; mixed into QCheckBox and QRadioButton (`_radio` tells which metrics to use)."""

    _radio = False

    def _init_wrapping(self: QCheckBox) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        #: measurements for the current text, font and style (Qt's layouts ask for them many times
        #: per pass; measuring each time made a section's first visit several times slower)
        self._measured_for: tuple | None = None
        self._measures: dict[object, object] = {}

    def _cache(self: QCheckBox) -> dict[object, object]:
        key = (self.text(), self.font().key(), id(self.style()))
        if self._measured_for != key:
            self._measured_for = key
            self._measures = {}
        return self._measures

    def _indicator(self: QCheckBox) -> tuple[int, int, int]:
        """(indicator width, indicator height, space between indicator and label)."""
        cache = self._cache()
        found = cache.get("indicator")
        if found is None:
            found = cache["indicator"] = self._measure_indicator()
        return found

    def _measure_indicator(self: QCheckBox) -> tuple[int, int, int]:
        style = self.style()
        if self._radio:
            return (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self),
                    style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self),
                    style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self))
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self),
                style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self),
                style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def _text_height(self: QCheckBox, text_width: int) -> int:
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, max(1, text_width), 100_000), _WRAP, self.text())
        return bounds.height()

    def sizeHint(self: QCheckBox) -> QSize:  # noqa: N802 - Qt API
        width, height, spacing = self._indicator()
        text = self.fontMetrics().horizontalAdvance(self.text()) + 4
        return QSize(width + spacing + text, max(height, self.fontMetrics().height()) + 4)

    def minimumSizeHint(self: QCheckBox) -> QSize:  # noqa: N802 - Qt API
        width, height, spacing = self._indicator()
        text = min(self.fontMetrics().horizontalAdvance(self.text()) + 4,
                   self.fontMetrics().averageCharWidth() * MIN_LABEL_CHARACTERS)
        return QSize(width + spacing + text, max(height, self.fontMetrics().height()) + 4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self: QCheckBox, width: int) -> int:  # noqa: N802 - Qt API
        cache = self._cache()
        found = cache.get(width)
        if found is None:
            indicator, height, spacing = self._indicator()
            found = cache[width] = max(height, self._text_height(width - indicator - spacing - 4)) + 4
        return found

    def _label_rect(self: QCheckBox) -> QRect:
        indicator, _height, spacing = self._indicator()
        rect = QRect(indicator + spacing, 2, max(1, self.width() - indicator - spacing - 2), self.height() - 4)
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def hitButton(self: QCheckBox, pos: QPoint) -> bool:  # noqa: N802 - Qt API
        return self.rect().contains(pos)  # the wrapped label toggles too

    def paintEvent(self: QCheckBox, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the indicator only; the label is drawn wrapped below
        option.state &= ~QStyle.StateFlag.State_HasFocus
        indicator, height, _spacing = self._indicator()
        line = self.fontMetrics().height()
        top = 2 + max(0, (line - height) // 2)  # the indicator beside the first line
        option.rect = QStyle.visualRect(self.layoutDirection(), self.rect(), QRect(0, top, indicator, height))
        element = QStyle.PrimitiveElement.PE_IndicatorRadioButton if self._radio \
            else QStyle.PrimitiveElement.PE_IndicatorCheckBox
        painter.drawPrimitive(element, option)
        label = self._label_rect()
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawItemText(label, int(align) | int(_WRAP), self.palette(), self.isEnabled(), self.text(),
                             self.foregroundRole())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self.fontMetrics().boundingRect(label, int(align) | int(_WRAP), self.text()).adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class WrappingCheckBox(_Wrapping, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._init_wrapping()


class WrappingRadioButton(_Wrapping, QRadioButton):
    _radio = True

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, text, parent)
        self._init_wrapping()


#: labels up to this wide (in Latin letters; a Chinese character counts two) fit a line at the
#: largest text size at 1024 px: Qt's own buttons (measured in C++) are used for them; only longer
#: ones pay for wrapping, measured in Python at every layout pass
WRAP_FROM_WIDTH = 20


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def needs_wrapping(text: str) -> bool:
    return len(text) > WRAP_FROM_WIDTH // 2 and _display_width(text) > WRAP_FROM_WIDTH


def radio_button(text: str, parent: QWidget | None = None) -> QRadioButton:
    return WrappingRadioButton(text, parent) if needs_wrapping(text) else QRadioButton(text, parent)


def check_box(text: str, parent: QWidget | None = None) -> QCheckBox:
    return WrappingCheckBox(text, parent) if needs_wrapping(text) else QCheckBox(text, parent)
