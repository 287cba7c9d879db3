"""The values the pacing machine reads and answers with: its states, a
reading of the clocks, the events it reports and the status it shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum

from fibro_desktop.core.pacing.record import BreakEntry


class State(str, Enum):
    WORKING = "working"
    ON_BREAK = "on_break"
    PAUSED = "paused"
    OUTSIDE_HOURS = "outside_hours"
    LIMIT_REACHED = "limit_reached"
    OFF = "off"


class EventKind(StrEnum):
    """What an :class:`Event` reports (never stored; the values are for logs and tests)."""

    NOTICE = "notice"        # a break comes in a few seconds
    DUE = "due"
    STARTED = "started"
    ENDED = "ended"          # with ``entry``: how it ended
    NATURAL = "natural"      # a break the person took by being away, with ``entry``
    REMINDER = "reminder"    # ``reminder`` = water|posture
    LIMIT = "limit"          # the daily desk limit is reached
    PAUSED = "paused"
    RESUMED = "resumed"
    DAY_ENDED = "day_ended"  # ``desk_s``, ``day``: the finished day


@dataclass(frozen=True)
class Instant:
    """One reading of the clocks.

    ``mono``: monotonic seconds that stop while the machine is suspended;
    ``wall``: aware local time; ``boot``: monotonic seconds that keep running
    through a suspend, or ``None`` where the platform has no such clock.
    """

    mono: float
    wall: datetime
    boot: float | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened. ``kind`` is one of ``notice`` (a break soon),
    ``due``, ``started``, ``ended`` (with ``entry``: its outcome), ``natural``
    (with ``entry``), ``reminder`` (``reminder`` = water|posture), ``limit``
    (daily desk limit reached), ``paused``, ``resumed``, ``day_ended``
    (``desk_s`` = the finished day's desk seconds, ``day`` its date; also
    when the clock is set back into an earlier day)."""

    kind: EventKind
    at: datetime
    break_kind: str | None = None
    entry: BreakEntry | None = None
    reminder: str | None = None
    desk_s: int = 0
    day: date | None = None


@dataclass(frozen=True)
class Status:
    """What the tab and the tray show. Seconds are floats, never negative.

    ``can_confirm``: "I did it" counts now (most of the break has passed);
    ``reminders``: water/posture reminders folded into this break's panel;
    ``waiting``: a break is due but waits for a fullscreen window or Do Not
    Disturb to end.
    """

    state: State
    break_kind: str | None = None
    break_left_s: float = 0.0
    break_length_s: float = 0.0
    exercise: str | None = None
    next_kind: str | None = None
    next_in_s: float | None = None
    desk_today_s: float = 0.0
    can_skip: bool = True
    can_postpone: bool = True
    paused_until: datetime | None = None
    can_confirm: bool = True
    reminders: tuple[str, ...] = ()
    waiting: bool = False
