"""Red flags noticed in the journal: found by the core rules, kept once each.

A flag is stored the first time its ``event_key`` is seen and is never
raised again for that event; acknowledging it hides the banner but keeps it
for the provider report.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee

from fibro_desktop.core.instants import from_stored, local_day
from fibro_desktop.core.journal.records import RedFlag
from fibro_desktop.core.journal.red_flag_limits import LOOKBACK_DAYS
from fibro_desktop.core.journal.red_flags import find_red_flags
from fibro_desktop.store.checkins import checkins_between
from fibro_desktop.store.journal import episodes_for_rules
from fibro_desktop.store.models.journal import RedFlagModel
from fibro_desktop.store.routine import routine_adherence
from fibro_desktop.store.stamps import new_uid, utc_text


def check_red_flags(db: peewee.SqliteDatabase, now: datetime) -> list[RedFlag]:
    """Run the rules over recent history and store new flags; returns the
    flags that are new (not seen before), oldest first."""
    today = local_day(now)
    first = today - timedelta(days=LOOKBACK_DAYS)
    found = find_red_flags(episodes_for_rules(db, first, today), checkins_between(db, first, today), now,
                           routine=routine_adherence(db, first, today))
    stamp = utc_text(now)
    new: list[RedFlag] = []
    with db.atomic():
        known = {k for (k,) in RedFlagModel.select(RedFlagModel.event_key)
                 .where(RedFlagModel.event_key.in_([f.event_key for f in found])).tuples()} if found else set()
        for flag in found:
            if flag.event_key in known:
                continue
            known.add(flag.event_key)
            uid = new_uid()
            RedFlagModel.insert(uid=uid, rule=flag.rule, event_key=flag.event_key, noticed_utc=stamp,
                                day=flag.day.isoformat(), detail=flag.detail).execute()
            new.append(RedFlag(flag.rule, flag.event_key, flag.day, flag.detail, noticed=now, uid=uid))
    return new


def _from_row(row: RedFlagModel) -> RedFlag:
    noticed = from_stored(row.noticed_utc, 0)
    acknowledged = from_stored(row.acknowledged_utc, 0) if row.acknowledged_utc else None
    return RedFlag(row.rule, row.event_key, date.fromisoformat(row.day), row.detail,
                   noticed=noticed, acknowledged=acknowledged, uid=row.uid)


def open_red_flags(db: peewee.SqliteDatabase) -> list[RedFlag]:
    """Flags not yet acknowledged, oldest first."""
    query = (RedFlagModel.select().where(RedFlagModel.acknowledged_utc.is_null())
             .order_by(RedFlagModel.day, RedFlagModel.id))
    return [_from_row(r) for r in query]


def red_flags_between(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[RedFlag]:
    """Every flag (acknowledged or not) of the inclusive day range, for the report."""
    query = (RedFlagModel.select()
             .where((RedFlagModel.day >= first_day.isoformat()) & (RedFlagModel.day <= last_day.isoformat()))
             .order_by(RedFlagModel.day, RedFlagModel.id))
    return [_from_row(r) for r in query]


def acknowledge_red_flag(db: peewee.SqliteDatabase, uid: str, now: datetime) -> None:
    with db.atomic():
        RedFlagModel.update(acknowledged_utc=utc_text(now)).where(RedFlagModel.uid == uid).execute()
