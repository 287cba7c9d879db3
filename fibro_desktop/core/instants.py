"""Instants as they are stored: UTC text plus the local offset of the moment.

A moment is kept as ``YYYY-MM-DDTHH:MM:SS`` in UTC (sortable as text) and the
UTC offset, in minutes, that the person's computer had at that moment. The
pair gives back the exact aware datetime they saw, so travel or a change to
or from daylight-saving time never moves an entry already written.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S"


def to_stored(moment: datetime) -> tuple[str, int]:
    """Split an aware ``moment`` into (UTC text, offset in minutes).

    Raises ``ValueError`` for a naive datetime: guessing its zone would
    silently move it.
    """
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored moment needs a time zone")
    utc = moment.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    return utc.strftime(UTC_FORMAT), int(offset.total_seconds() // 60)


def utc_text(moment: datetime) -> str:
    """The UTC text of an aware ``moment`` (for comparisons in queries)."""
    return to_stored(moment)[0]


def from_stored(utc: str, offset_min: int) -> datetime:
    """The aware local datetime stored as ``utc`` text and ``offset_min``."""
    # fromisoformat is C code and many times faster than strptime, which
    # matters when weeks of episodes are loaded after every save.
    base = datetime.fromisoformat(utc).replace(tzinfo=UTC)
    return base.astimezone(zone_of(offset_min))


_ZONES: dict[int, timezone] = {}


def zone_of(offset_min: int) -> timezone:
    """The fixed-offset zone of ``offset_min`` minutes east of UTC (cached:
    loading weeks of entries makes one per entry otherwise)."""
    zone = _ZONES.get(offset_min)
    if zone is None:
        zone = _ZONES[offset_min] = timezone(timedelta(minutes=offset_min))
    return zone


def local_day(moment: datetime) -> date:
    """The calendar day on the person's own clock at an aware ``moment``.

    The day belongs to the moment's own UTC offset, so 00:05 is already the
    new day. This is the one place the app turns an instant into a day:
    episodes, doses, breaks, listens, routine ticks and backups all use it.
    Raises ``ValueError`` for a naive datetime (its day would be a guess).
    """
    if moment.tzinfo is None:
        raise ValueError("local_day needs an aware datetime")
    return moment.date()
