"""Every red-flag rule just below, at and just above its threshold, with the time passed in."""

from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta, timezone

import pytest

from fibro_desktop.core.journal import flag_detail as d
from fibro_desktop.core.journal.records import CheckIn, Episode
from fibro_desktop.core.journal.red_flag_limits import LIMITS, PATTERN_SCAN_DAYS, THRESHOLDS, Thresholds
from fibro_desktop.core.journal.red_flags import find_red_flags
from fibro_desktop.core.toolkit.routine import Adherence

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 24)
NOW = datetime.combine(TODAY, time(15), TZ)
T = THRESHOLDS


def ep(day: date, uid: str, hour: int = 14, **changes) -> Episode:
    base = dict(started=datetime.combine(day, time(hour), TZ), kind="cramp", intensity=5, uid=uid)
    base.update(changes)
    return Episode(**base)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def rules(flags):
    return sorted(f.rule for f in flags)


def flags_of(episodes=(), checkins=(), now=NOW, **kw):
    return find_red_flags(list(episodes), list(checkins), now, **kw)


def sentences(flag):
    return d.parse(flag.detail).sentences


# -- the table ---------------------------------------------------------------

def test_every_threshold_has_exactly_one_documented_row():
    keys = [limit.key for limit in LIMITS]
    assert sorted(keys) == sorted(f.name for f in fields(Thresholds))
    assert len(set(keys)) == len(keys)
    assert all(limit.why and limit.rule for limit in LIMITS)


def test_the_rules_read_the_table():
    assert {limit.key: limit.value for limit in LIMITS} == {f.name: getattr(T, f.name) for f in fields(Thresholds)}


def test_quiet_history_raises_nothing():
    history = [ep(ago(n), f"e{n}") for n in range(0, 56, 4)]
    assert flags_of(history) == []


# -- signs --------------------------------------------------------------------

@pytest.mark.parametrize("sign", ["weakness", "numbness", "loss_of_balance"])
def test_weakness_numbness_or_balance_with_an_episode(sign):
    flags = flags_of([ep(TODAY, "x", warnings=frozenset({sign}))])
    assert [(f.rule, f.event_key) for f in flags] == [("neuro_signs", "neuro_signs:x")]
    assert sentences(flags[0]) == (d.Sentence(d.CAME_WITH, (d.Terms((sign,)),)),)


@pytest.mark.parametrize("sign", ["fever", "rapid_heart_rate", "muscle_swelling"])
def test_fever_racing_heart_or_swelling_with_an_episode(sign):
    assert rules(flags_of([ep(TODAY, "x", warnings=frozenset({sign}))])) == ["body_signs"]


def test_signs_noted_on_a_check_in_raise_one_flag_per_day_and_group():
    checkin = CheckIn(day=ago(1), warnings=frozenset({"numbness", "rapid_heart_rate", "weakness"}))
    flags = flags_of(checkins=[checkin])
    assert sorted(f.event_key for f in flags) == ["body_signs:checkin:2026-11-23", "neuro_signs:checkin:2026-11-23"]
    neuro = next(f for f in flags if f.rule == "neuro_signs")
    # In the forms' order, as the check boxes are laid out.
    assert sentences(neuro) == (d.Sentence(d.CHECKIN_CAME_WITH, (d.Terms(("weakness", "numbness")),)),)


def test_same_history_gives_the_same_event_keys_on_a_later_run():
    history = [ep(ago(1), "x", warnings=frozenset({"fever"}))]
    first = {f.event_key for f in flags_of(history)}
    later = {f.event_key for f in flags_of(history, now=NOW + timedelta(days=1))}
    assert first == later


def test_future_entries_are_ignored():
    assert flags_of([ep(TODAY + timedelta(days=1), "f", warnings=frozenset({"fever"}))]) == []
    assert flags_of(checkins=[CheckIn(day=TODAY + timedelta(days=1), warnings=frozenset({"fever"}))]) == []


# -- one very long spasm, one still going -------------------------------------

@pytest.mark.parametrize("kind", ["cramp", "tonic", "fasciculation", "trigger_point", "nocturnal", "other"])
def test_one_spasm_of_any_kind_lasting_hours(kind):
    assert flags_of([ep(TODAY, "t", kind=kind, duration_s=T.long_spasm_s - 1)]) == []
    at = flags_of([ep(TODAY, "t", kind=kind, duration_s=T.long_spasm_s)])
    assert [(f.rule, f.event_key) for f in at] == [("prolonged", "prolonged:t")]
    assert sentences(at[0]) == (d.Sentence(d.LONG_SPASM, (d.Duration(T.long_spasm_s),)),)
    assert rules(flags_of([ep(TODAY, "t", kind=kind, duration_s=T.long_spasm_s + 1)])) == ["prolonged"]


def test_a_spasm_without_a_time_is_not_prolonged_even_with_no_minimum():
    limits = replace(T, long_spasm_s=0)
    assert flags_of([ep(TODAY, "t", kind="tonic")], limits=limits) == []
    assert rules(flags_of([ep(TODAY, "t", kind="tonic", duration_s=0)], limits=limits)) == ["prolonged"]


def test_an_episode_still_going_after_several_hours():
    started = NOW - timedelta(seconds=T.still_going_s)
    going = Episode(started=started, kind="tonic", intensity=6, ongoing=True, uid="live")
    assert flags_of([going], now=NOW - timedelta(seconds=1)) == []
    at = flags_of([going], now=NOW)
    assert [(f.rule, f.event_key) for f in at] == [("still_going", "still_going:live")]
    assert sentences(at[0]) == (d.Sentence(d.STILL_GOING, (d.Duration(T.still_going_s),)),)
    assert rules(flags_of([going], now=NOW + timedelta(seconds=1))) == ["still_going"]
    # Once it is marked as over, it is no longer "still going".
    assert flags_of([replace(going, ongoing=False, duration_s=600)], now=NOW) == []


# -- constant -----------------------------------------------------------------

def busy_days(days, per_day, first_back=0):
    return [ep(ago(first_back + n), f"c{n}-{i}", hour=8 + i) for n in range(days) for i in range(per_day)]


def test_constant_needs_enough_spasms_a_day():
    assert flags_of(busy_days(7, T.constant_per_day - 1)) == []
    flags = flags_of(busy_days(T.constant_days, T.constant_per_day))
    assert [f.rule for f in flags] == ["constant"]
    assert sentences(flags[0]) == (d.Sentence(d.CONSTANT, (d.Count(T.constant_per_day), d.Count(T.constant_days))),)
    assert rules(flags_of(busy_days(T.constant_days, T.constant_per_day + 1))) == ["constant"]


def test_constant_needs_enough_days_of_the_week():
    assert flags_of(busy_days(T.constant_days - 1, T.constant_per_day)) == []
    assert rules(flags_of(busy_days(T.constant_days + 1, T.constant_per_day))) == ["constant"]


def test_constant_needs_no_earlier_history():
    # A first week of logging: nothing to compare with, still worth a word.
    flags = flags_of(busy_days(7, T.constant_per_day))
    assert rules(flags) == ["constant"]


# -- night spasms ---------------------------------------------------------------

def night(day, uid):
    return ep(day, uid, hour=3, kind="nocturnal")


def test_night_spasms_on_most_nights_of_the_last_week():
    nights = [night(ago(n), f"n{n}") for n in (0, 1, 3, 4, 6)]
    assert rules(flags_of(nights)) == ["night_spasms"]
    assert flags_of(nights[:4]) == []
    assert rules(flags_of(nights + [night(ago(2), "n2")])) == ["night_spasms"]


def test_night_spasms_in_a_week_that_ended_days_ago_are_found_too():
    # Not only a run that includes today: five of seven nights, ten days ago.
    nights = [night(ago(10 + n), f"n{n}") for n in (0, 1, 3, 4, 6)]
    flags = flags_of(nights)
    assert [(f.rule, f.day) for f in flags] == [("night_spasms", ago(10))]
    assert sentences(flags[0]) == (d.Sentence(d.NIGHTS_IN_WEEK, (d.Count(5),)),)


def test_night_spasms_nights_in_a_row_and_woke_me_counts():
    nights = [ep(ago(n), f"n{n}", hour=2, sleep_state="woke_me") for n in range(T.nights_in_a_row)]
    flags = flags_of(nights)
    assert rules(flags) == ["night_spasms"]
    assert sentences(flags[0]) == (d.Sentence(d.NIGHTS_IN_A_ROW, (d.Count(4), d.Count(4))),)
    assert flags_of(nights[:-1]) == []


def test_a_bad_week_is_raised_once_and_not_again_when_it_has_calmed_down():
    nights = [night(ago(10 + n), f"n{n}") for n in range(7)]
    first = {f.event_key for f in flags_of(nights)}
    for later in range(1, PATTERN_SCAN_DAYS - 17):
        assert {f.event_key for f in flags_of(nights, now=NOW + timedelta(days=later))} <= first


# -- long spasms in a week ---------------------------------------------------------

def test_several_long_spasms_in_a_week():
    long_ones = [ep(ago(n), f"l{n}", duration_s=T.long_episode_s) for n in (0, 2, 6)]
    flags = flags_of(long_ones)
    assert rules(flags) == ["prolonged"]
    assert sentences(flags[0]) == (d.Sentence(d.LONG_IN_WEEK, (d.Count(3), d.Duration(T.long_episode_s))),)
    assert flags_of(long_ones[:2]) == []
    shorter = long_ones[:2] + [ep(ago(6), "s", duration_s=T.long_episode_s - 1)]
    assert flags_of(shorter) == []
    eight_days = long_ones[:2] + [ep(ago(7), "old", duration_s=3600)]
    assert flags_of(eight_days) == []


# -- moving about ------------------------------------------------------------------

def test_an_episode_that_badly_limited_moving():
    assert rules(flags_of([ep(TODAY, "m", impact_mobility=T.mobility_impact)])) == ["mobility"]
    assert rules(flags_of([ep(TODAY, "m", impact_mobility=T.mobility_impact + 1)])) == ["mobility"]
    assert flags_of([ep(TODAY, "m", impact_mobility=T.mobility_impact - 1)]) == []


def test_a_check_in_day_of_hardly_moving():
    flags = flags_of(checkins=[CheckIn(day=TODAY, mobility=T.checkin_mobility)])
    assert [f.event_key for f in flags] == ["mobility:checkin:2026-11-24"]
    assert rules(flags_of(checkins=[CheckIn(day=TODAY, mobility=T.checkin_mobility - 1)])) == ["mobility"]


def low_week(days, score):
    return [CheckIn(day=ago(n), mobility=score) for n in range(days)]


def test_moving_about_low_on_most_days_of_a_week():
    # Moderate: above the one-day threshold, at or below "moving_low".
    assert T.checkin_mobility < T.moving_low
    flags = flags_of(checkins=low_week(T.moving_low_days, T.moving_low))
    assert [f.event_key for f in flags] == ["mobility:week:2026-W48"]
    assert sentences(flags[0]) == (d.Sentence(d.MOVING_LOW_WEEK, (d.Count(T.moving_low), d.Count(5))),)
    assert flags_of(checkins=low_week(T.moving_low_days - 1, T.moving_low)) == []
    assert flags_of(checkins=low_week(7, T.moving_low + 1)) == []
    assert rules(flags_of(checkins=low_week(T.moving_low_days + 1, T.moving_low - 1))) == ["mobility"]


# -- worsening, and the routine -------------------------------------------------------

BEFORE = [ep(ago(28 + n), f"b{n}") for n in range(0, 28, 7)]  # 4
CLEARLY = [ep(ago(n % 28), f"r{n}") for n in range(12)]  # 12


def test_worsening_needs_more_than_chance():
    flags = flags_of(BEFORE + CLEARLY)
    assert rules(flags) == ["worsening"]
    assert sentences(flags[0]) == (d.Sentence(d.MORE_OFTEN, (d.Count(12), d.Count(4))),)
    # 6 against 4 is an ordinary ups and downs.
    assert flags_of(BEFORE + CLEARLY[:6]) == []


def test_worsening_by_intensity():
    before = [ep(ago(30 + n), f"b{n}", intensity=3) for n in range(5)]
    recent = [ep(ago(n), f"r{n}", intensity=3 + T.worse_intensity_rise) for n in range(1, 10, 2)]
    flags = flags_of(before + recent)
    assert rules(flags) == ["worsening"]
    assert sentences(flags[0]) == (d.Sentence(d.STRONGER, (d.Count(5), d.Count(3))),)
    milder = [ep(ago(n), f"r{n}", intensity=4) for n in range(1, 10, 2)]
    assert flags_of(before + milder) == []


def kept(days, done=2, total=4):
    return [Adherence(ago(n), done, total) for n in range(days)]


def test_worse_despite_the_routine_is_said_only_when_the_routine_was_kept():
    without = sentences(flags_of(BEFORE + CLEARLY, routine=kept(T.routine_kept_days - 1))[0])
    assert [s.text for s in without] == [d.MORE_OFTEN]
    at = sentences(flags_of(BEFORE + CLEARLY, routine=kept(T.routine_kept_days))[0])
    assert at[-1] == d.Sentence(d.ROUTINE_KEPT, (d.Count(T.routine_kept_days),))
    # Less than half of the items done is not "kept".
    below_half = sentences(flags_of(BEFORE + CLEARLY, routine=kept(28, done=1, total=3))[0])
    assert [s.text for s in below_half] == [d.MORE_OFTEN]


# -- the stored detail ------------------------------------------------------------------

def test_an_older_english_detail_is_kept_as_it_is():
    assert d.parse("A long-tension episode lasted 2.5 hours.") == d.Detail(
        legacy="A long-tension episode lasted 2.5 hours.")
    assert d.parse('{"sentences": [{"text": "Not one of ours %1", "values": []}]}').legacy


def test_a_detail_survives_storing():
    stored = d.detail(d.Sentence(d.LONG_IN_WEEK, (d.Count(3), d.Duration(1800))),
                      d.Sentence(d.CAME_WITH, (d.Terms(("fever",)),)))
    assert d.parse(stored).sentences == (d.Sentence(d.LONG_IN_WEEK, (d.Count(3), d.Duration(1800))),
                                         d.Sentence(d.CAME_WITH, (d.Terms(("fever",)),)))
    assert d.fill("%1 and %2", ["a", "b"]) == "a and b"


# -- the remaining edges ---------------------------------------------------------------

def test_more_nights_in_a_row_and_more_long_spasms_still_count():
    nights = [ep(ago(n), f"n{n}", hour=2, sleep_state="woke_me") for n in range(T.nights_in_a_row + 1)]
    assert rules(flags_of(nights)) == ["night_spasms"]
    long_ones = [ep(ago(n), f"l{n}", duration_s=T.long_episode_s) for n in range(T.long_episodes_in_week + 1)]
    assert rules(flags_of(long_ones)) == ["prolonged"]


def test_one_check_in_day_just_above_hardly_moving_is_not_a_flag():
    assert flags_of(checkins=[CheckIn(day=TODAY, mobility=T.checkin_mobility + 1)]) == []


def test_worsening_ratio_at_its_edge():
    by_count = replace(T, worse_chance=1.0)  # only the ratio decides
    before = [ep(ago(28 + n), f"b{n}") for n in range(4)]
    recent = [ep(ago(n), f"r{n}") for n in range(7)]
    assert flags_of(before + recent[:5], limits=by_count) == []          # 1.25
    assert rules(flags_of(before + recent[:6], limits=by_count)) == ["worsening"]  # 1.5
    assert rules(flags_of(before + recent[:7], limits=by_count)) == ["worsening"]  # 1.75


def test_worsening_chance_at_its_edge():
    # 12 of 16 episodes in the later half: P(X >= 12), X ~ Binomial(16, 1/2) = 2517 / 65536.
    tail = 2517 / 65536
    history = BEFORE + CLEARLY
    assert flags_of(history, limits=replace(T, worse_ratio=0, worse_chance=tail)) == []
    assert rules(flags_of(history, limits=replace(T, worse_ratio=0, worse_chance=tail + 1e-9))) == ["worsening"]


def test_worsening_by_intensity_needs_enough_episodes_in_each_period():
    few = T.worse_min_each - 1
    before = [ep(ago(30 + n), f"b{n}", intensity=3) for n in range(few)]
    recent = [ep(ago(n), f"r{n}", intensity=8) for n in range(1, 2 * few, 2)]
    assert flags_of(before + recent) == []
    enough_before = before + [ep(ago(40), "b-extra", intensity=3)]
    enough_recent = recent + [ep(ago(20), "r-extra", intensity=8)]
    assert rules(flags_of(enough_before + enough_recent)) == ["worsening"]


def test_a_routine_kept_on_more_days_is_said_too():
    at = sentences(flags_of(BEFORE + CLEARLY, routine=kept(T.routine_kept_days + 1))[0])
    assert at[-1] == d.Sentence(d.ROUTINE_KEPT, (d.Count(T.routine_kept_days + 1),))
