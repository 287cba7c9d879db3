"""Migration 7: the person's own pacing exercises, in the database.

They used to live in ``preferences.ini`` (``pacing/own_exercises``), outside
backups, exports and encryption. ``exercise_id`` is the id the rest of the
app knows (``own_<hex>``: break records and the turned-off list name it);
``steps`` holds one step per line and ``muscles`` the comma-separated muscle
group ids. ``store.own_exercises.carry_over`` moves the old preference in
once, at start.
"""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE pacing_own_exercise (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    exercise_id TEXT NOT NULL UNIQUE CHECK (exercise_id LIKE 'own\\_%' ESCAPE '\\'),
    tier TEXT NOT NULL CHECK (tier IN ('micro', 'movement', 'any')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    steps TEXT NOT NULL CHECK (length(trim(steps)) > 0),
    muscles TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
