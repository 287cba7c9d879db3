"""Trigger rate ratios on a hand-made fortnight."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.insights.triggers import TrackedDay, tracked_days, trigger_findings

D1 = date(2026, 3, 1)


def day(n: int) -> date:
    return D1 + timedelta(days=n - 1)


def ten_days():
    # Days 1-10 tracked; "stress" on days 1-5; spasms on days 1, 2, 3, 4 and 7.
    spasms = {1, 2, 3, 4, 7}
    return {day(n): TrackedDay(1 if n in spasms else 0, frozenset({"stress"} if n <= 5 else ())) for n in range(1, 11)}


def test_same_day_ratio_by_hand():
    found = {(f.trigger, f.window): f for f in trigger_findings(ten_days())}
    same = found[("stress", "same_day")]
    # Exposed: 4 of 5 days with a spasm; not exposed: 1 of 5 (day 7). (4/5)/(1/5) = 4.
    assert (same.exposed_days, same.unexposed_days) == (5, 5)
    r = same.result
    assert (r.exposed_hits, r.exposed_total, r.unexposed_hits, r.unexposed_total) == (4, 5, 1, 5)
    assert r.ratio == 4.0


def test_next_day_needs_five_days_on_each_side():
    found = {(f.trigger, f.window): f for f in trigger_findings(ten_days())}
    nxt = found[("stress", "next_day")]
    # Day 10's next day is not tracked, so days 6-9 are the only unexposed ones: 4 < 5.
    assert (nxt.exposed_days, nxt.unexposed_days) == (5, 4)
    assert nxt.result is None and not nxt.enough_data


def test_next_day_ratio_with_one_more_day():
    days = ten_days()
    days[day(11)] = TrackedDay(0)
    nxt = {(f.trigger, f.window): f for f in trigger_findings(days)}[("stress", "next_day")]
    # Exposed days 1-5 -> next days 2,3,4 spasm, 5,6 not: 3 of 5.
    # Unexposed days 6-10 -> next days 7 spasm; 8,9,10,11 not: 1 of 5. Ratio 3.
    r = nxt.result
    assert (r.exposed_hits, r.exposed_total, r.unexposed_hits, r.unexposed_total) == (3, 5, 1, 5)
    assert r.ratio == pytest.approx(3.0)


def test_a_trigger_never_absent_or_never_present_is_not_enough_data():
    days = {day(n): TrackedDay(1, frozenset({"cold"})) for n in range(1, 20)}
    for finding in trigger_findings(days):
        assert finding.result is None
    assert trigger_findings({}) == []


def test_tracked_days_join_checkins_episodes_and_triggers_inside_the_period():
    rows = tracked_days({day(1): 2, day(3): 0, day(9): 1}, [day(2), day(3)],
                        [(day(1), "stress"), (day(2), "cold"), (day(2), "cold"), (day(9), "cold")], day(1), day(5))
    assert rows == {day(1): TrackedDay(2, frozenset({"stress"})), day(2): TrackedDay(0, frozenset({"cold"})),
                    day(3): TrackedDay(0)}


def test_a_dst_change_day_is_one_ordinary_day():
    # 29 March 2026 is the European spring-forward day (23 hours long); days
    # are calendar dates, so it counts once like any other day.
    dst = date(2026, 3, 29)
    days = {dst + timedelta(days=i): TrackedDay(int(i % 2 == 0), frozenset({"poor_sleep"} if i < 6 else ()))
            for i in range(-6, 12)}
    same = {(f.trigger, f.window): f for f in trigger_findings(days)}[("poor_sleep", "same_day")]
    assert same.exposed_days + same.unexposed_days == 18
