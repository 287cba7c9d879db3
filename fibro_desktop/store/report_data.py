"""Read-only queries the provider report needs beyond the Charts data.

* (Tracked days, the days rates are per, are the Charts data's own:
  :func:`fibro_desktop.store.charts_data.tracked_days`, defined in
  :mod:`fibro_desktop.core.insights.tracked`.)
* Check-in triggers of each check-in day only (``checkin_trigger``), and how
  many spasm entries noted each trigger: what
  :func:`fibro_desktop.core.insights.trigger_rates.trigger_table` reads.
* Check-in stress and water, which the Charts data leaves out.
* Whether a feature (Pacing, Relax, the check-in, the medication log) was
  ever used, so the report can say "you have not used Pacing" rather than
  "not enough data yet".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from fibro_desktop.store.charts_data import table_exists


def checkin_triggers(db: peewee.SqliteDatabase, first: date, last: date) -> dict[date, frozenset[str]]:
    """Each check-in day with the triggers that check-in recorded (an empty
    set for a check-in without any)."""
    found: dict[date, set[str]] = {}
    for day, trigger in db.execute_sql(
            'SELECT c.day, t."trigger" FROM checkin c LEFT JOIN checkin_trigger t ON t.checkin_id = c.id '
            "WHERE c.day BETWEEN ? AND ?", (first.isoformat(), last.isoformat())):
        cell = found.setdefault(date.fromisoformat(day), set())
        if trigger is not None:
            cell.add(trigger)
    return {day: frozenset(triggers) for day, triggers in found.items()}


def episode_trigger_counts(db: peewee.SqliteDatabase, first: date, last: date) -> dict[str, int]:
    """For each trigger, how many spasm entries noted it."""
    rows = db.execute_sql(
        'SELECT t."trigger", COUNT(DISTINCT e.id) FROM episode e JOIN episode_trigger t ON t.episode_id = e.id '
        'WHERE e.day BETWEEN ? AND ? GROUP BY t."trigger"', (first.isoformat(), last.isoformat()))
    return {trigger: int(n) for trigger, n in rows}


@dataclass(frozen=True)
class CheckinExtras:
    """Check-in stress (0–10, 10 = worst) and glasses of water, where given."""

    stress: list[int]
    water_glasses: list[int]


def checkin_extras(db: peewee.SqliteDatabase, first: date, last: date) -> CheckinExtras:
    rows = list(db.execute_sql("SELECT stress, water_glasses FROM checkin WHERE day BETWEEN ? AND ?",
                               (first.isoformat(), last.isoformat())))
    return CheckinExtras([int(s) for s, _ in rows if s is not None], [int(w) for _, w in rows if w is not None])


def feature_ever_used(db: peewee.SqliteDatabase, table: str) -> bool:
    """Does ``table`` (``pacing_break``, ``listen``, ``checkin``,
    ``medication``) hold any row at all, in any period?"""
    return table_exists(db, table) and db.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
