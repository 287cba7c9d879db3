"""Spasm rates per tracked day, and how two rates compare.

A *rate* is spasms per tracked day (a day whose record we have). Counts of
spasms are treated as Poisson: each range here is a 95 % range.

* :func:`poisson_range`: exact (Garwood) range for one count.
* :func:`compare_rates`: the ratio of two rates with the exact conditional
  range: given all ``a + b`` spasms, how many fell on the first side is
  binomial, so the Clopper–Pearson range of that share converts into a
  range for the ratio; its p-value is the exact binomial test.
* :func:`mantel_haenszel`: the same ratio compared like with like, inside
  strata (calendar months), pooled by Mantel–Haenszel, with the
  Greenland–Robins variance and the Mantel–Haenszel test.

Every result keeps the counts it was built from, so a reader can see them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from fibro_desktop.core.insights.exact import (
    binomial_two_sided_p,
    clopper_pearson,
    log_factorials,
    normal_quantile,
    normal_two_sided_p,
    poisson_cdf,
    solve_decreasing,
)


def poisson_range(count: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact range for the expected value of a Poisson ``count``: the means
    under which the count seen is not in either 2.5 % tail."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    alpha = 1 - confidence
    # Search between the normal approximation's bounds, five times wider
    # (they always hold the answer for these tail sizes).
    bottom = max(0.0, count - 5 * (2 * math.sqrt(count) + 2))
    top = count + 5 * (2 * math.sqrt(count + 1) + 2)
    lf = log_factorials(count)
    low = 0.0 if count == 0 else solve_decreasing(lambda mu: -(1 - poisson_cdf(count - 1, mu, lf)), -alpha / 2,
                                                  bottom, top)
    high = solve_decreasing(lambda mu: poisson_cdf(count, mu, lf), alpha / 2, bottom, top)
    return low, high


@dataclass(frozen=True)
class RateComparison:
    """Rate ``events / days`` on one side over the other, with a 95 % range.

    ``ratio`` is ``None`` when there is nothing to compare (no spasm on
    either side, or no days on one side); it is ``math.inf`` when the
    second side has no spasm. ``p_value`` tests "the same rate on both".
    """

    events: int
    days: float
    other_events: int
    other_days: float
    ratio: float | None
    low: float
    high: float
    p_value: float

    @property
    def rate(self) -> float:
        return self.events / self.days if self.days else math.nan

    @property
    def other_rate(self) -> float:
        return self.other_events / self.other_days if self.other_days else math.nan

    @property
    def clear(self) -> bool:
        """True when the range excludes 1 (no difference)."""
        return self.ratio is not None and (self.low > 1 or self.high < 1)


def compare_rates(events: int, days: float, other_events: int, other_days: float,
                  confidence: float = 0.95) -> RateComparison:
    """Ratio of two Poisson rates with its exact conditional range and p-value."""
    if min(events, other_events) < 0 or min(days, other_days) < 0:
        raise ValueError("counts and days cannot be negative")
    n = events + other_events
    if n == 0 or days == 0 or other_days == 0:
        return RateComparison(events, days, other_events, other_days, None, 0.0, math.inf, 1.0)
    share_low, share_high = clopper_pearson(events, n, confidence)
    odds = other_days / days  # converts the share's odds into a rate ratio

    def to_ratio(share: float) -> float:
        return math.inf if share >= 1 else share / (1 - share) * odds

    ratio = math.inf if other_events == 0 else (events / days) / (other_events / other_days)
    p_value = binomial_two_sided_p(events, n, days / (days + other_days))
    return RateComparison(events, days, other_events, other_days, ratio, to_ratio(share_low), to_ratio(share_high),
                          p_value)


@dataclass(frozen=True)
class Stratum:
    """One stratum (e.g. a calendar month): spasms and days with and without
    the exposure."""

    events: int
    days: float
    other_events: int
    other_days: float


@dataclass(frozen=True)
class PooledRatio:
    """A Mantel–Haenszel rate ratio over strata, with the counts behind it.

    ``strata`` counts the strata that had days on both sides (only those
    carry information); the totals add up those strata only. ``ratio`` is
    ``None`` when one side has no spasm at all in them.
    """

    ratio: float | None
    low: float
    high: float
    p_value: float
    strata: int
    events: int
    days: float
    other_events: int
    other_days: float

    @property
    def clear(self) -> bool:
        return self.ratio is not None and (self.low > 1 or self.high < 1)


def mantel_haenszel(strata: Iterable[Stratum], confidence: float = 0.95) -> PooledRatio:
    """Mantel–Haenszel rate ratio, its range from the Greenland–Robins (1985)
    variance of its logarithm, and the p-value of the Mantel–Haenszel test.

    Per stratum with ``a`` spasms in ``t1`` exposed days, ``b`` in ``t0``
    other days, ``T = t1 + t0``, ``n = a + b``: RR = Σ a·t0/T / Σ b·t1/T;
    Var(log RR) = Σ n·t1·t0/T² / (Σ a·t0/T · Σ b·t1/T); the test is
    z = (Σ a − Σ n·t1/T) / √(Σ n·t1·t0/T²).
    """
    z_crit = normal_quantile(1 - (1 - confidence) / 2)
    used = [s for s in strata if s.days > 0 and s.other_days > 0]
    r = sum(s.events * s.other_days / (s.days + s.other_days) for s in used)
    q = sum(s.other_events * s.days / (s.days + s.other_days) for s in used)
    v = sum((s.events + s.other_events) * s.days * s.other_days / (s.days + s.other_days) ** 2 for s in used)
    expected = sum((s.events + s.other_events) * s.days / (s.days + s.other_days) for s in used)
    a = sum(s.events for s in used)
    totals = (a, sum(s.days for s in used), sum(s.other_events for s in used), sum(s.other_days for s in used))
    p_value = normal_two_sided_p((a - expected) / math.sqrt(v)) if v > 0 else 1.0
    if r == 0 or q == 0:
        return PooledRatio(None, 0.0, math.inf, p_value, len(used), *totals)
    ratio = r / q
    se = math.sqrt(v / (r * q))
    return PooledRatio(ratio, ratio * math.exp(-z_crit * se), ratio * math.exp(z_crit * se), p_value, len(used),
                       *totals)

