"""Queries on ``app_meta``, the application's own key/value facts."""

from __future__ import annotations

from datetime import datetime

import peewee

from fibro_desktop.store.models.meta import AppMeta


def set_meta(db: peewee.SqliteDatabase, key: str, value: str, now: datetime) -> None:
    """Store ``value`` under ``key`` (insert or replace) in one transaction."""
    with db.atomic():
        AppMeta.replace(key=key, value=value, updated_at=now.isoformat()).execute()


def get_meta(db: peewee.SqliteDatabase, key: str, default: str | None = None) -> str | None:
    """Return the value stored under ``key``, or ``default``."""
    row = AppMeta.get_or_none(AppMeta.key == key)
    return row.value if row is not None else default
