"""Migration 5 guards the data itself, not only the store functions."""

import peewee
import pytest

from fibro_desktop.store.migrations import MIGRATIONS


def insert_item(db, **fields):
    values = dict(uid="u1", name="Pad", created_utc="2026-11-24T09:00:00", updated_utc="2026-11-24T09:00:00")
    values.update(fields)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return db.execute_sql(f"INSERT INTO kit_item ({columns}) VALUES ({marks})", list(values.values())).lastrowid


def test_migration_5_is_the_toolkit():
    assert any(m.version == 5 and m.name == "toolkit" for m in MIGRATIONS)


def test_negative_counts_and_targets_are_refused_by_the_database(db):
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        insert_item(db, quantity=-1)
    with pytest.raises(peewee.IntegrityError, match="CHECK"):
        db.execute_sql("INSERT INTO routine_item (uid, name, target, created_utc, updated_utc) "
                       "VALUES ('r', 'Water', 0, 'x', 'x')")


def test_one_ready_tick_per_item_and_day_and_history_goes_with_a_deleted_item(db):
    item = insert_item(db)
    tick = "INSERT INTO kit_ready (kit_item_id, day, ready_utc, ready_offset_min) VALUES (?, '2026-11-24', 'x', 60)"
    db.execute_sql(tick, [item])
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        db.execute_sql(tick, [item])
    db.execute_sql("DELETE FROM kit_item WHERE id = ?", [item])
    assert db.execute_sql("SELECT COUNT(*) FROM kit_ready").fetchone()[0] == 0
