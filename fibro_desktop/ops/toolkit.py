"""Toolkit operations: the kit, today's routine, the rescue plan and the care team.

Each is one user intent in one transaction; ``now`` is the moment of the
write (stamps), ``day`` the local day a tick or a count belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.toolkit.care import CareContact
from fibro_desktop.core.toolkit.kit import KitItem
from fibro_desktop.core.toolkit.rescue import RescueStep
from fibro_desktop.core.toolkit.routine import STRETCH, STRETCH_KINDS, RoutineItem
from fibro_desktop.store import rescue_plan as plan_store
from fibro_desktop.store import routine as routine_store
from fibro_desktop.store import toolkit as kit_store
from fibro_desktop.store.toolkit import DeletedKitItem

if TYPE_CHECKING:
    from peewee import SqliteDatabase

# -- the kit -------------------------------------------------------------------


def seed_defaults(db: SqliteDatabase, now: datetime, *, kit: Sequence[Any], routine: Sequence[Any],
                  plan: Sequence[Any]) -> tuple[bool, Changes]:
    """Write the translated defaults once per data folder; True if written."""
    with db.atomic():
        seeded = kit_store.seed_defaults(db, now, kit=kit, routine=routine, plan=plan)
    return seeded, (Changes.of(Area.KIT, Area.ROUTINE, Area.RESCUE_PLAN) if seeded else Changes())



def add_kit_item(db: SqliteDatabase, now: datetime, name: str) -> tuple[KitItem, Changes]:
    with db.atomic():
        item = kit_store.add_kit_item(db, now, name)
    return item, Changes.record(Area.KIT, item.id)


def update_kit_item(db: SqliteDatabase, now: datetime, item_id: int, **values: Any) -> Changes:
    with db.atomic():
        kit_store.update_kit_item(db, now, item_id, **values)
    return Changes.record(Area.KIT, item_id)


def archive_kit_item(db: SqliteDatabase, now: datetime, item_id: int, archived: bool) -> Changes:
    with db.atomic():
        kit_store.archive_kit_item(db, now, item_id, archived=archived)
    return Changes.record(Area.KIT, item_id)


def delete_kit_item(db: SqliteDatabase, item_id: int) -> tuple[DeletedKitItem, Changes]:
    """Delete an item; returns the snapshot that undo puts back."""
    with db.atomic():
        snapshot = kit_store.delete_kit_item(db, item_id)
    return snapshot, Changes.record(Area.KIT, item_id)


def undo_delete_kit_item(db: SqliteDatabase, now: datetime, snapshot: DeletedKitItem) -> Changes:
    with db.atomic():
        item = kit_store.restore_kit_item(db, now, snapshot)
    return Changes.record(Area.KIT, item.id)


def tick_kit_item(db: SqliteDatabase, now: datetime, item_id: int, day: date, ready: bool) -> Changes:
    """Mark an item ready (or not) for ``day``."""
    with db.atomic():
        kit_store.set_ready(db, now, item_id, day, ready)
    return Changes.record(Area.KIT, item_id)


def order_kit(db: SqliteDatabase, now: datetime, item_ids: Sequence[int]) -> Changes:
    with db.atomic():
        kit_store.set_kit_order(db, now, item_ids)
    return Changes.of(Area.KIT)


def remember_restock_reminder(db: SqliteDatabase, key: str, day: str, now: datetime) -> Changes:
    """The tray has said today which kit items run low (it says so once a
    day). Bookkeeping no view shows: nothing to announce."""
    from fibro_desktop.store.meta import set_meta

    with db.atomic():
        set_meta(db, key, day, now)
    return Changes()


# -- the routine ---------------------------------------------------------------


def tick_routine_item(db: SqliteDatabase, now: datetime, item_id: int, day: date, amount: int) -> Changes:
    """Set how much of a routine item was done on ``day``."""
    with db.atomic():
        routine_store.set_routine_amount(db, now, item_id, day, amount)
    return Changes.record(Area.ROUTINE, item_id)


def count_routine_progress(db: SqliteDatabase, now: datetime, kind: str, amount: int) -> Changes:
    """Progress from another tab (a break taken, a session finished, the
    heat timer run out, a stretch done); no change when no active item has
    that kind. ``STRETCH`` ticks the first stretch item not yet done today."""
    with db.atomic():
        if kind == STRETCH:
            line = routine_store.add_stretch_progress(db, now, STRETCH_KINDS)
        else:
            line = routine_store.add_routine_progress(db, now, kind, amount)
    return Changes() if line is None else Changes.of(Area.ROUTINE)


def add_routine_item(db: SqliteDatabase, now: datetime, name: str, target: int) -> tuple[RoutineItem, Changes]:
    with db.atomic():
        item = routine_store.add_routine_item(db, now, name, target=target)
    return item, Changes.record(Area.ROUTINE, item.id)


def update_routine_item(db: SqliteDatabase, now: datetime, item_id: int, name: str, target: int) -> Changes:
    with db.atomic():
        routine_store.update_routine_item(db, now, item_id, name=name, target=target)
    return Changes.record(Area.ROUTINE, item_id)


def archive_routine_item(db: SqliteDatabase, now: datetime, item_id: int, archived: bool = True) -> Changes:
    """Take an item off the list (``archived=False``: bring it back)."""
    with db.atomic():
        routine_store.archive_routine_item(db, now, item_id, archived=archived)
    return Changes.record(Area.ROUTINE, item_id)


def order_routine(db: SqliteDatabase, now: datetime, item_ids: Sequence[int]) -> Changes:
    with db.atomic():
        routine_store.set_routine_order(db, now, item_ids)
    return Changes.of(Area.ROUTINE)


# -- the rescue plan -----------------------------------------------------------


def add_plan_step(db: SqliteDatabase, now: datetime, title: str, how_to: str) -> tuple[RescueStep, Changes]:
    with db.atomic():
        step = plan_store.add_step(db, now, title, how_to)
    return step, Changes.record(Area.RESCUE_PLAN, step.id)


def update_plan_step(db: SqliteDatabase, now: datetime, step_id: int, title: str, how_to: str) -> Changes:
    with db.atomic():
        plan_store.update_step(db, now, step_id, title=title, how_to=how_to)
    return Changes.record(Area.RESCUE_PLAN, step_id)


def delete_plan_step(db: SqliteDatabase, step_id: int) -> Changes:
    with db.atomic():
        plan_store.delete_step(db, step_id)
    return Changes.record(Area.RESCUE_PLAN, step_id)


def undo_delete_plan_step(db: SqliteDatabase, now: datetime, step: RescueStep) -> Changes:
    with db.atomic():
        plan_store.restore_step(db, now, step)
    return Changes.record(Area.RESCUE_PLAN, step.id)


def order_plan(db: SqliteDatabase, now: datetime, step_ids: Sequence[int]) -> Changes:
    with db.atomic():
        plan_store.set_step_order(db, now, step_ids)
    return Changes.of(Area.RESCUE_PLAN)


# -- the care team -------------------------------------------------------------


def save_contact(db: SqliteDatabase, now: datetime, *, contact_id: int | None,
                 **fields: str) -> tuple[CareContact, Changes]:
    """Add or edit a contact (raises ``InvalidInput``)."""
    with db.atomic():
        contact = plan_store.save_contact(db, now, contact_id=contact_id, **fields)
    return contact, Changes.record(Area.CONTACTS, contact.id)


def delete_contact(db: SqliteDatabase, contact_id: int) -> Changes:
    with db.atomic():
        plan_store.delete_contact(db, contact_id)
    return Changes.record(Area.CONTACTS, contact_id)


def undo_delete_contact(db: SqliteDatabase, now: datetime, contact: CareContact) -> Changes:
    with db.atomic():
        plan_store.restore_contact(db, now, contact)
    return Changes.record(Area.CONTACTS, contact.id)
