"""Measuring the difference: baseline against recent weeks, in plain words."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.insights.difference import change_key, compare, default_periods, measures
from fibro_desktop.core.insights.periods import Period


@pytest.mark.parametrize(("before", "after", "key"), [
    (10, 10, "about_same"), (10, 9.5, "about_same"), (10, 8.8, "tenth_fewer"), (10, 7.5, "quarter_fewer"),
    (9, 6, "third_fewer"), (10, 5, "half_fewer"), (10, 2, "much_fewer"), (10, 11.5, "tenth_more"),
    (10, 12.5, "quarter_more"), (9, 12, "third_more"), (10, 15, "half_more"), (10, 20, "twice"),
    (10, 30, "much_more"), (0, 0, "about_same"), (0, 3, "much_more"),
])
def test_change_words(before, after, key):
    assert change_key(before, after) == key


def test_default_periods_do_not_overlap():
    first = date(2026, 1, 1)
    baseline, recent = default_periods(first, date(2026, 3, 31))
    assert baseline == Period(first, date(2026, 1, 28)) and recent == Period(date(2026, 3, 4), date(2026, 3, 31))
    assert default_periods(first, date(2026, 2, 20)) is None


def _period_rows(start: date, per_day: int, intensity: int):
    days = [start + timedelta(days=i) for i in range(28)]
    episodes = [(d, intensity, 600, 1200) for d in days for _ in range(per_day)]
    checkins = [(d, 4, 6.0, 5, 7) for d in days]
    return Period(days[0], days[-1]), episodes, checkins


def test_a_third_fewer_spasms_per_week():
    p1, e1, c1 = _period_rows(date(2026, 1, 1), 3, 6)  # 21 a week
    p2, e2, c2 = _period_rows(date(2026, 6, 1), 2, 6)  # 14 a week
    before, after = measures(p1, e1 + e2, c1), measures(p2, e1 + e2, c2)
    assert before.values["episodes_per_week"] == 21 and after.values["episodes_per_week"] == 14
    assert before.tracked_days == 28 and after.episodes == 56
    diff = compare(before, after)
    by_metric = {c.metric: c for c in diff.changes}
    assert by_metric["episodes_per_week"].change == "third_fewer"  # 14/21 = 0.67
    assert by_metric["episodes_per_week"].better is True
    assert by_metric["median_intensity"].change == "about_same" and by_metric["median_intensity"].better is None
    assert by_metric["sleep_quality"].baseline == 4


def test_not_enough_tracked_days_is_said():
    p1, e1, c1 = _period_rows(date(2026, 1, 1), 1, 5)
    short = Period(date(2026, 6, 1), date(2026, 6, 28))
    few = [(date(2026, 6, 1) + timedelta(days=i), 5, None, None) for i in range(10)]
    assert compare(measures(p1, e1, c1), measures(short, few, [])) is None


def test_an_empty_period_has_no_values():
    empty = measures(Period(date(2026, 1, 1), date(2026, 1, 28)), [], [])
    assert empty.tracked_days == 0 and empty.values["episodes_per_week"] is None
    assert empty.values["median_intensity"] is None
