"""Owner-only files and folders for private health data (POSIX modes).

On Windows the modes are ignored by the OS; the per-user profile folders are
already private there.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Set ``path`` to owner read/write only (0600) if it exists."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists.

    SQLite gives its ``-wal`` and ``-shm`` files the mode of the database
    file, so creating the database file private first keeps them private too.
    """
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)
