"""Local calendar days: which day a moment belongs to, and day rollover.

A moment belongs to the local calendar day of its own UTC offset, so
00:05 is already the new day. Only today and yesterday may be edited in
the routine (yesterday can be filled in afterwards).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from fibro_desktop.core.instants import local_day


def editable_days(now: datetime) -> tuple[date, date]:
    """(today, yesterday): the days whose routine may still be changed."""
    today = local_day(now)
    return today, today - timedelta(days=1)


def is_editable(day: date, now: datetime) -> bool:
    return day in editable_days(now)


@dataclass
class DayRollover:
    """Notices when the local day changes between two looks at the clock.

    Create it with the current moment; call :meth:`check` with each new
    moment (e.g. once a minute); it returns True once per change of day,
    also after a sleep that skipped several days or a clock set back.
    """

    now: datetime
    day: date = field(init=False)

    def __post_init__(self) -> None:
        self.day = local_day(self.now)

    def check(self, now: datetime) -> bool:
        day = local_day(now)
        if day == self.day:
            return False
        self.day = day
        return True
