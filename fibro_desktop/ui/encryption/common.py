"""Pieces shared by the encryption dialogs: translation, a
passphrase field with its label, an inline message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fibro_desktop.ui.translate import translator

tr = translator("Encryption")


def forgotten_note() -> str:
    return tr("If the passphrase is forgotten, this data cannot be opened again: it cannot be "
              "recovered or reset, by anyone. Write it down and keep it somewhere safe.")


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def passphrase_field(label_text: str, accessible: str, parent: QWidget | None = None) -> tuple[QLabel, QLineEdit]:
    """A label (its buddy the field) and a hidden-text field."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumHeight(32)
    label = QLabel(label_text, parent)
    label.setBuddy(field)
    return label, field


def message_label() -> QLabel:
    """An inline message next to the fields (empty and hidden until needed)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(tr("Message"))
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
