"""Pacing and relaxation against spasms: two groups of days compared.

* Breaks: days ranked by breaks taken; the top third ("most breaks") against
  the bottom third ("few breaks"), comparing episodes on the *next* day.
* Relaxation: nights after a day with a relaxation session against nights
  after a day without, comparing the next day's episodes (and night cramps).

Each side needs :data:`MIN_DAYS_EACH_SIDE` days, otherwise no comparison.
The two sides are compared as spasm rates with a range (the same
:func:`~fibro_desktop.core.insights.window_change.rate_change` as
"measuring the difference": exact Poisson, widened when days vary more than
Poisson), never as bare means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from fibro_desktop.core.insights.averages import mean
from fibro_desktop.core.insights.window_change import RateChange, rate_change

MIN_DAYS_EACH_SIDE = 5


@dataclass(frozen=True)
class GroupComparison:
    """Mean outcome per day in two groups of days, with their sizes;
    ``rate`` compares them ("with" over "without") with its range, ``None``
    without enough days on a side."""

    with_days: int
    with_mean: float | None
    without_days: int
    without_mean: float | None
    rate: RateChange | None = None

    @property
    def enough_data(self) -> bool:
        return self.with_days >= MIN_DAYS_EACH_SIDE and self.without_days >= MIN_DAYS_EACH_SIDE

    @property
    def difference(self) -> float | None:
        """``with_mean - without_mean`` when both sides have enough days."""
        if not self.enough_data or self.with_mean is None or self.without_mean is None:
            return None
        return self.with_mean - self.without_mean


def _compared(with_values: list[float], without_values: list[float]) -> GroupComparison:
    enough = min(len(with_values), len(without_values)) >= MIN_DAYS_EACH_SIDE
    rate = rate_change([round(v) for v in without_values], [round(v) for v in with_values]) if enough else None
    return GroupComparison(len(with_values), mean(with_values), len(without_values), mean(without_values), rate)


def _next_day_outcomes(days: list[date], outcome: Mapping[date, float], tracked: set[date]) -> list[float]:
    """Outcome of the day after each day, for next days that were tracked."""
    values = []
    for day in days:
        following = day + timedelta(days=1)
        if following in tracked:
            values.append(float(outcome.get(following, 0)))
    return values


def breaks_versus_next_day(breaks_taken: Mapping[date, int], next_outcome: Mapping[date, float],
                           tracked: set[date]) -> GroupComparison:
    """Top third of days by breaks taken ("with") against the bottom third
    ("without"), comparing ``next_outcome`` of the following tracked day.

    Only days present in ``breaks_taken`` (days with the timer on) count.
    Ties at the cut are split by date so both thirds have the same size.
    """
    ranked = sorted(breaks_taken, key=lambda d: (breaks_taken[d], d))
    third = len(ranked) // 3
    if third == 0:
        return GroupComparison(0, None, 0, None)
    few, most = ranked[:third], ranked[-third:]
    top = _next_day_outcomes(most, next_outcome, tracked)
    bottom = _next_day_outcomes(few, next_outcome, tracked)
    return _compared(top, bottom)


def sessions_versus_next_day(session_days: set[date], next_outcome: Mapping[date, float], tracked: set[date],
                             first: date, last: date) -> GroupComparison:
    """Days in ``[first, last - 1]`` with a relaxation session against days
    without, comparing ``next_outcome`` of the following tracked day."""
    with_values: list[float] = []
    without_values: list[float] = []
    day = first
    while day < last:
        following = day + timedelta(days=1)
        if following in tracked:
            value = float(next_outcome.get(following, 0))
            (with_values if day in session_days else without_values).append(value)
        day = following
    return _compared(with_values, without_values)
