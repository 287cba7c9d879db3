"""One owner for the live data file: nothing saved is lost to a dropped lock.

Closing any descriptor of an SQLite file drops every POSIX lock the process
holds on it. When the app's backup read the live file's header with a
plain ``open()``, a second process reading the data afterwards (``check``,
``export``, ``report``, which the README offers) could delete the WAL
under the running app, and the next entry was lost at a hard exit: one of
two entries survived. These tests run that exact scenario in real
processes, and spy on the process itself so no path reopens the file.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fibro_desktop.store import cipher, live_file
from fibro_desktop.store.database import database_path, open_database
from tests.conftest import REPO_ROOT, TEST_NOW, run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks")

CHILD = Path(__file__).with_name("lock_child.py")
PASSPHRASE = "correct horse battery"


def _episode_count(data: Path, passphrase: str | None) -> int:
    db = open_database(data, now=TEST_NOW, passphrase=passphrase)
    try:
        return db.execute_sql("SELECT count(*) FROM episode").fetchone()[0]
    finally:
        db.close()
        cipher.forget_passphrase()


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "protected"])
@pytest.mark.parametrize("reader", ["check", "export"])
def test_a_second_process_reading_after_a_backup_loses_nothing(tmp_path, protected, reader):
    if protected and not cipher.available():
        pytest.skip("sqlcipher3 is not installed")
    data = tmp_path / "data"
    passphrase = PASSPHRASE if protected else None
    args = [sys.executable, str(CHILD), str(data)] + ([passphrase] if protected else [])
    app = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    try:
        assert app.stdout.readline().strip() == "backed-up"
        env = {"FIBRO_DESKTOP_PASSPHRASE": passphrase} if protected else {}
        command = ["check"] if reader == "check" else ["export", "--out", str(tmp_path / "out.json")]
        second = run_cli(*command, "--data-dir", str(data), env=env)
        assert second.returncode == 0, second.stderr
        app.stdin.write("go\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "saved"
        assert app.wait(timeout=120) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert _episode_count(data, passphrase) == 2


def test_nothing_in_the_process_opens_the_live_file_while_it_is_connected(tmp_path):
    """Every data-safety path a running app takes, watched by an audit hook:
    none opens the data file or its companions with ``open``/``os.open``."""
    from fibro_desktop.store.backup import backup_folder, list_backups, make_backup
    from fibro_desktop.store.export import export_data
    from fibro_desktop.store.integrity import check_file
    from fibro_desktop.store.migrations import latest_version
    from fibro_desktop.store.protection import finish_backups

    data = tmp_path / "data"
    db = open_database(data, now=TEST_NOW)
    live = database_path(data)
    opened = _watch_opens(live)
    try:
        make_backup(live, backup_folder(data), TEST_NOW, "daily")
        make_backup(live, backup_folder(data), TEST_NOW, "exit")
        list_backups(backup_folder(data))
        assert check_file(live, latest_version()).state == "ok"
        export_data(db.connection(), "json", tmp_path / "out.json", TEST_NOW)
        finish_backups(live, PASSPHRASE)
        cipher.has_plain_header(live), cipher.file_salt(live), cipher.key_for(live)
    finally:
        _WATCHED.clear()
        db.close()
    assert opened == []
    assert not live_file.is_live(live)  # closing the last connection lets go


def test_a_second_sqlite_library_may_not_open_the_live_file(tmp_path):
    if not cipher.available():
        pytest.skip("sqlcipher3 is not installed")
    data = tmp_path / "data"
    db = open_database(data, now=TEST_NOW)
    try:
        with pytest.raises(live_file.LiveFileError):
            cipher.connect(database_path(data), PASSPHRASE)
        conn = cipher.connect(database_path(data), None)  # the same library is fine
        conn.close()
        assert live_file.is_live(database_path(data))
    finally:
        db.close()


_WATCHED: dict[str, list] = {}


def _watch_opens(live: Path) -> list:
    """Record every Python-level open of ``live`` or its companions."""
    found: list = []
    names = {os.path.realpath(str(live) + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
    _WATCHED["names"] = [names, found]
    _install_hook()
    return found


def _install_hook() -> None:
    if _WATCHED.get("hook"):
        return

    def hook(event, args):
        watched = _WATCHED.get("names")
        if watched and event in ("open", "os.open") and isinstance(args[0], (str, bytes, os.PathLike)):
            if os.path.realpath(os.fsdecode(args[0])) in watched[0]:
                watched[1].append((event, args[0]))

    sys.addaudithook(hook)
    _WATCHED["hook"] = [True]
