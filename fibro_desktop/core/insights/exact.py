"""Exact tail probabilities of the Poisson and binomial distributions, and
the inversions the exact ranges need.

Pure Python and numpy (the shipped app carries no scipy): probabilities are
sums of terms built from log-factorials, which is exact up to rounding for
the counts a journal holds (tens of thousands at most). The tests compare
each function with scipy's.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: The z value of a two-sided 95 % range.
Z_95 = 1.959963984540054


def log_factorials(n: int) -> FloatArray:
    """``log(k!)`` for k = 0..n, as one array (a cumulative sum of logs)."""
    out = np.zeros(n + 1)
    if n > 0:
        out[1:] = np.cumsum(np.log(np.arange(1, n + 1, dtype=np.float64)))
    return out


def poisson_cdf(k: int, mu: float) -> float:
    """P(X <= k) for X ~ Poisson(mu); 0 for k < 0."""
    if k < 0:
        return 0.0
    if mu <= 0:
        return 1.0
    j = np.arange(k + 1, dtype=np.float64)
    terms = np.exp(j * math.log(mu) - mu - log_factorials(k))
    return float(min(1.0, terms.sum()))


def binomial_pmf(n: int, p: float) -> FloatArray:
    """P(X = j) for j = 0..n, X ~ Binomial(n, p)."""
    if p <= 0.0 or p >= 1.0:
        out = np.zeros(n + 1)
        out[0 if p <= 0.0 else n] = 1.0
        return out
    lf = log_factorials(n)
    j = np.arange(n + 1, dtype=np.float64)
    result: FloatArray = np.exp(lf[n] - lf - lf[::-1] + j * math.log(p) + (n - j) * math.log1p(-p))
    return result


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return float(min(1.0, binomial_pmf(n, p)[: k + 1].sum()))


def binomial_two_sided_p(k: int, n: int, p: float) -> float:
    """Exact two-sided p-value of k successes in n trials against ``p``:
    the total probability of every outcome no more likely than the one seen
    (the rule scipy's ``binomtest`` uses, with the same 1e-7 relative slack
    so ties in probability count as ties)."""
    if n == 0:
        return 1.0
    pmf = binomial_pmf(n, p)
    return float(min(1.0, pmf[pmf <= pmf[k] * (1 + 1e-7)].sum()))


def normal_two_sided_p(z: float) -> float:
    """Two-sided p-value of a standard normal statistic."""
    return math.erfc(abs(z) / math.sqrt(2.0))


def normal_quantile(p: float) -> float:
    """Standard normal quantile (exact :data:`Z_95` for 0.975; otherwise by
    bisection on ``erfc``, plenty fast for the few calls made)."""
    if p == 0.975:
        return Z_95
    return solve_decreasing(lambda x: 0.5 * math.erfc(x / math.sqrt(2.0)), 1 - p, -40.0, 40.0)


def solve_decreasing(f: Callable[[float], float], target: float, low: float, high: float,
                     iterations: int = 200) -> float:
    """The x in [low, high] where a decreasing ``f`` crosses ``target``, by
    bisection (robust, and 200 halvings reach double precision)."""
    for _ in range(iterations):
        mid = (low + high) / 2
        if mid in (low, high):
            break
        if f(mid) > target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def clopper_pearson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper–Pearson) range for a binomial proportion, k of n."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError("need 0 <= k <= n and n > 0")
    alpha = 1 - confidence
    # P(X >= k; p) grows with p; P(X <= k; p) falls with p.
    low = 0.0 if k == 0 else solve_decreasing(lambda p: -(1 - binomial_cdf(k - 1, n, p)), -alpha / 2, 0.0, 1.0)
    high = 1.0 if k == n else solve_decreasing(lambda p: binomial_cdf(k, n, p), alpha / 2, 0.0, 1.0)
    return low, high
