"""The provider report: a PDF summary of a period, readable on A4 and Letter.

Built as HTML in a ``QTextDocument`` (tables, headings, chart images) and
printed with ``QPdfWriter``; Qt paginates and numbers the pages. Works
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

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.difference import default_periods
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import weekly_means, weekly_summaries, weekly_totals
from fibro_desktop.core.insights.stats import mean, median
from fibro_desktop.core.insights.summary import insights_for
from fibro_desktop.core.instants import local_day
from fibro_desktop.store import files
from fibro_desktop.store.charts_data import load_chart_data, medication_summaries, recorded_range
from fibro_desktop.store.errors import DISK_FULL, READ_ONLY, write_failure
from fibro_desktop.store.red_flags import red_flags_between
from fibro_desktop.ui.charts.insight_text import difference_html, groups_html, reliefs_html, triggers_html
from fibro_desktop.ui.charts.report_images import time_chart
from fibro_desktop.ui.charts.wording import count_text, day_text, kind_label, minutes_text, muscle_label, number
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")

INK_HEX = "#1E2A2E"
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ReportOptions:
    period: Period
    page_size: str = "a4"  # "a4" or "letter"
    note: str = ""  # the person's own note for the provider


def _fill(text: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def _table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th align='left' bgcolor='#EFEBE4'>{escape(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr>{h}</tr>{body}</table>"


def _summary_rows(data: ChartData) -> list[list[str]]:
    intensities = [e[1] for e in data.episodes]
    durations = [e[2] for e in data.episodes if e[2] is not None]
    recoveries = [e[3] for e in data.episodes if e[3] is not None]
    days_with = sum(1 for n in data.episodes_per_day.values() if n)
    return [
        [_tr("Spasms logged"), str(data.episode_total)],
        [_tr("Days with at least one spasm"),
         _fill(count_text(data.period.days, _tr("%1 of %n day"), _tr("%1 of %n days")), days_with)],
        [_tr("Spasms per week (average)"), number(data.episode_total * 7 / data.period.days)],
        [_tr("Typical intensity (median, 0–10)"), number(median(intensities))],
        [_tr("Worst intensity (0–10)"), number(max(intensities) if intensities else None)],
        [_tr("Typical length (median)"), minutes_text(median(durations))],
        [_tr("Typical recovery time (median)"), minutes_text(median(recoveries))],
        [_tr("Daily check-ins"), str(len(data.checkins))],
    ]


def _checkin_rows(data: ChartData) -> list[list[str]]:
    names = [(2, _tr("Hours of sleep")), (1, _tr("Sleep quality (0–10, 10 = slept well)")),
             (3, _tr("Mood (0–10, 10 = good)")),
             (4, _tr("Energy (0–10, 10 = lots)")), (5, _tr("Mobility (0–10, 10 = moves freely)")),
             (6, _tr("Overall pain (0–10, 10 = worst)"))]
    rows = []
    for index, name in names:
        values = [r[index] for r in data.checkins if r[index] is not None]
        rows.append([name, number(mean(values)), str(len(values))])
    return rows


#: Up to this many days the report's charts show days, beyond it weeks.
REPORT_DAILY_DAYS = 31


def _images(doc: QTextDocument, data: ChartData, width: int) -> list[str]:
    """Add the chart images to ``doc`` (per day for a short period, per week
    otherwise); returns their HTML."""
    period = data.period
    html = []
    if period.days <= REPORT_DAILY_DAYS:
        days = period.each_day()
        counts = [data.episodes_per_day.get(d, 0) for d in days]
        checkin_values = {r[0]: r for r in data.checkins}
        spasm_title = _tr("Spasms per day")
        lines = []

        def checkin_series(index):
            return [checkin_values[d][index] if d in checkin_values else None for d in days]
        checkin_title = _tr("Check-ins per day (0–10, 10 is best)")
    else:
        weeks = weekly_totals(period, data.episodes_per_day)
        days = [w for w, _, _ in weeks]
        counts = [t for _, t, _ in weeks]
        summaries = data.weeks if data.weeks is not None else weekly_summaries(period, data.episodes)
        spasm_title = _tr("Spasms per week (bars) and typical intensity (line)")
        lines = [(_tr("typical intensity"), [s.median_intensity for s in summaries])]

        def checkin_series(index):
            means = weekly_means(period, ((r[0], r[index]) for r in data.checkins))
            return [means.get(d) for d in days]
        checkin_title = _tr("Check-ins per week (averages, 0–10, 10 is best)")
    spasms = time_chart(days, counts, lines, title=spasm_title)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://spasms"), spasms)
    html.append(f"<p><img src='chart://spasms' width='{width}'></p>")
    if data.checkins:
        series = [(label, checkin_series(index))
                  for index, label in ((1, _tr("sleep quality")), (3, _tr("mood")), (5, _tr("mobility")))]
        checkins = time_chart(days, None, series, y_max=10, title=checkin_title)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://checkins"), checkins)
        html.append(f"<p><img src='chart://checkins' width='{width}'></p>")
    return html


def build_report(db, options: ReportOptions, now: datetime,
                 progress: Progress | None = None, content_width: float = 650) -> QTextDocument:
    """The report document for ``options.period`` (``now`` is the moment it
    is made); charts are ``content_width`` layout pixels wide."""
    step = progress or (lambda _value, _text: None)
    period = options.period
    step(10, _tr("Reading your records…"))
    data = load_chart_data(db, period)
    found = recorded_range(db)
    baseline = recent = None
    if found:
        pair = default_periods(found[0], period.last)
        if pair:
            baseline, recent = (load_chart_data(db, p) for p in pair)
    step(30, _tr("Working out the insights…"))
    insights = insights_for(data, baseline, recent)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    # Paper is white whatever the screen theme: never inherit the palette's
    # (possibly light) text colour.
    doc.setDefaultStyleSheet(f"body, p, td, th, h1, h2, h3, i, b, small {{ color: {INK_HEX}; }}")
    font = doc.defaultFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    parts = [f"<h1>{escape(_tr('Spasm record for my provider'))}</h1>",
             "<p>" + escape(_fill(_tr("Period: %1 to %2 (%3). Made on %4."), day_text(period.first, True),
                                  day_text(period.last, True), count_text(period.days, _tr("%n day"), _tr("%n days")),
                                  day_text(local_day(now), True))) + "</p>",
             "<p><i>" + escape(_tr(
                 "This summary comes from a personal self-tracking app (Fibro Desktop). It is what I noted "
                 "myself; it is not a diagnosis and the app is not a medical device.")) + "</i></p>"]
    if options.note.strip():
        parts.append(f"<h2>{escape(_tr('My notes for you'))}</h2>")
        parts.append("<p>" + escape(options.note.strip()).replace("\n", "<br>") + "</p>")
    parts.append(f"<h2>{escape(_tr('Summary'))}</h2>")
    parts.append(_table([_tr("Measure"), _tr("Value")], _summary_rows(data)))
    step(50, _tr("Drawing the charts…"))
    parts.append(f"<h2>{escape(_tr('Charts'))}</h2>")
    parts.extend(_images(doc, data, int(content_width)))
    kinds = sorted(data.kinds.items(), key=lambda kv: -kv[1])
    if kinds:
        parts.append(f"<h2>{escape(_tr('Kinds and places'))}</h2>")
        parts.append(_table([_tr("Kind of spasm"), _tr("Count")], [[kind_label(k), str(n)] for k, n in kinds]))
        places = sorted(data.muscles.items(), key=lambda kv: -kv[1])[:10]
        parts.append("<p></p>" + _table([_tr("Muscle group"), _tr("Count")],
                                        [[muscle_label(m, s), str(n)] for (m, s), n in places]))
    step(70, _tr("Writing the tables…"))
    parts.append(f"<h2>{escape(_tr('Measuring the difference'))}</h2>{difference_html(insights)}")
    parts.append(f"<h2>{escape(_tr('Possible triggers'))}</h2>{triggers_html(insights, limit=6)}")
    parts.append(f"<h2>{escape(_tr('What helped'))}</h2>{reliefs_html(insights, limit=8)}")
    groups = groups_html(insights)
    if groups:
        parts.append(f"<h2>{escape(_tr('Pacing and relaxation'))}</h2>{groups}")
    flags = red_flags_between(db, period.first, period.last)
    parts.append(f"<h2>{escape(_tr('Warning signs noticed'))}</h2>")
    if flags:
        parts.append(_table([_tr("Day"), _tr("What was noticed")], [[day_text(f.day), f.detail] for f in flags]))
    else:
        parts.append("<p>" + escape(_tr("None in this period.")) + "</p>")
    meds = medication_summaries(db, period)
    parts.append(f"<h2>{escape(_tr('Medications and supplements'))}</h2>")
    if meds:
        rows = [[m.name, m.usual_amount, count_text(m.days_taken, _tr("%n day"), _tr("%n days")), str(m.doses_skipped),
                 f"{day_text(m.first_day)} – {day_text(m.last_day)}" if m.first_day else "–",
                 _fill(_tr("helped %1, a little %2, not %3"), m.helped, m.helped_a_little, m.did_not_help),
                 ", ".join(m.side_effects) or "–"] for m in meds]
        parts.append(_table([_tr("Name"), _tr("Usual amount"), _tr("Taken on"), _tr("Skipped"), _tr("First – last"),
                             _tr("How it went"), _tr("Side effects noted")], rows))
    else:
        parts.append("<p>" + escape(_tr("None logged in this period.")) + "</p>")
    parts.append(f"<h2>{escape(_tr('Check-in averages'))}</h2>")
    parts.append(_table([_tr("Check-in"), _tr("Average"), _tr("Days")], _checkin_rows(data)))
    doc.setHtml("".join(parts))
    return doc


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
        return ReportNotWritten(errno.ENOSPC, "the disk is full", str(path))
    if kind == READ_ONLY:
        return ReportNotWritten(errno.EACCES, "that place cannot be written to", str(path))
    if path.is_dir():
        return ReportNotWritten(errno.EISDIR, "that name is a folder", str(path))
    return ReportNotWritten(errno.EIO, "the file could not be written", str(path))


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
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QPainter, QPdfWriter

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
    doc = build_report(db, options, now, progress, content_width=width)
    if progress:
        progress(85, _tr("Writing the PDF…"))
    doc.setPageSize(QSizeF(width, height - FOOTER_PX))
    pages = doc.pageCount()
    page_height = height - FOOTER_PX
    painter = QPainter()
    if not painter.begin(writer):  # the file could not be opened for writing
        raise _not_written(path.with_name(path.name.removesuffix(".partial")))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * page_height)
            doc.drawContents(painter, QRectF(0, index * page_height, width, page_height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            font = doc.defaultFont()
            font.setPixelSize(11)  # layout pixels; the painter is already scaled
            painter.setFont(font)
            painter.drawText(QRectF(0, height - FOOTER_PX + 12, width, FOOTER_PX - 12),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             _fill(_tr("Fibro Desktop, self-tracked record · page %1 of %2"), index + 1, pages))
            painter.restore()
    finally:
        painter.end()
