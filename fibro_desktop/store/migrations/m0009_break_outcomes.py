"""Migration 9: honest break outcomes (issue 17).

A break can now also end ``missed`` (it ran while the person kept typing)
or ``deferred`` (a fullscreen window or Do Not Disturb was on; it came back
later). Migration 6 allowed only the four old outcomes, and SQLite cannot
change a CHECK in place, so ``pacing_break`` is rebuilt with the wider rule
and every row copied with its id. Nothing references this table.

Existing rows keep their meaning and their words: a break stored ``taken``
before this version stays ``taken`` (the app could not tell then whether
it was had); nothing is guessed after the fact.
"""

from __future__ import annotations

import peewee

OFFSET = "BETWEEN -720 AND 840"

CREATE = f"""
CREATE TABLE pacing_break_m0009 (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('micro', 'movement', 'recovery')),
    outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'missed', 'deferred', 'skipped', 'postponed', 'natural')),
    did_it INTEGER NOT NULL DEFAULT 0 CHECK (did_it IN (0, 1)),
    due_utc TEXT NOT NULL,
    due_offset_min INTEGER NOT NULL CHECK (due_offset_min {OFFSET}),
    started_utc TEXT,
    started_offset_min INTEGER CHECK (started_offset_min {OFFSET}),
    ended_utc TEXT,
    ended_offset_min INTEGER CHECK (ended_offset_min {OFFSET}),
    day TEXT NOT NULL,
    duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    exercise TEXT,
    postpones INTEGER NOT NULL DEFAULT 0 CHECK (postpones >= 0),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)"""

COLUMNS = ("id, uid, kind, outcome, did_it, due_utc, due_offset_min, started_utc, started_offset_min, "
           "ended_utc, ended_offset_min, day, duration_s, exercise, postpones, created_utc, updated_utc")


def apply(db: peewee.SqliteDatabase) -> None:
    db.execute_sql(CREATE)
    db.execute_sql(f"INSERT INTO pacing_break_m0009 ({COLUMNS}) SELECT {COLUMNS} FROM pacing_break")
    db.execute_sql("DROP TABLE pacing_break")
    db.execute_sql("ALTER TABLE pacing_break_m0009 RENAME TO pacing_break")
    db.execute_sql("CREATE INDEX pacing_break_day ON pacing_break (day)")
