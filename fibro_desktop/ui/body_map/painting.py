"""Painting the body map: figures, state colours, focus ring, labels, legend.

The silhouette outline is the costliest part to draw (stroking ~900 path
elements with antialiasing took about 4 of 7 ms per paint), and it only
changes with the size or the palette, so it is drawn once into a
transparent pixmap and blitted on top of the region fills.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPen, QPixmap, QTransform

from fibro_desktop.core.body_regions import BACK, FRONT, RegionKey
from fibro_desktop.ui.body_map import geometry as geo
from fibro_desktop.ui.body_map.colors import MapColors

LEGEND_H = 16.0  # extra canvas rows under the figures for the heat legend


def _cosmetic_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)  # same thickness in pixels at every size
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class OutlineLayer:
    """Both silhouettes' outlines, rendered once per size and colour."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._pixmap = QPixmap()

    def pixmap(self, size: QSize, ratio: float, transform: QTransform, color: QColor) -> QPixmap:
        key = (size.width(), size.height(), ratio, transform.m11(), transform.dx(), transform.dy(), color.rgba())
        if key != self._key:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(transform)
            painter.setPen(_cosmetic_pen(color, 1.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for view in geo.figure_geometry().values():
                painter.drawPath(view.silhouette)
            painter.end()
            self._key, self._pixmap = key, pixmap
        return self._pixmap


def paint_figures(painter: QPainter, transform: QTransform, colors: MapColors,
                  fill_for: Callable[[RegionKey], QColor], ring: RegionKey | None, outline: QPixmap) -> None:
    """Silhouettes, regions in their state colours, outline, focus ring."""
    painter.setTransform(transform)
    separator = _cosmetic_pen(colors.background, 1.6)  # a gap between neighbours
    for view in geo.figure_geometry().values():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.body)
        painter.drawPath(view.silhouette)
        painter.setPen(separator)
        for key, path in view.regions.items():
            painter.setBrush(fill_for(key))
            painter.drawPath(path)
    painter.resetTransform()
    painter.drawPixmap(0, 0, outline)
    if ring is not None:
        painter.setTransform(transform)
        painter.setPen(_cosmetic_pen(colors.focus, 2.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for view in geo.figure_geometry().values():
            if ring in view.regions:
                painter.drawPath(view.regions[ring])
        painter.resetTransform()


def paint_labels(painter: QPainter, transform: QTransform, colors: MapColors, font: QFont,
                 titles: dict[str, str], sides: dict[str, tuple[str, str]]) -> None:
    """"Front"/"Back" above the figures, the person's sides under the feet.

    ``sides[view]`` is (text under the viewer's left foot, under the right).
    """
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.2)
    side_font = QFont(font)
    side_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    for view in (FRONT, BACK):
        origin = geo.FIGURE_ORIGIN[view]
        title_rect = transform.mapRect(QRectF(origin.x() - geo.FIGURE_W / 2, 0, geo.FIGURE_W, geo.TITLE_H))
        painter.setFont(title_font)
        painter.setPen(colors.text)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, titles[view])
        painter.setFont(side_font)
        painter.setPen(colors.muted)
        for direction, text in zip((-1, 1), sides[view]):
            centre = transform.map(QPointF(origin.x() + direction * 14,
                                           geo.TITLE_H + geo.FIGURE_H + geo.FOOTER_H / 2))
            painter.drawText(QRectF(centre.x() - 80, centre.y() - 20, 160, 40), Qt.AlignmentFlag.AlignCenter, text)


def paint_legend(painter: QPainter, transform: QTransform, colors: MapColors, less: str, more: str) -> None:
    """The heat ramp under the figures, from ``less`` to ``more``."""
    top = geo.CANVAS_H
    bar = transform.mapRect(QRectF(geo.CANVAS_W / 2 - 30, top + 5, 60, LEGEND_H - 9))
    gradient = QLinearGradient(bar.topLeft(), bar.topRight())
    gradient.setColorAt(0, colors.heat(0.01))
    gradient.setColorAt(1, colors.heat(1.0))
    painter.setPen(QPen(colors.outline, 1))
    painter.setBrush(gradient)
    painter.drawRoundedRect(bar, 3, 3)
    painter.setPen(colors.muted)
    row = transform.mapRect(QRectF(0, top + 2, geo.CANVAS_W, LEGEND_H - 3))
    painter.drawText(QRectF(row.left(), row.top(), bar.left() - row.left() - 8, row.height()),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, less)
    painter.drawText(QRectF(bar.right() + 8, row.top(), row.right() - bar.right() - 8, row.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
