"""Migration 3: the pacing record (every break, and desk time per day)."""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE pacing_break (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('micro', 'movement', 'recovery')),
    outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'skipped', 'postponed', 'natural')),
    did_it INTEGER NOT NULL DEFAULT 0,
    due_utc TEXT NOT NULL,
    due_offset_min INTEGER NOT NULL,
    started_utc TEXT,
    started_offset_min INTEGER,
    ended_utc TEXT,
    ended_offset_min INTEGER,
    day TEXT NOT NULL,
    duration_s INTEGER NOT NULL DEFAULT 0,
    exercise TEXT,
    postpones INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX pacing_break_day ON pacing_break (day);
CREATE TABLE pacing_day (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL UNIQUE,
    desk_s INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
