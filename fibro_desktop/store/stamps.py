"""Small helpers the Toolkit queries share on top of ``core.instants``:
the offset of a moment, a day as text and a new record uid."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from fibro_desktop.core.instants import to_stored, utc_text

__all__ = ["day_text", "new_uid", "offset_minutes", "utc_text"]


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware ``moment``, in whole minutes."""
    return to_stored(moment)[1]


def day_text(day: date) -> str:
    return day.isoformat()


def new_uid() -> str:
    """A record uid: uuid4 as 32 hex digits."""
    return uuid.uuid4().hex
