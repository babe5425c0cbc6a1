"""Shared fixtures: a private user-data folder per test, so no test touches the real one."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Command messages follow the locale (survey_app.i18n.core.command_language); tests read them in
# English whatever the machine's LANG. Tests of other languages set it themselves.
os.environ["SURVEY_APP_LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("SURVEY_APP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test() -> Iterator[None]:
    """Close and delete every top-level widget a test leaves behind, while Qt is still running.

    A widget left to Python's garbage collector at interpreter exit makes PySide6 abort the whole run
    (`none_dealloc`), after every test has passed. Deleting them here, test by test, keeps Qt's object
    tree and Python's in step.
    """
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# -- interpreter exit -----------------------------------------------------------------------------
# PySide6 6.12 can abort the interpreter while it finalises (`none_dealloc` / `bool_dealloc` in the
# garbage collector), after every test has run and the summary is printed: a refcount bug in the
# bindings, seen only when Qt widgets were used in the same process as many other tests. It would turn
# a green run into exit code 134. Once pytest has finished and reported, leave with its exit status
# without finalising Python objects. Runs last, after every other plugin has unconfigured.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    import sys

    if not _EXIT_STATUS or "PySide6.QtWidgets" not in sys.modules or os.environ.get("SURVEY_APP_TEST_NORMAL_EXIT"):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])


@pytest.fixture
def make_unwritable() -> Iterator[Callable[[Path], bool]]:
    """`make_unwritable(path)` makes a file or folder one the user cannot write (True), or says it
    cannot here (False: skip). chmod for a normal user; root ignores modes, so the immutable flag
    where the file system has it (ext4). Undone when the test ends."""
    import shutil
    import subprocess

    chattr = shutil.which("chattr")
    changed: list[tuple[Path, int]] = []

    def make(path: Path) -> bool:
        changed.append((path, path.stat().st_mode & 0o777))
        path.chmod(0o555 if path.is_dir() else 0o444)
        if os.geteuid() != 0:
            return True
        return bool(chattr) and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0

    yield make
    for path, mode in reversed(changed):
        if chattr:
            subprocess.run([chattr, "-i", str(path)], capture_output=True)
        path.chmod(mode)
