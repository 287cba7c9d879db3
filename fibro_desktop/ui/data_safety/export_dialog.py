"""File → Export…: choose the format and, if wanted, a range of days.

The dialog only collects choices (:meth:`ExportDialog.choice`); the
wiring asks where to write, runs the export with a progress bar and
reports the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.ui.data_safety.labels import tr
from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.dialog_body import scrolling_body

FORMATS = ("json", "csv-zip", "csv-folder")


@dataclass(frozen=True)
class ExportChoice:
    kind: str  # one of FORMATS
    start: date | None
    end: date | None
    #: JSON only: also write the own recordings into NAME-audio.zip beside it.
    with_audio: bool = False

    @property
    def fmt(self) -> str:
        return "json" if self.kind == "json" else "csv"


class ExportDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export your data"))
        self.setMinimumWidth(520)
        # The body scrolls inside a dialog that fits the screen (200 % text, issue 20).
        layout = scrolling_body(self, (24, 20, 24, 16), 12)
        intro = QLabel(tr("An export is a copy of your data in an open format, to keep, to move to another "
                          "computer, or to open in a spreadsheet. It stays where you save it; nothing is sent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        formats = QGroupBox(tr("Format"))
        format_layout = QVBoxLayout(formats)
        self.format_group = QButtonGroup(self)
        labels = (tr("&JSON: one file with everything, to bring back into Fibro Desktop"),
                  tr("CSV in a &zip: one table per file, for spreadsheets"),
                  tr("CSV in a &folder: the same, as loose files"))
        self.format_buttons = {}
        for kind, label in zip(FORMATS, labels):
            # Long sentences in German or French: their words wrap (issue 20).
            row = CheckRow(label, box=QRadioButton())
            self.format_group.addButton(row.box)
            format_layout.addWidget(row)
            self.format_buttons[kind] = row.box
        self.format_buttons["json"].setChecked(True)
        audio_row = CheckRow(tr("Include my own &recordings"))
        self.with_audio = audio_row.box
        # The longer part is a label under it (200 % text, a narrow window, a longer language).
        audio_hint = QLabel(tr("They are saved in a second file, …-audio.zip, beside the export. "
                               "Keep the two together."))
        audio_hint.setWordWrap(True)
        audio_hint.setIndent(24)
        self.with_audio.setAccessibleDescription(audio_hint.text())
        self.with_audio.setChecked(True)
        self.format_buttons["json"].toggled.connect(audio_row.setEnabled)
        self.format_buttons["json"].toggled.connect(audio_hint.setEnabled)
        format_layout.addWidget(audio_row)
        format_layout.addWidget(audio_hint)
        layout.addWidget(formats)

        limit_row = CheckRow(tr("Only &these days:"))
        self.limit = limit_row.box
        layout.addWidget(limit_row)
        form = QFormLayout()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.limit.toggled.connect(edit.setEnabled)
        form.addRow(tr("&From:"), self.start)
        form.addRow(tr("&To:"), self.end)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        self.layout().addWidget(buttons)
        self.format_buttons["json"].setFocus()

    def choice(self) -> ExportChoice:
        kind = next(k for k, b in self.format_buttons.items() if b.isChecked())
        with_audio = kind == "json" and self.with_audio.isChecked()
        if not self.limit.isChecked():
            return ExportChoice(kind, None, None, with_audio)
        return ExportChoice(kind, self.start.date().toPython(), self.end.date().toPython(), with_audio)

    def accept(self) -> None:
        choice = self.choice()
        if choice.start and choice.end and choice.start > choice.end:
            self.error.setText(tr("The first day is after the last day. Please swap them."))
            self.error.setVisible(True)
            self.start.setFocus()
            return
        super().accept()
