"""When to make an automatic backup, and which backups to keep.

Both are pure functions of the times involved, so tests drive them with an
injected clock. All datetimes are timezone-aware; calendar buckets (days,
weeks, months) are taken in the local time zone of ``now``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

#: Automatic backups are never closer together than this.
MIN_INTERVAL = timedelta(minutes=30)


@dataclass(frozen=True)
class Retention:
    """How many backups to keep per calendar bucket (newest one of each)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_RETENTION = Retention()


def start_backup_due(last: datetime | None, now: datetime) -> bool:
    """A backup at start-up is due on the first start of a new local day.

    ``last`` is when the newest backup was made (``None`` if there is none).
    """
    if last is None:
        return True
    if now - last < MIN_INTERVAL:
        return False
    return last.astimezone(now.tzinfo).date() != now.date()


def exit_backup_due(last: datetime | None, now: datetime, changed: bool) -> bool:
    """On exit, back up when something changed, at most every 30 minutes."""
    if not changed:
        return False
    return last is None or now - last >= MIN_INTERVAL


def backups_to_keep(made: Iterable[datetime], now: datetime,
                    retention: Retention = DEFAULT_RETENTION) -> set[datetime]:
    """Return which of the backup times in ``made`` to keep.

    Grandfather-father-son: the newest backup of each of the last
    ``retention.daily`` local days that have one, of the last
    ``retention.weekly`` ISO weeks, and of the last ``retention.monthly``
    months; the newest backup overall is always kept. Backups dated in the
    future (a clock that was wrong) are kept, never deleted on a guess.
    """
    times = sorted(set(made), reverse=True)
    if not times:
        return set()
    keep = {times[0]}
    keep.update(t for t in times if t > now)
    tz = now.tzinfo
    buckets = (
        (retention.daily, lambda t: t.astimezone(tz).date()),
        (retention.weekly, lambda t: t.astimezone(tz).isocalendar()[:2]),
        (retention.monthly, lambda t: (t.astimezone(tz).year, t.astimezone(tz).month)),
    )
    for count, bucket_of in buckets:
        seen: list = []
        for t in times:  # newest first, so the first of a bucket is its newest
            bucket = bucket_of(t)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(t)
    return keep
