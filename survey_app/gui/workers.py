"""Long jobs (exports) off the GUI thread, with progress, so the window never freezes.

SQLite connections belong to one thread: a job opens its own read-only Store (see `export_job`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from survey_app.errors import SurveyError
from survey_app.gui.errors import full_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    #: (message for the user, traceback or "")
    failed = Signal(str, str)


class JobRunner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = JobSignals()
        self.setAutoDelete(True)

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self.job(self.signals.progress.emit)
        except SurveyError as exc:
            self.signals.failed.emit(full_text(exc), "")
        except Exception as exc:  # a bug: report it with the traceback, never kill the application
            text = traceback.format_exc()  # shown to the user; the log file's copy is redacted
            log.error("background job failed", exc_info=True)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", text)
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> JobSignals:
    """Run `job(progress)` in the global thread pool; connect to the returned signals."""
    runner = JobRunner(job)
    signals = runner.signals
    QThreadPool.globalInstance().start(runner)
    return signals


def pdf_job(db_path: Path, response_id: int, out: Path, options: Any, catalog: Any) -> Job:
    """Export a PDF from a read-only connection of the worker thread's own."""

    def job(progress: Progress) -> Path:
        from survey_app.reports.submission import export_response_pdf
        from survey_app.storage.store import Store

        store = Store.open(db_path, read_only=True)
        try:
            return export_response_pdf(store, response_id, out, options, catalog=catalog, progress=progress)
        finally:
            store.close()

    return job


def json_job(db_path: Path, response_id: int, out: Path, catalog: Any, *, include_sensitive: bool = False) -> Job:
    """Export the JSON exchange document from the worker's own read-only connection."""

    def job(progress: Progress) -> Path:
        from survey_app.gui.catalog_access import questionnaire_for
        from survey_app.storage import exchange
        from survey_app.storage.store import Store

        progress(0, 1)
        store = Store.open(db_path, read_only=True)
        try:
            response = store.response(response_id)
            questionnaire = questionnaire_for(catalog, response.questionnaire_id, response.questionnaire_version, "")
            document = exchange.export_document(store, response_id, questionnaire,
                                                include_sensitive=include_sensitive)
        finally:
            store.close()
        result = exchange.write_document(document, out)
        progress(1, 1)
        return Path(result)

    return job
