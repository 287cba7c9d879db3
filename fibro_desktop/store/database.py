"""Opening the database: the one way in for the app, the CLI and every test.

:func:`open_database` checks the file before touching it, sets the pragmas,
backs the file up and migrates it when its schema is older, binds the models,
and keeps the file and its WAL/SHM companions owner-only.

Protected data (opt-in, :mod:`fibro_desktop.store.cipher`): with a
passphrase an encrypted file is opened with peewee's ``SqlCipherDatabase``,
with the same pragmas, checks, migrations and pre-migration backup.

Durability: WAL with ``synchronous=FULL``. With NORMAL, a power cut can lose
the last commits; FULL syncs the WAL on every commit, which costs a few
milliseconds per save and is worth it for a health journal (docs/architecture.md).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee

from fibro_desktop.core.message import messages
from fibro_desktop.store import cipher, files, live_file
from fibro_desktop.store.emptied import refuse_if_emptied
from fibro_desktop.store.errors import (
    DatabaseDamagedError,
    DatabaseNewerError,
    DataReadOnlyError,
    MigrationError,
    PassphraseRequired,
    WrongPassphrase,
)
from fibro_desktop.store.integrity import refuse_if_damaged, run_check
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
_SQLITE_HEADER = live_file.SQLITE_HEADER
_msg = messages("data_file")
_UPGRADE_FIRST = _msg("This data must be upgraded to this version first, which needs the folder to be writable.")


class _OwnsLiveFile:
    """Counts this database's connections in and out of :mod:`live_file`,
    so that while one is open nothing else in the process opens the file
    (which would drop the app's locks on it)."""

    sqlite_library = "sqlite3"
    #: The header a new or empty file will get (plain, or the salt it is
    #: keyed with), used by its first connection only.
    fibro_new_header: bytes | None = None
    #: The file's path (set by peewee's database class this mixin precedes).
    database: str

    def _connect(self) -> sqlite3.Connection:
        live_file.connection_opening(self.database, self.sqlite_library, self.fibro_new_header)
        self.fibro_new_header = None
        try:
            # peewee's (untyped) database class follows this mixin in the MRO
            conn: sqlite3.Connection = super()._connect()  # type: ignore[misc]
            return conn
        except BaseException:
            live_file.connection_closed(self.database)
            raise

    def _close(self, conn: sqlite3.Connection) -> None:
        try:
            super()._close(conn)  # type: ignore[misc]  # peewee's class follows in the MRO
        finally:
            live_file.connection_closed(self.database)


class LiveSqliteDatabase(_OwnsLiveFile, peewee.SqliteDatabase):  # type: ignore[misc]  # peewee: no stubs
    """The app's connection to a plain data file."""


class _ReadOnlyConnect:
    """Connects through :func:`cipher.read_only_uri` (``self.database`` stays
    the plain path, which :mod:`live_file` and the backups use)."""

    fibro_read_only = True
    #: Set by peewee's database class this mixin precedes.
    database: str
    connect_params: dict[str, Any]

    def _connect(self) -> sqlite3.Connection:
        plain = self.database
        self.database = cipher.read_only_uri(Path(plain))
        self.connect_params["uri"] = True
        try:
            # peewee's (untyped) database class follows this mixin in the MRO
            conn: sqlite3.Connection = super()._connect()  # type: ignore[misc]
            return conn
        finally:
            self.database = plain


class ReadOnlyLiveSqliteDatabase(_OwnsLiveFile, _ReadOnlyConnect,
                                 peewee.SqliteDatabase):  # type: ignore[misc]  # peewee: no stubs
    """The app's connection to a plain data file in a folder it cannot write."""


def is_read_only(db: peewee.SqliteDatabase) -> bool:
    """Was ``db`` opened read-only (its folder cannot be written)?"""
    return bool(getattr(db, "fibro_read_only", False))


def live_database_class(encrypted: bool) -> type[peewee.SqliteDatabase]:
    """The connection class for the live data file, plain or encrypted."""
    if not encrypted:
        return LiveSqliteDatabase
    global _LiveSqlCipherDatabase
    if _LiveSqlCipherDatabase is None:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        class LiveSqlCipherDatabase(_OwnsLiveFile, SqlCipherDatabase):  # type: ignore[misc]  # peewee: no stubs
            """The app's connection to a protected (encrypted) data file."""

            sqlite_library = "sqlcipher3"

        _LiveSqlCipherDatabase = LiveSqlCipherDatabase
    return _LiveSqlCipherDatabase


_LiveSqlCipherDatabase: type[peewee.SqliteDatabase] | None = None


def database_path(data_dir: Path) -> Path:
    """Where the database lives inside a data folder."""
    return Path(data_dir) / DATABASE_FILE_NAME


def read_schema_version(path: Path) -> int:
    """Return ``PRAGMA user_version`` of an existing plain file, opened read-only.

    Raises :class:`DatabaseDamagedError` when the file is not SQLite
    (encrypted files: :func:`check_encrypted_file`).
    """
    header = live_file.header(path)
    if header and header != _SQLITE_HEADER:
        raise DatabaseDamagedError(_msg("%1 is not a Fibro Desktop data file (unknown format).", path))
    if not header:
        return 0
    try:
        conn = sqlite3.connect(cipher.read_only_uri(path), uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(_msg("%1 cannot be read: %2.", path, exc)) from exc


def key_for_file(path: Path, passphrase: str | None = None) -> str | None:
    """The key to try on the existing file ``path`` (not yet checked; no KDF).

    A plain file needs none (a passphrase given is not used: data is only
    encrypted on request). A new or empty file takes ``passphrase`` (it
    will be created encrypted). An encrypted file takes ``passphrase`` or,
    without one, the session's (:func:`cipher.session_passphrase`). Raises
    :class:`PassphraseRequired` when there is none and the marker says the
    file is protected, :class:`DatabaseDamagedError` when it is neither
    plain SQLite nor marked.
    """
    plain = cipher.has_plain_header(path)
    if plain is None:
        return passphrase
    if plain:
        return None
    key = passphrase if passphrase is not None else cipher.session_passphrase()
    if key is None:
        if cipher.marker_path(path).exists():
            raise PassphraseRequired(path)
        raise DatabaseDamagedError(_msg("%1 is not a Fibro Desktop data file (unknown format).", path))
    return key


def check_encrypted_file(path: Path, key: str, supported: int) -> None:
    """Key check, version and quick check of an encrypted file, in one
    read-only connection; nothing is written.

    Remembers the key as the session's once it has opened the file, so the
    recovery (backups of the same key) can use it even when the file then
    proves damaged. Raises :class:`WrongPassphrase` (marked file) or
    :class:`DatabaseDamagedError`, :class:`DatabaseNewerError`.
    """
    try:
        conn = cipher.connect(path, key, read_only=True)
    except cipher.Error as exc:
        raise DatabaseDamagedError(_msg("%1 cannot be read: %2.", path, exc)) from exc
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except cipher.DatabaseError as exc:
            if cipher.marker_path(path).exists():
                raise WrongPassphrase(path) from exc
            raise DatabaseDamagedError(_msg("%1 cannot be read: it is damaged, or protected with "
                                            "a different passphrase.", path)) from exc
        cipher.remember_passphrase(key, path)
        if version > supported:
            raise DatabaseNewerError(version, supported)
        try:
            problems = run_check(conn)
        except cipher.Error as exc:
            raise DatabaseDamagedError(_msg("%1 cannot be read: %2.", path, exc)) from exc
        if problems:
            raise DatabaseDamagedError(_msg("%1 is damaged: %2.", path, "; ".join(problems[:3])))
    finally:
        conn.close()


def open_database(
    path: Path,
    *,
    now: datetime | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
    passphrase: str | None = None,
    read_only_ok: bool = False,
    read_only: bool = False,
    start_empty: bool = False,
) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate it.

    ``path`` is either the database file or a data folder, in which case the
    file is :data:`DATABASE_FILE_NAME` inside it. ``now`` names the
    pre-migration backup (defaults to the current time). Raises
    :class:`DatabaseNewerError` for a file from a newer app and
    :class:`DatabaseDamagedError` for a file that is not readable SQLite;
    in both cases the file is left exactly as it was. An empty or missing
    file with backups beside it raises :class:`DataFileEmptied` (a kind of
    damaged file; :mod:`fibro_desktop.store.emptied`) unless ``start_empty``
    says the person chose to start with no data.

    ``passphrase`` opens protected data (and creates a new file encrypted);
    without it the session's passphrase is tried on an encrypted file.
    :class:`PassphraseRequired` / :class:`WrongPassphrase` are raised, the
    file untouched, when it is protected and no key or a wrong one is known.

    A folder that cannot be written to (a read-only drive or share) raises
    :class:`DataReadOnlyError`, unless ``read_only_ok``: then an existing,
    up-to-date file is opened for reading only (:func:`is_read_only`), so it
    can still be looked at, exported and reported on. ``read_only`` opens
    it so even when the folder is writable (the app could not take its
    single-instance lock, so it must not write).
    """
    path = Path(path)
    if path.is_dir() or path.suffix == "":
        path = database_path(path)
    if not start_empty:  # the person's explicit choice at the recovery dialog
        refuse_if_emptied(path, passphrase)  # an empty file beside backups is lost data, not a new start
    try:
        files.ensure_private_dir(path.parent)
    except OSError as exc:
        if files.is_not_writable_error(exc):
            raise DataReadOnlyError(path.parent) from exc
        raise
    writable = files.folder_is_writable(path.parent) and (not path.exists() or os.access(path, os.W_OK))
    if not writable or read_only:
        if (not read_only_ok and not read_only) or not path.exists() or path.stat().st_size == 0:
            raise DataReadOnlyError(path.parent)
        return _open_read_only(path, passphrase, latest_version(migrations))
    if path.exists():
        key = key_for_file(path, passphrase)
        supported = latest_version(migrations)
        if key is not None and cipher.has_plain_header(path) is False:
            check_encrypted_file(path, key, supported)  # the same checks, in one keyed connection
        else:
            found = read_schema_version(path)
            if found > supported:
                raise DatabaseNewerError(found, supported)
            refuse_if_damaged(path)  # never migrate or write over a damaged file
    else:
        key = passphrase
        files.create_private_file(path)
    if key is not None:
        files.create_private_file(cipher.marker_path(path))  # before the first encrypted write
    elif cipher.has_plain_header(path):
        # Stale, from a "Protect" interrupted before its switch: without it a
        # later damaged file would not be mistaken for a protected one.
        cipher.marker_path(path).unlink(missing_ok=True)

    new_file = cipher.has_plain_header(path) is None  # read now: once connected, never again
    if key is None:
        db = LiveSqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
        if new_file:
            db.fibro_new_header = _SQLITE_HEADER
    else:
        # The raw key (derived once, see cipher.raw_key): no key derivation per connection.
        salt = cipher.file_salt(path) or os.urandom(cipher.SALT_BYTES)  # a new file: a new salt
        db = live_database_class(encrypted=True)(str(path), passphrase=cipher.raw_key(key, salt),
                                                  pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
        db.fibro_passphrase = key
        if new_file:
            db.fibro_new_header = salt
    try:
        db.connect()
        migrate(db, migrations, now=now or datetime.now().astimezone())
    except peewee.DatabaseError as exc:
        db.close()
        raise DatabaseDamagedError(_msg("%1 cannot be opened: %2.", path, exc)) from exc
    except Exception:
        db.close()
        raise
    db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    secure_database_files(path)
    cipher.remember_passphrase(key, path if key is not None else None)
    return db


def _open_read_only(path: Path, passphrase: str | None, supported: int) -> peewee.SqliteDatabase:
    """Open an existing, up-to-date plain or protected file for reading only."""
    key = key_for_file(path, passphrase)
    if key is not None:
        check_encrypted_file(path, key, supported)
    else:
        found = read_schema_version(path)
        if found > supported:
            raise DatabaseNewerError(found, supported)
        if found < supported:
            raise DataReadOnlyError(path.parent, _UPGRADE_FIRST)
        refuse_if_damaged(path)
    pragmas = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS, "query_only": 1}
    if key is None:
        db = ReadOnlyLiveSqliteDatabase(str(path), pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        global _ReadOnlySqlCipherDatabase
        if _ReadOnlySqlCipherDatabase is None:
            from playhouse.sqlcipher_ext import SqlCipherDatabase

            class ReadOnlyLiveSqlCipherDatabase(
                    _OwnsLiveFile, _ReadOnlyConnect, SqlCipherDatabase):  # type: ignore[misc]  # peewee: no stubs
                """The app's connection to a protected file in a folder it cannot write."""

                sqlite_library = "sqlcipher3"

            _ReadOnlySqlCipherDatabase = ReadOnlyLiveSqlCipherDatabase
        db = _ReadOnlySqlCipherDatabase(str(path), passphrase=cipher.key_value(path, key),
                                        pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000)
        db.fibro_passphrase = key
    try:
        db.connect()
        if current_version(db) != supported:
            raise DataReadOnlyError(path.parent, _UPGRADE_FIRST)
    except peewee.DatabaseError as exc:
        db.close()
        raise DatabaseDamagedError(_msg("%1 cannot be opened: %2.", path, exc)) from exc
    except Exception:
        db.close()
        raise
    db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    cipher.remember_passphrase(key, path if key is not None else None)
    return db


_ReadOnlySqlCipherDatabase: type[peewee.SqliteDatabase] | None = None


def passphrase_of(db: peewee.SqliteDatabase) -> str | None:
    """The key an open database was opened with (``None``: plain)."""
    return getattr(db, "fibro_passphrase", None)


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
        # Named like every backup, so it is listed, restorable, removable, and
        # kept as an undo point for 90 days (core.data_safety.schedule).
        backup_database(db, db_path.parent / BACKUP_DIR_NAME,
                        f"fibro-{now.astimezone(UTC):%Y%m%dT%H%M%S}Z-before-migration")
    for migration in pending:
        try:
            with db.atomic():
                migration.apply(db)
                db.execute_sql(f"PRAGMA user_version = {int(migration.version)}")
        except Exception as exc:
            raise MigrationError(_msg("Upgrading the data to version %1 (%2) failed: %3. Your data is unchanged.",
                                      migration.version, migration.name, exc)) from exc
    return current_version(db)


def backup_database(db: peewee.SqliteDatabase, folder: Path, stem: str) -> Path:
    """Copy the live database into ``folder/stem.sqlite3`` with the backup API.

    Returns the path written. The copy is owner-only.
    """
    files.ensure_private_dir(folder)
    target = folder / f"{stem}.sqlite3"
    files.create_private_file(target)
    # An encrypted file's copy stays encrypted, with the same key and salt.
    dest = cipher.connect(target, passphrase_of(db), salt=cipher.file_salt(Path(db.database)))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    files.make_private(target)
    return target
