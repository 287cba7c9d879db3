"""Daily check-ins: one per local day, with that day's candidate triggers and
any warning signs noted."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import CheckIn
from fibro_desktop.core.journal.validation import InvalidEntry, clean_checkin, validate_checkin
from fibro_desktop.store.journal import own_range
from fibro_desktop.store.models.journal import CheckInModel, CheckInTriggerModel, CheckInWarningModel
from fibro_desktop.store.stamps import new_uid, utc_text

_VALUE_FIELDS = [f.name for f in fields(CheckIn) if f.name not in ("day", "triggers", "warnings", "uid")]


def save_checkin(db: peewee.SqliteDatabase, checkin: CheckIn, now: datetime) -> CheckIn:
    """Store ``checkin`` as the one check-in of its day (replacing an earlier
    one of that day). Raises :class:`InvalidEntry` and writes nothing when it
    is not valid; ``now`` is aware local time."""
    checkin = clean_checkin(checkin)
    errors = validate_checkin(checkin, local_day(now))
    if errors:
        raise InvalidEntry(errors)
    stamp = utc_text(now)
    values = {name: getattr(checkin, name) for name in _VALUE_FIELDS}
    with db.atomic():
        row = CheckInModel.get_or_none(CheckInModel.day == checkin.day.isoformat())
        if row is None:
            uid = checkin.uid or new_uid()
            row_id = CheckInModel.insert(uid=uid, day=checkin.day.isoformat(), created_utc=stamp,
                                         updated_utc=stamp, **values).execute()
        else:
            uid, row_id = row.uid, row.id
            CheckInModel.update(updated_utc=stamp, **values).where(CheckInModel.id == row_id).execute()
            CheckInTriggerModel.delete().where(CheckInTriggerModel.checkin == row_id).execute()
            CheckInWarningModel.delete().where(CheckInWarningModel.checkin == row_id).execute()
        _insert_children(row_id, checkin)
    return replace(checkin, uid=uid)


def _insert_children(row_id: int, checkin: CheckIn) -> None:
    if checkin.triggers:
        CheckInTriggerModel.insert_many(
            [{"checkin": row_id, "trigger": t} for t in sorted(checkin.triggers)]).execute()
    if checkin.warnings:
        CheckInWarningModel.insert_many(
            [{"checkin": row_id, "symptom": w} for w in sorted(checkin.warnings)]).execute()


def checkin_for_day(db: peewee.SqliteDatabase, day: date) -> CheckIn | None:
    """The check-in of local ``day``, or ``None`` if there is none."""
    row = CheckInModel.get_or_none(CheckInModel.day == day.isoformat())
    return _from_row(row) if row is not None else None


def checkins_between(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[CheckIn]:
    """Check-ins of the inclusive range of days, oldest first."""
    rows = (CheckInModel.select()
            .where((CheckInModel.day >= first_day.isoformat()) & (CheckInModel.day <= last_day.isoformat()))
            .order_by(CheckInModel.day))
    return [_from_row(row) for row in rows]


def _from_row(row: CheckInModel) -> CheckIn:
    triggers = frozenset(t.trigger for t in
                         CheckInTriggerModel.select().where(CheckInTriggerModel.checkin == row.id))
    warnings = frozenset(w.symptom for w in
                         CheckInWarningModel.select().where(CheckInWarningModel.checkin == row.id))
    return CheckIn(day=date.fromisoformat(row.day), triggers=triggers, warnings=warnings, uid=row.uid,
                   **{name: getattr(row, name) for name in _VALUE_FIELDS})


def insert_checkins(db: peewee.SqliteDatabase, checkins: list[CheckIn], now: datetime) -> None:
    """Insert many new, valid check-ins with uids in one transaction (demo data).

    Only the columns the file has are written, so demo data can also fill a
    file of an older schema (the migration tests upgrade one)."""
    stamp = utc_text(now)
    present = {column.name for column in db.get_columns("checkin")}
    names = [name for name in _VALUE_FIELDS if name in present]
    with db.atomic():
        for checkin in checkins:
            row_id = CheckInModel.insert(
                uid=checkin.uid, day=checkin.day.isoformat(), created_utc=stamp, updated_utc=stamp,
                **{name: getattr(checkin, name) for name in names}).execute()
            _insert_children(row_id, checkin)


def used_own_triggers(db: peewee.SqliteDatabase) -> list[str]:
    """The user's own triggers (``own:`` ids) ticked on any check-in so far,
    sorted, so the check-in can offer them again as one-tap toggles."""
    return sorted({t for (t,) in CheckInTriggerModel.select(CheckInTriggerModel.trigger)
                   .where(own_range(CheckInTriggerModel.trigger)).distinct().tuples()})
