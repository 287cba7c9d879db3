"""A full disk while saving: the form says "the disk is full" in plain words,
stays open with what was typed, nothing half-saved; once there is space
again, Save works."""

import errno
import sqlite3

import pytest

from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.store import journal as journal_store
from fibro_desktop.ui.journal.dialogs import JournalDialogs
from tests.small_disk import fill_up, small_disk

FULL_ERRORS = [
    sqlite3.OperationalError("database or disk is full"),
    OSError(errno.ENOSPC, "No space left on device"),
]


@pytest.fixture
def dialogs(qtbot, app_context):
    ctx = app_context
    return JournalDialogs(ctx.db, ctx.clock, ctx.data_events, ctx.preferences), ctx


def fill_the_disk(monkeypatch, db, error):
    """Every write the store asks SQLite for fails as on a full disk."""
    real = db.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise error
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", execute_sql)


@pytest.mark.parametrize("error", FULL_ERRORS, ids=["sqlite", "oserror"])
def test_quick_log_on_a_full_disk_says_so_and_keeps_what_was_entered(qtbot, dialogs, monkeypatch, error):
    journal, ctx = dialogs
    dialog = journal.quick_log()
    dialog.intensity.set_value(7)
    fill_the_disk(monkeypatch, ctx.db, error)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.save_error.isVisible() and "the disk is full" in dialog.save_error.text()
    assert "Error" not in dialog.save_error.text() and "errno" not in dialog.save_error.text().lower()
    assert dialog.intensity.value() == 7
    monkeypatch.undo()  # space again: the same press saves it
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert journal_store.count_episodes(ctx.db) == 1


@pytest.mark.parametrize("error", FULL_ERRORS, ids=["sqlite", "oserror"])
def test_episode_editor_on_a_full_disk_says_so_and_keeps_the_notes(qtbot, dialogs, monkeypatch, error):
    journal, ctx = dialogs
    editor = journal.new_episode(EpisodePrefill(intensity=5))
    editor.notes.setPlainText("Woke up with it, left calf, after the long walk")
    fill_the_disk(monkeypatch, ctx.db, error)
    assert editor.save() is False
    assert editor.isVisible()
    assert editor.save_error.isVisible() and "the disk is full" in editor.save_error.text()
    assert editor.notes.toPlainText() == "Woke up with it, left calf, after the long walk"
    monkeypatch.undo()
    assert journal_store.count_episodes(ctx.db) == 0  # nothing half-saved
    assert editor.save() is True
    assert journal_store.count_episodes(ctx.db) == 1


def test_checkin_on_a_full_disk_says_so_and_keeps_what_was_entered(qtbot, app_context, events, monkeypatch):
    from fibro_desktop.store.checkins import checkin_for_day
    from fibro_desktop.ui.journal.checkin_form import CheckInForm

    ctx = app_context
    form = CheckInForm(ctx.db, ctx.clock, events)
    qtbot.addWidget(form)
    form.show()
    form.notes.setPlainText("a heavy day")
    fill_the_disk(monkeypatch, ctx.db, FULL_ERRORS[0])
    assert form.save() is False
    assert "the disk is full" in form.general_error.text()
    assert form.notes.toPlainText() == "a heavy day"
    monkeypatch.undo()
    assert form.save() is True
    assert checkin_for_day(ctx.db, form.day()).notes == "a heavy day"


@pytest.fixture
def data_on_a_small_disk(tmp_path):
    """A data folder on a real 2 MB file system."""
    with small_disk(tmp_path, "2m") as mount:
        yield mount / "data"


def test_a_really_full_disk_while_saving_an_episode(qtbot, qapp, data_on_a_small_disk, clock, events):
    from fibro_desktop.store.database import open_database
    from fibro_desktop.ui.preferences import Preferences
    from tests.conftest import TEST_NOW

    db = open_database(data_on_a_small_disk, now=TEST_NOW)
    try:
        journal = JournalDialogs(db, clock, events, Preferences(data_on_a_small_disk.parent))
        editor = journal.new_episode(EpisodePrefill(intensity=6))
        long_notes = ("La crampe est revenue à chaque heure, épuisée. " * 200)[:9000]  # near the limit
        editor.notes.setPlainText(long_notes)
        filler = fill_up(data_on_a_small_disk)
        assert editor.save() is False
        assert editor.isVisible() and "the disk is full" in editor.save_error.text()
        assert editor.notes.toPlainText() == long_notes
        filler.unlink()  # space again
        assert editor.save() is True
        assert journal_store.count_episodes(db) == 1
    finally:
        db.close()
