"""Queries of the rescue plan's steps and of the care team's contacts.

Writes run in one transaction each and return core dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import peewee

from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.care import CareContact, check_email, check_role
from fibro_desktop.core.toolkit.rescue import RescueStep
from fibro_desktop.store.models.toolkit import CareContactRow, RescueStepRow
from fibro_desktop.store.stamps import new_uid, utc_text


def _step(row: RescueStepRow) -> RescueStep:
    return RescueStep(id=row.id, uid=row.uid, title=row.title, how_to=row.how_to, relief=row.relief,
                      position=row.position)


def list_steps(db: peewee.SqliteDatabase) -> list[RescueStep]:
    return [_step(r) for r in RescueStepRow.select().order_by(RescueStepRow.position, RescueStepRow.id)]


def add_step(db: peewee.SqliteDatabase, now: datetime, title: str, how_to: str = "", *,
             relief: str | None = None) -> RescueStep:
    """Add a step at the end; ``relief`` links it to a relief id for the journal."""
    title = v.require_name(title, "title")
    how_to = v.require_note(how_to, "how_to")
    with db.atomic():
        last = RescueStepRow.select(peewee.fn.MAX(RescueStepRow.position)).scalar()
        stamp = utc_text(now)
        row = RescueStepRow.create(uid=new_uid(), relief=relief, title=title, how_to=how_to,
                                   position=(last + 1 if last is not None else 0),
                                   created_utc=stamp, updated_utc=stamp)
    return _step(row)


def update_step(db: peewee.SqliteDatabase, now: datetime, step_id: int, *, title: str, how_to: str) -> RescueStep:
    title = v.require_name(title, "title")
    how_to = v.require_note(how_to, "how_to")
    with db.atomic():
        row = RescueStepRow.get_by_id(step_id)
        row.title, row.how_to, row.updated_utc = title, how_to, utc_text(now)
        row.save()
    return _step(row)


def delete_step(db: peewee.SqliteDatabase, step_id: int) -> None:
    with db.atomic():
        RescueStepRow.delete_by_id(step_id)


def set_step_order(db: peewee.SqliteDatabase, now: datetime, step_ids: Sequence[int]) -> None:
    with db.atomic():
        stamp = utc_text(now)
        for position, step_id in enumerate(step_ids):
            RescueStepRow.update(position=position, updated_utc=stamp).where(RescueStepRow.id == step_id).execute()


def _contact(row: CareContactRow) -> CareContact:
    return CareContact(id=row.id, uid=row.uid, role=row.role, name=row.name, phone=row.phone,
                       email=row.email, notes=row.notes, position=row.position)


def list_contacts(db: peewee.SqliteDatabase) -> list[CareContact]:
    return [_contact(r) for r in CareContactRow.select().order_by(CareContactRow.position, CareContactRow.id)]


def _checked_contact(role: str, name: str, phone: str, email: str, notes: str) -> dict[str, str]:
    if check_role(role):
        raise v.InvalidInput("role", "unknown_role")
    email = v.require_note(email, "email")
    if check_email(email):
        raise v.InvalidInput("email", "bad_email")
    return dict(role=role, name=v.require_name(name), phone=v.require_note(phone, "phone"), email=email,
                notes=v.require_note(notes, "notes"))


def save_contact(db: peewee.SqliteDatabase, now: datetime, *, contact_id: int | None = None, role: str,
                 name: str, phone: str = "", email: str = "", notes: str = "") -> CareContact:
    """Add a contact (``contact_id=None``) or update one. Raises ``InvalidInput``."""
    fields = _checked_contact(role, name, phone, email, notes)
    stamp = utc_text(now)
    with db.atomic():
        if contact_id is None:
            last = CareContactRow.select(peewee.fn.MAX(CareContactRow.position)).scalar()
            row = CareContactRow.create(uid=new_uid(), position=(last + 1 if last is not None else 0),
                                        created_utc=stamp, updated_utc=stamp, **fields)
        else:
            row = CareContactRow.get_by_id(contact_id)
            for key, value in fields.items():
                setattr(row, key, value)
            row.updated_utc = stamp
            row.save()
    return _contact(row)


def delete_contact(db: peewee.SqliteDatabase, contact_id: int) -> None:
    with db.atomic():
        CareContactRow.delete_by_id(contact_id)


def restore_step(db: peewee.SqliteDatabase, now: datetime, step: RescueStep) -> RescueStep:
    """Undo :func:`delete_step`: the same id, uid and place."""
    stamp = utc_text(now)
    with db.atomic():
        RescueStepRow.insert(id=step.id, uid=step.uid, relief=step.relief, title=step.title, how_to=step.how_to,
                             position=step.position, created_utc=stamp, updated_utc=stamp).execute()
    return step


def restore_contact(db: peewee.SqliteDatabase, now: datetime, contact: CareContact) -> CareContact:
    """Undo :func:`delete_contact`: the same id, uid and place."""
    stamp = utc_text(now)
    with db.atomic():
        CareContactRow.insert(id=contact.id, uid=contact.uid, role=contact.role, name=contact.name,
                              phone=contact.phone, email=contact.email, notes=contact.notes,
                              position=contact.position, created_utc=stamp, updated_utc=stamp).execute()
    return contact
