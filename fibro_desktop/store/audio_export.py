"""Own recordings in a JSON export: the ``-audio.zip`` beside it.

``export --with-audio`` (and the Export dialog's "Include my recordings")
writes, beside the JSON export ``NAME.json``, the archive
``NAME-audio.zip``: every recording the export's ``own_audio`` rows name,
as ``audio/<file_name>`` (stored, not compressed: audio is compressed
already), plus ``fibro-audio.json`` (``format`` ``"fibro-desktop-audio"``,
``version`` 1, ``files``: ``file_name``, ``bytes``, ``sha256``). The JSON
gets a top-level ``"audio"`` object with the archive's name and the same
list. A zip, not base64 inside the JSON, because a recording may be far
larger than an import may be (200 MB).

Importing ``NAME.json`` looks for ``NAME-audio.zip`` beside it and copies
into ``<data>/audio/`` each recording the imported rows name that the
library lacks, checking its size and SHA-256, before the rows are
written; a damaged archive refuses the whole import (nothing written).
Without the archive, the rows still come in and the person is told which
recordings came without their sound.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fibro_desktop.core.data_safety.formats import ImportProblem
from fibro_desktop.core.message import messages
from fibro_desktop.core.relax.imports import MAX_BYTES
from fibro_desktop.store import files
from fibro_desktop.store.audio_files import AUDIO_DIR_NAME, audio_dir, is_recording_name, named_recordings

if TYPE_CHECKING:
    from fibro_desktop.store.export import ExportSummary, JsonObject
    from fibro_desktop.store.import_read import ImportData

ARCHIVE_SUFFIX = "-audio.zip"
ARCHIVE_FORMAT = "fibro-desktop-audio"
ARCHIVE_VERSION = 1
ARCHIVE_MANIFEST = "fibro-audio.json"
_CHUNK = 1024 * 1024
#: The import checks' sentences with values (shown by ``ui/data_safety/labels.problem_text``).
_msg = messages("import_problems")


def archive_beside(export_path: Path) -> Path:
    """``NAME-audio.zip`` beside the export ``NAME.json``."""
    export_path = Path(export_path)
    return export_path.with_name(export_path.stem + ARCHIVE_SUFFIX)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_audio_archive(conn: sqlite3.Connection, data_dir: Path, out: Path) -> JsonObject:
    """Write the recordings ``conn``'s ``own_audio`` rows name into the zip
    ``out`` (under a temporary name, renamed when complete, owner-only).

    Returns the ``"audio"`` section for the JSON export; recordings whose
    file is not in the library are listed under ``"missing"``.
    """
    out = Path(out)
    library = audio_dir(data_dir)
    entries: list[JsonObject] = []
    missing: list[str] = []
    partial = out.with_name(out.name + ".partial")
    try:
        files.create_private_file(partial)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
            for name in named_recordings(conn):
                path = library / name
                if path.is_symlink() or not path.is_file():
                    missing.append(name)
                    continue
                entries.append({"file_name": name, "bytes": path.stat().st_size, "sha256": _sha256(path)})
                archive.write(path, f"{AUDIO_DIR_NAME}/{name}")
            manifest = {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "files": entries, "missing": missing}
            archive.writestr(ARCHIVE_MANIFEST, json.dumps(manifest, indent=2) + "\n")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(out)
    return {"archive": out.name, "files": entries, "missing": missing}


def export_json_with_audio(conn: sqlite3.Connection, out: Path, now: datetime, data_dir: Path,
                           **options: Any) -> ExportSummary:
    """The JSON export ``out`` plus ``NAME-audio.zip`` beside it (written
    first, so the JSON never names an archive that is not there). With no
    recordings, only the JSON is written."""
    from fibro_desktop.store.export import export_json

    if not named_recordings(conn):
        return export_json(conn, out, now, **options)
    audio = write_audio_archive(conn, data_dir, archive_beside(out))
    summary = export_json(conn, out, now, audio=audio, **options)
    summary.audio = audio
    return summary


@dataclass
class RecordingsImport:
    """What :func:`import_recordings` did."""

    #: Recordings copied into the library (removed again by :func:`undo`).
    added: list[Path] = field(default_factory=list)
    #: Recordings the imported rows name that came without their sound.
    without_sound: list[str] = field(default_factory=list)


def _names_in(data: ImportData) -> list[str]:
    table = data.tables.get("own_audio") if hasattr(data, "tables") else None
    if table is None or "file_name" not in table.columns:
        return []
    index = table.columns.index("file_name")
    names = {row[index] for row in table.rows}
    return sorted(n for n in names if isinstance(n, str) and is_recording_name(n))


def import_recordings(data: ImportData, export_path: Path | None, data_dir: Path) -> RecordingsImport:
    """Copy the recordings the import ``data`` names from the archive beside
    ``export_path`` into the library of ``data_dir`` (those it lacks).

    Raises :class:`ImportProblem` (and leaves the library as it was) when
    the archive is damaged or not one of ours.
    """
    result = RecordingsImport()
    library = audio_dir(data_dir)
    needed = [n for n in _names_in(data) if not (library / n).is_file()]
    if not needed:
        return result
    archive_path = archive_beside(export_path) if export_path is not None else None
    if archive_path is None or not archive_path.is_file():
        result.without_sound = needed
        return result
    try:
        with zipfile.ZipFile(archive_path) as archive:
            listed = _read_manifest(archive, archive_path)
            for name in needed:
                entry = listed.get(name)
                if entry is None:
                    result.without_sound.append(name)
                    continue
                files.ensure_private_dir(library)
                result.added.append(_extract(archive, archive_path, entry, library / name))
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        undo(result)
        raise ImportProblem(_msg("The recordings archive %1 is damaged: the zip cannot be read.",
                                 archive_path.name)) from exc
    except BaseException:
        undo(result)
        raise
    return result


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, JsonObject]:
    try:
        manifest = json.loads(archive.read(ARCHIVE_MANIFEST).decode("utf-8"))
    except (KeyError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportProblem(_msg("%1 is not a Fibro Desktop recordings archive.", path.name)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise ImportProblem(_msg("%1 is not a Fibro Desktop recordings archive.", path.name))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > ARCHIVE_VERSION:
        raise ImportProblem(_msg("%1 was made by a newer version of Fibro Desktop. Please update the app first.",
                                 path.name))
    listed: dict[str, JsonObject] = {}
    for entry in manifest.get("files") or []:
        if (isinstance(entry, dict) and isinstance(entry.get("file_name"), str)
                and is_recording_name(entry["file_name"]) and isinstance(entry.get("bytes"), int)
                and isinstance(entry.get("sha256"), str)):
            listed[entry["file_name"]] = entry
    return listed


def _extract(archive: zipfile.ZipFile, path: Path, entry: JsonObject, target: Path) -> Path:
    """Copy one recording out of the archive, checked, under a temporary name."""
    name = entry["file_name"]
    try:
        info = archive.getinfo(f"{AUDIO_DIR_NAME}/{name}")
    except KeyError:
        raise ImportProblem(_msg("The recording %1 is missing from %2.", name, path.name)) from None
    if info.file_size != entry["bytes"] or info.file_size > MAX_BYTES:
        raise ImportProblem(_msg("The recording %1 in %2 is damaged (its size is wrong).", name, path.name))
    partial = target.with_name(f".{target.name}.partial")
    digest, written = hashlib.sha256(), 0
    try:
        files.create_private_file(partial)
        with archive.open(info) as source, open(partial, "wb") as sink:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > info.file_size:
                    break
                digest.update(chunk)
                sink.write(chunk)
        if written != entry["bytes"] or digest.hexdigest() != entry["sha256"]:
            raise ImportProblem(_msg("The recording %1 in %2 is damaged (its content does not match).",
                                     name, path.name))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(target)
    return target


def undo(result: RecordingsImport) -> None:
    """Remove the recordings an import copied in (its rows were not written)."""
    for path in result.added:
        path.unlink(missing_ok=True)
    result.added.clear()
