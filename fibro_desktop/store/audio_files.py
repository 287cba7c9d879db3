"""The person's own recordings (``<data>/audio/``) in backups and restores.

The database holds a row per recording (table ``own_audio``, column
``file_name``); the sound itself is a file in the library folder
``<data>/audio/``, named ``<uid><ext>`` and never changed once written. So
backups share one store of recordings, ``backups/audio/``: each backup
copies in the library files the store does not hold yet (a recording is
copied once, not once per backup), and a restore copies back every file
its ``own_audio`` rows name that the library lacks. The backup files
themselves (``fibro-…Z-<reason>.sqlite3``) are unchanged. Files in the
store that no remaining backup names are removed when backups are pruned.

To move to a new computer, copy the whole ``backups`` folder, its
``audio`` folder included. Recordings are never encrypted (neither in the
library nor here), also when the data is protected with a passphrase.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from fibro_desktop.core.relax.imports import is_plain_name
from fibro_desktop.store import files

#: The library folder inside the data folder, and the shared store inside ``backups/``.
AUDIO_DIR_NAME = "audio"


def audio_dir(folder: Path) -> Path:
    return Path(folder) / AUDIO_DIR_NAME


def is_recording_name(name: str) -> bool:
    """A name the library gives a recording (not a hidden ``.partial``)."""
    return is_plain_name(name) and not name.startswith(".")


def library_files(data_dir: Path) -> list[Path]:
    """The recordings in the library of ``data_dir`` (regular files, no links)."""
    library = audio_dir(data_dir)
    if not library.is_dir():
        return []
    return sorted(p for p in library.iterdir()
                  if is_recording_name(p.name) and p.is_file() and not p.is_symlink())


def copy_file_safely(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` under a temporary name
    (``.<name>.partial``), then rename: a copy killed half-way never looks
    like a whole recording or backup."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        files.create_private_file(partial)
        shutil.copyfile(source, partial)
        if partial.stat().st_size != source.stat().st_size:
            raise OSError(f"the copy of {source.name} is incomplete")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(target)


def copy_missing(sources: Iterable[Path], target_dir: Path) -> list[Path]:
    """Copy each of ``sources`` into ``target_dir`` unless a file of that
    name and size is there already; returns the copies made."""
    copied = []
    for source in sources:
        target = Path(target_dir) / source.name
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            continue
        files.ensure_private_dir(Path(target_dir))
        copy_file_safely(source, target)
        copied.append(target)
    return copied


def backup_audio(data_dir: Path, backup_dir: Path) -> list[Path]:
    """Bring the store ``backup_dir/audio`` up to date with the library."""
    return copy_missing(library_files(data_dir), audio_dir(backup_dir))


def named_recordings(conn: sqlite3.Connection) -> list[str]:
    """The file names the ``own_audio`` rows of ``conn`` name (plain names only)."""
    try:
        rows = conn.execute("SELECT file_name FROM own_audio").fetchall()
    except Exception as exc:  # noqa: BLE001 (sqlite3 or sqlcipher3): no such table in older data
        if "no such table" in str(exc):
            return []
        raise
    return sorted({row[0] for row in rows if isinstance(row[0], str) and is_recording_name(row[0])})


def restore_audio(names: Iterable[str], store: Path, data_dir: Path) -> tuple[list[str], list[str]]:
    """Copy the recordings ``names`` from ``store`` into the library where it lacks them.

    Returns ``(restored, missing)``: the names copied back, and those found
    neither in the library nor in the store.
    """
    library = audio_dir(data_dir)
    restored, missing = [], []
    for name in names:
        if (library / name).is_file():
            continue
        source = Path(store) / name
        if not source.is_file() or source.is_symlink():
            missing.append(name)
            continue
        files.ensure_private_dir(library)
        copy_file_safely(source, library / name)
        restored.append(name)
    return restored, missing


def prune_audio_store(backup_dir: Path, still_named: set[str] | None) -> list[Path]:
    """Remove the recordings in ``backup_dir/audio`` no backup names any more.

    ``still_named`` is ``None`` when some backup could not be read: then
    nothing is removed (it might need any of them).
    """
    store = audio_dir(backup_dir)
    if still_named is None or not store.is_dir():
        return []
    removed = []
    for path in store.iterdir():
        if is_recording_name(path.name) and path.is_file() and path.name not in still_named:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
