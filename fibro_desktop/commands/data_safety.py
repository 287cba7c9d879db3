"""Data-safety commands: ``export``, ``import``, ``backup``, ``restore``, ``check``.

They run without a window and print plain sentences; the exit code is 0 on
success, 1 when the data or the input is bad, 2 for a problem opening the
data (see ``cli.py``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from fibro_desktop.commands import Command, CommandContext


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _fail(name: str, message: str) -> int:
    print(f"fibro-desktop {name}: {message}", file=sys.stderr)
    return 1


# -- export --------------------------------------------------------------
def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "csv"), default="json",
                        help="json: one file; csv: one file per table (a folder, or a .zip)")
    parser.add_argument("--out", required=True, type=Path, metavar="PATH", help="where to write")
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument("--rescue", action="store_true",
                        help="open the data file read-only, as it is, and export whatever can be read "
                             "(for a damaged file, or one from a newer version)")


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store import cipher
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.errors import plain_write_failure
    from fibro_desktop.store.export import export_data
    from fibro_desktop.store.integrity import connect_read_only

    if args.start and args.end and args.start > args.end:
        return _fail("export", "--from must not be after --to.")
    options = {"start": args.start, "end": args.end}
    try:
        if args.rescue:
            conn = connect_read_only(database_path(ctx.data_dir))
            try:
                summary = export_data(conn, args.format, args.out, ctx.now(), salvage=True, **options)
            finally:
                conn.close()
        else:
            db = ctx.open_db(read_only_ok=True)  # a read-only folder can still be exported
            summary = export_data(db.connection(), args.format, args.out, ctx.now(), **options)
    except OSError as exc:
        return _fail("export", f"could not write {args.out}: {plain_write_failure(exc) or exc.strerror or exc}")
    except cipher.DatabaseError as exc:
        return _fail("export", f"nothing could be read: {exc}")
    print(f"Exported {summary.total} rows from {len(summary.rows)} tables to {summary.path}.")
    for table, problem in summary.unreadable.items():
        print(f"Could not read table {table}: {problem}", file=sys.stderr)
    return 1 if summary.unreadable else 0


# -- import --------------------------------------------------------------
def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH",
                        help="a JSON export, or a CSV export (folder or .zip)")


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.core.data_safety.formats import ImportProblem
    from fibro_desktop.store.backup import backup_folder, make_backup
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.import_read import read_export
    from fibro_desktop.store.import_write import import_data

    try:
        data = read_export(args.path)
    except ImportProblem as exc:
        return _fail("import", f"nothing was imported. {exc}")
    except OSError as exc:
        return _fail("import", f"cannot read {args.path}: {exc.strerror or exc}")
    db = ctx.open_db()
    make_backup(database_path(ctx.data_dir), backup_folder(ctx.data_dir), ctx.now(), "before-import")
    try:
        summary = import_data(db, data)
    except ImportProblem as exc:
        return _fail("import", f"nothing was imported. {exc}")
    print(f"Imported {summary.total_added} new rows; {summary.total_already_there} were already there.")
    return 0


# -- backup --------------------------------------------------------------
def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", dest="second_folder", type=Path, metavar="FOLDER",
                        help="also put a copy into FOLDER")


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.backup import BackupError, backup_folder, make_backup
    from fibro_desktop.store.database import database_path

    ctx.open_db()  # refuses a damaged or newer file, migrates an older one
    try:
        result = make_backup(database_path(ctx.data_dir), backup_folder(ctx.data_dir), ctx.now(), "manual",
                             second_folder=args.second_folder)
    except BackupError as exc:
        return _fail("backup", str(exc))
    print(f"Backup written and checked: {result.path}")
    if result.second_copy:
        print(f"Copy: {result.second_copy}")
    if result.second_error:
        return _fail("backup", result.second_error)
    return 0


# -- restore -------------------------------------------------------------
def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH",
                        help="the backup to restore (default: the newest good one)")
    parser.add_argument("--list", action="store_true", help="list the backups and exit")


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.backup import (BackupError, backup_folder, latest_good_backup, list_backups,
                                            restore_backup)
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.migrations import latest_version

    folder = backup_folder(ctx.data_dir)
    if args.list:
        backups = list_backups(folder)
        if not backups:
            print(f"No backups yet in {folder}.")
        for info in backups:
            words = {"episode": "episodes", "checkin": "check-ins"}
            held = (", ".join(f"{n} {words.get(t, t)}" for t, n in info.counts.items() if n is not None) or "-"
                    if info.readable else "unreadable")
            print(f"{info.made_utc.astimezone():%Y-%m-%d %H:%M}  {info.reason:<15} {held:<30} {info.path}")
        return 0
    path = args.path
    if path is None:
        best = latest_good_backup(folder, latest_version())
        if best is None:
            return _fail("restore", f"there is no good backup in {folder}.")
        path = best.path
    try:
        previous = restore_backup(database_path(ctx.data_dir), path, ctx.now(), latest_version())
    except BackupError as exc:
        return _fail("restore", str(exc))
    ctx.open_db()  # migrates a backup from an older version
    print(f"Restored {path}.")
    if previous:
        print(f"Your data as it was before is kept in {previous}.")
    return 0


# -- check ---------------------------------------------------------------
def _check_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def _check(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.backup import backup_folder, list_backups
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.integrity import check_file
    from fibro_desktop.store.migrations import latest_version

    health = check_file(database_path(ctx.data_dir), latest_version(), full=True)
    print(f"state: {health.state}")
    print(health.message)
    if health.state == "locked":
        print("Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE.")
    if health.schema_version is not None:
        print(f"data version: {health.schema_version} (this app understands up to {latest_version()})")
    for table, count in health.counts.items():
        if count is not None:
            print(f"{table}: {count} rows")
    backups = list_backups(backup_folder(ctx.data_dir))
    print(f"backups: {len(backups)}" + (f", newest {backups[0].path.name}" if backups else ""))
    return 0 if health.ok else 1


EXPORT = Command("export", "export your data to JSON or CSV", _export_arguments, _export)
IMPORT = Command("import", "import a JSON or CSV export (all or nothing)", _import_arguments, _import)
BACKUP = Command("backup", "make a checked backup now", _backup_arguments, _backup)
RESTORE = Command("restore", "restore a backup (your current data is backed up first)", _restore_arguments,
                  _restore)
CHECK = Command("check", "check that your data file is healthy (exit 1 when not)", _check_arguments, _check)
COMMANDS = [EXPORT, IMPORT, BACKUP, RESTORE, CHECK]
