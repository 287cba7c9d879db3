"""The provider report dialog: choose the period, paper size and an
optional note, then where to save; a progress bar while the PDF is made.

The PDF is made in a worker thread (the charts are painted on images, the
pages on a PDF writer: both allowed off the GUI thread) while a progress
dialog shows; then :class:`ReportSaved` says where the PDF is and offers to
open it with the computer's PDF viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.instants import local_day
from fibro_desktop.ui.kit.widgets import form_layout
from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.write_errors import file_failure_text

_tr = translator("Charts")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Collects :class:`~fibro_desktop.ui.charts.report.ReportOptions` values."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Provider report"))
        self.setAccessibleName(_tr("Provider report"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("A PDF summary of your spasms, check-ins, what helped and your medication log, to "
                          "bring to your doctor or therapist. It stays on this computer until you share it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = form_layout()
        self.from_edit, self.to_edit = QDateEdit(_qdate(today - timedelta(days=89))), QDateEdit(_qdate(today))
        for edit, text, name in ((self.from_edit, _tr("&From"), _tr("First day of the report")),
                                 (self.to_edit, _tr("&To"), _tr("Last day of the report"))):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._validate)
            form.addRow(text, edit)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(_tr("Period problem"))
        form.addRow("", self.error_label)
        self.page_combo = QComboBox()
        self.page_combo.addItem(_tr("A4"), "a4")
        self.page_combo.addItem(_tr("US Letter"), "letter")
        self.page_combo.setAccessibleName(_tr("Paper size"))
        form.addRow(_tr("&Paper"), self.page_combo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(_tr("Anything you want your provider to read first (optional)"))
        self.note_edit.setAccessibleName(_tr("Your note for the provider"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        form.addRow(_tr("&Note"), self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(_tr("Save PDF…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _validate(self) -> None:
        ok = self.from_edit.date() <= self.to_edit.date()
        self.error_label.setText("" if ok else _tr("The first day must come before the last."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def options(self):
        from fibro_desktop.ui.charts.report import ReportOptions

        return ReportOptions(Period(_pydate(self.from_edit.date()), _pydate(self.to_edit.date())),
                             self.page_combo.currentData(), self.note_edit.toPlainText())


class ReportSaved(QDialog):
    """"Your report is saved": the folder and file name in plain words, a
    button that opens the PDF (``opener`` is ``QDesktopServices.openUrl``;
    tests pass their own) and one that closes."""

    def __init__(self, path: Path, parent: QWidget | None = None,
                 opener: Callable[[QUrl], bool] = QDesktopServices.openUrl):
        super().__init__(parent)
        self.path, self._opener = Path(path), opener
        self.setWindowTitle(_tr("Report saved"))
        self.setAccessibleName(_tr("Report saved"))
        layout = QVBoxLayout(self)
        self.message = QLabel(_tr("Your report is saved as %1 in the folder %2.")
                              .replace("%1", self.path.name).replace("%2", str(self.path.parent)))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the folder
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(_tr("&Open the report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_report)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def open_report(self) -> None:
        if self._opener(QUrl.fromLocalFile(str(self.path))):
            self.accept()
            return
        self.message.setText(_tr("No program to show PDF files was found on this computer. Your report is "
                                 "saved as %1 in the folder %2.").replace("%1", self.path.name)
                             .replace("%2", str(self.path.parent)))


def make_report_with_progress(parent: QWidget | None, ctx, path: Path, options) -> Path | None:
    """Write the PDF in a worker thread while showing progress (the charts
    are painted on images, the pages on a PDF writer: both allowed off the
    GUI thread); a calm message on failure."""
    from fibro_desktop.core.changes import Changes
    from fibro_desktop.ui.background import run_in_background
    from fibro_desktop.ui.charts.report import write_report_pdf

    now = ctx.clock.now()

    def work(progress):
        step = lambda value, text: progress(value, 100, text)  # noqa: E731
        return write_report_pdf(ctx.db, path, options, now, step), Changes()  # a file, no data changed

    try:
        return run_in_background(None, work, origin=None, label=_tr("Making your report…"), parent=parent,
                                 db=ctx.db, cancellable=False)
    except OSError as exc:  # ReportNotWritten included: nothing was left at the path
        text = file_failure_text(exc) or _tr("The report could not be written to %1. Please choose "
                                               "another place and try again.").replace("%1", str(path))
        QMessageBox.warning(parent, _tr("The report could not be saved"), text)
        return None


def open_report_dialog(parent: QWidget | None, ctx) -> Path | None:
    """The whole flow from the menu: options, file name, PDF, where it is."""
    dialog = ReportDialog(local_day(ctx.clock.now()), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    period = options.period
    suggested = Path.home() / f"spasm-report-{period.first.isoformat()}-to-{period.last.isoformat()}.pdf"
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the report"), str(suggested), _tr("PDF document (*.pdf)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    written = make_report_with_progress(parent, ctx, path, options)
    if written is not None:
        ReportSaved(written, parent).exec()
    return written
