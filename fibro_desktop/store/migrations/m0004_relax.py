"""Migration 4: the Relax tab's listening log, resume positions and own audio.

* ``listen``: one row per listening session (what, when, seconds heard,
  finished or not, optional tension before/after 0-10). ``session_key`` is a
  bundled session id or ``own:<uid>``.
* ``listen_resume``: where a long session was left, per session key.
* ``own_audio``: files the person imported; ``file_name`` is the plain name
  of the copy inside the data folder's ``audio/`` library folder.
"""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE listen (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    session_key TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    started_offset_min INTEGER NOT NULL,
    day TEXT NOT NULL,
    listened_s INTEGER NOT NULL CHECK (listened_s >= 0),
    finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
    tension_before INTEGER NULL CHECK (tension_before BETWEEN 0 AND 10),
    tension_after INTEGER NULL CHECK (tension_after BETWEEN 0 AND 10),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX listen_day ON listen (day);
CREATE TABLE listen_resume (
    id INTEGER PRIMARY KEY,
    session_key TEXT NOT NULL UNIQUE,
    position_s INTEGER NOT NULL CHECK (position_s >= 0),
    updated_utc TEXT NOT NULL
);
CREATE TABLE own_audio (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL UNIQUE,
    bytes INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
