"""Pattern charts: when (weekday by hour heat map), where (muscle groups on
the body-map figure and as bars) and which kinds (shares)."""

from __future__ import annotations

import logging

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QWidget

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.series import shares
from fibro_desktop.ui.charts.base import ChartCard, base_color, color, style_plot, text_color
from fibro_desktop.ui.charts.wording import kind_label, muscle_label, number
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")

log = logging.getLogger(__name__)


class WhenCard(ChartCard):
    """Spasms by weekday (rows) and local hour (columns), darker = more."""

    def __init__(self, parent=None):
        super().__init__("when", _tr("When spasms happen"), _tr(
            "Each square is one hour of one weekday; the darker it is, the more spasms started then."), parent)
        self.plot = self.graphics.addPlot(row=0, col=0, enableMenu=False)
        style_plot(self.plot)
        self.plot.showGrid(x=False, y=False)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.plot.invertY(True)
        locale = QLocale()
        self._weekdays = [locale.dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]
        self.plot.getAxis("left").setTicks([[(i + 0.5, name) for i, name in enumerate(self._weekdays)]])
        self.plot.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)]])
        self.plot.setLabel("bottom", _tr("Hour of the day"), color=text_color())
        self.plot.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)
        self._counts = [[0] * 24 for _ in range(7)]
        self.set_hover(self.plot, lambda x: "")
        self.graphics.scene().sigMouseMoved.connect(self._hover_cell)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """One row per weekday, one column per hour (the squares of the chart)."""
        return ([_tr("Day"), *(f"{h:02d}" for h in range(24))],
                [[name, *(str(n) for n in self._counts[i])] for i, name in enumerate(self._weekdays)])

    def _lookup(self):
        light, dark = base_color(), color("main")
        return pg.ColorMap([0.0, 1.0], [pg.mkColor(light), pg.mkColor(dark)]).getLookupTable(nPts=64)

    def update_data(self, data: ChartData) -> None:
        self._counts = data.when
        total = sum(map(sum, data.when))
        if total == 0:
            self.show_empty(_tr("No spasms logged in this period."))
            return
        import numpy as np

        grid = np.array(data.when, dtype=float).T  # ImageItem: first axis is x (hours)
        self.image.setImage(grid, levels=(0, max(1.0, grid.max())), lut=self._lookup(), autoLevels=False)
        self.image.setRect(0, 0, 24, 7)
        self.show_chart()

    def _hover_cell(self, pos) -> None:
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        point = self.plot.vb.mapSceneToView(pos)
        hour, weekday = int(point.x()), int(point.y())
        if 0 <= hour < 24 and 0 <= weekday < 7:
            self.hover_label.setText(_tr("%1, %2:00–%3:00: %n spasms", self._weekdays[weekday], f"{hour:02d}",
                                         f"{(hour + 1) % 24:02d}", n=int(self._counts[weekday][hour]),
                                         one="%1, %2:00–%3:00: %n spasm"))


def _horizontal_bars(plot: pg.PlotItem, labels: list[str], values: list[float], brush: str) -> None:
    """Bars from the left, one per label (top to bottom); the axis is made
    wide enough for the longest label."""
    plot.clear()
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(plot.getAxis("left").style.get("tickFont") or QFont())
    plot.getAxis("left").setWidth(max((metrics.horizontalAdvance(t) for t in labels), default=40) + 16)
    ys = list(range(len(values)))
    plot.addItem(pg.BarGraphItem(x0=[0] * len(values), y=ys, width=values, height=0.7, brush=brush,
                                 pen=pg.mkPen(None)))
    plot.getAxis("left").setTicks([[(y, label) for y, label in zip(ys, labels)]])
    plot.setYRange(-0.6, len(values) - 0.4, padding=0)
    plot.setXRange(0, max(values) * 1.05 if values else 1, padding=0)


class WhereCard(ChartCard):
    """How often each muscle group was involved: the body-map figure as a
    heat map (when the body-map widget is available) and exact bars."""

    def __init__(self, parent=None):
        super().__init__("where", _tr("Where spasms happen"), _tr(
            "How often each muscle group was involved. One spasm can involve several groups."), parent)
        self.plot = self.graphics.addPlot(row=0, col=0, enableMenu=False)
        style_plot(self.plot)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.graphics.setMinimumHeight(320)
        self.body_map = self._make_body_map()
        if self.body_map is not None:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            self.stack.removeWidget(self.graphics)
            row.addWidget(self.body_map, 2)
            row.addWidget(self.graphics, 3)
            self.graphics.show()  # the stack hid it when it was taken out
            self.stack.insertWidget(0, holder)
            self._holder = holder
        self._rows: list[tuple[tuple[str, str | None], int]] = []

    @staticmethod
    def _make_body_map():
        """The shared body-map figure in heat-map mode, or ``None`` when that
        widget is not part of this build (bars alone still give the numbers)."""
        try:
            from fibro_desktop.ui.body_map import BodyMapWidget
        except ImportError:
            return None
        try:
            widget = BodyMapWidget()
            widget.set_interactive(False)  # a picture of the counts, not a picker
            widget.setAccessibleName(_tr("Body map of where spasms happen"))
            return widget
        except Exception:  # a figure problem must not hide the bars
            log.exception("The body map could not be shown on the Charts tab")
            return None

    def _show_drawing(self) -> None:
        self.stack.setCurrentWidget(self._holder if self.body_map is not None else self.graphics)

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() not in (self.empty_label, self.table)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        return [_tr("Muscle group"), _tr("Spasms")], [[muscle_label(m, s), str(n)] for (m, s), n in self._rows]

    def update_data(self, data: ChartData) -> None:
        if not data.muscles:
            self.show_empty(_tr("No muscle groups noted in this period. When you tap where a spasm is, "
                               "it appears here."))
            return
        top = sorted(data.muscles.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or ""))[:14]
        self._rows = top
        labels = [f"{muscle_label(m, s)} ({n})" for (m, s), n in top]
        _horizontal_bars(self.plot, labels, [n for _, n in top], color("main"))
        if self.body_map is not None:
            # A spasm on both sides counts for each side of the figure.
            regions: dict = {}
            for (muscle, side), n in data.muscles.items():
                for one in (("left", "right") if side == "both" else (side,)):
                    regions[(muscle, one)] = regions.get((muscle, one), 0) + n
            peak = max(regions.values())
            self.body_map.set_heat({spot: n / peak for spot, n in regions.items()},
                                   {spot: _tr("%n spasms", n=n, one="%n spasm")
                                    for spot, n in regions.items()})
        self.show_chart()


class KindsCard(ChartCard):
    """Kinds of spasm as shares of all spasms in the period."""

    def __init__(self, parent=None):
        super().__init__("kinds", _tr("Kinds of spasm"), _tr("Each kind's share of the spasms in this period."),
                         parent)
        self.plot = self.graphics.addPlot(row=0, col=0, enableMenu=False)
        style_plot(self.plot)
        self.plot.invertY(True)
        self.graphics.setMinimumHeight(80)
        self._rows: list = []

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        return ([_tr("Kind"), _tr("Spasms"), _tr("Share (%)")],
                [[kind_label(k), str(n), number(share * 100, 0)] for k, n, share in self._rows])

    def update_data(self, data: ChartData) -> None:
        rows = shares(data.kinds)
        if not rows:
            self.show_empty(_tr("No spasms logged in this period."))
            return
        self._rows = rows
        labels = [f"{kind_label(k)} {number(share * 100, 0)}% ({n})" for k, n, share in rows]
        _horizontal_bars(self.plot, labels, [share * 100 for _, _, share in rows], color("third"))
        self.graphics.setFixedHeight(50 + 30 * len(rows))
        self.show_chart()
