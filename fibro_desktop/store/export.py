"""Export every table to JSON or CSV (see ``docs/data-format.md``).

Generic over the schema: the tables come from :mod:`fibro_desktop.store.tables`.
A date range keeps the rows of tables with a ``day`` column inside it, and
the rows of their child tables (found through foreign keys) whose parent is
kept; other tables are exported whole. Output is written under a temporary
name and renamed when complete, so a cancelled or failed export leaves
nothing behind. Works on a plain ``sqlite3.Connection``, also a read-only
one on a damaged file (``salvage=True`` then skips what cannot be read).
"""

from __future__ import annotations

import base64
import csv
import io
import json
import math
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fibro_desktop import __version__
from fibro_desktop.core.data_safety.cells import neutralise, utc_to_local_iso
from fibro_desktop.core.data_safety.formats import CSV_MANIFEST, FORMAT_NAME, FORMAT_VERSION
from fibro_desktop.core.message import PersonError, messages
from fibro_desktop.store import cipher, files
from fibro_desktop.store.tables import Table, quote, user_tables

_msg = messages("export_files")

#: ``progress(done, total)`` is called as rows are written; returning False cancels.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 2000
#: A JSON object as :mod:`json` reads and writes it (values of any JSON type).
JsonObject = dict[str, Any]
#: One SQLite row as ``sqlite3`` returns it: cells are None, int, float, str or bytes.
Row = tuple[Any, ...]


class FolderNotEmpty(PersonError, FileExistsError):
    """A CSV export's folder already holds files (nothing is written over them)."""


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


@dataclass
class ExportSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    #: Tables that could not be read (only with ``salvage=True``).
    unreadable: dict[str, str] = field(default_factory=dict)
    #: The ``"audio"`` section when recordings were written beside the export.
    audio: JsonObject | None = None

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _where(table: Table, tables: dict[str, Table], start: date | None, end: date | None,
           depth: int = 0) -> tuple[str, list[str]] | None:
    """SQL condition keeping ``table``'s rows inside the date range, if any applies."""
    if start is None and end is None or depth > 8:
        return None
    if table.column("day") is not None:
        parts: list[str] = []
        params: list[str] = []
        if start is not None:
            parts.append("day >= ?")
            params.append(start.isoformat())
        if end is not None:
            parts.append("day <= ?")
            params.append(end.isoformat())
        return " AND ".join(parts), params
    for fk in table.foreign_keys:
        parent = tables.get(fk.parent)
        if parent is None or parent.name == table.name:
            continue
        inner = _where(parent, tables, start, end, depth + 1)
        if inner is not None:
            return (f"{quote(fk.column)} IN (SELECT {quote(fk.parent_column)} FROM {quote(parent.name)} "
                    f"WHERE {inner[0]})", inner[1])
    return None


def read_tables(conn: sqlite3.Connection, *, start: date | None = None, end: date | None = None,
                salvage: bool = False) -> tuple[list[tuple[Table, list[Row]]], dict[str, str]]:
    """Every table with its selected rows (ordered by rowid), parents first."""
    tables = user_tables(conn)
    by_name = {t.name: t for t in tables}
    result: list[tuple[Table, list[Row]]] = []
    unreadable: dict[str, str] = {}
    for table in tables:
        where = _where(table, by_name, start, end)
        order = f" ORDER BY {quote(table.rowid_key)}" if table.rowid_key else ""
        sql = f"SELECT {', '.join(quote(c) for c in table.column_names)} FROM {quote(table.name)}"
        if where:
            sql += f" WHERE {where[0]}"
        try:
            rows = conn.execute(sql + order, where[1] if where else []).fetchall()
        except cipher.DatabaseError as exc:
            if not salvage:
                raise
            unreadable[table.name] = str(exc)
            continue
        result.append((table, rows))
    return result, unreadable


def _header(conn: sqlite3.Connection, now: datetime, start: date | None, end: date | None) -> JsonObject:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": int(conn.execute("PRAGMA user_version").fetchone()[0]),
        "exported_at": now.isoformat(timespec="seconds"),
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
    }


def json_value(value: Any) -> Any:  # a SQLite cell in, a JSON value out
    """A stored value as JSON: bytes and non-finite floats become small objects."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"float": repr(value)}
    return value


class _Ticker:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def add(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self.progress and (self.done // PROGRESS_EVERY != before // PROGRESS_EVERY or self.done == self.total):
            if self.progress(self.done, self.total) is False:
                raise ExportCancelled()


def export_json(conn: sqlite3.Connection, out: Path, now: datetime, *, start: date | None = None,
                end: date | None = None, progress: Progress | None = None,
                salvage: bool = False, audio: JsonObject | None = None) -> ExportSummary:
    """Write every table to the JSON file ``out`` (owner-only).

    ``audio``: the ``"audio"`` section naming the recordings archive written
    beside it (:mod:`fibro_desktop.store.audio_export`)."""
    out = Path(out)
    selected, unreadable = read_tables(conn, start=start, end=end, salvage=salvage)
    document = _header(conn, now, start, end)
    if audio is not None:
        document["audio"] = audio
    ticker = _Ticker(sum(len(rows) for _, rows in selected), progress)
    tables: JsonObject = {}
    plain = (int, str, type(None))
    for table, rows in selected:
        converted: list[Row | list[Any]] = []
        for row in rows:
            # Most values are JSON already; convert only the few that are not.
            converted.append(row if all(type(v) in plain for v in row) else [json_value(v) for v in row])
            ticker.add()
        tables[table.name] = {"columns": table.column_names, "rows": converted}
    document["tables"] = tables
    partial = out.with_name(out.name + ".partial")
    try:
        files.create_private_file(partial)
        # dumps (C encoder, one pass) is several times faster than dump's chunks.
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.write("\n")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(out)
    return ExportSummary(out, {t.name: len(r) for t, r in selected}, unreadable)


def _offset_columns(table: Table) -> list[int | None]:
    """For each column: the index of its ``_offset_min`` partner if it is an
    instant (``*_utc``; ``-1`` = no partner, UTC), else ``None``."""
    names = table.column_names
    plan: list[int | None] = []
    for name in names:
        if name.endswith("_utc"):
            partner = name[:-4] + "_offset_min"
            plan.append(names.index(partner) if partner in names else -1)
        else:
            plan.append(None)
    return plan


def csv_cell(value: Any, row: Row, offset_index: int | None,
             memo: dict[tuple[str, int], str] | None = None) -> str:
    """One stored value as CSV text (see :mod:`fibro_desktop.core.data_safety.cells`)."""
    if value is None:
        return ""
    kind = type(value)
    if kind is int or kind is float:
        return repr(value)
    if kind is bytes:
        return base64.b64encode(value).decode("ascii")
    if offset_index is not None:
        offset = row[offset_index] if offset_index >= 0 else 0
        offset = offset if type(offset) is int else 0
        if memo is None:
            return neutralise(utc_to_local_iso(value, offset))
        key = (value, offset)  # created/updated often equal the main instant
        converted = memo.get(key)
        if converted is None:
            converted = memo[key] = neutralise(utc_to_local_iso(value, offset))
        return converted
    return neutralise(value)


def _csv_text(table: Table, rows: list[Row], ticker: _Ticker) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.column_names)
    plan = list(enumerate(_offset_columns(table)))
    memo: dict[tuple[str, int], str] = {}
    for row in rows:
        writer.writerow([csv_cell(row[i], row, offset, memo) for i, offset in plan])
        ticker.add()
        if len(memo) > 10_000:
            memo.clear()
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(conn: sqlite3.Connection, out: Path, now: datetime, *, start: date | None = None,
               end: date | None = None, progress: Progress | None = None,
               salvage: bool = False) -> ExportSummary:
    """Write one CSV file per table, plus the manifest, into the folder
    ``out`` (which must not exist or be empty) or the zip ``out`` (``.zip``)."""
    out = Path(out)
    as_zip = out.suffix.lower() == ".zip"
    if not as_zip and out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FolderNotEmpty(_msg("%1 is not an empty folder; choose a new or empty one.", out))
    selected, unreadable = read_tables(conn, start=start, end=end, salvage=salvage)
    ticker = _Ticker(sum(len(rows) for _, rows in selected), progress)
    manifest = _header(conn, now, start, end)
    manifest["tables"] = {t.name: {"file": f"{t.name}.csv", "rows": len(r), "columns": t.column_names}
                          for t, r in selected}
    documents = {f"{t.name}.csv": _csv_text(t, r, ticker) for t, r in selected}
    documents[CSV_MANIFEST] = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    partial = out.with_name(out.name + ".partial")
    try:
        if as_zip:
            files.create_private_file(partial)
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in documents.items():
                    archive.writestr(name, data)
            os.replace(partial, out)
            files.make_private(out)
        else:
            files.ensure_private_dir(partial)
            for name, data in documents.items():
                target = partial / name
                files.create_private_file(target)
                target.write_bytes(data)
            if out.exists():
                out.rmdir()
            os.replace(partial, out)
    finally:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)
    return ExportSummary(out, {t.name: len(r) for t, r in selected}, unreadable)


def target_in_data_folder(out: Path, data_dir: Path) -> bool:
    """True when writing ``out`` could replace the live database, its
    journal files, its backups or anything else in the data folder: ``out``
    is the folder, lies inside it (also through a symbolic link), or is
    another name (a hard link) of the live database file."""
    from fibro_desktop.store.database import database_path

    folder = Path(data_dir).resolve()
    target = Path(out).resolve()
    if target == folder or folder in target.parents:
        return True
    live = database_path(data_dir)
    for name in (live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        try:
            if os.path.samefile(target, name):
                return True
        except OSError:  # one of them does not exist
            continue
    return False


def target_taken(out: Path) -> bool:
    """True when exporting to ``out`` would replace something: an existing
    file, or a folder that is not empty (an empty folder is simply used)."""
    out = Path(out)
    if out.is_dir():
        return any(out.iterdir())
    return out.exists() or out.is_symlink()


def export_data(conn: sqlite3.Connection, fmt: str, out: Path, now: datetime,
                **options: Any) -> ExportSummary:
    """``fmt`` is ``"json"`` or ``"csv"``; options as for the two functions."""
    if fmt == "json":
        return export_json(conn, out, now, **options)
    if fmt == "csv":
        return export_csv(conn, out, now, **options)
    raise ValueError(f"unknown export format {fmt!r}")
