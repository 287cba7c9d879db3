"""Reading an export (JSON file, CSV folder or zip) into plain rows.

Only reads and validates the container: format name, version, sizes,
shape. Values are checked against the schema by
:mod:`fibro_desktop.store.import_write`. Every problem is an
:class:`~fibro_desktop.core.data_safety.formats.ImportProblem` that says
what is wrong and where; no other exception escapes for bad input.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from fibro_desktop.core.data_safety.formats import (CSV_MANIFEST, FORMAT_NAME, FORMAT_VERSION,
                                                    MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, ImportProblem)


@dataclass
class TableData:
    columns: list[str]
    rows: list[list]


@dataclass
class ImportData:
    """An export as read from disk; ``kind`` is ``"json"`` or ``"csv"``
    (CSV values are all text until converted against the schema)."""

    kind: str
    version: int
    schema_version: int
    tables: dict[str, TableData] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(len(t.rows) for t in self.tables.values())


def read_export(path: Path) -> ImportData:
    """Read ``path``: a ``.json`` file, a ``.zip`` of CSV files or a folder of them."""
    try:
        return _read_export(Path(path))
    except OSError as exc:
        raise ImportProblem(f"{path} cannot be read: {exc.strerror or exc}.") from exc


def _read_export(path: Path) -> ImportData:
    if not path.exists():
        raise ImportProblem(f"There is nothing at {path}.")
    if path.is_dir():
        return _read_csv(_FolderSource(path))
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportProblem(f"The file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, the most an "
                            f"import accepts.")
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return _read_csv(_ZipSource(archive))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise ImportProblem(f"The zip file cannot be read: {exc}.") from exc
    return _read_json(path.read_bytes())


def _read_json(raw: bytes) -> ImportData:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"The file is not valid UTF-8 text (at byte {exc.start}).") from exc

    def refuse_constant(name):
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        document = json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"The file is not valid JSON: {exc.msg} at line {exc.lineno}, "
                            f"column {exc.colno}.") from exc
    except RecursionError as exc:
        raise ImportProblem("The file is nested too deeply to be an export.") from exc
    except ValueError as exc:
        raise ImportProblem(f"The file is not valid JSON: {exc}.") from exc
    version, schema_version = _check_header(document)
    tables_in = document.get("tables")
    if not isinstance(tables_in, dict):
        raise ImportProblem("The file has no \"tables\" object.")
    data = ImportData("json", version, schema_version)
    total = 0
    for name, table in tables_in.items():
        if not isinstance(table, dict):
            raise ImportProblem("A table must be an object with \"columns\" and \"rows\".", name)
        columns, rows = table.get("columns"), table.get("rows")
        _check_columns(name, columns)
        if not isinstance(rows, list):
            raise ImportProblem("\"rows\" must be a list.", name)
        for number, row in enumerate(rows, 1):
            if not isinstance(row, list) or len(row) != len(columns):
                raise ImportProblem(f"A row must be a list of {len(columns)} values.", name, number)
        total += len(rows)
        if total > MAX_IMPORT_ROWS:
            raise ImportProblem(f"The file holds more than {MAX_IMPORT_ROWS:,} rows, the most an import accepts.")
        data.tables[name] = TableData(list(columns), rows)
    return data


def _check_header(document) -> tuple[int, int]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem("This is not a Fibro Desktop export (its \"format\" is missing or different).")
    version, schema_version = document.get("version"), document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem("The export's \"version\" is missing or not a whole number.")
    if version > FORMAT_VERSION:
        raise ImportProblem(f"This export was made by a newer version of Fibro Desktop (format version "
                            f"{version}; this one reads up to {FORMAT_VERSION}). Please update the app first.")
    if not isinstance(schema_version, int) or isinstance(schema_version, bool) or schema_version < 0:
        raise ImportProblem("The export's \"schema_version\" is missing or not a whole number.")
    return version, schema_version


def _check_columns(table: str, columns) -> None:
    if not isinstance(columns, list) or not columns or not all(isinstance(c, str) for c in columns):
        raise ImportProblem("\"columns\" must be a non-empty list of names.", table)
    if len(set(columns)) != len(columns):
        raise ImportProblem("A column is named twice.", table)


class _FolderSource:
    def __init__(self, folder: Path):
        self.folder = folder

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())

    def read(self, name: str) -> bytes | None:
        path = self.folder / name
        return path.read_bytes() if path.is_file() else None


class _ZipSource:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive

    def size(self) -> int:
        return sum(info.file_size for info in self.archive.infolist())  # uncompressed: no zip bombs

    def read(self, name: str) -> bytes | None:
        try:
            return self.archive.read(name)
        except KeyError:
            return None


def _read_csv(source) -> ImportData:
    if source.size() > MAX_IMPORT_BYTES:
        raise ImportProblem(f"The export is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, the most an "
                            f"import accepts.")
    manifest_raw = source.read(CSV_MANIFEST)
    if manifest_raw is None:
        raise ImportProblem(f"This is not a Fibro Desktop CSV export: {CSV_MANIFEST} is missing.")
    try:
        manifest = json.loads(manifest_raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ImportProblem(f"{CSV_MANIFEST} cannot be read: {exc}.") from exc
    version, schema_version = _check_header(manifest)
    listed = manifest.get("tables")
    if not isinstance(listed, dict):
        raise ImportProblem(f"{CSV_MANIFEST} lists no tables.")
    data = ImportData("csv", version, schema_version)
    total = 0
    for name, entry in listed.items():
        file_name = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(file_name, str) or "/" in file_name or "\\" in file_name:
            raise ImportProblem(f"{CSV_MANIFEST} names no valid file for this table.", name)
        raw = source.read(file_name)
        if raw is None:
            raise ImportProblem(f"The file {file_name} is missing.", name)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise ImportProblem(f"{file_name} is not valid UTF-8 text (line {line}).", name) from exc
        if "\x00" in text:
            line = text[:text.index("\x00")].count("\n") + 1
            raise ImportProblem(f"{file_name} contains a NUL character (line {line}).", name)
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ImportProblem(f"{file_name} is not valid CSV: {exc}.", name, max(reader.line_num - 1, 1)) from exc
        if not rows:
            raise ImportProblem(f"{file_name} has no header row.", name)
        columns, body = rows[0], rows[1:]
        _check_columns(name, columns)
        for number, row in enumerate(body, 1):
            if len(row) != len(columns):
                raise ImportProblem(f"The row has {len(row)} cells; the header has {len(columns)}.", name, number)
        total += len(body)
        if total > MAX_IMPORT_ROWS:
            raise ImportProblem(f"The export holds more than {MAX_IMPORT_ROWS:,} rows, the most an import accepts.")
        data.tables[name] = TableData(columns, body)
    return data
