"""A small Poisson regression: spasms per day explained by several exposures
at once and a smooth curve over time.

Why a model: the spasm rate drifts over months and some exposures cluster in
a season (cold in winter), and exposures come together (stress and poor
sleep). Fitting them together, with a smooth time term, compares each
exposure with its absence *at the same time of the record and with the
other exposures held equal*.

* :func:`spline_basis`: a natural (restricted) cubic spline of time, linear
  beyond its end knots (Harrell's parametrisation), scaled to stay well
  conditioned.
* :func:`fit_poisson`: iteratively reweighted least squares with a
  log-exposure offset; returns coefficients, their covariance and the
  Pearson dispersion.
* :func:`exposure_ratios`: the rate ratio of each exposure with its Wald
  95 % range, from a fit with the time curve added.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from fibro_desktop.core.insights.exact import FloatArray, normal_quantile, normal_two_sided_p


def spline_knots(times: FloatArray, count: int) -> FloatArray:
    """``count`` knots spread evenly from the first to the last time."""
    return np.linspace(float(times.min()), float(times.max()), count)


def spline_basis(times: FloatArray, knots: FloatArray) -> FloatArray:
    """Natural cubic spline columns of ``times`` (no intercept): the scaled
    time itself and ``len(knots) - 2`` curved terms, so ``len(knots) - 1``
    columns. Times are scaled by the knot span so values stay near 0–1."""
    k = len(knots)
    if k < 3:
        raise ValueError("a natural spline needs at least three knots")
    span = float(knots[-1] - knots[0]) or 1.0
    x = (times - knots[0]) / span
    t = (knots - knots[0]) / span

    def cube(u: FloatArray) -> FloatArray:
        out: FloatArray = np.maximum(u, 0.0) ** 3
        return out

    columns = [x]
    last, before_last = t[-1], t[-2]
    for j in range(k - 2):
        columns.append(cube(x - t[j])
                       - cube(x - before_last) * (last - t[j]) / (last - before_last)
                       + cube(x - last) * (before_last - t[j]) / (last - before_last))
    return np.column_stack(columns)


@dataclass(frozen=True)
class PoissonFit:
    """Result of :func:`fit_poisson`. ``covariance`` assumes Poisson
    variance (multiply by ``dispersion`` for the quasi-Poisson one);
    ``robust_covariance`` is the sandwich (HC0) one, right whatever the
    variance of the counts, as long as the mean is modelled well."""

    params: FloatArray
    covariance: FloatArray
    robust_covariance: FloatArray
    deviance: float
    dispersion: float
    iterations: int
    converged: bool


def _deviance(y: FloatArray, mu: FloatArray) -> float:
    """Poisson deviance, with y·log(y/mu) taken as 0 where y = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(y > 0, y * np.log(y / mu), 0.0)
    return float(2.0 * np.sum(term - (y - mu)))


def _cross(a: FloatArray, b: FloatArray) -> FloatArray:
    """aᵀb for tall, narrow matrices, without BLAS: OpenBLAS threads on a
    busy two-core machine made this 100 times slower (0.1 s instead of 1 ms
    for ten years of days); einsum's plain loop is steady."""
    out: FloatArray = np.einsum("ij,ik->jk", a, b)
    return out


def _weighted_least_squares(x: FloatArray, z: FloatArray, w: FloatArray) -> FloatArray:
    """Solve (XᵀWX) b = XᵀWz: the normal equations are small (one row and
    column per coefficient) and fast; a singular system (an exposure that
    copies another) falls back to least squares, which picks one solution."""
    weighted = x * w[:, None]
    try:
        return np.asarray(np.linalg.solve(_cross(x, weighted), _cross(weighted, z[:, None])[:, 0]),
                          dtype=np.float64)
    except np.linalg.LinAlgError:
        root_w = np.sqrt(w)
        return np.asarray(np.linalg.lstsq(x * root_w[:, None], z * root_w, rcond=None)[0], dtype=np.float64)


def fit_poisson(counts: FloatArray, design: FloatArray, offset: FloatArray | None = None,
                max_iterations: int = 100, tolerance: float = 1e-10) -> PoissonFit:
    """Fit log E[counts] = design · params + offset by IRLS.

    ``design`` must hold its own intercept column. Stops when the deviance
    changes by less than ``tolerance`` (relative); ``converged`` is False
    when it did not (e.g. an exposure whose days never had a spasm).
    """
    y = np.asarray(counts, dtype=np.float64)
    x = np.asarray(design, dtype=np.float64)
    off = np.zeros_like(y) if offset is None else np.asarray(offset, dtype=np.float64)
    mu = y + 0.5  # a start every count allows, zeros included
    eta = np.log(mu)
    deviance = _deviance(y, mu)
    params = np.zeros(x.shape[1])
    converged = False
    iterations = 0
    for step in range(1, max_iterations + 1):
        iterations = step  # how many it took, reported in the fit
        working = eta - off + (y - mu) / mu
        params = _weighted_least_squares(x, working, mu)
        eta = np.einsum("ij,j->i", x, params) + off
        mu = np.exp(eta)
        new_deviance = _deviance(y, mu)
        if abs(new_deviance - deviance) <= tolerance * (abs(new_deviance) + 0.1):
            deviance, converged = new_deviance, True
            break
        deviance = new_deviance
    information = _cross(x, x * mu[:, None])
    covariance = np.asarray(np.linalg.pinv(information), dtype=np.float64)
    meat = _cross(x, x * ((y - mu) ** 2)[:, None])
    robust = np.asarray(covariance @ meat @ covariance, dtype=np.float64)
    residual_df = max(1, len(y) - x.shape[1])
    dispersion = float(np.sum((y - mu) ** 2 / mu)) / residual_df
    return PoissonFit(params, covariance, robust, deviance, dispersion, iterations, converged)


@dataclass(frozen=True)
class ModelRatio:
    """One exposure's rate ratio from the model, with its 95 % range."""

    ratio: float
    low: float
    high: float
    p_value: float
    log_ratio: float
    standard_error: float

    @property
    def clear(self) -> bool:
        return self.low > 1 or self.high < 1


@dataclass(frozen=True)
class ModelResult:
    """Rate ratios by exposure name; ``dispersion`` is the Pearson one the
    ranges were widened by (never below 1); ``converged`` from the fit."""

    ratios: dict[str, ModelRatio]
    dispersion: float
    converged: bool
    days: int


#: How the ranges of :func:`exposure_ratios` are worked out.
ERRORS = ("poisson", "quasi", "robust", "cautious")


def _standard_error(fit: PoissonFit, i: int, errors: str) -> float:
    """Standard error of coefficient ``i``: ``poisson`` (model-based),
    ``quasi`` (widened by the Pearson dispersion, never narrowed),
    ``robust`` (sandwich), ``cautious`` (the larger of quasi and robust)."""
    quasi = float(fit.covariance[i, i]) * max(1.0, fit.dispersion)
    options = {"poisson": float(fit.covariance[i, i]), "quasi": quasi,
               "robust": float(fit.robust_covariance[i, i]),
               "cautious": max(quasi, float(fit.robust_covariance[i, i]))}
    return math.sqrt(options[errors])


def exposure_ratios(counts: Sequence[float], exposures: Mapping[str, Sequence[float]], times: Sequence[float],
                    days: Sequence[float] | None = None, knots: int = 5, confidence: float = 0.95,
                    errors: str = "cautious") -> ModelResult:
    """Rate ratio of each exposure (0/1 per row, or any number) adjusted for
    the others and for a natural spline of ``times`` with ``knots`` knots
    (fewer than 3 knots: no time term).

    ``days`` is the exposure time of each row (1 for one tracked day, the
    default). ``errors`` picks the standard errors (see
    :func:`_standard_error`); the default ``cautious`` takes the wider of
    the quasi-Poisson and the sandwich one, since spasm counts vary more
    than Poisson and not in proportion to their mean.
    """
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}")
    y = np.asarray(counts, dtype=np.float64)
    t = np.asarray(times, dtype=np.float64)
    names = list(exposures)
    columns = [np.ones_like(y)] + [np.asarray(exposures[name], dtype=np.float64) for name in names]
    if knots >= 3 and len(y) > 0 and float(t.max()) > float(t.min()):
        columns.append(spline_basis(t, spline_knots(t, knots)))
    design = np.column_stack(columns)
    offset = None if days is None else np.log(np.asarray(days, dtype=np.float64))
    fit = fit_poisson(y, design, offset)
    z = normal_quantile(1 - (1 - confidence) / 2)
    ratios = {}
    for i, name in enumerate(names, start=1):
        beta = float(fit.params[i])
        se = _standard_error(fit, i, errors)
        ratios[name] = ModelRatio(math.exp(beta), math.exp(beta - z * se), math.exp(beta + z * se),
                                  normal_two_sided_p(beta / se) if se > 0 else 1.0, beta, se)
    return ModelResult(ratios, max(1.0, fit.dispersion), fit.converged, len(y))
