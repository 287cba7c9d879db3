"""Many comparisons at once: the Benjamini–Hochberg false discovery rate.

With eight triggers and two windows, some 95 % ranges exclude "no
difference" by chance alone. Benjamini–Hochberg adjusts the p-values of the
whole table together; a finding is a *discovery* when its adjusted p-value
is at most ``q`` (0.05): on average at most 5 % of the discoveries are
chance.
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


def bh_discoveries(p_values: Sequence[float], q: float = FDR_Q) -> list[bool]:
    """Which findings are discoveries at false discovery rate ``q``."""
    return [a <= q for a in bh_adjusted(p_values)]
