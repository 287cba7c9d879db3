"""How moments are written in the database: ``YYYY-MM-DDTHH:MM:SS`` in UTC
(sortable, no suffix) plus the local UTC offset in minutes."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone


def utc_text(moment: datetime) -> str:
    """An aware ``moment`` as UTC text, e.g. ``2026-11-24T09:00:00``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware ``moment``, in whole minutes."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("an aware datetime is needed")
    return int(offset.total_seconds() // 60)


def day_text(day: date) -> str:
    return day.isoformat()


def new_uid() -> str:
    return uuid.uuid4().hex
