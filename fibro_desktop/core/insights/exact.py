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


def poisson_cdf(k: int, mu: float, factorials: FloatArray | None = None) -> float:
    """P(X <= k) for X ~ Poisson(mu); 0 for k < 0. ``factorials``: the
    :func:`log_factorials` of at least k, when the caller has them."""
    if k < 0:
        return 0.0
    if mu <= 0:
        return 1.0
    lf = log_factorials(k) if factorials is None else factorials
    # Terms more than 40 standard deviations below both k and the mean are
    # under 1e-300 of the largest one summed: start there.
    first = max(0, math.floor(min(k, mu) - 40 * math.sqrt(mu) - 50))
    j = np.arange(first, k + 1, dtype=np.float64)
    terms = np.exp(j * math.log(mu) - mu - lf[first:k + 1])
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
                     rel_tol: float = 1e-13, iterations: int = 300) -> float:
    """The x in [low, high] where a decreasing ``f`` crosses ``target``.

    Regula falsi with the Illinois step (a bracket is kept, so it cannot
    fail; halving the stale end's value keeps both ends moving): about ten
    evaluations instead of bisection's fifty. Stops when the bracket is
    ``rel_tol`` wide relative to x, or on an exact hit.
    """
    f_low, f_high = f(low) - target, f(high) - target
    if f_low <= 0:
        return low
    if f_high >= 0:
        return high
    stale = 0  # +1: low moved last time, -1: high moved last time
    for _ in range(iterations):
        if high - low <= rel_tol * max(abs(low), abs(high), 1e-300):
            break
        x = (low * f_high - high * f_low) / (f_high - f_low)
        if not low < x < high:
            x = (low + high) / 2
        fx = f(x) - target
        if fx == 0:
            return x
        if fx > 0:
            low, f_low = x, fx
            if stale == 1:
                f_high /= 2
            stale = 1
        else:
            high, f_high = x, fx
            if stale == -1:
                f_low /= 2
            stale = -1
    return (low + high) / 2


def _binomial_tail(k: int, n: int, p: float, lf: FloatArray, upper: bool) -> float:
    """P(X <= k) (or P(X >= k) when ``upper``), summing only the terms within
    40 standard deviations (+50) of the mean: the others are below 1e-300
    and do not change a probability compared with 2.5 %."""
    if p <= 0.0 or p >= 1.0:
        at = 0 if p <= 0.0 else n
        return float((at >= k) if upper else (at <= k))
    mean, sd = n * p, math.sqrt(n * p * (1 - p))
    first = max(0, math.floor(mean - 40 * sd - 50))
    last = min(n, math.ceil(mean + 40 * sd + 50))
    lo, hi = (max(k, first), last) if upper else (first, min(k, last))
    if lo > hi:
        return 0.0
    j = np.arange(lo, hi + 1)
    log_terms = lf[n] - lf[lo:hi + 1] - lf[n - hi:n - lo + 1][::-1] + j * math.log(p) + (n - j) * math.log1p(-p)
    return float(min(1.0, np.exp(log_terms).sum()))


def _bracket(share: float, n: int) -> tuple[float, float]:
    """A narrow start for the search around an observed share (the normal
    approximation's range, ten times wider), inside [0, 1]."""
    half = 10 * math.sqrt(max(share * (1 - share), 1 / n) / n) + 10 / n
    return max(0.0, share - half), min(1.0, share + half)


def clopper_pearson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper–Pearson) range for a binomial proportion, k of n: the
    shares under which k is not in either tail of probability (1 − confidence)/2."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError("need 0 <= k <= n and n > 0")
    alpha = 1 - confidence
    lf = log_factorials(n)

    def at_least_k(p: float) -> float:  # grows with p
        return _binomial_tail(k, n, p, lf, upper=True)

    def at_most_k(p: float) -> float:  # falls with p
        return _binomial_tail(k, n, p, lf, upper=False)

    start, end = _bracket(k / n, n)
    low = high = 0.0
    if k > 0:
        a = start if at_least_k(start) < alpha / 2 else 0.0
        b = end if at_least_k(end) > alpha / 2 else 1.0
        low = solve_decreasing(lambda p: -at_least_k(p), -alpha / 2, a, b)
    if k < n:
        a = start if at_most_k(start) > alpha / 2 else 0.0
        b = end if at_most_k(end) < alpha / 2 else 1.0
        high = solve_decreasing(at_most_k, alpha / 2, a, b)
    else:
        high = 1.0
    return low, high
