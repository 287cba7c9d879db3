"""open_database: pragmas, creation, refusal of damaged and newer files."""

import sqlite3

import pytest

from fibro_desktop.store.database import DATABASE_FILE_NAME, open_database
from fibro_desktop.store.errors import DatabaseDamagedError, DatabaseNewerError
from fibro_desktop.store.meta import get_meta, set_meta
from fibro_desktop.store.migrations import latest_version
from tests.conftest import TEST_NOW


def pragma(db, name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_pragmas_give_durability_and_integrity(db):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "busy_timeout") == 5000
    assert pragma(db, "user_version") == latest_version()


def test_a_folder_gets_the_database_file_inside(data_dir, db):
    assert (data_dir / DATABASE_FILE_NAME).is_file()


def test_data_survives_closing_and_reopening(data_dir):
    first = open_database(data_dir, now=TEST_NOW)
    set_meta(first, "greeting", "héllo 👋 שלום", TEST_NOW)
    first.close()
    again = open_database(data_dir, now=TEST_NOW)
    assert get_meta(again, "greeting") == "héllo 👋 שלום"
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / DATABASE_FILE_NAME
    content = b"these are somebody's notes, not a database" * 100
    path.write_bytes(content)
    with pytest.raises(DatabaseDamagedError):
        open_database(path, now=TEST_NOW)
    assert path.read_bytes() == content


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / DATABASE_FILE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseNewerError) as caught:
        open_database(path, now=TEST_NOW)
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before
