"""Read-only queries the provider report needs beyond the Charts data.

* (Tracked days, the days rates are per, are the Charts data's own:
  :func:`fibro_desktop.store.charts_data.tracked_days`, defined in
  :mod:`fibro_desktop.core.insights.tracked`.)
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
