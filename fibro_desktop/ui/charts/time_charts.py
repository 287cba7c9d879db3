"""Charts over time: spasms per day or week (with medications as markers),
intensity/duration/recovery, check-ins beside spasms, pacing, relaxation.

Each card creates its plot items once and updates them with ``setData``
(pyqtgraph's advice for fast redraws). Periods longer than
:data:`~fibro_desktop.core.insights.series.DAILY_LIMIT_DAYS` are drawn per week.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.series import (
    DAILY_LIMIT_DAYS,
    daily_counts,
    weekly_means,
    weekly_summaries,
    weekly_totals,
)
from fibro_desktop.ui.charts.base import (
    LEFT_AXIS_WIDTH,
    ChartCard,
    add_legend,
    color,
    nearest_index,
    stamp,
    style_plot,
)
from fibro_desktop.ui.charts.wording import day_text, minutes_text, number, tr

DAY_S = 86400.0


def _date_plot(card: ChartCard, row: int, left_label: str) -> pg.PlotItem:
    plot = card.graphics.addPlot(row=row, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
    style_plot(plot, left_label)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
    return plot


def _bars(width: float, brush: str) -> pg.BarGraphItem:
    return pg.BarGraphItem(x=[], height=[], width=width, brush=brush, pen=pg.mkPen(None))


class SpasmsCard(ChartCard):
    """Spasms per day (per week for long periods), the 7-day average, and
    doses of each medication or supplement as markers in a strip below."""

    def __init__(self, parent=None):
        super().__init__("spasms", tr("Spasms over time"), tr(
            "How many spasms you logged, with a 7-day average. Medications and supplements you took are "
            "marked in the strip below."), parent)
        self.plot = _date_plot(self, 0, tr("Spasms"))
        self.bars = _bars(DAY_S * 0.8, color("soft"))
        self.plot.addItem(self.bars)
        self.line = self.plot.plot([], [], pen=pg.mkPen(color("main"), width=2.5))
        self.markers_plot = _date_plot(self, 1, "")
        self.markers_plot.setMaximumHeight(90)
        self.markers_plot.setXLink(self.plot)
        self.markers_plot.showGrid(x=False, y=False)
        self.markers_plot.getAxis("bottom").setStyle(showValues=False)
        self.markers = pg.ScatterPlotItem(symbol="s", size=5, pen=pg.mkPen(None), brush=color("second"))
        self.markers_plot.addItem(self.markers)
        self._xs: list[float] = []
        self._texts: list[str] = []
        self.set_hover(self.plot, self._describe)

    def update_data(self, data: ChartData) -> None:
        if not data.episodes_per_day and not data.doses:
            self.show_empty(tr("No spasms logged in this period. When you log them in the Journal, "
                               "they appear here."))
            return
        period = data.period
        if period.days > DAILY_LIMIT_DAYS:
            weeks = weekly_totals(period, data.episodes_per_day)
            xs = [stamp(w) + 3 * DAY_S for w, _, _ in weeks]
            heights = [t for _, t, _ in weeks]
            avg = [t * 7 / max(n, 1) for _, t, n in weeks]
            self.bars.setOpts(x=xs, height=heights, width=DAY_S * 6)
            self.line.setData(xs, avg)
            self.plot.setLabel("left", tr("Spasms per week"))
            self._texts = [tr("Week of %1: %2 spasms").replace("%1", day_text(w)).replace("%2", number(t))
                           for w, t, _ in weeks]
        else:
            counts = daily_counts(period, data.episodes_per_day)
            xs = [stamp(d) for d in counts.days]
            self.bars.setOpts(x=xs, height=list(counts.counts), width=DAY_S * 0.8)
            self.line.setData(xs, list(counts.average))
            self.plot.setLabel("left", tr("Spasms per day"))
            self._texts = [tr("%1: %2 spasms, 7-day average %3").replace("%1", day_text(d)).replace(
                "%2", str(c)).replace("%3", number(a)) for d, c, a in zip(counts.days, counts.counts, counts.average)]
        self._xs = xs
        names = sorted({d.name for d in data.doses})
        row_of = {n: i for i, n in enumerate(names)}
        self.markers.setData([stamp(d.day) for d in data.doses], [row_of[d.name] for d in data.doses],
                             brush=color("second"))
        self.markers_plot.getAxis("left").setTicks([[(i, n if len(n) <= 10 else n[:9] + "…")
                                                     for n, i in row_of.items()]])
        self.markers_plot.setYRange(-0.6, max(len(names) - 0.4, 0.6), padding=0)
        self.markers_plot.setVisible(bool(names))
        self.plot.setXRange(stamp(period.first) - DAY_S, stamp(period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        return self._texts[i] if i is not None else ""


class IntensityCard(ChartCard):
    """Per week: median and worst intensity; median duration and recovery time."""

    def __init__(self, parent=None):
        super().__init__("intensity", tr("Intensity, length and recovery"), tr(
            "Each week's typical (median) and worst intensity, and how long spasms typically lasted and "
            "how long you took to recover."), parent)
        self.plot = _date_plot(self, 0, tr("Intensity 0–10"))
        add_legend(self.plot)
        self.median_line = self.plot.plot([], [], pen=pg.mkPen(color("main"), width=2.5), name=tr("typical"),
                                          symbol="o", symbolSize=5, symbolBrush=color("main"), symbolPen=None)
        self.worst_line = self.plot.plot([], [], pen=pg.mkPen(color("second"), width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
                                         name=tr("worst"))
        self.plot.setYRange(0, 10.5, padding=0)
        self.time_plot = _date_plot(self, 1, tr("Minutes"))
        self.time_plot.setXLink(self.plot)
        add_legend(self.time_plot)
        self.duration_line = self.time_plot.plot([], [], pen=pg.mkPen(color("third"), width=2), name=tr("length"))
        self.recovery_line = self.time_plot.plot([], [], pen=pg.mkPen(color("fourth"), width=2), name=tr("recovery"))
        self._xs: list[float] = []
        self._weeks = []
        self.set_hover(self.plot, self._describe)

    def update_data(self, data: ChartData) -> None:
        if not data.episodes:
            self.show_empty(tr("No spasms logged in this period, so there is nothing to measure yet."))
            return
        weeks = [w for w in weekly_summaries(data.period, data.episodes) if w.episodes]
        self._weeks = weeks
        self._xs = xs = [stamp(w.start) + 3 * DAY_S for w in weeks]
        self.median_line.setData(xs, [w.median_intensity for w in weeks])
        self.worst_line.setData(xs, [w.worst_intensity for w in weeks])
        dur = [(x, w.median_duration_s / 60) for x, w in zip(xs, weeks) if w.median_duration_s is not None]
        rec = [(x, w.median_recovery_s / 60) for x, w in zip(xs, weeks) if w.median_recovery_s is not None]
        self.duration_line.setData([p[0] for p in dur], [p[1] for p in dur])
        self.recovery_line.setData([p[0] for p in rec], [p[1] for p in rec])
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        w = self._weeks[i]
        return (tr("Week of %1: %2 spasms, typical intensity %3, worst %4, typical length %5, recovery %6")
                .replace("%1", day_text(w.start)).replace("%2", str(w.episodes))
                .replace("%3", number(w.median_intensity)).replace("%4", number(w.worst_intensity))
                .replace("%5", minutes_text(w.median_duration_s)).replace("%6", minutes_text(w.median_recovery_s)))


#: Check-ins vary a lot from day to day: beyond a month, weekly means read better.
CHECKIN_DAILY_LIMIT_DAYS = 31
CHECKIN_SERIES = (  # (index in CheckinValues, label, colour)
    (1, "Sleep quality", "main"), (3, "Mood", "second"), (4, "Energy", "third"), (5, "Mobility", "fourth"),
)


class CheckinsCard(ChartCard):
    """Sleep quality, mood, energy and mobility (0-10, weekly means for long
    periods) above the spasm count on the same time line."""

    def __init__(self, parent=None):
        super().__init__("checkins", tr("Sleep, mood, energy and mobility"), tr(
            "From your daily check-ins (10 is best), with your spasms below on the same dates."), parent)
        self.plot = _date_plot(self, 0, tr("Check-in 0–10"))
        add_legend(self.plot)
        self.lines = [self.plot.plot([], [], pen=pg.mkPen(color(c), width=2), name=tr(label), connect="finite")
                      for _, label, c in CHECKIN_SERIES]
        self.plot.setYRange(0, 10.5, padding=0)
        self.count_plot = _date_plot(self, 1, tr("Spasms"))
        self.count_plot.setXLink(self.plot)
        self.count_plot.setMaximumHeight(120)
        self.bars = _bars(DAY_S * 0.8, color("soft"))
        self.count_plot.addItem(self.bars)
        self._xs: list[float] = []
        self._rows: list = []
        self.set_hover(self.plot, self._describe)

    def update_data(self, data: ChartData) -> None:
        if not data.checkins:
            self.show_empty(tr("No check-ins in this period. A short daily check-in in the Journal lets you "
                               "see sleep, mood and energy beside your spasms."))
            return
        period = data.period
        nan = float("nan")
        if period.days > CHECKIN_DAILY_LIMIT_DAYS:
            series = [weekly_means(period, ((r[0], r[i]) for r in data.checkins)) for i, _, _ in CHECKIN_SERIES]
            keys = sorted(set().union(*series))
            xs = [stamp(k) + 3 * DAY_S for k in keys]
            for line, values in zip(self.lines, series):
                line.setData(xs, [values.get(k, nan) for k in keys])
            weeks = weekly_totals(period, data.episodes_per_day)
            self.bars.setOpts(x=[stamp(w) + 3 * DAY_S for w, _, _ in weeks], height=[t for _, t, _ in weeks],
                              width=DAY_S * 6)
            self._rows = [(k, [s.get(k) for s in series]) for k in keys]
        else:
            xs = [stamp(r[0]) for r in data.checkins]
            for line, (i, _, _) in zip(self.lines, CHECKIN_SERIES):
                line.setData(xs, [nan if r[i] is None else r[i] for r in data.checkins])
            days = period.each_day()
            self.bars.setOpts(x=[stamp(d) for d in days], height=[data.episodes_per_day.get(d, 0) for d in days],
                              width=DAY_S * 0.8)
            self._rows = [(r[0], [r[i] for i, _, _ in CHECKIN_SERIES]) for r in data.checkins]
        self._xs = xs
        self.plot.setXRange(stamp(period.first) - DAY_S, stamp(period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        day, values = self._rows[i]
        parts = [f"{tr(label)} {number(v)}" for (_, label, _), v in zip(CHECKIN_SERIES, values)]
        return f"{day_text(day)}: " + ", ".join(parts)


class PacingCard(ChartCard):
    """Breaks taken of due per day beside the next day's spasms."""

    def __init__(self, parent=None):
        super().__init__("pacing", tr("Breaks and spasms"), tr(
            "Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line."), parent)
        self.plot = _date_plot(self, 0, tr("Breaks"))
        self.due_bars = _bars(DAY_S * 0.8, color("soft"))
        self.taken_bars = _bars(DAY_S * 0.8, color("main"))
        self.plot.addItem(self.due_bars)
        self.plot.addItem(self.taken_bars)
        self.next_plot = _date_plot(self, 1, tr("Spasms next day"))
        self.next_plot.setXLink(self.plot)
        self.next_plot.setMaximumHeight(120)
        self.next_line = self.next_plot.plot([], [], pen=pg.mkPen(color("second"), width=2))
        self._xs: list[float] = []
        self._texts: list[str] = []
        self.set_hover(self.plot, self._describe)

    def update_data(self, data: ChartData) -> None:
        if data.breaks is None:
            self.show_empty(tr("When you use the break timer in the Pacing tab, your breaks appear here."))
            return
        if not data.breaks:
            self.show_empty(tr("No breaks recorded in this period."))
            return
        days = sorted(data.breaks)
        xs = [stamp(d) for d in days]
        self.due_bars.setOpts(x=xs, height=[data.breaks[d].due for d in days], width=DAY_S * 0.8)
        self.taken_bars.setOpts(x=xs, height=[data.breaks[d].taken for d in days], width=DAY_S * 0.5)
        self.next_line.setData(xs, [data.episodes_per_day.get(d + timedelta(days=1), 0) for d in days])
        self._xs = xs
        self._texts = [tr("%1: %2 of %3 breaks taken; %4 spasms the next day").replace("%1", day_text(d))
                       .replace("%2", str(data.breaks[d].taken)).replace("%3", str(data.breaks[d].due))
                       .replace("%4", str(data.episodes_per_day.get(d + timedelta(days=1), 0))) for d in days]
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        return self._texts[i] if i is not None else ""


class RelaxCard(ChartCard):
    """Minutes of relaxation audio listened per day and the average tension drop."""

    def __init__(self, parent=None):
        super().__init__("relax", tr("Relaxation"), tr(
            "Minutes of relaxation audio you listened to each day, and how much your tension eased on average "
            "(before minus after, 0–10) when you rated it."), parent)
        self.plot = _date_plot(self, 0, tr("Minutes"))
        self.bars = _bars(DAY_S * 0.8, color("main"))
        self.plot.addItem(self.bars)
        self.drop_plot = _date_plot(self, 1, tr("Tension eased"))
        self.drop_plot.setXLink(self.plot)
        self.drop_plot.setMaximumHeight(120)
        self.drop = pg.ScatterPlotItem(size=7, pen=pg.mkPen(None), brush=color("second"))
        self.drop_plot.addItem(self.drop)
        self._xs: list[float] = []
        self._texts: list[str] = []
        self.set_hover(self.plot, self._describe)

    def update_data(self, data: ChartData) -> None:
        if data.listening is None:
            self.show_empty(tr("When you listen to sessions in the Relax tab, your listening appears here."))
            return
        if not data.listening:
            self.show_empty(tr("No relaxation sessions in this period."))
            return
        days = sorted(data.listening)
        xs = [stamp(d) for d in days]
        self.bars.setOpts(x=xs, height=[data.listening[d].minutes for d in days], width=DAY_S * 0.8)
        rated = [d for d in days if data.listening[d].rated]
        self.drop.setData([stamp(d) for d in rated],
                          [data.listening[d].tension_drop_sum / data.listening[d].rated for d in rated])
        self._xs = xs
        self._texts = [tr("%1: %2 minutes in %3 sessions").replace("%1", day_text(d))
                       .replace("%2", number(data.listening[d].minutes)).replace("%3", str(data.listening[d].sessions))
                       for d in days]
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        return self._texts[i] if i is not None else ""
