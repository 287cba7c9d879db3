"""Plain records of breaks and days, shared by the machine, the store and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from fibro_desktop.core.instants import local_day


class BreakKind(StrEnum):
    """Kinds of break. ``recovery`` is the rest after "Spasm now"."""

    MICRO = "micro"
    MOVEMENT = "movement"
    RECOVERY = "recovery"


class Outcome(StrEnum):
    """How a break ended, as it really happened.

    ``taken``: the person was mostly away from keyboard and mouse for it (or
    said "I did it" after most of it); ``missed``: it ran while they kept
    typing; ``deferred``: a fullscreen window or Do Not Disturb was on, so it
    waited and came back later; ``skipped``: they chose Skip (or "I need my
    screen"); ``postponed``: put off for a few minutes; ``natural``: they
    were away long enough anyway. Rows written before migration 9 are
    ``taken`` whatever happened (the app could not tell then).
    """

    TAKEN = "taken"
    MISSED = "missed"
    DEFERRED = "deferred"
    SKIPPED = "skipped"
    POSTPONED = "postponed"
    NATURAL = "natural"


#: Kinds of break, as stored.
BREAK_KINDS = tuple(k.value for k in BreakKind)
#: How a break ended, as stored.
OUTCOMES = tuple(o.value for o in Outcome)
#: Outcomes that mean the person rested.
RESTED = frozenset({Outcome.TAKEN, Outcome.NATURAL})


@dataclass(frozen=True)
class BreakEntry:
    """One break as it happened. Times are aware local datetimes.

    ``did_it`` is True when the person pressed "I did it"; ``duration_s`` is
    how long the break actually lasted, in whole seconds; ``postpones`` how
    many times this break had been put off before it ended.
    """

    kind: BreakKind
    outcome: Outcome
    due: datetime
    started: datetime | None = None
    ended: datetime | None = None
    duration_s: int = 0
    did_it: bool = False
    exercise: str | None = None
    postpones: int = 0
    uid: str | None = None

    def __post_init__(self) -> None:
        # Plain strings (the store, imports, tests) become the enums; an
        # unknown value is refused here rather than stored.
        object.__setattr__(self, "kind", BreakKind(self.kind))
        object.__setattr__(self, "outcome", Outcome(self.outcome))

    @property
    def day(self) -> date:
        """Local calendar day the break belongs to (the day it came due)."""
        return local_day(self.due)


@dataclass(frozen=True)
class DaySummary:
    """One day at a glance: counts of breaks by outcome and desk time (s).

    ``missed`` breaks ran while the person kept working; ``deferred`` ones
    waited behind a fullscreen window and came back, so like postponed ones
    they are counted when settled, not here.
    """

    day: date
    taken: int = 0
    natural: int = 0
    skipped: int = 0
    postponed: int = 0
    recovery: int = 0
    desk_s: int = 0
    missed: int = 0
    deferred: int = 0

    @property
    def rested(self) -> int:
        """Breaks the person actually had (taken or away anyway)."""
        return self.taken + self.natural

    @property
    def due(self) -> int:
        """Breaks that came due and were settled (postponed and deferred
        ones come back): had, skipped or typed through."""
        return self.taken + self.natural + self.skipped + self.missed


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
