"""``fibro-desktop report --out FILE.pdf [--from DATE] [--to DATE]``: the
provider report as a PDF, written without opening a window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta

from fibro_desktop.commands import Command, CommandContext
from fibro_desktop.core.instants import local_day


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from exc


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, help="the PDF file to write")
    parser.add_argument("--from", dest="first", type=_day, help="first day (YYYY-MM-DD); default 90 days ago")
    parser.add_argument("--to", dest="last", type=_day, help="last day (YYYY-MM-DD); default today")
    parser.add_argument("--page", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    parser.add_argument("--note", default="", help="a note of your own for your provider")


def _run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    today = local_day(ctx.now())
    last = args.last or today
    first = args.first or (last - timedelta(days=89))
    if first > last:
        print("The first day must come before the last one.")
        return 2
    # The report draws text and images with Qt, which needs a GUI application
    # object but no screen: the offscreen platform works everywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from fibro_desktop.core.insights.periods import Period
    from fibro_desktop.ui.charts.report import ReportNotWritten, ReportOptions, write_report_pdf

    app = QGuiApplication.instance() or QGuiApplication(["fibro-desktop"])  # noqa: F841 (kept alive)
    out = Path(args.out).expanduser()
    from fibro_desktop.store.export import target_in_data_folder

    if target_in_data_folder(out, ctx.data_dir):  # a PDF over the live database would destroy it
        print(f"{out} is inside the data folder ({ctx.data_dir}), where your data and its backups live. "
              f"Nothing was written. Choose a place outside that folder.")
        return 2
    if out.parent and not out.parent.exists():
        print(f"The folder {out.parent} does not exist.")
        return 2
    options = ReportOptions(Period(first, last), args.page, args.note)
    try:
        write_report_pdf(ctx.open_db(read_only_ok=True), out, options, ctx.now())
    except ReportNotWritten as exc:
        print(f"The report could not be written to {out}: {exc.strerror}. Nothing was left there.",
              file=sys.stderr)
        return 1
    print(f"report written: {out} ({first.isoformat()} to {last.isoformat()})")
    return 0


COMMAND = Command("report", "write a PDF report of a period for your provider", _add_arguments, _run)
