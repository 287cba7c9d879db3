"""Queries on the pacing record; plain :mod:`fibro_desktop.core.pacing` objects out.

Moments are stored as UTC text ``YYYY-MM-DDTHH:MM:SS`` plus the local offset
in minutes, so a break keeps its local time after travel or a clock change.
Every write runs in one transaction.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee

from fibro_desktop.core.instants import from_stored
from fibro_desktop.core.pacing.record import BreakEntry, DaySummary, gentle_streak
from fibro_desktop.store.models.pacing import PacingBreak, PacingDay
from fibro_desktop.store.stamps import new_uid, offset_minutes, utc_text


def _local(text: str | None, offset_min: int | None) -> datetime | None:
    return None if text is None else from_stored(text, offset_min or 0)


def _moment(text: str, offset_min: int) -> datetime:
    """A moment of a NOT NULL pair of columns (``due_utc``)."""
    return from_stored(text, offset_min)


def record_break(db: peewee.SqliteDatabase, entry: BreakEntry, now: datetime) -> str:
    """Store one finished break; returns its new uid. ``now`` is aware."""
    uid = new_uid()
    stamp = utc_text(now)
    with db.atomic():
        PacingBreak.create(
            uid=uid, kind=entry.kind, outcome=entry.outcome, did_it=int(entry.did_it),
            due_utc=utc_text(entry.due), due_offset_min=offset_minutes(entry.due),
            started_utc=utc_text(entry.started) if entry.started else None,
            started_offset_min=offset_minutes(entry.started) if entry.started else None,
            ended_utc=utc_text(entry.ended) if entry.ended else None,
            ended_offset_min=offset_minutes(entry.ended) if entry.ended else None,
            day=entry.day.isoformat(), duration_s=int(entry.duration_s), exercise=entry.exercise,
            postpones=int(entry.postpones), created_utc=stamp, updated_utc=stamp)
    return uid


def _entry(row: PacingBreak) -> BreakEntry:
    return BreakEntry(row.kind, row.outcome, _moment(row.due_utc, row.due_offset_min),
                      _local(row.started_utc, row.started_offset_min),
                      _local(row.ended_utc, row.ended_offset_min), row.duration_s, bool(row.did_it),
                      row.exercise, row.postpones, row.uid)


def breaks_for_day(db: peewee.SqliteDatabase, day: date) -> list[BreakEntry]:
    """The breaks of local ``day``, in the order they came due."""
    rows = PacingBreak.select().where(PacingBreak.day == day.isoformat()).order_by(PacingBreak.due_utc, PacingBreak.id)
    return [_entry(row) for row in rows]


def save_desk_time(db: peewee.SqliteDatabase, day: date, desk_s: int, now: datetime) -> None:
    """Set (not add) the desk seconds of ``day``; the machine knows the total
    (it keeps one per day and starts a day it comes back to from
    :func:`desk_time`, so a clock set back never overwrites a day with less)."""
    stamp = utc_text(now)
    with db.atomic():
        updated = (PacingDay.update(desk_s=int(desk_s), updated_utc=stamp)
                   .where(PacingDay.day == day.isoformat()).execute())
        if not updated:
            PacingDay.create(uid=new_uid(), day=day.isoformat(), desk_s=int(desk_s),
                             created_utc=stamp, updated_utc=stamp)


def desk_time(db: peewee.SqliteDatabase, day: date) -> int:
    """Desk seconds stored for ``day`` (0 when none)."""
    row = PacingDay.get_or_none(PacingDay.day == day.isoformat())
    return row.desk_s if row is not None else 0


def day_summaries(db: peewee.SqliteDatabase, first: date, last: date) -> dict[date, DaySummary]:
    """A :class:`DaySummary` for every day from ``first`` to ``last`` (inclusive)
    that has breaks or desk time; for the tab and the charts."""
    counts: dict[str, dict[str, int]] = {}
    span = (PacingBreak.day >= first.isoformat()) & (PacingBreak.day <= last.isoformat())
    query = (PacingBreak.select(PacingBreak.day, PacingBreak.kind, PacingBreak.outcome,
                                peewee.fn.COUNT(PacingBreak.id).alias("n"))
             .where(span).group_by(PacingBreak.day, PacingBreak.kind, PacingBreak.outcome))
    for row in query.namedtuples():
        day_counts = counts.setdefault(row.day, {})
        key = "recovery" if row.kind == "recovery" and row.outcome != "skipped" else row.outcome
        day_counts[key] = day_counts.get(key, 0) + row.n
    desk = {row.day: row.desk_s for row in PacingDay.select().where(
        (PacingDay.day >= first.isoformat()) & (PacingDay.day <= last.isoformat()))}
    result = {}
    for key in sorted(set(counts) | set(desk)):
        c = counts.get(key, {})
        day = date.fromisoformat(key)
        result[day] = DaySummary(day, c.get("taken", 0), c.get("natural", 0), c.get("skipped", 0),
                                 c.get("postponed", 0), c.get("recovery", 0), desk.get(key, 0),
                                 missed=c.get("missed", 0), deferred=c.get("deferred", 0))
    return result


def day_summary(db: peewee.SqliteDatabase, day: date) -> DaySummary:
    """Today at a glance (an empty summary for a day without records)."""
    return day_summaries(db, day, day).get(day, DaySummary(day))


def streak(db: peewee.SqliteDatabase, today: date) -> int:
    """The gentle streak up to ``today`` (see :func:`gentle_streak`)."""
    return gentle_streak(day_summaries(db, today - timedelta(days=366), today), today)


_COLUMNS = ("uid", "kind", "outcome", "did_it", "due_utc", "due_offset_min", "started_utc",
            "started_offset_min", "ended_utc", "ended_offset_min", "day", "duration_s", "exercise",
            "postpones", "created_utc", "updated_utc")


def insert_breaks(db: peewee.SqliteDatabase, entries: list[BreakEntry], desk: dict[date, int],
                  now: datetime) -> None:
    """Bulk insert (demo data, imports): ``entries`` and per-day desk seconds,
    all in one transaction. Plain ``executemany``: building a year of rows
    through the query builder takes seconds, this takes milliseconds."""
    stamp = utc_text(now)
    rows = [(entry.uid or new_uid(), entry.kind, entry.outcome, int(entry.did_it),
             utc_text(entry.due), offset_minutes(entry.due),
             utc_text(entry.started) if entry.started else None,
             offset_minutes(entry.started) if entry.started else None,
             utc_text(entry.ended) if entry.ended else None,
             offset_minutes(entry.ended) if entry.ended else None,
             entry.day.isoformat(), int(entry.duration_s), entry.exercise, int(entry.postpones), stamp, stamp)
            for entry in entries]
    insert = (f"INSERT INTO pacing_break ({', '.join(_COLUMNS)}) "
              f"VALUES ({', '.join('?' * len(_COLUMNS))})")
    days = [(new_uid(), day.isoformat(), int(seconds), stamp, stamp) for day, seconds in desk.items()]
    with db.atomic():
        db.connection().executemany(insert, rows)
        db.connection().executemany(
            "INSERT INTO pacing_day (uid, day, desk_s, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day) DO UPDATE SET desk_s = excluded.desk_s, updated_utc = excluded.updated_utc", days)
