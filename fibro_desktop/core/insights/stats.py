"""Small statistics helpers: median, mean, a rate ratio with its interval.

Kept tiny and explicit so a test can check each number on paper.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: The z value of a two-sided 95 % interval.
Z_95 = 1.959964


def median(values: Sequence[float]) -> float | None:
    """The middle value (mean of the two middle ones for an even count);
    ``None`` for no values."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean; ``None`` for no values."""
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class RateRatio:
    """Share of exposed units with the outcome over the share of unexposed ones.

    ``exposed_hits`` of ``exposed_total`` versus ``unexposed_hits`` of
    ``unexposed_total``. ``ratio`` is the point estimate; ``low``/``high``
    the 95 % interval on the log scale (Katz). When a cell is zero, 0.5 is
    added to every cell first (Haldane's correction) so the ratio and its
    interval stay finite; ``corrected`` says so.
    """

    exposed_hits: int
    exposed_total: int
    unexposed_hits: int
    unexposed_total: int
    ratio: float
    low: float
    high: float
    corrected: bool

    @property
    def exposed_rate(self) -> float:
        return self.exposed_hits / self.exposed_total

    @property
    def unexposed_rate(self) -> float:
        return self.unexposed_hits / self.unexposed_total


def rate_ratio(exposed_hits: int, exposed_total: int, unexposed_hits: int, unexposed_total: int) -> RateRatio:
    """The :class:`RateRatio` of two proportions; both totals must be > 0."""
    if exposed_total <= 0 or unexposed_total <= 0:
        raise ValueError("both groups need at least one unit")
    if not (0 <= exposed_hits <= exposed_total and 0 <= unexposed_hits <= unexposed_total):
        raise ValueError("hits must lie between 0 and the total")
    a, n1, b, n0 = float(exposed_hits), float(exposed_total), float(unexposed_hits), float(unexposed_total)
    corrected = a == 0 or b == 0 or a == n1 or b == n0
    if corrected:
        a, b, n1, n0 = a + 0.5, b + 0.5, n1 + 1, n0 + 1
    ratio = (a / n1) / (b / n0)
    se = math.sqrt(max(0.0, 1 / a - 1 / n1 + 1 / b - 1 / n0))
    return RateRatio(exposed_hits, exposed_total, unexposed_hits, unexposed_total, ratio,
                     ratio * math.exp(-Z_95 * se), ratio * math.exp(Z_95 * se), corrected)
