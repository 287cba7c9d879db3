"""Migration 6: the schema states what the code assumes (CHECK constraints).

Check-in scales 0-10, hours of sleep 0-24, glasses of water 0-50, time-zone
offsets a clock can have (UTC-12:00 to UTC+14:00, in minutes), yes/no
flags 0 or 1, counts and durations not below 0, a dose taken or skipped,
relief within 24 hours. The same rules are checked on import
(:mod:`fibro_desktop.core.data_safety.rows`); here they hold whatever
writes the file.

SQLite cannot add a CHECK to an existing table, so each table is rebuilt.
Dropping a parent table while foreign keys are on would delete its
children's rows (ON DELETE CASCADE), and foreign keys cannot be switched
off inside the migration's transaction. So every table concerned is first
copied into a temporary table, children are dropped before their parents,
the tables are created again with their constraints and indexes, and the
rows are copied back, parents first, with the same ids.

A value that breaks a new rule cannot have been typed in a form; it came
in some other way and means nothing to the app. A value that may be empty
becomes empty (NULL); a flag becomes 0 or 1; a count below 0 becomes 0; an
impossible offset becomes 0 (UTC: the moment itself is kept). The file as
it was before is in the backup taken before every migration.
"""

from __future__ import annotations

import peewee

OFFSET = "BETWEEN -720 AND 840"

#: (table, CREATE statement with its constraints, indexes, {column: repair expression}).
TABLES: tuple[tuple[str, str, tuple[str, ...], dict[str, str]], ...] = (
    ("episode", f"""
CREATE TABLE episode (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    started_utc TEXT NOT NULL,
    started_offset_min INTEGER NOT NULL CHECK (started_offset_min {OFFSET}),
    day TEXT NOT NULL,
    ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
    kind TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    duration_s INTEGER CHECK (duration_s BETWEEN 0 AND 86400),
    recovery_s INTEGER CHECK (recovery_s BETWEEN 0 AND 86400),
    activity TEXT,
    sleep_state TEXT,
    doing TEXT NOT NULL DEFAULT '',
    impact_sleep INTEGER CHECK (impact_sleep BETWEEN 0 AND 10),
    impact_mood INTEGER CHECK (impact_mood BETWEEN 0 AND 10),
    impact_mobility INTEGER CHECK (impact_mobility BETWEEN 0 AND 10),
    notes TEXT NOT NULL DEFAULT '',
    complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1)),
    search_text TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", ("CREATE INDEX episode_started ON episode (started_utc)",
       "CREATE INDEX episode_day ON episode (day)",
       "CREATE INDEX episode_kind_started ON episode (kind, started_utc)"),
     {"started_offset_min": "offset", "ongoing": "flag", "complete": "flag"}),
    ("episode_muscle", """
CREATE TABLE episode_muscle (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    muscle TEXT NOT NULL,
    side TEXT
)""", ("CREATE INDEX episode_muscle_episode ON episode_muscle (episode_id)",
       "CREATE INDEX episode_muscle_muscle ON episode_muscle (muscle, episode_id)"), {}),
    ("episode_trigger", """
CREATE TABLE episode_trigger (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    "trigger" TEXT NOT NULL
)""", ("CREATE INDEX episode_trigger_episode ON episode_trigger (episode_id)",
       'CREATE INDEX episode_trigger_trigger ON episode_trigger ("trigger", episode_id)'), {}),
    ("episode_relief", """
CREATE TABLE episode_relief (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    relief TEXT NOT NULL,
    helped TEXT CHECK (helped IN ('yes', 'a_little', 'no')),
    minutes_to_relief INTEGER CHECK (minutes_to_relief BETWEEN 0 AND 1440)
)""", ("CREATE INDEX episode_relief_episode ON episode_relief (episode_id)",),
     {"helped": "IN ('yes', 'a_little', 'no')", "minutes_to_relief": "BETWEEN 0 AND 1440"}),
    ("episode_warning", """
CREATE TABLE episode_warning (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    symptom TEXT NOT NULL
)""", ("CREATE INDEX episode_warning_episode ON episode_warning (episode_id)",), {}),
    ("checkin", """
CREATE TABLE checkin (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL UNIQUE,
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy BETWEEN 0 AND 10),
    overall_pain INTEGER CHECK (overall_pain BETWEEN 0 AND 10),
    mobility INTEGER CHECK (mobility BETWEEN 0 AND 10),
    stress INTEGER CHECK (stress BETWEEN 0 AND 10),
    water_glasses INTEGER CHECK (water_glasses BETWEEN 0 AND 50),
    activity TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"sleep_hours": "BETWEEN 0 AND 24", "sleep_quality": "BETWEEN 0 AND 10", "mood": "BETWEEN 0 AND 10",
           "energy": "BETWEEN 0 AND 10", "overall_pain": "BETWEEN 0 AND 10", "mobility": "BETWEEN 0 AND 10",
           "stress": "BETWEEN 0 AND 10", "water_glasses": "BETWEEN 0 AND 50"}),
    ("checkin_trigger", """
CREATE TABLE checkin_trigger (
    id INTEGER PRIMARY KEY,
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    "trigger" TEXT NOT NULL
)""", ("CREATE INDEX checkin_trigger_checkin ON checkin_trigger (checkin_id)",), {}),
    ("medication", """
CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    form TEXT NOT NULL DEFAULT '',
    usual_amount TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"archived": "flag"}),
    ("dose", f"""
CREATE TABLE dose (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
    taken_utc TEXT NOT NULL,
    taken_offset_min INTEGER NOT NULL CHECK (taken_offset_min {OFFSET}),
    day TEXT NOT NULL,
    amount TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'taken' CHECK (status IN ('taken', 'skipped')),
    side_effects TEXT NOT NULL DEFAULT '',
    helped TEXT CHECK (helped IN ('yes', 'a_little', 'no')),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", ("CREATE INDEX dose_taken ON dose (taken_utc)",),
     {"taken_offset_min": "offset", "helped": "IN ('yes', 'a_little', 'no')",
      "status": "CASE WHEN status IN ('taken', 'skipped') THEN status ELSE 'taken' END"}),
    ("pacing_break", f"""
CREATE TABLE pacing_break (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('micro', 'movement', 'recovery')),
    outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'skipped', 'postponed', 'natural')),
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
)""", ("CREATE INDEX pacing_break_day ON pacing_break (day)",),
     {"did_it": "flag", "due_offset_min": "offset", "started_offset_min": "offset",
      "ended_offset_min": "offset", "duration_s": "count", "postpones": "count"}),
    ("pacing_day", """
CREATE TABLE pacing_day (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL UNIQUE,
    desk_s INTEGER NOT NULL DEFAULT 0 CHECK (desk_s >= 0),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"desk_s": "count"}),
    ("listen", f"""
CREATE TABLE listen (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    session_key TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    started_offset_min INTEGER NOT NULL CHECK (started_offset_min {OFFSET}),
    day TEXT NOT NULL,
    listened_s INTEGER NOT NULL CHECK (listened_s >= 0),
    finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
    tension_before INTEGER NULL CHECK (tension_before BETWEEN 0 AND 10),
    tension_after INTEGER NULL CHECK (tension_after BETWEEN 0 AND 10),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", ("CREATE INDEX listen_day ON listen (day)",), {"started_offset_min": "offset"}),
    ("own_audio", """
CREATE TABLE own_audio (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL UNIQUE,
    bytes INTEGER NOT NULL CHECK (bytes >= 0),
    sort_order INTEGER NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"bytes": "count"}),
    ("kit_item", """
CREATE TABLE kit_item (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    quantity INTEGER NULL CHECK (quantity IS NULL OR quantity >= 0),
    restock_below INTEGER NULL CHECK (restock_below IS NULL OR restock_below >= 0),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    default_key TEXT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"archived": "flag"}),
    ("kit_ready", f"""
CREATE TABLE kit_ready (
    id INTEGER PRIMARY KEY,
    kit_item_id INTEGER NOT NULL REFERENCES kit_item (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    ready_utc TEXT NOT NULL,
    ready_offset_min INTEGER NOT NULL CHECK (ready_offset_min {OFFSET}),
    UNIQUE (kit_item_id, day)
)""", ("CREATE INDEX kit_ready_day ON kit_ready (day)",), {"ready_offset_min": "offset"}),
    ("routine_item", """
CREATE TABLE routine_item (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NULL,
    name TEXT NOT NULL,
    target INTEGER NOT NULL DEFAULT 1 CHECK (target >= 1),
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)""", (), {"archived": "flag"}),
    ("routine_entry", f"""
CREATE TABLE routine_entry (
    id INTEGER PRIMARY KEY,
    routine_item_id INTEGER NOT NULL REFERENCES routine_item (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    target INTEGER NOT NULL DEFAULT 1 CHECK (target >= 1),
    updated_utc TEXT NOT NULL,
    updated_offset_min INTEGER NOT NULL CHECK (updated_offset_min {OFFSET}),
    UNIQUE (routine_item_id, day)
)""", ("CREATE INDEX routine_entry_day ON routine_entry (day)",),
     {"target": "CASE WHEN target >= 1 THEN target ELSE 1 END", "updated_offset_min": "offset"}),
)


def _repair(column: str, rule: str) -> str:
    """The SELECT expression that brings an old value within the new rule."""
    quoted = f'"{column}"'
    if rule == "flag":
        return f"CASE WHEN {quoted} IN (0, 1) THEN {quoted} WHEN {quoted} THEN 1 ELSE 0 END"
    if rule == "offset":
        return f"CASE WHEN {quoted} IS NULL OR {quoted} {OFFSET} THEN {quoted} ELSE 0 END"
    if rule == "count":
        return f"CASE WHEN {quoted} >= 0 THEN {quoted} ELSE 0 END"
    if rule.startswith("CASE"):
        return rule
    return f"CASE WHEN {quoted} {rule} THEN {quoted} END"  # anything else: empty


def _columns(db: peewee.SqliteDatabase, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def apply(db: peewee.SqliteDatabase) -> None:
    present = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [t for t in TABLES if t[0] in present]
    columns = {name: _columns(db, name) for name, *_ in tables}
    for name, _create, _indexes, repairs in tables:
        select = ", ".join(f'{_repair(c, repairs[c])} AS "{c}"' if c in repairs else f'"{c}"'
                           for c in columns[name])
        db.execute_sql(f'CREATE TEMP TABLE "m0006_{name}" AS SELECT {select} FROM "{name}"')
    for name, *_ in reversed(tables):  # children before their parents: nothing cascades
        db.execute_sql(f'DROP TABLE "{name}"')
    for name, create, indexes, _repairs in tables:
        db.execute_sql(create)
        for index in indexes:
            db.execute_sql(index)
        names = ", ".join(f'"{c}"' for c in columns[name])
        # A row whose parent is gone could never be shown; with foreign keys on it cannot exist.
        kept = " AND ".join(f'"{fk[3]}" IN (SELECT "{fk[4] or "id"}" FROM "{fk[2]}")'
                            for fk in db.execute_sql(f'PRAGMA foreign_key_list("{name}")').fetchall())
        db.execute_sql(f'INSERT INTO "{name}" ({names}) SELECT {names} FROM temp."m0006_{name}"'
                       + (f" WHERE {kept}" if kept else ""))
        db.execute_sql(f'DROP TABLE temp."m0006_{name}"')
