"""The report's summary, charts and check-in averages, over tracked days.

A tracked day is a day with a record the person made (:mod:`fibro_desktop.core.insights.tracked`).
Every rate here is over tracked days only: days without a record are
unknown, so they are left out and named, never counted as days without
spasms. Charts draw them as hatched gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from statistics import fmean, median

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.series import weekly_means, weekly_summaries
from fibro_desktop.core.insights.tracked_weeks import rate_per_week, tracked_weeks, untracked_runs
from fibro_desktop.store.report_data import CheckinExtras
from fibro_desktop.ui.charts.report_images import time_chart
from fibro_desktop.ui.charts.report_pages import Block, ReportContent
from fibro_desktop.ui.charts.wording import day_text, minutes_text, number
from fibro_desktop.ui.translate import translator

#: Up to this many days the report's charts show days, beyond it weeks.
REPORT_DAILY_DAYS = 31


_tr = translator("Charts")


def fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def paragraph(text: str, style: str = "") -> Block:
    body = escape(text)
    return Block(f"<p><{style}>{body}</{style}></p>" if style else f"<p>{body}</p>")


def median_of(values: Sequence[float]) -> float | None:
    return median(values) if values else None


def _mean(values: Sequence[float]) -> float | None:
    return fmean(values) if values else None


def summary_rows(data: ChartData, tracked: set[date]) -> list[list[str]]:
    intensities = [e[1] for e in data.episodes]
    durations = [e[2] for e in data.episodes if e[2] is not None]
    recoveries = [e[3] for e in data.episodes if e[3] is not None]
    days_with = sum(1 for n in data.episodes_per_day.values() if n)
    return [
        [_tr("Spasms logged"), str(data.episode_total)],
        [_tr("Days tracked"),
         fill(_tr("%1 of %n days", n=data.period.days, one="%1 of %n day"), len(tracked))],
        [_tr("Days with at least one spasm"),
         fill(_tr("%1 of %n tracked days", n=len(tracked), one="%1 of %n tracked day"), days_with)],
        [_tr("Spasms per week (over tracked days)"), number(rate_per_week(data.episode_total, len(tracked)))],
        [_tr("Typical intensity (median, 0–10)"), number(median_of(intensities))],
        [_tr("Worst intensity (0–10)"), number(max(intensities) if intensities else None)],
        [_tr("Typical length (median)"), minutes_text(median_of(durations))],
        [_tr("Typical recovery time (median)"), minutes_text(median_of(recoveries))],
        [_tr("Daily check-ins"), str(len(data.checkins))],
    ]


def untracked_note(data: ChartData, tracked: set[date]) -> Block | None:
    missing = data.period.days - len(tracked)
    if missing <= 0:
        return None
    return paragraph(_tr("%n days without any record are left out of these numbers: it is not known whether they "
                         "had spasms, so they are not counted as days without them.", n=missing,
                         one="%n day without any record is left out of these numbers: it is not known whether it "
                             "had spasms, so it is not counted as a day without them."), "i")


def checkin_rows(data: ChartData, extras: CheckinExtras) -> list[list[str]]:
    names = [(2, _tr("Hours of sleep")), (1, _tr("Sleep quality (0–10, 10 = slept well)")),
             (3, _tr("Mood (0–10, 10 = good)")),
             (4, _tr("Energy (0–10, 10 = lots)")), (5, _tr("Mobility (0–10, 10 = moves freely)")),
             (6, _tr("Overall pain (0–10, 10 = worst)"))]
    rows = []
    for index, name in names:
        values = [float(r[index]) for r in data.checkins if r[index] is not None]  # type: ignore[arg-type]
        rows.append([name, number(_mean(values)), str(len(values))])
    for name, ints in ((_tr("Stress (0–10, 10 = worst)"), extras.stress), (_tr("Glasses of water"),
                                                                         extras.water_glasses)):
        rows.append([name, number(_mean([float(v) for v in ints])), str(len(ints))])
    return rows


def _runs_of_days(days: Sequence[date], tracked: set[date]) -> list[tuple[date, date]]:
    runs: list[tuple[date, date]] = []
    for day in days:
        if day in tracked:
            continue
        if runs and runs[-1][1] == day - timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def chart_blocks(content: ReportContent, data: ChartData, tracked: set[date], width: int) -> list[Block]:
    """The spasm chart (per day for a short period, per week otherwise, over
    tracked days, intensity on its own axis), the check-in chart, and the
    untracked stretches in words."""
    period = data.period
    right_title = _tr("right axis: intensity 0–10")
    by_day: dict[date, list[int]] = {}
    for e in data.episodes:
        by_day.setdefault(e[0], []).append(e[1])
    if period.days <= REPORT_DAILY_DAYS:
        days = period.each_day()
        bars: list[float | None] = [float(data.episodes_per_day.get(d, 0)) if d in tracked else None for d in days]
        partial: list[bool] = []
        intensity = [median_of(by_day.get(d, [])) for d in days]
        spasm_title = _tr("Spasms per day")
        bar_label = _tr("spasms per day (left axis)")
        runs = _runs_of_days(days, tracked)
        notes = [("gap", _tr("no record that day"))] if runs else []
        checkin_values = {r[0]: r for r in data.checkins}

        def checkin_series(index: int) -> list[float | None]:
            return [checkin_values[d][index] if d in checkin_values else None for d in days]  # type: ignore[misc]
        checkin_title = _tr("Check-ins per day (0–10, 10 is best)")
    else:
        weeks = tracked_weeks(period, tracked, data.episodes_per_day)
        days = [w.start for w in weeks]
        bars = [w.per_week for w in weeks]
        partial = [w.partial for w in weeks]
        summaries = data.weeks if data.weeks is not None else weekly_summaries(period, data.episodes)
        medians = {s.start: s.median_intensity for s in summaries}
        intensity = [medians.get(d) for d in days]
        spasm_title = _tr("Spasms per week, over the days tracked")
        bar_label = _tr("spasms per week (left axis)")
        runs = untracked_runs(weeks)
        notes = ([("gap", _tr("no record that week"))] if runs else []) + (
            [("pale", _tr("only part of the week tracked"))] if any(partial) else [])

        def checkin_series(index: int) -> list[float | None]:
            means = weekly_means(period, ((r[0], r[index]) for r in data.checkins))  # type: ignore[misc]
            return [means.get(d) for d in days]
        checkin_title = _tr("Check-ins per week (averages, 0–10, 10 is best)")
    content.images["spasms"] = time_chart(days, bars, [], title=spasm_title, partial=partial,
                                          right_lines=[(_tr("typical intensity"), intensity)],
                                          right_title=right_title, notes=notes, bar_label=bar_label)
    blocks = [Block(f"<p><img src='chart://spasms' width='{width}'></p>")]
    if runs:
        spans = "; ".join(
            fill(_tr("on %1"), day_text(first)) if first == last
            else fill(_tr("from %1 to %2"), day_text(first), day_text(last))
            for first, last in ((max(a, period.first), min(b, period.last)) for a, b in runs))
        blocks.append(paragraph(fill(_tr("No record at all %1: left blank in the chart, not counted as time "
                                         "without spasms."), spans), "small"))
    if any(partial):
        blocks.append(paragraph(_tr("Pale bars: weeks with fewer than 7 tracked days (cut by the period's "
                                    "start or end, or partly tracked); their spasms per week are worked out "
                                    "from the days tracked, so they rest on fewer days."), "small"))
    if data.checkins:
        series = [(label, checkin_series(index))
                  for index, label in ((1, _tr("sleep quality")), (3, _tr("mood")), (5, _tr("mobility")))]
        content.images["checkins"] = time_chart(days, None, series, y_max=10, title=checkin_title)
        blocks.append(Block(f"<p><img src='chart://checkins' width='{width}'></p>"))
    return blocks
