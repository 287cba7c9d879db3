"""Benjamini–Hochberg, Benjamini–Yekutieli and the Wilson range against statsmodels on random
inputs, and the ranking of reliefs by the lower end of the range."""

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

from fibro_desktop.core.insights.multiplicity import bh_adjusted, bh_discoveries, by_adjusted
from fibro_desktop.core.insights.shares import MIN_RATINGS, rank_by_lower_end, wilson_range


@pytest.mark.parametrize("seed", range(10))
def test_benjamini_hochberg_matches_statsmodels(seed):
    rng = np.random.default_rng(seed)
    m = int(rng.integers(1, 40))
    p = np.concatenate([rng.uniform(0, 1, m), rng.uniform(0, 0.01, int(rng.integers(0, 5)))])
    p[rng.integers(0, len(p))] = p[0]  # a tie
    reject, adjusted, _, _ = multipletests(p, alpha=0.05, method="fdr_bh")
    np.testing.assert_allclose(bh_adjusted(list(p)), adjusted, rtol=1e-12)
    assert bh_discoveries(list(p)) == list(reject)


@pytest.mark.parametrize("seed", range(10))
def test_benjamini_yekutieli_matches_statsmodels(seed):
    rng = np.random.default_rng(100 + seed)
    p = np.concatenate([rng.uniform(0, 1, int(rng.integers(1, 40))), rng.uniform(0, 0.005, 3)])
    _, adjusted, _, _ = multipletests(p, alpha=0.05, method="fdr_by")
    np.testing.assert_allclose(by_adjusted(list(p)), adjusted, rtol=1e-12)


def test_benjamini_hochberg_by_hand():
    # sorted p 0.01, 0.02, 0.03, 0.5 with m = 4: 0.04, 0.04, 0.04, 0.5
    assert bh_adjusted([0.5, 0.03, 0.01, 0.02]) == pytest.approx([0.5, 0.04, 0.04, 0.04])
    assert bh_adjusted([]) == []
    # Benjamini–Yekutieli: times 1 + 1/2 + 1/3 + 1/4 = 25/12
    assert by_adjusted([0.5, 0.03, 0.01, 0.02]) == pytest.approx([1.0, 0.04 * 25 / 12, 0.04 * 25 / 12, 0.04 * 25 / 12])
    assert by_adjusted([]) == []


@pytest.mark.parametrize("seed", range(10))
def test_wilson_range_matches_statsmodels(seed):
    rng = np.random.default_rng(seed)
    for _ in range(30):
        n = int(rng.integers(1, 400))
        k = int(rng.choice([0, n, int(rng.integers(0, n + 1))]))
        low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
        assert wilson_range(k, n) == pytest.approx((low, high), rel=1e-9, abs=1e-12)


def test_reliefs_rank_by_the_lower_end_and_need_ten_ratings():
    ranked = rank_by_lower_end([("few but perfect", 9, 9), ("steady", 45, 50), ("coin", 12, 24),
                                ("small sure", 10, 10)])
    assert [r.name for r in ranked] == ["steady", "small sure", "coin", "few but perfect"]
    assert MIN_RATINGS == 10
    assert not ranked[-1].ranked and ranked[-1].low is None and ranked[-1].share == 1.0
    steady = ranked[0]
    assert steady.low == pytest.approx(proportion_confint(45, 50, method="wilson")[0])
