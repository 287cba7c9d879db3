"""Read-only queries for the Charts tab and the provider report.

Plain SQL aggregates (GROUP BY in SQLite, a handful of queries per period),
returning the compact tuples of :mod:`fibro_desktop.core.insights.data`;
no ORM object is built, so ten years of heavy logging stays fast.

Tables of other features (pacing's breaks, migration 3; relax's listening
log, migration 4) are looked up in ``sqlite_master`` first: when a table is
missing the matching field is ``None`` and its chart shows an empty state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from fibro_desktop.core.insights.data import BreakDay, ChartData, DoseDay, ListeningDay
from fibro_desktop.core.insights.history import BreakRow, History, ListeningRow
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.tracked import TRACKING_RECORDS


class _Days:
    """Turns ``YYYY-MM-DD`` text into ``date`` once per distinct day (a big
    period has far fewer days than rows)."""

    def __init__(self) -> None:
        self._cache: dict[str, date] = {}

    def __call__(self, text: str) -> date:
        day = self._cache.get(text)
        if day is None:
            day = self._cache[text] = date.fromisoformat(text)
        return day


def table_exists(db: peewee.SqliteDatabase, name: str) -> bool:
    row = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def recorded_range(db: peewee.SqliteDatabase) -> tuple[date, date] | None:
    """First and last day with an episode or a check-in, or ``None``."""
    row = db.execute_sql(
        "SELECT MIN(d), MAX(d) FROM (SELECT MIN(day) AS d FROM episode UNION ALL SELECT MAX(day) FROM episode "
        "UNION ALL SELECT MIN(day) FROM checkin UNION ALL SELECT MAX(day) FROM checkin)").fetchone()
    if not row or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def tracked_days(db: peewee.SqliteDatabase, first: date, last: date) -> set[date]:
    """Days from ``first`` to ``last`` (inclusive) with a record the person
    made themselves (:mod:`fibro_desktop.core.insights.tracked`): the one
    query the Charts tab and the report both count tracked days with."""
    parts: list[str] = []
    values: list[str | int] = []
    for record in TRACKING_RECORDS:
        if not table_exists(db, record.table):
            continue
        where = "day BETWEEN ? AND ?"
        values += [first.isoformat(), last.isoformat()]
        if record.only is not None:
            column, allowed = record.only
            where += f" AND {column} IN ({', '.join('?' * len(allowed))})"
            values += list(allowed)
        if record.at_least is not None:
            column, minimum = record.at_least
            where += f" AND {column} >= ?"
            values.append(minimum)
        parts.append(f"SELECT day FROM {record.table} WHERE {where}")
    if not parts:
        return set()
    return {date.fromisoformat(d) for (d,) in db.execute_sql(" UNION ".join(parts), values)}


def read_history(db: peewee.SqliteDatabase, first: date, last: date) -> History:
    """The compact rows of the days ``first`` to ``last`` (inclusive), with
    one aggregate query per kind of row."""
    span = (first.isoformat(), last.isoformat())
    days = _Days()
    sql = db.execute_sql
    history = History(first, last)
    # Local hour from the stored UTC time and that moment's own offset, in
    # integer SQL (cheaper than strftime on 40,000 rows); +1440 keeps it positive.
    history.episodes = [(days(d), i, dur, rec, kind, hour) for d, i, dur, rec, kind, hour in sql(
        "SELECT day, intensity, duration_s, recovery_s, kind, "
        "((CAST(substr(started_utc, 12, 2) AS INTEGER) * 60 + CAST(substr(started_utc, 15, 2) AS INTEGER) "
        "+ started_offset_min + 1440) / 60) % 24 "
        "FROM episode WHERE day BETWEEN ? AND ? ORDER BY day", span)]
    history.muscles = [(days(d), m, s, n) for d, m, s, n in sql(
        "SELECT e.day, m.muscle, m.side, COUNT(*) FROM episode e JOIN episode_muscle m ON m.episode_id = e.id "
        "WHERE e.day BETWEEN ? AND ? GROUP BY e.day, m.muscle, m.side ORDER BY e.day", span)]
    history.checkins = [(days(r[0]), *r[1:]) for r in sql(
        "SELECT day, sleep_quality, sleep_hours, mood, energy, mobility, overall_pain FROM checkin "
        "WHERE day BETWEEN ? AND ? ORDER BY day", span)]
    history.doses = [DoseDay(days(d), name, n) for d, name, n in sql(
        "SELECT d.day, m.name, COUNT(*) FROM dose d JOIN medication m ON m.id = d.medication_id "
        "WHERE d.day BETWEEN ? AND ? AND d.status = 'taken' GROUP BY d.day, m.id ORDER BY d.day, m.name", span)]
    # Check-in triggers alone are exposure; those noted on spasm entries are
    # only counted (a trigger noted on a spasm always comes with one).
    history.triggers = [(days(d), t) for d, t in sql(
        'SELECT DISTINCT c.day, t."trigger" FROM checkin_trigger t JOIN checkin c ON c.id = t.checkin_id '
        "WHERE c.day BETWEEN ? AND ? ORDER BY 1, 2", span)]
    history.episode_triggers = [(days(d), t, n) for d, t, n in sql(
        'SELECT e.day, t."trigger", COUNT(DISTINCT e.id) FROM episode e '
        "JOIN episode_trigger t ON t.episode_id = e.id WHERE e.day BETWEEN ? AND ? "
        'GROUP BY e.day, t."trigger" ORDER BY e.day', span)]
    history.reliefs = [(days(d), *rest) for d, *rest in sql(
        "SELECT e.day, r.relief, r.helped, r.minutes_to_relief, COUNT(*) FROM episode e "
        "JOIN episode_relief r ON r.episode_id = e.id WHERE e.day BETWEEN ? AND ? "
        "GROUP BY e.day, r.relief, r.helped, r.minutes_to_relief ORDER BY e.day", span)]
    history.breaks = _breaks(db, span, days)
    history.listening = _listening(db, span, days)
    history.record_days = [(day,) for day in sorted(tracked_days(db, first, last))]
    return history


def load_chart_data(db: peewee.SqliteDatabase, period: Period) -> ChartData:
    """Everything the charts and insights need for ``period`` (inclusive days)."""
    return read_history(db, period.first, period.last).chart_data(period)


def _breaks(db: peewee.SqliteDatabase, span: tuple[str, str], days: _Days) -> list[BreakRow] | None:
    """Breaks rested of due per day (``pacing_break``, migration 3), or
    ``None`` without that table.

    The Pacing tab's own definitions (``core.pacing.record.DaySummary``):
    rested = taken + natural; due = taken + natural + skipped + missed (a
    postponed or deferred break comes back and is counted when settled); a
    "spasm now" recovery break was never due, unless it was skipped.
    """
    if not table_exists(db, "pacing_break"):
        return None
    rows = db.execute_sql(
        "SELECT day, "
        "SUM(outcome IN ('taken', 'natural') AND kind != 'recovery'), "
        "SUM((outcome IN ('taken', 'natural') AND kind != 'recovery') OR outcome IN ('skipped', 'missed')) "
        "FROM pacing_break WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day", span)
    return [(days(d), BreakDay(int(taken), int(due))) for d, taken, due in rows if due]


def _listening(db: peewee.SqliteDatabase, span: tuple[str, str], days: _Days) -> list[ListeningRow] | None:
    """Minutes listened and tension change per day (``listen``, migration 4),
    or ``None`` without that table. The drop is before minus after, over the
    sessions where both were given."""
    if not table_exists(db, "listen"):
        return None
    both = "tension_before IS NOT NULL AND tension_after IS NOT NULL"
    rows = db.execute_sql(
        f"SELECT day, SUM(listened_s), COUNT(*), SUM(CASE WHEN {both} THEN tension_before - tension_after END), "
        f"SUM({both}) FROM listen WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day", span)
    return [(days(d), ListeningDay((s or 0) / 60, int(n), float(drop or 0), int(rated or 0)))
            for d, s, n, drop, rated in rows]


@dataclass(frozen=True)
class MedicationSummary:
    """One medication or supplement over a period, for the report."""

    name: str
    usual_amount: str
    days_taken: int
    doses_taken: int
    doses_skipped: int
    first_day: date | None
    last_day: date | None
    helped: int
    helped_a_little: int
    did_not_help: int
    side_effects: tuple[str, ...]


def medication_summaries(db: peewee.SqliteDatabase, period: Period) -> list[MedicationSummary]:
    """Per medication with a dose in the period: counts, first and last day,
    how it went, and the distinct side effects written (at most 5)."""
    span = (period.first.isoformat(), period.last.isoformat())
    rows = db.execute_sql(
        "SELECT m.id, m.name, m.usual_amount, "
        "COUNT(DISTINCT CASE WHEN d.status = 'taken' THEN d.day END), "
        "SUM(d.status = 'taken'), SUM(d.status = 'skipped'), MIN(d.day), MAX(d.day), "
        "SUM(d.helped = 'yes'), SUM(d.helped = 'a_little'), SUM(d.helped = 'no') "
        "FROM dose d JOIN medication m ON m.id = d.medication_id WHERE d.day BETWEEN ? AND ? "
        "GROUP BY m.id ORDER BY m.name", span).fetchall()
    summaries = []
    for med_id, name, usual, days_taken, taken, skipped, first, last, yes, little, no in rows:
        effects = tuple(r[0] for r in db.execute_sql(
            "SELECT DISTINCT side_effects FROM dose WHERE medication_id = ? AND day BETWEEN ? AND ? "
            "AND side_effects != '' ORDER BY side_effects LIMIT 5", (med_id, *span)))
        summaries.append(MedicationSummary(
            name, usual, int(days_taken or 0), int(taken or 0), int(skipped or 0),
            date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None,
            int(yes or 0), int(little or 0), int(no or 0), effects))
    return summaries
