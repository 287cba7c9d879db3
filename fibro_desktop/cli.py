"""Command line: ``fibro-desktop [--data-dir DIR] [--demo] [--smoke-test] [--minimized] [--version]``.

Without a subcommand the window opens. Subcommands (see
:mod:`fibro_desktop.commands`) run headless. ``--version`` answers without
importing Qt, so it is instant.
"""

from __future__ import annotations

import argparse
import os
import sys

from fibro_desktop import __version__

#: The subcommands' names (``fibro_desktop.commands.COMMANDS``, checked by a
#: test): without one of these (or ``--help``) on the command line the window
#: opens, and the commands, with peewee and SQLCipher behind them, are not
#: imported before it is on screen.
COMMAND_NAMES = frozenset({"where", "export", "import", "backup", "restore", "check", "report"})


def wants_command_parser(argv: list[str]) -> bool:
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def window_options(argv: list[str]) -> tuple[str | None, bool, bool, bool] | None:
    """``(data_dir, demo, smoke_test, minimized)`` for the usual command lines
    that open the window (nothing, ``--data-dir DIR`` or ``--data-dir=DIR``,
    ``--demo``, ``--smoke-test``, ``--minimized`` or ``--tray`` as start at
    login uses), read as :func:`build_parser` would read them; ``None``
    for anything else, which goes to argparse. Building and running the
    parser costs about 5 ms that the window would wait for (issue 14)."""
    data_dir, demo, smoke_test, minimized = None, False, False, False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            demo = True
        elif arg == "--smoke-test":
            smoke_test = True
        elif arg in ("--minimized", "--tray"):
            minimized = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return data_dir, demo, smoke_test, minimized


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    # Help texts are marked here and translated only when --help prints them.
    from fibro_desktop.cli_words import TranslatedHelp, mark

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=mark("use DIR for data instead of the usual folder "
                                  "(also: FIBRO_DESKTOP_DATA_DIR)"))
    parser = argparse.ArgumentParser(
        prog="fibro-desktop",
        description=mark("Fibro Desktop: a private, offline companion for muscle spasms in fibromyalgia."),
        parents=[common], formatter_class=TranslatedHelp,
    )
    parser.add_argument("--demo", action="store_true",
                        help=mark("fill the data folder (a temporary one if none is given) with sample data"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=mark("open every tab, write and read the database, then exit (0 = all good)"))
    parser.add_argument("--minimized", "--tray", action="store_true", dest="minimized",
                        help=mark("start quietly in the tray (minimised where there is no tray), "
                                  "as starting at login does"))
    parser.add_argument("--version", action="version", version=f"fibro-desktop {__version__}")
    if not with_commands:
        return parser
    from fibro_desktop.commands import COMMANDS
    from fibro_desktop.commands.passphrase import passphrase_parent

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.name, help=command.help, parents=[common, passphrase_parent()],
                                        formatter_class=TranslatedHelp)
        command.add_arguments(command_parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):  # fast path: no Qt, no parser set-up
        print(f"fibro-desktop {__version__}")
        return 0
    simple = window_options(argv)
    if simple is not None:
        data_dir, demo, smoke_test, minimized = simple
    else:
        if "-h" in argv or "--help" in argv:
            _help_follows_the_data_folder(argv)
        args = build_parser(with_commands=wants_command_parser(argv)).parse_args(argv)
        data_dir = getattr(args, "data_dir", None)
        if getattr(args, "command", None):
            return _run_command(args, data_dir)
        demo, smoke_test, minimized = args.demo, args.smoke_test, args.minimized
    import gc

    # Importing Qt and building the window allocate much and make few cycles:
    # no cyclic collection (~5 ms) before the window is on screen. From the
    # QApplication on, run_gui's IdleCollector collects between events (ui/idle_gc.py).
    gc.disable()
    import PySide6  # noqa: F401 (installs PySide6's import hook, made cheaper here:)

    from fibro_desktop.ui import pyside_import_check

    pyside_import_check.install()
    from fibro_desktop.app import GuiOptions, run_gui

    options = GuiOptions(data_dir=data_dir, demo=demo, smoke_test=smoke_test, minimized=minimized)
    if os.environ.get(STARTUP_PROBE_ENV) == "1":
        return _run_startup_probe(options)
    return run_gui(options)


def _help_follows_the_data_folder(argv: list[str]) -> None:
    """``--help`` speaks the language chosen in the app for the data folder
    the command line names (or the usual one), as the commands do."""
    from fibro_desktop import locations
    from fibro_desktop.cli_words import use_data_folder

    explicit = next((argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--data-dir"), None)
    explicit = explicit or next((arg.split("=", 1)[1] for arg in argv if arg.startswith("--data-dir=")), None)
    use_data_folder(locations.resolve_data_dir(explicit))


#: Set to 1 by benchmarks/frozen_startup.py: print ``PAINTED`` at the first
#: paint and ``READY`` when usable, then quit. It is the only way to time a
#: frozen build's start-up from outside, as no benchmark code is bundled.
STARTUP_PROBE_ENV = "FIBRO_DESKTOP_STARTUP_PROBE"


def _run_startup_probe(options) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fibro_desktop.app import run_gui

    def ready() -> None:
        print("READY", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

    return run_gui(options, on_first_paint=lambda: print("PAINTED", flush=True), on_ready=ready)


def _run_command(args: argparse.Namespace, data_dir: str | None) -> int:
    from fibro_desktop import locations
    from fibro_desktop.cli_words import say, use_data_folder
    from fibro_desktop.commands import COMMANDS, CommandContext
    from fibro_desktop.commands.passphrase import PassphraseSourceError, explain, read_passphrase
    from fibro_desktop.store.errors import StoreError

    resolved = locations.resolve_data_dir(data_dir)
    use_data_folder(resolved)
    ctx = CommandContext(resolved, locations.log_dir_for(resolved, locations.is_overridden(data_dir)))
    command = next(c for c in COMMANDS if c.name == args.command)
    lock = None
    try:
        if command.writes(args):
            lock = _hold_data_folder(command.name, resolved)
            if lock is None:
                return 2
        ctx.passphrase = read_passphrase(args)
        return command.run(args, ctx)
    except PassphraseSourceError as exc:
        print(f"fibro-desktop {command.name}: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        from fibro_desktop.cli_words import say_error

        print(f"fibro-desktop {command.name}: {explain(exc)}", file=sys.stderr)
        print(f"fibro-desktop {command.name}: {say_error(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # a write the disk refused: plain words, not a traceback
        from fibro_desktop.store.errors import plain_write_failure

        reason = plain_write_failure(exc)
        if reason is None:
            raise
        print(f"fibro-desktop {command.name}: " + say(
            "could not save: %1. What was not saved was left out whole; please free some space or check "
            "the folder, and try again.", reason), file=sys.stderr)
        return 1
    finally:
        ctx.close()
        if lock is not None:
            lock.release()


def _hold_data_folder(name: str, data_dir):
    """Take the data folder's lock for a command that changes the data, so
    it never runs beside the open window (nor the window beside it); None
    (after saying why) when the folder is in use."""
    from fibro_desktop.cli_words import say
    from fibro_desktop.commands import folder_lock

    try:
        return folder_lock.acquire(data_dir, name)
    except folder_lock.FolderInUse:
        other = folder_lock.command_holding(data_dir)
        if other:
            text = say("another fibro-desktop command (%1) is working on this data folder (%2). "
                       "Nothing was changed. Try again when it has finished.", other, data_dir)
        else:
            text = say("Fibro Desktop is open on this data folder (%1). Nothing was changed. Quit the "
                       "app (also from the tray icon) and try again, or use the same action from the app's menu.",
                       data_dir)
        print(f"fibro-desktop {name}: {text}", file=sys.stderr)
        return None
    except OSError as exc:
        from fibro_desktop.store.errors import DataReadOnlyError
        from fibro_desktop.store.files import is_not_writable_error

        text = (str(DataReadOnlyError(data_dir)) if is_not_writable_error(exc) else
                say("cannot use the data folder %1: %2. Nothing was changed.", data_dir, exc.strerror or exc))
        print(f"fibro-desktop {name}: {text}", file=sys.stderr)
        return None
