"""Private health data: owner-only folder and files on POSIX."""

import os
import stat

import pytest

from fibro_desktop.store.database import BACKUP_DIR_NAME, backup_database, open_database
from fibro_desktop.store.meta import set_meta
from tests.conftest import TEST_NOW

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_is_0700_and_database_files_0600(data_dir):
    os.umask(0o022)  # a typical, permissive umask must not leak into our files
    db = open_database(data_dir, now=TEST_NOW)
    set_meta(db, "k", "v", TEST_NOW)  # makes sure the WAL and SHM exist
    backup_database(db, data_dir / BACKUP_DIR_NAME, "manual")
    names = {p.name for p in data_dir.iterdir()}
    assert {"fibro.sqlite3", "fibro.sqlite3-wal", "fibro.sqlite3-shm"} <= names
    assert mode(data_dir) == 0o700
    for path in data_dir.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path.name} has mode {oct(mode(path))}"
    db.close()


def test_an_existing_loose_folder_is_tightened(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    open_database(folder, now=TEST_NOW).close()
    assert mode(folder) == 0o700
