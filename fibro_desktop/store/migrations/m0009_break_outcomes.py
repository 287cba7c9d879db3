"""Migration 9: honest break outcomes (issue 17).

A break can now also end ``missed`` (it ran while the person kept typing)
or ``deferred`` (a fullscreen window or Do Not Disturb was on; it came back
later). Migrations 3 and 6 allowed only the four old outcomes.

The rule only gets wider, so every stored row already meets it and the
file's pages need not change: the table's CREATE statement is edited in
``sqlite_schema`` the way SQLite documents for relaxing a CHECK
(``writable_schema``, then ``schema_version`` + 1 so every connection
re-reads the schema), inside the migration's transaction. Rebuilding the
table instead would leave its old pages free in the middle of the file.
If the statement is not the one migrations 3/6 wrote, the table is
rebuilt with the wider rule and every row copied with its id (nothing
references this table).

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


OLD_RULE = "CHECK (outcome IN ('taken', 'skipped', 'postponed', 'natural'))"
NEW_RULE = "CHECK (outcome IN ('taken', 'missed', 'deferred', 'skipped', 'postponed', 'natural'))"


def apply(db: peewee.SqliteDatabase) -> None:
    (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'pacing_break'").fetchone()
    if sql.count(OLD_RULE) == 1:
        _widen_in_place(db)
    else:
        _rebuild(db)


def _widen_in_place(db: peewee.SqliteDatabase) -> None:
    (version,) = db.execute_sql("PRAGMA schema_version").fetchone()
    db.execute_sql("PRAGMA writable_schema = ON")
    try:
        db.execute_sql("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                       "WHERE type = 'table' AND name = 'pacing_break'", (OLD_RULE, NEW_RULE))
        db.execute_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute_sql("PRAGMA writable_schema = OFF")
    (check,) = db.execute_sql("PRAGMA integrity_check").fetchone()
    if check != "ok":
        raise RuntimeError(f"migration 9 left the schema unreadable: {check}")


def _rebuild(db: peewee.SqliteDatabase) -> None:
    db.execute_sql(CREATE)
    db.execute_sql(f"INSERT INTO pacing_break_m0009 ({COLUMNS}) SELECT {COLUMNS} FROM pacing_break")
    db.execute_sql("DROP TABLE pacing_break")
    db.execute_sql("ALTER TABLE pacing_break_m0009 RENAME TO pacing_break")
    db.execute_sql("CREATE INDEX pacing_break_day ON pacing_break (day)")
