"""Queries of the personal rescue kit, and seeding of the Toolkit defaults.

Every function that writes runs in one ``db.atomic()`` transaction and
returns core dataclasses (never models). Ordering is by ``position`` then
``id``; :func:`set_kit_order` rewrites positions from a list of ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

import peewee

from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.kit import KitDefault, KitItem, KitReadiness
from fibro_desktop.core.toolkit.rescue import StepDefault
from fibro_desktop.core.toolkit.routine import RoutineDefault
from fibro_desktop.store.meta import get_meta, set_meta
from fibro_desktop.store.models.toolkit import KitItemRow, KitReadyRow, RescueStepRow, RoutineItemRow
from fibro_desktop.store.stamps import day_text, new_uid, offset_minutes, utc_text

#: ``app_meta`` key set once the defaults have been written; they are never
#: written again, so an upgrade cannot undo a person's edits or deletions.
SEEDED_META_KEY = "toolkit_defaults_seeded"


def seed_defaults(db: peewee.SqliteDatabase, now: datetime, *, kit: Sequence[KitDefault],
                  routine: Sequence[RoutineDefault], plan: Sequence[StepDefault]) -> bool:
    """Write the default kit, routine and plan, once ever; True if written.

    The caller passes the defaults already translated (names are stored as
    text the person can then rename).
    """
    with db.atomic():
        if get_meta(db, SEEDED_META_KEY):
            return False
        stamp = utc_text(now)
        for position, item in enumerate(kit):
            KitItemRow.create(uid=new_uid(), name=item.name, location=item.location, note=item.note,
                              position=position, default_key=item.key, created_utc=stamp, updated_utc=stamp)
        for position, line in enumerate(routine):
            RoutineItemRow.create(uid=new_uid(), kind=line.kind, name=line.name, target=line.target,
                                  position=position, created_utc=stamp, updated_utc=stamp)
        for position, step in enumerate(plan):
            RescueStepRow.create(uid=new_uid(), relief=step.relief, title=step.title, how_to=step.how_to,
                                 position=position, created_utc=stamp, updated_utc=stamp)
        set_meta(db, SEEDED_META_KEY, now.isoformat(), now)
    return True


def _item(row: KitItemRow) -> KitItem:
    return KitItem(id=row.id, uid=row.uid, name=row.name, location=row.location, note=row.note,
                   quantity=row.quantity, restock_below=row.restock_below, archived=bool(row.archived),
                   position=row.position, default_key=row.default_key)


def list_kit_items(db: peewee.SqliteDatabase, *, include_archived: bool = False) -> list[KitItem]:
    """Kit items in the person's order (active ones only unless asked)."""
    query = KitItemRow.select().order_by(KitItemRow.archived, KitItemRow.position, KitItemRow.id)
    if not include_archived:
        query = query.where(KitItemRow.archived == 0)
    return [_item(row) for row in query]


def get_kit_item(db: peewee.SqliteDatabase, item_id: int) -> KitItem | None:
    row = KitItemRow.get_or_none(KitItemRow.id == item_id)
    return _item(row) if row is not None else None


def _check_counts(quantity: int | None, restock_below: int | None) -> tuple[int | None, int | None]:
    return (v.require_count(quantity, "quantity"), v.require_count(restock_below, "restock_below"))


def add_kit_item(db: peewee.SqliteDatabase, now: datetime, name: str, *, location: str = "",
                 note: str = "", quantity: int | None = None, restock_below: int | None = None) -> KitItem:
    """Add an item at the end of the list. Raises ``InvalidInput`` for an
    empty or too long name, or a negative count; nothing is written then."""
    name = v.require_name(name)
    location = v.require_note(location, "location")
    note = v.require_note(note)
    quantity, restock_below = _check_counts(quantity, restock_below)
    with db.atomic():
        last = KitItemRow.select(peewee.fn.MAX(KitItemRow.position)).scalar()
        stamp = utc_text(now)
        row = KitItemRow.create(uid=new_uid(), name=name, location=location, note=note, quantity=quantity,
                                restock_below=restock_below, position=(last + 1 if last is not None else 0),
                                created_utc=stamp, updated_utc=stamp)
    return _item(row)


class _Unset(Enum):
    """The type of :data:`_UNSET`: a field :func:`update_kit_item` leaves as it is."""

    UNSET = "unset"


_UNSET = _Unset.UNSET


def update_kit_item(db: peewee.SqliteDatabase, now: datetime, item_id: int, *, name: str | _Unset = _UNSET,
                    location: str | _Unset = _UNSET, note: str | _Unset = _UNSET,
                    quantity: int | None | _Unset = _UNSET, restock_below: int | None | _Unset = _UNSET) -> KitItem:
    """Change the given fields of an item (others untouched); validated as
    in :func:`add_kit_item`. ``quantity=None`` stops counting."""
    changes: dict[str, str | int | None] = {}
    if name is not _UNSET:
        changes["name"] = v.require_name(name)
    if location is not _UNSET:
        changes["location"] = v.require_note(location, "location")
    if note is not _UNSET:
        changes["note"] = v.require_note(note)
    if quantity is not _UNSET:
        changes["quantity"] = v.require_count(quantity, "quantity")
    if restock_below is not _UNSET:
        changes["restock_below"] = v.require_count(restock_below, "restock_below")
    with db.atomic():
        row = KitItemRow.get_by_id(item_id)
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_utc = utc_text(now)
        row.save()
    return _item(row)


def set_kit_order(db: peewee.SqliteDatabase, now: datetime, item_ids: Sequence[int]) -> None:
    """Put the items in the order of ``item_ids`` (positions 0, 1, 2…)."""
    with db.atomic():
        stamp = utc_text(now)
        for position, item_id in enumerate(item_ids):
            KitItemRow.update(position=position, updated_utc=stamp).where(KitItemRow.id == item_id).execute()


def archive_kit_item(db: peewee.SqliteDatabase, now: datetime, item_id: int,
                     archived: bool = True) -> KitItem | None:
    """Hide an item from the checklist (its history stays) or bring it back;
    the item, or ``None`` if there is no item ``item_id``."""
    with db.atomic():
        KitItemRow.update(archived=int(archived), updated_utc=utc_text(now)).where(
            KitItemRow.id == item_id).execute()
    return get_kit_item(db, item_id)


@dataclass(frozen=True)
class DeletedKitItem:
    """Everything needed to undo a delete: the item and its ready days as
    (day, ready_utc, ready_offset_min)."""

    item: KitItem
    created_utc: str
    ready: tuple[tuple[str, str, int], ...]


def delete_kit_item(db: peewee.SqliteDatabase, item_id: int) -> DeletedKitItem:
    """Delete an item and its history; return a snapshot for :func:`restore_kit_item`."""
    with db.atomic():
        row = KitItemRow.get_by_id(item_id)
        ready = tuple((r.day, r.ready_utc, r.ready_offset_min)
                      for r in KitReadyRow.select().where(KitReadyRow.kit_item == item_id).order_by(KitReadyRow.day))
        snapshot = DeletedKitItem(_item(row), row.created_utc, ready)
        row.delete_instance()  # kit_ready rows go with it (ON DELETE CASCADE)
    return snapshot


def restore_kit_item(db: peewee.SqliteDatabase, now: datetime, snapshot: DeletedKitItem) -> KitItem:
    """Undo :func:`delete_kit_item`: same id, uid, place and history."""
    item = snapshot.item
    with db.atomic():
        KitItemRow.insert(id=item.id, uid=item.uid, name=item.name, location=item.location, note=item.note,
                          quantity=item.quantity, restock_below=item.restock_below, archived=int(item.archived),
                          position=item.position, default_key=item.default_key,
                          created_utc=snapshot.created_utc, updated_utc=utc_text(now)).execute()
        for day, ready_utc, offset in snapshot.ready:
            KitReadyRow.insert(kit_item=item.id, day=day, ready_utc=ready_utc, ready_offset_min=offset).execute()
    return _item(KitItemRow.get_by_id(item.id))  # just inserted


def set_ready(db: peewee.SqliteDatabase, now: datetime, item_id: int, day: date, ready: bool) -> None:
    """Tick or untick "ready" for ``item_id`` on local ``day`` (idempotent)."""
    with db.atomic():
        existing = KitReadyRow.select().where((KitReadyRow.kit_item == item_id) & (KitReadyRow.day == day_text(day)))
        if ready and not existing.exists():
            KitReadyRow.create(kit_item=item_id, day=day_text(day), ready_utc=utc_text(now),
                               ready_offset_min=offset_minutes(now))
        elif not ready:
            KitReadyRow.delete().where((KitReadyRow.kit_item == item_id)
                                       & (KitReadyRow.day == day_text(day))).execute()


def ready_item_ids(db: peewee.SqliteDatabase, day: date) -> set[int]:
    """Ids of the items ticked ready on local ``day`` (a new day starts empty)."""
    return {row.kit_item_id for row in KitReadyRow.select(KitReadyRow.kit_item).where(KitReadyRow.day == day_text(day))}


def kit_readiness(db: peewee.SqliteDatabase, start: date, end: date) -> list[KitReadiness]:
    """Per day from ``start`` to ``end`` (inclusive) that has any tick: how
    many items were ready, of the items active now (for the charts)."""
    total = KitItemRow.select().where(KitItemRow.archived == 0).count()
    query = (KitReadyRow.select(KitReadyRow.day, peewee.fn.COUNT(KitReadyRow.id).alias("n"))
             .where(KitReadyRow.day.between(day_text(start), day_text(end)))
             .group_by(KitReadyRow.day).order_by(KitReadyRow.day))
    return [KitReadiness(date.fromisoformat(row.day), row.n, max(total, row.n)) for row in query]


def insert_history(db: peewee.SqliteDatabase, *, kit_ready: Sequence[tuple[int, date, datetime]] = (),
                   routine: Sequence[tuple[int, date, int, int, datetime]] = ()) -> None:
    """Bulk-write past days in one transaction (demo data, imports).

    ``kit_ready``: (kit item id, day, moment ticked). ``routine``: (routine
    item id, day, amount, target that day, moment written). Existing rows
    for the same item and day are replaced.
    """
    from fibro_desktop.store.models.toolkit import RoutineEntryRow

    ready_rows = [dict(kit_item=item_id, day=day_text(day), ready_utc=utc_text(moment),
                       ready_offset_min=offset_minutes(moment)) for item_id, day, moment in kit_ready]
    entry_rows = [dict(routine_item=item_id, day=day_text(day), amount=amount, target=target,
                       updated_utc=utc_text(moment), updated_offset_min=offset_minutes(moment))
                  for item_id, day, amount, target, moment in routine]
    with db.atomic():
        for batch in peewee.chunked(ready_rows, 200):
            KitReadyRow.replace_many(batch).execute()
        for batch in peewee.chunked(entry_rows, 200):
            RoutineEntryRow.replace_many(batch).execute()
