"""Periods of the picker and the per-day / per-week series."""

import math
from datetime import date

import pytest

from fibro_desktop.core.insights.periods import Period, period_for
from fibro_desktop.core.insights.series import (
    daily_counts,
    per_week,
    shares,
    week_start,
    weekly_means,
    weekly_summaries,
    weekly_sums,
    weekly_totals,
)

TODAY = date(2026, 11, 24)  # a Tuesday


def test_period_choices():
    assert period_for("7", TODAY) == Period(date(2026, 11, 18), TODAY)
    assert period_for("30", TODAY).days == 30
    assert period_for("365", TODAY).first == date(2025, 11, 25)
    assert period_for("all", TODAY, date(2020, 1, 5)) == Period(date(2020, 1, 5), TODAY)
    assert period_for("all", TODAY, None) == Period(TODAY, TODAY)
    custom = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert period_for("custom", TODAY, custom=custom) == custom
    with pytest.raises(ValueError):
        period_for("custom", TODAY)
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_a_single_day_period():
    one = Period(TODAY, TODAY)
    assert one.days == 1 and one.each_day() == [TODAY]
    counts = daily_counts(one, {TODAY: 3})
    assert counts.counts == (3,) and counts.average == (3.0,)


def test_daily_counts_fill_gaps_and_average_over_seven_days():
    period = Period(date(2026, 11, 1), date(2026, 11, 9))
    counts = daily_counts(period, {date(2026, 11, 1): 7, date(2026, 11, 8): 7, date(2026, 12, 1): 99})
    assert counts.counts == (7, 0, 0, 0, 0, 0, 0, 7, 0)
    assert counts.total == 14  # the December row is outside and ignored
    # Day 1: 7/1; day 2: 7/2; day 7: 7/7 = 1; day 8: (0*6 + 7)/7 = 1 (day 1 left the window); day 9: 7/7.
    assert counts.average[:2] == (7.0, 3.5)
    assert counts.average[6] == 1.0 and counts.average[7] == 1.0 and counts.average[8] == 1.0


def test_weeks_start_on_monday_and_summaries_use_medians():
    assert week_start(TODAY) == date(2026, 11, 23)
    period = Period(date(2026, 11, 16), date(2026, 11, 29))  # two whole weeks
    rows = [(date(2026, 11, 16), 2, 60, 120), (date(2026, 11, 18), 8, 180, None),
            (date(2026, 11, 20), 5, None, 600), (date(2026, 11, 24), 4, 30, 30)]
    first, second = weekly_summaries(period, rows)
    assert (first.episodes, first.median_intensity, first.worst_intensity) == (3, 5, 8)
    assert first.median_duration_s == 120  # median of 60 and 180
    assert first.median_recovery_s == 360  # median of 120 and 600
    assert (second.start, second.episodes, second.median_intensity) == (date(2026, 11, 23), 1, 4)


def test_weekly_totals_count_days_inside_the_period():
    period = Period(date(2026, 11, 20), date(2026, 11, 24))  # Fri..Tue
    weeks = weekly_totals(period, {date(2026, 11, 20): 2, date(2026, 11, 23): 1, date(2026, 11, 1): 50})
    assert weeks == [(date(2026, 11, 16), 2.0, 3), (date(2026, 11, 23), 1.0, 2)]
    assert weekly_means(period, [(date(2026, 11, 20), 4), (date(2026, 11, 21), None), (date(2026, 11, 22), 8)]) \
        == {date(2026, 11, 16): 6.0}


def test_shares_add_up_and_sort_by_count():
    rows = shares({"cramp": 3, "tonic": 1, "other": 0})
    assert rows == [("cramp", 3, 0.75), ("tonic", 1, 0.25)]
    assert shares({}) == []
    assert per_week(10, 14) == 5.0 and per_week(3, 0) == 0.0


def test_weekly_sums_add_each_column_per_monday_in_week_order():
    # Tuesday 24 and Sunday 29 November share a week; Monday 30 starts the next.
    rows = [(date(2026, 11, 30), (1, 2.5)), (date(2026, 11, 24), (3, 0.5)), (date(2026, 11, 29), (4, 1.0))]
    assert weekly_sums(rows) == [(date(2026, 11, 23), (7, 1.5)), (date(2026, 11, 30), (1, 2.5))]


def test_weekly_sums_keep_counts_whole_and_skip_empty_weeks():
    sums = weekly_sums([(date(2026, 11, 24), (2, 3)), (date(2026, 12, 10), (1, 0))])
    assert sums == [(date(2026, 11, 23), (2, 3)), (date(2026, 12, 7), (1, 0))]
    assert all(isinstance(v, int) for _, values in sums for v in values)  # "3 sessions", not "3.0"
    assert weekly_sums([]) == []


def test_the_seven_day_average_is_over_tracked_days_only():
    """A day with no record is unknown, not a day without spasms: the
    average divides by the tracked days of the last seven, and has no value
    where none of them was tracked."""
    period = Period(date(2026, 11, 1), date(2026, 11, 12))
    tracked = {date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 11)}
    counts = daily_counts(period, {date(2026, 11, 1): 4, date(2026, 11, 2): 2, date(2026, 11, 11): 3},
                          tracked=tracked)
    assert counts.average[:2] == (4.0, 3.0)
    assert counts.average[6] == 3.0  # 6 spasms on 2 tracked days, not 6 / 7
    assert math.isnan(counts.average[8]) and math.isnan(counts.average[9])  # 3rd-10th: nothing tracked
    assert counts.average[10] == 3.0 and counts.average[11] == 3.0
    assert counts.tracked == tuple(d in tracked for d in counts.days)
