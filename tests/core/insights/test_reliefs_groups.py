"""What helped, and the pacing / relaxation comparisons."""

from datetime import date, timedelta

from fibro_desktop.core.insights.groups import breaks_versus_next_day, sessions_versus_next_day
from fibro_desktop.core.insights.reliefs import relief_ranking


def test_reliefs_ranked_by_share_then_count_with_median_minutes():
    rows = [
        ("heat", "yes", 10, 2), ("heat", "a_little", 30, 1), ("heat", "no", None, 1),  # 3 of 4 helped
        ("stretch", "yes", 5, 3),  # 3 of 3
        ("water", "no", None, 3), ("water", None, None, 4),  # 0 of 3 rated, 7 tried
        ("rest", "yes", 20, 1),  # rated once: too few to rank
    ]
    ranked = relief_ranking(rows)
    assert [s.relief for s in ranked] == ["stretch", "heat", "water", "rest"]
    heat = ranked[1]
    assert (heat.tried, heat.helped, heat.helped_a_little, heat.did_not_help) == (4, 2, 1, 1)
    assert heat.helped_share == 0.75
    assert heat.median_minutes == 10  # minutes 10, 10, 30
    assert heat.timed == 3
    water = ranked[2]
    assert water.tried == 7 and water.rated == 3 and water.helped_share == 0 and water.median_minutes is None
    assert not ranked[3].enough_data
    assert relief_ranking([]) == []


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
