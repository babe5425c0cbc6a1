"""The About dialog (Help > About) and the application icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from survey_app import __version__, paths
from survey_app.gui.about import AboutDialog, application_icon, build_details, show_about_dialog


def test_about_dialog_shows_version_and_data_folder(qtbot, _private_user_data: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.title_label.text()
    assert "NSI Survey" in dialog.windowTitle()
    assert str(paths.user_data_dir()) in dialog.data_label.text()
    assert str(_private_user_data) in dialog.data_label.text()
    assert f"survey-app {__version__}" in dialog.details_label.text()
    assert not dialog.windowIcon().isNull()


def test_about_dialog_escapes_markup_in_the_data_folder(qtbot, monkeypatch, tmp_path: Path) -> None:
    odd = tmp_path / "<b>data & more"
    monkeypatch.setenv("SURVEY_APP_HOME", str(odd))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "&lt;b&gt;data &amp; more" in dialog.data_label.text()


def test_show_about_dialog_closes_with_its_button(qtbot) -> None:
    closed: list[bool] = []

    def press_close() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
        closed.append(True)

    QTimer.singleShot(0, press_close)
    show_about_dialog()
    assert closed == [True]


def test_application_icon_has_every_size() -> None:
    icon = application_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_build_details_names_the_versions() -> None:
    details = build_details()
    assert __version__ in details and "Qt " in details and "Python " in details


def test_help_menu_opens_the_about_dialog(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from survey_app.gui.catalog_access import StaticCatalog
    from survey_app.gui.main_window import MainWindow
    from survey_app.storage.store import Store

    store = Store.open(tmp_path / "survey.db")
    window = MainWindow(store, StaticCatalog([]))
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.title_label.text())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.a_about.trigger()
    assert window.a_about.text() == "&About NSI Survey…"
    assert seen and __version__ in seen[0]
    store.close()
