"""Help > About: the application's name, version, purpose and where the user's data is kept.

    from survey_app.gui.about import show_about_dialog, application_icon
    help_menu.addAction(tr("About NSI Survey…"), lambda: show_about_dialog(main_window))
    app.setWindowIcon(application_icon())

The version is `survey_app.__version__` (the installed package's metadata, which the frozen bundle
carries too), so the dialog shows what the support desk needs to know in one screen.
"""

from __future__ import annotations

import platform
import sys
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import survey_app
from survey_app import paths, resources

APPLICATION_NAME = "NSI Survey"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context
    return QCoreApplication.translate("", text)


def application_icon() -> QIcon:
    """The application icon in every size shipped (empty icon if the files are missing)."""
    icon = QIcon()
    folder = resources.assets_dir() / "icons"
    for size in ICON_SIZES:
        png = folder / f"survey-app-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def build_details() -> str:
    """One line for support: versions of the application, Qt, PySide and Python, frozen or not."""
    kind = tr("standalone build") if getattr(sys, "frozen", False) else tr("Python installation")
    return (
        f"survey-app {survey_app.__version__} · Qt {qVersion()} · PySide6 {pyside_version} · "
        f"Python {platform.python_version()} · {platform.system()} · {kind}"
    )


class AboutDialog(QDialog):
    """A small modal dialog; every text is selectable so it can be copied into a support request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("About %1").replace("%1", APPLICATION_NAME))
        icon = application_icon()
        self.setWindowIcon(icon)

        picture = QLabel(self)
        picture.setPixmap(icon.pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)

        version = tr("Version %1").replace("%1", survey_app.__version__)  # outside the f-string, where lupdate finds it
        self.title_label = QLabel(f"<h2>{escape(APPLICATION_NAME)}</h2><p>{escape(version)}</p>", self)
        self.title_label.setObjectName("about_version")
        self.description_label = QLabel(
            escape(
                tr(
                    "The National Survey of Implementation of the framework of responsible State "
                    "behaviour in the use of information and communications technologies. "
                    "It works offline: nothing you enter leaves this computer unless you export it."
                )
            ),
            self,
        )
        self.description_label.setWordWrap(True)
        self.data_label = QLabel(
            escape(tr("Your responses are saved in: %1").replace("%1", str(paths.user_data_dir()))), self
        )
        self.data_label.setObjectName("about_data_folder")
        self.data_label.setWordWrap(True)
        self.details_label = QLabel(f"<small>{escape(build_details())}</small>", self)
        self.details_label.setObjectName("about_details")
        for label in (self.title_label, self.description_label, self.data_label, self.details_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        text = QVBoxLayout()
        for label in (self.title_label, self.description_label, self.data_label, self.details_label):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def show_about_dialog(parent: QWidget | None = None) -> None:
    """Open the About dialog modally (Help > About)."""
    dialog = AboutDialog(parent)
    try:
        dialog.exec()
    finally:
        # delete the C++ dialog now: a parentless dialog left to the garbage collector at interpreter
        # exit makes PySide6 abort (none_dealloc)
        dialog.deleteLater()
