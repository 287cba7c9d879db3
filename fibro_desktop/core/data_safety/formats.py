"""The export formats' fixed facts and the problems an import can report.

See ``docs/data-format.md`` for the formats these constants describe.
"""

from __future__ import annotations

from dataclasses import dataclass

from fibro_desktop.core.message import Message

#: ``"format"`` field of every export (JSON file, CSV manifest).
FORMAT_NAME = "fibro-desktop-export"
#: Version of the export format this app writes and the newest it reads.
FORMAT_VERSION = 1
#: Name of the manifest inside a CSV folder or zip.
CSV_MANIFEST = "fibro-export.json"
#: Largest import accepted, in bytes (for a zip: uncompressed total).
MAX_IMPORT_BYTES = 200 * 1024 * 1024
#: Most rows an import may hold, all tables together.
MAX_IMPORT_ROWS = 1_000_000
#: Tables the backup list counts ("what it holds") when they exist.
COUNTED_TABLES = ("episode", "checkin")


class ImportCancelled(Exception):
    """The person cancelled; nothing was written."""


@dataclass
class ImportProblem(Exception):
    """What is wrong with an import file, and where (for a person to read):
    ``message`` is a fixed English sentence (context ``import_problems``), or
    a :class:`Message` when it carries a value; ``str()`` is the English."""

    message: str | Message
    table: str | None = None
    row: int | None = None  # 1-based data row within the table
    field: str | None = None

    def __str__(self) -> str:
        where = []
        if self.table:
            where.append(f"table {self.table}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field {self.field}")
        return f"{self.message} ({', '.join(where)})" if where else str(self.message)
