"""Protected data on real files: open, refuse, convert, back up, export."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from fibro_desktop.store import cipher
from fibro_desktop.store.backup import backup_folder, list_backups, make_backup, restore_backup
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.errors import PassphraseRequired, WrongPassphrase
from fibro_desktop.store.export import export_json
from fibro_desktop.store.integrity import LOCKED, check_file
from fibro_desktop.store.migrations import latest_version
from fibro_desktop.store.protection import ProtectionError, convert_database, switch_key
from tests.conftest import TEST_NOW
from tests.encryption.conftest import NOTE, OTHER, PASSPHRASE, add_episodes, episode_count


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_encrypted_file_hides_notes_and_opens_with_the_passphrase(protected_data):
    path = database_path(protected_data)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert NOTE.encode() not in raw and b"market" not in raw
    assert cipher.marker_path(path).exists()
    db = open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    try:
        assert episode_count(db) == 3
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


@pytest.mark.parametrize("passphrase, error", [(None, PassphraseRequired), (OTHER, WrongPassphrase)])
def test_missing_or_wrong_passphrase_is_refused_and_file_untouched(protected_data, passphrase, error):
    path = database_path(protected_data)
    before = digest(path)
    with pytest.raises(error):
        open_database(protected_data, now=TEST_NOW, passphrase=passphrase)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    assert cipher.session_passphrase() is None


def test_without_marker_an_unreadable_file_stays_a_damaged_file(protected_data):
    from fibro_desktop.store.errors import DatabaseDamagedError

    path = database_path(protected_data)
    cipher.marker_path(path).unlink()
    with pytest.raises(DatabaseDamagedError):
        open_database(protected_data, now=TEST_NOW)
    assert check_file(path, latest_version()).state == "damaged"


def test_check_reports_locked_then_ok_with_the_key(protected_data):
    path = database_path(protected_data)
    assert check_file(path, latest_version()).state == LOCKED
    health = check_file(path, latest_version(), full=True, passphrase=PASSPHRASE)
    assert health.state == "ok" and health.counts["episode"] == 3


def test_protect_change_and_remove_round_trip(plain_data):
    path = database_path(plain_data)
    result = convert_database(path, None, PASSPHRASE)
    assert result.plain_copy is None
    assert cipher.has_plain_header(path) is False and cipher.marker_path(path).exists()
    assert not path.with_name(path.name + ".converting").exists()
    with pytest.raises(PassphraseRequired):
        open_database(plain_data, now=TEST_NOW)

    convert_database(path, PASSPHRASE, OTHER)
    with pytest.raises(WrongPassphrase):
        open_database(plain_data, now=TEST_NOW, passphrase=PASSPHRASE)
    db = open_database(plain_data, now=TEST_NOW, passphrase=OTHER)
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    assert episode_count(db) == 3
    db.close()

    if os.name == "posix":  # private like every other file of the data folder
        for file in (path, cipher.marker_path(path)):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600
    convert_database(path, OTHER, None)
    assert cipher.has_plain_header(path) is True and not cipher.marker_path(path).exists()
    cipher.forget_passphrase()
    db = open_database(plain_data, now=TEST_NOW)
    assert episode_count(db) == 3
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == version == latest_version()
    notes = [row[0] for row in db.execute_sql("SELECT notes FROM episode ORDER BY notes")]
    assert notes == [f"{NOTE} #{n}" for n in range(3)]
    db.close()


def test_wrong_old_passphrase_or_short_new_one_changes_nothing(protected_data):
    path = database_path(protected_data)
    before = digest(path)
    with pytest.raises(ProtectionError):
        convert_database(path, OTHER, "new passphrase")
    with pytest.raises(ProtectionError):
        convert_database(path, PASSPHRASE, "short")
    assert digest(path) == before


def test_crash_before_the_swap_leaves_the_old_data(plain_data, monkeypatch):
    """A failure after the copy, before the rename: old file intact, opens plain."""
    import fibro_desktop.store.protection as protection

    path = database_path(plain_data)
    before = digest(path)

    def boom(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(protection.os, "replace", boom)
    with pytest.raises(OSError):
        convert_database(path, None, PASSPHRASE)
    assert digest(path) == before
    assert cipher.marker_path(path).exists()  # stale: the plain header wins
    db = open_database(plain_data, now=TEST_NOW)
    assert episode_count(db) == 3
    db.close()
    assert not cipher.marker_path(path).exists()  # and is cleared by the next open


def test_protecting_encrypts_old_backups_unless_asked_to_keep_plain(plain_data):
    path = database_path(plain_data)
    folder = backup_folder(plain_data)
    old = make_backup(path, folder, TEST_NOW, "manual").path
    assert cipher.has_plain_header(old)
    result = convert_database(path, None, PASSPHRASE)
    assert result.backups_converted == [old]
    assert cipher.has_plain_header(old) is False and NOTE.encode() not in old.read_bytes()
    cipher.remember_passphrase(PASSPHRASE)
    [info] = list_backups(folder)
    assert info.readable and info.counts["episode"] == 3


def test_keeping_a_plain_copy_when_asked(plain_data):
    path = database_path(plain_data)
    result = convert_database(path, None, PASSPHRASE, now=TEST_NOW, keep_plain_copy=True)
    assert result.plain_copy is not None and cipher.has_plain_header(result.plain_copy)
    assert NOTE.encode() in result.plain_copy.read_bytes()  # the trade-off the person accepted
    assert result.plain_copy.name.startswith("unencrypted-copy-")
    from fibro_desktop.store.backup import prune_backups

    prune_backups(backup_folder(plain_data), TEST_NOW.replace(year=2030))  # the schedule never takes it
    assert result.plain_copy.exists()
    convert_database(path, PASSPHRASE, OTHER)  # nor does a later passphrase change
    assert cipher.has_plain_header(result.plain_copy)


def test_backups_of_encrypted_data_are_encrypted_and_restorable(protected_data):
    db = open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    path = database_path(protected_data)
    folder = backup_folder(protected_data)
    backup = make_backup(path, folder, TEST_NOW, "manual").path
    assert cipher.has_plain_header(backup) is False
    assert NOTE.encode() not in backup.read_bytes()
    with pytest.raises(cipher.DatabaseError):
        sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert check_file(backup, latest_version(), full=True).state == "ok"  # session key
    add_episodes(db, 2)
    assert episode_count(db) == 5
    previous = restore_backup(path, backup, TEST_NOW, latest_version())
    assert cipher.has_plain_header(previous) is False  # the before-restore copy too
    assert episode_count(db) == 3
    db.close()


def test_restoring_a_plain_backup_into_protected_data_is_refused_plainly(plain_data):
    path = database_path(plain_data)
    backup = make_backup(path, backup_folder(plain_data), TEST_NOW, "manual").path
    convert_database(path, None, PASSPHRASE, keep_plain_copy=True, now=TEST_NOW)
    cipher.remember_passphrase(PASSPHRASE)
    before = digest(path)
    from fibro_desktop.store.backup import BackupError

    with pytest.raises(BackupError, match="remove the protection"):
        restore_backup(path, backup, TEST_NOW, latest_version())
    assert digest(path) == before


def test_export_from_encrypted_data(protected_data, tmp_path):
    db = open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    out = tmp_path / "out.json"
    export_json(db.connection(), out, TEST_NOW)
    db.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert NOTE in out.read_text(encoding="utf-8")
    assert data["format"]


def test_pre_migration_backup_of_encrypted_data_stays_encrypted(data_dir):
    from fibro_desktop.store.migrations import MIGRATIONS

    old = open_database(data_dir, now=TEST_NOW, passphrase=PASSPHRASE, migrations=MIGRATIONS[:1])
    old.close()
    cipher.forget_passphrase()
    db = open_database(data_dir, now=TEST_NOW, passphrase=PASSPHRASE)
    db.close()
    copies = list(backup_folder(data_dir).glob("fibro-*-before-migration.sqlite3"))
    assert copies and all(cipher.has_plain_header(copy) is False for copy in copies)
    assert cipher.key_works(copies[0], PASSPHRASE)


def test_switch_key_keeps_the_same_database_object(plain_data):
    db = open_database(plain_data, now=TEST_NOW)
    path = database_path(plain_data)
    db.close()
    convert_database(path, None, PASSPHRASE)
    switch_key(db, PASSPHRASE)
    assert episode_count(db) == 3
    add_episodes(db, 1)
    db.close()
    convert_database(path, PASSPHRASE, None)
    switch_key(db, None)
    assert episode_count(db) == 4
    db.close()


def test_backups_left_plain_by_an_interrupted_protection_are_finished(plain_data, monkeypatch):
    import fibro_desktop.store.protection as protection
    from fibro_desktop.store.protection import finish_backups

    path = database_path(plain_data)
    old = make_backup(path, backup_folder(plain_data), TEST_NOW, "manual").path
    monkeypatch.setattr(protection, "convert_backups", lambda *a, **k: None)  # "crash" right after the swap
    convert_database(path, None, PASSPHRASE)
    monkeypatch.undo()
    assert cipher.has_plain_header(old) is True
    assert finish_backups(path, PASSPHRASE).backups_converted == [old]
    assert cipher.has_plain_header(old) is False


def test_backups_kept_plain_on_request_are_not_touched_later(plain_data):
    from fibro_desktop.store.protection import finish_backups

    path = database_path(plain_data)
    old = make_backup(path, backup_folder(plain_data), TEST_NOW, "manual").path
    convert_database(path, None, PASSPHRASE, keep_plain_copy=True, now=TEST_NOW)
    assert finish_backups(path, PASSPHRASE).backups_converted == []
    assert cipher.has_plain_header(old) is True


def test_files_are_standard_sqlcipher_and_share_one_salt(protected_data):
    """Our one-time key derivation matches SQLCipher's own: the passphrase
    alone opens the data and its backups with the library's defaults."""
    from sqlcipher3 import dbapi2 as sqlcipher

    probe = sqlcipher.connect(":memory:")
    assert int(probe.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]) == cipher.KDF_ROUNDS
    assert probe.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
    probe.close()
    db = open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    path = database_path(protected_data)
    backup = make_backup(path, backup_folder(protected_data), TEST_NOW, "manual").path
    db.close()
    assert cipher.file_salt(backup) == cipher.file_salt(path)
    for file in (path, backup):
        conn = sqlcipher.connect(str(file))
        conn.execute(f"PRAGMA key = {cipher.quote(PASSPHRASE)}")  # the standard way, as any tool does
        assert conn.execute("SELECT count(*) FROM episode").fetchone()[0] == 3
        conn.close()


def test_without_openssl_pbkdf2_sqlcipher_derives_the_key_itself(plain_data, monkeypatch):
    """The frozen build may leave ``_hashlib`` out: everything still works."""
    monkeypatch.setattr(cipher, "_pbkdf2_hmac", None)
    path = database_path(plain_data)
    convert_database(path, None, PASSPHRASE)
    db = open_database(plain_data, now=TEST_NOW, passphrase=PASSPHRASE)
    backup = make_backup(path, backup_folder(plain_data), TEST_NOW, "manual").path
    assert episode_count(db) == 3
    db.close()
    assert cipher.has_plain_header(backup) is False
    monkeypatch.undo()  # files made either way open either way
    cipher.forget_passphrase()
    assert cipher.key_works(backup, PASSPHRASE)
    db = open_database(plain_data, now=TEST_NOW, passphrase=PASSPHRASE)
    assert episode_count(db) == 3
    db.close()
