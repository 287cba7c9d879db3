"""Toolkit core: local days, rollover, restock rule and input checks."""

from datetime import date, datetime, timedelta, timezone

import pytest

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.days import DayRollover, editable_days, is_editable
from fibro_desktop.core.toolkit.kit import DEFAULT_KIT, KitItem, items_to_restock, needs_restock

PARIS = timezone(timedelta(hours=1))


def test_just_after_midnight_belongs_to_the_new_day():
    assert local_day(datetime(2026, 11, 24, 23, 59, 59, tzinfo=PARIS)) == date(2026, 11, 24)
    assert local_day(datetime(2026, 11, 25, 0, 0, 1, tzinfo=PARIS)) == date(2026, 11, 25)


def test_the_local_day_uses_the_moments_own_offset_not_utc():
    # 00:30 in UTC+1 is still 23:30 the day before in UTC.
    assert local_day(datetime(2026, 11, 25, 0, 30, tzinfo=PARIS)) == date(2026, 11, 25)


def test_a_naive_moment_is_refused():
    with pytest.raises(ValueError):
        local_day(datetime(2026, 11, 25, 0, 30))


def test_today_and_yesterday_are_editable_but_not_the_day_before():
    now = datetime(2026, 11, 25, 0, 5, tzinfo=PARIS)
    assert editable_days(now) == (date(2026, 11, 25), date(2026, 11, 24))
    assert is_editable(date(2026, 11, 24), now)
    assert not is_editable(date(2026, 11, 23), now)
    assert not is_editable(date(2026, 11, 26), now)


def test_rollover_fires_once_when_midnight_passes():
    clock = FakeClock(wall=datetime(2026, 11, 24, 23, 58, tzinfo=PARIS))
    rollover = DayRollover(clock.now())
    clock.advance(60)
    assert rollover.check(clock.now()) is False
    clock.advance(120)  # 00:01
    assert rollover.check(clock.now()) is True
    assert rollover.day == date(2026, 11, 25)
    assert rollover.check(clock.now()) is False


def test_rollover_after_sleeping_for_days_or_a_clock_set_back():
    clock = FakeClock(wall=datetime(2026, 11, 24, 12, 0, tzinfo=PARIS))
    rollover = DayRollover(clock.now())
    clock.sleep_machine(3 * 86400)
    assert rollover.check(clock.now()) is True
    clock.jump_wall(-86400)
    assert rollover.check(clock.now()) is True
    assert rollover.day == date(2026, 11, 26)


@pytest.mark.parametrize("quantity, threshold, expected", [
    (None, 3, False), (5, None, False), (3, 3, False), (2, 3, True), (0, 1, True), (0, 0, False),
])
def test_restock_when_the_quantity_falls_below_the_threshold(quantity, threshold, expected):
    assert needs_restock(quantity, threshold) is expected


def test_items_to_restock_skips_archived_items():
    low = KitItem(1, "a", "Sachets", quantity=1, restock_below=3)
    archived = KitItem(2, "b", "Old sachets", quantity=0, restock_below=3, archived=True)
    fine = KitItem(3, "c", "Pad", quantity=None)
    assert items_to_restock([low, archived, fine]) == [low]


def test_the_default_kit_has_the_domain_items():
    keys = [d.key for d in DEFAULT_KIT]
    assert keys == ["electrolyte_mix", "heating_pad", "relax_audio", "pill_case", "stress_reminders"]


@pytest.mark.parametrize("text, code", [("", v.EMPTY), ("   ", v.EMPTY), ("x" * 201, v.TOO_LONG), ("\x00", v.EMPTY)])
def test_names_refused(text, code):
    assert v.check_name(text)[1] == code


def test_names_keep_any_unicode_and_are_trimmed():
    assert v.check_name("  Bouillotte 🔥 حرارة ") == ("Bouillotte 🔥 حرارة", None)


@pytest.mark.parametrize("value, expected", [
    ("", (None, None)), ("4", (4, None)), (" 0 ", (0, None)), ("-1", (-1, v.NEGATIVE)),
    ("2.5", (None, v.NOT_A_NUMBER)), ("abc", (None, v.NOT_A_NUMBER)), ("100000", (100000, v.TOO_LARGE)),
])
def test_counts_are_non_negative_whole_numbers(value, expected):
    assert v.check_count(value) == expected


def test_a_target_needs_at_least_one():
    assert v.check_count("0", minimum=1)[1] == v.NEGATIVE
    assert v.check_count("", allow_empty=False)[1] == v.EMPTY


def test_duplicate_names_are_found_case_insensitively_except_the_item_itself():
    names = ["Heating pad", "Pill case"]
    assert v.is_duplicate("heating PAD ", names)
    assert not v.is_duplicate("Heating pad", names, ignore="Heating pad")
    assert not v.is_duplicate("Water bottle", names)
