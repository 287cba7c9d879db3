"""The two controls of the evening check-in reminder: on/off and the time.

A small widget the Journal page or the Settings dialog can place; it reads
and writes :data:`~fibro_desktop.ui.preferences.JOURNAL_CHECKIN_REMINDER`
and ``JOURNAL_CHECKIN_REMINDER_TIME``, and a running
:class:`~fibro_desktop.ui.journal.checkin_reminder.CheckInReminder` follows
the change through ``Preferences.changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QWidget

from fibro_desktop.core.journal.reminder import format_reminder_time, parse_reminder_time
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.translate import translator

_tr = translator("ReminderSettings")


class ReminderSettings(QWidget):
    """"Remind me to check in at [20:00]" (off by default)."""

    def __init__(self, preferences: prefs.Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs = preferences
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(_tr("Remind me to check in each evening at"))
        self.enabled.setAccessibleName(_tr("Evening check-in reminder"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        big_target(self.time)
        self.time.setAccessibleName(_tr("Reminder time"))
        label = QLabel(_tr("(a quiet note from the tray icon)"))
        layout.addWidget(self.enabled)
        layout.addWidget(self.time)
        layout.addWidget(label)
        layout.addStretch(1)
        self.enabled.setChecked(bool(preferences.get(prefs.JOURNAL_CHECKIN_REMINDER)))
        at = parse_reminder_time(preferences.get(prefs.JOURNAL_CHECKIN_REMINDER_TIME))
        self.time.setTime(QTime(at.hour, at.minute))
        self.time.setEnabled(self.enabled.isChecked())
        self.enabled.toggled.connect(self._on_toggled)
        self.time.timeChanged.connect(self._on_time_changed)

    def _on_toggled(self, on: bool) -> None:
        self.time.setEnabled(on)
        self._prefs.set(prefs.JOURNAL_CHECKIN_REMINDER, on)

    def _on_time_changed(self, value: QTime) -> None:
        self._prefs.set(prefs.JOURNAL_CHECKIN_REMINDER_TIME,
                        format_reminder_time(value.toPython()))
