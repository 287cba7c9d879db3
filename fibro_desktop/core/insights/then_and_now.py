"""Measuring the difference: two windows of the record, each change with
its range and the counts behind it.

The windows come from :func:`fibro_desktop.core.insights.periods.default_periods`
(the first and last four weeks, anchored to the last recorded day or to the
chosen period's ends). Each window's :class:`ChartData` gives:

* spasms per tracked day (a tracked day is a day with any record): the
  exact Poisson rate ratio, widened when days vary more than Poisson
  (:func:`~fibro_desktop.core.insights.window_change.rate_change`); needs
  :data:`MIN_TRACKED_DAYS` tracked days in each window;
* typical intensity and the check-in scales: the Hodges–Lehmann shift in
  points (hours for sleep), from every value of each window;
* typical length and recovery: the Hodges–Lehmann shift on a ratio scale
  ("× as long"); values of zero are left out (no ratio of zero);
* a verdict "higher" / "lower" only when the range leaves "no change"
  out, otherwise "no clear change"; ``None`` (not enough data yet) below
  :data:`~fibro_desktop.core.insights.window_change.MIN_VALUES_EACH_SIDE`
  values on a side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fibro_desktop.core.insights.averages import median
from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.window_change import RateChange, Shift, hodges_lehmann, rate_change

#: Fewer tracked days than this in a window: no rate comparison.
MIN_TRACKED_DAYS = 14

#: (measure id, relative scale, values of one window). Episode rows are
#: (day, intensity, duration_s, recovery_s, ...); check-in rows
#: (day, sleep_quality, sleep_hours, mood, energy, mobility, overall_pain).
_Values = Callable[[ChartData], list[float]]
MEASURES: tuple[tuple[str, bool, _Values], ...] = (
    ("intensity", False, lambda d: [float(e[1]) for e in d.episodes]),
    ("duration_s", True, lambda d: [float(e[2]) for e in d.episodes if e[2]]),
    ("recovery_s", True, lambda d: [float(e[3]) for e in d.episodes if e[3]]),
    ("sleep_quality", False, lambda d: [float(c[1]) for c in d.checkins if c[1] is not None]),
    ("sleep_hours", False, lambda d: [float(c[2]) for c in d.checkins if c[2] is not None]),
    ("mood", False, lambda d: [float(c[3]) for c in d.checkins if c[3] is not None]),
    ("mobility", False, lambda d: [float(c[5]) for c in d.checkins if c[5] is not None]),
)


@dataclass(frozen=True)
class WindowCounts:
    """One window: its days, how many were tracked, the spasms in them."""

    period: Period
    tracked_days: int
    spasms: int


@dataclass(frozen=True)
class MeasureChange:
    """One measure in both windows: the typical (median) value and how many
    values each window has; ``shift`` is ``None`` with too few values."""

    measure: str
    baseline_typical: float | None
    recent_typical: float | None
    baseline_count: int
    recent_count: int
    shift: Shift | None


@dataclass(frozen=True)
class Difference:
    """The two windows and every change; ``rate`` is ``None`` when a window
    has fewer than :data:`MIN_TRACKED_DAYS` tracked days."""

    baseline: WindowCounts
    recent: WindowCounts
    rate: RateChange | None
    measures: tuple[MeasureChange, ...]


def _counts(data: ChartData) -> tuple[WindowCounts, list[int]]:
    tracked = sorted(data.tracked_days)
    per_day = [data.episodes_per_day.get(day, 0) for day in tracked]
    return WindowCounts(data.period, len(tracked), data.episode_total), per_day


def measure_difference(baseline: ChartData, recent: ChartData, min_tracked: int = MIN_TRACKED_DAYS) -> Difference:
    """Compare the ``recent`` window with the ``baseline`` one."""
    before, before_days = _counts(baseline)
    after, after_days = _counts(recent)
    rate = (rate_change(before_days, after_days)
            if min(before.tracked_days, after.tracked_days) >= max(min_tracked, 1) else None)
    changes = []
    for measure, relative, values in MEASURES:
        old, new = values(baseline), values(recent)
        changes.append(MeasureChange(measure, median(old), median(new), len(old), len(new),
                                     hodges_lehmann(old, new, relative=relative)))
    return Difference(before, after, rate, tuple(changes))
