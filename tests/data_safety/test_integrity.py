"""Damaged, unreadable and newer files are detected and never written over."""

import hashlib
import os
import sqlite3

import pytest

from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.errors import DatabaseDamagedError, DatabaseNewerError
from fibro_desktop.store.integrity import check_file
from fibro_desktop.store.migrations import latest_version
from tests.conftest import TEST_NOW


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_file(journal_db, data_dir):
    journal_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal_db.close()
    return database_path(data_dir)


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def scribble(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage, error, state", [
    (truncate, DatabaseDamagedError, "damaged"),
    (scribble, DatabaseDamagedError, "damaged"),
    (newer, DatabaseNewerError, "newer"),
])
def test_a_bad_file_is_refused_and_left_byte_for_byte(closed_file, data_dir, damage, error, state):
    damage(closed_file)
    before = digest(closed_file)
    with pytest.raises(error):
        open_database(data_dir, now=TEST_NOW)
    assert check_file(closed_file, latest_version(), full=True).state == state
    assert digest(closed_file) == before
    assert not any(p.name.endswith("-wal") and p.stat().st_size for p in data_dir.iterdir())


def test_a_healthy_file_reports_ok_with_what_it_holds(closed_file):
    health = check_file(closed_file, latest_version(), full=True)
    assert health.state == "ok" and health.ok
    assert health.counts["checkin"] == 30


def test_a_missing_file_is_not_an_error(tmp_path):
    health = check_file(tmp_path / "nothing.sqlite3", latest_version())
    assert health.state == "missing" and health.ok


def test_a_file_that_is_not_sqlite_is_damaged(tmp_path):
    path = tmp_path / "fibro.sqlite3"
    path.write_bytes(b"hello" * 100)
    assert check_file(path, latest_version()).state == "damaged"
