"""Median, mean and the rate ratio, checked against numbers worked on paper."""

import math

import pytest

from fibro_desktop.core.insights.stats import Z_95, mean, median, rate_ratio


def test_median_of_odd_even_and_empty_lists():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([7]) == 7
    assert median([]) is None


def test_mean():
    assert mean([1, 2, 6]) == 3
    assert mean([]) is None


def test_rate_ratio_by_hand():
    # 6 of 10 exposed days and 2 of 10 other days: 0.6 / 0.2 = 3.
    r = rate_ratio(6, 10, 2, 10)
    assert r.ratio == pytest.approx(3.0)
    assert (r.exposed_rate, r.unexposed_rate) == (0.6, 0.2)
    # Katz: se = sqrt(1/6 - 1/10 + 1/2 - 1/10) = sqrt(0.46667) = 0.68313
    se = math.sqrt(1 / 6 - 1 / 10 + 1 / 2 - 1 / 10)
    assert se == pytest.approx(0.68313, abs=1e-5)
    assert r.low == pytest.approx(3 * math.exp(-Z_95 * se)) == pytest.approx(0.7864, abs=1e-3)
    assert r.high == pytest.approx(11.444, abs=1e-2)
    assert not r.corrected


def test_a_zero_cell_is_corrected_by_adding_a_half():
    # 0 of 5 against 2 of 5: cells become 0.5/6 and 2.5/6, ratio 0.2.
    r = rate_ratio(0, 5, 2, 5)
    assert r.corrected
    assert r.ratio == pytest.approx(0.2)
    assert 0 < r.low < r.ratio < r.high


def test_equal_rates_give_one():
    assert rate_ratio(3, 6, 5, 10).ratio == pytest.approx(1.0)


@pytest.mark.parametrize("args", [(1, 0, 1, 5), (1, 5, 1, 0), (6, 5, 1, 5), (-1, 5, 1, 5)])
def test_impossible_counts_are_refused(args):
    with pytest.raises(ValueError):
        rate_ratio(*args)
