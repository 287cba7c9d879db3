"""Check-in and dose validation edge cases found while building their UI."""

from datetime import datetime, timedelta, timezone

import pytest

from fibro_desktop.core.journal.records import CheckIn, Dose
from fibro_desktop.core.journal.validation import validate_checkin, validate_dose

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone(timedelta(hours=1)))
TODAY = NOW.date()


@pytest.mark.parametrize("glasses", [True, False, 2.5, "3", -1, 51])
def test_water_is_a_whole_number_of_glasses(glasses):
    assert "water_glasses" in validate_checkin(CheckIn(day=TODAY, water_glasses=glasses), TODAY)


@pytest.mark.parametrize("glasses", [None, 0, 8, 50])
def test_plausible_glasses_are_accepted(glasses):
    assert validate_checkin(CheckIn(day=TODAY, water_glasses=glasses), TODAY) == {}


@pytest.mark.parametrize("hours", [True, "7", float("nan"), float("inf"), -0.5, 24.5])
def test_sleep_hours_are_a_number_from_0_to_24(hours):
    assert "sleep_hours" in validate_checkin(CheckIn(day=TODAY, sleep_hours=hours), TODAY)


@pytest.mark.parametrize("hours", [None, 0, 7, 7.5, 24])
def test_plausible_sleep_hours_are_accepted(hours):
    assert validate_checkin(CheckIn(day=TODAY, sleep_hours=hours), TODAY) == {}


def test_a_dose_time_without_a_zone_is_not_called_a_future_time():
    errors = validate_dose(Dose("m", NOW.replace(tzinfo=None)), NOW)
    assert errors == {"taken": "The time needs a time zone."}
    assert validate_dose(Dose("m", NOW + timedelta(hours=1)), NOW) == {
        "taken": "The time can't be in the future."}
