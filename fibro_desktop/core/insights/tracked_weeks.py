"""Spasm rates per week over tracked days only, for the provider report.

A *tracked day* is a day with any record. A day without one is unknown:
counting it as a day without spasms would make a person who tracked 10 of
90 days look ten times better than they are. So each week's rate is its
spasms over its tracked days (scaled to 7 days), a week with no tracked day
has no rate at all (a gap, named in words), and a week with fewer than 7
tracked days (cut by the period's ends, or partly tracked) is *partial*: its
rate rests on fewer days and the chart marks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from fibro_desktop.core.insights.periods import Period

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class TrackedWeek:
    """One Monday-to-Sunday week touching the period."""

    start: date
    #: Days of this week inside the period (1–7).
    days_in_period: int
    tracked_days: int
    spasms: int

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def tracked(self) -> bool:
        return self.tracked_days > 0

    @property
    def partial(self) -> bool:
        """Tracked, but on fewer than all 7 days."""
        return 0 < self.tracked_days < 7

    @property
    def per_week(self) -> float | None:
        """Spasms per 7 tracked days; ``None`` for an untracked week."""
        return self.spasms * 7 / self.tracked_days if self.tracked_days else None


def tracked_weeks(period: Period, tracked: Iterable[date], spasms_per_day: Mapping[date, int]) -> list[TrackedWeek]:
    """Every week touching ``period``, with its tracked days and spasms
    (spasms on days outside the period are ignored)."""
    days = {d for d in tracked if period.contains(d)}
    weeks = []
    start = period.first - timedelta(days=period.first.weekday())
    while start <= period.last:
        inside = [start + timedelta(days=i) for i in range(7) if period.contains(start + timedelta(days=i))]
        weeks.append(TrackedWeek(start, len(inside), sum(1 for d in inside if d in days),
                                 sum(int(spasms_per_day.get(d, 0)) for d in inside)))
        start += WEEK
    return weeks


def untracked_runs(weeks: Iterable[TrackedWeek]) -> list[tuple[date, date]]:
    """Runs of consecutive untracked weeks as (first Monday, last Sunday)."""
    runs: list[tuple[date, date]] = []
    current: tuple[date, date] | None = None
    for week in weeks:
        if week.tracked:
            if current:
                runs.append(current)
            current = None
        else:
            current = (current[0] if current else week.start, week.end)
    if current:
        runs.append(current)
    return runs


def rate_per_week(spasms: int, tracked_days: int) -> float | None:
    """Spasms per 7 tracked days, ``None`` without a tracked day."""
    return spasms * 7 / tracked_days if tracked_days else None
