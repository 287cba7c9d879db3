"""``fibro-desktop where``: print where this app keeps data and logs."""

from __future__ import annotations

import argparse

from fibro_desktop.cli_words import mark, say
from fibro_desktop.commands import Command, CommandContext


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def _run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from fibro_desktop.store.database import database_path

    rows = [(say("data folder:"), ctx.data_dir), (say("database:"), database_path(ctx.data_dir)),
            (say("logs:"), ctx.log_dir)]
    width = max(len(label) for label, _path in rows)
    for label, path in rows:
        print(f"{label:<{width}} {path}")
    return 0


COMMAND = Command("where", mark("show where your data and logs are kept"), _add_arguments, _run)
