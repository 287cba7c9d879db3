"""The evening check-in reminder: off by default, due at the chosen time."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.fake_clock import FakeClock
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.journal.checkin_reminder import MAX_WAIT_MS, CheckInReminder
from tests.conftest import TEST_NOW


@pytest.fixture
def preferences(qapp, data_dir):
    return prefs.Preferences(data_dir)


def at(hour, minute=0, second=0, microsecond=0):
    return TEST_NOW.replace(hour=hour, minute=minute, second=second, microsecond=microsecond)


def test_it_is_off_by_default(preferences, clock):
    reminder = CheckInReminder(preferences, clock)
    assert prefs.JOURNAL_CHECKIN_REMINDER.default is False
    assert not reminder.enabled()
    assert reminder.next_due() is None and not reminder.is_armed()


def test_turned_on_in_the_morning_it_is_due_this_evening(preferences, clock):
    reminder = CheckInReminder(preferences, clock)
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    assert reminder.next_due() == at(20)
    assert reminder.is_armed()
    assert reminder._timer.interval() == MAX_WAIT_MS  # a long wait looks at the clock again


def test_it_fires_at_the_chosen_time_and_then_waits_for_tomorrow(qtbot, preferences):
    clock = FakeClock(wall=at(19, 59, 59, 950_000))
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    reminder = CheckInReminder(preferences, clock)
    assert reminder.next_due() == at(20)
    assert reminder._timer.interval() == 50
    clock.advance(0.05)  # the fake clock reaches 20:00 as the timer runs out
    with qtbot.waitSignal(reminder.due, timeout=2000):
        pass
    assert reminder.next_due() == at(20) + timedelta(days=1)


def test_an_early_wake_up_does_not_fire(qtbot, preferences):
    clock = FakeClock(wall=at(19))
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    reminder = CheckInReminder(preferences, clock)
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    clock.advance(3600)
    with qtbot.waitSignal(reminder.due, timeout=100):
        reminder.check()


def test_the_chosen_time_is_followed_when_changed(preferences, clock):
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    reminder = CheckInReminder(preferences, clock)
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER_TIME, "08:30")  # already past at 10:00
    assert reminder.next_due() == at(8, 30) + timedelta(days=1)
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, False)
    assert reminder.next_due() is None and not reminder.is_armed()


def test_no_reminder_when_the_day_is_already_checked_in(qtbot, preferences):
    clock = FakeClock(wall=at(19, 30))
    asked = []

    def checked_in(day: date) -> bool:
        asked.append(day)
        return True

    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    reminder = CheckInReminder(preferences, clock, already_checked_in=checked_in)
    clock.advance(30 * 60)
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    assert asked == [TEST_NOW.date()]
    assert reminder.next_due() == at(20) + timedelta(days=1)


def test_a_reminder_slept_through_is_dropped_not_shown_at_night(qtbot, preferences):
    clock = FakeClock(wall=at(19))
    preferences.set(prefs.JOURNAL_CHECKIN_REMINDER, True)
    reminder = CheckInReminder(preferences, clock)
    clock.sleep_machine(8 * 3600)  # 03:00 the next morning
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    assert reminder.next_due() == at(20) + timedelta(days=1)


def test_the_settings_controls_turn_it_on_and_set_the_time(qtbot, preferences, clock):
    from PySide6.QtCore import Qt, QTime

    from fibro_desktop.ui.journal.reminder_settings import ReminderSettings

    reminder = CheckInReminder(preferences, clock)
    settings = ReminderSettings(preferences)
    qtbot.addWidget(settings)
    settings.show()
    assert not settings.enabled.isChecked() and not settings.time.isEnabled()
    assert settings.time.time() == QTime(20, 0)
    qtbot.mouseClick(settings.enabled, Qt.MouseButton.LeftButton)
    assert preferences.get(prefs.JOURNAL_CHECKIN_REMINDER) is True
    assert reminder.next_due() == at(20)
    settings.time.setTime(QTime(21, 15))
    assert preferences.get(prefs.JOURNAL_CHECKIN_REMINDER_TIME) == "21:15"
    assert reminder.next_due() == at(21, 15)
