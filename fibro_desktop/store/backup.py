"""Backups of the live database, their list, retention and restore.

Copies are made with SQLite's online backup API (``Connection.backup``),
never a file copy, so a backup taken while the app writes is consistent.
Each copy is written under a temporary name, switched to a self-contained
single file (``journal_mode=DELETE``), checked with ``PRAGMA
integrity_check`` and only then given its final name
``fibro-YYYYMMDDTHHMMSSZ-<reason>.sqlite3`` (UTC), owner-only. An optional
second folder (one a sync service watches, say) gets a copy of each checked
backup, never of the live database. Which backups to keep is the pure rule
in :mod:`fibro_desktop.core.data_safety.schedule`.

A backup of protected (encrypted) data is encrypted with the same key: the
backup API runs between two ``sqlcipher3`` connections keyed alike
(:mod:`fibro_desktop.store.cipher`).

The person's own recordings (``<data>/audio/``) go into one shared store,
``backups/audio/``, and come back with a restore
(:mod:`fibro_desktop.store.audio_files`).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fibro_desktop.core.data_safety.formats import COUNTED_TABLES
from fibro_desktop.core.data_safety.schedule import DEFAULT_RETENTION, Retention, backups_to_keep_by_reason
from fibro_desktop.core.message import Message, messages
from fibro_desktop.store import audio_files, cipher, files
from fibro_desktop.store.errors import StoreError, write_failure_words
from fibro_desktop.store.integrity import check_file, connect_read_only, run_check
from fibro_desktop.store.tables import count_rows

log = logging.getLogger(__name__)
BACKUP_DIR_NAME = "backups"
_NAME = re.compile(r"fibro-(\d{8}T\d{6})Z-([a-z-]+)\.sqlite3")
_STAMP = "%Y%m%dT%H%M%S"
#: Reasons a backup is made; part of its file name.
REASONS = ("daily", "exit", "manual", "before-restore", "before-import", "before-migration", "before-protection")
_msg = messages("backups")


class BackupError(StoreError):
    """A backup could not be made or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    made_utc: datetime  # aware, UTC
    reason: str
    size_bytes: int
    readable: bool
    schema_version: int | None = None
    counts: dict[str, int | None] = field(default_factory=dict)


@dataclass
class BackupResult:
    path: Path
    second_copy: Path | None = None
    second_error: Message | None = None
    removed: list[Path] = field(default_factory=list)
    #: Recordings could not be copied into ``backups/audio`` (the data backup stands).
    audio_error: Message | None = None


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR_NAME


def backup_name(now: datetime, reason: str) -> str:
    return f"fibro-{now.astimezone(UTC):{_STAMP}}Z-{reason}.sqlite3"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """``(made, reason)`` of one of our backup names, else ``None``."""
    match = _NAME.fullmatch(name)
    if not match:
        return None
    made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return made, match.group(2)


def copy_database(source: sqlite3.Connection, target: Path, passphrase: str | None = None,
                  salt: bytes | None = None) -> None:
    """Copy ``source`` into the new file ``target`` with the backup API,
    as a self-contained, checked, owner-only single file.

    ``passphrase``: the key of an encrypted ``source`` (the copy gets it
    too, with ``salt``, the source's, so that one key derivation serves both).
    """
    files.create_private_file(target)
    dest = cipher.connect(target, passphrase, salt=salt)
    try:
        source.backup(dest)
        # A copy of a WAL database is WAL too; make it one file that can be
        # moved or mailed to oneself without its -wal/-shm companions.
        dest.execute("PRAGMA journal_mode=DELETE")
        problems = run_check(dest, full=True)
    finally:
        dest.close()
    files.make_private(target)
    if problems:
        raise BackupError(_msg("The backup copy failed its check: %1.", "; ".join(problems[:3])))


def make_backup(database: Path, folder: Path, now: datetime, reason: str, *,
                second_folder: Path | None = None,
                retention: Retention | None = DEFAULT_RETENTION, passphrase: str | None = None) -> BackupResult:
    """Back up the database file ``database`` into ``folder``.

    Returns where it went; applies ``retention`` (``None``: keep all) in
    both folders. A problem with the second folder is reported in the
    result, never raised: the main backup is what matters. Raises
    :class:`BackupError` when the copy cannot be made or fails its check
    (no partial file is left). ``passphrase``: the key of protected data
    (default: the session's).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    database = Path(database)
    if not database.exists():
        raise BackupError(_msg("There is no data file at %1 to back up.", database))
    if database.stat().st_size == 0:
        # A copy of nothing must never push good backups out (retention).
        raise BackupError(_msg("The data file %1 is empty; there is nothing to back up.", database))
    files.ensure_private_dir(folder)
    final = folder / backup_name(now, reason)
    partial = folder / (final.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        key = cipher.key_for(database, passphrase)
        source = cipher.connect(database, key, timeout=5)
        try:
            copy_database(source, partial, key, cipher.file_salt(database))
        finally:
            source.close()
        os.replace(partial, final)
    except cipher.Error + (OSError,) as exc:
        partial.unlink(missing_ok=True)
        failure: object = write_failure_words(exc) or exc
        raise BackupError(_msg("The backup could not be written to %1: %2.", folder, failure)) from exc
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    result = BackupResult(final)
    try:
        audio_files.backup_audio(database.parent, folder)
    except OSError as exc:
        result.audio_error = _msg("Your recordings could not be copied into %1: %2.", folder, exc.strerror or exc)
        log.warning("%s", result.audio_error)
    if retention is not None:
        result.removed = prune_backups(folder, now, retention)
    if second_folder is not None:
        try:
            files.ensure_private_dir(Path(second_folder))
            copy = Path(second_folder) / final.name
            # Under a temporary name: a copy cut short never looks like a backup.
            audio_files.copy_file_safely(final, copy)
            audio_files.backup_audio(database.parent, Path(second_folder))
            result.second_copy = copy
            if retention is not None:
                prune_backups(Path(second_folder), now, retention)
        except OSError as exc:
            # not ``reason``: that is the backup's reason, in the file name
            failure = write_failure_words(exc) or exc.strerror or exc
            result.second_error = _msg("The copy to %1 failed: %2.", second_folder, failure)
    return result


def _our_backups(folder: Path) -> list[tuple[Path, datetime, str]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed and path.is_file():
            found.append((path, *parsed))
    return sorted(found, key=lambda item: item[1], reverse=True)


def prune_backups(folder: Path, now: datetime, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Delete the backups in ``folder`` that the retention rule does not keep.

    Only files named like our backups are considered; moved-aside damaged
    files, kept unencrypted copies and the ``before-v…`` pre-migration
    backups of earlier versions are never touched. Undo points
    (before an import, restore, migration or protection change) are kept
    for 90 days whatever the calendar rule says
    (:func:`~fibro_desktop.core.data_safety.schedule.backups_to_keep_by_reason`).
    Returns what was deleted.
    """
    found = _our_backups(folder)
    keep = backups_to_keep_by_reason([(made, reason) for _, made, reason in found], now, retention)
    removed = []
    for path, made, reason in found:
        if (made, reason) not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed and audio_files.audio_dir(folder).is_dir():
        audio_files.prune_audio_store(folder, _recordings_named_by_backups(folder))
    return removed


def _recordings_named_by_backups(folder: Path) -> set[str] | None:
    """Every recording some backup in ``folder`` names; ``None`` if one
    cannot be read (then the recordings store is left whole)."""
    named: set[str] = set()
    for path in folder.glob("*.sqlite3"):
        try:
            conn = connect_read_only(path)
            try:
                named.update(audio_files.named_recordings(conn))
            finally:
                conn.close()
        except cipher.Error:
            return None
    return named


def remove_backup(folder: Path, path: Path) -> None:
    """Delete one backup the person chose to remove (Backups dialog).

    Only one of our backups directly inside ``folder`` is ever deleted;
    anything else raises :class:`BackupError` and is left alone.
    """
    path = Path(path)
    if path.parent.resolve() != Path(folder).resolve() or parse_backup_name(path.name) is None:
        raise BackupError(_msg("%1 is not one of your backups, so it was not removed.", path.name))
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise BackupError(_msg("The backup %1 could not be removed: %2.", path.name, exc.strerror or exc)) from exc
    if audio_files.audio_dir(folder).is_dir():  # recordings only that backup named go too
        audio_files.prune_audio_store(folder, _recordings_named_by_backups(folder))


def latest_backup_time(folder: Path) -> datetime | None:
    found = _our_backups(folder)
    return found[0][1] if found else None


def describe_backup(path: Path, made: datetime, reason: str) -> BackupInfo:
    """Read what a backup holds (no full check: listing must stay quick)."""
    size = path.stat().st_size
    try:
        conn = connect_read_only(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            counts = {table: count_rows(conn, table) for table in COUNTED_TABLES}
        finally:
            conn.close()
    except cipher.Error:
        return BackupInfo(path, made, reason, size, False)
    return BackupInfo(path, made, reason, size, True, version, counts)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Our backups in ``folder``, newest first."""
    return [describe_backup(path, made, reason) for path, made, reason in _our_backups(folder)]


def latest_good_backup(folder: Path, supported_version: int) -> BackupInfo | None:
    """The newest backup that passes a full check and this app can open."""
    for info in list_backups(folder):
        if info.readable and check_file(info.path, supported_version, full=True).state == "ok":
            return info
    return None


def move_aside(database: Path, folder: Path, now: datetime, label: str = "damaged") -> Path:
    """Move a data file that cannot be used (and its -wal/-shm) into ``folder``.

    The file is renamed, never overwritten or deleted, so whatever it holds
    can still be rescued later (or opened by the newer app that wrote it).
    ``label`` starts the new name (``damaged``, ``newer``). Returns its new path.
    """
    files.ensure_private_dir(folder)
    target = folder / f"{label}-{now.astimezone(UTC):{_STAMP}}Z.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        src = database.with_name(database.name + suffix)
        if src.exists():
            os.replace(src, target.with_name(target.name + suffix))
    return target


def _restore_recordings(names: list[str], backup_dir: Path, data_dir: Path) -> None:
    """Bring back the recordings a restored backup names (the data itself
    is restored already, so a problem here is logged, not raised)."""
    try:
        restored, missing = audio_files.restore_audio(names, audio_files.audio_dir(backup_dir), data_dir)
    except OSError as exc:
        log.warning("Recordings could not be copied back after a restore: %s", exc)
        return
    if restored:
        log.info("Restored %d recordings from %s", len(restored), audio_files.audio_dir(backup_dir))
    if missing:
        log.warning("%d recordings named by the backup are in neither the library nor %s",
                    len(missing), audio_files.audio_dir(backup_dir))


def restore_backup(database: Path, backup: Path, now: datetime, supported_version: int) -> Path | None:
    """Replace the data in ``database`` by the backup ``backup``.

    First the backup is checked (full integrity check, known version). Then
    the current data is kept: backed up as ``before-restore`` when it is
    healthy, or moved aside untouched when it is damaged or newer. Then the
    backup is copied in with the backup API. Returns where the previous data
    went (``None`` if there was none). The recordings the backup names are
    copied back from ``audio/`` beside the backup when the library lacks
    them. The caller migrates the restored data (``open_database`` or
    ``migrate``) when it is older.
    """
    database, backup = Path(database), Path(backup)
    health = check_file(backup, supported_version, full=True)
    if health.state != "ok":
        raise BackupError(_msg("This backup cannot be restored. %1", health.message))
    folder = database.parent / BACKUP_DIR_NAME
    previous = None
    current = check_file(database, supported_version)
    if current.state == "locked":
        raise BackupError(_msg("Your current data is protected with a passphrase that is not known here; "
                               "open it with its passphrase first. Nothing was changed."))
    backup_key = cipher.key_for(backup)
    if current.state == "ok" and cipher.has_plain_header(database) is not None and \
            (cipher.key_for(database) is None) != (backup_key is None):
        raise BackupError(_msg(
            "This backup was made while your data was protected with a passphrase, and your data is not "
            "like that now. To restore it, first protect your data with the same passphrase (File menu), "
            "then restore it. Nothing was changed.") if backup_key else _msg(
            "This backup was made while your data was not protected with a passphrase, and your data is not "
            "like that now. To restore it, first remove the protection (File menu), then restore it. "
            "Nothing was changed."))
    if current.state == "ok" and database.stat().st_size == 0:
        previous = move_aside(database, folder, now, "empty")  # nothing in it, but its -wal may hold something
    elif current.state == "ok":
        previous = make_backup(database, folder, now, "before-restore", retention=None).path
    elif current.state != "missing":
        previous = move_aside(database, folder, now, "newer" if current.state == "newer" else "damaged")
    if not database.exists():
        files.ensure_private_dir(database.parent)
        files.create_private_file(database)
    if backup_key is not None:  # before the first encrypted byte lands
        files.create_private_file(cipher.marker_path(database))
    try:
        source = connect_read_only(backup)
        dest = cipher.connect(database, backup_key, timeout=5, salt=cipher.file_salt(backup))
        try:
            source.backup(dest)
            recordings = audio_files.named_recordings(source)
        finally:
            dest.close()
            source.close()
    except cipher.Error as exc:
        raise BackupError(_msg("Restoring failed: %1. Your previous data is kept at %2.", exc, previous)) from exc
    _restore_recordings(recordings, backup.parent, database.parent)
    if backup_key is None:
        cipher.marker_path(database).unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        files.make_private(database.with_name(database.name + suffix))
    return previous
