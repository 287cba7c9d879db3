"""Queries of the daily prevention routine: its items and each day's amounts.

Items are archived, never deleted, so past days keep their meaning. Each
``routine_entry`` row stores the amount done on one local day and the
item's target on that day. Only today and yesterday may be changed
(``check_day``), except by the demo generator.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import peewee

from fibro_desktop.core.instants import local_day
from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.days import is_editable
from fibro_desktop.core.toolkit.routine import (
    Adherence,
    RoutineDay,
    RoutineItem,
    RoutineKind,
    RoutineLine,
    build_day,
    clamp_amount,
    routine_kind,
)
from fibro_desktop.store.models.toolkit import RoutineEntryRow, RoutineItemRow
from fibro_desktop.store.stamps import day_text, new_uid, offset_minutes, utc_text


class DayNotEditable(ValueError):
    """Raised when writing a day other than today or yesterday."""


def _item(row: RoutineItemRow) -> RoutineItem:
    return RoutineItem(id=row.id, uid=row.uid, name=row.name, target=row.target, kind=routine_kind(row.kind),
                       position=row.position, archived=bool(row.archived))


def list_routine_items(db: peewee.SqliteDatabase, *, include_archived: bool = False) -> list[RoutineItem]:
    query = RoutineItemRow.select().order_by(RoutineItemRow.archived, RoutineItemRow.position, RoutineItemRow.id)
    if not include_archived:
        query = query.where(RoutineItemRow.archived == 0)
    return [_item(row) for row in query]


def add_routine_item(db: peewee.SqliteDatabase, now: datetime, name: str, *, target: int = 1,
                     kind: RoutineKind | None = None) -> RoutineItem:
    """Add an item at the end; ``target`` ≥ 1. Raises ``InvalidInput``."""
    name = v.require_name(name)
    target = v.require_count(target, "target", allow_empty=False, minimum=1)
    with db.atomic():
        last = RoutineItemRow.select(peewee.fn.MAX(RoutineItemRow.position)).scalar()
        stamp = utc_text(now)
        row = RoutineItemRow.create(uid=new_uid(), kind=kind, name=name, target=target,
                                    position=(last + 1 if last is not None else 0),
                                    created_utc=stamp, updated_utc=stamp)
    return _item(row)


def update_routine_item(db: peewee.SqliteDatabase, now: datetime, item_id: int, *, name: str | None = None,
                        target: int | None = None) -> RoutineItem:
    """Rename an item and/or change its daily target (≥ 1)."""
    changes: dict[str, str | int] = {}
    if name is not None:
        changes["name"] = v.require_name(name)
    if target is not None:
        changes["target"] = v.require_count(target, "target", allow_empty=False, minimum=1)
    with db.atomic():
        row = RoutineItemRow.get_by_id(item_id)
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_utc = utc_text(now)
        row.save()
    return _item(row)


def archive_routine_item(db: peewee.SqliteDatabase, now: datetime, item_id: int, archived: bool = True) -> None:
    """Remove an item from the daily list (kept for history) or bring it back."""
    with db.atomic():
        RoutineItemRow.update(archived=int(archived), updated_utc=utc_text(now)).where(
            RoutineItemRow.id == item_id).execute()


def set_routine_order(db: peewee.SqliteDatabase, now: datetime, item_ids: Sequence[int]) -> None:
    with db.atomic():
        stamp = utc_text(now)
        for position, item_id in enumerate(item_ids):
            RoutineItemRow.update(position=position, updated_utc=stamp).where(
                RoutineItemRow.id == item_id).execute()


def routine_day(db: peewee.SqliteDatabase, day: date) -> RoutineDay:
    """The active items in order with the amounts done on local ``day``."""
    amounts = {row.routine_item_id: row.amount for row in
               RoutineEntryRow.select().where(RoutineEntryRow.day == day_text(day))}
    return build_day(day, list_routine_items(db), amounts)


def _write_amount(row_item: RoutineItemRow, now: datetime, day: date, amount: int) -> int:
    amount = clamp_amount(amount)
    RoutineEntryRow.insert(routine_item=row_item.id, day=day_text(day), amount=amount, target=row_item.target,
                           updated_utc=utc_text(now), updated_offset_min=offset_minutes(now)).on_conflict(
        conflict_target=[RoutineEntryRow.routine_item, RoutineEntryRow.day],
        update={RoutineEntryRow.amount: amount, RoutineEntryRow.target: row_item.target,
                RoutineEntryRow.updated_utc: utc_text(now),
                RoutineEntryRow.updated_offset_min: offset_minutes(now)}).execute()
    return amount


def set_routine_amount(db: peewee.SqliteDatabase, now: datetime, item_id: int, day: date, amount: int, *,
                       check_day: bool = True) -> RoutineLine:
    """Set the amount done for an item on ``day`` (0 clears a tick).

    Raises :class:`DayNotEditable` unless ``day`` is today or yesterday at
    ``now`` (the demo passes ``check_day=False``).
    """
    if check_day and not is_editable(day, now):
        raise DayNotEditable(day.isoformat())
    with db.atomic():
        item = RoutineItemRow.get_by_id(item_id)
        amount = _write_amount(item, now, day, amount)
    return RoutineLine(_item(item), amount)


def add_routine_progress(db: peewee.SqliteDatabase, now: datetime, kind: str,
                         amount: int = 1) -> RoutineLine | None:
    """Add ``amount`` to today's count of the first active item of ``kind``
    (e.g. ``water`` after a glass logged elsewhere). Returns the new line,
    or ``None`` when the person has no such item (then nothing is written)."""
    day = local_day(now)
    with db.atomic():
        item = (RoutineItemRow.select().where((RoutineItemRow.kind == kind) & (RoutineItemRow.archived == 0))
                .order_by(RoutineItemRow.position, RoutineItemRow.id).first())
        if item is None:
            return None
        entry = RoutineEntryRow.get_or_none((RoutineEntryRow.routine_item == item.id)
                                            & (RoutineEntryRow.day == day_text(day)))
        total = _write_amount(item, now, day, (entry.amount if entry else 0) + amount)
    return RoutineLine(_item(item), total)


def line_of_kind(db: peewee.SqliteDatabase, kind: str, day: date) -> RoutineLine | None:
    """The first active item of ``kind`` with its amount on ``day``, or ``None``."""
    return routine_day(db, day).line_for_kind(kind)


def add_stretch_progress(db: peewee.SqliteDatabase, now: datetime, kinds: Sequence[str]) -> RoutineLine | None:
    """A stretch done elsewhere ticks the first item of ``kinds`` not yet
    done today (the morning stretch, else the evening one); ``None`` when
    there is none left to tick (nothing is written)."""
    day = local_day(now)
    routine = routine_day(db, day)
    for kind in kinds:
        line = routine.line_for_kind(kind)
        if line is not None and not line.done:
            with db.atomic():
                return set_routine_amount(db, now, line.item.id, day, line.amount + 1)
    return None


def routine_adherence(db: peewee.SqliteDatabase, start: date, end: date) -> list[Adherence]:
    """Per day from ``start`` to ``end`` (inclusive) with any entry: items
    done (amount reached that day's target) of the items active now plus
    any archived item that has an entry that day (for the charts)."""
    active = {row.id for row in RoutineItemRow.select(RoutineItemRow.id).where(RoutineItemRow.archived == 0)}
    per_day: dict[str, tuple[set[int], int]] = {}
    query = RoutineEntryRow.select().where(RoutineEntryRow.day.between(day_text(start), day_text(end)))
    for row in query:
        seen, done = per_day.get(row.day, (set(), 0))
        seen.add(row.routine_item_id)
        per_day[row.day] = (seen, done + (1 if row.amount >= row.target else 0))
    return [Adherence(date.fromisoformat(day), done, len(active | seen))
            for day, (seen, done) in sorted(per_day.items())]
