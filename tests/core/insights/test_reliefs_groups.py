"""What helped, and the pacing / relaxation comparisons."""

from datetime import date, timedelta

from fibro_desktop.core.insights.groups import breaks_versus_next_day, sessions_versus_next_day
from fibro_desktop.core.insights.helped import what_helped
from fibro_desktop.core.insights.shares import wilson_range
from fibro_desktop.core.insights.window_change import rate_change


def test_what_helped_ranks_by_the_lower_end_with_counts_and_minutes():
    rows = [
        ("heat", "yes", 10, 30), ("heat", "a_little", 30, 15), ("heat", "no", None, 5),  # 45 of 50
        ("stretch", "yes", 5, 9),  # 9 of 9: too few ratings to rank
        ("water", "no", None, 12), ("water", None, None, 4),  # 0 of 12 rated, 16 tried
        ("rest", None, None, 2),  # tried, never rated
    ]
    helped = what_helped(rows)
    assert [r.relief for r in helped] == ["heat", "water", "stretch", "rest"]
    heat = helped[0]
    assert (heat.tried, heat.fully, heat.a_little, heat.share.successes, heat.share.total) == (50, 30, 15, 45, 50)
    assert (heat.share.low, heat.share.high) == wilson_range(45, 50)
    assert heat.median_minutes == 10 and heat.timed == 45  # 30 tries of 10 min, 15 of 30
    water = helped[1]
    assert water.tried == 16 and water.share.total == 12 and water.share.successes == 0 and water.share.ranked
    assert not helped[3].share.ranked and helped[3].share.total == 0 and helped[3].tried == 2
    stretch = helped[2]
    assert not stretch.share.ranked and stretch.share.low is None and stretch.share.successes == 9
    assert what_helped([]) == []


def test_breaks_top_third_against_bottom_third():
    d0 = date(2026, 5, 4)
    days = [d0 + timedelta(days=i) for i in range(15)]
    breaks = {d: i for i, d in enumerate(days)}  # 0..14 breaks
    tracked = set(days) | {d0 + timedelta(days=15)}
    spasms_next = {d + timedelta(days=1): (1 if i < 5 else 3) for i, d in enumerate(days)}
    g = breaks_versus_next_day(breaks, spasms_next, tracked)
    # Thirds of 15 are 5 days: fewest breaks (0-4) are followed by 1 spasm, most (10-14) by 3.
    assert (g.with_days, g.with_mean, g.without_days, g.without_mean) == (5, 3.0, 5, 1.0)
    assert g.difference == 2.0


def test_too_few_days_give_no_difference():
    d0 = date(2026, 5, 4)
    g = breaks_versus_next_day({d0: 3, d0 + timedelta(days=1): 1}, {}, {d0})
    assert g.difference is None and not g.enough_data


def test_relaxation_nights_by_hand():
    d0 = date(2026, 6, 1)
    tracked = {d0 + timedelta(days=i) for i in range(13)}
    sessions = {d0 + timedelta(days=i) for i in range(0, 12, 2)}  # days 0,2,...,10
    episodes = {d0 + timedelta(days=i): (0 if (i - 1) % 2 == 0 else 2) for i in range(13)}
    g = sessions_versus_next_day(sessions, episodes, tracked, d0, d0 + timedelta(days=12))
    # Days 0..11 have a next day: 6 with a session (next day odd: 0 spasms), 6 without (2 spasms).
    assert (g.with_days, g.with_mean, g.without_days, g.without_mean) == (6, 0.0, 6, 2.0)


def test_groups_compare_spasm_rates_with_a_range_not_bare_means():
    d0 = date(2026, 5, 4)
    days = [d0 + timedelta(days=i) for i in range(15)]
    tracked = set(days) | {d0 + timedelta(days=15)}
    spasms_next = {d + timedelta(days=1): (1 if i < 5 else 3) for i, d in enumerate(days)}
    g = breaks_versus_next_day({d: i for i, d in enumerate(days)}, spasms_next, tracked)
    # 15 spasms on 5 days against 5 on 5: the rate change of those day counts, widened like any other.
    assert g.rate is not None and g.rate.ratio == 3.0
    assert g.rate == rate_change([1] * 5, [3] * 5)
    assert g.rate.verdict == "higher"
    few = breaks_versus_next_day({d0: 3, d0 + timedelta(days=1): 1}, {}, {d0})
    assert few.rate is None
