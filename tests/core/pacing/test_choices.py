"""Presets, the flare-day hint, exercises from data, the gentle streak."""

import json
from datetime import UTC, date, timedelta

import pytest

from fibro_desktop.core.pacing import PRESET_IDS, PacingConfig, WorkHours, matching_preset, preset_config
from fibro_desktop.core.pacing.exercises import choose_exercise, parse_exercises
from fibro_desktop.core.pacing.flare import suggests_flare_day
from fibro_desktop.core.pacing.record import DaySummary, gentle_streak
from tests.conftest import REPO_ROOT


def test_presets_change_only_the_break_timings():
    mine = PacingConfig(strict=True, water_every_s=1800, work_hours=WorkHours())
    flare = preset_config("flare", mine)
    assert flare.strict and flare.water_every_s == 1800 and flare.work_hours == WorkHours()
    assert flare.movement_every_s < mine.movement_every_s and flare.movement_length_s > mine.movement_length_s
    assert matching_preset(flare) == "flare"
    assert matching_preset(preset_config("gentle", mine)) == "gentle"
    assert matching_preset(PacingConfig(micro_every_s=11 * 60)) == "custom"
    assert preset_config("custom", mine) is mine
    assert PRESET_IDS == ("standard", "gentle", "flare", "custom")


@pytest.mark.parametrize("pain, quality, hours, expected", [
    (None, None, None, False), (3, 7, 7.5, False), (7, None, None, True),
    (None, 2, None, True), (None, None, 4.5, True), (6, 4, 5.0, False),
])
def test_the_flare_day_is_suggested_for_high_pain_or_poor_sleep(pain, quality, hours, expected):
    assert suggests_flare_day(pain, quality, hours) is expected


def bundled():
    raw = json.loads((REPO_ROOT / "resources" / "pacing" / "exercises.json").read_text())
    return parse_exercises(raw, bundled=True)


def test_the_bundled_exercises_are_valid_and_cover_both_tiers():
    exercises = bundled()
    assert len(exercises) >= 10
    assert any(e.suits("micro") for e in exercises) and any(e.suits("movement") for e in exercises)


def test_an_exercise_for_a_spasming_group_is_left_out():
    exercises = bundled()
    for turn in range(30):
        chosen = choose_exercise(exercises, "movement", turn, avoid_muscles={"calves", "shoulders"})
        assert chosen is not None and not chosen.muscles & {"calves", "shoulders"}


def test_turned_off_exercises_are_never_chosen_and_turns_rotate():
    exercises = bundled()
    micro = {choose_exercise(exercises, "micro", turn).id for turn in range(20)}
    assert len(micro) > 3
    off = micro - {"jaw_soften"}
    assert {choose_exercise(exercises, "micro", t, disabled=off).id for t in range(10)} >= {"jaw_soften"}
    assert choose_exercise(exercises, "micro", 0, disabled=[e.id for e in exercises]) is None


@pytest.mark.parametrize("bad", [
    {"id": "x", "tier": "weekly", "steps": ["a"]},
    {"id": "x", "tier": "micro", "steps": ["a"], "muscles": ["tail"]},
    {"id": "x", "tier": "micro", "steps": []},
    {"id": "", "tier": "micro", "steps": ["a"]},
])
def test_a_bad_exercise_entry_is_refused_by_name(bad):
    with pytest.raises(ValueError):
        parse_exercises({"exercises": [bad]})


# -- the bundled exercises, reviewed against the domain notes (issue 17) ---------------------

#: Words of a held calf or foot contraction, which can set off a cramp.
HELD_CALF_OR_FOOT = ("toes only", "onto your toes", "tiptoe", "on tiptoe", "heel lift", "heels up",
                     "point your toes", "curl your toes", "calf raise", "hold it")


def test_no_bundled_exercise_holds_a_calf_or_foot_contraction():
    for exercise in bundled():
        text = " ".join((exercise.title, *exercise.steps)).lower()
        found = [w for w in HELD_CALF_OR_FOOT if w in text and f"no {w}" not in text]
        assert not found, (exercise.id, found)


def test_every_bundled_exercise_names_its_muscle_groups_or_is_marked_still():
    raw = json.loads((REPO_ROOT / "resources" / "pacing" / "exercises.json").read_text())
    for entry in raw["exercises"]:
        assert bool(entry["muscles"]) != bool(entry.get("still", False)), entry["id"]
    unnamed = {"id": "x", "tier": "micro", "steps": ["a"], "muscles": []}
    with pytest.raises(ValueError, match="muscle groups"):
        parse_exercises({"exercises": [unnamed]}, bundled=True)
    assert parse_exercises({"exercises": [unnamed]})  # a person's own exercise may name none


def test_a_spasming_calf_or_foot_leaves_out_every_exercise_that_uses_it():
    exercises = bundled()
    uses_legs = {e.id for e in exercises if e.muscles & {"calves", "feet"}}
    assert {"ankle_rolls", "stand_and_walk"} <= uses_legs
    for kind in ("micro", "movement"):
        chosen = {choose_exercise(exercises, kind, t, avoid_muscles={"calves", "feet"}).id for t in range(30)}
        assert not chosen & uses_legs


def test_a_recovery_break_offers_only_exercises_that_tighten_nothing():
    exercises = bundled()
    offered = {choose_exercise(exercises, "recovery", t).id for t in range(30)}
    assert offered and offered <= {e.id for e in exercises if e.release}
    assert not offered & {"shoulder_circles", "stand_and_walk", "ankle_rolls", "neck_turn"}
    assert "rest_supported" in offered


def test_the_gentle_streak_counts_days_with_half_the_breaks_rested():
    today = date(2026, 11, 27)  # a Friday
    days = {today - timedelta(days=n): DaySummary(today - timedelta(days=n), taken=3, skipped=3) for n in range(5)}
    assert gentle_streak(days, today) == 5
    days[today] = DaySummary(today, taken=0, skipped=4)  # today is not over: no break
    assert gentle_streak(days, today) == 4
    days[today - timedelta(days=2)] = DaySummary(today, taken=1, skipped=4)
    assert gentle_streak(days, today) == 1
    # a day without desk work neither breaks nor extends it
    days[today - timedelta(days=2)] = DaySummary(today)
    assert gentle_streak(days, today) == 3
    assert gentle_streak({}, today) == 0


def test_work_hours_know_inside_and_the_next_change():
    from datetime import datetime

    hours = WorkHours()
    friday_5pm = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    assert not hours.contains(friday_5pm)
    assert hours.next_change(friday_5pm) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert hours.contains(friday_5pm.replace(hour=16, minute=59))
    nothing = WorkHours(days=frozenset())
    assert hours.next_change(friday_5pm) > friday_5pm
    assert nothing.next_change(friday_5pm) == friday_5pm + timedelta(days=7)


def test_the_chime_is_a_short_quiet_wav():
    import io
    import wave

    from fibro_desktop.core.pacing.chime import chime_wav

    with wave.open(io.BytesIO(chime_wav()), "rb") as sound:
        assert sound.getnchannels() == 1 and sound.getframerate() == 22050
        assert 1.0 < sound.getnframes() / 22050 < 1.5
        frames = sound.readframes(sound.getnframes())
    import array

    peak = max(abs(x) for x in array.array("h", frames))
    assert 0 < peak < 0.3 * 32767  # gentle, never full scale
