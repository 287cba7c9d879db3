"""Measuring the difference between two windows of the record, honestly.

Two windows (by default the first and the last :data:`WINDOW_DAYS` days of
the record, anchored to the last *recorded* day, not to today) are compared
with a range for each change:

* spasms per tracked day: the exact Poisson rate ratio
  (:func:`fibro_desktop.core.insights.rates.compare_rates`, recent over
  baseline), its range widened when the days vary more than Poisson
  (:func:`rate_change`);
* typical intensity, length, recovery: the Hodges–Lehmann shift (the median
  of every recent-minus-baseline difference) with its distribution-free
  range from the Mann–Whitney test; for lengths and times on a ratio scale
  (``relative=True``: computed on logarithms, read as "× as long").

A change is only called a change when its range excludes "no change"
(for shifts: when the Mann–Whitney test of no change rejects at 5 %, which
is the same thing unless values tie); otherwise the verdict is
``"no_clear_change"``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from fibro_desktop.core.insights.exact import normal_quantile
from fibro_desktop.core.insights.rates import RateComparison, compare_rates

WINDOW_DAYS = 28
#: Fewer values than this on a side: no shift is estimated.
MIN_VALUES_EACH_SIDE = 5


@dataclass(frozen=True)
class Window:
    """An inclusive day range."""

    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def anchored_windows(first_recorded: date, last_recorded: date,
                     length: int = WINDOW_DAYS) -> tuple[Window, Window] | None:
    """(baseline, recent): the first and last ``length`` days of the record;
    ``None`` when the record is too short for two separate windows."""
    step = timedelta(days=length - 1)
    baseline = Window(first_recorded, first_recorded + step)
    recent = Window(last_recorded - step, last_recorded)
    return (baseline, recent) if baseline.last < recent.first else None


@dataclass(frozen=True)
class Shift:
    """How far recent values sit from baseline ones: ``estimate`` with its
    95 % range; on a ratio scale (``relative``) 1 means no change, else 0."""

    estimate: float
    low: float
    high: float
    baseline_count: int
    recent_count: int
    relative: bool
    #: Mann–Whitney test of "no change" (ties accounted for).
    p_value: float
    #: +1 when recent values tend to be higher, -1 lower, 0 neither.
    direction: int

    @property
    def verdict(self) -> str:
        """``"higher"``/``"lower"`` only when the test of no change rejects
        at 5 %. Without ties this is exactly "the range excludes no change";
        with whole-number scores (intensity 0–10) a range can end exactly on
        no change and still exclude it, because the test at that very point
        counts ties as half."""
        if self.p_value >= 0.05 or self.direction == 0:
            return "no_clear_change"
        return "higher" if self.direction > 0 else "lower"


def verdict(low: float, high: float, no_change: float) -> str:
    """``"higher"``/``"lower"`` when the range excludes ``no_change``,
    else ``"no_clear_change"``."""
    if low > no_change:
        return "higher"
    if high < no_change:
        return "lower"
    return "no_clear_change"


def rate_verdict(comparison: RateComparison) -> str:
    """The verdict of a rate ratio (no change = 1)."""
    if comparison.ratio is None:
        return "no_clear_change"
    return verdict(comparison.low, comparison.high, 1.0)


def window_rates(baseline_events: int, baseline_days: int, recent_events: int, recent_days: int) -> RateComparison:
    """Recent spasms per tracked day over baseline ones, exact range."""
    return compare_rates(recent_events, recent_days, baseline_events, baseline_days)


@dataclass(frozen=True)
class RateChange:
    """Spasms per tracked day, recent over baseline.

    ``exact`` is the exact Poisson comparison. Real spasm counts vary more
    from day to day than Poisson; ``dispersion`` (Pearson, within each
    window, never below 1) measures by how much, and ``low``/``high`` are
    the wider of the exact range and the quasi-Poisson one
    (log ratio ± z·√(dispersion·(1/a + 1/b))).
    """

    exact: RateComparison
    dispersion: float
    low: float
    high: float

    @property
    def ratio(self) -> float | None:
        return self.exact.ratio

    @property
    def verdict(self) -> str:
        if self.exact.ratio is None:
            return "no_clear_change"
        return verdict(self.low, self.high, 1.0)


def pearson_dispersion(groups: Sequence[Sequence[int]]) -> float:
    """Pearson dispersion of day counts around each group's own mean:
    Σ (y − mean)² / mean over (days − groups); 1 for Poisson."""
    statistic, days = 0.0, 0
    for counts in groups:
        y = np.asarray(counts, dtype=np.float64)
        days += len(y)
        if len(y) and y.mean() > 0:
            statistic += float(np.sum((y - y.mean()) ** 2)) / float(y.mean())
    return statistic / (days - len(groups)) if days > len(groups) else 1.0


def rate_change(baseline: Sequence[int], recent: Sequence[int], confidence: float = 0.95) -> RateChange:
    """Compare spasm counts per tracked day of two windows (one count per
    tracked day), widening the exact range when days vary more than Poisson."""
    exact = window_rates(int(sum(baseline)), len(baseline), int(sum(recent)), len(recent))
    dispersion = max(1.0, pearson_dispersion([baseline, recent]))
    low, high = exact.low, exact.high
    if exact.ratio is not None and 0 < exact.ratio < math.inf:
        z = normal_quantile(1 - (1 - confidence) / 2)
        half = z * math.sqrt(dispersion * (1 / exact.events + 1 / exact.other_events))
        low, high = min(low, exact.ratio * math.exp(-half)), max(high, exact.ratio * math.exp(half))
    return RateChange(exact, dispersion, low, high)


def mann_whitney(baseline: Sequence[float], recent: Sequence[float]) -> tuple[float, int]:
    """Two-sided Mann–Whitney test (normal approximation, continuity
    correction, variance corrected for ties): ``(p_value, direction)``."""
    x = np.asarray(baseline, dtype=np.float64)
    y = np.asarray(recent, dtype=np.float64)
    n, m = len(x), len(y)
    pooled = np.concatenate([x, y])
    _, inverse, counts = np.unique(pooled, return_inverse=True, return_counts=True)
    # mid-ranks: each tied group takes the mean of the ranks it spans
    ends = np.cumsum(counts)
    mid_ranks = (ends - (counts - 1) / 2.0)[inverse]
    u_recent = float(mid_ranks[n:].sum()) - m * (m + 1) / 2.0
    total = n + m
    ties = float(np.sum(counts.astype(np.float64) ** 3 - counts))
    variance = n * m / 12.0 * ((total + 1) - ties / (total * (total - 1)))
    centre = n * m / 2.0
    direction = (u_recent > centre) - (u_recent < centre)
    if variance <= 0:
        return 1.0, 0
    z = (abs(u_recent - centre) - 0.5) / math.sqrt(variance)
    return min(1.0, math.erfc(z / math.sqrt(2.0))), direction


def hodges_lehmann(baseline: Sequence[float], recent: Sequence[float], relative: bool = False,
                   confidence: float = 0.95, min_each: int = MIN_VALUES_EACH_SIDE) -> Shift | None:
    """Hodges–Lehmann shift of ``recent`` from ``baseline`` with its range.

    The range is the order statistics of the n·m differences that invert
    the two-sided Mann–Whitney test (normal approximation with continuity
    correction): k = ⌊nm/2 + ½ − z·√(nm(n+m+1)/12)⌋, range = [D₍ₖ₎,
    D₍ₙₘ₊₁₋ₖ₎]. With ``relative`` the values (all > 0) are compared on
    logarithms and the result is a ratio. ``None`` below ``min_each``
    values on a side.
    """
    n, m = len(baseline), len(recent)
    if min(n, m) < max(min_each, 1):
        return None
    x = np.asarray(baseline, dtype=np.float64)
    y = np.asarray(recent, dtype=np.float64)
    if relative:
        if (x <= 0).any() or (y <= 0).any():
            raise ValueError("a ratio scale needs values above zero")
        x, y = np.log(x), np.log(y)
    p_value, direction = mann_whitney(baseline, recent)  # ranks: the same on logarithms
    differences = np.sort(np.subtract.outer(y, x).ravel())
    total = n * m
    z = normal_quantile(1 - (1 - confidence) / 2)
    k = math.floor(total / 2 + 0.5 - z * math.sqrt(total * (n + m + 1) / 12))
    estimate = float(np.median(differences))
    if k < 1:  # too few values for any range narrower than everything
        low, high = -math.inf, math.inf
    else:
        low, high = float(differences[k - 1]), float(differences[total - k])
    if relative:
        estimate, low, high = math.exp(estimate), math.exp(low), math.exp(high)
    return Shift(estimate, low, high, n, m, relative, p_value, direction)
