"""Numbered schema migrations, applied in order, each in its own transaction.

The schema version lives in ``PRAGMA user_version``. Each feature adds its
tables as a new module ``mNNNN_name.py`` exposing ``MIGRATION`` and appends it
to :data:`MIGRATIONS`. Migrations use plain SQL, never the current models, so
that an old migration keeps meaning the same thing when models change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee

from fibro_desktop.store.migrations import (
    m0001_foundation,
    m0002_journal,
    m0003_pacing,
    m0004_relax,
    m0005_toolkit,
    m0006_checks,
    m0007_own_exercises,
    m0008_daily_activities,
    m0009_break_outcomes,
    m0010_checkin_warnings,
)


@dataclass(frozen=True)
class Migration:
    """Moves the schema from ``version - 1`` to ``version``."""

    version: int
    name: str
    apply: Callable[[peewee.SqliteDatabase], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation", m0001_foundation.apply),
    Migration(2, "journal", m0002_journal.apply),
    Migration(3, "pacing", m0003_pacing.apply),
    Migration(4, "relax", m0004_relax.apply),
    Migration(5, "toolkit", m0005_toolkit.apply),
    Migration(6, "checks", m0006_checks.apply),
    Migration(7, "own_exercises", m0007_own_exercises.apply),
    Migration(8, "daily_activities", m0008_daily_activities.apply),
    Migration(9, "break_outcomes", m0009_break_outcomes.apply),
    Migration(10, "checkin_warnings", m0010_checkin_warnings.apply),
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


def run_sql(db: peewee.SqliteDatabase, script: str) -> None:
    """Run a migration's SQL statements one by one on ``db``'s connection.

    ``sqlite3.executescript`` would commit the open transaction first, so the
    statements are split and executed individually inside it.
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute_sql(statement)
