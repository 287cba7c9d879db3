"""Leftovers of a backup or a protection change that was killed mid-way.

A backup is written as ``backups/<name>.sqlite3.partial`` and renamed
when checked; a protection change writes ``fibro.sqlite3.converting`` (and
``backups/<name>.sqlite3.converting`` per backup) and renames it over the
original. Killed before the rename, these staging files stay behind (30
killed backups of an 80 MB file once left 1.4 GB). Recordings are copied
the same way, as ``.<uid>.<ext>.partial`` in ``audio/`` or
``backups/audio/``, and a backup's copy into the second backup folder as
``.<backup name>.partial`` there. The original is always whole, so a staging file is
never needed: the app removes them at start.

Only names the app itself gives, with their SQLite companions
(``-journal``, ``-wal``, ``-shm``), and only when they have not been
written to for :data:`STALE_AFTER` (a command-line backup may be writing
one right now). The live data file and finished backups are never touched.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

#: A staging file untouched this long belongs to no running copy.
STALE_AFTER = timedelta(hours=1)
_COMPANION = r"(?:-journal|-wal|-shm)?"
#: In ``backups/``: a backup, a kept unencrypted copy or a pre-migration
#: backup being written or converted.
_IN_BACKUPS = re.compile(r"(?:fibro-\d{8}T\d{6}Z-[a-z-]+|unencrypted-copy-\d{8}T\d{6}Z"
                         r"|before-v\d+-from-v\d+-\d{8}-\d{6})\.sqlite3\.(?:partial|converting)" + _COMPANION)
#: In the data folder: the data file being converted by a protection change.
_IN_DATA = re.compile(r"fibro\.sqlite3\.converting" + _COMPANION)
#: In ``audio/`` and ``backups/audio/``: a recording being copied (``.<uid>[.ext].partial``).
_IN_AUDIO = re.compile(r"\.[0-9a-f]{32}(?:\.[a-z0-9]{1,5})?\.partial")
#: In the second backup folder: a backup being copied there (``.<backup name>.partial``).
_IN_SECOND = re.compile(r"\.fibro-\d{8}T\d{6}Z-[a-z-]+\.sqlite3\.partial")


def stale_leftovers(data_dir: Path, now: datetime, second_folder: Path | None = None) -> list[Path]:
    """The staging files in ``data_dir``, its ``backups/`` and the second
    backup folder (if any) that are older than :data:`STALE_AFTER`."""
    data_dir = Path(data_dir)
    places = [(data_dir, _IN_DATA), (data_dir / "backups", _IN_BACKUPS),
              (data_dir / "audio", _IN_AUDIO), (data_dir / "backups" / "audio", _IN_AUDIO)]
    if second_folder is not None:
        places += [(Path(second_folder), _IN_SECOND), (Path(second_folder) / "audio", _IN_AUDIO)]
    found = []
    for folder, pattern in places:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if not pattern.fullmatch(path.name):
                continue
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                written = datetime.fromtimestamp(path.stat().st_mtime, tz=now.tzinfo)
            except OSError:
                continue
            if now - written >= STALE_AFTER:
                found.append(path)
    return sorted(found)


def remove_stale_leftovers(data_dir: Path, now: datetime, second_folder: Path | None = None) -> list[Path]:
    """Delete :func:`stale_leftovers`; returns what went. A file that cannot
    be deleted is logged and left (it is only wasted space)."""
    removed = []
    for path in stale_leftovers(data_dir, now, second_folder):
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("Could not remove the leftover %s: %s", path, exc)
    if removed:
        log.info("Removed %d leftovers of interrupted backups or conversions", len(removed))
    return removed
