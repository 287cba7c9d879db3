"""The command line on protected data, in a subprocess."""

from __future__ import annotations

import json
import os

from fibro_desktop.store import cipher
from fibro_desktop.store.database import database_path
from tests.conftest import run_cli
from tests.encryption.conftest import NOTE, PASSPHRASE


def test_commands_need_and_take_the_passphrase(protected_data, tmp_path):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    os.chmod(secret, 0o600)
    folder = str(protected_data)

    refused = run_cli("export", "--data-dir", folder, "--out", str(tmp_path / "no.json"))
    assert refused.returncode == 2
    assert "--passphrase-file" in refused.stderr and "FIBRO_DESKTOP_PASSPHRASE" in refused.stderr
    assert not (tmp_path / "no.json").exists()

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the one at all\n", encoding="utf-8")
    bad = run_cli("export", "--data-dir", folder, "--passphrase-file", str(wrong), "--out", str(tmp_path / "x.json"))
    assert bad.returncode == 2 and "does not open" in bad.stderr

    out = tmp_path / "out.json"
    done = run_cli("export", "--data-dir", folder, "--passphrase-file", str(secret), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert NOTE in json.dumps(json.loads(out.read_text(encoding="utf-8")))

    backup = run_cli("backup", "--data-dir", folder, env={"FIBRO_DESKTOP_PASSPHRASE": PASSPHRASE})
    assert backup.returncode == 0, backup.stderr
    [made] = (protected_data / "backups").glob("fibro-*-manual.sqlite3")
    assert cipher.has_plain_header(made) is False and NOTE.encode() not in made.read_bytes()

    locked = run_cli("check", "--data-dir", folder)
    assert locked.returncode == 1 and "state: locked" in locked.stdout
    checked = run_cli("check", "--data-dir", folder, "--passphrase-file", str(secret))
    assert checked.returncode == 0 and "episode: 3 rows" in checked.stdout, checked.stdout
    listed = run_cli("restore", "--list", "--data-dir", folder, "--passphrase-file", str(secret))
    assert "3 episodes" in listed.stdout
    assert cipher.has_plain_header(database_path(protected_data)) is False


def test_rescue_export_and_restore_on_protected_data(protected_data, tmp_path):
    env = {"FIBRO_DESKTOP_PASSPHRASE": PASSPHRASE}
    folder = str(protected_data)
    assert run_cli("backup", "--data-dir", folder, env=env).returncode == 0
    rescued = tmp_path / "rescued.json"
    done = run_cli("export", "--rescue", "--data-dir", folder, "--out", str(rescued), env=env)
    assert done.returncode == 0, done.stderr
    assert NOTE in rescued.read_text(encoding="utf-8")
    restored = run_cli("restore", "--data-dir", folder, env=env)
    assert restored.returncode == 0, restored.stderr
    assert cipher.has_plain_header(database_path(protected_data)) is False
    kept = list((protected_data / "backups").glob("fibro-*-before-restore.sqlite3"))
    assert kept and all(cipher.has_plain_header(path) is False for path in kept)
