"""The optional evening check-in reminder (off unless the person turns it on).

:class:`CheckInReminder` only keeps time and emits :attr:`due`; showing a
gentle tray message is the tray's business (wired by the journal's wiring).
It arms one single-shot :class:`QTimer` for the next reminder, but never for
longer than :data:`MAX_WAIT_MS`: on each wake-up it compares the injected
clock with the target, so a changed clock, daylight saving or a sleeping
computer cannot make it fire at the wrong hour.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.reminder import next_reminder, parse_reminder_time
from fibro_desktop.ui import preferences as prefs

#: Longest single wait in milliseconds before the clock is looked at again.
MAX_WAIT_MS = 15 * 60 * 1000
#: A reminder noticed later than this (the computer slept through the
#: evening) is dropped rather than shown at an odd hour.
LATE_LIMIT = timedelta(hours=3)


class CheckInReminder(QObject):
    """Emits :attr:`due` once a day at the chosen time while the preference
    :data:`~fibro_desktop.ui.preferences.JOURNAL_CHECKIN_REMINDER` is on.

    ``clock`` gives aware local time. ``already_checked_in(day)`` (optional)
    says whether that local day has its check-in; then there is nothing to
    remind and :attr:`due` is not emitted that day.
    """

    due = Signal()

    def __init__(self, preferences: prefs.Preferences, clock,
                 already_checked_in: Callable[[date], bool] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._prefs = preferences
        self._clock = clock
        self._already_checked_in = already_checked_in
        self._target: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        preferences.changed.connect(self._on_preference_changed)
        self.arm()

    def enabled(self) -> bool:
        return bool(self._prefs.get(prefs.JOURNAL_CHECKIN_REMINDER))

    def next_due(self) -> datetime | None:
        """When :attr:`due` will next be emitted (aware), ``None`` when off."""
        return self._target

    def is_armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        """Compute the next reminder from the clock and (re)start the timer;
        stops it when the reminder is off."""
        if not self.enabled():
            self._target = None
            self._timer.stop()
            return
        at = parse_reminder_time(self._prefs.get(prefs.JOURNAL_CHECKIN_REMINDER_TIME))
        self._target = next_reminder(self._clock.now(), at)
        self._start_timer()

    def check(self) -> None:
        """Look at the clock: emit :attr:`due` if the reminder time has come,
        then wait again. The timer calls this; it is also safe to call after
        the computer wakes up."""
        if self._target is None:
            return
        now = self._clock.now()
        if now < self._target:
            self._start_timer()  # woke early (the wait is capped): wait on
            return
        late = now - self._target
        if late <= LATE_LIMIT and not self._checked_in(local_day(now)):
            self.due.emit()
        self.arm()

    def _checked_in(self, day: date) -> bool:
        return self._already_checked_in is not None and self._already_checked_in(day)

    def _start_timer(self) -> None:
        remaining_ms = (self._target - self._clock.now()) / timedelta(milliseconds=1)
        # Rounded up: waking a fraction of a millisecond early would only
        # mean another wake-up.
        self._timer.start(max(0, min(MAX_WAIT_MS, math.ceil(remaining_ms))))

    def _on_preference_changed(self, key: str) -> None:
        if key in (prefs.JOURNAL_CHECKIN_REMINDER.key, prefs.JOURNAL_CHECKIN_REMINDER_TIME.key):
            self.arm()
