"""Protected data whose file is emptied: the passphrase is asked first, so
the protected backups can be offered and restored."""

import pytest

from fibro_desktop.store import cipher
from fibro_desktop.store.backup import backup_folder, latest_good_backup, make_backup, restore_backup
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.errors import DataFileEmptied, PassphraseRequired, WrongPassphrase
from fibro_desktop.store.migrations import latest_version
from tests.conftest import TEST_NOW
from tests.encryption.conftest import OTHER, PASSPHRASE, episode_count

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 missing")


def test_an_emptied_protected_file_asks_the_passphrase_then_offers_the_protected_backup(protected_data):
    path = database_path(protected_data)
    make_backup(path, backup_folder(protected_data), TEST_NOW, "manual", passphrase=PASSPHRASE)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"")

    with pytest.raises(PassphraseRequired):
        open_database(protected_data, now=TEST_NOW)
    with pytest.raises(WrongPassphrase):
        open_database(protected_data, now=TEST_NOW, passphrase=OTHER)
    with pytest.raises(DataFileEmptied):
        open_database(protected_data, now=TEST_NOW, passphrase=PASSPHRASE)
    assert path.read_bytes() == b""  # nothing written

    best = latest_good_backup(backup_folder(protected_data), latest_version())  # the passphrase is known now
    assert best is not None
    restore_backup(path, best.path, TEST_NOW, latest_version())
    db = open_database(protected_data, now=TEST_NOW)
    assert episode_count(db) == 3
    db.close()
