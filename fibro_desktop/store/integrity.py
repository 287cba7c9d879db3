"""Is the data file healthy? Quick checks at start, full checks on demand.

``PRAGMA quick_check`` verifies the b-tree structure of every page (not index
contents) and runs in tens of milliseconds at 100,000 rows
(``benchmarks/data_safety.py``); ``PRAGMA integrity_check`` also checks
indexes and is used on every backup and by ``fibro-desktop check``.
Everything here only reads. Encrypted files are opened with the passphrase
given or the session's (:mod:`fibro_desktop.store.cipher`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from fibro_desktop.core.data_safety.formats import COUNTED_TABLES
from fibro_desktop.core.message import Message, messages
from fibro_desktop.store import cipher, live_file
from fibro_desktop.store.tables import count_rows

_SQLITE_HEADER = b"SQLite format 3\x00"
_msg = messages("data_file")

#: Page cache of a checking connection, KiB.
CHECK_CACHE_KIB = 65536

OK = "ok"
MISSING = "missing"
DAMAGED = "damaged"
NEWER = "newer"
#: Protected with a passphrase that this process does not know (yet).
LOCKED = "locked"


@dataclass
class Health:
    """The state of one data file, with a plain-words ``message`` (English
    as ``str()``, translated by the UI's ``say``)."""

    state: str  # OK, MISSING, DAMAGED, NEWER or LOCKED
    message: Message
    schema_version: int | None = None
    counts: dict[str, int | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.state in (OK, MISSING)


def connect_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A read-only connection that never creates or changes ``path``.

    An encrypted file is keyed with ``passphrase`` or the session's."""
    return cipher.connect_existing(path, passphrase, read_only=True)


def run_check(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """Return the problems SQLite reports (empty when the file is fine)."""
    pragma = "integrity_check" if full else "quick_check"
    # A large page cache for this connection (freed when it closes) makes the
    # check about three times faster: it revisits b-tree pages many times.
    conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)")]
    return [] if rows == ["ok"] else rows


def check_file(path: Path, supported_version: int, *, full: bool = False,
               passphrase: str | None = None) -> Health:
    """Check the database file at ``path`` without changing it."""
    path = Path(path)
    if not path.exists():
        return Health(MISSING, _msg("There is no data file yet at %1.", path))
    try:
        header = live_file.header(path)  # never opens the live file: see live_file
    except OSError as exc:
        return Health(DAMAGED, _msg("The data file %1 cannot be read: %2.", path, exc.strerror or exc))
    key = cipher.key_for(path, passphrase)
    if header and header != _SQLITE_HEADER:
        if key is None and cipher.marker_path(path).exists():
            return Health(LOCKED, _msg("The data file %1 is protected with a passphrase.", path))
        if key is None:
            return Health(DAMAGED, _msg("The data file %1 is not in a format Fibro Desktop knows.", path))
        if not cipher.key_works(path, key):
            if cipher.marker_path(path).exists():
                return Health(LOCKED, _msg("The passphrase does not open the data file %1.", path))
            return Health(DAMAGED, _msg("The data file %1 is damaged, or protected with a different passphrase.",
                                          path))
    if not header:
        return Health(OK, _msg("The data file %1 is empty; it will be set up at start.", path), 0)
    try:
        conn = connect_read_only(path, key)
    except cipher.Error as exc:
        return Health(DAMAGED, _msg("The data file %1 cannot be opened: %2.", path, exc))
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > supported_version:
            return Health(NEWER, _msg("The data file %1 was saved by a newer version of Fibro Desktop "
                                      "(data version %2; this one understands up to %3).",
                                      path, version, supported_version), version)
        problems = run_check(conn, full=full)
        if problems:
            return Health(DAMAGED, _msg("The data file %1 is damaged: %2", path, "; ".join(problems[:3])), version)
        counts = {table: count_rows(conn, table) for table in COUNTED_TABLES}
        return Health(OK, _msg("The data file %1 is in good order.", path), version, counts)
    except cipher.Error as exc:
        return Health(DAMAGED, _msg("The data file %1 is damaged: %2.", path, exc))
    finally:
        conn.close()


def refuse_if_damaged(path: Path, passphrase: str | None = None) -> None:
    """Raise :class:`DatabaseDamagedError` when ``PRAGMA quick_check`` fails.

    Called by ``open_database`` before anything writes to an existing file,
    so a damaged file is never migrated or written over.
    """
    from fibro_desktop.store.errors import DatabaseDamagedError

    if Path(path).stat().st_size == 0:
        return
    try:
        conn = connect_read_only(path, passphrase)
        try:
            problems = run_check(conn)
        finally:
            conn.close()
    except cipher.Error as exc:
        raise DatabaseDamagedError(_msg("%1 cannot be read: %2.", path, exc)) from exc
    if problems:
        raise DatabaseDamagedError(_msg("%1 is damaged: %2.", path, "; ".join(problems[:3])))
