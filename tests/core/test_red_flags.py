"""Every red-flag rule, at its threshold and just below, with the day passed in."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from fibro_desktop.core.journal.records import CheckIn, Episode
from fibro_desktop.core.journal.red_flags import THRESHOLDS, find_red_flags

TODAY = date(2026, 11, 24)
TZ = timezone(timedelta(hours=1))


def ep(day: date, uid: str, hour: int = 14, **changes) -> Episode:
    base = dict(started=datetime.combine(day, time(hour), TZ), kind="cramp", intensity=5, uid=uid)
    base.update(changes)
    return Episode(**base)


def rules(flags):
    return sorted(f.rule for f in flags)


def test_quiet_history_raises_nothing():
    history = [ep(TODAY - timedelta(days=d), f"e{d}") for d in range(0, 56, 4)]
    assert find_red_flags(history, [], TODAY) == []


def test_weakness_numbness_or_balance_each_raise_one_flag_per_episode():
    for sign in ("weakness", "numbness", "loss_of_balance"):
        flags = find_red_flags([ep(TODAY, "x", warnings=frozenset({sign}))], [], TODAY)
        assert [(f.rule, f.event_key) for f in flags] == [("neuro_signs", "neuro_signs:x")]


def test_fever_racing_heart_or_swelling_raise_body_signs():
    for sign in ("fever", "rapid_heart_rate", "muscle_swelling"):
        assert rules(find_red_flags([ep(TODAY, "x", warnings=frozenset({sign}))], [], TODAY)) == ["body_signs"]


def test_same_history_gives_the_same_event_keys_on_a_later_run():
    history = [ep(TODAY - timedelta(days=1), "x", warnings=frozenset({"fever"}))]
    first = {f.event_key for f in find_red_flags(history, [], TODAY)}
    later = {f.event_key for f in find_red_flags(history, [], TODAY + timedelta(days=1))}
    assert first == later


def night(day, uid):
    return ep(day, uid, hour=3, kind="nocturnal")


def test_night_spasms_on_five_of_seven_nights():
    nights = [night(TODAY - timedelta(days=d), f"n{d}") for d in (0, 1, 3, 4, 6)]
    assert rules(find_red_flags(nights, [], TODAY)) == ["night_spasms"]
    assert find_red_flags(nights[:4], [], TODAY) == []


def test_night_spasms_four_nights_in_a_row_and_woke_me_counts():
    nights = [ep(TODAY - timedelta(days=d), f"n{d}", hour=2, sleep_state="woke_me") for d in range(4)]
    flags = find_red_flags(nights, [], TODAY)
    assert rules(flags) == ["night_spasms"]
    assert "4 nights in a row" in flags[0].detail
    assert find_red_flags(nights[:3], [], TODAY) == []


def test_a_long_tension_episode_of_two_hours():
    assert rules(find_red_flags([ep(TODAY, "t", kind="tonic", duration_s=2 * 3600)], [], TODAY)) == ["prolonged"]
    assert find_red_flags([ep(TODAY, "t", kind="tonic", duration_s=2 * 3600 - 1)], [], TODAY) == []


def test_a_long_tension_episode_without_a_time_is_not_prolonged_even_with_no_minimum():
    # Found by mypy: with a zero minimum the old check let an unknown
    # duration through and then divided None by 3600 (a crash).
    limits = replace(THRESHOLDS, long_tonic_s=0)
    assert find_red_flags([ep(TODAY, "t", kind="tonic")], [], TODAY, limits) == []
    assert rules(find_red_flags([ep(TODAY, "t", kind="tonic", duration_s=0)], [], TODAY, limits)) == ["prolonged"]


def test_several_long_episodes_in_a_week():
    long_ones = [ep(TODAY - timedelta(days=d), f"l{d}", duration_s=30 * 60) for d in (0, 2, 6)]
    assert rules(find_red_flags(long_ones, [], TODAY)) == ["prolonged"]
    outside = long_ones[:2] + [ep(TODAY - timedelta(days=7), "old", duration_s=3600)]
    assert find_red_flags(outside, [], TODAY) == []


def test_worsening_needs_more_than_chance():
    before = [ep(TODAY - timedelta(days=28 + d), f"b{d}") for d in range(0, 28, 7)]  # 4
    clearly = [ep(TODAY - timedelta(days=d % 28), f"r{d}") for d in range(12)]  # 12
    assert rules(find_red_flags(before + clearly, [], TODAY)) == ["worsening"]
    # 6 against 4 is an ordinary ups and downs.
    assert find_red_flags(before + clearly[:6], [], TODAY) == []


def test_worsening_by_intensity():
    before = [ep(TODAY - timedelta(days=30 + d), f"b{d}", intensity=3) for d in range(5)]
    recent = [ep(TODAY - timedelta(days=d), f"r{d}", intensity=6) for d in range(1, 10, 2)]
    assert rules(find_red_flags(before + recent, [], TODAY)) == ["worsening"]
    milder = [ep(TODAY - timedelta(days=d), f"r{d}", intensity=4) for d in range(1, 10, 2)]
    assert find_red_flags(before + milder, [], TODAY) == []


def test_mobility_badly_limited_from_episode_or_checkin():
    flagged = find_red_flags([ep(TODAY, "m", impact_mobility=THRESHOLDS.mobility_impact)], [], TODAY)
    assert rules(flagged) == ["mobility"]
    assert find_red_flags([ep(TODAY, "m", impact_mobility=THRESHOLDS.mobility_impact - 1)], [], TODAY) == []
    flags = find_red_flags([], [CheckIn(day=TODAY, mobility=2)], TODAY)
    assert [f.event_key for f in flags] == ["mobility:checkin:2026-11-24"]
    assert find_red_flags([], [CheckIn(day=TODAY, mobility=3)], TODAY) == []


def test_future_entries_are_ignored():
    assert find_red_flags([ep(TODAY + timedelta(days=1), "f", warnings=frozenset({"fever"}))], [], TODAY) == []
