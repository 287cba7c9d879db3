"""Errors the store raises, each with a message fit to show a person.

Each carries ``.message``, a :class:`~fibro_desktop.core.message.Message`
the UI shows translated (``ui/translate.say_error``); ``str()`` is its
English, for the log and the command line.
"""

from __future__ import annotations

from pathlib import Path

from fibro_desktop.core.message import Message, PersonError, messages

_msg = messages("data_file")


class StoreError(PersonError):
    """Base class for problems with the data file."""


class DatabaseDamagedError(StoreError):
    """The file exists but is not a readable SQLite database of this app."""


class DatabaseNewerError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""

    def __init__(self, found: int, supported: int):
        super().__init__(_msg(
            "This data was saved by a newer version of Fibro Desktop "
            "(data version %1; this version understands up to %2). "
            "It has not been changed. Please install the newer version.", found, supported))
        self.found = found
        self.supported = supported


class MigrationError(StoreError):
    """A schema upgrade failed; the database was left at its previous version."""


class PassphraseRequired(StoreError):
    """The data is protected with a passphrase and none was given; nothing was changed."""

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(_msg("This data is protected with a passphrase. Please enter it to open the data."))
        self.path = path


class WrongPassphrase(StoreError):
    """The passphrase does not open the protected data; nothing was changed."""

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(_msg("That passphrase does not open this data. Nothing was changed; please try again."))
        self.path = path


class DataFileEmptied(DatabaseDamagedError):
    """The data file is empty or missing, but backups of it are beside it:
    lost data, not a new install (:mod:`fibro_desktop.store.emptied`)."""

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__(self.describe(path))
        self.path = path

    @staticmethod
    def describe(path: Path | str | None) -> Message:
        return _msg("The data file %1 is empty or missing, but backups of your data are beside it, so this "
                    "is not a new start: the data was probably lost by a crash, a full disk or a sync service. "
                    "Nothing was changed. Restore the newest good backup (Fibro Desktop offers it at start, "
                    "or run: fibro-desktop restore).", path)


class DataReadOnlyError(StoreError):
    """The data folder cannot be written to (read-only folder or drive); nothing was changed."""

    def __init__(self, folder: Path | str, reason: Message | None = None) -> None:
        if reason is None:
            super().__init__(_msg("The data folder %1 cannot be written to: it is read-only, or on a drive "
                                  "that does not allow changes. Nothing was changed.", folder))
        else:
            super().__init__(_msg("The data folder %1 cannot be written to: it is read-only, or on a drive "
                                  "that does not allow changes. %2 Nothing was changed.", folder, reason))
        self.folder = folder


class DiskFullError(StoreError):
    """A write failed because the disk (or the folder's quota) is full; nothing half-written was kept."""

    def __init__(self, what: str = ""):
        super().__init__(_msg("The disk is full (%1). Nothing was changed. Please free some space and try again.",
                              what) if what else
                         _msg("The disk is full. Nothing was changed. Please free some space and try again."))
        self.what = what


#: What :func:`write_failure` finds.
DISK_FULL = "disk-full"
READ_ONLY = "read-only"


def write_failure(exc: BaseException | None) -> str | None:
    """Is ``exc`` (or what caused it) a write refused by the disk?

    Returns :data:`DISK_FULL` ("database or disk is full", ENOSPC, EDQUOT),
    :data:`READ_ONLY` ("attempt to write a readonly database", EROFS,
    EACCES, EPERM) or ``None``. Works on ``sqlite3``, ``sqlcipher3`` and
    peewee errors (by their SQLite message) and on ``OSError``.
    """
    import errno

    full = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    read_only = {errno.EPERM, errno.EACCES, errno.EROFS}
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, DiskFullError):
            return DISK_FULL
        if isinstance(exc, DataReadOnlyError):
            return READ_ONLY
        if isinstance(exc, OSError) and exc.errno is not None:
            if exc.errno in full:
                return DISK_FULL
            if exc.errno in read_only:
                return READ_ONLY
        text = str(exc).lower()
        if "database or disk is full" in text or "disk is full" in text or "no space left" in text:
            return DISK_FULL
        if "readonly database" in text or "read-only file system" in text:
            return READ_ONLY
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def write_failure_words(exc: BaseException | None) -> Message | None:
    """:func:`write_failure` as a few plain words, to put in a sentence, or ``None``."""
    kind = write_failure(exc)
    if kind == DISK_FULL:
        return _msg("the disk is full")
    if kind == READ_ONLY:
        return _msg("the folder cannot be written to")
    return None


def plain_write_failure(exc: BaseException | None) -> str | None:
    """:func:`write_failure_words` in English (CLI and logs), or ``None``."""
    words = write_failure_words(exc)
    return words.english() if words else None
