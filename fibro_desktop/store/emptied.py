"""An empty or missing data file beside backups is lost data, not a new install.

A new install has no data file and no backups. When the data file is gone
or 0 bytes long (a sync service, a full disk, a crash while it was being
replaced) but backups of it sit in ``backups/``, opening it as new would
show the Welcome screen and no entries, and a week later the backup
schedule would delete the last good copy. So such a folder is treated as
damaged: :func:`refuse_if_emptied` stops :func:`~fibro_desktop.store.database.open_database`
(the app then offers the newest good backup), ``check`` reports it, and no
backup (so no retention) runs on it.
"""

from __future__ import annotations

from pathlib import Path

from fibro_desktop.store import cipher
from fibro_desktop.store.backup import backup_folder, parse_backup_name
from fibro_desktop.store.errors import DataFileEmptied, PassphraseRequired, WrongPassphrase
from fibro_desktop.store.integrity import Health, check_file

#: Health state of an empty or missing data file with backups beside it.
EMPTIED = "emptied"
#: Pre-migration backups of versions before issue 13 were named ``before-v...``.
_LEGACY_PREFIX = "before-v"


def _backup_files(data_dir: Path) -> list[Path]:
    """This app's non-empty backups in ``data_dir``, newest name first."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        ours = parse_backup_name(path.name) is not None or (
            path.name.startswith(_LEGACY_PREFIX) and path.name.endswith(".sqlite3"))
        try:
            if ours and path.is_file() and path.stat().st_size > 0:
                found.append(path)
        except OSError:
            continue
    return sorted(found, key=lambda p: p.name, reverse=True)


def has_backups(data_dir: Path) -> bool:
    """Does ``data_dir`` hold at least one non-empty backup of this app?"""
    return bool(_backup_files(data_dir))


def file_is_empty(database: Path) -> bool:
    """Missing, or 0 bytes long (what SQLite creates before the first write)."""
    try:
        return Path(database).stat().st_size == 0
    except FileNotFoundError:
        return True


def is_emptied(database: Path) -> bool:
    """An empty or missing data file with backups beside it."""
    database = Path(database)
    return file_is_empty(database) and has_backups(database.parent)


def refuse_if_emptied(database: Path, passphrase: str | None = None) -> None:
    """Raise :class:`DataFileEmptied` rather than start afresh over lost data.

    Protected data (the marker beside the file) with protected backups: the
    passphrase is asked first (:class:`PassphraseRequired`), and checked on
    the newest protected backup (:class:`WrongPassphrase`), so that the
    recovery can then open those backups with it.
    """
    database = Path(database)
    if not is_emptied(database):
        return
    if cipher.marker_path(database).exists():
        protected = [p for p in _backup_files(database.parent) if cipher.has_plain_header(p) is False]
        key = passphrase if passphrase is not None else cipher.session_passphrase()
        if protected:
            if key is None:
                raise PassphraseRequired(database)
            opens = next((p for p in protected if cipher.key_works(p, key)), None)
            if opens is None:
                raise WrongPassphrase(database)
            cipher.remember_passphrase(key, opens)
    raise DataFileEmptied(database)


def check_data_folder(database: Path, supported_version: int, *, full: bool = False,
                      passphrase: str | None = None) -> Health:
    """:func:`~fibro_desktop.store.integrity.check_file`, plus: an empty or
    missing file beside backups is not healthy (state :data:`EMPTIED`)."""
    database = Path(database)
    if file_is_empty(database) and has_backups(database.parent):
        return Health(EMPTIED, DataFileEmptied.describe(database))
    health = check_file(database, supported_version, full=full, passphrase=passphrase)
    return health
