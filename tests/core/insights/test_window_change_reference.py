"""Measuring the difference: the Hodges–Lehmann range is exactly the set of
shifts scipy's Mann–Whitney test does not reject; the window rate ratio is
the exact conditional binomial one; "no clear change" unless the range
excludes no change."""

from datetime import date

import numpy as np
import pytest
from scipy import stats

from fibro_desktop.core.insights.window_change import (
    Window,
    anchored_windows,
    hodges_lehmann,
    mann_whitney,
    rate_change,
    rate_verdict,
    verdict,
    window_rates,
)


def _p(baseline, recent, delta):
    return stats.mannwhitneyu(np.asarray(recent) - delta, baseline, alternative="two-sided",
                              method="asymptotic", use_continuity=True).pvalue


@pytest.mark.parametrize("seed", range(12))
def test_hodges_lehmann_range_inverts_scipys_mann_whitney_test(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(5, 60)), int(rng.integers(5, 60))
    baseline = rng.normal(5, 2, n)
    recent = rng.normal(5 + rng.uniform(-2, 2), 2, m)
    shift = hodges_lehmann(baseline, recent)
    differences = np.sort(np.subtract.outer(recent, baseline).ravel())
    assert shift.estimate == pytest.approx(np.median(differences))
    assert (shift.baseline_count, shift.recent_count) == (n, m)
    # Just inside each end the test does not reject at 5 %; just outside it does.
    i_low = int(np.searchsorted(differences, shift.low))
    i_high = int(np.searchsorted(differences, shift.high))
    inside_low = (differences[i_low] + differences[i_low + 1]) / 2
    outside_low = (differences[i_low - 1] + differences[i_low]) / 2
    inside_high = (differences[i_high - 1] + differences[i_high]) / 2
    outside_high = (differences[i_high] + differences[i_high + 1]) / 2
    assert _p(baseline, recent, inside_low) > 0.05 and _p(baseline, recent, inside_high) > 0.05
    assert _p(baseline, recent, outside_low) <= 0.05 and _p(baseline, recent, outside_high) <= 0.05


def test_hodges_lehmann_on_a_ratio_scale_and_small_samples():
    baseline = [10, 12, 9, 11, 10, 13, 8, 10]
    recent = [20, 24, 18, 22, 21, 25, 19, 20]
    shift = hodges_lehmann([v * 60 for v in baseline], [v * 60 for v in recent], relative=True)
    assert shift.estimate == pytest.approx(2.0, rel=0.05)
    assert shift.low > 1 and shift.verdict == "higher"
    assert hodges_lehmann([1, 2, 3, 4], [5, 6, 7, 8, 9]) is None  # four on a side is too few
    with pytest.raises(ValueError):
        hodges_lehmann([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], relative=True)


def test_no_clear_change_unless_the_range_excludes_no_change():
    same = hodges_lehmann([3, 4, 5, 6, 7, 5, 4], [3, 5, 4, 6, 7, 5, 6])
    assert same.verdict == "no_clear_change"
    assert verdict(0.8, 1.3, 1.0) == "no_clear_change"
    assert verdict(1.1, 1.3, 1.0) == "higher" and verdict(-3, -0.1, 0.0) == "lower"


@pytest.mark.parametrize("seed", range(6))
def test_window_rates_are_the_exact_conditional_ratio(seed):
    rng = np.random.default_rng(seed)
    base_days, recent_days = int(rng.integers(10, 29)), int(rng.integers(10, 29))
    base, recent = int(rng.poisson(2 * base_days)), int(rng.poisson(1.2 * recent_days))
    result = window_rates(base, base_days, recent, recent_days)
    test = stats.binomtest(recent, base + recent, recent_days / (base_days + recent_days))
    ci = test.proportion_ci(method="exact")
    assert result.ratio == pytest.approx((recent / recent_days) / (base / base_days))
    assert result.low == pytest.approx(ci.low / (1 - ci.low) * base_days / recent_days, rel=1e-8)
    assert result.high == pytest.approx(ci.high / (1 - ci.high) * base_days / recent_days, rel=1e-8)
    assert result.p_value == pytest.approx(test.pvalue, rel=1e-7)
    assert rate_verdict(result) == ("no_clear_change" if result.low <= 1 <= result.high else
                                    "higher" if result.low > 1 else "lower")


def test_windows_are_anchored_to_the_last_recorded_day():
    baseline, recent = anchored_windows(date(2024, 1, 1), date(2025, 6, 30))
    assert baseline == Window(date(2024, 1, 1), date(2024, 1, 28))
    assert recent == Window(date(2025, 6, 3), date(2025, 6, 30))
    assert date(2025, 6, 3) in recent and date(2025, 6, 2) not in recent
    assert anchored_windows(date(2024, 1, 1), date(2024, 2, 20)) is None  # 51 days: windows would overlap


@pytest.mark.parametrize("seed", range(12))
def test_mann_whitney_with_ties_matches_scipy_and_sets_the_verdict(seed):
    """Whole-number intensities tie a lot; the test at "no change" counts
    ties as half and corrects the variance, exactly as scipy does."""
    rng = np.random.default_rng(seed)
    baseline = np.clip(np.round(rng.normal(6, 1.8, int(rng.integers(5, 90)))), 0, 10)
    recent = np.clip(np.round(rng.normal(6 + rng.uniform(-2, 1), 1.8, int(rng.integers(5, 50)))), 0, 10)
    p, direction = mann_whitney(baseline, recent)
    ref = stats.mannwhitneyu(recent, baseline, alternative="two-sided", method="asymptotic", use_continuity=True)
    assert p == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-15)
    shift = hodges_lehmann(baseline, recent)
    expected = "no_clear_change" if ref.pvalue >= 0.05 else ("higher" if direction > 0 else "lower")
    assert shift.verdict == expected and shift.p_value == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-15)


@pytest.mark.parametrize("seed", range(8))
def test_without_ties_the_verdict_is_the_range_excluding_no_change(seed):
    rng = np.random.default_rng(50 + seed)
    baseline, recent = rng.normal(0, 1, 30), rng.normal(rng.uniform(-1, 1), 1, 25)
    shift = hodges_lehmann(baseline, recent)
    assert shift.verdict == verdict(shift.low, shift.high, 0.0)


@pytest.mark.parametrize("seed", range(8))
def test_rate_change_widens_to_statsmodels_quasi_poisson_when_days_vary_more(seed):
    import statsmodels.api as sm

    rng = np.random.default_rng(seed)
    baseline = list(rng.poisson(3 * rng.gamma(2, 0.5, int(rng.integers(15, 29)))))
    recent = list(rng.poisson(2 * rng.gamma(2, 0.5, int(rng.integers(15, 29)))))
    change = rate_change(baseline, recent)
    y = np.array(baseline + recent, float)
    x = np.column_stack([np.ones(len(y)), [0.0] * len(baseline) + [1.0] * len(recent)])
    quasi = sm.GLM(y, x, family=sm.families.Poisson()).fit(scale="X2")
    assert change.dispersion == pytest.approx(max(1.0, quasi.scale), rel=1e-9)
    low, high = np.exp(quasi.conf_int()[1])
    exact = window_rates(sum(baseline), len(baseline), sum(recent), len(recent))
    assert change.ratio == pytest.approx(np.exp(quasi.params[1]))
    assert change.low == pytest.approx(min(exact.low, low), rel=1e-6)
    assert change.high == pytest.approx(max(exact.high, high), rel=1e-6)


def test_rate_change_of_poisson_like_days_is_the_exact_range():
    change = rate_change([2, 3, 2, 3, 2, 3, 2, 3], [1, 1, 1, 1, 1, 1, 1, 1])
    assert change.dispersion == 1.0
    assert (change.low, change.high) == pytest.approx((change.exact.low, change.exact.high))
    assert change.verdict == verdict(change.low, change.high, 1.0)
