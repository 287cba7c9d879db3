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

from fibro_desktop.cli_words import mark, say, say_error, say_message
from fibro_desktop.commands import Command, CommandContext


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("%1 is not a date like 2026-11-24", repr(text))) from None


def _taken(path: Path) -> str:
    return say("%1 already exists. Nothing was written. Choose another name, or add --force to replace it.", path)


def _held(table: str, count: int) -> str:
    """What a backup holds, e.g. "12 episodes"."""
    if table == "episode":
        return say("%n episodes", n=count, one="%n episode")
    if table == "checkin":
        return say("%n check-ins", n=count, one="%n check-in")
    return f"{count} {table}"


def _fail(name: str, message: str) -> int:
    print(f"fibro-desktop {name}: {message}", file=sys.stderr)
    return 1


# -- export --------------------------------------------------------------
def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "csv"), default="json",
                        help=mark("json: one file; csv: one file per table (a folder, or a .zip)"))
    parser.add_argument("--out", required=True, type=Path, metavar="PATH", help=mark("where to write"))
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help=mark("first day (YYYY-MM-DD)"))
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help=mark("last day (YYYY-MM-DD)"))
    parser.add_argument("--with-audio", action="store_true",
                        help=mark("json only: also write your own recordings into NAME-audio.zip beside the export "
                                  "(import brings them back when it finds that zip beside the file)"))
    parser.add_argument("--rescue", action="store_true",
                        help=mark("open the data file read-only, as it is, and export whatever can be read "
                                  "(for a damaged file, or one from a newer version)"))
    parser.add_argument("--force", action="store_true", help=mark("replace PATH if it already exists"))


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store import cipher
    from fibro_desktop.store.audio_export import archive_beside
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.errors import plain_write_failure
    from fibro_desktop.store.export import target_in_data_folder, target_taken
    from fibro_desktop.store.integrity import connect_read_only

    if args.start and args.end and args.start > args.end:
        return _fail("export", say("--from must not be after --to."))
    if target_in_data_folder(args.out, ctx.data_dir):
        return _fail("export", say("%1 is inside the data folder (%2), where your data and its backups live. "
                                   "Nothing was written. Choose a place outside that folder.", args.out, ctx.data_dir))
    if target_taken(args.out) and not args.force:
        return _fail("export", _taken(args.out))
    if args.with_audio and args.format != "json":
        return _fail("export", say("--with-audio works with --format json only."))
    if args.with_audio and target_taken(archive_beside(args.out)) and not args.force:
        return _fail("export", _taken(archive_beside(args.out)))
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
        return _fail("export", say("could not write %1: %2", args.out, plain_write_failure(exc) or exc.strerror or exc))
    except cipher.DatabaseError as exc:
        return _fail("export", say("nothing could be read: %1", exc))
    print(say("Exported %n rows from %1 tables to %2.", len(summary.rows), summary.path, n=summary.total,
              one="Exported %n row from %1 tables to %2."))
    audio = summary.audio
    if audio is not None:
        print(say("Your %n recordings are in %1; keep it beside the export.", args.out.with_name(audio["archive"]),
                  n=len(audio["files"]), one="Your %n recording is in %1; keep it beside the export."))
        if audio["missing"]:
            print(say("%n recordings were not in your audio folder and are not included.", n=len(audio["missing"]),
                      one="%n recording was not in your audio folder and is not included."), file=sys.stderr)
    for table, problem in summary.unreadable.items():
        print(say("Could not read table %1: %2", table, problem), file=sys.stderr)
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
                        help=mark("a JSON export, or a CSV export (folder or .zip)"))


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
        return _fail("import", say("nothing was imported. %1", exc))
    except OSError as exc:
        return _fail("import", say("cannot read %1: %2", args.path, exc.strerror or exc))
    db = ctx.open_db()
    make_backup(database_path(ctx.data_dir), backup_folder(ctx.data_dir), ctx.now(), "before-import")
    try:
        recordings = import_recordings(data, args.path, ctx.data_dir)  # from NAME-audio.zip beside
    except ImportProblem as exc:
        return _fail("import", say("nothing was imported. %1", exc))
    except OSError as exc:
        return _fail("import", say("nothing was imported: the recordings could not be copied (%1).",
                                   exc.strerror or exc))
    try:
        summary = import_data(db, data)
    except BaseException as exc:
        undo_recordings(recordings)
        if isinstance(exc, ImportProblem):
            return _fail("import", say("nothing was imported. %1", exc))
        raise
    print(say("Imported %n new rows; %1 were already there.", summary.total_already_there, n=summary.total_added,
              one="Imported %n new row; %1 were already there."))
    if recordings.added:
        print(say("Brought back %n recordings into your audio folder.", n=len(recordings.added),
                  one="Brought back %n recording into your audio folder."))
    if recordings.without_sound:
        print(say("%n recordings came without their sound file: they were not exported with --with-audio, "
                  "or the -audio.zip is not beside the export.", n=len(recordings.without_sound),
                  one="%n recording came without its sound file: it was not exported with --with-audio, "
                      "or the -audio.zip is not beside the export."), file=sys.stderr)
    return 0


# -- backup --------------------------------------------------------------
def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", dest="second_folder", type=Path, metavar="FOLDER",
                        help=mark("also put a copy into FOLDER"))


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.backup import BackupError, backup_folder, make_backup
    from fibro_desktop.store.database import database_path

    ctx.open_db()  # refuses a damaged or newer file, migrates an older one
    try:
        result = make_backup(database_path(ctx.data_dir), backup_folder(ctx.data_dir), ctx.now(), "manual",
                             second_folder=args.second_folder)
    except BackupError as exc:
        return _fail("backup", say_error(exc))
    print(say("Backup written and checked: %1", result.path))
    if result.second_copy:
        print(say("Copy: %1", result.second_copy))
    if result.second_error:
        return _fail("backup", say_message(result.second_error))
    return 0


# -- restore -------------------------------------------------------------
def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH",
                        help=mark("the backup to restore (default: the newest good one)"))
    parser.add_argument("--list", action="store_true", help=mark("list the backups and exit"))


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.backup import BackupError, backup_folder, latest_good_backup, list_backups, restore_backup
    from fibro_desktop.store.database import database_path
    from fibro_desktop.store.migrations import latest_version

    folder = backup_folder(ctx.data_dir)
    if args.list:
        backups = list_backups(folder)
        if not backups:
            print(say("No backups yet in %1.", folder))
        for info in backups:
            held = (", ".join(_held(t, n) for t, n in info.counts.items() if n is not None) or "-"
                    if info.readable else say("unreadable"))
            print(f"{info.made_utc.astimezone():%Y-%m-%d %H:%M}  {info.reason:<15} {held:<30} {info.path}")
        return 0
    path = args.path
    if path is None:
        best = latest_good_backup(folder, latest_version())
        if best is None:
            return _fail("restore", say("there is no good backup in %1.", folder))
        path = best.path
    try:
        previous = restore_backup(database_path(ctx.data_dir), path, ctx.now(), latest_version())
    except BackupError as exc:
        return _fail("restore", say_error(exc))
    ctx.open_db()  # migrates a backup from an older version
    print(say("Restored %1.", path))
    if previous:
        print(say("Your data as it was before is kept in %1.", previous))
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
        print(say("Give the passphrase with --passphrase-file PATH or FIBRO_DESKTOP_PASSPHRASE."))
    if health.schema_version is not None:
        print(say("data version: %1 (this app understands up to %2)", health.schema_version, latest_version()))
    for table, count in health.counts.items():
        if count is not None:
            print(say("%1: %n rows", table, n=count, one="%1: %n row"))
    backups = list_backups(backup_folder(ctx.data_dir))
    print(say("backups: %1, newest %2", len(backups), backups[0].path.name) if backups else say("backups: 0"))
    return 0 if health.ok else 1


EXPORT = Command("export", mark("export your data to JSON or CSV"), _export_arguments, _export)
IMPORT = Command("import", mark("import a JSON or CSV export (all or nothing)"), _import_arguments, _import,
                 writes=lambda args: True)
BACKUP = Command("backup", mark("make a checked backup now"), _backup_arguments, _backup)
RESTORE = Command("restore", mark("restore a backup (your current data is backed up first)"), _restore_arguments,
                  _restore, writes=lambda args: not args.list)
CHECK = Command("check", mark("check that your data file is healthy (exit 1 when not)"), _check_arguments, _check)
COMMANDS = [EXPORT, IMPORT, BACKUP, RESTORE, CHECK]
