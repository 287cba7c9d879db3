"""Kit items on a real SQLite file: seeding, editing, order, undo, per-day ticks."""

from datetime import date, timedelta

import pytest

from fibro_desktop.core.toolkit.validation import InvalidInput
from fibro_desktop.store import toolkit as store
from fibro_desktop.store.database import open_database
from tests.conftest import TEST_NOW
from tests.store.toolkit.conftest import seed

TODAY = date(2026, 11, 24)


def names(db, **kw):
    return [i.name for i in store.list_kit_items(db, **kw)]


def test_defaults_are_seeded_once_and_never_over_the_users_edits(data_dir, db):
    assert seed(db) is True
    assert len(names(db)) == 5
    for item in store.list_kit_items(db):
        store.delete_kit_item(db, item.id)
    store.add_kit_item(db, TEST_NOW, "Only my own")
    db.close()
    db = open_database(data_dir, now=TEST_NOW)  # a restart, or an upgrade
    assert seed(db) is False
    assert names(db) == ["Only my own"]
    db.close()


def test_add_appends_and_validates_without_writing_half(seeded):
    item = store.add_kit_item(seeded, TEST_NOW, "  Ice pack 🧊 ", location="Freezer", quantity=2, restock_below=1)
    assert names(seeded)[-1] == "Ice pack 🧊"
    assert (item.quantity, item.restock_below, item.location) == (2, 1, "Freezer")
    with pytest.raises(InvalidInput) as caught:
        store.add_kit_item(seeded, TEST_NOW, "   ")
    assert caught.value.field == "name"
    with pytest.raises(InvalidInput):
        store.add_kit_item(seeded, TEST_NOW, "Sachets", quantity=-1)
    assert "Sachets" not in names(seeded)


def test_a_very_long_name_is_refused_and_a_long_unicode_name_kept(seeded):
    with pytest.raises(InvalidInput):
        store.add_kit_item(seeded, TEST_NOW, "a" * 201)
    long_name = "é" * 200
    assert store.add_kit_item(seeded, TEST_NOW, long_name).name == long_name


def test_rename_and_restock_flag(seeded):
    item = store.list_kit_items(seeded)[0]
    item = store.update_kit_item(seeded, TEST_NOW, item.id, name="Magnesium sachets", quantity=2, restock_below=3)
    assert item.name == "Magnesium sachets" and item.needs_restock
    item = store.update_kit_item(seeded, TEST_NOW, item.id, quantity=10)
    assert not item.needs_restock and item.restock_below == 3
    item = store.update_kit_item(seeded, TEST_NOW, item.id, quantity=None)
    assert item.quantity is None


def test_reorder_survives_a_restart(data_dir, seeded):
    ids = [i.id for i in store.list_kit_items(seeded)]
    store.set_kit_order(seeded, TEST_NOW, list(reversed(ids)))
    seeded.close()
    db = open_database(data_dir, now=TEST_NOW)
    assert [i.id for i in store.list_kit_items(db)] == list(reversed(ids))
    db.close()


def test_archive_hides_and_brings_back(seeded):
    item = store.list_kit_items(seeded)[1]
    store.archive_kit_item(seeded, TEST_NOW, item.id)
    assert item.name not in names(seeded)
    assert item.name in names(seeded, include_archived=True)
    store.archive_kit_item(seeded, TEST_NOW, item.id, archived=False)
    assert names(seeded)[1] == item.name


def test_delete_then_undo_restores_the_item_its_place_and_its_history(seeded):
    items = store.list_kit_items(seeded)
    target = items[2]
    store.set_ready(seeded, TEST_NOW, target.id, TODAY - timedelta(days=1), True)
    store.set_ready(seeded, TEST_NOW, target.id, TODAY, True)
    snapshot = store.delete_kit_item(seeded, target.id)
    assert target.name not in names(seeded)
    assert store.ready_item_ids(seeded, TODAY) == set()
    restored = store.restore_kit_item(seeded, TEST_NOW, snapshot)
    assert restored.uid == target.uid
    assert names(seeded) == [i.name for i in items]
    assert store.ready_item_ids(seeded, TODAY) == {target.id}
    assert store.ready_item_ids(seeded, TODAY - timedelta(days=1)) == {target.id}


def test_ready_ticks_are_per_local_day_idempotent_and_kept(data_dir, seeded):
    first, second = store.list_kit_items(seeded)[:2]
    store.set_ready(seeded, TEST_NOW, first.id, TODAY, True)
    store.set_ready(seeded, TEST_NOW, first.id, TODAY, True)
    store.set_ready(seeded, TEST_NOW, second.id, TODAY, True)
    store.set_ready(seeded, TEST_NOW, second.id, TODAY, False)
    assert store.ready_item_ids(seeded, TODAY) == {first.id}
    assert store.ready_item_ids(seeded, TODAY + timedelta(days=1)) == set()  # a new day starts clear
    seeded.close()
    db = open_database(data_dir, now=TEST_NOW)
    assert store.ready_item_ids(db, TODAY) == {first.id}
    assert [(r.day, r.ready, r.total) for r in store.kit_readiness(db, TODAY - timedelta(days=7), TODAY)] == [
        (TODAY, 1, 5)]
    db.close()
