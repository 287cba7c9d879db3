"""When the optional evening check-in reminder is next due (pure; time passed in).

The reminder time is a local wall-clock time of day, kept as ``"HH:MM"`` in
the preferences. The next reminder is today at that time if it is still
ahead, otherwise tomorrow at that time.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

#: Used when the stored time cannot be read (hand-edited preferences file).
DEFAULT_REMINDER_TIME = time(20, 0)


def parse_reminder_time(text: str) -> time:
    """``"HH:MM"`` (24-hour) as a :class:`datetime.time`; the default
    (20:00) for anything that is not a valid time."""
    try:
        hours, minutes = (int(part) for part in str(text).strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        return DEFAULT_REMINDER_TIME


def format_reminder_time(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def next_reminder(now: datetime, at: time) -> datetime:
    """The first moment strictly after ``now`` (aware) whose local wall time
    is ``at``, in ``now``'s offset. A reminder due exactly at ``now`` is the
    one that just fired, so the next is a day later."""
    candidate = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= now:
        candidate = (candidate + timedelta(days=1)).replace(hour=at.hour, minute=at.minute)
    return candidate
