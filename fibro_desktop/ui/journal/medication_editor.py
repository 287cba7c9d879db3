"""Add or edit one entry of the person's own medications-and-supplements list.

Name, form and usual amount are kept exactly as the person writes them; the
form field offers a few everyday words (tablet, drops...) only to save
typing. Nothing here names or suggests a medicine or an amount.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.journal.records import Medication
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.core.text import MAX_NAME_CHARS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.form_parts import FieldRow
from fibro_desktop.ui.kit.widgets import big_target, form_layout, subheading
from fibro_desktop.ui.labels import validation_text
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator

#: Everyday words for the form, offered in the editable list (marked for
#: translation here, translated when shown).
FORM_WORDS = (
    QT_TRANSLATE_NOOP("MedicationEditor", "tablet"), QT_TRANSLATE_NOOP("MedicationEditor", "capsule"),
    QT_TRANSLATE_NOOP("MedicationEditor", "powder"), QT_TRANSLATE_NOOP("MedicationEditor", "drink"),
    QT_TRANSLATE_NOOP("MedicationEditor", "drops"), QT_TRANSLATE_NOOP("MedicationEditor", "cream or gel"),
    QT_TRANSLATE_NOOP("MedicationEditor", "spray"), QT_TRANSLATE_NOOP("MedicationEditor", "injection"),
)


_tr = translator("MedicationEditor")


class MedicationEditor(QFrame):
    """An inline editor; ``saved(Medication)`` after a successful save,
    ``cancelled()`` when the person closes it without saving."""

    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, db, clock, events: DataEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._events = events
        self._editing: Medication | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = subheading("")
        layout.addWidget(self.title)
        form = form_layout()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(_tr("as it is written on the pack, or as you call it"))
        self.form = QComboBox()
        self.form.setEditable(True)
        self.form.addItem("")
        for word in FORM_WORDS:
            self.form.addItem(_tr(word))
        self.form.lineEdit().setMaxLength(MAX_NAME_CHARS)
        self.usual_amount = QLineEdit()
        self.usual_amount.setMaxLength(MAX_NAME_CHARS)
        self.usual_amount.setPlaceholderText(_tr("your usual amount, in your own words"))
        self.rows: dict[str, FieldRow] = {}
        for key, label_text, field in (("name", _tr("Name"), self.name),
                                       ("form", _tr("Form"), self.form),
                                       ("usual_amount", _tr("Usual amount"), self.usual_amount)):
            big_target(field)
            row = FieldRow(field, label_text)
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, row)
            self.rows[key] = row
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_tr("Save to my list"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self.name.returnPressed.connect(self.save)
        self.usual_amount.returnPressed.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setAccessibleName(_tr("Medication or supplement"))

    def start(self, medication: Medication | None = None) -> None:
        """Show the editor, empty for a new entry or filled to edit ``medication``."""
        self._editing = medication
        self.title.setText(_tr("Add to your list") if medication is None else _tr("Change this entry"))
        self.name.setText(medication.name if medication else "")
        self.form.setCurrentText(medication.form if medication else "")
        self.usual_amount.setText(medication.usual_amount if medication else "")
        for row in self.rows.values():
            row.clear_error()
        self.show()
        self.name.setFocus()

    def save(self) -> bool:
        """Store the entry; inline messages and nothing written on a problem."""
        for row in self.rows.values():
            row.clear_error()
        base = self._editing or Medication(name="")
        medication = replace(base, name=self.name.text(), form=self.form.currentText(),
                             usual_amount=self.usual_amount.text())
        try:
            medication = run_for(self._events, lambda: journal_ops.save_medication(
                self._db, medication, self._clock.now()), origin=self)
        except InvalidEntry as invalid:
            for field, message in invalid.errors.items():
                self.rows.get(field, self.rows["name"]).show_error(validation_text(message))
            return False
        self._editing = None
        self.hide()
        self.saved.emit(medication)
        return True

    def _cancel(self) -> None:
        self._editing = None
        self.hide()
        self.cancelled.emit()
