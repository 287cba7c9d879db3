"""Protecting survives a SIGKILL at any moment: the data (and every backup)
opens afterwards, plain or with the new passphrase, whole and checked."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fibro_desktop.store import cipher
from fibro_desktop.store.backup import backup_folder, make_backup
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.integrity import run_check
from fibro_desktop.store.protection import finish_backups
from tests.conftest import TEST_NOW
from tests.encryption.conftest import PASSPHRASE, add_episodes

CHILD = Path(__file__).with_name("convert_child.py")
ROUNDS = 4


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template") / "data"
    db = open_database(folder, now=TEST_NOW)
    add_episodes(db, 400)
    db.close()
    for hours in (0, 30):
        make_backup(database_path(folder), backup_folder(folder), TEST_NOW.replace(hour=1) - __import__(
            "datetime").timedelta(hours=hours), "manual", retention=None)
    return folder


def opens_whole(path: Path, rows: int | None) -> str:
    """Open ``path`` plain or with the passphrase; check it; return which."""
    key = None if cipher.has_plain_header(path) else PASSPHRASE
    conn = cipher.connect(path, key, read_only=True)
    try:
        assert run_check(conn, full=True) == []
        if rows is not None:
            assert conn.execute("SELECT count(*) FROM episode").fetchone()[0] == rows
    finally:
        conn.close()
    return "plain" if key is None else "protected"


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_sigkill_while_protecting_loses_nothing(template, tmp_path, round_):
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    child = subprocess.Popen([sys.executable, str(CHILD), str(folder), PASSPHRASE], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    assert child.stdout.readline().strip() == "start"
    time.sleep(random.Random(round_).uniform(0.0, 0.6) + 0.15 * round_)
    child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up either way
    child.wait()
    state = opens_whole(database_path(folder), 400)
    for backup in backup_folder(folder).glob("fibro-*.sqlite3"):
        opens_whole(backup, 400)
    # And the person can simply do it again.
    cipher.forget_passphrase()
    if state == "plain":
        from fibro_desktop.store.protection import convert_database

        convert_database(database_path(folder), None, PASSPHRASE)
    db = open_database(folder, now=TEST_NOW, passphrase=PASSPHRASE)
    assert db.execute_sql("SELECT count(*) FROM episode").fetchone()[0] == 400
    db.close()
    finish_backups(database_path(folder), PASSPHRASE)  # what the app does after opening
    for backup in backup_folder(folder).glob("fibro-*.sqlite3"):
        assert opens_whole(backup, 400) == "protected"
