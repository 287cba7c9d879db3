"""A full disk during a backup or an export: said in plain words ("the disk
is full"), nothing half-written is left, never a Python error text."""

import errno
import os

from fibro_desktop.ui.data_safety.export_dialog import ExportChoice
from fibro_desktop.ui.data_safety.flows import run_export
from fibro_desktop.wiring.data_safety import DataSafety


def no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_backup_now_on_a_full_disk_says_the_disk_is_full(app_context, monkeypatch):
    from fibro_desktop.store import backup

    safety = DataSafety(app_context)
    monkeypatch.setattr(backup, "copy_database", no_space)
    message, ok = safety.back_up_now()
    assert not ok and "the disk is full" in message
    assert "Errno" not in message
    assert not [p for p in safety.folder.iterdir() if p.name.endswith(".partial")]


def test_a_backup_whose_copy_fails_for_lack_of_space_says_so_in_its_error(app_context, monkeypatch):
    from fibro_desktop.store import backup

    monkeypatch.setattr(backup, "copy_database", no_space)
    try:
        DataSafety(app_context).back_up("daily")
    except backup.BackupError as exc:
        assert "the disk is full" in str(exc) and "Errno" not in str(exc)
    else:
        raise AssertionError("the backup should have failed")


def test_export_on_a_full_disk_says_the_disk_is_full(qapp, app_context, tmp_path, monkeypatch):
    from fibro_desktop.store import export

    class FullFile:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, text):
            no_space()

    safety = DataSafety(app_context)
    told = []
    monkeypatch.setattr(export, "open", FullFile, raising=False)  # the file's writes fail, as on a full disk
    out = tmp_path / "exports" / "out.json"
    out.parent.mkdir()
    run_export(None, safety, choose=lambda: ExportChoice("json", None, None),
               ask_path=lambda c, s: out, inform=lambda parent, title, text, ok: told.append((text, ok)))
    assert told and not told[0][1]
    assert "the disk is full" in told[0][0] and "Errno" not in told[0][0]
    assert list(out.parent.iterdir()) == []  # nothing half-written


def test_import_on_a_full_disk_says_so_and_changes_nothing(qapp, app_context, tmp_path, monkeypatch):
    from fibro_desktop.store import backup
    from fibro_desktop.ui.data_safety.flows import run_import
    from tests.data_safety import journal_schema

    db = app_context.db
    journal_schema.fill(db, app_context.clock.now(), days=2)
    safety = DataSafety(app_context)
    out = tmp_path / "out.json"
    run_export(None, safety, choose=lambda: ExportChoice("json", None, None), ask_path=lambda c, s: out,
               inform=lambda *a: None)
    monkeypatch.setattr(backup, "copy_database", no_space)  # the backup taken first fails
    told = []
    run_import(None, safety, ask_path=lambda: out, confirm=lambda q: True,
               inform=lambda parent, title, text, ok: told.append((text, ok)))
    assert told and not told[0][1]
    assert "Nothing was imported" in told[0][0] and "disk is full" in told[0][0]


CHILD_FULL_DISK_IMPORT = """
import sqlite3, sys
from fibro_desktop.store import import_write
def full(*args, **kwargs):
    raise sqlite3.OperationalError("database or disk is full")
import_write.import_data = full
from fibro_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_import_command_on_a_full_disk_says_so_without_a_traceback(app_context, tmp_path):
    import subprocess
    import sys

    from fibro_desktop.store.export import export_json
    from tests.conftest import REPO_ROOT

    out = tmp_path / "all.json"
    export_json(app_context.db.connection(), out, app_context.clock.now())
    app_context.db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD_FULL_DISK_IMPORT, "--data-dir", str(app_context.data_dir),
                             "import", str(out)], capture_output=True, text=True, env=env, cwd=REPO_ROOT,
                            timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the disk is full" in result.stderr and "Traceback" not in result.stderr
