"""Owner-only files and folders for private health data (POSIX modes).

On Windows the modes are ignored by the OS; the per-user profile folders are
already private there.

Some file systems cannot hold POSIX modes at all (FAT/exFAT sticks, many
network shares) and refuse ``chmod`` with EPERM or ENOTSUP, and a read-only
folder refuses it with EROFS or EACCES. None of these makes the data any
less readable, so a refused ``chmod`` is logged, never fatal: the data is
opened anyway (read-only when the folder cannot be written, see
:func:`folder_is_writable`).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

log = logging.getLogger(__name__)

#: ``chmod`` errors that mean "this file system or folder does not allow it".
_REFUSED = {errno.EPERM, errno.EACCES, errno.EROFS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}
#: Errors that mean "this folder cannot be written to".
_NOT_WRITABLE = {errno.EPERM, errno.EACCES, errno.EROFS}


def _chmod(path: Path, mode: int) -> bool:
    """Take away every permission outside ``mode`` (never add one: a folder
    the person made read-only stays read-only), tolerating a file system
    that refuses ``chmod``; True when done."""
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
        return True
    except OSError as exc:
        if exc.errno not in _REFUSED:
            raise
        log.info("Cannot make %s owner-only (%s); the file system may not support it",
                    path, exc.strerror or exc)
        return False


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only (at most 0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        _chmod(path, PRIVATE_DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Set ``path`` to owner read/write only (at most 0600) if it exists."""
    if os.name == "posix" and path.exists():
        _chmod(path, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists.

    SQLite gives its ``-wal`` and ``-shm`` files the mode of the database
    file, so creating the database file private first keeps them private too.
    """
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)


def is_not_writable_error(exc: BaseException) -> bool:
    """Does ``exc`` say "this place cannot be written to" (read-only, no permission)?"""
    return isinstance(exc, OSError) and exc.errno in _NOT_WRITABLE


def folder_is_writable(folder: Path) -> bool:
    """Can a file be created in ``folder``? Tried for real (``os.access`` is
    not enough: it says yes to root, and on read-only mounts of some systems)."""
    probe = Path(folder) / f".fibro-write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    except OSError as exc:
        if exc.errno in _NOT_WRITABLE:
            return False
        return True  # another problem (a full disk): writes will say so themselves
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return True
