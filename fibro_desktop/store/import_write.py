"""Writing an export into the database: all or nothing, twice adds nothing.

Values are checked against the live schema (``PRAGMA table_info``) before
they are written; the whole import runs in one ``db.atomic()`` transaction
and any problem or a cancel rolls it back completely.

Recognising what is already there: a row whose ``uid`` exists is the same
record; a row of a table without ``uid`` (child rows, small tables) that is
identical to an existing row in every column but the id is the same too.
Both are skipped and their ids mapped, so child rows follow their parent.
A row that collides with a different existing row on a unique column (a
second check-in for the same day) is skipped, the existing one kept, and
its children with it. Kept ids are reused when free; otherwise SQLite
assigns new ones and foreign keys of child rows are rewritten to match.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

import peewee

from fibro_desktop.core.data_safety.cells import local_iso_to_utc, restore
from fibro_desktop.core.data_safety.formats import ImportCancelled, ImportProblem
from fibro_desktop.core.data_safety.rows import Row, RowChecker, clean_row
from fibro_desktop.core.message import Message, messages
from fibro_desktop.store import cipher
from fibro_desktop.store.database import current_version
from fibro_desktop.store.import_read import ImportData
from fibro_desktop.store.tables import Column, Table, quote, user_tables

if TYPE_CHECKING:
    from fibro_desktop.store.audio_export import RecordingsImport

Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 1000
#: The import checks' sentences with values (shown by ``ui/data_safety/labels.problem_text``).
_msg = messages("import_problems")
_INT_MIN, _INT_MAX = -(2 ** 63), 2 ** 63 - 1
#: What SQLite stores: the value a checked import cell becomes.
Stored = int | float | str | bytes | None
#: Builds the :class:`ImportProblem` for the cell being converted.
_Problem = Callable[[str | Message], ImportProblem]


@dataclass
class ImportSummary:
    added: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)
    #: The recordings copied beside the rows (set by ``ops.data_safety.import_file``).
    recordings: RecordingsImport | None = None

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_already_there(self) -> int:
        return sum(self.already_there.values())


_NUMERIC_OK = ("INTEGER", "REAL", "NUMERIC", "BLOB")
_TEXT_OK = ("TEXT", "NUMERIC", "BLOB")


def convert_value(value: Any, column: Column, kind: str, where: tuple[str, int]) -> Stored:
    # ``value``: any JSON value, or a CSV cell's text (ImportData.rows)
    """Check one value against its column; return what to store."""
    if kind == "json":  # fast paths for the common, valid values
        if type(value) is int and column.affinity in _NUMERIC_OK and _INT_MIN <= value <= _INT_MAX:
            return value
        if type(value) is str and column.affinity in _TEXT_OK and value.isascii() and "\x00" not in value:
            return value
    return _convert_value(value, column, kind, where)


def _convert_value(value: object, column: Column, kind: str, where: tuple[str, int]) -> Stored:
    table, row = where

    def problem(message: str | Message) -> ImportProblem:
        return ImportProblem(message, table, row, column.name)

    if kind == "csv":
        value = _from_csv(cast(str, value), column, problem)  # CSV cells are text (import_read)
    elif isinstance(value, dict):
        value = _from_json_object(value, problem)
    if value is None:
        if column.not_null and not (column.primary_key and column.decl_type == "INTEGER"):  # a rowid is chosen
            raise problem("A value is required here.")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str, bytes)):
        raise problem(_msg("A value of this kind (%1) cannot be stored.", type(value).__name__))
    affinity = column.affinity
    if affinity == "INTEGER":
        if not isinstance(value, int):
            raise problem("A whole number is expected here.")
    elif affinity == "REAL":
        if not isinstance(value, (int, float)):
            raise problem("A number is expected here.")
    elif affinity == "TEXT":
        if not isinstance(value, str):
            raise problem("Text is expected here.")
    if isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
        raise problem("The number is too large.")
    if isinstance(value, float) and not math.isfinite(value):
        raise problem("The number is not a real number (infinite or not a number).")
    if isinstance(value, str):
        if "\x00" in value:
            raise problem("The text contains a NUL character.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise problem("The text is not valid Unicode.") from None
    return value


def _from_json_object(value: dict[str, Any], problem: _Problem) -> bytes | float:
    if set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except (binascii.Error, ValueError):
            raise problem("The base64 data is not valid.") from None
    if set(value) == {"float"} and value["float"] in ("inf", "-inf", "nan"):
        return float(value["float"])
    raise problem("An object is not a value that can be stored.")


def _from_csv(text: str, column: Column, problem: _Problem) -> Stored:
    if text == "":
        return "" if column.not_null and column.affinity == "TEXT" else None
    affinity = column.affinity
    if affinity == "INTEGER":
        try:
            return int(text)
        except ValueError:
            raise problem(_msg("A whole number is expected here, not %1.", repr(text[:40]))) from None
    if affinity == "REAL":
        try:
            return float(text)
        except ValueError:
            raise problem(_msg("A number is expected here, not %1.", repr(text[:40]))) from None
    if affinity == "BLOB" and column.decl_type == "BLOB":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise problem("The base64 data is not valid.") from None
    if affinity == "NUMERIC":
        for parse in (int, float):
            try:
                return parse(text)
            except ValueError:
                pass
    text = restore(text)
    if column.name.endswith("_utc"):
        converted = local_iso_to_utc(text)
        if converted == text:  # the export writes every instant with its offset
            raise problem(_msg("This is not a date and time the app can read (%1). A spreadsheet may have "
                               "changed it; export again and import the file unchanged.",
                               repr(text[:40])))
        text = converted
    return text


def _prepare(data: ImportData, tables: dict[str, Table], schema_version: int,
             now: datetime) -> dict[str, list[Row]]:
    """Validate every row of ``data`` (storage type, then meaning as of
    ``now``); return them as dicts of stored values."""
    if data.schema_version > schema_version:
        raise ImportProblem(_msg("This export comes from a newer version of Fibro Desktop (data version %1; this "
                                 "one understands up to %2). Please update the app first.",
                                 data.schema_version, schema_version))
    prepared: dict[str, list[Row]] = {}
    for name, table_data in data.tables.items():
        table = tables.get(name)
        if table is None:
            raise ImportProblem("This version of the app has no such table.", name)
        columns: list[Column] = []
        for column_name in table_data.columns:
            found = table.column(column_name)
            if found is None:
                raise ImportProblem("This version of the app has no such column.", name, None, column_name)
            columns.append(found)
        for column in table.columns:
            if (column.name not in table_data.columns and column.not_null and not column.has_default
                    and not column.primary_key):
                raise ImportProblem("A required column is missing.", name, None, column.name)
        seen_keys: dict[tuple[str, Stored], int] = {}
        key_names = [c for c in ("uid", table.rowid_key) if c and c in table_data.columns]
        rows: list[Row] = []
        check = RowChecker(name, list(table_data.columns), now)
        for number, raw in enumerate(table_data.rows, 1):
            row = clean_row({col.name: convert_value(value, col, data.kind, (name, number))
                             for col, value in zip(columns, raw)})
            wrong = check(row)
            if wrong is not None:
                raise ImportProblem(wrong[1], name, number, wrong[0])
            for key in key_names:
                if row.get(key) is not None:
                    if (key, row[key]) in seen_keys:
                        raise ImportProblem(_msg("The same %1 appears twice (also in row %2).",
                                                 key, seen_keys[(key, row[key])]), name, number, key)
                    seen_keys[(key, row[key])] = number
            rows.append(row)
        prepared[name] = rows
    _check_references(prepared, tables)
    return prepared


def _check_references(prepared: dict[str, list[Row]], tables: dict[str, Table]) -> None:
    """Every child row points at a parent row of the same file (an export
    always holds the parents of the rows it holds)."""
    for name, rows in prepared.items():
        for fk in tables[name].foreign_keys:
            parents = {row.get(fk.parent_column) for row in prepared.get(fk.parent, ())}
            for number, row in enumerate(rows, 1):
                value = row.get(fk.column)
                if value is not None and value not in parents:
                    raise ImportProblem(_msg("This row belongs to %1 %2 %3, which is not in the file.",
                                             fk.parent, fk.parent_column, value), name, number, fk.column)


def import_data(db: peewee.SqliteDatabase, data: ImportData, *,
                progress: Progress | None = None, now: datetime | None = None) -> ImportSummary:
    """Write ``data`` into ``db`` in one transaction (see the module docstring).

    Every value is checked as the app's forms check it, as of ``now``
    (aware; the computer's clock by default). Raises :class:`ImportProblem` (nothing written) for bad data and
    :class:`ImportCancelled` when ``progress`` returns False.
    """
    conn = db.connection()
    order = user_tables(conn)
    tables = {t.name: t for t in order}
    now = now if now is not None else datetime.now().astimezone()
    prepared = _prepare(data, tables, current_version(db), now)
    total = sum(len(rows) for rows in prepared.values())
    summary = ImportSummary()
    id_map: dict[str, dict[Stored, Stored]] = {}
    dropped: dict[str, set[Stored]] = {}
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            if progress(done, total) is False:
                raise ImportCancelled()

    with db.atomic():
        for table in order:
            if table.name not in prepared:
                continue
            added, skipped = _import_table(conn, table, prepared[table.name], id_map, dropped, tick)
            summary.added[table.name], summary.already_there[table.name] = added, skipped
    return summary


def _import_table(conn: sqlite3.Connection, table: Table, rows: list[Row],
                  id_map: dict[str, dict[Stored, Stored]], dropped: dict[str, set[Stored]],
                  tick: Callable[[], None]) -> tuple[int, int]:
    # Hot loop (100,000s of rows): everything per table is computed once here.
    name, key, has_uid = quote(table.name), table.rowid_key, table.has_uid
    others = [c.name for c in table.columns if c.name != key]
    existing_keys = {r[0] for r in conn.execute(f"SELECT {quote(key)} FROM {name}")} if key else set()
    by_uid = dict(conn.execute(f"SELECT uid, {quote(key)} FROM {name}")) if has_uid and key else {}
    by_content: dict[tuple[Stored, ...], Stored] = {}
    if not has_uid:
        select = ", ".join(quote(c) for c in others)
        for record in conn.execute(f"SELECT {select}{', ' + quote(key) if key else ''} FROM {name}"):
            by_content[tuple(record[:len(others)])] = record[-1] if key else None
    fks = [(fk.column, fk.parent, id_map.get(fk.parent, {}), dropped.get(fk.parent, set()))
           for fk in table.foreign_keys]
    mapping = id_map.setdefault(table.name, {})
    gone = dropped.setdefault(table.name, set())
    statements: dict[tuple[str, ...], str] = {}
    added = skipped = 0
    for number, row in enumerate(rows, 1):
        tick()
        old_key = row.get(key) if key else None
        orphan = False
        for column, _parent, parent_map, parent_gone in fks:
            value = row.get(column)
            if value is None:
                continue
            if value in parent_gone:
                orphan = True  # its parent was already there in another form: keep that one whole
                break
            if value in parent_map:
                row[column] = parent_map[value]
        if orphan:
            skipped += 1
            if old_key is not None:
                gone.add(old_key)
            continue
        if has_uid:
            match = by_uid.get(row.get("uid"))
        else:
            content = tuple(row.get(c) for c in others)
            match = by_content.get(content, None) if key else (True if content in by_content else None)
        if match is not None:
            skipped += 1
            if old_key is not None:
                mapping[old_key] = match
            continue
        values = row
        if key and (old_key is None or old_key in existing_keys):
            values = {k: v for k, v in row.items() if k != key}  # taken: let SQLite choose a new id
        names = tuple(values)
        sql = statements.get(names)
        if sql is None:
            sql = statements[names] = (f"INSERT INTO {name} ({', '.join(quote(n) for n in names)}) "
                                       f"VALUES ({', '.join('?' * len(names))})")
        try:
            cursor = conn.execute(sql, tuple(values.values()))
        except cipher.IntegrityError as exc:
            if str(exc).startswith("UNIQUE constraint failed"):
                skipped += 1
                if old_key is not None:
                    gone.add(old_key)
                continue
            # "CHECK constraint failed: intensity BETWEEN 0 AND 10": name the field too.
            field = next((c for c in values if re.search(rf"\b{re.escape(c)}\b", str(exc))), None)
            raise ImportProblem(_msg("The row does not fit: %1.", exc), table.name, number, field) from exc
        except cipher.Error + (OverflowError, ValueError) as exc:
            raise ImportProblem(_msg("The row cannot be stored: %1.", exc), table.name, number) from exc
        if key:
            new_key = cursor.lastrowid
            existing_keys.add(new_key)
            if old_key is not None:
                mapping[old_key] = new_key
            if has_uid:
                by_uid[row.get("uid")] = new_key
        if not has_uid:
            by_content[content] = new_key if key else None
        added += 1
    return added, skipped
