"""Pure rules of the daily check-in: which day by default, when to remind."""

from datetime import datetime, time, timedelta, timezone

import pytest

from fibro_desktop.core.journal.checkin_day import ASK_BEFORE, choosable_days, default_checkin_day
from fibro_desktop.core.journal.reminder import (
    DEFAULT_REMINDER_TIME,
    format_reminder_time,
    next_reminder,
    parse_reminder_time,
)

TZ = timezone(timedelta(hours=-5))


def local(day, hour, minute=0, second=0):
    return datetime(2026, 11, day, hour, minute, second, tzinfo=TZ)


@pytest.mark.parametrize("now, expected", [
    (local(30, 0, 0), None), (local(30, 0, 40), None), (local(30, 3, 59, 59), None),
    (local(30, 4, 0), local(30, 4).date()), (local(30, 23, 59), local(30, 0).date()),
])
def test_the_small_hours_have_no_default_day(now, expected):
    assert ASK_BEFORE == time(4, 0)
    assert default_checkin_day(now) == expected


def test_the_days_offered_are_today_and_yesterday():
    assert choosable_days(local(1, 0, 10)) == (local(1, 0).date(), datetime(2026, 10, 31).date())


@pytest.mark.parametrize("now, at, expected", [
    (local(24, 10), time(20, 0), local(24, 20)),
    (local(24, 20), time(20, 0), local(25, 20)),  # the one just due has fired
    (local(24, 20, 0, 1), time(20, 0), local(25, 20)),
    (local(24, 19, 59, 59), time(20, 0), local(24, 20)),
    (local(30, 21), time(20, 30), datetime(2026, 12, 1, 20, 30, tzinfo=TZ)),
    (local(24, 23, 30), time(0, 15), local(25, 0, 15)),
])
def test_the_next_reminder_is_the_next_time_that_clock_time_comes_round(now, at, expected):
    assert next_reminder(now, at) == expected


@pytest.mark.parametrize("text, expected", [
    ("20:00", time(20, 0)), ("7:05", time(7, 5)), (" 21:30 ", time(21, 30)),
    ("25:00", DEFAULT_REMINDER_TIME), ("evening", DEFAULT_REMINDER_TIME), ("", DEFAULT_REMINDER_TIME),
    ("20", DEFAULT_REMINDER_TIME), (None, DEFAULT_REMINDER_TIME),
])
def test_reminder_times_are_read_leniently(text, expected):
    assert parse_reminder_time(text) == expected


def test_reminder_times_round_trip():
    assert format_reminder_time(time(7, 5)) == "07:05"
    assert parse_reminder_time(format_reminder_time(time(23, 59))) == time(23, 59)
