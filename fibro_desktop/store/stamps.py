"""How every store module stamps a record: the one place record ids and
``created_utc`` / ``updated_utc`` texts are made.

* ``new_uid()`` for a new record's ``uid`` (uuid4, 32 hex digits);
* ``utc_text(now)`` for ``created_utc`` / ``updated_utc`` (and UTC text in
  queries), ``offset_minutes(moment)`` for an ``*_offset_min`` column;
* ``day_text(day)`` for a ``day`` column.

The moment helpers are thin names over :mod:`fibro_desktop.core.instants`,
which owns the stored format.
"""

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
