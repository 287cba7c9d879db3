"""Fast bulk inserts of plain rows (the ten-year benchmark data set).

One ``executemany`` per table inside one transaction: tens of thousands of
rows per second, where row-by-row ORM inserts would take minutes. Only for
generated data that is valid by construction; app writes go through the
validated store functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee


def insert_rows(db: peewee.SqliteDatabase, table: str, columns: Sequence[str],
                rows: Iterable[Sequence[object]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table`` (the caller holds the transaction)."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.connection().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def next_id(db: peewee.SqliteDatabase, table: str) -> int:
    """The first free integer id of ``table``."""
    return int(db.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()[0])
