"""Time series for the charts: per-day counts with a rolling average,
per-week buckets with median and worst values.

Days are ``datetime.date``; in the per-day counts a day with no row is zero
spasms logged, but averages are over tracked days only
(:mod:`~fibro_desktop.core.insights.tracked`): a day with no record at all
is unknown. Input rows must lie in the period; rows outside it are ignored,
never counted.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from fibro_desktop.core.insights.averages import median
from fibro_desktop.core.insights.data import EpisodeValues
from fibro_desktop.core.insights.periods import Period


@dataclass(frozen=True)
class DailyCounts:
    """One value per day of the period, in order, and its trailing average.

    ``average[i]`` is the spasms per *tracked* day over day ``i`` and up to
    six days before it inside the period (fewer at the start): days with no
    record are left out, never counted as days without spasms; NaN where
    none of those days was tracked (drawn as a gap). ``tracked[i]`` says
    whether day ``i`` was tracked.
    """

    days: tuple[date, ...]
    counts: tuple[int, ...]
    average: tuple[float, ...]
    tracked: tuple[bool, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts)


def daily_counts(period: Period, counts_by_day: dict[date, int], window: int = 7,
                 tracked: set[date] | None = None) -> DailyCounts:
    """Fill every day of ``period`` (zero where missing) and add a
    ``window``-day trailing mean over the tracked days (``tracked``: the
    data's :attr:`~fibro_desktop.core.insights.data.ChartData.tracked_days`;
    ``None`` takes every day of the period as tracked)."""
    days = tuple(period.each_day())
    counts = tuple(int(counts_by_day.get(d, 0)) for d in days)
    known = tuple(tracked is None or d in tracked or counts[i] > 0 for i, d in enumerate(days))
    averages = []
    running = 0
    running_days = 0
    for i, value in enumerate(counts):
        running += value
        running_days += known[i]
        if i >= window:
            running -= counts[i - window]
            running_days -= known[i - window]
        averages.append(running / running_days if running_days else math.nan)
    return DailyCounts(days, counts, tuple(averages), known)


def week_start(day: date) -> date:
    """Monday of the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekSummary:
    """One week (Monday ``start``) of episodes in the period.

    Intensity 0-10; durations in seconds. ``None`` when the week has no value.
    """

    start: date
    episodes: int
    median_intensity: float | None
    worst_intensity: int | None
    median_duration_s: float | None
    median_recovery_s: float | None


def weekly_summaries(period: Period, rows: Iterable[EpisodeValues]) -> list[WeekSummary]:
    """Group episode rows ``(day, intensity, duration_s, recovery_s, ...)`` by week
    (fields after the fourth are ignored).

    Every week touching the period appears, also weeks with no episode.
    One pass over the rows.
    """
    intensity: dict[date, list[int]] = defaultdict(list)
    duration: dict[date, list[int]] = defaultdict(list)
    recovery: dict[date, list[int]] = defaultdict(list)
    weeks_of: dict[date, date | None] = {}  # rows share days: work each day out once
    for row in rows:
        day, level, dur, rec = row[0], row[1], row[2], row[3]
        if day not in weeks_of:
            weeks_of[day] = week_start(day) if period.contains(day) else None
        key = weeks_of[day]
        if key is None:
            continue
        intensity[key].append(level)
        if dur is not None:
            duration[key].append(dur)
        if rec is not None:
            recovery[key].append(rec)
    weeks = []
    start = week_start(period.first)
    while start <= period.last:
        levels = intensity.get(start, [])
        weeks.append(WeekSummary(start, len(levels), median(levels), max(levels) if levels else None,
                                 median(duration.get(start, [])), median(recovery.get(start, []))))
        start += timedelta(days=7)
    return weeks


def shares(counts: dict[str, int]) -> list[tuple[str, int, float]]:
    """``(key, count, share)`` sorted by count (largest first, then key);
    shares add up to 1 (empty list when nothing was counted)."""
    total = sum(counts.values())
    if total <= 0:
        return []
    return [(k, v, v / total) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if v > 0]


def per_week(count: int, days: int) -> float:
    """A count over ``days`` days expressed per 7 days."""
    return count * 7 / days if days > 0 else 0.0




#: Periods longer than this many days are drawn per week rather than per day.
DAILY_LIMIT_DAYS = 120


def weekly_totals(period: Period, values_by_day: dict[date, float]) -> list[tuple[date, float, int]]:
    """``(monday, total, days of that week inside the period)`` for every week
    touching the period; values outside the period are ignored."""
    first, last = period.first, period.last
    totals: dict[date, float] = defaultdict(float)
    for day, value in values_by_day.items():
        if first <= day <= last:
            totals[day - timedelta(days=day.weekday())] += value
    weeks = []
    start = week_start(first)
    week = timedelta(days=7)
    while start <= last:
        inside = (min(last, start + timedelta(days=6)) - max(first, start)).days + 1
        weeks.append((start, totals.get(start, 0.0), inside))
        start += week
    return weeks


#: A number in a column of :func:`weekly_sums`: whole counts stay whole.
Number = TypeVar("Number", int, float)


def weekly_sums(rows: Iterable[tuple[date, Sequence[Number]]]) -> list[tuple[date, tuple[Number, ...]]]:
    """Add up per-day columns of numbers per week: ``(monday, sums)`` for
    each week that has a row, in week order.

    Each row is ``(day, values)``; every row has the same number of values,
    and the sums keep their positions (breaks taken, breaks due, ... or
    minutes, sessions, ...). Counts of whole things stay ``int``.
    """
    sums: dict[date, list[Number]] = {}
    for day, values in rows:
        monday = week_start(day)
        cell = sums.get(monday)
        if cell is None:
            sums[monday] = list(values)
        else:
            for position, value in enumerate(values):
                cell[position] += value
    return [(monday, tuple(cell)) for monday, cell in sorted(sums.items())]


def weekly_means(period: Period, rows: Iterable[tuple[date, float | None]]) -> dict[date, float]:
    """Mean of the non-missing values per week (keyed by Monday) inside the period."""
    sums: dict[date, list[float]] = defaultdict(lambda: [0.0, 0])
    first, last = period.first, period.last
    for day, value in rows:
        if value is not None and first <= day <= last:
            cell = sums[day - timedelta(days=day.weekday())]
            cell[0] += value
            cell[1] += 1
    return {k: s / n for k, (s, n) in sums.items() if n}
