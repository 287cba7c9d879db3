"""Help → About → Licences: the app's licence and the software it includes.

A short plain statement on top, then one text at a time, chosen from a list
(the texts are long; one read-only view with its own scrolling is calmer
than many). Every control is named for screen readers and reachable by
keyboard; the text view takes focus first so the arrows scroll it.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.licences import LicenceText, licence_texts


class LicencesDialog(QDialog):
    """Shows :func:`fibro_desktop.licences.licence_texts`, one at a time."""

    def __init__(self, parent: QWidget | None = None, texts: list[LicenceText] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.texts = licence_texts() if texts is None else texts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        intro = QLabel(self.tr(
            "Fibro Desktop is free software: you may use, share and change it under the GNU "
            "General Public License, version 3 or later. It comes with no warranty. It is built "
            "with other people's free software, each under its own licence, listed here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Licence text to show"))
        for text in self.texts:
            self.choice.addItem(self._title(text.name))
        form.addRow(self.tr("&Show:"), self.choice)
        layout.addLayout(form)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Licence text"))
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.view, 1)
        if not self.texts:
            self.view.setPlainText(self.tr(
                "The licence files are missing from this installation. Fibro Desktop is released "
                "under the GNU General Public License, version 3 or later."))
        self.choice.currentIndexChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(0)
        self.resize(760, 620)
        self.view.setFocus()

    def _title(self, name: str) -> str:
        titles = {
            "LICENSE": self.tr("Fibro Desktop: GNU General Public License 3"),
            "THIRD-PARTY-NOTICES.txt": self.tr("Software included, with their notices"),
            "LGPL-3.0.txt": self.tr("GNU Lesser General Public License 3 (Qt)"),
            "LGPL-2.1.txt": self.tr("GNU Lesser General Public License 2.1 (FFmpeg)"),
            "Apache-2.0.txt": self.tr("Apache License 2.0 (OpenSSL)"),
        }
        return titles.get(name, name)

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.texts):
            self.view.setPlainText(self.texts[index].text)
            self.view.moveCursor(self.view.textCursor().MoveOperation.Start)
