"""Message boxes that show their text as plain text.

A State name, an answer or a file path can contain "<b>" or "&amp;": QMessageBox's default (AutoText)
would render it as markup, so every box the GUI shows is built here with Qt.TextFormat.PlainText
(the informative text too) and word wrap kept on (plain text labels do not wrap by default).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def plain_box(icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton = Button.Ok,
              parent: QWidget | None = None, *, informative: str = "") -> QMessageBox:
    """A QMessageBox that never interprets `text` or `informative` as markup."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    make_plain(box)
    return box


def make_plain(box: QMessageBox) -> None:
    """Plain text for the box's text and informative text (call after setting them)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = Button.Yes | Button.Cancel,
        default: QMessageBox.StandardButton = Button.Cancel, *, informative: str = "") -> QMessageBox.StandardButton:
    """A question; returns the standard button chosen (Escape gives the escape button, e.g. Cancel)."""
    box = plain_box(Icon.Question, title, text, buttons, parent, informative=informative)
    box.setDefaultButton(default)
    return _chosen(box)


def inform(parent: QWidget | None, title: str, text: str, *, informative: str = "") -> None:
    plain_box(Icon.Information, title, text, Button.Ok, parent, informative=informative).exec()


def warn(parent: QWidget | None, title: str, text: str,
         buttons: QMessageBox.StandardButton = Button.Ok,
         default: QMessageBox.StandardButton = Button.NoButton, *, informative: str = "") -> QMessageBox.StandardButton:
    box = plain_box(Icon.Warning, title, text, buttons, parent, informative=informative)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return _chosen(box)


def _chosen(box: QMessageBox) -> QMessageBox.StandardButton:
    """exec() returns the standard button's value; anything else (closed by the window manager)
    counts as no answer."""
    code = box.exec()
    try:
        return Button(code)
    except ValueError:
        return Button.NoButton
