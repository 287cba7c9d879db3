"""Headless subcommands: ``fibro-desktop NAME ...`` runs without a window.

Each command module exposes ``COMMAND``, a :class:`Command`. Later features
append theirs (export, import, report, backup, restore, check) to
:data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee


@dataclass
class CommandContext:
    """What a command may need, resolved by the CLI before it runs."""

    data_dir: Path
    log_dir: Path
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    _db: peewee.SqliteDatabase | None = None
    #: From ``--passphrase-file`` or ``FIBRO_DESKTOP_PASSPHRASE`` (protected data).
    passphrase: str | None = None

    def open_db(self, *, read_only_ok: bool = False) -> peewee.SqliteDatabase:
        """Open (and migrate) the database of the data folder, once.

        ``read_only_ok``: a command that only reads (export, report) also
        works on data in a folder that cannot be written to."""
        if self._db is None:
            from fibro_desktop.store.database import open_database

            self._db = open_database(self.data_dir, now=self.now(), passphrase=self.passphrase,
                                     read_only_ok=read_only_ok)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, CommandContext], int]
    #: True (for these arguments) when the command changes the data: it then
    #: refuses while the window holds the data folder, and holds it itself.
    writes: Callable[[argparse.Namespace], bool] = lambda args: False


def _load_commands() -> list[Command]:
    from fibro_desktop.commands import data_safety, report, where

    return [where.COMMAND, *data_safety.COMMANDS, report.COMMAND]


COMMANDS: list[Command] = _load_commands()
