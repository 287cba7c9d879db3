"""Migration 5: the Toolkit (rescue kit, daily routine, rescue plan, care team).

Per-day rows (``kit_ready``, ``routine_entry``) are keyed by the local
``day`` and unique per item and day, so ticking twice never doubles up.
Routine items are archived rather than deleted, so their history stays.
Default content is seeded later by ``store.toolkit.seed_defaults`` (once,
guarded by an ``app_meta`` flag), in the person's language.
"""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE kit_item (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    quantity INTEGER NULL CHECK (quantity IS NULL OR quantity >= 0),
    restock_below INTEGER NULL CHECK (restock_below IS NULL OR restock_below >= 0),
    archived INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    default_key TEXT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE TABLE kit_ready (
    id INTEGER PRIMARY KEY,
    kit_item_id INTEGER NOT NULL REFERENCES kit_item (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    ready_utc TEXT NOT NULL,
    ready_offset_min INTEGER NOT NULL,
    UNIQUE (kit_item_id, day)
);
CREATE INDEX kit_ready_day ON kit_ready (day);
CREATE TABLE routine_item (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NULL,
    name TEXT NOT NULL,
    target INTEGER NOT NULL DEFAULT 1 CHECK (target >= 1),
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE TABLE routine_entry (
    id INTEGER PRIMARY KEY,
    routine_item_id INTEGER NOT NULL REFERENCES routine_item (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    target INTEGER NOT NULL DEFAULT 1,
    updated_utc TEXT NOT NULL,
    updated_offset_min INTEGER NOT NULL,
    UNIQUE (routine_item_id, day)
);
CREATE INDEX routine_entry_day ON routine_entry (day);
CREATE TABLE rescue_step (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    relief TEXT NULL,
    title TEXT NOT NULL,
    how_to TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE TABLE care_contact (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
