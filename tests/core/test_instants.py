"""Instants as stored (UTC text + offset) and the one local_day."""

from datetime import date, datetime, timedelta, timezone

import pytest

from fibro_desktop.core.instants import from_stored, local_day, to_stored, utc_text

PARIS_WINTER = timezone(timedelta(hours=1))
AUCKLAND = timezone(timedelta(hours=13))


def test_a_moment_round_trips_through_its_stored_form():
    moment = datetime(2026, 11, 24, 0, 30, 15, 999, tzinfo=PARIS_WINTER)
    assert to_stored(moment) == ("2026-11-23T23:30:15", 60)
    assert from_stored(*to_stored(moment)) == moment.replace(microsecond=0)
    assert utc_text(moment) == "2026-11-23T23:30:15"


def test_the_local_day_is_the_day_on_the_persons_own_clock_not_utc():
    # 00:30 in Paris is still the day before in UTC; in Auckland 01:00 on the
    # 25th is 12:00 on the 24th in UTC.
    assert local_day(datetime(2026, 11, 24, 0, 30, tzinfo=PARIS_WINTER)) == date(2026, 11, 24)
    assert local_day(datetime(2026, 11, 25, 1, 0, tzinfo=AUCKLAND)) == date(2026, 11, 25)
    assert local_day(from_stored("2026-11-24T12:00:00", 13 * 60)) == date(2026, 11, 25)


def test_a_naive_moment_has_no_day_to_guess():
    with pytest.raises(ValueError):
        local_day(datetime(2026, 11, 24, 0, 30))
    with pytest.raises(ValueError):
        to_stored(datetime(2026, 11, 24, 0, 30))
