"""Contribution files in the window: asking for a passphrase, reading a file (asking again after a
wrong passphrase), and the "Encrypt with a passphrase" fields of the dialogs that write one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from survey_app.contributions import codes, crypto, fileformat
from survey_app.errors import SurveyError
from survey_app.gui.errors import message_of, show_error, tr

def file_filter() -> str:
    """The file dialogs' filter: contribution files first."""
    return tr("Contribution files (*%1);;All files (*)").replace("%1", fileformat.EXTENSION)


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted file (once; the text is never stored)."""

    def __init__(self, file_name: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Passphrase"))
        box = QVBoxLayout(self)
        intro = QLabel(tr("“%1” is encrypted. Enter the passphrase the sender gave you.").replace("%1", file_name), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        box.addWidget(self.problem)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Passphrase"))
        box.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()


def read_contribution(parent: QWidget | None, path: Path) -> dict[str, Any] | None:
    """The document of a contribution file, asking for its passphrase when it is encrypted (again
    after a wrong one). None when the user cancelled or the file cannot be used (already said)."""
    passphrase: str | None = None
    problem = ""
    while True:
        try:
            return fileformat.read(path, passphrase)
        except SurveyError as exc:
            if exc.code not in (codes.PASSPHRASE_NEEDED, codes.WRONG_PASSPHRASE):
                show_error(parent, tr("The file cannot be used"), exc)
                return None
            if exc.code == codes.WRONG_PASSPHRASE:
                problem = message_of(exc)
        dialog = PassphraseDialog(Path(path).name, problem, parent)
        if not dialog.exec() or not dialog.passphrase():
            return None
        passphrase = dialog.passphrase()


def choose_file_to_open(parent: QWidget | None, title: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter())
    return Path(name) if name else None


def choose_file_to_save(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(fileformat.EXTENSION)


def suggested_name(*parts: str) -> str:
    """A file name from parts (agency, State, cycle): no characters file systems refuse."""
    text = "-".join(part for part in parts if part)
    cleaned = "".join("_" if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in text).strip(" .")
    return (cleaned[:120] or "contribution") + fileformat.EXTENSION


class EncryptionFields(QWidget):
    """"Encrypt with a passphrase" and the passphrase typed twice; `passphrase()` checks them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.encrypt = QCheckBox(tr("&Encrypt with a passphrase"), self)
        form.addRow(self.encrypt)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(tr("Passphrase"))
        self.second.setAccessibleName(tr("Passphrase again"))
        form.addRow(tr("&Passphrase:"), self.first)
        form.addRow(tr("A&gain:"), self.second)
        self.hint = QLabel(tr("At least %1 characters. Give it to the recipient another way than the file "
                              "(e.g. by telephone).").replace("%1", str(crypto.MIN_PASSPHRASE_CHARS)), self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.encrypt.toggled.connect(self._update)
        self._update(False)

    def _update(self, on: bool) -> None:
        for widget in (self.first, self.second, self.hint):
            widget.setEnabled(on)

    def passphrase(self) -> str | None:
        """None when not encrypting; the passphrase when both fields agree and it is strong enough;
        raises SurveyError (M112) otherwise, with a message for the user."""
        if not self.encrypt.isChecked():
            return None
        if self.first.text() != self.second.text():
            raise SurveyError(codes.BAD_REQUEST, "the two passphrases are not the same; type it again in both fields.")
        crypto.check_passphrase(self.first.text())
        return self.first.text()
