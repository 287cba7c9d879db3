"""Data-safety operations: import a file, restore a backup, export.

An import or a restore may change anything, so they report
:attr:`~fibro_desktop.core.changes.Area.ALL`. Import and export take a
``progress(done, total) -> go on`` callback and are safe in a worker thread
(they use that thread's own connection); a restore replaces the live file
and runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fibro_desktop.core.changes import Changes

if TYPE_CHECKING:  # the store modules are imported when used (see each function)
    from peewee import SqliteDatabase

    from fibro_desktop.store.export import ExportSummary
    from fibro_desktop.store.import_read import ImportData
    from fibro_desktop.store.import_write import ImportSummary

Progress = Callable[[int, int], bool]


def import_file(db: SqliteDatabase, data: ImportData, *, source: Path | None, data_dir: Path,
                back_up: Callable[[], object], progress: Progress | None) -> tuple[ImportSummary, Changes]:
    """Import a read export all or nothing: a backup first, then the
    recordings beside it, then the rows in one transaction (the recordings
    are taken out again if the rows fail or are cancelled)."""
    from fibro_desktop.store.audio_export import import_recordings, undo
    from fibro_desktop.store.import_write import import_data

    back_up()
    recordings = import_recordings(data, source, data_dir)
    try:
        summary = import_data(db, data, progress=progress)
    except BaseException:
        undo(recordings)
        raise
    summary.recordings = recordings  # for the message: added, and any without their sound
    return summary, (Changes.everything() if summary.total_added else Changes())


def restore_backup(db: SqliteDatabase | None, database: Path, backup: Path,
                   now: datetime) -> tuple[Path | None, Changes]:
    """Replace the data by a backup (the current data is kept as a backup
    first), then bring it up to this version. Returns where the previous
    data went. Raises ``BackupError`` with a plain message."""
    from fibro_desktop.store.backup import restore_backup as restore
    from fibro_desktop.store.database import migrate
    from fibro_desktop.store.migrations import MIGRATIONS, latest_version

    previous = restore(database, backup, now, latest_version())
    if db is not None:
        migrate(db, MIGRATIONS, now=now)
    return previous, Changes.everything()


def export(db: SqliteDatabase, fmt: str, path: Path, now: datetime, *, data_dir: Path, with_audio: bool = False,
           start: date | None = None, end: date | None = None,
           progress: Progress | None = None) -> tuple[ExportSummary, Changes]:
    """Write an export (reads only: no change to announce)."""
    from fibro_desktop.store.audio_export import export_json_with_audio
    from fibro_desktop.store.export import export_data

    options = {"start": start, "end": end, "progress": progress}
    if with_audio and fmt == "json":
        return export_json_with_audio(db.connection(), path, now, data_dir, **options), Changes()
    return export_data(db.connection(), fmt, path, now, **options), Changes()
