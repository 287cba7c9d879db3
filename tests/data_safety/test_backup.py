"""Backups on real SQLite files: made, checked, private, kept, restored."""

import os
import sqlite3
import stat
from datetime import timedelta

import pytest

from fibro_desktop.store.backup import (
    BackupError,
    backup_folder,
    latest_backup_time,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.migrations import latest_version
from tests.conftest import TEST_NOW
from tests.data_safety import journal_schema


def count(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_is_a_checked_single_file_holding_the_data(journal_db, data_dir):
    result = make_backup(database_path(data_dir), backup_folder(data_dir), TEST_NOW, "manual")
    assert result.path.name == "fibro-20261124T090000Z-manual.sqlite3"
    assert sorted(p.name for p in backup_folder(data_dir).iterdir()) == [result.path.name]  # no -wal/-shm
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert count(result.path, "episode") == journal_db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_and_their_folders_are_owner_only(journal_db, data_dir, tmp_path):
    os.umask(0o022)
    result = make_backup(database_path(data_dir), backup_folder(data_dir), TEST_NOW, "manual",
                         second_folder=tmp_path / "sync")
    for path in (result.path, result.second_copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_second_folder_gets_a_copy_of_the_backup(journal_db, data_dir, tmp_path):
    result = make_backup(database_path(data_dir), backup_folder(data_dir), TEST_NOW, "daily",
                         second_folder=tmp_path / "sync")
    assert result.second_copy == tmp_path / "sync" / result.path.name
    assert result.second_copy.read_bytes() == result.path.read_bytes()
    assert result.second_error is None


def test_an_unusable_second_folder_is_reported_but_the_backup_stands(journal_db, data_dir, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = make_backup(database_path(data_dir), backup_folder(data_dir), TEST_NOW, "daily",
                         second_folder=blocker)
    assert result.path.exists()
    assert result.second_copy is None and "failed" in str(result.second_error)


def test_retention_prunes_old_backups_but_never_other_files(journal_db, data_dir):
    folder = backup_folder(data_dir)
    folder.mkdir(exist_ok=True)
    (folder / "before-v2-from-v1-20250101-000000.sqlite3").write_bytes(b"")
    (folder / "damaged-20250101T000000Z.sqlite3").write_bytes(b"")
    for day in range(20):
        make_backup(database_path(data_dir), folder, TEST_NOW - timedelta(days=20 - day), "daily")
    names = sorted(p.name for p in folder.iterdir())
    ours = [n for n in names if n.startswith("fibro-")]
    assert 7 <= len(ours) <= 7 + 4 + 2
    assert "before-v2-from-v1-20250101-000000.sqlite3" in names
    assert "damaged-20250101T000000Z.sqlite3" in names
    assert latest_backup_time(folder) == (TEST_NOW - timedelta(days=1)).astimezone(latest_backup_time(folder).tzinfo)


def test_the_list_says_when_and_what_each_backup_holds(journal_db, data_dir):
    folder = backup_folder(data_dir)
    make_backup(database_path(data_dir), folder, TEST_NOW - timedelta(hours=2), "daily", retention=None)
    journal_schema.add_checkin(journal_db, TEST_NOW.date() + timedelta(days=5))
    make_backup(database_path(data_dir), folder, TEST_NOW, "exit", retention=None)
    first, second = list_backups(folder)
    assert first.reason == "exit" and second.reason == "daily"
    assert first.counts["checkin"] == second.counts["checkin"] + 1
    assert first.counts["episode"] == second.counts["episode"] > 0
    assert first.schema_version == latest_version()


def test_restore_brings_the_data_back_and_keeps_the_current_state_first(journal_db, data_dir):
    db_file = database_path(data_dir)
    before = journal_schema.table_contents(journal_db.connection())
    saved = make_backup(db_file, backup_folder(data_dir), TEST_NOW, "manual").path
    journal_db.execute_sql("DELETE FROM episode")
    journal_schema.add_checkin(journal_db, TEST_NOW.date() + timedelta(days=9))
    changed = journal_schema.table_contents(journal_db.connection())
    journal_db.close()

    previous = restore_backup(db_file, saved, TEST_NOW + timedelta(minutes=5), latest_version())
    db = open_database(data_dir, now=TEST_NOW)
    assert journal_schema.table_contents(db.connection()) == before
    db.close()
    assert "before-restore" in previous.name
    conn = sqlite3.connect(previous)
    assert journal_schema.table_contents(conn) == changed
    conn.close()


def test_restore_into_the_open_database_is_seen_by_that_connection(journal_db, data_dir):
    db_file = database_path(data_dir)
    saved = make_backup(db_file, backup_folder(data_dir), TEST_NOW, "manual").path
    episodes = journal_db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]
    journal_db.execute_sql("DELETE FROM episode")
    restore_backup(db_file, saved, TEST_NOW + timedelta(minutes=1), latest_version())
    assert journal_db.execute_sql("SELECT count(*) FROM episode").fetchone()[0] == episodes
    assert journal_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restoring_over_a_damaged_file_moves_it_aside_untouched(journal_db, data_dir):
    db_file = database_path(data_dir)
    saved = make_backup(db_file, backup_folder(data_dir), TEST_NOW, "manual").path
    journal_db.close()
    damaged = b"this is not a database any more" * 200
    db_file.write_bytes(damaged)
    previous = restore_backup(db_file, saved, TEST_NOW + timedelta(minutes=1), latest_version())
    assert previous.name.startswith("damaged-") and previous.read_bytes() == damaged
    db = open_database(data_dir, now=TEST_NOW)
    assert db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 30
    db.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(journal_db, data_dir, tmp_path):
    bad = tmp_path / "fibro-20261124T090000Z-manual.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    before = database_path(data_dir).read_bytes()
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(database_path(data_dir), bad, TEST_NOW, latest_version())
    assert database_path(data_dir).read_bytes() == before
    assert not backup_folder(data_dir).exists() or not list(backup_folder(data_dir).iterdir())


def test_the_latest_good_backup_skips_a_damaged_newer_one(journal_db, data_dir):
    folder = backup_folder(data_dir)
    good = make_backup(database_path(data_dir), folder, TEST_NOW - timedelta(days=1), "daily").path
    newer = make_backup(database_path(data_dir), folder, TEST_NOW, "exit").path
    raw = bytearray(newer.read_bytes())
    raw[4096:8192] = os.urandom(4096)  # wreck a page in the middle
    newer.write_bytes(bytes(raw))
    assert latest_good_backup(folder, latest_version()).path == good


def test_restoring_over_data_from_a_newer_app_keeps_that_file_as_newer(journal_db, data_dir):
    db_file = database_path(data_dir)
    saved = make_backup(db_file, backup_folder(data_dir), TEST_NOW, "manual").path
    journal_db.execute_sql(f"PRAGMA user_version = {latest_version() + 1}")
    journal_db.close()
    previous = restore_backup(db_file, saved, TEST_NOW + timedelta(minutes=1), latest_version())
    assert previous.name.startswith("newer-")
    conn = sqlite3.connect(previous)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() + 1
    conn.close()
