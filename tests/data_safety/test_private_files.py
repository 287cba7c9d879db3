"""Owner-only files after a real session: data folder 0700, and every file
in it 0600, the WAL, SHM, backups and exports included (POSIX)."""

import os
import stat
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_the_app_writes_is_owner_only(tmp_path):
    data, exports = tmp_path / "data", tmp_path / "exports"  # exports never go into the data folder
    exports.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FIBRO_DESKTOP_DATA_DIR", None)
    # The child gets a permissive umask: our own modes must not depend on it.
    script = ("import os, sys; os.umask(0o022); from fibro_desktop.cli import main; "
              "sys.exit(main(sys.argv[1:]))")
    for args in (["--demo", "--smoke-test"], ["backup"],
                 ["export", "--format", "json", "--out", str(exports / "e.json")],
                 ["export", "--format", "csv", "--out", str(exports / "e.zip")],
                 ["export", "--format", "csv", "--out", str(exports / "csv")]):
        result = subprocess.run([sys.executable, "-c", script, *args, "--data-dir", str(data)],
                                capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120)
        assert result.returncode == 0, result.stderr
    # A live connection keeps the WAL and SHM there while we look.
    import sqlite3

    conn = sqlite3.connect(data / "fibro.sqlite3")
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("INSERT INTO app_meta VALUES ('k', 'v', 'now')")
    conn.commit()
    names = {p.name for p in data.rglob("*")} | {p.name for p in exports.rglob("*")}
    assert {"fibro.sqlite3-wal", "fibro.sqlite3-shm", "e.json", "e.zip", "app_meta.csv"} <= names
    assert any(n.endswith("-manual.sqlite3") for n in names)
    assert mode(data) == 0o700
    written = [*data.rglob("*"), *exports.rglob("*")]
    loose = [f"{p.relative_to(tmp_path)} {oct(mode(p))}" for p in written
             if mode(p) != (0o700 if p.is_dir() else 0o600)]
    conn.close()
    assert not loose, loose
