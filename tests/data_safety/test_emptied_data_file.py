"""An empty or missing data file beside backups is lost data, not a new install.

Before: a 0-byte ``fibro.sqlite3`` next to good backups opened as a new
install (Welcome, 0 entries), ``check`` said ok, and a week of daily
backups of the empty data then pruned the last good one.
"""

import pytest

from fibro_desktop.app import GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.store.backup import BackupError, backup_folder, make_backup
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.errors import DatabaseDamagedError, DataFileEmptied
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.data_safety import problem_dialog
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import TEST_NOW, run_cli
from tests.data_safety import journal_schema
from tests.data_safety.test_cli_data_safety import count, make_data
from tests.data_safety.test_startup_recovery import PickRestore


def _data_with_a_backup(folder):
    make_data(folder)
    make_backup(database_path(folder), backup_folder(folder), TEST_NOW, "manual")


def _empty(folder, how):
    path = database_path(folder)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if how == "missing":
        path.unlink()
    else:
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_check_calls_an_empty_or_missing_file_beside_backups_not_ok(tmp_path, how):
    data = tmp_path / "data"
    _data_with_a_backup(data)
    _empty(data, how)
    result = run_cli("check", "--data-dir", str(data))
    assert result.returncode == 1, result.stdout
    assert "state: emptied" in result.stdout and "not a new start" in result.stdout


def test_check_is_happy_with_a_new_folder(tmp_path):
    result = run_cli("check", "--data-dir", str(tmp_path / "new"))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_opening_refuses_and_no_backup_or_retention_runs(tmp_path, how):
    data = tmp_path / "data"
    _data_with_a_backup(data)
    _empty(data, how)
    before = sorted(p.name for p in backup_folder(data).iterdir())
    with pytest.raises(DataFileEmptied) as caught:
        open_database(data, now=TEST_NOW)
    assert isinstance(caught.value, DatabaseDamagedError)
    assert "not a new start" in str(caught.value)
    if how == "empty":
        later = TEST_NOW.replace(year=2027)  # retention would now take the old backup
        with pytest.raises(BackupError, match="empty"):
            make_backup(database_path(data), backup_folder(data), later, "daily")
        assert database_path(data).read_bytes() == b""
    assert sorted(p.name for p in backup_folder(data).iterdir()) == before


def test_the_cli_restore_brings_the_data_back(tmp_path):
    data = tmp_path / "data"
    _data_with_a_backup(data)
    _empty(data, "empty")
    backup_cmd = run_cli("backup", "--data-dir", str(data))
    assert backup_cmd.returncode == 2 and "not a new start" in backup_cmd.stderr
    restored = run_cli("restore", "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert count(data, "checkin") == 10
    assert run_cli("check", "--data-dir", str(data)).returncode == 0


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_at_start_the_newest_good_backup_is_offered_and_restored(qapp, qtbot, app_context, monkeypatch, how):
    ctx = app_context
    journal_schema.fill(ctx.db, ctx.clock.now(), days=4)
    DataSafety(ctx).back_up("manual")
    ctx.db.close()
    ctx.db = None
    _empty(ctx.data_dir, how)
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    monkeypatch.setattr(problem_dialog, "DataProblemDialog", PickRestore)

    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, None)
    _finish_startup(run)

    assert PickRestore.seen["state"] == "emptied" and PickRestore.seen["best"] is not None
    assert run.finished and run.exit_code == 0
    assert ctx.db.execute_sql("SELECT count(*) FROM checkin").fetchone()[0] == 4
    ctx.db.close()


def test_the_dialog_explains_in_plain_words(qapp):
    text = problem_dialog.explanation("emptied")
    assert "empty or missing" in text and "backup" in text


class PickStartEmpty(PickRestore):
    def __init__(self, state, details, best, export, parent):
        super().__init__(state, details, best, export, parent)
        self.choice = problem_dialog.START_EMPTY


def test_with_no_readable_backup_the_person_may_start_with_no_data_and_backups_stay(
        qapp, qtbot, app_context, monkeypatch):
    ctx = app_context
    ctx.db.close()
    ctx.db = None
    unreadable = backup_folder(ctx.data_dir) / "fibro-20261120T080000Z-daily.sqlite3"
    unreadable.parent.mkdir(parents=True, exist_ok=True)
    unreadable.write_bytes(b"not a database" * 100)
    _empty(ctx.data_dir, "empty")
    ctx.preferences.set(prefs.WELCOME_SEEN, True)
    monkeypatch.setattr(problem_dialog, "DataProblemDialog", PickStartEmpty)

    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(ctx.data_dir)), qapp, ctx, shell, None)
    _finish_startup(run)

    assert PickRestore.seen["state"] == "emptied" and PickRestore.seen["best"] is None
    assert run.finished and ctx.db is not None
    assert unreadable.read_bytes() == b"not a database" * 100
    assert any(p.name.startswith("empty-") for p in backup_folder(ctx.data_dir).iterdir())
    ctx.db.close()


def test_the_start_empty_way_out_shows_only_without_a_good_backup(qtbot):
    plain = problem_dialog.DataProblemDialog("emptied", "details", None, lambda parent: "")
    qtbot.addWidget(plain)
    assert not plain.start_empty_button.isHidden() and plain.export_button.isHidden()
    assert not plain.restore_button.isEnabled()
    damaged = problem_dialog.DataProblemDialog("damaged", "details", None, lambda parent: "")
    qtbot.addWidget(damaged)
    assert damaged.start_empty_button.isHidden()
