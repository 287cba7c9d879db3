"""Migration 2: the spasm journal, daily check-ins, medications, red flags.

Children of an episode or check-in (muscles, triggers, reliefs, warning
signs) live in their own tables and are deleted with their parent. Indexes
serve the timeline (by start time), its filters and the per-day charts.
"""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE episode (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    started_utc TEXT NOT NULL,
    started_offset_min INTEGER NOT NULL,
    day TEXT NOT NULL,
    ongoing INTEGER NOT NULL DEFAULT 0,
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
    complete INTEGER NOT NULL DEFAULT 1,
    search_text TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX episode_started ON episode (started_utc);
CREATE INDEX episode_day ON episode (day);
CREATE INDEX episode_kind_started ON episode (kind, started_utc);

CREATE TABLE episode_muscle (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    muscle TEXT NOT NULL,
    side TEXT
);
CREATE INDEX episode_muscle_episode ON episode_muscle (episode_id);
CREATE INDEX episode_muscle_muscle ON episode_muscle (muscle, episode_id);

CREATE TABLE episode_trigger (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    "trigger" TEXT NOT NULL
);
CREATE INDEX episode_trigger_episode ON episode_trigger (episode_id);
CREATE INDEX episode_trigger_trigger ON episode_trigger ("trigger", episode_id);

CREATE TABLE episode_relief (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    relief TEXT NOT NULL,
    helped TEXT,
    minutes_to_relief INTEGER
);
CREATE INDEX episode_relief_episode ON episode_relief (episode_id);

CREATE TABLE episode_warning (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    symptom TEXT NOT NULL
);
CREATE INDEX episode_warning_episode ON episode_warning (episode_id);

CREATE TABLE checkin (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL UNIQUE,
    sleep_hours REAL,
    sleep_quality INTEGER,
    mood INTEGER,
    energy INTEGER,
    overall_pain INTEGER,
    mobility INTEGER,
    stress INTEGER,
    water_glasses INTEGER,
    activity TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE checkin_trigger (
    id INTEGER PRIMARY KEY,
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    "trigger" TEXT NOT NULL
);
CREATE INDEX checkin_trigger_checkin ON checkin_trigger (checkin_id);

CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    form TEXT NOT NULL DEFAULT '',
    usual_amount TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE dose (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
    taken_utc TEXT NOT NULL,
    taken_offset_min INTEGER NOT NULL,
    day TEXT NOT NULL,
    amount TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'taken',
    side_effects TEXT NOT NULL DEFAULT '',
    helped TEXT,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX dose_taken ON dose (taken_utc);

CREATE TABLE red_flag (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    rule TEXT NOT NULL,
    event_key TEXT NOT NULL UNIQUE,
    noticed_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    detail TEXT NOT NULL,
    acknowledged_utc TEXT
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
