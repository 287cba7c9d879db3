"""Protect data with a passphrase, change it, or remove it, crash-safely.

Every change writes a new file and never touches the old one until the new
one is complete and checked: ``sqlcipher_export`` copies the whole database
(schema and rows; ``user_version`` is copied by hand) into
``<name>.converting`` keyed with the new passphrase (or none), the copy gets
a full ``integrity_check`` and a row count of every table against the
original, and only then ``os.replace`` swaps it in (one atomic rename). The
marker (``<name>.encrypted``) is written before the swap when the result is
encrypted and removed after it when it is plain; since a plain header always
wins over the marker (:mod:`fibro_desktop.store.cipher`), a crash at any
step leaves data that opens, with the old or the new key.

``PRAGMA rekey`` is not used on purpose: it rewrites the live file in place.

Backups in ``backups/`` follow the data (converted one by one the same way)
so that none needs a passphrase the app no longer knows, and, when
protecting, no plain copy is left behind unless the person asked to keep
one.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import peewee

from fibro_desktop.core.message import messages
from fibro_desktop.store import cipher, files, live_file
from fibro_desktop.store.errors import StoreError
from fibro_desktop.store.integrity import run_check
from fibro_desktop.store.tables import count_rows, user_tables

STAGING_SUFFIX = ".converting"
#: The unencrypted copy kept on request when protecting.
PLAIN_COPY_PREFIX = "unencrypted-copy-"
BACKUP_DIR_NAME = "backups"
_msg = messages("protection")


class ProtectionError(StoreError):
    """A protection change could not be made; the data is unchanged."""


@dataclass
class ProtectionResult:
    database: Path
    #: Backups converted to the new key (or to plain).
    backups_converted: list[Path] = field(default_factory=list)
    #: Backups left as they were (another key, unreadable), with why.
    backups_left: dict[Path, str] = field(default_factory=dict)
    #: A plain copy kept on request when protecting (``None`` otherwise).
    plain_copy: Path | None = None


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_staging(staging: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        staging.with_name(staging.name + suffix).unlink(missing_ok=True)


def _counts(conn: sqlite3.Connection) -> dict[str, int | None]:
    return {table.name: count_rows(conn, table.name) for table in user_tables(conn)}


def export_copy(source: Path, target: Path, old: str | None, new: str | None, salt: bytes | None = None) -> None:
    """Write ``target`` as a checked copy of ``source`` with key ``new``
    (and ``salt``; see :mod:`fibro_desktop.store.cipher`).

    ``old`` opens ``source`` (``None``: plain). Raises
    :class:`ProtectionError` (and leaves no ``target``) when the copy fails
    or does not match the original exactly (integrity, version, row counts).
    """
    if not cipher.available():
        raise ProtectionError(_msg("This installation cannot protect data with a passphrase "
                                   "(sqlcipher3 is missing)."))
    _remove_staging(target)
    files.create_private_file(target)
    try:
        live_file.refuse_other_library(source, "sqlcipher3")
        src = cipher.sqlcipher.connect(str(source), timeout=5)  # sqlcipher_export needs SQLCipher
        try:
            if old is not None:
                src.execute(f"PRAGMA key = {cipher.quote(cipher.key_value(source, old))}")
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
            expected = _counts(src)
            target_key = cipher.raw_key(new, salt or os.urandom(cipher.SALT_BYTES)) if new else ""
            src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_key))
            src.execute("SELECT sqlcipher_export('converted')")
            src.execute(f"PRAGMA converted.user_version = {version}")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
        dest = cipher.connect(target, new)
        try:
            problems = run_check(dest, full=True)
            found_version = int(dest.execute("PRAGMA user_version").fetchone()[0])
            found = _counts(dest)
        finally:
            dest.close()
        if problems or found_version != version or found != expected:
            raise ProtectionError(_msg("The new copy did not match the data exactly; nothing was changed. %1",
                                       "; ".join(problems[:3])))
        _fsync_file(target)
        files.make_private(target)
    except cipher.Error as exc:
        _remove_staging(target)
        raise ProtectionError(_msg("The data could not be copied: %1. Nothing was changed.", exc)) from exc
    except BaseException:
        _remove_staging(target)
        raise


def _swap(database: Path, staging: Path, new: str | None, marker_text: str | None) -> None:
    """Put ``staging`` in place of ``database`` (whose connections are closed)."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Someone still has the data open; a WAL must never meet a new file.
        raise ProtectionError(_msg("The data is still in use, so it was not changed. Please try again."))
    if marker_text is not None:
        cipher.write_marker(database, marker_text)  # before the encrypted file lands
    elif new is not None:
        files.create_private_file(cipher.marker_path(database))
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staging, database)
    _fsync_dir(database.parent)
    if new is None:
        cipher.marker_path(database).unlink(missing_ok=True)
    files.make_private(database)


def convert_database(database: Path, old: str | None, new: str | None, *, now: datetime | None = None,
                     keep_plain_copy: bool = False) -> ProtectionResult:
    """Change the key of the closed data file ``database`` from ``old`` to
    ``new`` (``None`` = plain) and bring its backups along.

    Every connection to ``database`` must be closed (see :func:`switch_key`).
    ``keep_plain_copy`` (only when protecting plain data): keep a plain
    copy ``backups/unencrypted-copy-<UTC stamp>.sqlite3`` (outside the
    backup schedule, never pruned) and leave the existing plain backups as
    they are; otherwise they are encrypted too.
    """
    database = Path(database)
    if new is not None and len(new) < cipher.MIN_PASSPHRASE_LENGTH:
        raise ProtectionError(_msg("Please choose a passphrase of at least %1 characters.",
                                   cipher.MIN_PASSPHRASE_LENGTH))
    if old is None and new is None:
        return ProtectionResult(database)
    if (cipher.has_plain_header(database) is not False) != (old is None):
        raise ProtectionError(_msg("The data is not in the state expected; nothing was changed."))
    if old is not None and not cipher.key_works(database, old):
        raise ProtectionError(_msg("That passphrase does not open this data. Nothing was changed."))
    result = ProtectionResult(database)
    folder = database.parent / BACKUP_DIR_NAME
    if keep_plain_copy and old is None:
        result.plain_copy = _keep_plain_copy(database, folder, now or datetime.now().astimezone())
    staging = database.with_name(database.name + STAGING_SUFFIX)
    salt = os.urandom(cipher.SALT_BYTES)  # new key, new salt; the backups get the same one
    export_copy(database, staging, old, new, salt)
    protecting = old is None
    _swap(database, staging, new, (cipher.BACKUPS_KEPT_PLAIN if keep_plain_copy else cipher.BACKUPS_ENCRYPTED)
          if protecting else None)
    if not (keep_plain_copy and old is None):
        convert_backups(folder, old, new, result, skip=result.plain_copy, salt=salt)
    return result


def _keep_plain_copy(database: Path, folder: Path, now: datetime) -> Path:
    """A checked plain copy named outside the backup pattern: never pruned
    by the schedule, never converted later; the person asked for it."""
    from fibro_desktop.store.backup import copy_database

    files.ensure_private_dir(folder)
    target = folder / f"{PLAIN_COPY_PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%S}Z.sqlite3"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = cipher.connect(database, None, timeout=5)
    try:
        copy_database(source, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(partial, target)
    return target


def convert_backups(folder: Path, old: str | None, new: str | None, result: ProtectionResult,
                    *, skip: Path | None = None, salt: bytes | None = None) -> None:
    """Convert every backup in ``folder`` that ``old`` opens to ``new``.

    Each one goes through a checked copy and an atomic rename, so a crash
    leaves every backup whole (some converted, some not). Files moved aside
    as damaged or newer are left alone.
    """
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.sqlite3")):
        if path == skip or path.name.startswith(("damaged-", "newer-", PLAIN_COPY_PREFIX)):
            continue
        plain = cipher.has_plain_header(path)
        if plain is None or plain != (old is None):  # empty, or not in the old state: leave it
            if plain is not None:
                result.backups_left[path] = "plain" if plain else "protected already"
            continue
        if old is not None and not cipher.key_works(path, old):
            result.backups_left[path] = "opened by another passphrase"
            continue
        staging = path.with_name(path.name + STAGING_SUFFIX)
        try:
            export_copy(path, staging, old, new, salt)
            os.replace(staging, path)
            _fsync_dir(folder)
            result.backups_converted.append(path)
        except (ProtectionError, OSError) as exc:
            result.backups_left[path] = str(exc)


def finish_backups(database: Path, passphrase: str) -> ProtectionResult:
    """Encrypt backups left plain by an interrupted protection (a crash
    after the data was swapped, before every backup was converted), unless
    the person chose to keep plain ones. Quick when there is nothing to do
    (reads 16 bytes per backup)."""
    database = Path(database)
    result = ProtectionResult(database)
    if cipher.has_plain_header(database) is False and cipher.backups_should_be_encrypted(database):
        convert_backups(database.parent / BACKUP_DIR_NAME, None, passphrase, result,
                        salt=cipher.file_salt(database))
    return result


def switch_key(db: peewee.SqliteDatabase, passphrase: str | None) -> None:
    """Re-point the (closed, converted) database object ``db`` at its file
    with ``passphrase``, keeping the object: pages hold it."""
    from fibro_desktop.store.database import live_database_class

    if not db.is_closed():
        db.close()
    path = Path(db.database)
    if passphrase is None:
        db.__class__ = live_database_class(encrypted=False)
        db.connect_params.pop("passphrase", None)
    else:
        db.__class__ = live_database_class(encrypted=True)
        db.connect_params["passphrase"] = cipher.key_value(path, passphrase)
    db.fibro_passphrase = passphrase
    db.connect()
    cipher.remember_passphrase(passphrase, path if passphrase is not None else None)
