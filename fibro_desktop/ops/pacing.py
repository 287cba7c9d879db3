"""Pacing operations: breaks, desk time and the person's own exercises."""

from __future__ import annotations

from datetime import date, datetime

import peewee

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.pacing.exercises import Exercise
from fibro_desktop.core.pacing.record import BreakEntry
from fibro_desktop.store import own_exercises as own_store
from fibro_desktop.store import pacing as pacing_store


def record_break(db: peewee.SqliteDatabase, entry: BreakEntry, now: datetime) -> Changes:
    """A break ended (taken, skipped, or a natural one)."""
    with db.atomic():
        uid = pacing_store.record_break(db, entry, now)
    return Changes.record(Area.BREAKS, uid)


def save_desk_time(db: peewee.SqliteDatabase, day: date, desk_s: int, now: datetime) -> Changes:
    """Keep today's desk time safe. Saved every few minutes as a safeguard;
    the views read the live figure from the timer, so this is no news."""
    with db.atomic():
        pacing_store.save_desk_time(db, day, desk_s, now)
    return Changes()


def add_own_exercise(db: peewee.SqliteDatabase, exercise: Exercise, now: datetime) -> Changes:
    with db.atomic():
        own_store.add_own_exercise(db, exercise, now)
    return Changes.record(Area.EXERCISES, exercise.id)


def carry_over_own_exercises(db: peewee.SqliteDatabase, raw: str, now: datetime) -> tuple[tuple[int, bool], Changes]:
    """Once: move own exercises kept in the preferences by older versions
    into the database. Returns (how many were added, whether all could be read)."""
    with db.atomic():
        added, complete = own_store.carry_over(db, raw, now)
    return (added, complete), (Changes.of(Area.EXERCISES) if added else Changes())


def remove_own_exercise(db: peewee.SqliteDatabase, exercise_id: str) -> Changes:
    """Remove one of the person's exercises (no change if it was not there)."""
    with db.atomic():
        removed = own_store.remove_own_exercise(db, exercise_id)
    return Changes.record(Area.EXERCISES, exercise_id) if removed else Changes()
