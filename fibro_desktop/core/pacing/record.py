"""Plain records of breaks and days, shared by the machine, the store and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fibro_desktop.core.instants import local_day

#: Kinds of break. ``recovery`` is the rest after "Spasm now".
BREAK_KINDS = ("micro", "movement", "recovery")
#: How a break ended. ``natural``: the person was away long enough anyway.
OUTCOMES = ("taken", "skipped", "postponed", "natural")


@dataclass(frozen=True)
class BreakEntry:
    """One break as it happened. Times are aware local datetimes.

    ``did_it`` is True when the person pressed "I did it"; ``duration_s`` is
    how long the break actually lasted, in whole seconds; ``postpones`` how
    many times this break had been put off before it ended.
    """

    kind: str
    outcome: str
    due: datetime
    started: datetime | None = None
    ended: datetime | None = None
    duration_s: int = 0
    did_it: bool = False
    exercise: str | None = None
    postpones: int = 0
    uid: str | None = None

    @property
    def day(self) -> date:
        """Local calendar day the break belongs to (the day it came due)."""
        return local_day(self.due)


@dataclass(frozen=True)
class DaySummary:
    """One day at a glance: counts of breaks by outcome and desk time (s)."""

    day: date
    taken: int = 0
    natural: int = 0
    skipped: int = 0
    postponed: int = 0
    recovery: int = 0
    desk_s: int = 0

    @property
    def rested(self) -> int:
        """Breaks the person actually had (taken or away anyway)."""
        return self.taken + self.natural

    @property
    def due(self) -> int:
        """Breaks that came due and were settled (postponements come back)."""
        return self.taken + self.natural + self.skipped


def gentle_streak(summaries: dict[date, DaySummary], today: date) -> int:
    """Days in a row, ending today or yesterday, with at least half the due
    breaks rested. Days without desk work neither break nor extend it, so a
    weekend does not end a streak (we look back at most a year)."""
    streak = 0
    for back in range(366):
        summary = summaries.get(today - timedelta(days=back))
        if summary is None or summary.due == 0:
            continue
        if summary.rested * 2 >= summary.due:
            streak += 1
        elif back > 0:  # today is not over yet: it never ends a streak
            break
    return streak
