"""``fibro-desktop where``: print where this app keeps data and logs."""

from __future__ import annotations

import argparse

from fibro_desktop.commands import Command, CommandContext


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def _run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.database import database_path

    print(f"data folder: {ctx.data_dir}")
    print(f"database:    {database_path(ctx.data_dir)}")
    print(f"logs:        {ctx.log_dir}")
    return 0


COMMAND = Command("where", "show where your data and logs are kept", _add_arguments, _run)
