"""Journal operations: episodes, daily check-ins, medications and doses."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.journal import live
from fibro_desktop.core.journal.records import CheckIn, Dose, Episode, Medication
from fibro_desktop.core.toolkit.days import is_editable
from fibro_desktop.core.toolkit.routine import WATER, water_after_checkin
from fibro_desktop.store import checkins as checkin_store
from fibro_desktop.store import journal as journal_store
from fibro_desktop.store import medications as medication_store
from fibro_desktop.store import red_flags as red_flag_store
from fibro_desktop.store import routine as routine_store

if TYPE_CHECKING:
    from peewee import SqliteDatabase


def save_episode(db: SqliteDatabase, episode: Episode, now: datetime) -> tuple[Episode, Changes]:
    """Log a new episode or save an edited one (raises ``InvalidEntry``)."""
    with db.atomic():
        saved = journal_store.save_episode(db, episode, now)
    return saved, Changes.record(Area.EPISODES, saved.uid)


def delete_episode(db: SqliteDatabase, uid: str) -> tuple[Episode | None, Changes]:
    """Delete an episode; returns it whole, for undo."""
    with db.atomic():
        deleted = journal_store.delete_episode(db, uid)
    return deleted, Changes.record(Area.EPISODES, uid)


def undo_delete_episode(db: SqliteDatabase, episode: Episode, now: datetime) -> Changes:
    """Put back an episode deleted a moment ago (same uid, same details)."""
    with db.atomic():
        journal_store.restore_episode(db, episode, now)
    return Changes.record(Area.EPISODES, episode.uid)


def restore_episode_version(db: SqliteDatabase, previous: Episode, now: datetime) -> Changes:
    """Put back the version of an episode from before its last edit (undo)."""
    with db.atomic():
        journal_store.save_episode(db, previous, now)
    return Changes.record(Area.EPISODES, previous.uid)


def save_checkin(db: SqliteDatabase, checkin: CheckIn, now: datetime) -> tuple[CheckIn, Changes]:
    """Save the check-in of one day (raises ``InvalidEntry``). Its glasses of
    water count towards that day's routine water, in the same transaction
    (today and yesterday only, the days the routine may still change)."""
    with db.atomic():
        previous = checkin_store.checkin_for_day(db, checkin.day)
        saved = checkin_store.save_checkin(db, checkin, now)
        water = _water_to_routine(db, now, saved, previous)
    changes = Changes.record(Area.CHECKINS, saved.uid or None)
    return saved, (changes | Changes.record(Area.ROUTINE, water) if water is not None else changes)


def _water_to_routine(db: SqliteDatabase, now: datetime, saved: CheckIn, previous: CheckIn | None) -> int | None:
    """Set the routine's water from the check-in; the routine item's id if changed."""
    if not is_editable(saved.day, now):
        return None
    line = routine_store.line_of_kind(db, WATER, saved.day)
    if line is None:
        return None
    amount = water_after_checkin(line.amount, saved.water_glasses,
                                 previous.water_glasses if previous is not None else None)
    if amount is None:
        return None
    routine_store.set_routine_amount(db, now, line.item.id, saved.day, amount)
    return line.item.id


def save_medication(db: SqliteDatabase, medication: Medication, now: datetime) -> tuple[Medication, Changes]:
    """Add a medication to the list, edit it, archive it or bring it back."""
    with db.atomic():
        saved = medication_store.save_medication(db, medication, now)
    return saved, Changes.record(Area.MEDICATIONS, saved.uid)


def log_dose(db: SqliteDatabase, dose: Dose, now: datetime) -> tuple[Dose, Changes]:
    """Log a dose taken or skipped (also: undo a deleted dose, same uid)."""
    with db.atomic():
        saved = medication_store.save_dose(db, dose, now)
    return saved, Changes.record(Area.MEDICATIONS, saved.uid)


def delete_dose(db: SqliteDatabase, uid: str) -> Changes:
    with db.atomic():
        medication_store.delete_dose(db, uid)
    return Changes.record(Area.MEDICATIONS, uid)


def check_red_flags(db: SqliteDatabase, now: datetime) -> Changes:
    """Run the red-flag rules over recent history; only new flags are news."""
    with db.atomic():
        new = red_flag_store.check_red_flags(db, now)
    return Changes(frozenset({Area.RED_FLAGS}) if new else frozenset(),
                   tuple((Area.RED_FLAGS, flag.uid) for flag in new if flag.uid))


def acknowledge_red_flag(db: SqliteDatabase, uid: str, now: datetime) -> Changes:
    """The person has read a flag (the banner stops showing it)."""
    with db.atomic():
        red_flag_store.acknowledge_red_flag(db, uid, now)
    return Changes.record(Area.RED_FLAGS, uid)


def end_episode_now(db: SqliteDatabase, uid: str, now: datetime) -> tuple[Episode | None, Changes]:
    """"It's over now": a still-going episode ends at ``now``, its length
    counted from the start. Returns its version from before (for undo), or
    ``None`` with no change when it is gone or has already ended. Raises
    ``TooLongAgo`` past a day (nothing is written)."""
    with db.atomic():
        before = journal_store.get_episode(db, uid)
        if before is None or not before.ongoing:
            return None, Changes()
        journal_store.save_episode(db, live.ended_now(before, now), now)
    return before, Changes.record(Area.EPISODES, uid)


def back_to_normal_now(db: SqliteDatabase, uid: str, now: datetime) -> tuple[Episode | None, Changes]:
    """"Back to normal now": the time until back to normal of an ended
    episode, counted from its start to ``now``. Returns the version from
    before (for undo), or ``None`` with no change when there is nothing to
    stamp (gone, still going, or a recovery time already given)."""
    with db.atomic():
        before = journal_store.get_episode(db, uid)
        if before is None or before.ongoing or before.recovery_s is not None:
            return None, Changes()
        journal_store.save_episode(db, live.back_to_normal_now(before, now), now)
    return before, Changes.record(Area.EPISODES, uid)
