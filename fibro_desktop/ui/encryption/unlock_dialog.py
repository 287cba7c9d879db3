""""Your data is protected": the passphrase asked at start.

Shown after the first paint, before the database opens, when the data file
is encrypted. ``try_open(passphrase)`` (from the wiring) opens the data and
returns ``None``, or returns a plain message to show (wrong passphrase);
the person may try again as often as they like, or quit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from fibro_desktop.ui.encryption.common import (
    forgotten_note,
    message_label,
    passphrase_field,
    show_message,
    tr,
    wrapped,
)
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import heading as kit_heading

#: After this many wrong tries, a gentle hint about Caps Lock and layouts.
HINT_AFTER = 2


class UnlockDialog(QDialog):
    """Accepted once ``try_open`` succeeded; rejected means "quit"."""

    def __init__(self, try_open: Callable[[str], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._try_open = try_open
        self.failures = 0
        self.setWindowTitle(tr("Your data is protected"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(kit_heading(tr("Enter your passphrase"), tokens.HEADING_2, wrap=False))
        layout.addWidget(wrapped(tr("Your journal is encrypted with a passphrase you chose. "
                                    "Enter it to open your data.")))
        label, self.field = passphrase_field(tr("&Passphrase:"), tr("Passphrase"), self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        self.show_box = QCheckBox(tr("&Show passphrase"))
        self.show_box.setAccessibleName(tr("Show passphrase"))
        self.show_box.toggled.connect(self._show)
        layout.addWidget(self.show_box)
        self.message = message_label()
        layout.addWidget(self.message)
        self.note = wrapped(forgotten_note())
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_button, self.quit_button):
            button.setMinimumHeight(34)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.attempt)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _show(self, visible: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)

    def attempt(self) -> bool:
        """Try the passphrase typed; True when the data opened."""
        passphrase = self.field.text()
        if not passphrase:
            show_message(self.message, tr("Please enter your passphrase."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a moment to derive
        try:
            problem = self._try_open(passphrase)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is None:
            show_message(self.message, "")
            self.accept()
            return True
        self.failures += 1
        if self.failures >= HINT_AFTER:
            problem += " " + tr("Is Caps Lock on, or is another keyboard layout active?")
        show_message(self.message, problem)
        self.field.selectAll()
        self.field.setFocus()
        return False
