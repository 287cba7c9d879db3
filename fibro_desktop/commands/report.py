"""``fibro-desktop report --out FILE.pdf [--from DATE] [--to DATE]``: the
provider report as a PDF, written without opening a window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta

from fibro_desktop.cli_words import mark, say
from fibro_desktop.commands import Command, CommandContext
from fibro_desktop.core.instants import local_day


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(say("%1 is not a date like 2026-03-31", repr(text))) from exc


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, help=mark("the PDF file to write"))
    parser.add_argument("--from", dest="first", type=_day, help=mark("first day (YYYY-MM-DD); default 90 days ago"))
    parser.add_argument("--to", dest="last", type=_day, help=mark("last day (YYYY-MM-DD); default today"))
    parser.add_argument("--page", choices=("a4", "letter"), default="a4", help=mark("paper size (default a4)"))
    parser.add_argument("--note", default="", help=mark("a note of your own for your provider"))


def _run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    # The report draws text and images with Qt, which needs a GUI application
    # object but no screen: the offscreen platform works everywhere. Made
    # before the first sentence, which would otherwise make a plain one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["fibro-desktop"])  # noqa: F841 (kept alive)
    today = local_day(ctx.now())
    last = args.last or today
    first = args.first or (last - timedelta(days=89))
    if first > last:
        print(say("The first day must come before the last one."))
        return 2
    from fibro_desktop.core.insights.periods import Period
    from fibro_desktop.ui.charts.report import ReportNotWritten, ReportOptions, write_report_pdf

    out = Path(args.out).expanduser()
    from fibro_desktop.store.export import target_in_data_folder

    if target_in_data_folder(out, ctx.data_dir):  # a PDF over the live database would destroy it
        print(say("%1 is inside the data folder (%2), where your data and its backups live. "
                  "Nothing was written. Choose a place outside that folder.", out, ctx.data_dir))
        return 2
    if out.parent and not out.parent.exists():
        print(say("The folder %1 does not exist.", out.parent))
        return 2
    options = ReportOptions(Period(first, last), args.page, args.note)
    try:
        write_report_pdf(ctx.open_db(read_only_ok=True), out, options, ctx.now())
    except ReportNotWritten as exc:
        print(say("The report could not be written to %1: %2. Nothing was left there.", out, exc.strerror),
              file=sys.stderr)
        return 1
    print(say("report written: %1 (%2 to %3)", out, first.isoformat(), last.isoformat()))
    return 0


COMMAND = Command("report", mark("write a PDF report of a period for your provider"), _add_arguments, _run)
