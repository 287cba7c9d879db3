"""Operations: one user intent, one transaction, and an honest account of
what changed (real SQLite files through the production ``open_database``)."""

from datetime import timedelta

import pytest

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.ops import toolkit as toolkit_ops
from fibro_desktop.store import journal as journal_store
from fibro_desktop.store import routine as routine_store
from tests.conftest import TEST_NOW


def episode(**changes) -> Episode:
    values = dict(started=TEST_NOW - timedelta(hours=1), kind="cramp", intensity=5)
    values.update(changes)
    return Episode(**values)


def test_saving_an_episode_says_which_one(db):
    saved, changes = journal_ops.save_episode(db, episode(), TEST_NOW)
    assert changes == Changes.record(Area.EPISODES, saved.uid)
    assert journal_store.get_episode(db, saved.uid) is not None


def test_a_refused_episode_writes_nothing_and_reports_nothing(db):
    with pytest.raises(InvalidEntry):
        journal_ops.save_episode(db, episode(intensity=11), TEST_NOW)
    assert journal_store.count_episodes(db) == 0


def test_delete_then_undo_puts_the_same_episode_back(db):
    saved, _ = journal_ops.save_episode(db, episode(notes="left calf"), TEST_NOW)
    deleted, changes = journal_ops.delete_episode(db, saved.uid)
    assert changes.touches(Area.EPISODES) and journal_store.count_episodes(db) == 0
    assert journal_ops.undo_delete_episode(db, deleted, TEST_NOW) == Changes.record(Area.EPISODES, saved.uid)
    assert journal_store.get_episode(db, saved.uid).notes == "left calf"


def test_routine_progress_of_an_unknown_kind_changes_nothing(db):
    assert toolkit_ops.count_routine_progress(db, TEST_NOW, "no_such_kind", 1).empty


def test_a_routine_tick_is_a_routine_change(db):
    item, changes = toolkit_ops.add_routine_item(db, TEST_NOW, "Stretch calves", 2)
    assert changes == Changes.record(Area.ROUTINE, item.id)
    assert toolkit_ops.tick_routine_item(db, TEST_NOW, item.id, TEST_NOW.date(), 1).touches(Area.ROUTINE)
    line = next(line for line in routine_store.routine_day(db, TEST_NOW.date()).lines if line.item.id == item.id)
    assert line.amount == 1
