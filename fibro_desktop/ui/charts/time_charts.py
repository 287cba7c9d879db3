"""Charts over time: spasms per day or week (with medications as markers),
intensity/duration/recovery, check-ins beside spasms, pacing, relaxation.

Each card creates its plot items once and updates them with ``setData``
(pyqtgraph's advice for fast redraws). Periods longer than
:data:`~fibro_desktop.core.insights.series.DAILY_LIMIT_DAYS` are drawn per week.
"""

from __future__ import annotations

import math
from datetime import timedelta

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.series import (
    DAILY_LIMIT_DAYS,
    daily_counts,
    week_start,
    weekly_means,
    weekly_summaries,
    weekly_sums,
    weekly_totals,
)
from fibro_desktop.core.insights.tracked_weeks import tracked_weeks
from fibro_desktop.ui.charts.axes import LocalDateAxis
from fibro_desktop.ui.charts.base import (
    LEFT_AXIS_WIDTH,
    ChartCard,
    add_legend,
    color,
    elided,
    nearest_index,
    set_line_data,
    stamp,
    style_plot,
)
from fibro_desktop.ui.charts.wording import day_text, minutes_text, number
from fibro_desktop.ui.translate import translator

DAY_S = 86400.0


_tr = translator("Charts")


def _date_plot(card: ChartCard, row: int, left_label: str) -> pg.PlotItem:
    axis = LocalDateAxis(orientation="bottom")
    plot = card.graphics.addPlot(row=row, col=0, enableMenu=False, axisItems={"bottom": axis})
    style_plot(plot, left_label)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
    return plot


def _first_heading(weekly: bool) -> str:
    return _tr("Week of") if weekly else _tr("Day")


def _bars(width: float, brush: str) -> pg.BarGraphItem:
    return pg.BarGraphItem(x=[], height=[], width=width, brush=brush, pen=pg.mkPen(None))


class SpasmsCard(ChartCard):
    """Spasms per day (per week for long periods), the 7-day average, and
    doses of each medication or supplement as markers in a strip below."""

    def __init__(self, parent=None):
        super().__init__("spasms", _tr("Spasms over time"), _tr(
            "How many spasms you logged, with a 7-day average per tracked day (days without any record are "
            "left out, not counted as days without spasms). Medications and supplements you took are marked in "
            "the strip below."), parent)
        self.plot = _date_plot(self, 0, _tr("Spasms"))
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
        self._rows: list = []
        self._weekly = False
        self._taken: dict = {}
        self._line_values: list[float] = []
        self.set_hover(self.plot, self._describe)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """The bars, the line (as drawn: "–" where it has a gap) and what was taken."""
        headings = [_first_heading(self._weekly), _tr("Spasms"),
                    _tr("Per 7 tracked days") if self._weekly else _tr("7-day average"), _tr("Taken")]
        rows = []
        for (day, count, _average, known), line in zip(self._rows, self._line_values):
            rows.append([day_text(day), number(count) if known else _tr("no record"),
                         "–" if line is None or math.isnan(line) else number(line),
                         ", ".join(sorted(self._taken.get(day, ())))])
        return headings, rows

    def update_data(self, data: ChartData) -> None:
        if not data.episodes_per_day and not data.doses:
            self.show_empty(_tr("No spasms logged in this period. When you log them in the Journal, "
                               "they appear here."))
            return
        period = data.period
        weekly = period.days > DAILY_LIMIT_DAYS
        tracked = data.tracked_days
        if weekly:
            # Bars: spasms logged each week; line: per 7 tracked days (a gap
            # for a week without any record), never per calendar day.
            weeks = tracked_weeks(period, tracked, data.episodes_per_day)
            xs = [stamp(w.start) + 3 * DAY_S for w in weeks]
            self.bars.setOpts(x=xs, height=[w.spasms for w in weeks], width=DAY_S * 6)
            self._line_values = [math.nan if w.per_week is None else w.per_week for w in weeks]
            set_line_data(self.line, xs, self._line_values)
            self.plot.setLabel("left", _tr("Spasms per week"))
            self._rows = [(w.start, w.spasms, None, w.tracked) for w in weeks]
        else:
            counts = daily_counts(period, data.episodes_per_day, tracked=tracked)
            xs = [stamp(d) for d in counts.days]
            self.bars.setOpts(x=xs, height=list(counts.counts), width=DAY_S * 0.8)
            self._line_values = list(counts.average)
            set_line_data(self.line, xs, self._line_values)
            self.plot.setLabel("left", _tr("Spasms per day"))
            self._rows = list(zip(counts.days, counts.counts, counts.average, counts.tracked))
        self._xs = xs
        names = sorted({d.name for d in data.doses})
        row_of = {n: i for i, n in enumerate(names)}
        # One marker per day taken, or per week taken for long periods.
        marks = {((week_start(d.day) if weekly else d.day), row_of[d.name]) for d in data.doses}
        self._weekly, self._taken = weekly, {}
        for d in data.doses:
            self._taken.setdefault(week_start(d.day) if weekly else d.day, set()).add(d.name)
        self.markers.setData([stamp(day) + (3 * DAY_S if weekly else 0) for day, _ in marks], [r for _, r in marks],
                             brush=color("second"))
        self.markers_plot.getAxis("left").setTicks([[(i, elided(n, self.markers_plot)) for n, i in row_of.items()]])
        self.markers_plot.setYRange(-0.6, max(len(names) - 0.4, 0.6), padding=0)
        self.markers_plot.setVisible(bool(names))
        self.plot.setXRange(stamp(period.first) - DAY_S, stamp(period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        day, count, average, known = self._rows[i]
        if average is None:
            if not known:
                return _tr("Week of %1: no record at all", day_text(day))
            # A week's figure is spasms per 7 tracked days: it may have decimals.
            return _tr("Week of %1: %2 spasms", day_text(day), number(count))
        if not known:
            return _tr("%1: no record at all", day_text(day))
        if math.isnan(average):
            return _tr("%1: %n spasms", day_text(day), n=int(count), one="%1: %n spasm")
        return _tr("%1: %n spasms, 7-day average %2", day_text(day), number(average), n=int(count),
                   one="%1: %n spasm, 7-day average %2")


class IntensityCard(ChartCard):
    """Per week: median and worst intensity; median duration and recovery time."""

    def __init__(self, parent=None):
        super().__init__("intensity", _tr("Intensity, length and recovery"), _tr(
            "Each week's typical (median) and worst intensity, and how long spasms typically lasted and "
            "how long you took to recover."), parent)
        self.plot = _date_plot(self, 0, _tr("Intensity 0–10"))
        add_legend(self.plot, columns=2)
        self.median_line = self.plot.plot([], [], pen=pg.mkPen(color("main"), width=2.5), name=_tr("typical"),
                                          symbol="o", symbolSize=5, symbolBrush=color("main"), symbolPen=None)
        dashed = pg.mkPen(color("second"), width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)
        self.worst_line = self.plot.plot([], [], pen=dashed, name=_tr("worst"))
        self.plot.setYRange(0, 11.8, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.time_plot = _date_plot(self, 1, _tr("Minutes"))
        self.time_plot.setXLink(self.plot)
        add_legend(self.time_plot)
        self.duration_line = self.time_plot.plot([], [], pen=pg.mkPen(color("third"), width=2), name=_tr("length"))
        self.recovery_line = self.time_plot.plot([], [], pen=pg.mkPen(color("fourth"), width=2), name=_tr("recovery"))
        self._xs: list[float] = []
        self._weeks = []
        self.set_hover(self.plot, self._describe)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        headings = [_tr("Week of"), _tr("Spasms"), _tr("Typical intensity"), _tr("Worst intensity"),
                    _tr("Typical length"), _tr("Recovery")]
        return headings, [[day_text(w.start), str(w.episodes), number(w.median_intensity), number(w.worst_intensity),
                           minutes_text(w.median_duration_s), minutes_text(w.median_recovery_s)] for w in self._weeks]

    def update_data(self, data: ChartData) -> None:
        if not data.episodes:
            self.show_empty(_tr("No spasms logged in this period, so there is nothing to measure yet."))
            return
        weeks = data.weeks if data.weeks is not None else weekly_summaries(data.period, data.episodes)
        weeks = [w for w in weeks if w.episodes]
        self._weeks = weeks
        self._xs = xs = [stamp(w.start) + 3 * DAY_S for w in weeks]
        set_line_data(self.median_line, xs, [w.median_intensity for w in weeks])
        set_line_data(self.worst_line, xs, [w.worst_intensity for w in weeks])
        dur = [(x, w.median_duration_s / 60) for x, w in zip(xs, weeks) if w.median_duration_s is not None]
        rec = [(x, w.median_recovery_s / 60) for x, w in zip(xs, weeks) if w.median_recovery_s is not None]
        set_line_data(self.duration_line, [p[0] for p in dur], [p[1] for p in dur])
        set_line_data(self.recovery_line, [p[0] for p in rec], [p[1] for p in rec])
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        w = self._weeks[i]
        return _tr("Week of %1: %n spasms, typical intensity %2, worst %3, typical length %4, recovery %5",
                   day_text(w.start), number(w.median_intensity), number(w.worst_intensity),
                   minutes_text(w.median_duration_s), minutes_text(w.median_recovery_s), n=w.episodes,
                   one="Week of %1: %n spasm, typical intensity %2, worst %3, typical length %4, recovery %5")


#: Check-ins vary a lot from day to day: beyond a month, weekly means read better.
CHECKIN_DAILY_LIMIT_DAYS = 31
CHECKIN_SERIES = (  # (index in CheckinValues, label, colour)
    (1, QT_TRANSLATE_NOOP("Charts", "Sleep quality"), "main"), (3, QT_TRANSLATE_NOOP("Charts", "Mood"), "second"),
    (4, QT_TRANSLATE_NOOP("Charts", "Energy"), "third"), (5, QT_TRANSLATE_NOOP("Charts", "Mobility"), "fourth"),
)


class CheckinsCard(ChartCard):
    """Sleep quality, mood, energy and mobility (0-10, weekly means for long
    periods) above the spasm count on the same time line."""

    def __init__(self, parent=None):
        super().__init__("checkins", _tr("Sleep, mood, energy and mobility"), _tr(
            "From your daily check-ins (10 is best), with your spasms below on the same dates."), parent)
        self.plot = _date_plot(self, 0, _tr("Check-in 0–10"))
        add_legend(self.plot, columns=len(CHECKIN_SERIES))
        self.lines = [self.plot.plot([], [], pen=pg.mkPen(color(c), width=2), name=_tr(label), connect="finite")
                      for _, label, c in CHECKIN_SERIES]
        self.plot.setYRange(0, 11.8, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.count_plot = _date_plot(self, 1, _tr("Spasms"))
        self.count_plot.setXLink(self.plot)
        self.count_plot.setMaximumHeight(120)
        self.bars = _bars(DAY_S * 0.8, color("soft"))
        self.count_plot.addItem(self.bars)
        self._xs: list[float] = []
        self._rows: list = []
        self._weekly = False
        self.set_hover(self.plot, self._describe)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        headings = [_first_heading(self._weekly), *(_tr(label) for _, label, _ in CHECKIN_SERIES)]
        return headings, [[day_text(day), *(number(v) for v in values)] for day, values in self._rows]

    def update_data(self, data: ChartData) -> None:
        if not data.checkins:
            self.show_empty(_tr("No check-ins in this period. A short daily check-in in the Journal lets you "
                               "see sleep, mood and energy beside your spasms."))
            return
        period = data.period
        nan = float("nan")
        self._weekly = period.days > CHECKIN_DAILY_LIMIT_DAYS
        if self._weekly:
            series = [weekly_means(period, ((r[0], r[i]) for r in data.checkins)) for i, _, _ in CHECKIN_SERIES]
            keys = sorted(set().union(*series))
            xs = [stamp(k) + 3 * DAY_S for k in keys]
            for line, values in zip(self.lines, series):
                set_line_data(line, xs, [values.get(k, nan) for k in keys])
            weeks = weekly_totals(period, data.episodes_per_day)
            self.bars.setOpts(x=[stamp(w) + 3 * DAY_S for w, _, _ in weeks], height=[t for _, t, _ in weeks],
                              width=DAY_S * 6)
            self._rows = [(k, [s.get(k) for s in series]) for k in keys]
        else:
            xs = [stamp(r[0]) for r in data.checkins]
            for line, (i, _, _) in zip(self.lines, CHECKIN_SERIES):
                set_line_data(line, xs, [nan if r[i] is None else r[i] for r in data.checkins])
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
        parts = [f"{_tr(label)} {number(v)}" for (_, label, _), v in zip(CHECKIN_SERIES, values)]
        return f"{day_text(day)}: " + ", ".join(parts)


class PacingCard(ChartCard):
    """Breaks taken of due per day beside the next day's spasms."""

    def __init__(self, parent=None):
        super().__init__("pacing", _tr("Breaks and spasms"), _tr(
            "Breaks taken (dark) of breaks due (light) each day, and the spasms of the next day as a line."), parent)
        self.plot = _date_plot(self, 0, _tr("Breaks"))
        self.due_bars = _bars(DAY_S * 0.8, color("soft"))
        self.taken_bars = _bars(DAY_S * 0.8, color("main"))
        self.plot.addItem(self.due_bars)
        self.plot.addItem(self.taken_bars)
        self.next_plot = _date_plot(self, 1, _tr("Spasms next day"))
        self.next_plot.setXLink(self.plot)
        self.next_plot.setMaximumHeight(120)
        self.next_line = self.next_plot.plot([], [], pen=pg.mkPen(color("second"), width=2))
        self._xs: list[float] = []
        self._rows: list = []
        self._weekly = False
        self.set_hover(self.plot, self._describe)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        headings = [_first_heading(self._weekly), _tr("Breaks taken"), _tr("Breaks due"),
                    _tr("Spasms on the following days") if self._weekly else _tr("Spasms the next day")]
        return headings, [[day_text(day), str(taken), str(due), str(following)]
                          for day, taken, due, following in self._rows]

    def update_data(self, data: ChartData) -> None:
        if data.breaks is None:
            self.show_empty(_tr("When you use the break timer in the Pacing tab, your breaks appear here."))
            return
        if not data.breaks:
            self.show_empty(_tr("No breaks recorded in this period. When the break timer in the Pacing tab "
                               "runs, your breaks appear here."))
            return
        one = timedelta(days=1)
        spasms = data.episodes_per_day
        rows = [(d, b.taken, b.due, spasms.get(d + one, 0)) for d, b in sorted(data.breaks.items())]
        width = 0.8
        if data.period.days > DAILY_LIMIT_DAYS:  # per week: sums of the days
            rows = [(w, *v) for w, v in weekly_sums((r[0], r[1:]) for r in rows)]
            width = 6
        xs = [stamp(r[0]) + (3 * DAY_S if width > 1 else 0) for r in rows]
        self.due_bars.setOpts(x=xs, height=[r[2] for r in rows], width=DAY_S * width)
        self.taken_bars.setOpts(x=xs, height=[r[1] for r in rows], width=DAY_S * width * 0.6)
        set_line_data(self.next_line, xs, [r[3] for r in rows])
        self._xs, self._rows, self._weekly = xs, rows, width > 1
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        day, taken, due, following = self._rows[i]
        if self._weekly:
            spasms = _tr("%n spasms on the following days", n=following, one="%n spasm on the following days")
            return _tr("Week of %1: %2 of %n breaks taken; %3", day_text(day), taken, spasms, n=due,
                       one="Week of %1: %2 of %n break taken; %3")
        spasms = _tr("%n spasms the next day", n=following, one="%n spasm the next day")
        return _tr("%1: %2 of %n breaks taken; %3", day_text(day), taken, spasms, n=due,
                   one="%1: %2 of %n break taken; %3")


class RelaxCard(ChartCard):
    """Minutes of relaxation audio listened per day and the average tension drop."""

    def __init__(self, parent=None):
        super().__init__("relax", _tr("Relaxation"), _tr(
            "Minutes of relaxation audio you listened to each day, and how much your tension eased on average "
            "(before minus after, 0–10) when you rated it."), parent)
        self.plot = _date_plot(self, 0, _tr("Minutes"))
        self.bars = _bars(DAY_S * 0.8, color("main"))
        self.plot.addItem(self.bars)
        self.drop_plot = _date_plot(self, 1, _tr("Tension eased"))
        self.drop_plot.setXLink(self.plot)
        self.drop_plot.setMaximumHeight(120)
        self.drop = pg.ScatterPlotItem(size=7, pen=pg.mkPen(None), brush=color("second"))
        self.drop_plot.addItem(self.drop)
        self._xs: list[float] = []
        self._rows: list = []
        self._weekly = False
        self.set_hover(self.plot, self._describe)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        headings = [_first_heading(self._weekly), _tr("Minutes"), _tr("Sessions"), _tr("Tension eased (average)")]
        return headings, [[day_text(day), number(minutes), str(sessions), number(drop / rated) if rated else "–"]
                          for day, minutes, sessions, drop, rated in self._rows]

    def update_data(self, data: ChartData) -> None:
        if data.listening is None:
            self.show_empty(_tr("When you listen to sessions in the Relax tab, your listening appears here."))
            return
        if not data.listening:
            self.show_empty(_tr("No relaxation sessions in this period. Sessions you listen to in the Relax "
                               "tab appear here."))
            return
        rows = [(d, v.minutes, v.sessions, v.tension_drop_sum, v.rated) for d, v in sorted(data.listening.items())]
        width = 0.8
        if data.period.days > DAILY_LIMIT_DAYS:  # per week: sums of the days
            rows = [(w, *v) for w, v in weekly_sums((r[0], r[1:]) for r in rows)]
            width = 6
        shift = 3 * DAY_S if width > 1 else 0
        xs = [stamp(r[0]) + shift for r in rows]
        self.bars.setOpts(x=xs, height=[r[1] for r in rows], width=DAY_S * width)
        rated = [r for r in rows if r[4]]
        self.drop.setData([stamp(r[0]) + shift for r in rated], [r[3] / r[4] for r in rated])
        self._xs, self._rows, self._weekly = xs, rows, width > 1
        self.plot.setXRange(stamp(data.period.first) - DAY_S, stamp(data.period.last) + DAY_S, padding=0)
        self.show_chart()

    def _describe(self, x: float) -> str:
        i = nearest_index(self._xs, x)
        if i is None:
            return ""
        day, minutes, sessions, _drop, _rated = self._rows[i]
        if self._weekly:
            return _tr("Week of %1: %2 minutes in %n sessions", day_text(day), number(minutes), n=sessions,
                       one="Week of %1: %2 minutes in %n session")
        return _tr("%1: %2 minutes in %n sessions", day_text(day), number(minutes), n=sessions,
                   one="%1: %2 minutes in %n session")
