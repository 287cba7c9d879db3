"""Which local day a daily check-in is for, by default (pure; time passed in).

Someone filling in the check-in at 00:40 usually means the day that has just
ended, but not always. Before :data:`ASK_BEFORE` the app therefore has no
default and asks; after it, the default is today.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from fibro_desktop.core.instants import local_day

#: Local time of day until which the check-in asks "today or yesterday?".
ASK_BEFORE = time(4, 0)


def default_checkin_day(now: datetime) -> date | None:
    """Today's date, or ``None`` in the small hours when the person must
    choose (``now`` is local wall time)."""
    if now.time() < ASK_BEFORE:
        return None
    return local_day(now)


def choosable_days(now: datetime) -> tuple[date, date]:
    """(today, yesterday) as local dates: the days the check-in offers."""
    today = local_day(now)
    return today, today - timedelta(days=1)
