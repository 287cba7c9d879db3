"""Every formula of the rate statistics against a reference library on
random inputs: scipy for the exact Poisson and binomial ranges and tests,
statsmodels for Poisson regression (whose conditional score test is the
Mantel–Haenszel test) and for the pooled ratios."""

import math

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import stats

from fibro_desktop.core.insights.exact import binomial_cdf, binomial_two_sided_p, clopper_pearson, poisson_cdf
from fibro_desktop.core.insights.poisson_model import exposure_ratios, fit_poisson, spline_basis, spline_knots
from fibro_desktop.core.insights.rates import Stratum, compare_rates, mantel_haenszel, poisson_range

SEEDS = range(8)


@pytest.mark.parametrize("seed", SEEDS)
def test_poisson_and_binomial_tails_match_scipy(seed):
    rng = np.random.default_rng(seed)
    for _ in range(20):
        k = int(rng.integers(0, 3000))
        mu = float(rng.uniform(0.1, 3500))
        assert poisson_cdf(k, mu) == pytest.approx(stats.poisson.cdf(k, mu), rel=1e-9, abs=1e-300)
        n = int(rng.integers(1, 2000))
        j, p = int(rng.integers(0, n + 1)), float(rng.uniform(0.001, 0.999))
        assert binomial_cdf(j, n, p) == pytest.approx(stats.binom.cdf(j, n, p), rel=1e-9, abs=1e-300)
        assert binomial_two_sided_p(j, n, p) == pytest.approx(stats.binomtest(j, n, p).pvalue, rel=1e-7, abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_exact_poisson_range_matches_the_chi_square_form(seed):
    rng = np.random.default_rng(seed)
    for k in [0, 1, 2, 40000, *rng.integers(3, 5000, size=10)]:
        low, high = poisson_range(int(k))
        expected_low = 0.0 if k == 0 else stats.chi2.ppf(0.025, 2 * k) / 2
        assert low == pytest.approx(expected_low, rel=1e-9)
        assert high == pytest.approx(stats.chi2.ppf(0.975, 2 * k + 2) / 2, rel=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_clopper_pearson_matches_scipy_binomtest(seed):
    rng = np.random.default_rng(seed)
    for _ in range(15):
        n = int(rng.integers(1, 1500))
        k = int(rng.choice([0, n, int(rng.integers(0, n + 1))]))
        ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="exact")
        low, high = clopper_pearson(k, n)
        assert low == pytest.approx(ci.low, rel=1e-9, abs=1e-15)
        assert high == pytest.approx(ci.high, rel=1e-9, abs=1e-15)


@pytest.mark.parametrize("k, n", [(12000, 40000), (3, 40000), (39990, 40000), (5000, 5001), (1, 2)])
def test_clopper_pearson_for_ten_years_of_spasms(k, n):
    ci = stats.binomtest(k, n).proportion_ci(method="exact")
    assert clopper_pearson(k, n) == pytest.approx((ci.low, ci.high), rel=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_rate_ratio_range_and_p_value_match_the_conditional_binomial(seed):
    """Given a + b spasms, a ~ Binomial(a + b, RR·t1 / (RR·t1 + t0)): the
    ratio's range is scipy's exact range for that share, converted."""
    rng = np.random.default_rng(seed)
    for _ in range(15):
        t1, t0 = float(rng.integers(5, 500)), float(rng.integers(5, 500))
        a, b = int(rng.poisson(t1 * rng.uniform(0.2, 4))), int(rng.poisson(t0 * rng.uniform(0.2, 4)))
        if a + b == 0:
            continue
        result = compare_rates(a, t1, b, t0)
        test = stats.binomtest(a, a + b, t1 / (t1 + t0))
        ci = test.proportion_ci(method="exact")
        to_ratio = lambda s: math.inf if s >= 1 else s / (1 - s) * t0 / t1  # noqa: E731
        assert result.p_value == pytest.approx(test.pvalue, rel=1e-7, abs=1e-12)
        assert result.low == pytest.approx(to_ratio(ci.low), rel=1e-8, abs=1e-12)
        assert result.high == pytest.approx(to_ratio(ci.high), rel=1e-8)
        if b:
            assert result.ratio == pytest.approx((a / t1) / (b / t0))


def test_rate_ratio_edges():
    nothing = compare_rates(0, 10, 0, 10)
    assert nothing.ratio is None and not nothing.clear
    none_unexposed = compare_rates(8, 10, 0, 10)
    assert none_unexposed.ratio == math.inf and none_unexposed.high == math.inf and none_unexposed.low > 1
    assert compare_rates(0, 10, 8, 10).ratio == 0.0


def _random_strata(rng, count, ratio=1.5):
    strata = []
    for _ in range(count):
        base = rng.uniform(0.3, 3)
        t1, t0 = float(rng.integers(0, 20)), float(rng.integers(0, 25))
        strata.append(Stratum(int(rng.poisson(base * ratio * t1)), t1, int(rng.poisson(base * t0)), t0))
    return strata


def _glm_by_stratum(strata):
    """Aggregated rows for statsmodels: one per stratum and side."""
    rows = [(s.events, s.days, 1.0, i) for i, s in enumerate(strata) if s.days > 0 and s.other_days > 0]
    rows += [(s.other_events, s.other_days, 0.0, i) for i, s in enumerate(strata) if s.days > 0 and s.other_days > 0]
    y = np.array([r[0] for r in rows], float)
    exposure = np.array([r[2] for r in rows])
    labels = sorted({r[3] for r in rows})
    dummies = np.array([[1.0 if r[3] == lab else 0.0 for lab in labels] for r in rows])
    offset = np.log([r[1] for r in rows])
    return y, exposure, dummies, offset


@pytest.mark.parametrize("seed", SEEDS)
def test_mantel_haenszel_test_is_statsmodels_score_test_of_the_stratified_poisson_model(seed):
    rng = np.random.default_rng(seed)
    strata = _random_strata(rng, int(rng.integers(3, 25)))
    pooled = mantel_haenszel(strata)
    y, exposure, dummies, offset = _glm_by_stratum(strata)
    null = sm.GLM(y, dummies, family=sm.families.Poisson(), offset=offset).fit()
    score = null.score_test(exog_extra=exposure[:, None])
    assert pooled.p_value == pytest.approx(np.asarray(score[1]).item(), rel=1e-6)
    # and the pooled ratio sits close to the stratified model's estimate
    full = sm.GLM(y, np.column_stack([exposure, dummies]), family=sm.families.Poisson(), offset=offset).fit()
    assert math.log(pooled.ratio) == pytest.approx(full.params[0], abs=2.5 * full.bse[0])


def test_mantel_haenszel_by_hand_and_one_stratum():
    # One stratum: the crude ratio, Var(log RR) = 1/a + 1/b.
    one = mantel_haenszel([Stratum(30, 100, 50, 300)])
    assert one.ratio == pytest.approx(1.8)
    se = math.sqrt(1 / 30 + 1 / 50)
    assert one.low == pytest.approx(1.8 * math.exp(-1.959964 * se), rel=1e-6)
    # Two strata worked on paper: T = 20 and 40.
    pooled = mantel_haenszel([Stratum(6, 10, 3, 10), Stratum(10, 10, 15, 30), Stratum(4, 0, 5, 10)])
    r = 6 * 10 / 20 + 10 * 30 / 40
    q = 3 * 10 / 20 + 15 * 10 / 40
    assert pooled.ratio == pytest.approx(r / q)
    assert (pooled.strata, pooled.events, pooled.other_events) == (2, 16, 18)
    v = 9 * 100 / 400 + 25 * 300 / 1600
    assert pooled.high == pytest.approx(r / q * math.exp(1.959964 * math.sqrt(v / (r * q))), rel=1e-6)


@pytest.mark.parametrize("seed", SEEDS)
def test_mantel_haenszel_range_covers_like_the_stratified_glm(seed):
    """Greenland–Robins is the Mantel–Haenszel analogue of the model's
    standard error: with homogeneous strata and enough spasms they agree."""
    rng = np.random.default_rng(100 + seed)
    strata = [Stratum(int(rng.poisson(2 * 1.7 * t1)), t1, int(rng.poisson(2 * t0)), t0)
              for t1, t0 in rng.integers(20, 60, size=(12, 2)).astype(float)]
    pooled = mantel_haenszel(strata)
    y, exposure, dummies, offset = _glm_by_stratum(strata)
    full = sm.GLM(y, np.column_stack([exposure, dummies]), family=sm.families.Poisson(), offset=offset).fit()
    gr_se = math.log(pooled.high / pooled.ratio) / 1.959964
    assert gr_se == pytest.approx(full.bse[0], rel=0.05)
    assert math.log(pooled.ratio) == pytest.approx(full.params[0], abs=0.05)


def _random_design(rng, n):
    x = (rng.random((n, 3)) < [0.3, 0.5, 0.15]).astype(float)
    t = np.sort(rng.uniform(0, 700, n))
    days = rng.choice([1.0, 1.0, 1.0, 0.5, 2.0], n)
    mu = days * 1.4 * np.exp(x @ [0.5, -0.2, 0.0] + 0.3 * np.sin(t / 100))
    return rng.poisson(mu).astype(float), x, t, days


@pytest.mark.parametrize("seed", SEEDS)
def test_poisson_fit_matches_statsmodels_glm_with_offset(seed):
    rng = np.random.default_rng(seed)
    y, x, t, days = _random_design(rng, int(rng.integers(80, 700)))
    design = np.column_stack([np.ones(len(y)), x, spline_basis(t, spline_knots(t, 5))])
    mine = fit_poisson(y, design, np.log(days))
    ref = sm.GLM(y, design, family=sm.families.Poisson(), offset=np.log(days)).fit(tol=1e-12)
    assert mine.converged
    np.testing.assert_allclose(mine.params, ref.params, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(mine.covariance, ref.cov_params(), rtol=1e-5, atol=1e-10)
    assert mine.deviance == pytest.approx(ref.deviance, rel=1e-8)
    assert mine.dispersion == pytest.approx(ref.pearson_chi2 / ref.df_resid, rel=1e-6)


@pytest.mark.parametrize("seed", SEEDS)
def test_exposure_ratios_match_statsmodels_wald_ranges(seed):
    rng = np.random.default_rng(seed)
    y, x, t, days = _random_design(rng, 400)
    result = exposure_ratios(y, {"a": x[:, 0], "b": x[:, 1], "c": x[:, 2]}, t, days, knots=4,
                             errors="poisson")
    design = np.column_stack([np.ones(len(y)), x, spline_basis(t, spline_knots(t, 4))])
    ref = sm.GLM(y, design, family=sm.families.Poisson(), offset=np.log(days)).fit(tol=1e-12)
    ci = ref.conf_int(alpha=0.05)
    for i, name in enumerate("abc", start=1):
        r = result.ratios[name]
        assert r.ratio == pytest.approx(math.exp(ref.params[i]), rel=1e-6)
        assert r.low == pytest.approx(math.exp(ci[i, 0]), rel=1e-5)
        assert r.high == pytest.approx(math.exp(ci[i, 1]), rel=1e-5)
        assert r.p_value == pytest.approx(ref.pvalues[i], rel=1e-4, abs=1e-12)
    # Quasi-Poisson: statsmodels' Pearson scale gives the widened ranges.
    widened = exposure_ratios(y, {"a": x[:, 0], "b": x[:, 1], "c": x[:, 2]}, t, days, knots=4, errors="quasi")
    quasi = sm.GLM(y, design, family=sm.families.Poisson(), offset=np.log(days)).fit(tol=1e-12, scale="X2")
    scale = max(1.0, quasi.scale)
    assert widened.dispersion == pytest.approx(scale, rel=1e-6)
    assert widened.ratios["a"].standard_error == pytest.approx(ref.bse[1] * math.sqrt(scale), rel=1e-5)


@pytest.mark.parametrize("seed", SEEDS)
def test_robust_and_cautious_errors_match_statsmodels_sandwich(seed):
    rng = np.random.default_rng(seed)
    y, x, t, days = _random_design(rng, 300)
    y = rng.poisson(y * rng.gamma(3, 1 / 3, len(y)) + 0.0).astype(float)  # overdispersed
    design = np.column_stack([np.ones(len(y)), x, spline_basis(t, spline_knots(t, 4))])
    mine = fit_poisson(y, design, np.log(days))
    robust = sm.GLM(y, design, family=sm.families.Poisson(), offset=np.log(days)).fit(tol=1e-12, cov_type="HC0")
    np.testing.assert_allclose(mine.robust_covariance, robust.cov_params(), rtol=1e-5, atol=1e-10)
    exposures = {"a": x[:, 0], "b": x[:, 1], "c": x[:, 2]}
    rob = exposure_ratios(y, exposures, t, days, knots=4, errors="robust")
    quasi = exposure_ratios(y, exposures, t, days, knots=4, errors="quasi")
    cautious = exposure_ratios(y, exposures, t, days, knots=4)
    for i, name in enumerate("abc", start=1):
        assert rob.ratios[name].standard_error == pytest.approx(robust.bse[i], rel=1e-5)
        assert rob.ratios[name].p_value == pytest.approx(robust.pvalues[i], rel=1e-4, abs=1e-12)
        assert cautious.ratios[name].standard_error == pytest.approx(
            max(rob.ratios[name].standard_error, quasi.ratios[name].standard_error))


def test_spline_is_linear_beyond_the_end_knots_and_smooth_at_the_knots():
    knots = np.array([0.0, 10.0, 20.0, 40.0])
    t = np.linspace(-20, 60, 801)
    basis = spline_basis(t, knots)
    assert basis.shape == (801, 3)
    second = np.diff(basis, n=2, axis=0)
    outside = (t[1:-1] < -0.1) | (t[1:-1] > 40.1)
    np.testing.assert_allclose(second[outside], 0.0, atol=1e-9)
    # cubic pieces joined with continuous slope: no jump in first differences
    first = np.diff(basis, axis=0)
    assert np.max(np.abs(np.diff(first, axis=0))) < 1e-3


def test_spline_spans_the_natural_cubic_spline_space_of_patsy():
    patsy = pytest.importorskip("patsy")
    t = np.linspace(0, 100, 301)
    knots = np.array([0.0, 20.0, 50.0, 80.0, 100.0])
    mine = np.column_stack([np.ones_like(t), spline_basis(t, knots)])
    reference = np.asarray(patsy.dmatrix("cr(t, knots=inner, lower_bound=0, upper_bound=100) - 1",
                                         {"t": t, "inner": knots[1:-1]}))
    # Each space reproduces the other exactly (least squares residual ~0).
    for a, b in ((mine, reference), (reference, mine)):
        coef = np.linalg.lstsq(a, b, rcond=None)[0]
        np.testing.assert_allclose(a @ coef, b, atol=1e-8)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_trigger_table_s_adjusted_ratios_are_statsmodels_poisson_glm_of_the_same_journal(seed):
    """The whole chain the Charts tab and the report show: a random journal
    (check-ins on most days, triggers, overdispersed spasms), its adjusted
    ratios, ranges and Benjamini–Yekutieli p-values rebuilt independently
    with statsmodels (GLM with the day before's triggers, a "day before not
    recorded" term and the same time spline; the wider of the Pearson-scaled
    and HC0 errors) and multipletests(method="fdr_by")."""
    from datetime import date, timedelta

    from statsmodels.stats.multitest import multipletests

    from fibro_desktop.core.insights.trigger_rates import knot_count, trigger_table

    rng = np.random.default_rng(500 + seed)
    start, one = date(2025, 1, 1), timedelta(days=1)
    names = ["cold", "stress", "poor_sleep"]
    checkins, spasms = {}, {}
    for i in range(int(rng.integers(150, 400))):
        day = start + timedelta(days=i)
        met = frozenset(n for n, p in zip(names, (0.3, 0.35, 0.25)) if rng.random() < p)
        rate = 1.5 * (1.6 if "stress" in met else 1.0) * math.exp(0.3 * math.sin(i / 40))
        spasms[day] = int(rng.poisson(rate * rng.gamma(4, 1 / 4)))
        if rng.random() < 0.85:
            checkins[day] = met
    table = trigger_table(checkins, spasms, {})

    def reference(rows, own, other, extra=None):
        t = np.array([float((d - rows[0]).days) for d in rows])
        columns = [np.ones(len(rows))] + [np.array([1.0 if n in own(d) else 0.0 for d in rows]) for n in names]
        columns += [np.array([1.0 if n in other(d) else 0.0 for d in rows]) for n in names]
        if extra is not None:
            columns.append(extra)
        design = np.column_stack(columns + [spline_basis(t, spline_knots(t, knot_count(rows[0], rows[-1])))])
        y = np.array([spasms[d] for d in rows], float)
        model = sm.GLM(y, design, family=sm.families.Poisson())
        quasi, robust = model.fit(tol=1e-12, scale="X2"), model.fit(tol=1e-12, cov_type="HC0")
        se = np.sqrt(np.maximum(np.asarray(quasi.bse) ** 2 * max(1.0, quasi.scale) / quasi.scale,
                                np.asarray(robust.bse) ** 2))
        return {n: (quasi.params[i], se[i]) for i, n in enumerate(names, start=1)}

    same_rows = sorted(checkins)
    unrecorded = np.array([0.0 if d - one in checkins else 1.0 for d in same_rows])
    same = reference(same_rows, lambda d: checkins[d], lambda d: checkins.get(d - one, frozenset()),
                     unrecorded if 0 < unrecorded.sum() < len(unrecorded) else None)
    next_rows = sorted(d for d in checkins if d - one in checkins)
    after = reference(next_rows, lambda d: checkins[d - one], lambda d: checkins[d])
    expected = {("same_day", n): v for n, v in same.items()} | {("next_day", n): v for n, v in after.items()}
    rows = [r for r in table.rates if r.adjusted is not None]
    assert {(r.window, r.trigger) for r in rows} == set(expected)
    p_values = []
    for r in rows:
        beta, se = expected[(r.window, r.trigger)]
        assert r.adjusted.log_ratio == pytest.approx(beta, rel=1e-5, abs=1e-7)
        assert r.adjusted.standard_error == pytest.approx(se, rel=1e-4)
        assert r.adjusted.low == pytest.approx(math.exp(beta - 1.959964 * se), rel=1e-5)
        p_values.append(2 * stats.norm.sf(abs(beta / se)))
        assert r.adjusted.p_value == pytest.approx(p_values[-1], rel=1e-4, abs=1e-12)
    by = multipletests(p_values, method="fdr_by")[1]
    np.testing.assert_allclose([r.adjusted_p for r in rows], by, rtol=1e-4, atol=1e-12)
