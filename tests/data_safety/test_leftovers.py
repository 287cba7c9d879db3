"""A backup or a protection change killed mid-way leaves ``.partial`` /
``.converting`` files; the next start removes them (only stale ones of the
app's own naming) and leaves everything else alone."""

import os
from datetime import timedelta

from fibro_desktop.app import GuiOptions, _finish_startup, _Run, build_shell
from fibro_desktop.store.backup import backup_folder, make_backup
from fibro_desktop.store.database import database_path
from fibro_desktop.store.leftovers import stale_leftovers
from fibro_desktop.ui import preferences as prefs
from tests.conftest import TEST_NOW

LEFTOVERS = (
    "fibro.sqlite3.converting",
    "fibro.sqlite3.converting-journal",
    "backups/fibro-20261120T080000Z-daily.sqlite3.partial",
    "backups/fibro-20261120T080000Z-daily.sqlite3.partial-wal",
    "backups/fibro-20261121T080000Z-exit.sqlite3.converting",
    "backups/unencrypted-copy-20261121T080000Z.sqlite3.partial",
    "audio/.4d3866f89dd346459eaf1e59b2536a27.partial",
    "audio/.4d3866f89dd346459eaf1e59b2536a27.wav.partial",
    "backups/audio/.4d3866f89dd346459eaf1e59b2536a27.ogg.partial",
)
KEPT = (
    "notes.partial",  # not ours
    "fibro.sqlite3.partial",  # not a name the app gives a staging file here
    "backups/damaged-20261120T080000Z.sqlite3",
    "backups/my-own.sqlite3.partial",
    "audio/4d3866f89dd346459eaf1e59b2536a27.wav",  # a recording
    "audio/.my-notes.partial",
)


def _age(path, moment):
    os.utime(path, (moment.timestamp(), moment.timestamp()))


def _make(folder, names, moment):
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 4096)
        _age(path, moment)


def test_start_removes_stale_leftovers_and_nothing_else(qapp, qtbot, app_context):
    ctx = app_context
    data = ctx.data_dir
    good = make_backup(database_path(data), backup_folder(data), TEST_NOW - timedelta(days=3), "daily").path
    ctx.db.close()
    ctx.db = None
    old = TEST_NOW - timedelta(hours=3)
    _make(data, LEFTOVERS + KEPT, old)
    _make(data, ["backups/fibro-20261124T085900Z-manual.sqlite3.partial"], TEST_NOW - timedelta(minutes=1))
    for path in (database_path(data), good):
        _age(path, old)  # old enough: only their names keep them safe
    live_bytes, good_bytes = database_path(data).read_bytes(), good.read_bytes()
    ctx.preferences.set(prefs.WELCOME_SEEN, True)

    shell = build_shell(qapp, ctx, with_tray=False, defer_features=True)
    qtbot.addWidget(shell.window)
    run = _Run(GuiOptions(data_dir=str(data)), qapp, ctx, shell, None)
    _finish_startup(run)
    assert run.finished

    for name in LEFTOVERS:
        assert not (data / name).exists(), name
    for name in KEPT:
        assert (data / name).exists(), name
    assert (data / "backups/fibro-20261124T085900Z-manual.sqlite3.partial").exists()  # may be being written
    assert database_path(data).read_bytes()[:100] == live_bytes[:100]
    assert good.read_bytes() == good_bytes
    ctx.db.close()


def test_the_second_backup_folder_is_cleaned_too(tmp_path):
    sync = tmp_path / "sync"
    old = TEST_NOW - timedelta(hours=2)
    _make(sync, [".fibro-20261120T080000Z-daily.sqlite3.partial", "fibro-20261120T080000Z-daily.sqlite3",
                 "audio/.4d3866f89dd346459eaf1e59b2536a27.wav.partial", "someone-elses.partial"], old)
    found = stale_leftovers(tmp_path / "data", TEST_NOW, sync)
    assert sorted(p.relative_to(sync).as_posix() for p in found) == [
        ".fibro-20261120T080000Z-daily.sqlite3.partial", "audio/.4d3866f89dd346459eaf1e59b2536a27.wav.partial"]


def test_a_missing_backups_folder_is_fine(tmp_path):
    assert stale_leftovers(tmp_path, TEST_NOW) == []
