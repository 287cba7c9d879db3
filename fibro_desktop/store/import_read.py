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
from fibro_desktop.core.message import Message, messages

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
#: The import checks' sentences with values (shown by ``ui/data_safety/labels.problem_text``).
_msg = messages("import_problems")
DAMAGED_ZIP = "The zip file is damaged; it cannot be read. If you have the export elsewhere, try that copy."


def read_export(path: Path) -> ImportData:
    """Read ``path``: a ``.json`` file, a ``.zip`` of CSV files or a folder of them."""
    try:
        return _read_export(Path(path))
    except OSError as exc:
        raise ImportProblem(_msg("%1 cannot be read: %2.", path, exc.strerror or exc)) from exc


def _read_export(path: Path) -> ImportData:
    if not path.exists():
        raise ImportProblem(_msg("There is nothing at %1.", path))
    if path.is_dir():
        return _read_csv(_FolderSource(path))
    raw = _read_regular_file(path, MAX_IMPORT_BYTES, _msg("The file"))
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


def _open_regular_file(path: Path, what: Message) -> io.BufferedReader:
    """``path`` opened for reading in binary, if it is a regular file (a
    device would never end, a named pipe would wait forever)."""
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise ImportProblem(_msg("%1 at %2 is not an ordinary file (it is a device, a pipe or a socket), so it "
                                 "is not a Fibro Desktop export.", what, path))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced in between
        os.close(fd)
        raise ImportProblem(_msg("%1 at %2 is not an ordinary file, so it is not a Fibro Desktop export.",
                                 what, path))
    return os.fdopen(fd, "rb")


def _read_capped(handle: _Readable, limit: int, too_large: Message) -> bytes:
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


def _too_large(what: Message, limit: int | None = None) -> Message:
    limit = MAX_IMPORT_BYTES if limit is None else limit
    return _msg("%1 is larger than %2 MB, the most an import accepts.", what, limit // (1024 * 1024))


def _read_regular_file(path: Path, limit: int, what: Message) -> bytes:
    if path.stat().st_size > limit:
        raise ImportProblem(_too_large(what, limit))
    with _open_regular_file(path, what) as handle:
        return _read_capped(handle, limit, _too_large(what, limit))


def _read_json(raw: bytes) -> ImportData:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(_msg("This file is not a Fibro Desktop export. It is not text (an export is UTF-8 "
                                 "text; this file is not, from byte %1).",
                                 exc.start)) from exc
    document = _parse_json(text, _msg("The file"))
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
                raise ImportProblem(_msg("A row must be a list of %1 values.", len(columns)), name, number)
        total += len(rows)
        if total > MAX_IMPORT_ROWS:
            raise ImportProblem(_msg("The file holds more than %1 rows, the most an import accepts.",
                                     f"{MAX_IMPORT_ROWS:,}"))
        data.tables[name] = TableData(list(columns), rows)
    return data


def _parse_json(text: str, what: Message | str) -> Any:  # any JSON value: checked by the callers
    """The JSON document ``text``; problems in plain words."""

    def refuse_constant(name: str) -> NoReturn:
        raise ValueError(name)

    looks_like_json = text.lstrip()[:1] in ("{", "[")
    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        if not looks_like_json:
            raise ImportProblem(_msg("This file is not a Fibro Desktop export. It is not JSON, the form of an "
                                     "export.")) from exc
        raise ImportProblem(_msg("%1 is damaged or incomplete: it is not valid JSON from line %2, column %3.",
                                 what, exc.lineno, exc.colno)) from exc
    except RecursionError as exc:
        raise ImportProblem(_msg("%1 is nested too deeply to be an export.", what)) from exc
    except ValueError as exc:  # Infinity or NaN: not JSON, and never in an export
        raise ImportProblem(_msg("%1 is not valid JSON: it holds %2, which is not a number an export contains.",
                                 what, exc)) from exc


def _check_header(document: object) -> tuple[int, int]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem("This is not a Fibro Desktop export (its \"format\" is missing or different).")
    version, schema_version = document.get("version"), document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem("The export's \"version\" is missing or not a whole number.")
    if version > FORMAT_VERSION:
        raise ImportProblem(_msg("This export was made by a newer version of Fibro Desktop (format version %1; "
                                 "this one reads up to %2). Please update the app first.",
                                 version, FORMAT_VERSION))
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
        return _open_regular_file(path, _msg("The file %1", name))


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
            raise ImportProblem(_too_large(_msg("The export")))
        view[:len(data)] = data
        return len(data)


def _read_manifest(source: _Source, budget: list[int]) -> Any:  # a JSON value: _check_header checks it
    stream = source.open(CSV_MANIFEST)
    if stream is None:
        raise ImportProblem(_msg("This is not a Fibro Desktop export: %1 is missing (every CSV export has one).",
                                 CSV_MANIFEST))
    with stream:
        raw = _read_capped(_Capped(stream, budget), MAX_MANIFEST_BYTES,
                           _msg("%1 is far larger than an export's manifest.", CSV_MANIFEST))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(_msg("This file is not a Fibro Desktop export. Its %1 cannot be read: it is not "
                                 "text.", CSV_MANIFEST)) from exc
    return _parse_json(text, CSV_MANIFEST)


def _read_csv(source: _Source) -> ImportData:
    if source.size() > MAX_IMPORT_BYTES:
        raise ImportProblem(_too_large(_msg("The export")))
    budget = [MAX_IMPORT_BYTES]
    manifest = _read_manifest(source, budget)
    version, schema_version = _check_header(manifest)
    listed = manifest.get("tables")
    if not isinstance(listed, dict):
        raise ImportProblem(_msg("%1 lists no tables.", CSV_MANIFEST))
    data = ImportData("csv", version, schema_version)
    total = 0
    for name, entry in listed.items():
        file_name = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(file_name, str) or "/" in file_name or "\\" in file_name:
            raise ImportProblem(_msg("%1 names no valid file for this table.", CSV_MANIFEST), name)
        stream = source.open(file_name)
        if stream is None:
            raise ImportProblem(_msg("The file %1 is missing.", file_name), name)
        with stream:
            rows = _csv_rows(_Capped(stream, budget), file_name, name, MAX_IMPORT_ROWS - total)
        if not rows:
            raise ImportProblem(_msg("%1 has no header row.", file_name), name)
        columns, body = rows[0], rows[1:]
        _check_columns(name, columns)
        for number, row in enumerate(body, 1):
            if len(row) != len(columns):
                raise ImportProblem(_msg("The row has %1 cells; the header has %2.", len(row), len(columns)),
                                    name, number)
        total += len(body)
        data.tables[name] = TableData(columns, body)
    return data


def _csv_rows(raw: _Capped, file_name: str, table: str, most: int) -> list[list[str]]:
    """The rows of one CSV file, parsed as it is read."""
    text = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8-sig", newline="")

    def lines() -> Iterator[str]:  # csv reads whole lines: each is cut off at a length no export reaches
        while line := text.readline(MAX_LINE_CHARS + 1):
            if len(line) > MAX_LINE_CHARS:
                raise ImportProblem(_msg("%1 holds a cell far longer than any export has (line %2).",
                                         file_name, reader.line_num + 1), table, max(reader.line_num, 1))
            yield line

    reader = csv.reader(lines())
    rows: list[list[str]] = []

    def line() -> int:
        return max(reader.line_num, 1)

    try:
        for row in reader:
            if any("\x00" in cell for cell in row):
                raise ImportProblem(_msg("%1 contains a NUL character (line %2).", file_name, line()), table)
            rows.append(row)
            if len(rows) > most + 1:  # + the header
                raise ImportProblem(_msg("The export holds more than %1 rows, the most an import accepts.",
                                         f"{MAX_IMPORT_ROWS:,}"))
    except UnicodeDecodeError as exc:
        raise ImportProblem(_msg("%1 is not text in UTF-8, as an export is (near line %2).",
                                 file_name, line() + 1),
                            table) from exc
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportProblem(_msg("%1 holds a cell far longer than any export has (line %2).",
                                     file_name, line()),
                                table, max(line() - 1, 1)) from exc
        raise ImportProblem(_msg("%1 is damaged: it is not valid CSV (line %2).", file_name, line()), table,
                            max(line() - 1, 1)) from exc
    return rows
