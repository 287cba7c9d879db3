"""A really full disk (a small tmpfs holding the data folder, filled to the
last byte): the quick log and the daily backup say "the disk is full", the
form keeps what was typed, nothing half-saved is kept, and once space is
freed the same Save press works. Needs root on Linux to mount; skipped
elsewhere (``test_disk_full.py`` covers the same with injected errors)."""


import pytest

from fibro_desktop.store import journal as journal_store
from fibro_desktop.store.backup import BackupError, backup_folder, make_backup
from fibro_desktop.store.database import database_path
from fibro_desktop.ui.journal.dialogs import JournalDialogs
from tests.conftest import TEST_NOW
from tests.small_disk import fill_up, small_disk


@pytest.fixture
def mount(tmp_path):
    with small_disk(tmp_path, "4m") as point:
        yield point


@pytest.fixture
def data_dir(mount):
    return mount / "data"


def test_a_really_full_disk_keeps_the_entry_in_the_form_until_there_is_space(qtbot, app_context, mount):
    ctx = app_context
    dialogs = JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences)
    dialog = dialogs.quick_log()
    dialog.intensity.set_value(8)
    filler = fill_up(mount)

    dialog.save_button.click()
    assert dialog.isVisible()
    assert "the disk is full" in dialog.save_error.text()
    assert dialog.intensity.value() == 8
    assert journal_store.count_episodes(ctx.db) == 0  # nothing half-saved
    with pytest.raises(BackupError, match="disk is full"):
        make_backup(database_path(ctx.data_dir), backup_folder(ctx.data_dir), TEST_NOW, "daily")
    assert not list(backup_folder(ctx.data_dir).glob("*.partial"))

    filler.unlink()  # space again: the same press saves it
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert journal_store.count_episodes(ctx.db) == 1
    assert ctx.db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
