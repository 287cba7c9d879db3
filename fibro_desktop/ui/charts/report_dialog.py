"""The provider report dialog: choose the period, paper size and an
optional note, then where to save; a progress bar while the PDF is made.

The report takes well under the 5 s budget even for ten years, so it is
made on the GUI thread, with the progress dialog repainted between steps
(widgets are never touched from another thread).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.instants import local_day
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
        form = QFormLayout()
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
    """The whole flow from the menu: options, file name, PDF."""
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
    return make_report_with_progress(parent, ctx, path, options)
