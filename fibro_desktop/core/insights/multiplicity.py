"""Many comparisons at once: false discovery rate control.

With several triggers and two windows, some 95 % ranges exclude "no
difference" by chance alone. The p-values of the whole table are adjusted
together; a finding is a *discovery* when its adjusted p-value is at most
``q`` (0.05): on average at most 5 % of the discoveries are chance.

The trigger table uses the Benjamini–Yekutieli form of Benjamini–Hochberg.
Plain Benjamini–Hochberg keeps its promise when the tests are independent or
positively related; the trigger ratios come out of one model whose exposures
go together (coffee comes with stress), so their estimates are *negatively*
related and that promise does not hold. Benjamini–Yekutieli holds under any
dependence, at the price of needing somewhat stronger evidence. On the
planted-truth benchmark (``benchmarks/insights_planted.py``) plain
Benjamini–Hochberg called the no-effect trigger a finding in 25 of 400
two-year journals, Benjamini–Yekutieli in 4.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

FDR_Q = 0.05


def bh_adjusted(p_values: Sequence[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values, in the order given:
    min over j >= rank of p_(j) · m / j, capped at 1."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    if m == 0:
        return []
    order = np.argsort(p)
    scaled = p[order] * m / np.arange(1, m + 1)
    monotone = np.minimum.accumulate(scaled[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(monotone, 1.0)
    return [float(v) for v in adjusted]


def by_adjusted(p_values: Sequence[float]) -> list[float]:
    """Benjamini–Yekutieli adjusted p-values, in the order given: the
    Benjamini–Hochberg ones times c(m) = 1 + 1/2 + … + 1/m, capped at 1."""
    m = len(p_values)
    c_m = float(sum(1.0 / i for i in range(1, m + 1)))
    return [min(1.0, value * c_m) for value in bh_adjusted(p_values)]


def bh_discoveries(p_values: Sequence[float], q: float = FDR_Q) -> list[bool]:
    """Which findings are discoveries at false discovery rate ``q``
    (plain Benjamini–Hochberg, for independent tests)."""
    return [a <= q for a in bh_adjusted(p_values)]
