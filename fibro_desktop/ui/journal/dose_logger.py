"""Log one dose of an entry on the person's list, ready to save in one click.

Opened from the list's "Log a dose" button with the time set to now, the
amount filled in from the usual amount and "taken" chosen, so a second click
on "Save dose" is enough. Everything can be changed first: time, amount,
taken or skipped, side effects, and whether it helped.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.journal.records import Dose, Medication
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.core.text import MAX_NAME_CHARS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.form_parts import TOGGLE_STYLE, ErrorLabel, FieldRow
from fibro_desktop.ui.kit.widgets import big_target, form_layout, subheading
from fibro_desktop.ui.labels import validation_text, vocabulary_text
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator

_tr = translator("DoseLogger")


def _choice_row(group: QButtonGroup, choices: list[tuple[str, str]]) -> tuple[QWidget, dict]:
    """A row of large one-of-several toggle buttons in ``group`` (bigger
    targets than radio buttons, and clear in both themes); returns the row
    and a mapping id → button."""
    row = QWidget()
    row.setStyleSheet(TOGGLE_STYLE)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    group.setExclusive(True)
    buttons = {}
    for choice_id, text in choices:
        button = QPushButton(text)
        button.setCheckable(True)
        big_target(button)
        button.setAccessibleName(text)
        group.addButton(button)
        layout.addWidget(button)
        buttons[choice_id] = button
    layout.addStretch(1)
    return row, buttons


class DoseLogger(QFrame):
    """``saved(Dose)`` after a dose was stored; ``cancelled()`` otherwise."""

    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, db, clock, events: DataEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._events = events
        self._medication: Medication | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = subheading("")
        layout.addWidget(self.title)
        form = form_layout()
        self.rows: dict[str, FieldRow] = {}

        time_box = QWidget()
        time_layout = QHBoxLayout(time_box)
        time_layout.setContentsMargins(0, 0, 0, 0)
        self.time = QDateTimeEdit()
        self.time.setCalendarPopup(True)
        # Day names and months in the person's language, whatever the locale's
        # numeric short format looks like.
        self.time.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        big_target(self.time)
        self.time.setAccessibleName(_tr("Time taken"))
        self.now_button = QPushButton(_tr("Now"))
        self.now_button.setAccessibleName(_tr("Set the time to now"))
        self.now_button.clicked.connect(self._set_now)
        time_layout.addWidget(self.time)
        time_layout.addWidget(self.now_button)
        time_layout.addStretch(1)
        self._add_row(form, "taken", _tr("Time"), time_box, self.time)

        self.amount = QLineEdit()
        self.amount.setMaxLength(MAX_NAME_CHARS)
        big_target(self.amount)
        self.amount.setPlaceholderText(_tr("as you write it"))
        self._add_row(form, "amount", _tr("Amount"), self.amount)

        self._status_group = QButtonGroup(self)
        status_row, self.status_buttons = _choice_row(
            self._status_group, [("taken", _tr("Taken")), ("skipped", _tr("Skipped"))])
        self._add_row(form, "status", _tr("Taken or skipped"), status_row)

        self._helped_group = QButtonGroup(self)
        helped_row, self.helped_buttons = _choice_row(
            self._helped_group, [("", _tr("Not said"))] + [(t.id, vocabulary_text(t.label)) for t in v.HELPED])
        self._add_row(form, "helped", _tr("Did it help?"), helped_row)

        self.side_effects = QLineEdit()
        big_target(self.side_effects)
        self.side_effects.setPlaceholderText(_tr("anything you noticed, for example drowsiness"))
        self._add_row(form, "side_effects", _tr("Side effects"), self.side_effects)
        layout.addLayout(form)

        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_tr("Save dose"))
        self.save_button.setDefault(True)
        big_target(self.save_button)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self.amount.returnPressed.connect(self.save)
        self.side_effects.returnPressed.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setAccessibleName(_tr("Log a dose"))

    def _add_row(self, form: QFormLayout, key: str, label_text: str, widget: QWidget,
                 buddy: QWidget | None = None) -> None:
        row = FieldRow(widget, label_text)
        label = QLabel(label_text)
        label.setBuddy(buddy or widget)
        if buddy is not None:
            buddy.setAccessibleName(label_text)
        form.addRow(label, row)
        self.rows[key] = row

    def medication(self) -> Medication | None:
        return self._medication

    def start(self, medication: Medication) -> None:
        """Show the logger for ``medication``: time now, its usual amount,
        "taken", helped not said; the Save button has the focus."""
        self._medication = medication
        self.title.setText(_tr("Log a dose: %1").replace("%1", medication.name))
        self._set_now()
        self.amount.setText(medication.usual_amount)
        self.status_buttons["taken"].setChecked(True)
        self.helped_buttons[""].setChecked(True)
        self.side_effects.clear()
        self._clear_errors()
        self.show()
        self.save_button.setFocus()

    def taken_at(self) -> datetime:
        """The chosen time as an aware datetime in the clock's local offset."""
        qt_time = self.time.dateTime()
        day, clock_time = qt_time.date(), qt_time.time()
        return datetime(day.year(), day.month(), day.day(), clock_time.hour(), clock_time.minute(),
                        tzinfo=self._clock.now().tzinfo)

    def set_taken_at(self, moment: datetime) -> None:
        self.time.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                        QTime(moment.hour, moment.minute)))

    def save(self) -> bool:
        """Store the dose; inline messages and nothing written on a problem."""
        if self._medication is None:
            return False
        self._clear_errors()
        status = next(k for k, b in self.status_buttons.items() if b.isChecked())
        helped = next(k for k, b in self.helped_buttons.items() if b.isChecked()) or None
        dose = Dose(medication_uid=self._medication.uid, taken=self.taken_at(),
                    amount=self.amount.text(), status=status,
                    side_effects=self.side_effects.text(), helped=helped)
        try:
            dose = run_for(self._events, lambda: journal_ops.log_dose(self._db, dose, self._clock.now()), origin=self)
        except InvalidEntry as invalid:
            for field, message in invalid.errors.items():
                text = validation_text(message)
                if field in self.rows:
                    self.rows[field].show_error(text)
                else:
                    self.general_error.show_message(text)
            return False
        self.hide()
        self.saved.emit(dose)
        return True

    def _set_now(self) -> None:
        self.set_taken_at(self._clock.now())

    def _clear_errors(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.general_error.clear_message()

    def _cancel(self) -> None:
        self._medication = None
        self.hide()
        self.cancelled.emit()
