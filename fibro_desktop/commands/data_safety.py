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
    parser.add_argument("--with-audio", action="store_true",
                        help="json only: also write your own recordings into NAME-audio.zip beside the export "
                             "(import brings them back when it finds that zip beside the file)")
    parser.add_argument("--rescue", action="store_true",
                        help="open the data file read-only, as it is, and export whatever can be read "
                             "(for a damaged file, or one from a newer version)")
    parser.add_argument("--force", action="store_true", help="replace PATH if it already exists")


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store import cipher
    from fibro_desktop.store.audio_export import archive_beside
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.errors import plain_write_failure
    from fibro_desktop.store.export import target_in_data_folder, target_taken
    from fibro_desktop.store.integrity import connect_read_only

    if args.start and args.end and args.start > args.end:
        return _fail("export", "--from must not be after --to.")
    if target_in_data_folder(args.out, ctx.data_dir):
        return _fail("export", f"{args.out} is inside the data folder ({ctx.data_dir}), where your data and its "
                               f"backups live. Nothing was written. Choose a place outside that folder.")
    if target_taken(args.out) and not args.force:
        return _fail("export", f"{args.out} already exists. Nothing was written. Choose another name, "
                               f"or add --force to replace it.")
    if args.with_audio and args.format != "json":
        return _fail("export", "--with-audio works with --format json only.")
    if args.with_audio and target_taken(archive_beside(args.out)) and not args.force:
        return _fail("export", f"{archive_beside(args.out)} already exists. Nothing was written. Choose another "
                               f"name, or add --force to replace it.")
    options = {"start": args.start, "end": args.end}
    if args.with_audio:
        options["with_audio_from"] = ctx.data_dir
    try:
        if args.rescue:
            conn = connect_read_only(database_path(ctx.data_dir))
            try:
                summary = _export_data(conn, args.format, args.out, ctx.now(), salvage=True, **options)
            finally:
                conn.close()
        else:
            db = ctx.open_db(read_only_ok=True)  # a read-only folder can still be exported
            summary = _export_data(db.connection(), args.format, args.out, ctx.now(), **options)
    except OSError as exc:
        return _fail("export", f"could not write {args.out}: {plain_write_failure(exc) or exc.strerror or exc}")
    except cipher.DatabaseError as exc:
        return _fail("export", f"nothing could be read: {exc}")
    print(f"Exported {summary.total} rows from {len(summary.rows)} tables to {summary.path}.")
    audio = summary.audio
    if audio is not None:
        print(f"Your {len(audio['files'])} recordings are in {args.out.with_name(audio['archive'])}; "
              f"keep it beside the export.")
        if audio["missing"]:
            print(f"{len(audio['missing'])} recordings were not in your audio folder and are not included.",
                  file=sys.stderr)
    for table, problem in summary.unreadable.items():
        print(f"Could not read table {table}: {problem}", file=sys.stderr)
    return 1 if summary.unreadable else 0


def _export_data(conn, fmt, out, now, *, with_audio_from=None, **options):
    from fibro_desktop.store.audio_export import export_json_with_audio
    from fibro_desktop.store.export import export_data

    if with_audio_from is not None:
        return export_json_with_audio(conn, out, now, with_audio_from, **options)
    return export_data(conn, fmt, out, now, **options)


# -- import --------------------------------------------------------------
def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH",
                        help="a JSON export, or a CSV export (folder or .zip)")


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.core.data_safety.formats import ImportProblem
    from fibro_desktop.store.audio_export import import_recordings
    from fibro_desktop.store.audio_export import undo as undo_recordings
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
        recordings = import_recordings(data, args.path, ctx.data_dir)  # from NAME-audio.zip beside
    except ImportProblem as exc:
        return _fail("import", f"nothing was imported. {exc}")
    except OSError as exc:
        return _fail("import", f"nothing was imported: the recordings could not be copied "
                               f"({exc.strerror or exc}).")
    try:
        summary = import_data(db, data)
    except BaseException as exc:
        undo_recordings(recordings)
        if isinstance(exc, ImportProblem):
            return _fail("import", f"nothing was imported. {exc}")
        raise
    print(f"Imported {summary.total_added} new rows; {summary.total_already_there} were already there.")
    if recordings.added:
        print(f"Brought back {len(recordings.added)} recordings into your audio folder.")
    if recordings.without_sound:
        print(f"{len(recordings.without_sound)} recordings came without their sound file: they were not "
              f"exported with --with-audio, or the -audio.zip is not beside the export.", file=sys.stderr)
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
    from fibro_desktop.store.backup import BackupError, backup_folder, latest_good_backup, list_backups, restore_backup
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
    from fibro_desktop.store.emptied import check_data_folder
    from fibro_desktop.store.migrations import latest_version

    # An empty or missing file beside backups is lost data ("emptied"), not a new install.
    health = check_data_folder(database_path(ctx.data_dir), latest_version(), full=True)
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
IMPORT = Command("import", "import a JSON or CSV export (all or nothing)", _import_arguments, _import,
                 writes=lambda args: True)
BACKUP = Command("backup", "make a checked backup now", _backup_arguments, _backup)
RESTORE = Command("restore", "restore a backup (your current data is backed up first)", _restore_arguments,
                  _restore, writes=lambda args: not args.list)
CHECK = Command("check", "check that your data file is healthy (exit 1 when not)", _check_arguments, _check)
COMMANDS = [EXPORT, IMPORT, BACKUP, RESTORE, CHECK]
