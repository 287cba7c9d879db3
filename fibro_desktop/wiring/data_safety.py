"""Wiring of data safety: automatic backups, restore, export and import.

No tab. ``wire`` adds File → Export…, Import… and Backups and restore…,
removes the leftovers of killed backups and conversions, makes the daily
backup shortly after start and, for an app that stays in the tray, on the
first half-hourly check of a new day (in a worker thread:
it uses its own SQLite connection and touches no widget), and a backup at
exit when something changed. :func:`recover_at_start` is called by ``app.py``
when the data file cannot be opened.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction

from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import say, say_error, translator
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, QuitHook, QuitStep, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell

# This module is imported before the first paint (wiring.FEATURES), so the
# store (which imports peewee) and the backup schedule are imported inside
# the functions that use them.

log = logging.getLogger(__name__)
#: Wait this long after start before the daily backup (ms), so start-up stays quick.
START_BACKUP_DELAY_MS = 3000
#: How often a running app checks whether a new day needs its backup (ms).
DAILY_CHECK_MS = 30 * 60 * 1000


_tr = translator("DataSafety")


class BackupNews(QObject):
    """How the automatic backups went, for the notice above the tabs.

    Emitted from the backup's worker thread too; the wiring connects with
    queued connections, so the window only ever hears of it in its own thread."""

    #: A plain-words sentence: what failed, why and what to do.
    failed = Signal(str)
    succeeded = Signal()


class DataSafety:
    """Data-safety operations bound to one running app (its ``AppContext``)."""

    def __init__(self, ctx):
        from fibro_desktop.store.backup import backup_folder
        from fibro_desktop.store.database import database_path

        self.ctx = ctx
        self.database = database_path(ctx.data_dir)
        self.folder = backup_folder(ctx.data_dir)
        self._baseline = self._changes()
        # An import in a worker thread writes through that thread's own
        # connection, which the GUI connection's change count does not see.
        self._changed_elsewhere = False
        self._thread: threading.Thread | None = None
        self.news = BackupNews()

    # -- state -----------------------------------------------------------
    def today(self) -> date:
        from fibro_desktop.core.instants import local_day

        return local_day(self.ctx.clock.now())

    def _changes(self) -> int:
        db = self.ctx.db
        if db is None or db.is_closed():  # never reopen a closed database by asking
            return self._baseline if hasattr(self, "_baseline") else 0
        return db.connection().total_changes

    def read_only(self) -> bool:
        """Is the data open for reading only (nothing to back up into)?"""
        from fibro_desktop.store.database import is_read_only

        return self.ctx.db is not None and is_read_only(self.ctx.db)

    def changed_since_backup(self) -> bool:
        return self._changes() != self._baseline or self._changed_elsewhere

    def wait_for_backup(self, timeout: float) -> None:
        """Let a daily backup that is reading the file finish (at most ``timeout`` s)."""
        thread = self._thread
        if thread is not None and thread.is_alive():
            thread.join(timeout=timeout)

    def count_changes_afresh(self) -> None:
        """The database was reopened (a new connection counts changes from zero)."""
        self._baseline = self._changes()

    def second_folder(self) -> str:
        return self.ctx.preferences.get(prefs.BACKUP_SECOND_FOLDER)

    def set_second_folder(self, folder: str) -> None:
        self.ctx.preferences.set(prefs.BACKUP_SECOND_FOLDER, folder)

    def list_backups(self):
        from fibro_desktop.store.backup import list_backups

        return list_backups(self.folder)

    def clean_leftovers(self) -> list[Path]:
        """Remove what killed backups and conversions left (``.partial``,
        ``.converting``); called once at start, while this app holds the folder."""
        from fibro_desktop.store.leftovers import remove_stale_leftovers

        second = self.second_folder()
        return remove_stale_leftovers(self.ctx.data_dir, self.ctx.clock.now(), Path(second) if second else None)

    def remove_backup(self, path: Path) -> tuple[str, bool]:
        """Delete one backup the person chose (Backups dialog, after asking)."""
        from fibro_desktop.store.backup import BackupError, remove_backup

        try:
            remove_backup(self.folder, path)
        except BackupError as exc:
            return say_error(exc), False
        log.info("Backup %s removed by the person", Path(path).name)
        return _tr("The backup was removed."), True

    # -- backups ---------------------------------------------------------
    def back_up(self, reason: str, *, now=None, second: str | None = None, note_baseline: bool = True):
        """Make a checked backup now. Safe in a worker thread when ``now`` and
        ``second`` are given and ``note_baseline`` is False (the database
        object's connection belongs to the GUI thread)."""
        from fibro_desktop.store.backup import make_backup

        second = self.second_folder() if second is None else second
        result = make_backup(self.database, self.folder, now or self.ctx.clock.now(), reason,
                             second_folder=Path(second) if second else None)
        if note_baseline:
            self._baseline = self._changes()
            self._changed_elsewhere = False
        log.info("Backup %s written (%s)", result.path.name, reason)
        if result.second_error:
            log.warning("%s", result.second_error)
        return result

    def back_up_now(self, parent=None) -> tuple[str, bool]:
        """The person asked for a backup: made and checked in a worker
        thread (a large file takes a while), the window painting meanwhile."""
        from fibro_desktop.core.changes import Changes
        from fibro_desktop.store.backup import BackupError
        from fibro_desktop.ui.background import run_in_background
        from fibro_desktop.ui.write_errors import backup_failure_text

        # Read everything Qt or peewee owns here, in the GUI thread.
        now, second = self.ctx.clock.now(), self.second_folder()
        baseline = self._changes()
        try:
            result = run_in_background(
                None, lambda _progress: (self.back_up("manual", now=now, second=second, note_baseline=False),
                                         Changes()),
                origin=self, label=_tr("Making a backup and checking it…"), parent=parent, cancellable=False)
        except (BackupError, OSError) as exc:
            return backup_failure_text(exc) or say_error(exc), False
        self._baseline, self._changed_elsewhere = baseline, False
        self.news.succeeded.emit()
        text = _tr("Backup made and checked.")
        if result.second_error:
            return text + " " + say(result.second_error), False
        return text, True

    def start_backup_if_due(self, *, in_thread: bool = True) -> bool:
        from fibro_desktop.core.data_safety.schedule import start_backup_due
        from fibro_desktop.store.backup import BackupError, latest_backup_time

        if self.ctx.db is None or self.ctx.db.is_closed() or self.read_only():
            return False
        if not start_backup_due(latest_backup_time(self.folder), self.ctx.clock.now()):
            return False

        # Read everything Qt or peewee owns here, in the GUI thread.
        now, second = self.ctx.clock.now(), self.second_folder()
        self._baseline = self._changes()

        def work():
            try:
                result = self.back_up("daily", now=now, second=second, note_baseline=False)
            except (BackupError, OSError) as exc:
                log.error("Daily backup failed: %s", exc)
                self._tell_failure(exc)
                return
            self._tell_success(result)

        if in_thread:
            self._thread = threading.Thread(target=work, name="daily-backup")
            self._thread.start()
        else:
            work()
        return True

    def exit_backup_if_due(self) -> bool:
        from fibro_desktop.core.data_safety.schedule import exit_backup_due
        from fibro_desktop.store.backup import BackupError, latest_backup_time

        if self._thread is not None:
            self._thread.join()
        if self.read_only():
            return False
        if not exit_backup_due(latest_backup_time(self.folder), self.ctx.clock.now(), self.changed_since_backup()):
            return False
        from fibro_desktop.ui.write_errors import automatic_backup_failure_text

        try:
            self.back_up("exit")
        except (BackupError, OSError) as exc:
            log.error("Backup at exit failed: %s", exc)
            # The window is closing: tell the person at the next start.
            self.ctx.preferences.set(prefs.BACKUP_EXIT_FAILURE, automatic_backup_failure_text(exc))
            return False
        self.ctx.preferences.set(prefs.BACKUP_EXIT_FAILURE, "")
        return True

    def _tell_failure(self, exc: BaseException) -> None:
        from fibro_desktop.ui.write_errors import automatic_backup_failure_text

        self.news.failed.emit(automatic_backup_failure_text(exc))

    def _tell_success(self, result) -> None:
        from fibro_desktop.ui.write_errors import second_copy_failure_text

        self.news.succeeded.emit()
        if result.second_error:
            self.news.failed.emit(second_copy_failure_text(result.second_error))

    def restore(self, path: Path) -> tuple[str, bool]:
        from fibro_desktop.ops.data_safety import restore_backup
        from fibro_desktop.store.backup import BackupError

        try:
            previous = run_for(self.ctx.data_events, lambda: restore_backup(
                self.ctx.db, self.database, path, self.ctx.clock.now()), origin=self)
        except BackupError as exc:
            return say_error(exc), False
        self._baseline = self._changes()
        self._changed_elsewhere = False
        log.info("Restored %s; previous data kept in %s", path, previous)
        return _tr("Backup restored. Your data as it was before is kept as a backup too."), True

    # -- export and import -----------------------------------------------
    def export_op(self, choice, path: Path):
        """The export as an operation ``op(progress) -> (summary, Changes)``,
        safe in a worker thread (it reads through that thread's connection)."""
        from fibro_desktop.ops.data_safety import export

        now = self.ctx.clock.now()
        return lambda progress: export(self.ctx.db, choice.fmt, path, now, data_dir=self.ctx.data_dir,
                                       with_audio=getattr(choice, "with_audio", False),
                                       start=choice.start, end=choice.end, progress=progress)

    def export(self, choice, path: Path, progress):
        """Export here, in this thread."""
        return self.export_op(choice, path)(progress)[0]

    def export_target_in_data_folder(self, path: Path) -> bool:
        """True when ``path`` is in the data folder (exports never go there)."""
        from fibro_desktop.store.export import target_in_data_folder

        return target_in_data_folder(path, self.ctx.data_dir)

    def export_readable(self, path: Path) -> str:
        """Export what the open database can still read, table by table, to
        the JSON file ``path``; return a plain-words result."""
        from fibro_desktop.store.export import export_json

        if self.export_target_in_data_folder(path):
            return _tr("Please choose a place outside the data folder: nothing is ever written there "
                       "but your data itself.")
        try:
            summary = export_json(self.ctx.db.connection(), path, self.ctx.clock.now(), salvage=True)
        except Exception as exc:  # a damaged file can fail in many ways
            log.error("Rescue export to %s failed: %s", path, exc)
            return _tr("Nothing could be saved: %1").replace("%1", _plain_os_error(exc))
        text = _tr("Saved %Ln entries to %1.", path, n=summary.total, one="Saved %Ln entry to %1.")
        if summary.unreadable:
            text += " " + _tr("These parts could not be read: %1.").replace("%1", ", ".join(summary.unreadable))
        return text

    def read_import(self, path: Path):
        from fibro_desktop.store.import_read import read_export

        data = read_export(path)
        self._import_source = Path(path)  # recordings come from NAME-audio.zip beside it
        return data

    def import_op(self, data):
        """The import as an operation ``op(progress) -> (summary, Changes)``,
        safe in a worker thread: what Qt owns (clock, preferences, the GUI
        connection's change count) is read here, in the GUI thread."""
        from fibro_desktop.ops.data_safety import import_file

        now, second = self.ctx.clock.now(), self.second_folder()
        source = getattr(self, "_import_source", None)  # recordings come from NAME-audio.zip beside it
        self._baseline = self._changes()

        def op(progress):
            summary, changes = import_file(
                self.ctx.db, data, source=source, data_dir=self.ctx.data_dir, progress=progress,
                back_up=lambda: self.back_up("before-import", now=now, second=second, note_baseline=False))
            self._changed_elsewhere = self._changed_elsewhere or not changes.empty
            return summary, changes

        return op

    def import_data(self, data, progress):
        """Import here, in this thread, and announce it."""
        return run_for(self.ctx.data_events, lambda: self.import_op(data)(progress), origin=self)


def _plain_os_error(exc: Exception) -> str:
    """A short plain-words reason for an error, never a Python repr."""
    import errno
    import sqlite3

    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC or (isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)):
        return _tr("the disk is full.")
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _tr("this folder cannot be written to.")
    return getattr(exc, "strerror", None) or say_error(exc)


@dataclass
class DataSafetyState:
    """Data safety's objects in one run."""

    #: Backups, restore, export and import for this run (set by ``wire``).
    safety: DataSafety | None = None


def wire(shell: Shell, ctx: AppContext) -> Wired:
    """File menu entries, leftovers of killed backups removed, the daily
    backup after start, the backup at exit."""
    safety = DataSafety(ctx)
    safety.clean_leftovers()
    window = shell.window
    export_action = QAction(_tr("&Export…"), window)
    import_action = QAction(_tr("&Import…"), window)
    backups_action = QAction(_tr("&Backups and restore…"), window)
    export_action.triggered.connect(lambda: _export(window, safety))
    import_action.triggered.connect(lambda: _import(window, safety))
    backups_action.triggered.connect(lambda: _backups(window, safety))
    shell.state(FEATURE).safety = safety
    # What a tab that cannot be built offers (ui/broken_page.py).
    window.set_recovery_actions([
        (_tr("Restore a backup"), lambda: _backups(window, safety)),
        (_tr("Export what can be read"), lambda: _rescue_export(window, safety)),
    ])
    _wire_failure_notice(window, safety, ctx)
    timer = QTimer(window)  # owned by the window: gone with it
    timer.setSingleShot(True)
    timer.timeout.connect(safety.start_backup_if_due)
    timer.start(START_BACKUP_DELAY_MS)
    # The app may live in the tray for days: look for a new day now and then.
    daily = QTimer(window)
    daily.timeout.connect(safety.start_backup_if_due)
    daily.start(DAILY_CHECK_MS)
    return Wired(actions={"export": export_action, "import": import_action, "backups": backups_action},
                 hooks={"exit_backup": safety.exit_backup_if_due})


BACKUP_NOTICE = "backup-failed"


def _wire_failure_notice(window, safety: DataSafety, ctx) -> None:
    """A failed automatic backup is shown above the tabs (not only logged),
    with "Back up now" and "Backups and restore…"; a later good backup
    puts the notice away. A failure at the last exit is shown at start."""

    from shiboken6 import isValid

    def show(text: str) -> None:
        if not isValid(window):  # a backup thread finished after the window was gone (quit, tests)
            return
        window.show_notice(BACKUP_NOTICE, text, [(_tr("Back up now"), back_up_again),
                                                 (_tr("Backups and restore…"), lambda: _backups(window, safety))])

    def back_up_again() -> None:
        message, ok = safety.back_up_now(window)
        if ok:
            window.hide_notice(BACKUP_NOTICE)
        else:
            show(message)

    def succeeded() -> None:
        if isValid(window):
            window.hide_notice(BACKUP_NOTICE)
        ctx.preferences.set(prefs.BACKUP_EXIT_FAILURE, "")

    from PySide6.QtCore import Qt  # after the first paint (see wiring/journal.py)

    # A receiver owned by the window: a backup that finishes on the worker
    # thread after the window is gone (quitting, a closed test window) is
    # then simply not delivered, instead of touching a deleted notice area.
    receiver = _NoticeReceiver(window, show, succeeded)
    queued = Qt.ConnectionType.QueuedConnection  # the worker thread emits too
    safety.news.failed.connect(receiver.failed, queued)
    safety.news.succeeded.connect(receiver.succeeded, queued)
    last_exit = ctx.preferences.get(prefs.BACKUP_EXIT_FAILURE)
    if last_exit:
        show(last_exit)


class _NoticeReceiver(QObject):
    """Hands backup news to the notice functions while its window lives."""

    def __init__(self, window, on_failed, on_succeeded) -> None:
        super().__init__(window)
        self._on_failed = on_failed
        self._on_succeeded = on_succeeded

    @Slot(str)
    def failed(self, text: str) -> None:
        self._on_failed(text)

    @Slot()
    def succeeded(self) -> None:
        self._on_succeeded()


def _export(window, safety) -> None:
    from fibro_desktop.ui.data_safety.flows import run_export

    run_export(window, safety)


def _import(window, safety) -> None:
    from fibro_desktop.ui.data_safety.flows import run_import

    run_import(window, safety)


def _rescue_export(window, safety, ask_path=None, tell=None) -> str:
    """Save every row that can still be read to a JSON file the person
    chooses (a tab could not be built). Returns the message shown."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if ask_path is None:
        name, _ = QFileDialog.getSaveFileName(
            window, _tr("Save what can be read as"),
            str(Path.home() / f"fibro-rescue-{safety.ctx.clock.now():%Y-%m-%d}.json"), "JSON (*.json)")
        path = Path(name) if name else None
    else:
        path = ask_path()
    if path is None:
        return ""
    text = safety.export_readable(path)
    (tell or (lambda message: QMessageBox.information(window, _tr("Export what can be read"), message)))(text)
    return text


def _backups(window, safety) -> None:
    from fibro_desktop.ui.data_safety.backups_dialog import BackupsDialog

    BackupsDialog(safety, window).exec()


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """Make a checked backup and an export of everything, in a temporary place."""
    import tempfile

    from fibro_desktop.store.export import export_json

    safety = shell.state(FEATURE).safety
    assert safety is not None
    result = safety.back_up("manual")
    if not result.path.exists():
        raise RuntimeError("the backup was not written")
    with tempfile.TemporaryDirectory() as folder:
        export_json(ctx.db.connection(), Path(folder) / "smoke.json", ctx.clock.now())


def recover_at_start(window, ctx, error: Exception, *, dialog_factory=None, ask_export_path=None):
    """The data file could not be opened: explain and offer safe ways out.

    Returns an open database when the person restored a backup, else
    ``None`` (the app then quits). The file itself is never changed here.
    """
    from fibro_desktop.store.backup import backup_folder, latest_good_backup, restore_backup
    from fibro_desktop.store.database import database_path, open_database
    from fibro_desktop.store.emptied import check_data_folder
    from fibro_desktop.store.migrations import latest_version
    from fibro_desktop.ui.data_safety.problem_dialog import RESTORE, START_EMPTY, DataProblemDialog

    database = database_path(ctx.data_dir)
    health = check_data_folder(database, latest_version())  # "emptied": empty or missing beside backups
    best = latest_good_backup(backup_folder(ctx.data_dir), latest_version())

    def export_readable(parent) -> str:
        return _salvage_export(parent, database, ctx, ask_export_path)

    factory = dialog_factory or DataProblemDialog
    dialog = factory(health.state if not health.ok else "other", say_error(error), best, export_readable, window)
    dialog.exec()
    if dialog.choice == START_EMPTY and health.state == "emptied":
        return _start_empty(database, ctx)
    if dialog.choice != RESTORE or best is None:
        return None
    try:
        previous = restore_backup(database, best.path, ctx.clock.now(), latest_version())
        log.info("Restored %s at start; previous data kept in %s", best.path, previous)
        return open_database(ctx.data_dir, now=ctx.clock.now())
    except Exception as exc:  # report and quit rather than go on with no data
        log.error("Restore at start failed: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, _tr("Restore failed"), say_error(exc))
        return None


def _start_empty(database: Path, ctx):
    """The person chose to start with no data over an emptied file (no
    backup could be read): the empty file is moved aside, the backups
    stay, and a new data file is set up."""
    from fibro_desktop.store.backup import backup_folder, move_aside
    from fibro_desktop.store.database import open_database

    try:
        if database.exists():
            move_aside(database, backup_folder(ctx.data_dir), ctx.clock.now(), "empty")
        log.info("Starting with no data by choice; the backups are kept")
        return open_database(ctx.data_dir, now=ctx.clock.now(), start_empty=True)
    except Exception as exc:  # report and quit rather than go on with no data
        log.error("Starting with no data failed: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, _tr("Fibro Desktop"), say_error(exc))
        return None


def _salvage_export(parent, database: Path, ctx, ask_export_path=None) -> str:
    """Export what a read-only connection can still read, table by table."""
    from fibro_desktop.store.export import export_json
    from fibro_desktop.store.integrity import connect_read_only

    if ask_export_path is None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, _tr("Save what can be read as"),
                                              f"fibro-rescue-{ctx.clock.now():%Y-%m-%d}.json", "JSON (*.json)")
        path = Path(name) if name else None
    else:
        path = ask_export_path()
    if path is None:
        return ""
    from fibro_desktop.store.export import target_in_data_folder

    if target_in_data_folder(path, ctx.data_dir):  # it could replace the very file being rescued
        return _tr("This place is inside Fibro Desktop's own data folder. Nothing was written. "
                   "Please choose another place, such as your Documents folder.")
    try:
        conn = connect_read_only(database)
        try:
            summary = export_json(conn, path, ctx.clock.now(), salvage=True)
        finally:
            conn.close()
    except Exception as exc:  # a badly damaged file can fail in many ways
        return _tr("Nothing could be read: %1", say_error(exc))
    text = _tr("Saved %Ln entries to %1.", path, n=summary.total, one="Saved %Ln entry to %1.")
    if summary.unreadable:
        text += " " + _tr("These parts could not be read: %1.").replace("%1", ", ".join(summary.unreadable))
    return text


FEATURE = Feature(
    key="data_safety", wire=wire, state=DataSafetyState, smoke_check=smoke_check,
    menu_entries=(MenuEntry("export", Menu.FILE, Group.DATA, rank=10),
                  MenuEntry("import", Menu.FILE, Group.DATA, rank=10),
                  MenuEntry("backups", Menu.FILE, Group.DATA, rank=10)),
    # Last of all: the backup at exit holds every write made while quitting.
    quit_hooks=(QuitHook("exit_backup", QuitStep.BACK_UP),),
)
