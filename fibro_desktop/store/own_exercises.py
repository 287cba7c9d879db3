"""The person's own pacing exercises (table ``pacing_own_exercise``).

Plain :class:`~fibro_desktop.core.pacing.exercises.Exercise` objects in and
out; every write is one transaction. :func:`carry_over` moves what older
versions kept in ``preferences.ini`` into the database, once.
"""

from __future__ import annotations

import json
from datetime import datetime

import peewee

from fibro_desktop.core.pacing.exercises import Exercise, own_exercise_problem, parse_exercises
from fibro_desktop.store.stamps import new_uid, utc_text

_COLUMNS = "exercise_id, tier, title, steps, muscles"


def _row_to_exercise(row: tuple[str, str, str, str, str]) -> Exercise | None:
    ident, tier, title, steps, muscles = row
    lines = tuple(line for line in str(steps).split("\n") if line.strip())
    groups = [m for m in str(muscles).split(",") if m]
    try:  # the same checks as the bundled exercises (known tier and muscle groups)
        return parse_exercises({"exercises": [{"id": ident, "tier": tier, "title": title, "steps": lines,
                                               "muscles": groups}]})[0]
    except ValueError:
        return None  # a row that does not make sense is left out, never fatal


def _problem(exercise: Exercise) -> tuple[str, str] | None:
    """What the table (and an import) would refuse in ``exercise``."""
    if any("\n" in step or not step.strip() for step in exercise.steps):
        return "steps", "Each step is one line."
    return own_exercise_problem(exercise.id, exercise.tier, exercise.title, "\n".join(exercise.steps),
                                ",".join(sorted(exercise.muscles)))


def own_exercises(db: peewee.SqliteDatabase) -> list[Exercise]:
    """The person's own exercises, in the order they were added."""
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM pacing_own_exercise ORDER BY position, id").fetchall()
    return [e for e in map(_row_to_exercise, rows) if e is not None]


def _insert(db: peewee.SqliteDatabase, exercise: Exercise, stamp: str) -> bool:
    """Insert one exercise unless its id is already there; True if added."""
    problem = _problem(exercise)
    if problem:
        raise ValueError(f"exercise {exercise.id!r}: {problem[1]}")
    if db.execute_sql("SELECT 1 FROM pacing_own_exercise WHERE exercise_id = ?", (exercise.id,)).fetchone():
        return False
    db.execute_sql(
        "INSERT INTO pacing_own_exercise (uid, exercise_id, tier, title, steps, muscles, position, created_utc, "
        "updated_utc) VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM pacing_own_exercise), "
        "?, ?)",
        (new_uid(), exercise.id, exercise.tier, exercise.title.strip(), "\n".join(exercise.steps),
         ",".join(sorted(exercise.muscles)), stamp, stamp))
    return True


def add_own_exercise(db: peewee.SqliteDatabase, exercise: Exercise, now: datetime) -> None:
    """Keep a new exercise (its id starts with ``own_``), after the others."""
    with db.atomic():
        _insert(db, exercise, utc_text(now))


def remove_own_exercise(db: peewee.SqliteDatabase, exercise_id: str) -> bool:
    """Remove one; True if it was there."""
    with db.atomic():
        cursor = db.execute_sql("DELETE FROM pacing_own_exercise WHERE exercise_id = ?", (exercise_id,))
    return bool(cursor.rowcount > 0)  # a sqlite3 cursor from peewee (untyped)


def carry_over(db: peewee.SqliteDatabase, raw: str, now: datetime) -> tuple[int, bool]:
    """Move the old ``pacing/own_exercises`` preference (a JSON list shaped
    like ``exercises.json`` entries) into the database, in one transaction.

    Returns (exercises added, complete): ``complete`` is False when some
    entry could not be read, so the caller keeps the old value rather than
    lose it. Ids already in the database are skipped (running it twice adds
    nothing).
    """
    try:
        entries = json.loads(raw) if raw.strip() else []
    except ValueError:
        return 0, False
    if not isinstance(entries, list):
        return 0, False
    readable: list[Exercise] = []
    complete = True
    for entry in entries:
        try:
            exercise = parse_exercises({"exercises": [entry]})[0]
        except (ValueError, TypeError, AttributeError):
            complete = False
            continue
        if _problem(exercise):
            complete = False
            continue
        readable.append(exercise)
    stamp = utc_text(now)
    added = 0
    with db.atomic():
        for exercise in readable:
            added += _insert(db, exercise, stamp)
    return added, complete
