"""The schema as SQLite describes it, so data-safety code covers every table.

Export, import, restore and the backup summary never list tables by hand:
they read ``sqlite_master`` and the ``PRAGMA table_info`` /
``foreign_key_list`` of each user table, so a table added by a later
migration is included without touching this code. Works on a plain
``sqlite3.Connection`` (also a read-only one on a damaged file).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Column:
    name: str
    decl_type: str  # declared type, upper case ("INTEGER", "TEXT", "" ...)
    not_null: bool
    has_default: bool
    primary_key: bool

    @cached_property
    def affinity(self) -> str:
        """SQLite's type affinity of the declared type (section 3.1 of its docs)."""
        t = self.decl_type
        if "INT" in t:
            return "INTEGER"
        if any(s in t for s in ("CHAR", "CLOB", "TEXT")):
            return "TEXT"
        if "BLOB" in t or not t:
            return "BLOB"
        if any(s in t for s in ("REAL", "FLOA", "DOUB")):
            return "REAL"
        return "NUMERIC"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def rowid_key(self) -> str | None:
        """The ``INTEGER PRIMARY KEY`` column (an alias of the rowid), if any."""
        keys = [c for c in self.columns if c.primary_key]
        if len(keys) == 1 and keys[0].decl_type == "INTEGER":
            return keys[0].name
        return None

    @property
    def has_uid(self) -> bool:
        return self.column("uid") is not None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


quote = _quote


def user_tables(conn: sqlite3.Connection) -> list[Table]:
    """Every table of the schema except SQLite's own, parents before children."""
    rows = conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master "
                        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    # A virtual table (full-text search) is rebuilt by its own triggers; it
    # and its shadow tables (``<name>_data``, ``<name>_idx``...) are skipped.
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    names = [name for name, _ in rows
             if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]
    tables = {}
    for name in names:
        columns = tuple(
            Column(row[1], (row[2] or "").upper(), bool(row[3]), row[4] is not None, bool(row[5]))
            for row in conn.execute(f"PRAGMA table_info({_quote(name)})"))
        fks = tuple(ForeignKey(row[3], row[2], row[4] or "id")
                    for row in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})"))
        tables[name] = Table(name, columns, fks)
    return _parents_first(tables)


def _parents_first(tables: dict[str, Table]) -> list[Table]:
    ordered: list[Table] = []
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done or name not in tables or name in path:
            return
        for fk in tables[name].foreign_keys:
            visit(fk.parent, path + (name,))
        done.add(name)
        ordered.append(tables[name])

    for name in sorted(tables):
        visit(name, ())
    return ordered


def count_rows(conn: sqlite3.Connection, table: str) -> int | None:
    """Rows in ``table``, or ``None`` when the table does not exist."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (table,)).fetchone()
    if not exists:
        return None
    return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])
