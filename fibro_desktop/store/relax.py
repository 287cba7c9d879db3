"""The Relax tab's data: listening log, resume positions and the person's own audio.

Own audio is *copied* into ``<data folder>/audio/`` (the library folder), so
a recording keeps playing when the original is moved or deleted, and a
backup of the data folder holds everything. Each copy is named
``<uid><ext>``; a stored name is only ever resolved through
:func:`library_file`, which refuses anything that could leave that folder.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import peewee

from fibro_desktop.core.instants import from_stored, local_day, to_stored
from fibro_desktop.core.relax.imports import SNIFF_BYTES, ImportRefused, check_import, default_title, is_plain_name
from fibro_desktop.core.relax.library import OwnAudio
from fibro_desktop.core.relax.listening import Listen, check_tension
from fibro_desktop.core.text import strip_bidi_controls
from fibro_desktop.store import files
from fibro_desktop.store.models.relax import ListenModel, ListenResumeModel, OwnAudioModel
from fibro_desktop.store.stamps import new_uid, utc_text

LIBRARY_DIR_NAME = "audio"


# --- listening log -----------------------------------------------------------

def record_listen(db: peewee.SqliteDatabase, listen: Listen, now: datetime) -> Listen:
    """Store one listening session; returns it with its new ``uid``.

    ``now`` is aware local time (the moment of writing). Raises ``ValueError``
    for a tension outside 0-10 or negative seconds, writing nothing.
    """
    check_tension(listen.tension_before)
    check_tension(listen.tension_after)
    if listen.listened_s < 0:
        raise ValueError("listened_s must be >= 0")
    started_utc, offset = to_stored(listen.started)
    stamp = utc_text(now)
    uid = listen.uid or new_uid()
    with db.atomic():
        ListenModel.insert(
            uid=uid, session_key=listen.session_key, started_utc=started_utc,
            started_offset_min=offset, day=local_day(listen.started).isoformat(), listened_s=listen.listened_s,
            finished=listen.finished, tension_before=listen.tension_before,
            tension_after=listen.tension_after, created_utc=stamp, updated_utc=stamp).execute()
    return replace(listen, uid=uid)


def set_tension_after(db: peewee.SqliteDatabase, uid: str, tension: int | None,
                      now: datetime) -> None:
    """Add (or clear, with ``None``) the after-session rating of a logged listen."""
    check_tension(tension)
    with db.atomic():
        updated = (ListenModel.update(tension_after=tension, updated_utc=utc_text(now))
                   .where(ListenModel.uid == uid).execute())
        if updated != 1:
            raise KeyError(uid)


def listens_between(db: peewee.SqliteDatabase, first_day: date, last_day: date) -> list[Listen]:
    """Listens of the inclusive range of local days, oldest first (for charts)."""
    rows = (ListenModel.select()
            .where((ListenModel.day >= first_day.isoformat()) & (ListenModel.day <= last_day.isoformat()))
            .order_by(ListenModel.started_utc))
    return [_listen_from_row(row) for row in rows]


def recent_listens(db: peewee.SqliteDatabase, limit: int = 20) -> list[Listen]:
    rows = ListenModel.select().order_by(ListenModel.started_utc.desc()).limit(limit)
    return [_listen_from_row(row) for row in rows]


def _listen_from_row(row: ListenModel) -> Listen:
    return Listen(session_key=row.session_key, started=from_stored(row.started_utc, row.started_offset_min),
                  listened_s=row.listened_s, finished=bool(row.finished),
                  tension_before=row.tension_before, tension_after=row.tension_after, uid=row.uid)


def insert_listens(db: peewee.SqliteDatabase, listens: list[Listen], now: datetime) -> None:
    """Insert many valid listens in one transaction (demo data)."""
    stamp = utc_text(now)
    rows = []
    for listen in listens:
        started_utc, offset = to_stored(listen.started)
        rows.append(dict(uid=listen.uid or new_uid(), session_key=listen.session_key,
                         started_utc=started_utc, started_offset_min=offset,
                         day=local_day(listen.started).isoformat(), listened_s=listen.listened_s,
                         finished=listen.finished, tension_before=listen.tension_before,
                         tension_after=listen.tension_after, created_utc=stamp, updated_utc=stamp))
    with db.atomic():
        for start in range(0, len(rows), 200):
            ListenModel.insert_many(rows[start:start + 200]).execute()


# --- resume positions --------------------------------------------------------

def save_resume(db: peewee.SqliteDatabase, session_key: str, position_s: int | None,
                now: datetime) -> None:
    """Remember where ``session_key`` was left (seconds); ``None`` forgets it."""
    with db.atomic():
        if position_s is None or position_s <= 0:
            ListenResumeModel.delete().where(ListenResumeModel.session_key == session_key).execute()
            return
        (ListenResumeModel.insert(session_key=session_key, position_s=int(position_s),
                                  updated_utc=utc_text(now))
         .on_conflict(conflict_target=[ListenResumeModel.session_key],
                      update={ListenResumeModel.position_s: int(position_s),
                              ListenResumeModel.updated_utc: utc_text(now)})
         .execute())


def resume_position_s(db: peewee.SqliteDatabase, session_key: str) -> int | None:
    row = ListenResumeModel.get_or_none(ListenResumeModel.session_key == session_key)
    return row.position_s if row is not None else None


# --- the person's own audio --------------------------------------------------

def library_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LIBRARY_DIR_NAME


def library_file(library: Path, file_name: str) -> Path:
    """The path of ``file_name`` inside ``library``; raises :class:`ImportRefused`
    (``unsafe_path``) for a name with separators or ``..``, or a link or path
    that resolves outside the folder."""
    if not is_plain_name(file_name):
        raise ImportRefused("unsafe_path", file_name)
    path = library / file_name
    if path.is_symlink():
        raise ImportRefused("unsafe_path", file_name)
    if library.exists() and path.resolve().parent != library.resolve():
        raise ImportRefused("unsafe_path", file_name)
    return path


def own_audio(db: peewee.SqliteDatabase) -> list[OwnAudio]:
    """The person's own recordings in their chosen order."""
    return [_own_from_row(row) for row in OwnAudioModel.select().order_by(OwnAudioModel.sort_order,
                                                                          OwnAudioModel.id)]


def _own_from_row(row: OwnAudioModel) -> OwnAudio:
    return OwnAudio(uid=row.uid, title=row.title, file_name=row.file_name, bytes=row.bytes,
                    sort_order=row.sort_order)


def import_own_audio(db: peewee.SqliteDatabase, data_dir: Path, source: Path, now: datetime,
                     title: str | None = None) -> OwnAudio:
    """Copy the audio file ``source`` into the library and list it last.

    Raises :class:`ImportRefused` (with a reason code) and leaves both the
    folder and the database as they were when the file is missing, not a
    regular file, a link, reached through ``..``, unsupported, empty, too
    large, or not the audio container its extension promises.
    """
    source = Path(source)
    if ".." in source.parts or source.is_symlink():
        raise ImportRefused("unsafe_path", str(source))
    if not source.is_file():
        raise ImportRefused("missing", str(source))
    size = source.stat().st_size
    with source.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    suffix = check_import(source.name, size, head)
    uid = new_uid()
    library = library_dir(data_dir)
    files.ensure_private_dir(library)
    target = library_file(library, uid + suffix)
    partial = library / f".{uid}.partial"
    stamp = utc_text(now)
    try:
        shutil.copyfile(source, partial)
        if partial.stat().st_size != size:
            raise ImportRefused("corrupt", "copy incomplete")
        with db.atomic():
            last = OwnAudioModel.select(peewee.fn.MAX(OwnAudioModel.sort_order)).scalar()
            order = 0 if last is None else last + 1
            title = strip_bidi_controls(title or default_title(source.name)).strip()[:200]
            OwnAudioModel.insert(uid=uid, title=title,
                                 file_name=target.name, bytes=size, sort_order=order,
                                 created_utc=stamp, updated_utc=stamp).execute()
            # Inside the transaction: if the rename fails, the row is rolled back.
            os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    files.make_private(target)
    return own_audio_by_uid(db, uid)


def own_audio_by_uid(db: peewee.SqliteDatabase, uid: str) -> OwnAudio:
    row = OwnAudioModel.get_or_none(OwnAudioModel.uid == uid)
    if row is None:
        raise KeyError(uid)
    return _own_from_row(row)


def rename_own_audio(db: peewee.SqliteDatabase, uid: str, title: str, now: datetime) -> None:
    """Give a recording a new title (1-200 characters after trimming)."""
    title = " ".join(strip_bidi_controls(title).split())
    if not title or len(title) > 200:
        raise ValueError("a title needs 1-200 characters")
    with db.atomic():
        if OwnAudioModel.update(title=title, updated_utc=utc_text(now)).where(
                OwnAudioModel.uid == uid).execute() != 1:
            raise KeyError(uid)


def reorder_own_audio(db: peewee.SqliteDatabase, uids: list[str], now: datetime) -> None:
    """Set the order of the recordings to ``uids`` (which must name them all)."""
    existing = {row.uid for row in OwnAudioModel.select(OwnAudioModel.uid)}
    if set(uids) != existing or len(uids) != len(existing):
        raise ValueError("the new order must list every recording once")
    with db.atomic():
        for order, uid in enumerate(uids):
            OwnAudioModel.update(sort_order=order, updated_utc=utc_text(now)).where(
                OwnAudioModel.uid == uid).execute()


def remove_own_audio(db: peewee.SqliteDatabase, data_dir: Path, uid: str) -> None:
    """Remove a recording: its row, its resume position and its copied file.

    The listening log keeps its entries (they record what happened)."""
    row = OwnAudioModel.get_or_none(OwnAudioModel.uid == uid)
    if row is None:
        raise KeyError(uid)
    try:
        path = library_file(library_dir(data_dir), row.file_name)
    except ImportRefused:
        path = None  # a name that leaves the folder (from an old import): remove the row, touch no file
    with db.atomic():
        OwnAudioModel.delete().where(OwnAudioModel.uid == uid).execute()
        ListenResumeModel.delete().where(ListenResumeModel.session_key == "own:" + uid).execute()
    # After the commit: a leftover file is harmless, a row without its file is not.
    if path is not None and path.exists():
        path.unlink()
