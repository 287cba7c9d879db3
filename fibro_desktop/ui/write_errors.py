"""A save that the disk refused, said in plain words.

Forms catch what a store function raises when it is a write the disk
refused (a full disk, a read-only folder; see
:func:`fibro_desktop.store.errors.write_failure`), show one of these texts
next to the Save button, and stay open with everything the person typed.
"""

from __future__ import annotations

from fibro_desktop.core.message import Message
from fibro_desktop.store.errors import DISK_FULL, READ_ONLY, write_failure
from fibro_desktop.ui.maintenance import ClosedForMaintenance
from fibro_desktop.ui.translate import say, say_error, translator

_tr = translator("WriteErrors")


def write_failure_text(exc: BaseException) -> str | None:
    """What to tell the person about ``exc``; ``None`` when it is not a refused write."""
    if isinstance(exc, ClosedForMaintenance):
        return _tr("This could not be saved yet: %1 What you entered is still here. "
                   "Please press Save again in a moment.").replace("%1", say_error(exc))
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("This could not be saved: the disk is full. What you entered is still here. "
                   "Please free some space (empty the trash, remove large files), then press Save again.")
    if kind == READ_ONLY:
        return _tr("This could not be saved: your data folder cannot be written to. "
                   "What you entered is still here.")
    return None


def backup_failure_text(exc: BaseException) -> str | None:
    """A backup that the disk refused, or ``None``."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("The backup could not be made: the disk is full. Please free some space, "
                   "then make a backup again (File, Backups and restore).")
    if kind == READ_ONLY:
        return _tr("The backup could not be made: its folder cannot be written to.")
    return None


def file_failure_text(exc: BaseException) -> str | None:
    """An export or report file that the disk refused, or ``None``."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("The file could not be written: the disk is full. Please free some space, "
                   "or choose another drive, and try again.")
    if kind == READ_ONLY:
        return _tr("The file could not be written there: that folder cannot be written to. "
                   "Please choose another folder.")
    return None


def background_failure_text(exc: BaseException) -> str | None:
    """A write that failed outside any form (a timer, quitting), or ``None``."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("Something could not be saved because the disk is full. Please free some space "
                   "(empty the trash, remove large files); what you save afterwards is kept.")
    if kind == READ_ONLY:
        return _tr("Something could not be saved because your data folder cannot be written to.")
    return None


def automatic_backup_failure_text(exc: BaseException) -> str:
    """An automatic (daily or exit) backup failed: why, and what to do."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("The automatic backup could not be made: the disk is full. Your data itself is "
                   "safe. Please free some space (empty the trash, remove large files), then press "
                   "\u201cBack up now\u201d.")
    if kind == READ_ONLY:
        return _tr("The automatic backup could not be made: the backup folder cannot be written to. "
                   "Your data itself is safe. Please check the folder in Backups and restore, then "
                   "press \u201cBack up now\u201d.")
    return _tr("The automatic backup could not be made (%1). Your data itself is safe. Press "
               "\u201cBack up now\u201d to try again; if it fails again, the details are in the log "
               "(Help, About).").replace("%1", say_error(exc).rstrip("."))


def second_copy_failure_text(problem: Message | str) -> str:
    """The backup was made but its copy to the second folder failed."""
    return _tr("The backup was made, but its copy to your second folder failed (%1). Please check "
               "that the drive is connected, then press \u201cBack up now\u201d.").replace(
                   "%1", say(problem).rstrip("."))


def short_reason_text(exc: BaseException) -> str | None:
    """Why a write was refused, in one short sentence, or ``None``."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _tr("The disk is full; please free some space and try again.")
    if kind == READ_ONLY:
        return _tr("Your data folder cannot be written to.")
    return None
