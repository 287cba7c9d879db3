"""The trigger table by hand: what counts as a day, what is a ratio and
what stays a count."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.insights.trigger_rates import knot_count, trigger_table

START = date(2025, 1, 1)


def _journal(days=60, every=3, spasms_on=4, spasms_off=1):
    """A check-in every day; 'stress' every ``every``-th day with
    ``spasms_on`` spasms, other days ``spasms_off``."""
    checkins, spasms = {}, {}
    for i in range(days):
        day = START + timedelta(days=i)
        stressed = i % every == 0
        checkins[day] = frozenset({"stress"} if stressed else set())
        spasms[day] = spasms_on if stressed else spasms_off
    return checkins, spasms


def test_spasms_are_counted_not_days_with_a_spasm():
    checkins, spasms = _journal()
    table = trigger_table(checkins, spasms, {})
    same = next(r for r in table.rates if r.window == "same_day")
    assert (same.exposed_days, same.exposed_spasms, same.other_days, same.other_spasms) == (20, 80, 40, 40)
    assert same.crude.ratio == pytest.approx(4.0)  # 4 a day against 1 a day; a share of days would say 1.0
    assert same.by_month.ratio == pytest.approx(4.0)
    assert same.adjusted.ratio == pytest.approx(4.0, rel=1e-6)
    assert same.discovery


def test_next_day_needs_a_check_in_on_both_days():
    checkins, spasms = _journal()
    del checkins[START + timedelta(days=10)]  # day 10 unknown: pairs (9,10) and (10,11) drop
    table = trigger_table(checkins, spasms, {})
    nxt = next(r for r in table.rates if r.window == "next_day")
    assert nxt.exposed_days + nxt.other_days == 59 - 2
    assert table.recorded_days == 59


def test_a_trigger_noted_only_on_spasms_is_a_count_never_a_ratio():
    checkins, spasms = _journal()
    table = trigger_table(checkins, spasms, {"stress": 12, "weather": 40, "never": 0})
    assert table.noted_only == {"weather": 40}
    assert {r.trigger for r in table.rates} == {"stress"}


def test_too_few_days_on_a_side_is_not_enough_data_yet():
    checkins, spasms = _journal(days=30, every=10)  # 3 stressed days
    table = trigger_table(checkins, spasms, {})
    assert table.rates == []
    assert {(t.trigger, t.window, t.exposed_days) for t in table.too_few} == {("stress", "same_day", 3),
                                                                               ("stress", "next_day", 3)}


def test_more_knots_for_longer_records():
    assert knot_count(START, START + timedelta(days=30)) == 3
    assert knot_count(START, START + timedelta(days=365)) == 6
    assert knot_count(START, START + timedelta(days=3650)) == 12


def test_the_same_day_reading_holds_the_day_before_s_triggers():
    """Spasms follow overexertion the day before, and rest comes the day
    after overexertion: comparing rest days with other days alone would
    blame rest for yesterday's overexertion."""
    checkins, spasms = {}, {}
    for i in range(120):
        day = START + timedelta(days=i)
        triggers = ({"overexertion"} if i % 4 == 0 else set()) | ({"rest"} if i % 4 == 1 or i % 8 == 2 else set())
        checkins[day] = frozenset(triggers)
        spasms[day] = 4 if i % 4 == 1 else 1
    table = trigger_table(checkins, spasms, {})
    rest = next(r for r in table.rates if (r.trigger, r.window) == ("rest", "same_day"))
    assert rest.crude.ratio > 2  # the unadjusted reading
    assert rest.adjusted.ratio == pytest.approx(1.0, abs=1e-3)
    payback = next(r for r in table.rates if (r.trigger, r.window) == ("overexertion", "next_day"))
    assert payback.adjusted.ratio == pytest.approx(4.0, rel=1e-3)
