"""The live data file has one owner: the app's SQLite connection.

Closing *any* file descriptor of a database file drops every POSIX lock
the process holds on it (SQLite's "How To Corrupt An SQLite Database
File", section 2.2). If the app read the file's header with ``open()`` and
closed it while its connection was open, it would silently lose its locks;
another process reading the file (``fibro-desktop check``, ``export``,
``report``) could then delete the WAL under it, and every entry saved after
that would be lost at the next crash. Two SQLite libraries in one process
(the standard ``sqlite3`` and ``sqlcipher3`` each carry their own copy) do
the same to each other (section 2.3).

So the facts the store needs from the file itself (is it plain SQLite; the
salt of an encrypted one) are read once, before the first connection
opens, and kept here while any connection to it is open: :func:`header`
answers from here for a live file and only reads other files. The
connection classes in :mod:`fibro_desktop.store.database` count their
connections in and out (:func:`connection_opening`,
:func:`connection_closed`), and :func:`refuse_other_library` stops a second
SQLite library from opening a live file.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: The companions SQLite keeps beside a WAL database.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class LiveFileError(RuntimeError):
    """Something tried to touch the live file in a way that would drop the
    app's locks on it (a programming error, never the person's)."""


@dataclass
class _Live:
    header: bytes  # the first 16 bytes, or b"" for a new, empty file
    library: str  # "sqlite3" or "sqlcipher3": the one library allowed on it
    connections: int = 0


_lock = threading.Lock()
_live: dict[str, _Live] = {}


def _key(path: Path | str) -> str:
    return os.path.realpath(os.fspath(path))


def _owner_key(path: Path | str) -> str | None:
    """The live file ``path`` is, or is a companion of (``None``: not live)."""
    key = _key(path)
    if key in _live:
        return key
    for suffix in COMPANION_SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in _live:
            return key[: -len(suffix)]
    return None


def is_live(path: Path | str) -> bool:
    """Does an open connection of this process own ``path`` (or is ``path``
    one of its ``-wal``/``-shm``/``-journal`` companions)?"""
    with _lock:
        return _owner_key(path) is not None


def read_header(path: Path | str) -> bytes:
    """The first 16 bytes of a file that is *not* live (``b""`` if empty).

    Raises ``OSError`` as ``open`` does (``FileNotFoundError`` included).
    """
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def header(path: Path | str) -> bytes:
    """The first 16 bytes of ``path``: from memory for a live file, from
    the file otherwise. Raises ``OSError`` like :func:`read_header`."""
    with _lock:
        owner = _owner_key(path)
        if owner is not None and owner == _key(path):
            return _live[owner].header
    if owner is not None:
        raise LiveFileError(f"{path} belongs to the open database; only SQLite may open it.")
    return read_header(path)


def connection_opening(path: Path | str, library: str, known_header: bytes | None = None) -> None:
    """Call just before a connection to ``path`` opens.

    The first connection reads (or is told) the header; later ones must use
    the same SQLite library. ``known_header`` is for a new or empty file,
    whose header SQLite has not written yet (plain, or the salt it is keyed
    with). Raises ``OSError`` when the file cannot be read.
    """
    key = _key(path)
    with _lock:
        live = _live.get(key)
        if live is not None:
            if live.library != library:
                raise LiveFileError(f"{path} is open with {live.library}; {library} must not open it too.")
            live.connections += 1
            return
    found = known_header if known_header is not None else read_header(key)
    with _lock:
        live = _live.setdefault(key, _Live(found, library))
        live.connections += 1


def connection_closed(path: Path | str) -> None:
    """Call after a connection to ``path`` closed (or failed to open)."""
    key = _key(path)
    with _lock:
        live = _live.get(key)
        if live is None:
            return
        live.connections -= 1
        if live.connections <= 0:
            del _live[key]


def refuse_other_library(path: Path | str, library: str) -> None:
    """Raise :class:`LiveFileError` when ``path`` is live under another
    SQLite library than ``library``."""
    with _lock:
        owner = _owner_key(path)
        if owner is not None and _live[owner].library != library:
            raise LiveFileError(f"{path} is open with {_live[owner].library}; {library} must not open it too.")
