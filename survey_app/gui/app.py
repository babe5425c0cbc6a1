"""`survey-app` with no command: start the desktop application (`survey-app FILE.nsi-contribution`:
and open a contribution request received from a lead ministry in it).

Environment variables for measuring and automation:
  SURVEY_APP_OPEN_RESPONSE=<id>   open this response at start (instead of the start screen)
  SURVEY_APP_EXIT_AFTER_PAINT=1   print "first-paint <unix time>" when the window is first painted,
                                  then quit (used by benchmarks/bench_gui.py)
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from survey_app import paths
from survey_app.gui.settings import APPLICATION, ORGANISATION

if TYPE_CHECKING:
    from survey_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class FirstPaint(QObject):
    """Prints the time of the window's first paint event and quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def _setup_logging() -> None:
    from survey_app import applog

    handler = applog.file_handler()
    if handler is not None:
        logging.getLogger().addHandler(handler)


def keep_singletons_alive() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every call of a Qt method that returns nothing
    (`setText`, `setVisible`, ...) releases one reference to `None` that it never took. `None` starts
    with a few tens of thousands of references, so after that many calls the interpreter aborts with
    "Fatal Python error: none_dealloc" (benchmarks/bench_gui.py hit it after ~20 edits with every
    section open: each edit refreshes every card). CPython 3.12 makes `None` immortal and ignores the
    error; here we give `None` that immortality by hand: a reference count no program can use up.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):  # True and False go the same way ("bool_dealloc")
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: a PyObject's first field
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40


def create_application(argv: list[str] | None = None) -> QApplication:
    keep_singletons_alive()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    try:
        from survey_app.gui.about import application_icon

        app.setWindowIcon(application_icon())
    except Exception:
        log.debug("no application icon")
    try:
        from survey_app.gui.i18n_qt import install_translators, startup_language

        install_translators(app, startup_language())
    except Exception:
        log.exception("the interface language could not be installed")
    return app  # type: ignore[return-value]


def build_window(db_path: Path | None, *, parent_app: QApplication) -> MainWindow | None:
    """Open the database and the catalog, and make the main window (None if the user gave up)."""
    from survey_app.gui.catalog_access import load_catalog
    from survey_app.gui.database_actions import open_store
    from survey_app.gui.main_window import MainWindow

    path = Path(db_path) if db_path is not None else paths.default_db_path()
    store = open_store(None, path)
    if store is None:
        return None
    catalog = load_catalog()
    window = MainWindow(store, catalog)
    del parent_app
    return window


def run_application(db_path: Path | None, contribution: Path | None = None) -> int:
    """The desktop application; `contribution`: a request file to open once the window is up
    (`survey-app FILE.nsi-contribution`, or a double-click on the file)."""
    _setup_logging()
    app = create_application()
    from survey_app.gui.errors import install_excepthook

    install_excepthook()
    window = build_window(db_path, parent_app=app)
    if window is None:
        return 1
    exit_after_paint = os.environ.get("SURVEY_APP_EXIT_AFTER_PAINT") == "1"
    if exit_after_paint:
        app.installEventFilter(FirstPaint(app))
    app.installEventFilter(FileOpened(window, app))
    open_at_start(window, contribution)
    window.show()
    return int(app.exec())


def open_at_start(window: MainWindow, contribution: Path | None = None) -> None:
    """What the window shows first: the contribution file given (opened once the window is up, so
    its dialogs have a window to sit on), else the response asked for, else the last one open."""
    if contribution is not None:
        QTimer.singleShot(0, lambda: _open_contribution(window, contribution))
        return
    wanted = os.environ.get("SURVEY_APP_OPEN_RESPONSE")
    if wanted and wanted.isdigit():
        window.open_response(int(wanted))
        return
    from survey_app.gui.settings import settings

    last = settings().value("session/last_response")
    last_db = settings().value("session/last_database")
    if last is not None and last_db == str(window.store.path):
        try:
            if int(last) in {s.response.id for s in window.store.list_responses()}:
                window.open_response(int(last))
        except (TypeError, ValueError):
            pass
        except Exception:
            log.exception("could not reopen the last response")


def _open_contribution(window: MainWindow, path: Path) -> None:
    from survey_app.gui import contribution_agency

    contribution_agency.open_contribution(window, path)


class FileOpened(QObject):
    """macOS gives a file double-clicked in the Finder (or dropped on the application's icon) as an
    event, not as an argument: a contribution file is opened as `survey-app FILE` would."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(app)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            from survey_app.contributions.fileformat import EXTENSION

            path = Path(event.file())
            if path.name.lower().endswith(EXTENSION):
                QTimer.singleShot(0, lambda: _open_contribution(self.window, path))
                return True
        return False
