"""Routine items and daily amounts on a real SQLite file."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.toolkit.validation import InvalidInput
from fibro_desktop.store import routine as store
from fibro_desktop.store.database import open_database
from tests.conftest import TEST_NOW

TODAY = date(2026, 11, 24)


def line(db, kind, day=TODAY):
    return store.routine_day(db, day).line_for_kind(kind)


def test_the_seeded_routine_starts_empty_each_day(seeded):
    day = store.routine_day(seeded, TODAY)
    assert (day.done_count, day.total) == (0, 8)
    assert line(seeded, "water").item.target == 8


def test_progress_from_other_tabs_counts_towards_today(seeded):
    for _ in range(3):
        store.add_routine_progress(seeded, TEST_NOW, "water", 1)
    store.add_routine_progress(seeded, TEST_NOW, "relaxation", 1)
    assert line(seeded, "water").amount == 3
    assert line(seeded, "relaxation").done
    assert store.routine_day(seeded, TODAY).done_count == 1


def test_progress_for_a_kind_the_person_removed_writes_nothing(seeded):
    water = line(seeded, "water").item
    store.archive_routine_item(seeded, TEST_NOW, water.id)
    assert store.add_routine_progress(seeded, TEST_NOW, "water", 1) is None
    assert store.add_routine_progress(seeded, TEST_NOW, "unknown_kind", 1) is None


def test_yesterday_can_be_filled_in_afterwards_but_not_the_day_before(seeded):
    stretch = line(seeded, "evening_stretch").item
    yesterday = TODAY - timedelta(days=1)
    store.set_routine_amount(seeded, TEST_NOW, stretch.id, yesterday, 1)
    assert line(seeded, "evening_stretch", yesterday).done
    assert not line(seeded, "evening_stretch").done
    with pytest.raises(store.DayNotEditable):
        store.set_routine_amount(seeded, TEST_NOW, stretch.id, TODAY - timedelta(days=2), 1)


def test_progress_just_after_midnight_goes_to_the_new_day(seeded):
    just_after = TEST_NOW.replace(hour=0, minute=1) + timedelta(days=1)
    store.add_routine_progress(seeded, just_after, "water", 2)
    assert line(seeded, "water", TODAY + timedelta(days=1)).amount == 2
    assert line(seeded, "water").amount == 0


def test_add_edit_reorder_and_remove_items_keeping_history(data_dir, seeded):
    own = store.add_routine_item(seeded, TEST_NOW, "Tai chi", target=1)
    with pytest.raises(InvalidInput):
        store.add_routine_item(seeded, TEST_NOW, "", target=1)
    with pytest.raises(InvalidInput):
        store.update_routine_item(seeded, TEST_NOW, own.id, target=0)
    store.update_routine_item(seeded, TEST_NOW, own.id, name="Tai chi class", target=2)
    ids = [i.id for i in store.list_routine_items(seeded)]
    store.set_routine_order(seeded, TEST_NOW, [own.id] + [i for i in ids if i != own.id])
    store.set_routine_amount(seeded, TEST_NOW, own.id, TODAY, 2)
    store.archive_routine_item(seeded, TEST_NOW, own.id)
    seeded.close()
    db = open_database(data_dir, now=TEST_NOW)
    assert "Tai chi class" not in [i.name for i in store.list_routine_items(db)]
    adherence = store.routine_adherence(db, TODAY, TODAY)
    assert [(a.done, a.total) for a in adherence] == [(1, 9)]  # the archived item's day still counts
    db.close()


def test_a_changed_target_does_not_rewrite_past_days(seeded):
    water = line(seeded, "water").item
    yesterday = TODAY - timedelta(days=1)
    store.set_routine_amount(seeded, TEST_NOW, water.id, yesterday, 8)
    store.update_routine_item(seeded, TEST_NOW, water.id, target=10)
    assert store.routine_adherence(seeded, yesterday, yesterday)[0].done == 1


def test_routine_kinds_are_stored_as_the_same_words(seeded):
    from fibro_desktop.core.toolkit.routine import RoutineKind

    item = line(seeded, RoutineKind.POSITION_CHANGES).item
    assert item.kind is RoutineKind.POSITION_CHANGES
    stored = seeded.execute_sql("SELECT kind, typeof(kind) FROM routine_item WHERE id = ?", (item.id,)).fetchone()
    assert stored == ("position_changes", "text")
