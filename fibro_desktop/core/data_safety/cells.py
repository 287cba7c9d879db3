"""CSV cell encoding: formula-injection guard and timestamps with offset.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula. Following OWASP's advice, such text cells are
written with a leading apostrophe. To make it exactly reversible, a text
that already starts with apostrophes followed by one of those characters
gets one more apostrophe; :func:`restore` removes exactly one again.

Instants are stored as ``YYYY-MM-DDTHH:MM:SS`` in UTC plus the local offset
in minutes; in CSV they are written as local ISO-8601 with the offset
(``2026-11-24T10:00:00+01:00``), which spreadsheets and people read easily.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fibro_desktop.core.instants import utc_text, zone_of

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_START = "[" + re.escape("".join(FORMULA_START)) + "]"
_NEEDS_GUARD = re.compile("'*" + _START)
_GUARDED = re.compile("'+" + _START)
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
_ISO_WITH_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")


def neutralise(text: str) -> str:
    """Make a text cell safe to open in a spreadsheet (reversible)."""
    return "'" + text if _NEEDS_GUARD.match(text) else text


def restore(text: str) -> str:
    """Undo :func:`neutralise`."""
    return text[1:] if _GUARDED.match(text) else text


def utc_to_local_iso(value: str, offset_min: int | None) -> str:
    """``2026-11-24T09:00:00`` (UTC) + 60 → ``2026-11-24T10:00:00+01:00``.

    A value not in the stored form is returned unchanged.
    """
    if not _UTC_TEXT.fullmatch(value):
        return value
    try:
        moment = datetime.fromisoformat(value).replace(tzinfo=UTC)  # C-fast, unlike strptime
        zone = zone_of(offset_min or 0)
        return moment.astimezone(zone).isoformat()
    except (ValueError, OverflowError):
        return value


def local_iso_to_utc(value: str) -> str:
    """Inverse of :func:`utc_to_local_iso`; other text is returned unchanged."""
    if not _ISO_WITH_OFFSET.fullmatch(value):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return utc_text(moment)
