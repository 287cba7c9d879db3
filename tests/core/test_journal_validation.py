"""Validation of journal entries: what is refused, with which field named."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication, ReliefTried
from fibro_desktop.core.journal.validation import (
    MAX_DURATION_S,
    clean_entry,
    validate_checkin,
    validate_dose,
    validate_episode,
    validate_medication,
)
from fibro_desktop.core.text import MAX_NOTE_CHARS
from tests.conftest import TEST_NOW


def episode(**changes):
    base = dict(started=TEST_NOW - timedelta(minutes=30), kind="cramp", intensity=5)
    base.update(changes)
    return Episode(**base)


def test_a_minimal_quick_log_is_valid():
    assert validate_episode(episode(complete=False), TEST_NOW) == {}


@pytest.mark.parametrize("intensity", [-1, 11, None, True, 5.5])
def test_intensity_must_be_a_whole_number_from_0_to_10(intensity):
    assert "intensity" in validate_episode(episode(intensity=intensity), TEST_NOW)


@pytest.mark.parametrize("intensity", [0, 10])
def test_intensity_bounds_are_accepted(intensity):
    assert validate_episode(episode(intensity=intensity), TEST_NOW) == {}


@pytest.mark.parametrize("field", ["duration_s", "recovery_s"])
@pytest.mark.parametrize("seconds,ok", [(0, True), (MAX_DURATION_S, True), (-1, False), (MAX_DURATION_S + 1, False)])
def test_durations_are_between_zero_and_a_day(field, seconds, ok):
    start = TEST_NOW - timedelta(days=2)
    errors = validate_episode(episode(started=start, **{field: seconds}), TEST_NOW)
    assert (field not in errors) is ok


def test_start_in_the_future_is_refused_but_a_minute_of_clock_skew_is_not():
    assert "started" in validate_episode(episode(started=TEST_NOW + timedelta(minutes=10)), TEST_NOW)
    assert validate_episode(episode(started=TEST_NOW + timedelta(minutes=1)), TEST_NOW) == {}


def test_an_end_after_now_is_refused_unless_it_is_still_going():
    long_one = episode(started=TEST_NOW - timedelta(minutes=5), duration_s=3600)
    assert "duration_s" in validate_episode(long_one, TEST_NOW)
    assert validate_episode(episode(started=TEST_NOW - timedelta(minutes=5), duration_s=3600,
                                    ongoing=True), TEST_NOW) == {}


def test_naive_start_is_refused():
    assert "started" in validate_episode(episode(started=TEST_NOW.replace(tzinfo=None)), TEST_NOW)


def test_unknown_kind_and_places_are_refused():
    errors = validate_episode(episode(kind="zap", muscles=frozenset({("tail", None)})), TEST_NOW)
    assert set(errors) == {"kind", "muscles"}


def test_sided_groups_need_a_side_and_others_must_not_have_one():
    assert "muscles" in validate_episode(episode(muscles=frozenset({("calves", None)})), TEST_NOW)
    assert "muscles" in validate_episode(episode(muscles=frozenset({("neck", "left")})), TEST_NOW)
    assert validate_episode(episode(muscles=frozenset({("calves", "both"), ("neck", None)})), TEST_NOW) == {}


def test_reliefs_are_checked():
    assert "reliefs" in validate_episode(episode(reliefs=(ReliefTried("heat", "maybe"),)), TEST_NOW)
    assert "reliefs" in validate_episode(episode(reliefs=(ReliefTried("heat"), ReliefTried("heat"))), TEST_NOW)
    assert "reliefs" in validate_episode(episode(reliefs=(ReliefTried("heat", "yes", -3),)), TEST_NOW)
    assert validate_episode(episode(reliefs=(ReliefTried("own:Hot bath", "yes", 20),)), TEST_NOW) == {}


def test_own_triggers_need_text_within_the_cap():
    assert "triggers" in validate_episode(episode(triggers=frozenset({"own:"})), TEST_NOW)
    assert "triggers" in validate_episode(episode(triggers=frozenset({"own:" + "x" * 201})), TEST_NOW)
    assert "triggers" in validate_episode(episode(triggers=frozenset({"gremlins"})), TEST_NOW)


def test_notes_have_a_generous_cap():
    assert validate_episode(episode(notes="a" * MAX_NOTE_CHARS), TEST_NOW) == {}
    assert "notes" in validate_episode(episode(notes="a" * (MAX_NOTE_CHARS + 1)), TEST_NOW)


def test_cleaning_strips_nul_keeps_emoji_and_right_to_left_text():
    cleaned = clean_entry(episode(notes="  שלום\x00 🙂 ", triggers=frozenset({"own: Stairs\x00 "})))
    assert cleaned.notes == "שלום 🙂"
    assert cleaned.triggers == {"own:Stairs"}


def test_impacts_are_scales():
    assert "impact_mood" in validate_episode(episode(impact_mood=12), TEST_NOW)


def test_checkin_rules():
    today = date(2026, 11, 24)
    assert validate_checkin(CheckIn(day=today, sleep_hours=7.5, mood=5, water_glasses=8), today) == {}
    errors = validate_checkin(CheckIn(day=today + timedelta(days=1), sleep_hours=25, stress=11,
                                      water_glasses=-1), today)
    assert set(errors) == {"day", "sleep_hours", "stress", "water_glasses"}


def test_medication_needs_a_name_and_dose_a_past_time():
    assert "name" in validate_medication(Medication("  "))
    assert validate_medication(Medication("Magnesium")) == {}
    assert "taken" in validate_dose(Dose("abc", TEST_NOW + timedelta(hours=1)), TEST_NOW)
    assert "status" in validate_dose(Dose("abc", TEST_NOW, status="maybe"), TEST_NOW)


def test_something_that_did_not_help_has_no_time_to_relief():
    assert validate_episode(episode(reliefs=(ReliefTried("heat", "no", 10),)), TEST_NOW) == {
        "reliefs": "Something that did not help has no time to relief."}
    assert validate_episode(episode(reliefs=(ReliefTried("heat", "no"),)), TEST_NOW) == {}
    assert validate_episode(episode(reliefs=(ReliefTried("heat", "a_little", 10),)), TEST_NOW) == {}
