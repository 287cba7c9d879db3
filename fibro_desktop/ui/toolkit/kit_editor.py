"""The dialog that edits one kit item: name, where it is kept, a note, and
an optional count with its restock threshold. Errors show next to the field
and nothing is saved until every field is valid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.kit import KitItem
from fibro_desktop.ui.kit.widgets import big_target, form_layout
from fibro_desktop.ui.toolkit.texts import error_text, inline_message, show_message, tr


class KitItemDialog(QDialog):
    """Edit ``item`` (or a new one when ``None``). After ``accept()``,
    :meth:`values` returns the cleaned fields as keyword arguments for the
    store's ``add_kit_item`` / ``update_kit_item``."""

    def __init__(self, item: KitItem | None, other_names: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Kit item") if item is None else tr("Edit kit item"))
        self._other_names = list(other_names)
        self._original_name = item.name if item else None
        self.name = QLineEdit(item.name if item else "")
        self.location = QLineEdit(item.location if item else "")
        self.location.setPlaceholderText(tr("e.g. work bag, desk drawer"))
        self.note = QPlainTextEdit(item.note if item else "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.quantity = QLineEdit("" if not item or item.quantity is None else str(item.quantity))
        self.quantity.setPlaceholderText(tr("leave empty if you do not count it"))
        self.restock = QLineEdit("" if not item or item.restock_below is None else str(item.restock_below))
        self.restock.setPlaceholderText(tr("remind me when fewer than this are left"))
        big_target(self.name, self.location, self.quantity, self.restock)
        self.name_message = inline_message()
        self.quantity_message = inline_message()
        self.restock_message = inline_message()

        form = form_layout()
        for label_text, field, message in (
                (tr("&Name"), self.name, self.name_message),
                (tr("&Kept where"), self.location, None),
                (tr("N&ote"), self.note, None),
                (tr("&How many left"), self.quantity, self.quantity_message),
                (tr("&Restock below"), self.restock, self.restock_message)):
            label = QLabel(label_text)
            label.setBuddy(field)
            field.setAccessibleName(label_text.replace("&", ""))
            form.addRow(label, field)
            if message is not None:
                form.addRow("", message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        big_target(*buttons.buttons())
        self.setMinimumWidth(480)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._check_duplicate)
        self._values: dict = {}

    def _check_duplicate(self) -> None:
        if v.is_duplicate(self.name.text(), self._other_names, ignore=self._original_name):
            show_message(self.name_message, tr("You already have an item with this name; that is fine if you mean it."))
        else:
            show_message(self.name_message, "")

    def _try_accept(self) -> None:
        name, name_error = v.check_name(self.name.text())
        quantity, quantity_error = v.check_count(self.quantity.text())
        restock, restock_error = v.check_count(self.restock.text())
        show_message(self.name_message, error_text(name_error) if name_error else "")
        show_message(self.quantity_message, error_text(quantity_error) if quantity_error else "")
        show_message(self.restock_message, error_text(restock_error) if restock_error else "")
        for field, error in ((self.name, name_error), (self.quantity, quantity_error), (self.restock, restock_error)):
            if error:
                field.setFocus()
                return
        self._values = dict(name=name, location=self.location.text(), note=self.note.toPlainText(),
                            quantity=quantity, restock_below=restock)
        self.accept()

    def values(self) -> dict:
        return dict(self._values)
