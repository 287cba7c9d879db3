"""Relax operations: sessions listened to, resume points, own recordings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import peewee

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.relax.library import OwnAudio
from fibro_desktop.core.relax.listening import Listen
from fibro_desktop.store import relax as relax_store


def log_listen(db: peewee.SqliteDatabase, listen: Listen, now: datetime) -> tuple[Listen, Changes]:
    """A session was really listened to."""
    with db.atomic():
        entry = relax_store.record_listen(db, listen, now)
    return entry, Changes.record(Area.LISTENING, entry.uid)


def rate_tension_after(db: peewee.SqliteDatabase, uid: str, tension: int | None, now: datetime) -> Changes:
    with db.atomic():
        relax_store.set_tension_after(db, uid, tension, now)
    return Changes.record(Area.LISTENING, uid)


def save_resume(db: peewee.SqliteDatabase, session_key: str, position_s: int | None, now: datetime) -> Changes:
    """Remember where a session was left (``None``: start over next time).
    Saved every few seconds while playing; no view shows it, so no news."""
    with db.atomic():
        relax_store.save_resume(db, session_key, position_s, now)
    return Changes()


def import_recording(db: peewee.SqliteDatabase, data_dir: Path, source: Path,
                     now: datetime) -> tuple[OwnAudio, Changes]:
    """Copy an audio file into the library (raises ``ImportRefused``, ``OSError``).
    The store keeps file and row together itself (its one transaction is
    around the row and the rename), so no outer transaction here."""
    item = relax_store.import_own_audio(db, data_dir, source, now)
    return item, Changes.record(Area.RECORDINGS, item.uid)


def rename_recording(db: peewee.SqliteDatabase, uid: str, title: str, now: datetime) -> Changes:
    with db.atomic():
        relax_store.rename_own_audio(db, uid, title, now)
    return Changes.record(Area.RECORDINGS, uid)


def reorder_recordings(db: peewee.SqliteDatabase, uids: list[str], now: datetime) -> Changes:
    with db.atomic():
        relax_store.reorder_own_audio(db, uids, now)
    return Changes.of(Area.RECORDINGS)


def remove_recording(db: peewee.SqliteDatabase, data_dir: Path, uid: str) -> Changes:
    """Remove a recording; the file goes after the commit (the store's own
    transaction), so a failure never leaves a row without its file."""
    relax_store.remove_own_audio(db, data_dir, uid)
    return Changes.record(Area.RECORDINGS, uid)
