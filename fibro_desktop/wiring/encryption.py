"""Encryption at rest, wired: the passphrase at start and the File menu's
"Protect with a passphrase…", "Change passphrase…", "Remove protection…".

Opt-in and off by default: nothing changes for plain data. The store does
the work (:mod:`fibro_desktop.store.protection`); here the open database
is closed for the change and then re-pointed at the new file *in place*
(``switch_key``), since every page holds the same database object.

This module is imported before the first paint (``wiring.FEATURES``), so
the store (peewee, sqlcipher3) is only imported inside functions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from fibro_desktop.ui.translate import say_error, translator
from fibro_desktop.wiring import data_safety
from fibro_desktop.wiring.feature import Feature, Group, Menu, MenuEntry, Wired

if TYPE_CHECKING:
    from fibro_desktop.shell import AppContext, Shell

log = logging.getLogger(__name__)


_tr = translator("Encryption")


def unlock_at_start(window, ctx, error: Exception, *, instance=None, dialog_factory=None):
    """The data could not be opened at start; if it is because it is
    protected, ask for the passphrase.

    Returns ``(db, None)`` when the data opened, ``(None, None)`` when the
    person chose to quit, or ``(None, problem)`` for any other problem
    (``error`` itself when it was not about a passphrase, or what opening
    with the right passphrase then found, e.g. a damaged file), for the
    data-safety recovery to handle. The file is never changed here.

    ``instance`` (the single-instance guard) starts answering now, so that
    launching the app again while the dialog waits brings it forward
    instead of reporting an app that does not answer.
    """
    from fibro_desktop.store.database import open_database
    from fibro_desktop.store.errors import PassphraseRequired, StoreError, WrongPassphrase

    if not isinstance(error, PassphraseRequired):
        return None, error
    found: dict = {}

    def try_open(passphrase: str) -> str | None:
        try:
            found["db"] = open_database(ctx.data_dir, now=ctx.clock.now(), passphrase=passphrase)
        except WrongPassphrase:
            log.info("A passphrase was tried and did not open the data")
            return _tr("That passphrase does not open your data. Nothing was changed; please try again.")
        except StoreError as exc:  # right passphrase, other trouble: the recovery dialog explains
            found["error"] = exc
        return None

    if dialog_factory is None:
        from fibro_desktop.ui.encryption.unlock_dialog import UnlockDialog

        dialog_factory = UnlockDialog
    dialog = dialog_factory(try_open, window)
    if instance is not None:
        instance.listen()

        def bring_forward() -> None:
            window.bring_to_front()
            dialog.raise_()
            dialog.activateWindow()

        instance.activated.connect(bring_forward)
    try:
        accepted = dialog.exec()
    finally:
        if instance is not None:
            instance.activated.disconnect(bring_forward)
    if not accepted:
        log.info("Quit at the passphrase dialog")
        return None, None
    return found.get("db"), found.get("error")


def is_protected(ctx) -> bool:
    from fibro_desktop.store.database import passphrase_of

    return ctx.db is not None and passphrase_of(ctx.db) is not None


def change_protection(shell: Shell, ctx: AppContext, current: str | None, new: str | None,
                      keep_plain_copy: bool = False, *, parent=None):
    """Protect (``current`` None), change, or remove (``new`` None) the
    passphrase of the open data.

    An operation off the GUI thread, with a progress dialog: the backup
    before the change, then the new file. Meanwhile the app is "closed for
    maintenance" (``ctx.data_events.maintenance``): a write a person asks
    for is refused in plain words, a timer's write (pacing) waits and lands
    in the new file once it is open, never in the old one.

    Returns ``(None, result)`` when done, or ``(message, None)``. The data
    stays as it was unless the new file was complete and checked; either
    way the database object is open again afterwards, with the right key.
    """
    from fibro_desktop.core.changes import Changes
    from fibro_desktop.store import cipher
    from fibro_desktop.store.database import database_path, passphrase_of
    from fibro_desktop.store.errors import StoreError
    from fibro_desktop.store.protection import convert_database, switch_key
    from fibro_desktop.ui.background import run_in_background

    db = ctx.db
    old = passphrase_of(db)
    if current != old:
        return _tr("That is not your current passphrase. Nothing was changed."), None
    safety = shell.state(data_safety.FEATURE).safety
    if safety is not None:
        safety.wait_for_backup(timeout=60)  # a daily backup reading the file must finish first
    # Read here, in the GUI thread: the operation touches neither Qt nor ``db``.
    path, now = database_path(ctx.data_dir), ctx.clock.now()

    def change(progress):
        progress(0, 0, _tr("Making a backup of your data first…"))
        problem = _backup_before_change(path, now, old)
        if problem is not None:
            return (problem, None), Changes()
        progress(0, 0, _tr("Changing how your data is protected…"))
        return (None, convert_database(path, old, new, now=now, keep_plain_copy=keep_plain_copy)), Changes()

    with ctx.data_events.maintenance.closed_for(_tr("Fibro Desktop is changing how your data is protected.")):
        db.close()
        try:
            problem, result = run_in_background(
                None, change, origin=None, label=_tr("Changing how your data is protected…"),
                parent=parent or shell.window, cancellable=False)
        except BaseException as exc:
            # Usually nothing changed; a failure after the rename means it did.
            switch_key(db, new if _file_needs(ctx, new) else old)
            if isinstance(exc, (StoreError, OSError, *cipher.Error)):
                log.warning("Changing the protection failed: %s", exc)
                return say_error(exc), None
            raise
        # Open again (new key, or the old one when nothing changed) before
        # the gate opens and the writes that waited run.
        switch_key(db, old if problem is not None else new)
    if problem is not None:
        return problem, None
    if safety is not None:
        safety.count_changes_afresh()
    log.info("Protection changed (%s); %d backups converted, %d left as they were",
             "protected" if new else "plain", len(result.backups_converted), len(result.backups_left))
    return None, result


def _backup_before_change(database, now, key: str | None) -> str | None:
    """The undo point of a protection change: a checked backup with the
    current key (converted along with the other backups), kept 90 days
    whatever the schedule says. Returns a message when it cannot be made.
    Safe off the GUI thread (its own connection)."""
    from fibro_desktop.store.backup import BackupError, backup_folder, make_backup

    try:
        make_backup(database, backup_folder(database.parent), now, "before-protection", retention=None,
                    passphrase=key)
    except BackupError as exc:
        log.warning("The backup before a protection change failed: %s", exc)
        return _tr("A backup of your data could not be made first, so nothing was changed: %1").replace(
            "%1", say_error(exc))
    return None


def _file_needs(ctx, key: str | None) -> bool:
    """Does the data file now open with ``key`` (None: is it plain)?"""
    from fibro_desktop.store import cipher
    from fibro_desktop.store.database import database_path

    path = database_path(ctx.data_dir)
    if key is None:
        return cipher.has_plain_header(path) is not False
    return cipher.key_works(path, key)


def _run(shell, ctx, mode: str, *, dialog_factory=None) -> None:
    from PySide6.QtWidgets import QMessageBox

    if dialog_factory is None:
        from fibro_desktop.ui.encryption.protect_dialog import ProtectDialog

        dialog_factory = ProtectDialog
    done: dict = {}

    def apply(current, new, keep) -> str | None:
        problem, done["result"] = change_protection(shell, ctx, current, new, keep, parent=dialog)
        return problem

    dialog = dialog_factory(mode, apply, shell.window)
    if not dialog.exec():
        return
    text = {"protect": _tr("Your data is now protected with your passphrase."),
            "change": _tr("Your passphrase is changed."),
            "remove": _tr("Your data is no longer protected with a passphrase.")}[mode]
    result = done.get("result")
    if result is not None and result.plain_copy is not None:
        text += " " + _tr("The unencrypted copy you asked for is kept at: %1").replace("%1", str(result.plain_copy))
    if result is not None and result.backups_left:
        text += " " + _tr("%1 older backups were left as they were (made with another passphrase, or "
                          "kept unencrypted as you asked).").replace("%1", str(len(result.backups_left)))
    QMessageBox.information(shell.window, dialog.windowTitle(), text)


def wire(shell: Shell, ctx: AppContext) -> Wired:
    """File menu entries; only the ones that fit the current state are shown."""
    from fibro_desktop.store import cipher

    window = shell.window
    protect = QAction(_tr("&Protect with a passphrase…"), window)
    change = QAction(_tr("C&hange passphrase…"), window)
    remove = QAction(_tr("Remove passphrase p&rotection…"), window)
    protect.triggered.connect(lambda: _run(shell, ctx, "protect"))
    change.triggered.connect(lambda: _run(shell, ctx, "change"))
    remove.triggered.connect(lambda: _run(shell, ctx, "remove"))

    def refresh() -> None:
        protected = is_protected(ctx)
        protect.setVisible(not protected)
        protect.setEnabled(cipher.available())
        change.setVisible(protected)
        remove.setVisible(protected)

    shell.menus[Menu.FILE].aboutToShow.connect(refresh)
    refresh()
    if is_protected(ctx):
        finish_interrupted_protection(ctx)
    return Wired(actions={"protect": protect, "change": change, "remove": remove})


def finish_interrupted_protection(ctx) -> None:
    """Encrypt backups an interrupted "Protect" left plain (usually nothing)."""
    from fibro_desktop.store.database import database_path, passphrase_of
    from fibro_desktop.store.protection import finish_backups

    result = finish_backups(database_path(ctx.data_dir), passphrase_of(ctx.db))
    if result.backups_converted:
        log.info("Encrypted %d backups left plain by an interrupted protection", len(result.backups_converted))


def smoke_check(shell: Shell, ctx: AppContext) -> None:
    """SQLCipher must be bundled (a packaging miss shows here, not in a user's hands)."""
    from fibro_desktop.store import cipher

    if not cipher.available():
        raise RuntimeError("sqlcipher3 is not installed: protected data could not be opened")


FEATURE = Feature(
    key="encryption", wire=wire, smoke_check=smoke_check,
    # After export, import and backups: changing the passphrase is rarer.
    menu_entries=(MenuEntry("protect", Menu.FILE, Group.DATA, rank=20),
                  MenuEntry("change", Menu.FILE, Group.DATA, rank=20),
                  MenuEntry("remove", Menu.FILE, Group.DATA, rank=20)),
)
