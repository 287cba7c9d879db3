"""Median and mean, checked against numbers worked on paper."""

from fibro_desktop.core.insights.averages import mean, median


def test_median_of_odd_even_and_empty_lists():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([7]) == 7
    assert median([]) is None


def test_mean():
    assert mean([1, 2, 6]) == 3
    assert mean([]) is None
