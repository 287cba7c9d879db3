"""Reading an export (JSON file, CSV folder or zip) into plain rows.

Only reads and validates the container: format name, version, sizes,
shape. Values are checked against the schema by
:mod:`fibro_desktop.store.import_write`. Every problem is an
:class:`~fibro_desktop.core.data_safety.formats.ImportProblem` that says
what is wrong and where, in plain words; no other exception escapes for
bad input.

Only regular files are read (a device such as ``/dev/zero`` or a named
pipe is refused before it is opened for reading, and opened without
blocking), and never more bytes than :data:`MAX_IMPORT_BYTES`, whatever
sizes a file or a zip declares. CSV files are parsed as they are
unpacked, so a zip holding one enormous cell is refused after reading a
little more than the longest cell allowed, not after unpacking it whole.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, Protocol

from fibro_desktop.core.data_safety.formats import (
    CSV_MANIFEST,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    MAX_IMPORT_ROWS,
    ImportProblem,
)

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer


@dataclass
class TableData:
    columns: list[str]
    #: JSON values as read (JSON) or text (CSV), converted by import_write.
    rows: list[list[Any]]


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


#: Longest line of a CSV file read, in characters: twice the longest cell
#: Python's csv module reads (a note is at most 10,000 characters).
MAX_LINE_CHARS = 2 * csv.field_size_limit()
#: Largest manifest (``fibro-export.json`` of a CSV export) read, in bytes.
MAX_MANIFEST_BYTES = 1024 * 1024
NOT_AN_EXPORT = "This file is not a Fibro Desktop export."
DAMAGED_ZIP = "The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy."


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
    raw = _read_regular_file(path, MAX_IMPORT_BYTES, "The file")
    if raw[:4] == b"PK\x03\x04" or _is_zip(raw):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                return _read_csv(_ZipSource(archive))
        except ImportProblem:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError, UnicodeDecodeError) as exc:
            raise ImportProblem(DAMAGED_ZIP) from exc
    return _read_json(raw)


def _is_zip(raw: bytes) -> bool:
    try:
        return zipfile.is_zipfile(io.BytesIO(raw))
    except (OSError, ValueError):
        return False


class _Readable(Protocol):
    def read(self, size: int, /) -> bytes | None: ...


class _Source(Protocol):
    """Where the files of a CSV export are: a folder or a zip."""

    def size(self) -> int: ...

    def open(self, name: str) -> IO[bytes] | None: ...


def _open_regular_file(path: Path, what: str) -> io.BufferedReader:
    """``path`` opened for reading in binary, if it is a regular file (a
    device would never end, a named pipe would wait forever)."""
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise ImportProblem(f"{what} at {path} is not an ordinary file (it is a device, a pipe or a socket), "
                            f"so it is not a Fibro Desktop export.")
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced in between
        os.close(fd)
        raise ImportProblem(f"{what} at {path} is not an ordinary file, so it is not a Fibro Desktop export.")
    return os.fdopen(fd, "rb")


def _read_capped(handle: _Readable, limit: int, too_large: str) -> bytes:
    """At most ``limit`` bytes of ``handle``; more means the file is refused.
    Read in pieces: ``read(limit)`` would set aside ``limit`` bytes at once."""
    pieces: list[bytes] = []
    size = 0
    while piece := handle.read(1024 * 1024):
        size += len(piece)
        if size > limit:
            raise ImportProblem(too_large)
        pieces.append(piece)
    return b"".join(pieces)


def _too_large(what: str, limit: int | None = None) -> str:
    limit = MAX_IMPORT_BYTES if limit is None else limit
    return f"{what} is larger than {limit // (1024 * 1024)} MB, the most an import accepts."


def _read_regular_file(path: Path, limit: int, what: str) -> bytes:
    if path.stat().st_size > limit:
        raise ImportProblem(_too_large(what, limit))
    with _open_regular_file(path, what) as handle:
        return _read_capped(handle, limit, _too_large(what, limit))


def _read_json(raw: bytes) -> ImportData:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{NOT_AN_EXPORT} It is not text (an export is UTF-8 text; this file is not, "
                            f"from byte {exc.start}).") from exc
    document = _parse_json(text, "The file")
    version, schema_version = _check_header(document)
    tables_in = document.get("tables")
    if not isinstance(tables_in, dict):
        raise ImportProblem("The file has no \"tables\" object.")
    data = ImportData("json", version, schema_version)
    total = 0
    for name, table in tables_in.items():
        if not isinstance(table, dict):
            raise ImportProblem("A table must be an object with \"columns\" and \"rows\".", name)
        columns, rows = _check_columns(name, table.get("columns")), table.get("rows")
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


def _parse_json(text: str, what: str) -> Any:  # any JSON value: checked by the callers
    """The JSON document ``text``; problems in plain words."""

    def refuse_constant(name: str) -> NoReturn:
        raise ValueError(name)

    looks_like_json = text.lstrip()[:1] in ("{", "[")
    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        if not looks_like_json:
            raise ImportProblem(f"{NOT_AN_EXPORT} It is not JSON, the form of an export.") from exc
        raise ImportProblem(f"{what} is damaged or incomplete: it is not valid JSON from line {exc.lineno}, "
                            f"column {exc.colno}.") from exc
    except RecursionError as exc:
        raise ImportProblem(f"{what} is nested too deeply to be an export.") from exc
    except ValueError as exc:  # Infinity or NaN: not JSON, and never in an export
        raise ImportProblem(f"{what} is not valid JSON: it holds {exc}, which is not a number "
                            f"an export contains.") from exc


def _check_header(document: object) -> tuple[int, int]:
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


def _check_columns(table: str, columns: object) -> list[str]:
    """``columns`` if it is a non-empty list of distinct names."""
    if not isinstance(columns, list) or not columns or not all(isinstance(c, str) for c in columns):
        raise ImportProblem("\"columns\" must be a non-empty list of names.", table)
    if len(set(columns)) != len(columns):
        raise ImportProblem("A column is named twice.", table)
    return columns


class _FolderSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())

    def open(self, name: str) -> IO[bytes] | None:
        """``name`` opened in binary, or ``None`` when there is no such file."""
        path = self.folder / name
        if not path.exists() or path.is_dir():
            return None
        return _open_regular_file(path, f"The file {name}")


class _ZipSource:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        if any(info.flag_bits & 0x1 for info in archive.infolist()):
            raise ImportProblem("The zip file is protected with a password, which Fibro Desktop exports never "
                                "are. Unpack it with your zip program, then import the folder it gives.")

    def size(self) -> int:
        return sum(info.file_size for info in self.archive.infolist())  # as unpacked: no zip bombs

    def open(self, name: str) -> IO[bytes] | None:
        try:
            return self.archive.open(name)
        except KeyError:
            return None


class _Capped(io.RawIOBase):
    """Reads ``stream`` while the shared byte ``budget`` lasts (whatever
    sizes the files or the zip declare)."""

    def __init__(self, stream: _Readable, budget: list[int]) -> None:
        super().__init__()
        self.stream, self.budget = stream, budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self.stream.read(len(view)) or b""
        self.budget[0] -= len(data)
        if self.budget[0] < 0:
            raise ImportProblem(_too_large("The export"))
        view[:len(data)] = data
        return len(data)


def _read_manifest(source: _Source, budget: list[int]) -> Any:  # a JSON value: _check_header checks it
    stream = source.open(CSV_MANIFEST)
    if stream is None:
        raise ImportProblem(f"This is not a Fibro Desktop export: {CSV_MANIFEST} is missing (every CSV export "
                            f"has one).")
    with stream:
        raw = _read_capped(_Capped(stream, budget), MAX_MANIFEST_BYTES,
                           f"{CSV_MANIFEST} is far larger than an export's manifest.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{NOT_AN_EXPORT} Its {CSV_MANIFEST} cannot be read: it is not text.") from exc
    return _parse_json(text, CSV_MANIFEST)


def _read_csv(source: _Source) -> ImportData:
    if source.size() > MAX_IMPORT_BYTES:
        raise ImportProblem(_too_large("The export"))
    budget = [MAX_IMPORT_BYTES]
    manifest = _read_manifest(source, budget)
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
        stream = source.open(file_name)
        if stream is None:
            raise ImportProblem(f"The file {file_name} is missing.", name)
        with stream:
            rows = _csv_rows(_Capped(stream, budget), file_name, name, MAX_IMPORT_ROWS - total)
        if not rows:
            raise ImportProblem(f"{file_name} has no header row.", name)
        columns, body = rows[0], rows[1:]
        _check_columns(name, columns)
        for number, row in enumerate(body, 1):
            if len(row) != len(columns):
                raise ImportProblem(f"The row has {len(row)} cells; the header has {len(columns)}.", name, number)
        total += len(body)
        data.tables[name] = TableData(columns, body)
    return data


def _csv_rows(raw: _Capped, file_name: str, table: str, most: int) -> list[list[str]]:
    """The rows of one CSV file, parsed as it is read."""
    text = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8-sig", newline="")

    def lines() -> Iterator[str]:  # csv reads whole lines: each is cut off at a length no export reaches
        while line := text.readline(MAX_LINE_CHARS + 1):
            if len(line) > MAX_LINE_CHARS:
                raise ImportProblem(f"{file_name} holds a cell far longer than any export has (line "
                                    f"{reader.line_num + 1}).", table, max(reader.line_num, 1))
            yield line

    reader = csv.reader(lines())
    rows: list[list[str]] = []

    def line() -> int:
        return max(reader.line_num, 1)

    try:
        for row in reader:
            if any("\x00" in cell for cell in row):
                raise ImportProblem(f"{file_name} contains a NUL character (line {line()}).", table)
            rows.append(row)
            if len(rows) > most + 1:  # + the header
                raise ImportProblem(f"The export holds more than {MAX_IMPORT_ROWS:,} rows, the most an import "
                                    f"accepts.")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{file_name} is not text in UTF-8, as an export is (near line {line() + 1}).",
                            table) from exc
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportProblem(f"{file_name} holds a cell far longer than any export has (line {line()}).",
                                table, max(line() - 1, 1)) from exc
        raise ImportProblem(f"{file_name} is damaged: it is not valid CSV (line {line()}).", table,
                            max(line() - 1, 1)) from exc
    return rows
