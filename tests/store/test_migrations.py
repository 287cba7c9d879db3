"""Numbered migrations: in order, one transaction each, backup first."""

import sqlite3

import pytest

from fibro_desktop.store.database import BACKUP_DIR_NAME, open_database
from fibro_desktop.store.errors import MigrationError
from fibro_desktop.store.migrations import MIGRATIONS, Migration, run_sql
from tests.conftest import TEST_NOW


def add_notes_table(db):
    run_sql(db, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL); "
                "INSERT INTO note (text) VALUES ('kept')")


def add_column_then_fail(db):
    run_sql(db, "ALTER TABLE note ADD COLUMN mood INTEGER")
    raise RuntimeError("disk full, say")


def version_of(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_migrations_numbers_are_consecutive_from_one():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_new_file_is_migrated_to_the_latest_version_without_a_backup(data_dir):
    db = open_database(data_dir, now=TEST_NOW)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1].version
    db.close()
    assert not (data_dir / BACKUP_DIR_NAME).exists()


def test_an_older_file_is_backed_up_then_upgraded(data_dir):
    base = list(MIGRATIONS)
    db = open_database(data_dir, now=TEST_NOW, migrations=base)
    db.close()
    newer = base + [Migration(len(base) + 1, "notes", add_notes_table)]
    db = open_database(data_dir, now=TEST_NOW, migrations=newer)
    assert db.execute_sql("SELECT text FROM note").fetchone()[0] == "kept"
    db.close()
    backups = list((data_dir / BACKUP_DIR_NAME).glob("*.sqlite3"))
    assert len(backups) == 1
    assert version_of(backups[0]) == len(base)  # the backup holds the old state


def test_a_failing_migration_leaves_the_previous_version_and_data_intact(data_dir):
    v2 = list(MIGRATIONS) + [Migration(len(MIGRATIONS) + 1, "notes", add_notes_table)]
    open_database(data_dir, now=TEST_NOW, migrations=v2).close()
    v3 = v2 + [Migration(len(v2) + 1, "mood", add_column_then_fail)]
    with pytest.raises(MigrationError) as caught:
        open_database(data_dir, now=TEST_NOW, migrations=v3)
    assert "unchanged" in str(caught.value)
    db_file = data_dir / "fibro.sqlite3"
    assert version_of(db_file) == len(v2)
    conn = sqlite3.connect(db_file)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(note)")]
    assert columns == ["id", "text"]  # the half-done ALTER was rolled back
    conn.close()
