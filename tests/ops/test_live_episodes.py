"""'It's over now' and 'Back to normal now' as operations: one transaction,
the version from before returned for undo, nothing written when there is
nothing to stamp (real SQLite files)."""

from datetime import timedelta

import pytest

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.journal.live import TooLongAgo
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import journal as journal_store
from tests.conftest import TEST_NOW


def saved(db, minutes_ago, **changes) -> Episode:
    values = dict(started=TEST_NOW - timedelta(minutes=minutes_ago), kind="cramp", intensity=5, ongoing=True)
    values.update(changes)
    episode, _ = journal_ops.save_episode(db, Episode(**values), TEST_NOW)
    return episode


def test_over_now_stores_the_length_and_returns_the_version_before(db):
    live = saved(db, 35, notes="left calf")
    before, changes = journal_ops.end_episode_now(db, live.uid, TEST_NOW)
    assert before == live and changes == Changes.record(Area.EPISODES, live.uid)
    stored = journal_store.get_episode(db, live.uid)
    assert not stored.ongoing and stored.duration_s == 35 * 60 and stored.notes == "left calf"
    # Undo is the existing "put back the version from before".
    journal_ops.restore_episode_version(db, before, TEST_NOW)
    assert journal_store.get_episode(db, live.uid) == live


def test_over_now_twice_changes_nothing_the_second_time(db):
    live = saved(db, 10)
    journal_ops.end_episode_now(db, live.uid, TEST_NOW)
    before, changes = journal_ops.end_episode_now(db, live.uid, TEST_NOW + timedelta(minutes=5))
    assert before is None and changes.empty
    assert journal_store.get_episode(db, live.uid).duration_s == 10 * 60
    assert journal_ops.end_episode_now(db, "no-such-uid", TEST_NOW) == (None, Changes())


def test_more_than_a_day_writes_nothing(db):
    live = saved(db, 25 * 60)
    with pytest.raises(TooLongAgo):
        journal_ops.end_episode_now(db, live.uid, TEST_NOW)
    assert journal_store.get_episode(db, live.uid) == live


def test_back_to_normal_now_stamps_recovery_from_the_start(db):
    live = saved(db, 50)
    journal_ops.end_episode_now(db, live.uid, TEST_NOW - timedelta(minutes=20))
    before, changes = journal_ops.back_to_normal_now(db, live.uid, TEST_NOW)
    assert before.duration_s == 30 * 60 and before.recovery_s is None
    assert changes.touches(Area.EPISODES)
    stored = journal_store.get_episode(db, live.uid)
    assert (stored.duration_s, stored.recovery_s) == (30 * 60, 50 * 60)
    # Already stamped, or still going: nothing to do.
    assert journal_ops.back_to_normal_now(db, live.uid, TEST_NOW)[1].empty
    assert journal_ops.back_to_normal_now(db, saved(db, 5).uid, TEST_NOW)[1].empty


def test_in_progress_lists_live_and_unrecovered_episodes_newest_first(db):
    old_live = saved(db, 8 * 24 * 60)  # a forgotten tick, older than the look-back
    first = saved(db, 13 * 60)  # still going for 13 hours
    second = saved(db, 20)
    ended = saved(db, 90, ongoing=False, duration_s=600)
    saved(db, 60, ongoing=False)  # a quick log with no length
    saved(db, 70, ongoing=False, duration_s=600, recovery_s=1200)  # complete
    rows = journal_store.episodes_in_progress(db, TEST_NOW)
    assert [r.uid for r in rows] == [second.uid, ended.uid, first.uid]
    assert [r.ongoing for r in rows] == [True, False, True]
    assert rows[1].recovery_s is None and rows[1].duration_s == 600
    assert old_live.uid not in {r.uid for r in rows}


def test_in_progress_uses_the_start_time_index(db):
    # A scan of 100,000 episodes for "still going" took ~10 ms after every save.
    sql, params = journal_store._in_progress(TEST_NOW).sql()
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "episode_started" in plan and "SCAN episode " not in plan + " "
