"""Episodes as they happen: "It's over now" and "Back to normal now" fill
the times from the start, to the minute, with the clock passed in."""

from datetime import timedelta

import pytest

from fibro_desktop.core.journal.live import (
    LIVE_LOOKBACK,
    TooLongAgo,
    awaits_recovery,
    back_to_normal_now,
    ended_now,
    minutes_since,
)
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.core.journal.validation import MAX_DURATION_S, validate_episode
from tests.conftest import TEST_NOW


def live(minutes_ago: float, **changes) -> Episode:
    values = dict(started=TEST_NOW - timedelta(minutes=minutes_ago), kind="cramp", intensity=6, ongoing=True,
                  uid="abc")
    values.update(changes)
    return Episode(**values)


def test_over_now_fills_the_duration_from_the_start_and_ends_it():
    ended = ended_now(live(25), TEST_NOW)
    assert not ended.ongoing and ended.duration_s == 25 * 60
    assert ended.uid == "abc" and ended.intensity == 6  # everything else is kept
    assert validate_episode(ended, TEST_NOW) == {}


def test_the_duration_is_whole_minutes_as_the_editor_shows_it():
    # The editor edits minutes: seconds would change silently at its next save.
    assert ended_now(live(10 + 29 / 60), TEST_NOW).duration_s == 10 * 60
    assert ended_now(live(10 + 31 / 60), TEST_NOW).duration_s == 11 * 60
    assert ended_now(live(0.2), TEST_NOW).duration_s == 0


def test_over_midnight_counts_from_yesterdays_start_and_keeps_its_day():
    now = TEST_NOW.replace(hour=0, minute=20)
    started = now - timedelta(minutes=50)  # 23:30 the day before
    ended = ended_now(live(0, started=started), now)
    assert ended.duration_s == 50 * 60
    assert ended.day == started.date() and ended.day != now.date()


def test_a_spasm_going_for_more_than_12_hours_can_still_be_ended():
    ended = ended_now(live(13 * 60), TEST_NOW)
    assert ended.duration_s == 13 * 3600
    assert validate_episode(ended, TEST_NOW) == {}


def test_more_than_a_day_cannot_be_stamped_and_says_so():
    assert ended_now(live(24 * 60), TEST_NOW).duration_s == MAX_DURATION_S
    with pytest.raises(TooLongAgo):
        ended_now(live(24 * 60 + 1), TEST_NOW)


def test_a_start_a_little_ahead_of_the_clock_counts_as_zero():
    assert ended_now(live(-1), TEST_NOW).duration_s == 0


def test_back_to_normal_counts_from_the_start_like_the_duration():
    over = ended_now(live(40), TEST_NOW - timedelta(minutes=15))  # it ended 15 minutes ago
    assert over.duration_s == 25 * 60 and awaits_recovery(over, TEST_NOW)
    recovered = back_to_normal_now(over, TEST_NOW)
    assert recovered.recovery_s == 40 * 60 and recovered.duration_s == 25 * 60
    assert not awaits_recovery(recovered, TEST_NOW)
    assert validate_episode(recovered, TEST_NOW) == {}


def test_only_an_ended_episode_with_a_length_and_no_recovery_awaits_recovery():
    assert not awaits_recovery(live(30), TEST_NOW)  # still going
    assert not awaits_recovery(live(30, ongoing=False), TEST_NOW)  # a quick log: no length given
    assert awaits_recovery(live(30, ongoing=False, duration_s=600), TEST_NOW)
    assert not awaits_recovery(live(30, ongoing=False, duration_s=600, recovery_s=900), TEST_NOW)
    # It has not ended yet by the clock (a length typed longer than so far).
    assert not awaits_recovery(live(30, ongoing=False, duration_s=3600), TEST_NOW)
    # Recovery is at most a day from the start: older ones are not asked about.
    assert awaits_recovery(live(24 * 60, ongoing=False, duration_s=600), TEST_NOW)
    assert not awaits_recovery(live(24 * 60 + 1, ongoing=False, duration_s=600), TEST_NOW)


def test_back_to_normal_more_than_a_day_after_the_start_is_refused():
    with pytest.raises(TooLongAgo):
        back_to_normal_now(live(25 * 60, ongoing=False, duration_s=600), TEST_NOW)


def test_minutes_since_and_the_lookback():
    assert minutes_since(TEST_NOW - timedelta(minutes=90), TEST_NOW) == 90
    assert LIVE_LOOKBACK >= timedelta(days=2)
