"""Opening the database: the one way in for the app, the CLI and every test.

:func:`open_database` checks the file before touching it, sets the pragmas,
backs the file up and migrates it when its schema is older, binds the models,
and keeps the file and its WAL/SHM companions owner-only.

Durability: WAL with ``synchronous=FULL``. With NORMAL, a power cut can lose
the last commits; FULL syncs the WAL on every commit, which costs a few
milliseconds per save and is worth it for a health journal (docs/architecture.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import peewee

from fibro_desktop.store import files
from fibro_desktop.store.errors import DatabaseDamagedError, DatabaseNewerError, MigrationError
from fibro_desktop.store.integrity import refuse_if_damaged
from fibro_desktop.store.migrations import MIGRATIONS, Migration, latest_version
from fibro_desktop.store.models import ALL_MODELS

DATABASE_FILE_NAME = "fibro.sqlite3"
BACKUP_DIR_NAME = "backups"
#: How long a writer waits for another connection's lock, in milliseconds.
BUSY_TIMEOUT_MS = 5000
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_MS,
}
_SQLITE_HEADER = b"SQLite format 3\x00"


def database_path(data_dir: Path) -> Path:
    """Where the database lives inside a data folder."""
    return Path(data_dir) / DATABASE_FILE_NAME


def read_schema_version(path: Path) -> int:
    """Return ``PRAGMA user_version`` of an existing file, opened read-only.

    Raises :class:`DatabaseDamagedError` when the file is not SQLite.
    """
    with open(path, "rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        raise DatabaseDamagedError(f"{path} is not a Fibro Desktop data file (unknown format).")
    if not header:
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(f"{path} cannot be read: {exc}.") from exc


def open_database(
    path: Path,
    *,
    now: datetime | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate it.

    ``path`` is either the database file or a data folder, in which case the
    file is :data:`DATABASE_FILE_NAME` inside it. ``now`` names the
    pre-migration backup (defaults to the current time). Raises
    :class:`DatabaseNewerError` for a file from a newer app and
    :class:`DatabaseDamagedError` for a file that is not readable SQLite;
    in both cases the file is left exactly as it was.
    """
    path = Path(path)
    if path.is_dir() or path.suffix == "":
        path = database_path(path)
    files.ensure_private_dir(path.parent)
    if path.exists():
        found = read_schema_version(path)
        supported = latest_version(migrations)
        if found > supported:
            raise DatabaseNewerError(found, supported)
        refuse_if_damaged(path)  # never migrate or write over a damaged file
    else:
        files.create_private_file(path)

    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
        migrate(db, migrations, now=now or datetime.now().astimezone())
    except peewee.DatabaseError as exc:
        db.close()
        raise DatabaseDamagedError(f"{path} cannot be opened: {exc}.") from exc
    except Exception:
        db.close()
        raise
    db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    secure_database_files(path)
    return db


def secure_database_files(path: Path) -> None:
    """Make the database and its ``-wal``/``-shm`` companions owner-only."""
    for suffix in ("", "-wal", "-shm"):
        files.make_private(path.with_name(path.name + suffix))


def current_version(db: peewee.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: peewee.SqliteDatabase, migrations: Sequence[Migration], *, now: datetime) -> int:
    """Apply every migration newer than the file's version; return the new version.

    A file that already holds data is backed up first (SQLite's online backup
    API, into ``backups/`` beside it). Each migration and its version bump
    run in one transaction, so a failure leaves the previous version intact.
    """
    version = current_version(db)
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return version
    if version > 0:
        db_path = Path(db.database)
        backup_database(db, db_path.parent / BACKUP_DIR_NAME,
                        f"before-v{pending[-1].version}-from-v{version}-{now:%Y%m%d-%H%M%S}")
    for migration in pending:
        try:
            with db.atomic():
                migration.apply(db)
                db.execute_sql(f"PRAGMA user_version = {int(migration.version)}")
        except Exception as exc:
            raise MigrationError(
                f"Upgrading the data to version {migration.version} ({migration.name}) failed: {exc}. "
                f"Your data is unchanged."
            ) from exc
    return current_version(db)


def backup_database(db: peewee.SqliteDatabase, folder: Path, stem: str) -> Path:
    """Copy the live database into ``folder/stem.sqlite3`` with the backup API.

    Returns the path written. The copy is owner-only.
    """
    files.ensure_private_dir(folder)
    target = folder / f"{stem}.sqlite3"
    files.create_private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    files.make_private(target)
    return target
