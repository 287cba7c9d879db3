"""Backups that must last, last: the undo points taken before an import, a
restore, a migration or a protection change are never pruned by the
calendar rule; they age out after 90 days or when the person removes them.
Every date comes from an injected clock."""

from datetime import datetime, timedelta, timezone

import pytest

from fibro_desktop.core.data_safety.schedule import PIN_DAYS, PINNED_REASONS, Retention, backups_to_keep_by_reason
from fibro_desktop.store import cipher
from fibro_desktop.store.backup import (
    BackupError,
    backup_folder,
    list_backups,
    make_backup,
    prune_backups,
    remove_backup,
)
from fibro_desktop.store.database import database_path, open_database
from fibro_desktop.store.migrations import MIGRATIONS
from fibro_desktop.ui.data_safety.backups_dialog import BackupsDialog
from fibro_desktop.wiring.data_safety import DataSafety
from tests.conftest import TEST_NOW
from tests.data_safety import journal_schema

TZ = timezone(timedelta(hours=1))
NOON = datetime(2026, 11, 24, 12, 0, tzinfo=TZ)


def test_undo_points_take_no_bucket_and_age_out_after_90_days():
    dailies = [(NOON - timedelta(days=d), "daily") for d in range(60)]
    undo = (NOON - timedelta(days=45, hours=3), "before-import")
    old_undo = (NOON - PIN_DAYS - timedelta(hours=1), "before-restore")
    keep = backups_to_keep_by_reason([*dailies, undo, old_undo], NOON, Retention(daily=3, weekly=0, monthly=0))
    assert undo in keep and old_undo not in keep
    assert {item for item in keep if item[1] == "daily"} == set(dailies[:3])


def test_the_newest_backup_is_kept_even_when_it_is_an_old_undo_point():
    only = (NOON - timedelta(days=400), "before-migration")
    assert backups_to_keep_by_reason([only], NOON) == {only}


def test_every_undo_reason_is_pinned():
    assert PINNED_REASONS == {"before-import", "before-restore", "before-migration", "before-protection"}


def _names(folder, reason):
    return [p.name for p in folder.iterdir() if p.name.endswith(f"-{reason}.sqlite3")]


def test_a_backup_before_an_import_outlives_months_of_daily_backups_then_ages_out(journal_db, data_dir):
    db_file, folder = database_path(data_dir), backup_folder(data_dir)
    start = TEST_NOW - timedelta(days=80)
    make_backup(db_file, folder, start, "before-import")
    make_backup(db_file, folder, start + timedelta(minutes=1), "before-restore", retention=None)
    for day in range(1, 81):  # the daily backups of 80 days, each pruning
        make_backup(db_file, folder, start + timedelta(days=day), "daily")
    assert len(_names(folder, "before-import")) == 1 and len(_names(folder, "before-restore")) == 1
    assert len(_names(folder, "daily")) < 80  # the calendar rule did prune the others
    later = start + PIN_DAYS + timedelta(days=1)
    make_backup(db_file, folder, later, "daily")
    assert _names(folder, "before-import") == [] and _names(folder, "before-restore") == []


def test_the_backup_before_a_migration_is_a_listed_pinned_backup(data_dir):
    old = open_database(data_dir, now=TEST_NOW, migrations=MIGRATIONS[:1])
    old.close()
    db = open_database(data_dir, now=TEST_NOW)
    db.close()
    folder = backup_folder(data_dir)
    [info] = [b for b in list_backups(folder) if b.reason == "before-migration"]
    assert info.readable and info.schema_version == 1
    for day in range(1, 40):
        make_backup(database_path(data_dir), folder, TEST_NOW + timedelta(days=day), "daily")
    assert info.path.exists()
    prune_backups(folder, TEST_NOW + PIN_DAYS + timedelta(days=1))
    assert not info.path.exists()


@pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 missing")
def test_a_protection_change_first_makes_a_pinned_backup(shell, app_context):
    from fibro_desktop.wiring.encryption import change_protection

    problem, _result = change_protection(shell, app_context, None, "a long passphrase here")
    assert problem is None
    [info] = [b for b in list_backups(backup_folder(app_context.data_dir)) if b.reason == "before-protection"]
    assert info.readable  # converted along with the data: the session passphrase opens it
    cipher.forget_passphrase()


def test_remove_deletes_only_one_of_our_backups(journal_db, data_dir, tmp_path):
    folder = backup_folder(data_dir)
    made = make_backup(database_path(data_dir), folder, TEST_NOW, "before-import").path
    other = folder / "damaged-20250101T000000Z.sqlite3"
    other.write_bytes(b"kept")
    with pytest.raises(BackupError):
        remove_backup(folder, other)
    with pytest.raises(BackupError):
        remove_backup(folder, database_path(data_dir))
    remove_backup(folder, made)
    assert not made.exists() and other.exists() and database_path(data_dir).exists()


def test_the_dialog_removes_the_selected_backup(qtbot, app_context):
    journal_schema.fill(app_context.db, app_context.clock.now(), days=3)
    safety = DataSafety(app_context)
    safety.back_up("before-import")
    app_context.clock.advance(60)
    safety.back_up("manual")
    dialog = BackupsDialog(safety)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2 and dialog.remove_button.isEnabled()
    assert dialog.table.item(1, 1).text() == "Before an import"
    dialog.table.selectRow(1)
    assert dialog.remove_selected(confirm=False)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Made by you"
    assert "removed" in dialog.status.text()
    assert [b.reason for b in safety.list_backups()] == ["manual"]
