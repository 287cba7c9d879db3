"""Measuring the difference: a baseline period against the most recent one.

Both periods are inclusive day ranges. By default the baseline is the first
:data:`WINDOW_DAYS` days from the first recorded day and the recent period
the last :data:`WINDOW_DAYS` days up to today; they must not overlap, and
each needs at least :data:`MIN_TRACKED_DAYS` tracked days, otherwise the
comparison says "not enough data yet".

The change is described by a *change key* the UI turns into words
(``"third_fewer"`` → "about a third fewer"); see :func:`change_key`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from fibro_desktop.core.insights.data import EpisodeValues
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import per_week
from fibro_desktop.core.insights.stats import mean, median

WINDOW_DAYS = 28
MIN_TRACKED_DAYS = 14

#: (metric id, True when a higher value is better). Medians for episodes,
#: means of check-in scales (0-10; sleep in hours).
METRICS: tuple[tuple[str, bool], ...] = (
    ("episodes_per_week", False), ("median_duration_s", False), ("median_intensity", False),
    ("median_recovery_s", False), ("sleep_quality", True), ("sleep_hours", True), ("mood", True),
    ("mobility", True),
)


@dataclass(frozen=True)
class PeriodMeasures:
    """The measures of one period; ``None`` where the period has no value."""

    period: Period
    tracked_days: int
    episodes: int
    values: dict[str, float | None]


@dataclass(frozen=True)
class MetricChange:
    metric: str
    baseline: float | None
    recent: float | None
    higher_is_better: bool
    #: A key such as "third_fewer", "about_same", "twice"; ``None`` without both values.
    change: str | None
    #: True when the recent value is better, False when worse, None when about the same or unknown.
    better: bool | None


@dataclass(frozen=True)
class Difference:
    baseline: PeriodMeasures
    recent: PeriodMeasures
    changes: tuple[MetricChange, ...]


def default_periods(first_recorded: date, today: date, days: int = WINDOW_DAYS) -> tuple[Period, Period] | None:
    """(baseline, recent) of ``days`` days each, or ``None`` when they would overlap."""
    baseline = Period(first_recorded, first_recorded + timedelta(days=days - 1))
    recent = Period(today - timedelta(days=days - 1), today)
    return (baseline, recent) if baseline.last < recent.first else None


def measures(period: Period, episodes: Iterable[EpisodeValues],
             checkins: Iterable[tuple[date, float | None, float | None, float | None, float | None]],
             ) -> PeriodMeasures:
    """Measures of ``period`` from episode rows ``(day, intensity, duration_s,
    recovery_s, ...)`` and check-in rows ``(day, sleep_quality, sleep_hours, mood,
    mobility)``; rows outside the period are ignored. Tracked days are days
    with an episode or a check-in."""
    tracked: set[date] = set()
    levels: list[int] = []
    durations: list[int] = []
    recoveries: list[int] = []
    for row in episodes:
        day, level, dur, rec = row[0], row[1], row[2], row[3]
        if not period.contains(day):
            continue
        tracked.add(day)
        levels.append(level)
        if dur is not None:
            durations.append(dur)
        if rec is not None:
            recoveries.append(rec)
    scales: dict[str, list[float]] = {"sleep_quality": [], "sleep_hours": [], "mood": [], "mobility": []}
    for day, *given in checkins:
        if not period.contains(day):
            continue
        tracked.add(day)
        for name, value in zip(scales, given):
            if value is not None:
                scales[name].append(value)
    values: dict[str, float | None] = {
        # Per week over the tracked days: untracked days are unknown, not zero.
        "episodes_per_week": per_week(len(levels), len(tracked)) if tracked else None,
        "median_duration_s": median(durations), "median_intensity": median(levels),
        "median_recovery_s": median(recoveries),
        **{name: mean(v) for name, v in scales.items()},
    }
    return PeriodMeasures(period, len(tracked), len(levels), values)


def compare(baseline: PeriodMeasures, recent: PeriodMeasures) -> Difference | None:
    """The change of every metric, or ``None`` when a period has fewer than
    :data:`MIN_TRACKED_DAYS` tracked days."""
    if baseline.tracked_days < MIN_TRACKED_DAYS or recent.tracked_days < MIN_TRACKED_DAYS:
        return None
    changes = []
    for metric, higher_better in METRICS:
        before, after = baseline.values.get(metric), recent.values.get(metric)
        key: str | None = None
        better: bool | None = None
        if before is not None and after is not None:
            key = change_key(before, after)
            if key != "about_same":
                better = (after > before) == higher_better
        changes.append(MetricChange(metric, before, after, higher_better, key, better))
    return Difference(baseline, recent, tuple(changes))


def change_key(before: float, after: float) -> str:
    """A plain-words key for the change from ``before`` to ``after``.

    Ratio r = after / before. Within 10 % either way: ``"about_same"``.
    Lower: ``"tenth_fewer"`` (r > 0.85), ``"quarter_fewer"`` (> 0.7),
    ``"third_fewer"`` (> 0.58), ``"half_fewer"`` (> 0.4), ``"much_fewer"``.
    Higher: ``"tenth_more"`` (< 1.2), ``"quarter_more"`` (< 1.3),
    ``"third_more"`` (< 1.42), ``"half_more"`` (< 1.75), ``"twice"`` (< 2.5),
    ``"much_more"``. ``before == 0``: ``"about_same"`` if ``after`` is 0 too,
    else ``"much_more"``.
    """
    if before == 0:
        return "about_same" if after == 0 else "much_more"
    r = after / before
    if 0.9 <= r <= 1.1:
        return "about_same"
    if r < 1:
        for limit, key in ((0.85, "tenth_fewer"), (0.7, "quarter_fewer"), (0.58, "third_fewer"), (0.4, "half_fewer")):
            if r > limit:
                return key
        return "much_fewer"
    for limit, key in ((1.2, "tenth_more"), (1.3, "quarter_more"), (1.42, "third_more"), (1.75, "half_more"),
                       (2.5, "twice")):
        if r < limit:
            return key
    return "much_more"
