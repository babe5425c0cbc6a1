"""Export a response as PDF (with options) or JSON, in the background, with a progress dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import dialogs, workers
from survey_app.i18n.languages import UN_LANGUAGES


class PdfOptionsDialog(QDialog):
    def __init__(self, *, languages: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        for code in languages or [language]:
            self.language.addItem(UN_LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        form.addRow(self.tr("Language"), self.language)
        self.sensitive = QCheckBox(self.tr("Include answers marked as sensitive (personal data)"), self)
        self.sensitive.setAccessibleName(self.sensitive.text())
        form.addRow("", self.sensitive)
        self.omit = QCheckBox(self.tr("Leave out unanswered questions"), self)
        self.omit.setAccessibleName(self.omit.text())
        form.addRow("", self.omit)
        self.issue_date = QDateEdit(QDate.currentDate(), self)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setAccessibleName(self.tr("Date of issue"))
        form.addRow(self.tr("Date of issue"), self.issue_date)
        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.setAccessibleName(self.tr("Page size"))
        form.addRow(self.tr("Page size"), self.page_size)
        box.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "language": self.language.currentData(),
            "include_sensitive": self.sensitive.isChecked(),
            "omit_unanswered": self.omit.isChecked(),
            "issue_date": dt.date.fromisoformat(self.issue_date.date().toString("yyyy-MM-dd")),
            "page_size": self.page_size.currentData(),
        }


def make_pdf_options(values: dict[str, Any]) -> Any:
    """A `PdfOptions` from the dialog's values (only the fields PdfOptions has)."""
    from survey_app.reports.submission import PdfOptions

    names = {f.name for f in dataclasses.fields(PdfOptions)} if dataclasses.is_dataclass(PdfOptions) else set(values)
    kwargs = {key: value for key, value in values.items() if key in names}
    if "issue_date" in kwargs:
        field_type = next((f.type for f in dataclasses.fields(PdfOptions) if f.name == "issue_date"), None)
        if field_type is not None and "str" in str(field_type) and "date" not in str(field_type):
            kwargs["issue_date"] = kwargs["issue_date"].isoformat()
    return PdfOptions(**kwargs)


def run_export(parent: QWidget, kind: str, *, db_path: Path, response_id: int, catalog: Any,
               languages: list[str], language: str, suggested_name: str,
               out: Path | None = None, options: dict[str, Any] | None = None) -> "ExportTask | None":
    """Ask for options and a file name, then export in the background. Returns the job's signals."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # lupdate's context for a function-level tr("…")

    if kind == "pdf":
        if options is None:
            dialog = PdfOptionsDialog(languages=languages, language=language, parent=parent)
            if not dialog.exec():
                return None
            options = dialog.values()
        try:
            pdf_options = make_pdf_options(options)
        except Exception as exc:  # the PDF module is missing or changed
            dialogs.warn(parent, tr("Cannot export"), str(exc))
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(parent, tr("Save the PDF"), suggested_name + ".pdf",
                                                  tr("PDF files (*.pdf)"))
            if not name:
                return None
            out = Path(name)
        job = workers.pdf_job(db_path, response_id, out, pdf_options, catalog)
    else:
        if out is None:
            name, _ = QFileDialog.getSaveFileName(parent, tr("Save the JSON file"), suggested_name + ".json",
                                                  tr("JSON files (*.json)"))
            if not name:
                return None
            out = Path(name)
        job = workers.json_job(db_path, response_id, out, catalog)

    task = ExportTask(parent, job)
    parent._export_task = task  # kept alive until the job ends
    return task


class ExportTask(QObject):
    """Runs one export job; its slots live in the GUI thread, so signals from the worker queue."""

    done = Signal(object)

    def __init__(self, parent: QWidget, job: workers.Job) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.result: object = None
        self.error = ""
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Hide"), 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(True)
        self.signals = workers.JobSignals()
        runner = workers.JobRunner(job)
        runner.signals = self.signals
        self.signals.progress.connect(self.on_progress)
        self.signals.finished.connect(self.on_finished)
        self.signals.failed.connect(self.on_failed)
        QThreadPool.globalInstance().start(runner)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1) - 1) if total else 0)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.result = result
        self.progress.reset()
        self.progress.close()
        window = self.parent_widget.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(result)), 10000)
        self.done.emit(result)

    @Slot(str, str)
    def on_failed(self, message: str, details: str) -> None:
        self.error = message
        self.progress.reset()
        self.progress.close()
        box = dialogs.plain_box(QMessageBox.Icon.Warning, self.tr("The export failed"), message,
                                QMessageBox.StandardButton.Ok, self.parent_widget)
        if details:  # already in the log file (redacted) by the worker
            box.setDetailedText(details[-4000:])
        box.open()
        self.done.emit(None)
