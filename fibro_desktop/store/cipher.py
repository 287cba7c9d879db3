"""Encryption at rest (opt-in): SQLCipher connections, the marker, the key.

A protected data file is a SQLCipher 4 database: every page is encrypted
with a key derived from the person's passphrase (PBKDF2-HMAC-SHA512, 256,000
rounds, SQLCipher's defaults). A plain file starts with ``SQLite format 3``;
an encrypted one looks like random bytes, exactly like a damaged file. So a
small, non-secret marker file ``fibro.sqlite3.encrypted`` beside the data
says "this data is protected; ask for the passphrase". The file's header
always wins over the marker: a file with a plain header is plain, whatever
a stale marker says (a crash between writing the marker and the switch
leaves exactly that, harmlessly).

The passphrase the data was opened with is kept in this process's memory
(:func:`session_passphrase`), never on disk, so that every raw connection
the data-safety code makes (backups, checks, restore, export) can open the
file and its backups with the same key, without threading it through every
call. :func:`forget_passphrase` drops it and the derived keys.

Key derivation once, not per connection: SQLCipher derives the key from the
passphrase and the file's salt (its first 16 bytes) with PBKDF2 on every
connection (~0.1-0.2 s each; listing 23 encrypted backups took 3.8 s). So
we derive it ourselves, once per (passphrase, salt), with the same
algorithm and rounds as SQLCipher's defaults, and hand SQLCipher the raw
key with its salt (``x'<key><salt>'``). The data file, its backups and its
conversions share one salt, so one derivation serves them all. The files
are ordinary SQLCipher 4 files: the passphrase alone opens each of them
with any SQLCipher tool (tested).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict

from fibro_desktop.store import files, live_file

#: OpenSSL's PBKDF2 (``hashlib.pbkdf2_hmac`` without the pure-Python fallback), or None.
_pbkdf2_hmac: Callable[[str, bytes, bytes, int, int | None], bytes] | None
try:  # OpenSSL's PBKDF2; the frozen build may leave OpenSSL out (packaging/bundle_rules.py)
    from _hashlib import pbkdf2_hmac as _pbkdf2_hmac
except ImportError:  # pragma: no cover - then SQLCipher derives the key per connection
    _pbkdf2_hmac = None

#: The ``sqlcipher3.dbapi2`` module (it ships no type stubs, hence Any), or None.
sqlcipher: Any
try:  # a wheel exists for every platform we ship; stay importable without it
    from sqlcipher3 import dbapi2 as _dbapi2
    sqlcipher = _dbapi2
except ImportError:  # pragma: no cover - only on a platform without the wheel
    sqlcipher = None

MARKER_SUFFIX = ".encrypted"
SQLITE_HEADER = live_file.SQLITE_HEADER
#: The shortest passphrase the app accepts when protecting data.
MIN_PASSPHRASE_LENGTH = 8

#: ``except`` tuples that catch errors of plain and encrypted connections
#: (``sqlcipher3`` has its own exception classes).
Error: tuple[type[Exception], ...] = (sqlite3.Error,) + ((sqlcipher.Error,) if sqlcipher else ())
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (sqlcipher.DatabaseError,) if sqlcipher else ())
IntegrityError: tuple[type[Exception], ...] = (sqlite3.IntegrityError,) + (
    (sqlcipher.IntegrityError,) if sqlcipher else ())

#: SQLCipher 4's default key derivation (checked against the library by a test).
KDF_HASH = "sha512"
KDF_ROUNDS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16



class _Session(TypedDict):
    passphrase: str | None
    salt: bytes | None


_session: _Session = {"passphrase": None, "salt": None}
_derived: dict[tuple[str, bytes], str] = {}
_quiet: list[bool] = []


def _silence(conn: Any) -> None:  # a sqlcipher3 connection (untyped)
    """SQLCipher logs a wrong key to stderr by default; we report it ourselves.
    (The log level is process-wide, so once is enough.)"""
    if not _quiet:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _quiet.append(True)


def available() -> bool:
    """Is SQLCipher installed (``sqlcipher3``)?"""
    return sqlcipher is not None


def session_passphrase() -> str | None:
    """The passphrase the data was opened with in this process, if any."""
    return _session["passphrase"]


def remember_passphrase(passphrase: str | None, database: Path | None = None) -> None:
    """Keep ``passphrase`` (and the salt of ``database``) for this process."""
    _session["passphrase"] = passphrase
    if passphrase is None or database is not None:
        _session["salt"] = file_salt(database) if database is not None else None


def forget_passphrase() -> None:
    _session["passphrase"] = None
    _session["salt"] = None
    _derived.clear()


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes), else ``None``."""
    try:
        head = live_file.header(path)[:SALT_BYTES]
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head


def raw_key(passphrase: str, salt: bytes) -> str:
    """``x'<key><salt>'``: what SQLCipher would derive from ``passphrase``
    for a file with ``salt``, derived once per process and pair.

    Without OpenSSL's PBKDF2 (``_hashlib``; Python's pure fallback is far
    too slow, and gone in 3.12) this returns the passphrase itself: SQLCipher
    then derives the key on every connection, slower but the same files.
    """
    if _pbkdf2_hmac is None:
        return passphrase
    cached = _derived.get((passphrase, salt))
    if cached is None:
        key = _pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)
        cached = _derived[(passphrase, salt)] = f"x'{key.hex()}{salt.hex()}'"
    return cached


def salt_for(path: Path, salt: bytes | None = None) -> bytes:
    """The salt to key ``path`` with: its own if it is an encrypted file,
    else ``salt``, else the session's, else a new random one."""
    return file_salt(path) or salt or _session["salt"] or os.urandom(SALT_BYTES)


def key_value(path: Path, passphrase: str, salt: bytes | None = None) -> str:
    """The value for ``PRAGMA key`` (or ``ATTACH ... KEY``) of ``path``."""
    return raw_key(passphrase, salt_for(path, salt))

def marker_path(database: Path) -> Path:
    """The non-secret marker beside ``database`` that says it is encrypted."""
    database = Path(database)
    return database.with_name(database.name + MARKER_SUFFIX)


#: Marker contents: whether the person asked to keep plain backups when protecting.
BACKUPS_ENCRYPTED = "fibro-desktop protected data; backups: encrypted\n"
BACKUPS_KEPT_PLAIN = "fibro-desktop protected data; backups: earlier ones kept unencrypted\n"


def write_marker(database: Path, text: str) -> None:
    """Write the (non-secret) marker, owner-only, durably."""
    path = marker_path(database)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def backups_should_be_encrypted(database: Path) -> bool:
    """Did the person choose to have every backup encrypted (the default)?"""
    try:
        return marker_path(database).read_text(encoding="utf-8") != BACKUPS_KEPT_PLAIN
    except OSError:
        return False


def has_plain_header(path: Path) -> bool | None:
    """``True`` for a plain SQLite file, ``False`` for anything else,
    ``None`` when the file is missing or empty."""
    try:
        header = live_file.header(path)
    except FileNotFoundError:
        return None
    if not header:
        return None
    return header == SQLITE_HEADER


def key_for(path: Path, passphrase: str | None = None) -> str | None:
    """The key to open ``path`` with: none for a plain file, else the given
    passphrase or the session's."""
    if has_plain_header(path) is not False:
        return None
    return passphrase if passphrase is not None else session_passphrase()


def quote(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (PRAGMA key cannot be bound)."""
    return "'" + passphrase.replace("'", "''") + "'"


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading only, without creating or changing anything.

    A reader of a WAL file needs its ``-shm`` file; in a folder that cannot
    be written (a read-only drive) SQLite cannot create it, and ``mode=ro``
    fails with "unable to open database file". There nothing can change the
    file either, so, when no WAL holds unsaved pages, it is opened as
    ``immutable``.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if not shm.exists() and not (wal.exists() and wal.stat().st_size) and path.parent.is_dir() \
            and not files.folder_is_writable(path.parent):
        return uri + "?immutable=1"
    return uri + "?mode=ro"


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False, timeout: float = 5.0,
            salt: bytes | None = None) -> sqlite3.Connection:
    """A DB-API connection to ``path``: plain ``sqlite3`` without a key,
    ``sqlcipher3`` keyed with ``passphrase`` otherwise (``salt`` for a new
    file, see :func:`salt_for`).

    Keying does not check the key; the first read does (and raises
    ``DatabaseError`` "file is not a database" for a wrong one).
    """
    target = read_only_uri(Path(path)) if read_only else str(path)
    if passphrase is None:
        live_file.refuse_other_library(path, "sqlite3")
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    if sqlcipher is None:
        raise sqlite3.DatabaseError("this installation cannot open protected data (sqlcipher3 is missing)")
    live_file.refuse_other_library(path, "sqlcipher3")
    # sqlcipher3's connection has sqlite3.Connection's interface (it is untyped: Any)
    conn: sqlite3.Connection = sqlcipher.connect(target, uri=read_only, timeout=timeout)
    try:
        _silence(conn)
        conn.execute(f"PRAGMA key = {quote(key_value(path, passphrase, salt))}")
    except Exception:
        conn.close()
        raise
    return conn


def connect_existing(path: Path, passphrase: str | None = None, *, read_only: bool = False,
                     timeout: float = 5.0) -> sqlite3.Connection:
    """Connect to an existing file with the key its header calls for
    (:func:`key_for`)."""
    return connect(path, key_for(path, passphrase), read_only=read_only, timeout=timeout)


def key_works(path: Path, passphrase: str) -> bool:
    """Does ``passphrase`` open the encrypted file ``path``? Reads only."""
    try:
        conn = connect(path, passphrase, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Error:
        return False
    return True
