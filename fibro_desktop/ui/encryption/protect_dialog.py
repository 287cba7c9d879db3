"""Protect the data with a passphrase, change the passphrase, or remove it.

One dialog, three modes (:data:`PROTECT`, :data:`CHANGE`, :data:`REMOVE`).
It checks what it can next to the fields (length, the repeat matches),
then calls ``apply(current, new, keep_plain_copy)`` from the wiring, which
returns ``None`` when done or a plain message to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from fibro_desktop.ui.encryption.common import (
    forgotten_note,
    message_label,
    passphrase_field,
    show_message,
    tr,
    wrapped,
)
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.dialog_body import scrolling_body
from fibro_desktop.ui.kit.widgets import heading as kit_heading

PROTECT, CHANGE, REMOVE = "protect", "change", "remove"
#: Same as the store's minimum (``cipher.MIN_PASSPHRASE_LENGTH``); ui may not import it eagerly.
MIN_LENGTH = 8

Apply = Callable[[str | None, str | None, bool], str | None]


def _texts(mode: str) -> tuple[str, str, str, str]:
    """Window title, heading, explanation, main button."""
    if mode == PROTECT:
        return (tr("Protect with a passphrase"), tr("Protect your data with a passphrase"),
                tr("Your journal and its backups will be encrypted on disk. Fibro Desktop will ask for the "
                   "passphrase each time it starts. Settings and the log file stay unencrypted; they hold "
                   "no journal entries. Exports you save are not encrypted."),
                tr("&Protect my data"))
    if mode == CHANGE:
        return (tr("Change passphrase"), tr("Change your passphrase"),
                tr("Your data and its backups will be encrypted again with the new passphrase."),
                tr("&Change passphrase"))
    return (tr("Remove protection"), tr("Remove the passphrase protection"),
            tr("Your journal and its backups will be stored without encryption again, protected only by "
               "your computer account. Fibro Desktop will no longer ask for a passphrase."),
            tr("&Remove protection"))


class ProtectDialog(QDialog):
    """Accepted once ``apply`` succeeded."""

    def __init__(self, mode: str, apply: Apply, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        self._apply = apply
        title, head, text, action = _texts(mode)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        # The body scrolls inside a dialog that fits the screen (200 % text, issue 20).
        layout = scrolling_body(self, (28, 24, 28, 20), 12)
        layout.addWidget(kit_heading(head, tokens.HEADING_2))
        layout.addWidget(wrapped(text))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current = self.new = self.repeat = None
        fields: list[QLineEdit] = []
        if mode in (CHANGE, REMOVE):
            label, self.current = passphrase_field(tr("C&urrent passphrase:"), tr("Current passphrase"), self)
            form.addRow(label, self.current)
            fields.append(self.current)
        if mode in (PROTECT, CHANGE):
            label, self.new = passphrase_field(tr("&New passphrase:"), tr("New passphrase"), self)
            form.addRow(label, self.new)
            label, self.repeat = passphrase_field(tr("&Repeat it:"), tr("Repeat the new passphrase"), self)
            form.addRow(label, self.repeat)
            fields += [self.new, self.repeat]
        self._fields = fields
        layout.addLayout(form)
        self.message = message_label()  # right under the fields it is about
        layout.addWidget(self.message)
        self.show_box = QCheckBox(tr("&Show passphrases"))
        self.show_box.setAccessibleName(tr("Show passphrases"))
        self.show_box.toggled.connect(self._show)
        layout.addWidget(self.show_box)
        self.keep_plain = None
        if mode == PROTECT:
            # Its words wrap: the sentence runs long in Portuguese and French (issue 20).
            keep_plain = CheckRow(tr("&Keep an unencrypted copy of my data as a backup"))
            self.keep_plain = keep_plain.box
            self.keep_plain.setAccessibleName(tr("Keep an unencrypted copy of my data as a backup"))
            layout.addWidget(keep_plain)
            layout.addWidget(wrapped(tr(
                "An unencrypted copy can be read by anyone who can open your files, so it undoes the "
                "protection; it is only a safety net for a forgotten passphrase. Without it, your existing "
                "backups are encrypted too. Copies already in a second backup folder, and exports, are "
                "not changed.")))
        if mode != REMOVE:
            layout.addWidget(wrapped(forgotten_note()))
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.apply_button, self.cancel_button):
            button.setMinimumHeight(34)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.attempt)
        self.cancel_button.clicked.connect(self.reject)
        self.layout().addWidget(buttons)
        fields[0].setFocus()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    def problem(self) -> str:
        """What is wrong with the fields, in plain words ("" when fine)."""
        if self.current is not None and not self.current.text():
            return tr("Please enter your current passphrase.")
        if self.new is not None:
            if len(self.new.text()) < MIN_LENGTH:
                return tr("Please choose a passphrase of at least %1 characters; a few words make a good one.") \
                    .replace("%1", str(MIN_LENGTH))
            if self.repeat.text() != self.new.text():
                return tr("The two new passphrases are not the same.")
            if self.current is not None and self.new.text() == self.current.text():
                return tr("The new passphrase is the same as the current one.")
        return ""

    def attempt(self) -> bool:
        problem = self.problem()
        if problem:
            show_message(self.message, problem)
            return False
        current = self.current.text() if self.current is not None else None
        new = self.new.text() if self.new is not None else None
        keep = bool(self.keep_plain is not None and self.keep_plain.isChecked())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            failure = self._apply(current, new, keep)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure:
            show_message(self.message, failure)
            return False
        self.accept()
        return True
