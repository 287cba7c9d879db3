"""The pacing record on a real SQLite file."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.pacing.record import BreakEntry
from fibro_desktop.store.database import open_database
from fibro_desktop.store.pacing import (
    breaks_for_day,
    day_summaries,
    day_summary,
    desk_time,
    record_break,
    save_desk_time,
    streak,
)
from tests.conftest import TEST_NOW


def entry(minute: int, outcome="taken", kind="micro", **kw) -> BreakEntry:
    due = TEST_NOW + timedelta(minutes=minute)
    return BreakEntry(kind, outcome, due, due + timedelta(seconds=1), due + timedelta(seconds=31), 30, **kw)


def test_a_break_comes_back_with_its_local_times_and_details(db):
    uid = record_break(db, entry(10, did_it=True, exercise="jaw_soften", postpones=2), TEST_NOW)
    (back,) = breaks_for_day(db, TEST_NOW.date())
    assert back.uid == uid and len(uid) == 32
    assert back.due == TEST_NOW + timedelta(minutes=10) and back.due.utcoffset() == timedelta(hours=1)
    assert back.ended - back.started == timedelta(seconds=30)
    assert back.did_it and back.exercise == "jaw_soften" and back.postpones == 2


def test_moments_are_stored_as_utc_text_with_the_offset(db):
    record_break(db, entry(0), TEST_NOW)
    row = db.execute_sql("SELECT due_utc, due_offset_min, day FROM pacing_break").fetchone()
    assert row == ("2026-11-24T09:00:00", 60, "2026-11-24")


def test_a_day_summary_counts_by_outcome_and_keeps_desk_time(db):
    for minute, outcome in [(10, "taken"), (20, "natural"), (30, "skipped"), (40, "postponed"), (45, "taken")]:
        record_break(db, entry(minute, outcome), TEST_NOW)
    record_break(db, entry(50, "taken", kind="recovery"), TEST_NOW)
    save_desk_time(db, TEST_NOW.date(), 3600, TEST_NOW)
    save_desk_time(db, TEST_NOW.date(), 4000, TEST_NOW)  # set, not added
    summary = day_summary(db, TEST_NOW.date())
    assert (summary.taken, summary.natural, summary.skipped, summary.postponed, summary.recovery) == (2, 1, 1, 1, 1)
    assert summary.rested == 3 and summary.due == 4 and summary.desk_s == 4000
    assert desk_time(db, TEST_NOW.date()) == 4000
    assert desk_time(db, date(2020, 1, 1)) == 0


def test_an_empty_day_is_a_calm_zero(db):
    summary = day_summary(db, TEST_NOW.date())
    assert summary.due == 0 and summary.desk_s == 0
    assert breaks_for_day(db, TEST_NOW.date()) == []
    assert streak(db, TEST_NOW.date()) == 0


def test_summaries_over_a_range_and_the_streak(db):
    for back in range(4):
        day_start = TEST_NOW - timedelta(days=back)
        record_break(db, BreakEntry("micro", "taken", day_start, day_start, day_start, 30), TEST_NOW)
    summaries = day_summaries(db, TEST_NOW.date() - timedelta(days=10), TEST_NOW.date())
    assert len(summaries) == 4
    assert streak(db, TEST_NOW.date()) == 4


def test_a_bad_kind_is_refused_and_nothing_is_half_saved(db):
    with pytest.raises(Exception):
        record_break(db, entry(0, kind="nap"), TEST_NOW)
    assert breaks_for_day(db, TEST_NOW.date()) == []


def test_the_record_survives_closing_and_reopening(data_dir):
    db = open_database(data_dir, now=TEST_NOW)
    record_break(db, entry(5), TEST_NOW)
    save_desk_time(db, TEST_NOW.date(), 120, TEST_NOW)
    db.close()
    db = open_database(data_dir, now=TEST_NOW)
    try:
        assert len(breaks_for_day(db, TEST_NOW.date())) == 1
        assert desk_time(db, TEST_NOW.date()) == 120
    finally:
        db.close()
