"""Spasm rates per week over tracked days only (the provider report)."""

from datetime import date, timedelta

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.tracked_weeks import rate_per_week, tracked_weeks, untracked_runs

# Thursday 1 October to Sunday 1 November 2026
PERIOD = Period(date(2026, 10, 1), date(2026, 11, 1))


def test_ten_tracked_days_of_ninety_give_the_true_rate():
    assert round(rate_per_week(11, 10), 1) == 7.7  # not 11 * 7 / 90 = 0.9


def test_weeks_count_tracked_days_and_mark_partial_and_untracked_weeks():
    tracked = {date(2026, 10, 1), date(2026, 10, 2)} | {date(2026, 10, 19) + timedelta(days=i) for i in range(7)}
    spasms = {date(2026, 10, 1): 3, date(2026, 10, 20): 2, date(2026, 9, 30): 9}
    weeks = tracked_weeks(PERIOD, tracked, spasms)
    assert [w.start for w in weeks] == [date(2026, 9, 28) + timedelta(days=7 * i) for i in range(5)]
    first, second, third, fourth, last = weeks
    assert (first.days_in_period, first.tracked_days, first.spasms) == (4, 2, 3)  # 30 Sep is outside
    assert first.partial and first.per_week == 3 * 7 / 2
    assert not second.tracked and second.per_week is None  # a gap, not a week without spasms
    assert fourth.tracked_days == 7 and not fourth.partial and fourth.per_week == 2
    assert (last.days_in_period, last.tracked_days, last.partial) == (7, 0, False)
    assert untracked_runs(weeks) == [(date(2026, 10, 5), date(2026, 10, 18)), (date(2026, 10, 26),
                                                                               date(2026, 11, 1))]
    assert third.start == date(2026, 10, 12)
