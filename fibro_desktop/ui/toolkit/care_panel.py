"""The care team: optional contacts kept on this computer, shown in the
rescue plan so a number is at hand when it is needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.core.toolkit.care import CARE_ROLES, check_email
from fibro_desktop.core.toolkit.validation import InvalidInput
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import rescue_plan as store
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.widgets import big_target, empty_state, form_layout, heading
from fibro_desktop.ui.learn.link import beside, learn_link
from fibro_desktop.ui.operations import Writer
from fibro_desktop.ui.toolkit.ordered_list import ID_ROLE
from fibro_desktop.ui.toolkit.texts import (
    error_text,
    inline_message,
    role_label,
    show_message,
    tr,
)
from fibro_desktop.ui.toolkit.undo_bar import UndoBar


class CarePanel(QWidget):
    """List of contacts with a form below; writes go through ``write``,
    ``changed`` is called after each."""

    def __init__(self, db, clock, write: Writer, changed: Callable[[], None], parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db, self._clock, self._write, self._changed = db, clock, write, changed
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Care team contacts"))
        self.list.setAlternatingRowColors(True)
        self.empty_label = empty_state(tr("No contacts yet. Adding them is optional; they stay on this computer. "
                                           "Fill in the form below and press Save contact."))
        self.role = QComboBox()
        for role, _label in CARE_ROLES:
            self.role.addItem(role_label(role), role)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QLineEdit()
        self.name_message = inline_message()
        self.email_message = inline_message()
        self.new_button = QPushButton(tr("Ne&w contact"))
        self.save_button = QPushButton(tr("&Save contact"))
        self.delete_button = QPushButton(tr("&Delete contact"))
        big_target(self.role, self.name, self.phone, self.email, self.notes, self.new_button, self.save_button,
                   self.delete_button)
        form = form_layout()
        for text, field, message in ((tr("&Role"), self.role, None), (tr("&Name"), self.name, self.name_message),
                                     (tr("&Phone"), self.phone, None), (tr("&Email"), self.email, self.email_message),
                                     (tr("N&otes"), self.notes, None)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if message is not None:
                form.addRow("", message)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.learn_link = learn_link(tr("Therapists who can help"), PLACE_LINKS["care_team"], self._open_guide,
                                     topic=tr("therapists who can help"))
        layout.addWidget(beside(heading(tr("My care team"), tokens.HEADING_2), self.learn_link))
        hint = QLabel(tr("Choose someone to change their details, or fill in the form and press Save to add "
                         "a new person. Their numbers show in your rescue plan."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self.list.setMinimumHeight(tokens.TARGET_PX * 3)

        self.list.currentRowChanged.connect(lambda _row: self._load_current())
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self._contacts = {c.id: c for c in store.list_contacts(self._db)}
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self._contacts.values():
            item = QListWidgetItem(tr("%1: %2", role_label(contact.role), contact.name))
            item.setData(ID_ROLE, contact.id)
            item.setSizeHint(QSize(0, tokens.TARGET_PX))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty_label.setVisible(not self._contacts)
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == select:
                self.list.setCurrentRow(row)
        self._load_current()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _load_current(self) -> None:
        contact = self._contacts.get(self._current_id())
        self.delete_button.setEnabled(contact is not None)
        if contact is None:
            return
        self.role.setCurrentIndex(max(0, self.role.findData(contact.role)))
        self.name.setText(contact.name)
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        self.notes.setText(contact.notes)
        show_message(self.name_message, "")
        show_message(self.email_message, "")

    def start_new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        for field in (self.name, self.phone, self.email, self.notes):
            field.clear()
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def save(self) -> None:
        email_error = check_email(self.email.text())
        show_message(self.email_message, error_text(email_error) if email_error else "")
        try:
            fields = dict(role=self.role.currentData(), name=self.name.text(), phone=self.phone.text(),
                          email=self.email.text(), notes=self.notes.text())
            contact_id = self._current_id()
            contact = self._write.value(lambda: toolkit_ops.save_contact(
                self._db, self._clock.now(), contact_id=contact_id, **fields))
        except InvalidInput as error:
            target = self.email_message if error.field == "email" else self.name_message
            show_message(target, error_text(error.code))
            (self.email if error.field == "email" else self.name).setFocus()
            return
        show_message(self.name_message, "")
        self.refresh(contact.id)
        self._changed()

    def delete_current(self) -> None:
        contact = self._contacts.get(self._current_id())
        if contact is not None:
            self._write(lambda: toolkit_ops.delete_contact(self._db, contact.id))
            self.start_new()
            self.refresh()
            self._changed()
            self.undo_bar.offer(tr("“%1” was deleted.", contact.name), lambda: self._restore(contact))

    def _restore(self, contact) -> None:
        self._write(lambda: toolkit_ops.undo_delete_contact(self._db, self._clock.now(), contact))
        self.refresh(contact.id)
        self._changed()
