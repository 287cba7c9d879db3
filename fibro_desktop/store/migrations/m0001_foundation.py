"""Migration 1: the small key/value table the application itself uses."""

from __future__ import annotations

import peewee

SQL = """
CREATE TABLE app_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


def apply(db: peewee.SqliteDatabase) -> None:
    from fibro_desktop.store.migrations import run_sql

    run_sql(db, SQL)
