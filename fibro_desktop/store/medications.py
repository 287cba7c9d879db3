"""The person's own list of medications and supplements, and doses taken.

The app only records what the person writes; it never suggests a drug, an
amount or a change.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import peewee

from fibro_desktop.core.instants import from_stored, local_day, to_stored
from fibro_desktop.core.journal.records import Dose, Medication
from fibro_desktop.core.journal.validation import InvalidEntry, validate_dose, validate_medication
from fibro_desktop.core.text import clean_text
from fibro_desktop.store.models.journal import DoseModel, MedicationModel
from fibro_desktop.store.stamps import new_uid, utc_text


def save_medication(db: peewee.SqliteDatabase, medication: Medication, now: datetime) -> Medication:
    """Insert or update (by uid) a medication; :class:`InvalidEntry` if not valid."""
    medication = replace(medication, name=clean_text(medication.name), form=clean_text(medication.form),
                         usual_amount=clean_text(medication.usual_amount))
    errors = validate_medication(medication)
    if errors:
        raise InvalidEntry(errors)
    stamp = utc_text(now)
    values = dict(name=medication.name, form=medication.form, usual_amount=medication.usual_amount,
                  archived=medication.archived)
    with db.atomic():
        if medication.uid and MedicationModel.get_or_none(MedicationModel.uid == medication.uid):
            MedicationModel.update(updated_utc=stamp, **values).where(
                MedicationModel.uid == medication.uid).execute()
            return medication
        uid = medication.uid or new_uid()
        MedicationModel.insert(uid=uid, created_utc=stamp, updated_utc=stamp, **values).execute()
    return replace(medication, uid=uid)


def medications(db: peewee.SqliteDatabase, include_archived: bool = False) -> list[Medication]:
    """The list, by name (case-insensitive)."""
    query = MedicationModel.select().order_by(peewee.fn.lower(MedicationModel.name))
    if not include_archived:
        query = query.where(MedicationModel.archived == False)  # noqa: E712 (SQL expression)
    return [Medication(name=r.name, form=r.form, usual_amount=r.usual_amount,
                       archived=bool(r.archived), uid=r.uid) for r in query]


def save_dose(db: peewee.SqliteDatabase, dose: Dose, now: datetime) -> Dose:
    """Insert or update (by uid) a dose record; :class:`InvalidEntry` if not valid."""
    dose = replace(dose, amount=clean_text(dose.amount), side_effects=clean_text(dose.side_effects))
    errors = validate_dose(dose, now)
    medication = MedicationModel.get_or_none(MedicationModel.uid == dose.medication_uid)
    if medication is None and "medication" not in errors:
        errors["medication"] = "Choose which one you took."
    if errors:
        raise InvalidEntry(errors)
    taken_utc, offset = to_stored(dose.taken)
    stamp = utc_text(now)
    values = dict(medication=medication.id, taken_utc=taken_utc, taken_offset_min=offset,
                  day=local_day(dose.taken).isoformat(), amount=dose.amount, status=dose.status,
                  side_effects=dose.side_effects, helped=dose.helped)
    with db.atomic():
        if dose.uid and DoseModel.get_or_none(DoseModel.uid == dose.uid):
            DoseModel.update(updated_utc=stamp, **values).where(DoseModel.uid == dose.uid).execute()
            return dose
        uid = dose.uid or new_uid()
        DoseModel.insert(uid=uid, created_utc=stamp, updated_utc=stamp, **values).execute()
    return replace(dose, uid=uid)


def delete_dose(db: peewee.SqliteDatabase, uid: str) -> None:
    with db.atomic():
        DoseModel.delete().where(DoseModel.uid == uid).execute()


def doses_between(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[tuple[Dose, str]]:
    """Doses of the inclusive day range, newest first, each with its medication's name."""
    query = (DoseModel.select(DoseModel, MedicationModel).join(MedicationModel)
             .where((DoseModel.day >= first_day.isoformat()) & (DoseModel.day <= last_day.isoformat()))
             .order_by(DoseModel.taken_utc.desc()))
    return [(Dose(medication_uid=r.medication.uid, taken=from_stored(r.taken_utc, r.taken_offset_min),
                  amount=r.amount, status=r.status, side_effects=r.side_effects, helped=r.helped,
                  uid=r.uid), r.medication.name) for r in query]
