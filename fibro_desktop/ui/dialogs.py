"""Small dialogs: first-run welcome and About.

Both say plainly that the app is not a medical device and that everything
stays on this computer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop import __version__
from fibro_desktop.ui.kit.dialog_body import scrolling_body
from fibro_desktop.ui.translate import fill, translator

_tr = translator("Dialogs")


def disclaimer_text() -> str:
    return _tr(
        "Fibro Desktop is not a medical device and does not diagnose anything. "
        "It helps you keep notes and habits. Always talk to your doctor or care "
        "team about your symptoms and before changing any treatment."
    )


def _paragraph(text: str, heading: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if heading:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
    return label


def _dialog_layout(dialog: QDialog) -> QVBoxLayout:
    # The words scroll inside a dialog that fits the screen (200 % text, issue 20).
    return scrolling_body(dialog, (28, 24, 28, 20), 14)


def _finish(dialog: QDialog, layout: QVBoxLayout, buttons: QDialogButtonBox) -> None:
    # Spare height (word-wrapped labels over-estimate it) goes above the
    # buttons instead of between paragraphs; the buttons stay out of the scrolling part.
    layout.addStretch(1)
    dialog.layout().addWidget(buttons)
    dialog.resize(dialog.minimumWidth(), dialog.heightForWidth(dialog.minimumWidth()))


class WelcomeDialog(QDialog):
    """Shown on first start; also from Help → Welcome and safety notes.

    Below the welcome it sums up when to see a doctor (the summary of the
    Learn guide "When to see a doctor"; ``safety_summary`` replaces it).
    With ``open_warning_signs``, a button closes the dialog and calls it to
    open that guide."""

    def __init__(self, parent: QWidget | None = None, *, safety_summary: str | None = None,
                 open_warning_signs: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Fibro Desktop"))
        self.setMinimumWidth(560)
        layout = _dialog_layout(self)
        heading = _paragraph(self.tr("Welcome. This app is here to make hard days a little easier."), heading=True)
        layout.addWidget(heading)
        layout.addWidget(_paragraph(self.tr(
            "Log a spasm in a few seconds, even in the middle of one, and add details later. "
            "Pace your desk work with gentle breaks, listen to calming sessions, keep your "
            "rescue kit and routine at hand, and see over time what seems to help.")))
        layout.addWidget(_paragraph(self.tr(
            "Everything stays on this computer. The app never connects to the internet, "
            "has no account and sends nothing anywhere.")))
        if safety_summary is None:
            from fibro_desktop.ui.learn.library import warning_signs_summary

            safety_summary = warning_signs_summary()
        self.safety_heading = _paragraph(self.tr("When to see a doctor"), heading=True)
        layout.addWidget(self.safety_heading)
        self.safety_summary = _paragraph(safety_summary)
        layout.addWidget(self.safety_summary)
        layout.addWidget(_paragraph(self.tr(
            "Short guides in plain words, about why spasms happen and what helps, are in Help → Learn.")))
        layout.addWidget(_paragraph(disclaimer_text()))
        buttons = QDialogButtonBox()
        self.guide_button = None
        if open_warning_signs is not None:
            self.guide_button = buttons.addButton(self.tr("Read the warning signs"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.guide_button.clicked.connect(lambda: (self.accept(), open_warning_signs()))
        self.start_button = buttons.addButton(self.tr("Get started"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        _finish(self, layout, buttons)
        self.start_button.setFocus()


class AboutDialog(QDialog):
    """Version, where the data lives, the medical disclaimer, and the licences."""

    def __init__(self, data_dir: Path, log_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Fibro Desktop"))
        self.setMinimumWidth(560)
        layout = _dialog_layout(self)
        layout.addWidget(_paragraph(fill(self.tr("Fibro Desktop %1"), __version__), heading=True))
        layout.addWidget(_paragraph(self.tr(
            "A private companion for people with fibromyalgia who live with muscle spasms.")))
        layout.addWidget(_paragraph(fill(self.tr("Your data is kept here, on this computer only:\n%1"), str(data_dir))))
        # Under the folder it opens, not in the row of buttons: three buttons
        # there were squeezed in German and French at 200 % text (issue 20).
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: open_folder_in_file_manager(data_dir))
        layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_paragraph(fill(self.tr("Log files: %1"), str(log_dir))))
        layout.addWidget(_paragraph(disclaimer_text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licences"))
        self.licences_button.clicked.connect(self.show_licences)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        _finish(self, layout, buttons)

    def show_licences(self) -> None:
        from fibro_desktop.ui.licences_dialog import LicencesDialog

        LicencesDialog(self).exec()


def open_folder_in_file_manager(path: Path) -> bool:
    """Open a local folder in the OS file manager (a local URL, no network)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
