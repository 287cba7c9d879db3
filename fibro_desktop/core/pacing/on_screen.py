"""What the pacing machine keeps per break kind and about the break on screen.

:class:`Tier` counts desk seconds towards one kind of break or reminder;
:class:`OnScreenBreak` is the break being shown: how long it runs, how much
of it the person spent away from keyboard and mouse, and how it ends (the
honest outcome, see :mod:`fibro_desktop.core.pacing.machine`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fibro_desktop.core.pacing.record import BreakEntry, BreakKind, Outcome

#: A break counts as had when the person was away at least this share of it,
#: and "I did it" counts once this share of it has passed ("most of it").
MOSTLY = 0.6
#: Floating-point slack when comparing a share of a break.
_EPSILON = 1e-9


@dataclass
class Tier:
    """Desk seconds carried from closed segments, and when it next comes due."""

    carried: float = 0.0
    due_at: float = 0.0  # desk seconds at which it is due
    postpones: int = 0
    noticed: bool = False
    waited: bool = False  # held back while busy: a notice comes first
    start_at: float | None = None  # monotonic start after that notice
    first_due: datetime | None = None  # when a held-back break first came due

    def reset(self, interval_s: float) -> None:
        """A break (or reminder) of this kind was had: count afresh."""
        self.carried = 0.0
        self.due_at = interval_s
        self.postpones = 0
        self.noticed = False


@dataclass
class OnScreenBreak:
    """The break on screen now."""

    kind: str
    due: datetime
    started_wall: datetime
    started_mono: float
    length_s: float
    postpones: int = 0
    exercise: str | None = None
    reminders: tuple[str, ...] = ()
    away_s: float = 0.0  # seconds away from keyboard and mouse so far
    covered_to: float = 0.0  # monotonic moment up to which away time is counted
    sampled: bool = False  # whether any idle reading came during the break
    asked: bool = False  # the person started it (Take a break now): never deferred

    @property
    def end_mono(self) -> float:
        return self.started_mono + self.length_s

    def sample(self, now_mono: float, idle_s: float) -> None:
        """Count the part of the break since the last input as time away.

        Each reading says the person has been away since ``now - idle_s``;
        the stretches are joined, so a reading repeated or overlapping an
        earlier one is not counted twice. Time between readings before the
        last input counts as at the desk.
        """
        self.sampled = True
        end = min(now_mono, self.end_mono)
        start = max(self.covered_to, now_mono - max(0.0, idle_s), self.started_mono)
        self.away_s += max(0.0, end - start)
        self.covered_to = max(self.covered_to, end)

    def can_confirm(self, now_mono: float) -> bool:
        """"I did it" counts once most of the break has passed (any time in a
        recovery break, which is rest however it is spent)."""
        return self.kind == "recovery" or now_mono - self.started_mono >= MOSTLY * self.length_s - _EPSILON

    def judge(self) -> Outcome:
        """The outcome of a break left to run to its end."""
        if self.kind == "recovery" or not self.sampled:
            # A recovery break is rest however it is spent (the quick log
            # needs typing); without idle readings the app cannot tell.
            return Outcome.TAKEN
        return Outcome.TAKEN if self.away_s >= MOSTLY * self.length_s - _EPSILON else Outcome.MISSED

    def record(self, ended: datetime, now_mono: float, outcome: str, did_it: bool) -> BreakEntry:
        """The break's entry in the pacing record, ending now."""
        return BreakEntry(BreakKind(self.kind), Outcome(outcome), self.due, self.started_wall, ended,
                          round(max(0.0, now_mono - self.started_mono)), did_it, self.exercise, self.postpones)
