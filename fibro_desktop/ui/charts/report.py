"""The provider report: a PDF summary of a period, readable on A4 and Letter.

Built as blocks of HTML (:mod:`~fibro_desktop.ui.charts.report_pages`:
headings, paragraphs, chart images, one block per table row), placed page
by page so nothing is split or printed twice, and painted with
``QPdfWriter``; each page carries "page N of M". Works
without a window (the ``report`` command) as long as a ``QGuiApplication``
exists. Contains no internal ids; states that it comes from a
self-tracking app and is not a diagnosis.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.summary import triggers_for
from fibro_desktop.core.instants import local_day
from fibro_desktop.store import files
from fibro_desktop.store.charts_data import load_chart_data, medication_summaries
from fibro_desktop.store.errors import DISK_FULL, READ_ONLY, write_failure
from fibro_desktop.store.red_flags import red_flags_between
from fibro_desktop.store.report_data import (
    checkin_extras,
    feature_ever_used,
)
from fibro_desktop.ui.charts.report_insights import difference_blocks, group_blocks, relief_blocks, trigger_blocks
from fibro_desktop.ui.charts.report_pages import ReportContent, draw_pages, table_blocks
from fibro_desktop.ui.charts.report_sections import (
    chart_blocks,
    checkin_rows,
    fill,
    paragraph,
    summary_rows,
    untracked_note,
)
from fibro_desktop.ui.charts.wording import day_text, kind_label, muscle_label
from fibro_desktop.ui.journal.flag_text import detail_text
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")


PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ReportOptions:
    period: Period
    page_size: str = "a4"  # "a4" or "letter"
    note: str = ""  # the person's own note for the provider


def _heading(content: ReportContent, text: str, level: int = 2) -> None:
    content.add(f"<h{level}>{escape(text)}</h{level}>", keep_with_next=True, space_before=12)


def build_content(db, options: ReportOptions, now: datetime, progress: Progress | None = None,
                  content_width: float = 650) -> ReportContent:
    """The report as blocks for ``options.period`` (``now`` is the moment it
    is made); charts are ``content_width`` layout pixels wide. Every number
    comes from inside the period."""
    step = progress or (lambda _value, _text: None)
    period = options.period
    step(10, _tr("Reading your records…"))
    data = load_chart_data(db, period)
    tracked = data.tracked_days  # the Charts tab's own tracked days
    content = ReportContent()
    content.add(f"<h1>{escape(_tr('Spasm record for my provider'))}</h1>")
    content.extend([paragraph(fill(_tr("Period: %1 to %2 (%3). Made on %4."), day_text(period.first, True),
                                   day_text(period.last, True),
                                   _tr("%n days", n=period.days, one="%n day"),
                                   day_text(local_day(now), True))),
                    paragraph(not_a_diagnosis(), "i")])
    if options.note.strip():
        _heading(content, _tr("My notes for you"))
        # One block per line of the note, so a long note flows over pages.
        content.extend([paragraph(line) for line in options.note.strip().splitlines()])
    _heading(content, _tr("Summary"))
    content.extend(table_blocks([_tr("Measure"), _tr("Value")], summary_rows(data, tracked), (60, 40)))
    note = untracked_note(data, tracked)
    if note:
        content.blocks.append(note)
    step(30, _tr("Drawing the charts…"))
    _heading(content, _tr("Charts"))
    content.extend(chart_blocks(content, data, tracked, int(content_width)))
    kinds = sorted(data.kinds.items(), key=lambda kv: -kv[1])
    if kinds:
        _heading(content, _tr("Kinds and places"))
        content.extend(table_blocks([_tr("Kind of spasm"), _tr("Count")],
                                    [[kind_label(k), str(n)] for k, n in kinds], (70, 30)))
        places = sorted(data.muscles.items(), key=lambda kv: -kv[1])[:10]
        content.add("<p></p>")
        content.extend(table_blocks([_tr("Muscle group"), _tr("Count")],
                                    [[muscle_label(m, s), str(n)] for (m, s), n in places], (70, 30)))
    step(50, _tr("Working out the insights…"))
    _heading(content, _tr("Measuring the difference"))
    content.extend(difference_blocks(data, tracked))
    _heading(content, _tr("Possible triggers"))
    table = triggers_for(data)  # the Charts tab's own table of the same days
    used_checkins = feature_ever_used(db, "checkin")
    content.extend(trigger_blocks(table, used_checkins))
    _heading(content, _tr("What helped"))
    content.extend(relief_blocks(data.reliefs))
    _heading(content, _tr("Pacing and relaxation"))
    content.extend(group_blocks(data, tracked, feature_ever_used(db, "pacing_break"), feature_ever_used(db, "listen")))
    step(70, _tr("Writing the tables…"))
    flags = red_flags_between(db, period.first, period.last)
    _heading(content, _tr("Warning signs noticed"))
    if flags:
        content.extend(table_blocks([_tr("Day"), _tr("What was noticed")],
                                    [[day_text(f.day), detail_text(f.detail)] for f in flags], (25, 75)))
    else:
        content.blocks.append(paragraph(_tr("None in this period.")))
    meds = medication_summaries(db, period)
    _heading(content, _tr("Medications and supplements"))
    if meds:
        rows = [[m.name, m.usual_amount, _tr("%n days", n=m.days_taken, one="%n day"), str(m.doses_skipped),
                 f"{day_text(m.first_day)} – {day_text(m.last_day)}" if m.first_day else "–",
                 fill(_tr("helped %1, a little %2, not %3"), m.helped, m.helped_a_little, m.did_not_help),
                 ", ".join(m.side_effects) or "–"] for m in meds]
        content.extend(table_blocks([_tr("Name"), _tr("Usual amount"), _tr("Taken on"), _tr("Skipped"),
                                     _tr("First – last"), _tr("How it went"), _tr("Side effects noted")], rows,
                                    (14, 14, 10, 11, 18, 17, 16)))
    elif not feature_ever_used(db, "medication"):
        content.blocks.append(paragraph(_tr("You have not used the medication log.")))
    else:
        content.blocks.append(paragraph(_tr("None logged in this period.")))
    _heading(content, _tr("Check-in averages"))
    if not used_checkins:
        content.blocks.append(paragraph(_tr("You have not used the daily check-in.")))
    elif not data.checkins:
        content.blocks.append(paragraph(_tr("No check-ins in this period.")))
    else:
        content.extend(table_blocks([_tr("Check-in"), _tr("Average"), _tr("Days")],
                                    checkin_rows(data, checkin_extras(db, period.first, period.last)), (60, 20, 20)))
    return content


def not_a_diagnosis() -> str:
    """The report's note, in the person's language, that it is their own
    record and not a diagnosis (``--smoke-test`` checks that it is there)."""
    return _tr("This summary comes from a personal self-tracking app (Fibro Desktop). It is "
               "what I noted myself; it is not a diagnosis and the app is not a medical device.")


def build_report(db, options: ReportOptions, now: datetime,
                 progress: Progress | None = None, content_width: float = 650) -> QTextDocument:
    """The whole report as one document (for the screen and checks; the PDF
    is paginated from :func:`build_content`'s blocks)."""
    return build_content(db, options, now, progress, content_width).document()


#: Logical dots per inch of the document layout (the screen's reference);
#: the painter scales it up to the PDF's resolution.
LAYOUT_DPI = 96
#: Height kept at the foot of each page for its number, in layout pixels.
FOOTER_PX = 36


def write_report_pdf(db, path: Path, options: ReportOptions, now: datetime,
                     progress: Progress | None = None) -> Path:
    """Build the report and write it to ``path`` as a PDF; returns the path.

    Pages are laid out and numbered here (rather than by
    ``QTextDocument.print_``) so the text fills the page width at any
    resolution and each page carries "page N of M". Raises
    :class:`ReportNotWritten` when the PDF cannot be written completely (a
    full disk, a place that cannot be written to); nothing is left at
    ``path`` then. The file is owner-only, whatever the umask.
    """
    path = Path(path)
    # Written beside the target and moved into place only when complete, so
    # a full disk never leaves a 0-byte "report" behind. Created owner-only
    # first: QPdfWriter keeps the mode of the file it opens, whatever the umask.
    partial = path.with_name(path.name + ".partial")
    try:
        files.create_private_file(partial)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    try:
        _write_pdf(db, partial, options, now, progress)
        if not _is_complete_pdf(partial):
            raise _not_written(path)
        try:
            os.replace(partial, path)
        except OSError as exc:
            raise _not_written(path, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(path)
    if progress:
        progress(100, _tr("Done"))
    return path


class ReportNotWritten(OSError):
    """The PDF could not be written; ``strerror`` says why in plain words
    (``errno`` is ENOSPC for a full disk, EACCES for a place that cannot
    be written to, EIO otherwise)."""


#: Less free space than this after a failed write: the disk is full.
_NEARLY_FULL_BYTES = 1024 * 1024


def _not_written(path: Path, cause: BaseException | None = None) -> ReportNotWritten:
    kind = write_failure(cause) if cause is not None else None
    folder = path.parent
    if kind is None and (not folder.is_dir() or not files.folder_is_writable(folder)):
        kind = READ_ONLY
    if kind is None:
        try:
            if shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES:
                kind = DISK_FULL
        except OSError:
            pass
    if kind == DISK_FULL:
        return ReportNotWritten(errno.ENOSPC, _tr("the disk is full"), str(path))
    if kind == READ_ONLY:
        return ReportNotWritten(errno.EACCES, _tr("that place cannot be written to"), str(path))
    if path.is_dir():
        return ReportNotWritten(errno.EISDIR, _tr("that name is a folder"), str(path))
    return ReportNotWritten(errno.EIO, _tr("the file could not be written"), str(path))


def _is_complete_pdf(path: Path) -> bool:
    """Did the whole PDF reach the disk (not empty, ends with its ``%%EOF`` mark)?"""
    try:
        size = path.stat().st_size
        if size == 0:
            return False
        with open(path, "rb") as handle:
            handle.seek(max(0, size - 1024))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


def _write_pdf(db, path: Path, options: ReportOptions, now: datetime, progress: Progress | None) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setTitle(_tr("Spasm record for my provider"))
    writer.setCreator("Fibro Desktop")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(options.page_size, QPageSize.PageSizeId.A4)),
                                     QPageLayout.Orientation.Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout.Unit.Millimeter))
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = writer.resolution() / LAYOUT_DPI
    width, height = paint.width() / scale, paint.height() / scale
    content = build_content(db, options, now, progress, content_width=width)
    if progress:
        progress(85, _tr("Writing the PDF…"))
    font = QFont()
    painter = QPainter()
    if not painter.begin(writer):  # the file could not be opened for writing
        raise _not_written(path.with_name(path.name.removesuffix(".partial")))

    def footer(index: int, count: int) -> None:
        foot = QFont(font)
        foot.setPixelSize(11)  # layout pixels; the painter is already scaled
        painter.setFont(foot)
        painter.drawText(QRectF(0, height - FOOTER_PX + 12, width, FOOTER_PX - 12),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         fill(_tr("Fibro Desktop, self-tracked record · page %1 of %2"), index + 1, count))

    try:
        painter.scale(scale, scale)
        draw_pages(painter, content, width, height - FOOTER_PX, font, writer.newPage, footer)
    finally:
        painter.end()
