"""Migration 8: the check-in's "could you do your daily activities without
interruption?" (``checkin.daily_activities``: ``yes``, ``partly``, ``no``,
or NULL when not answered).

A new nullable column with its CHECK: every existing check-in stays as it
was, simply not answered.
"""

from __future__ import annotations

import peewee

SQL = """
ALTER TABLE checkin ADD COLUMN daily_activities TEXT
    CHECK (daily_activities IN ('yes', 'partly', 'no'))
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
