"""Read-only queries for the Charts tab and the provider report.

Plain SQL aggregates (GROUP BY in SQLite, a handful of queries per period),
returning the compact tuples of :mod:`fibro_desktop.core.insights.data`;
no ORM object is built, so ten years of heavy logging stays fast.

Tables of features built separately (pacing's breaks, relax's listening
log) are looked up in ``sqlite_master`` first: when a table is missing the
matching field is ``None`` and its chart shows an empty state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from fibro_desktop.core.insights.data import BreakDay, ChartData, DoseDay, ListeningDay
from fibro_desktop.core.insights.periods import Period

#: Break outcomes that count as a break taken (natural = time away counted as one).
TAKEN_OUTCOMES = ("taken", "natural", "done")
_BREAK_TABLES = ("pacing_break", "break_record", "break_log", "breaks", "break")
_LISTENING_TABLES = ("listening_session", "listening_log", "listening", "relax_session", "session_log")


class _Days:
    """Turns ``YYYY-MM-DD`` text into ``date`` once per distinct day (a big
    period has far fewer days than rows)."""

    def __init__(self):
        self._cache: dict[str, date] = {}

    def __call__(self, text: str) -> date:
        day = self._cache.get(text)
        if day is None:
            day = self._cache[text] = date.fromisoformat(text)
        return day


def table_exists(db: peewee.SqliteDatabase, name: str) -> bool:
    row = db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def _columns(db: peewee.SqliteDatabase, table: str) -> set[str]:
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}


def _first_table(db: peewee.SqliteDatabase, names: tuple[str, ...]) -> str | None:
    return next((n for n in names if table_exists(db, n)), None)


def _pick(columns: set[str], *names: str) -> str | None:
    return next((n for n in names if n in columns), None)


def recorded_range(db: peewee.SqliteDatabase) -> tuple[date, date] | None:
    """First and last day with an episode or a check-in, or ``None``."""
    row = db.execute_sql(
        "SELECT MIN(d), MAX(d) FROM (SELECT MIN(day) AS d FROM episode UNION ALL SELECT MAX(day) FROM episode "
        "UNION ALL SELECT MIN(day) FROM checkin UNION ALL SELECT MAX(day) FROM checkin)").fetchone()
    if not row or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def load_chart_data(db: peewee.SqliteDatabase, period: Period) -> ChartData:
    """Everything the charts and insights need for ``period`` (inclusive days)."""
    first, last = period.first.isoformat(), period.last.isoformat()
    span = (first, last)
    days = _Days()
    data = ChartData(period)
    sql = db.execute_sql
    data.episodes_per_day = {days(d): n for d, n in sql(
        "SELECT day, COUNT(*) FROM episode WHERE day BETWEEN ? AND ? GROUP BY day", span)}
    data.episodes = [(days(d), i, dur, rec) for d, i, dur, rec in sql(
        "SELECT day, intensity, duration_s, recovery_s FROM episode WHERE day BETWEEN ? AND ? ORDER BY day", span)]
    # Local hour from the stored UTC time and that moment's own offset;
    # weekday from the local day (SQLite: 0 = Sunday, we use 0 = Monday).
    for weekday, hour, n in sql(
            "SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7, "
            "CAST(strftime('%H', started_utc, started_offset_min || ' minutes') AS INTEGER), COUNT(*) "
            "FROM episode WHERE day BETWEEN ? AND ? GROUP BY 1, 2", span):
        data.when[weekday][hour] = n
    data.muscles = {(m, s): n for m, s, n in sql(
        "SELECT m.muscle, m.side, COUNT(*) FROM episode_muscle m JOIN episode e ON e.id = m.episode_id "
        "WHERE e.day BETWEEN ? AND ? GROUP BY m.muscle, m.side", span)}
    data.kinds = dict(sql("SELECT kind, COUNT(*) FROM episode WHERE day BETWEEN ? AND ? GROUP BY kind", span))
    data.checkins = [(days(r[0]), *r[1:]) for r in sql(
        "SELECT day, sleep_quality, sleep_hours, mood, energy, mobility, overall_pain FROM checkin "
        "WHERE day BETWEEN ? AND ? ORDER BY day", span)]
    data.doses = [DoseDay(days(d), name, n) for d, name, n in sql(
        "SELECT d.day, m.name, COUNT(*) FROM dose d JOIN medication m ON m.id = d.medication_id "
        "WHERE d.day BETWEEN ? AND ? AND d.status = 'taken' GROUP BY d.day, m.id ORDER BY d.day, m.name", span)]
    data.trigger_days = [(days(d), t) for d, t in sql(
        'SELECT c.day, t."trigger" FROM checkin_trigger t JOIN checkin c ON c.id = t.checkin_id '
        "WHERE c.day BETWEEN ? AND ? "
        'UNION SELECT e.day, t."trigger" FROM episode_trigger t JOIN episode e ON e.id = t.episode_id '
        "WHERE e.day BETWEEN ? AND ?", span + span)]
    data.reliefs = [tuple(r) for r in sql(
        "SELECT r.relief, r.helped, r.minutes_to_relief, COUNT(*) FROM episode_relief r "
        "JOIN episode e ON e.id = r.episode_id WHERE e.day BETWEEN ? AND ? "
        "GROUP BY r.relief, r.helped, r.minutes_to_relief", span)]
    data.breaks = _breaks(db, span, days)
    data.listening = _listening(db, span, days)
    return data


def _breaks(db: peewee.SqliteDatabase, span: tuple[str, str], days: _Days) -> dict[date, BreakDay] | None:
    """Breaks taken of due per day, or ``None`` without a pacing table."""
    table = _first_table(db, _BREAK_TABLES)
    if table is None:
        return None
    columns = _columns(db, table)
    outcome = _pick(columns, "outcome", "status", "result")
    if "day" not in columns or outcome is None:
        return None
    marks = ", ".join("?" for _ in TAKEN_OUTCOMES)
    rows = db.execute_sql(
        f'SELECT day, SUM(CASE WHEN "{outcome}" IN ({marks}) THEN 1 ELSE 0 END), COUNT(*) '
        f'FROM "{table}" WHERE day BETWEEN ? AND ? GROUP BY day', (*TAKEN_OUTCOMES, *span))
    return {days(d): BreakDay(int(taken), int(due)) for d, taken, due in rows}


def _listening(db: peewee.SqliteDatabase, span: tuple[str, str], days: _Days) -> dict[date, ListeningDay] | None:
    """Minutes listened and tension change per day, or ``None`` without a listening table."""
    table = _first_table(db, _LISTENING_TABLES)
    if table is None:
        return None
    columns = _columns(db, table)
    seconds = _pick(columns, "listened_s", "seconds_listened", "played_s", "duration_s")
    before = _pick(columns, "tension_before", "before_tension")
    after = _pick(columns, "tension_after", "after_tension")
    if "day" not in columns or seconds is None:
        return None
    if before and after:
        change = (f'SUM(CASE WHEN "{before}" IS NOT NULL AND "{after}" IS NOT NULL '
                  f'THEN "{before}" - "{after}" ELSE 0 END), '
                  f'SUM(CASE WHEN "{before}" IS NOT NULL AND "{after}" IS NOT NULL THEN 1 ELSE 0 END)')
    else:
        change = "0, 0"
    rows = db.execute_sql(f'SELECT day, SUM("{seconds}"), COUNT(*), {change} FROM "{table}" '
                          f"WHERE day BETWEEN ? AND ? GROUP BY day", span)
    return {days(d): ListeningDay((s or 0) / 60, int(n), float(drop or 0), int(rated or 0))
            for d, s, n, drop, rated in rows}


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
