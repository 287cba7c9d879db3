"""Migration 10: warning signs noted on a day's check-in.

Like ``episode_warning`` for an episode: one row per sign (weakness,
numbness, loss of balance, fever, racing heart, muscle swelling) noted in
the check-in's optional "Anything else?" row. The sign ids are the ones the
red-flag rules read; the schema refuses any other id and a sign twice.
"""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE checkin_warning (
    id INTEGER PRIMARY KEY,
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    symptom TEXT NOT NULL CHECK (symptom IN ('weakness', 'numbness', 'loss_of_balance', 'fever',
                                             'rapid_heart_rate', 'muscle_swelling')),
    UNIQUE (checkin_id, symptom)
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
