"""A failed automatic backup is shown to the person (a notice above the
tabs with the reason and what to do), not only logged; a good backup puts
it away; a failure at exit is shown at the next start."""

import errno
import os

from PySide6.QtWidgets import QApplication

from fibro_desktop.store import backup
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.wiring import data_safety as data_safety_wiring
from fibro_desktop.wiring.data_safety import BACKUP_NOTICE


def no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failed_daily_backup_shows_a_notice_with_the_reason_and_a_way_out(qtbot, shell, monkeypatch):
    window, safety = shell.window, shell.state(data_safety_wiring.FEATURE).safety
    monkeypatch.setattr(backup, "copy_database", no_space)
    assert safety.start_backup_if_due(in_thread=True)  # the real worker thread
    qtbot.waitUntil(lambda: window.notices.notice(BACKUP_NOTICE) is not None)
    notice = window.notices.notice(BACKUP_NOTICE)
    assert "automatic backup could not be made" in notice.label.text()
    assert "the disk is full" in notice.label.text() and "free some space" in notice.label.text()
    assert "Errno" not in notice.label.text()
    labels = [b.text() for b in notice.buttons]
    assert "Back up now" in labels and "Backups and restore…" in labels

    monkeypatch.undo()  # space again
    notice.buttons[labels.index("Back up now")].click()
    QApplication.processEvents()
    assert window.notices.notice(BACKUP_NOTICE) is None
    assert [b for b in safety.list_backups() if b.reason == "manual"]


def test_a_good_daily_backup_puts_an_earlier_failure_notice_away(qtbot, shell):
    window, safety = shell.window, shell.state(data_safety_wiring.FEATURE).safety
    safety.news.failed.emit("The automatic backup could not be made (a test).")
    qtbot.waitUntil(lambda: window.notices.notice(BACKUP_NOTICE) is not None)
    assert safety.start_backup_if_due(in_thread=False)
    qtbot.waitUntil(lambda: window.notices.notice(BACKUP_NOTICE) is None)


def test_a_failed_second_copy_is_shown_too(qtbot, shell, tmp_path):
    window, safety = shell.window, shell.state(data_safety_wiring.FEATURE).safety
    blocked = tmp_path / "second"
    blocked.write_text("a file where the folder should be")
    safety.set_second_folder(str(blocked))
    assert safety.start_backup_if_due(in_thread=False)
    qtbot.waitUntil(lambda: window.notices.notice(BACKUP_NOTICE) is not None)
    assert "second folder failed" in window.notices.notice(BACKUP_NOTICE).label.text()


def test_a_failed_backup_at_exit_is_shown_at_the_next_start(qtbot, shell, monkeypatch):
    ctx, safety = shell.ctx, shell.state(data_safety_wiring.FEATURE).safety
    ctx.db.execute_sql("INSERT INTO app_meta (key, value, updated_at) VALUES ('x', 'y', 'z')")  # a change
    monkeypatch.setattr(backup, "copy_database", no_space)
    assert not safety.exit_backup_if_due()
    assert "the disk is full" in ctx.preferences.get(prefs.BACKUP_EXIT_FAILURE)
    monkeypatch.undo()

    # The next start: the same preferences, a new window.
    from fibro_desktop.shell import build_shell

    again = build_shell(QApplication.instance(), ctx, with_tray=False)
    qtbot.addWidget(again.window)
    notice = again.window.notices.notice(BACKUP_NOTICE)
    assert notice is not None and "the disk is full" in notice.label.text()
    again.state(data_safety_wiring.FEATURE).safety.start_backup_if_due(in_thread=False)
    qtbot.waitUntil(lambda: again.window.notices.notice(BACKUP_NOTICE) is None)
    assert ctx.preferences.get(prefs.BACKUP_EXIT_FAILURE) == ""


def test_backup_news_after_the_window_is_gone_is_not_delivered(qapp, qtbot, app_context):
    """A backup that finishes on the worker thread after its window was
    closed and deleted (quitting) must not touch the deleted notice area."""
    from fibro_desktop.shell import build_shell

    shell = build_shell(qapp, app_context, with_tray=False)
    safety = shell.state(data_safety_wiring.FEATURE).safety
    shell.window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(shell.window))
    safety.news.succeeded.emit()
    safety.news.failed.emit("the disk is full")
    qapp.processEvents()  # queued deliveries run here; nothing may raise


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
