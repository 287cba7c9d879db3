"""When to make an automatic backup, and which backups to keep.

Backups taken before an import, a restore, an update of the data (a
migration) or a protection change are the person's undo: the calendar
rule never prunes them; they are kept for :data:`PIN_DAYS` (or until the
person removes them) and then age out.

Both are pure functions of the times involved, so tests drive them with an
injected clock. All datetimes are timezone-aware; calendar buckets (days,
weeks, months) are taken in the local time zone of ``now``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from fibro_desktop.core.instants import local_day

#: Automatic backups are never closer together than this.
MIN_INTERVAL = timedelta(minutes=30)
#: Reasons of the backups that are an undo point (kept whatever the schedule says).
PINNED_REASONS = frozenset({"before-import", "before-restore", "before-migration", "before-protection"})
#: How long an undo point is kept before it ages out.
PIN_DAYS = timedelta(days=90)


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
    return local_day(last.astimezone(now.tzinfo)) != local_day(now)


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
    buckets: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (retention.daily, lambda t: local_day(t.astimezone(tz))),
        (retention.weekly, lambda t: t.astimezone(tz).isocalendar()[:2]),
        (retention.monthly, lambda t: (t.astimezone(tz).year, t.astimezone(tz).month)),
    )
    for count, bucket_of in buckets:
        seen: list[Hashable] = []
        for t in times:  # newest first, so the first of a bucket is its newest
            bucket = bucket_of(t)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(t)
    return keep


def backups_to_keep_by_reason(found: Iterable[tuple[datetime, str]], now: datetime,
                              retention: Retention = DEFAULT_RETENTION) -> set[tuple[datetime, str]]:
    """Return which of the ``(made, reason)`` backups in ``found`` to keep.

    Undo points (:data:`PINNED_REASONS`) younger than :data:`PIN_DAYS` are
    all kept and take no place in the calendar buckets; older ones age out.
    The others follow :func:`backups_to_keep`. The newest backup overall is
    always kept, so the rule never leaves a folder without a backup.
    """
    found = set(found)
    if not found:
        return set()
    pinned = {item for item in found if item[1] in PINNED_REASONS}
    regular = found - pinned
    keep = {item for item in pinned if now - item[0] < PIN_DAYS}
    kept_times = backups_to_keep([made for made, _ in regular], now, retention)
    keep.update(item for item in regular if item[0] in kept_times)
    keep.add(max(found))
    return keep
