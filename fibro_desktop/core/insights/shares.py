"""A share with its range: "helped 18 of 24 times (55–89 %)".

The Wilson score range behaves well with few ratings and near 0 % or 100 %
(unlike share ± 2 standard errors). Reliefs are ranked by the *lower* end
of that range: a relief that helped 3 of 3 times ranks below one that
helped 45 of 50, because 3 ratings cannot rule out that it usually fails.
Below :data:`MIN_RATINGS` ratings a relief is listed unranked.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from fibro_desktop.core.insights.exact import normal_quantile

MIN_RATINGS = 10


def wilson_range(successes: int, total: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score range for ``successes`` of ``total`` (total > 0)."""
    if total <= 0 or not 0 <= successes <= total:
        raise ValueError("need 0 <= successes <= total and total > 0")
    z = normal_quantile(1 - (1 - confidence) / 2)
    share = successes / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z / (1 + z * z / total) * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class RankedShare:
    """One relief: helped ``successes`` of ``total`` rated times; ``low`` and
    ``high`` are ``None`` below the minimum number of ratings."""

    name: str
    successes: int
    total: int
    low: float | None
    high: float | None

    @property
    def share(self) -> float | None:
        return self.successes / self.total if self.total else None

    @property
    def ranked(self) -> bool:
        return self.low is not None


def rank_by_lower_end(tallies: Iterable[tuple[str, int, int]], min_total: int = MIN_RATINGS) -> list[RankedShare]:
    """``(name, successes, total)`` rows ranked: those with at least
    ``min_total`` ratings first, by the lower end of the Wilson range (then
    the share, then the name); the rest after, by name, without a range."""
    rows = []
    for name, successes, total in tallies:
        low, high = wilson_range(successes, total) if total >= min_total else (None, None)
        rows.append(RankedShare(name, successes, total, low, high))
    return sorted(rows, key=lambda r: (not r.ranked, -(r.low or 0.0), -(r.share or 0.0), r.name))
