"""Simple charts for the provider report, painted with QPainter into images.

No pyqtgraph (the report command runs without a window); printed on white,
so fixed dark-on-white colours are right here, whatever the screen theme.

Bars may be ``None``: a day or week without any record, drawn as a hatched
gap (never as zero). Bars marked *partial* rest on fewer days and are drawn
pale and outlined. Lines on a 0–10 scale (intensity) get their own axis on
the right, so they never read as spasm counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from fibro_desktop.ui import formats

INK = QColor("#1E2A2E")
GRID = QColor("#D5D9DA")
BAR = QColor("#9FC7C2")
PALE_BAR = QColor("#D6E8E5")
GAP = QColor("#8E989A")
GAP_FILL = QColor("#F0F1F1")
LINES = [QColor("#2A716B"), QColor("#B4562B"), QColor("#4B5FA8"), QColor("#7A5A99")]


def time_chart(days: Sequence[date], bars: Sequence[float | None] | None,
               lines: Sequence[tuple[str, Sequence[float | None]]], y_max: float | None = None, width: int = 1600,
               height: int = 600, title: str = "", *, partial: Sequence[bool] = (),
               right_lines: Sequence[tuple[str, Sequence[float | None]]] = (), right_max: float = 10,
               right_title: str = "", notes: Sequence[tuple[str, str]] = (), bar_label: str = "") -> QImage:
    """A chart of values over ``days``: optional bars (``None`` = no record:
    a hatched gap; ``partial[i]``: pale) and labelled lines (``None`` = gap)
    on the left axis, ``right_lines`` on their own right axis from 0 to
    ``right_max`` titled ``right_title``; ``bar_label`` names the bars in
    the legend; ``title`` and the legend (with
    ``notes``: ``("gap" or "pale", words)`` explaining those marks) are drawn in the image, so a page
    break can never separate a chart from them. The x axis shows the first,
    middle and last dates."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(26)
    title_h = 0
    if title:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(30)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QRectF(0, 0, width, 44), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        title_h = 50
    p.setFont(font)
    legend_y = title_h + 30
    legend_rows = (1 if lines or right_lines or bar_label else 0) + (1 if notes else 0)
    left, right, top, bottom = 80, 90 if right_lines else 30, title_h + 20 + 40 * legend_rows, 60
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    values = [v for _, series in lines for v in series if v is not None] + [v for v in bars or [] if v is not None]
    peak = y_max if y_max is not None else max([1.0, *values]) * 1.05
    if y_max is None and peak > 4:
        peak = math.ceil(peak / 4) * 4  # whole-number grid lines
    n = max(len(days), 1)
    step = plot.width() / n

    def x_at(i: int) -> float:
        return plot.left() + step * (i + 0.5)

    def y_at(v: float) -> float:
        return plot.bottom() - plot.height() * (v / peak)

    p.setPen(QPen(GRID, 1))
    for k in range(5):
        v = peak * k / 4
        p.drawLine(QPointF(plot.left(), y_at(v)), QPointF(plot.right(), y_at(v)))
        p.setPen(INK)
        p.drawText(QRectF(0, y_at(v) - 16, left - 10, 32), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   formats.number(v, 1))  # 2.5 (2,5 in German), never "2"
        p.setPen(QPen(GRID, 1))
    if bars:
        for i, v in enumerate(bars):
            if v is None:  # no record: a hatched gap, not a zero
                p.setPen(Qt.PenStyle.NoPen)
                p.fillRect(QRectF(x_at(i) - step * 0.5, plot.top(), step, plot.height()), GAP_FILL)
                p.setBrush(QBrush(GAP, Qt.BrushStyle.BDiagPattern))
                p.drawRect(QRectF(x_at(i) - step * 0.5, plot.top(), step, plot.height()))
            elif v == 0:  # tracked, no spasm: a mark on the axis, so it never looks like a gap
                p.setPen(QPen(BAR.darker(130), 6))
                p.drawLine(QPointF(x_at(i) - step * 0.3, plot.bottom() - 3), QPointF(x_at(i) + step * 0.3,
                                                                                      plot.bottom() - 3))
            elif v:
                pale = i < len(partial) and partial[i]
                p.setPen(QPen(BAR.darker(130), 2) if pale else Qt.PenStyle.NoPen)
                p.setBrush(PALE_BAR if pale else BAR)
                p.drawRect(QRectF(x_at(i) - step * 0.4, y_at(v), step * 0.8, plot.bottom() - y_at(v)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    if right_lines:
        p.setPen(INK)
        for k in range(3):
            v = right_max * k / 2
            y = plot.bottom() - plot.height() * v / right_max
            p.drawText(QRectF(plot.right() + 10, y - 16, right - 10, 32),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, formats.number(round(v), 0))
        p.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()))
    legend_x = plot.left()
    if bar_label:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAR)
        p.drawRect(QRectF(legend_x, legend_y - 12, 40, 24))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(INK)
        p.drawText(QPointF(legend_x + 48, legend_y + 9), bar_label)
        legend_x += 60 + p.fontMetrics().horizontalAdvance(bar_label) + 30
    scaled = [(label, series, colour, y_at) for (label, series), colour in zip(lines, LINES)]
    scaled += [(label, series, colour, lambda v: plot.bottom() - plot.height() * (v / right_max))
               for (label, series), colour in zip(right_lines, LINES[len(lines):])]
    for label, series, colour, y_of in scaled:
        p.setPen(QPen(colour, 4))
        previous = None
        for i, v in enumerate(series):
            point = None if v is None else QPointF(x_at(i), y_of(v))
            if point is not None and previous is not None:
                p.drawLine(previous, point)
            elif point is not None:
                p.drawEllipse(point, 3, 3)  # a lone value stays visible
            previous = point
        if label:
            p.drawLine(QPointF(legend_x, legend_y), QPointF(legend_x + 40, legend_y))
            p.setPen(INK)
            p.drawText(QPointF(legend_x + 48, legend_y + 9), label)
            legend_x += 60 + p.fontMetrics().horizontalAdvance(label) + 30
    if right_title:  # on the legend's row, right-aligned over the right axis
        p.setPen(INK)
        p.drawText(QRectF(plot.right() - 700, legend_y - 16, 700 + right, 32),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_title)
    note_y = legend_y + (40 if lines or right_lines or bar_label else 0)
    note_x = plot.left()
    for style, note in notes:
        if style == "gap":
            p.setPen(Qt.PenStyle.NoPen)
            p.fillRect(QRectF(note_x, note_y - 12, 40, 24), GAP_FILL)
            p.setBrush(QBrush(GAP, Qt.BrushStyle.BDiagPattern))
        else:
            p.setPen(QPen(BAR.darker(130), 2))
            p.setBrush(PALE_BAR)
        p.drawRect(QRectF(note_x, note_y - 12, 40, 24))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(INK)
        p.drawText(QPointF(note_x + 48, note_y + 9), note)
        note_x += 60 + p.fontMetrics().horizontalAdvance(note) + 30
    p.setPen(INK)
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    if days:
        for i, align in ((0, Qt.AlignmentFlag.AlignLeft), (len(days) // 2, Qt.AlignmentFlag.AlignHCenter),
                         (len(days) - 1, Qt.AlignmentFlag.AlignRight)):
            box = QRectF(x_at(i) - 150, plot.bottom() + 8, 300, 40)
            if align == Qt.AlignmentFlag.AlignLeft:
                box.moveLeft(plot.left())
            elif align == Qt.AlignmentFlag.AlignRight:
                box.moveRight(plot.right())
            p.drawText(box, align | Qt.AlignmentFlag.AlignTop, formats.short_date(days[i]))
    p.end()
    return image
