"""Insights as short HTML paragraphs and tables, for the tab and the report.

Patterns, not causes; the counts behind every number are shown; each range
is a 95 % range; "could be chance" and "no clear change" are said in plain
words; below the minimums only "not enough data yet". The same text
appears on screen and in the provider report. ``docs/charts.md`` explains
each number to the person.
"""

from __future__ import annotations

import math
from html import escape

from fibro_desktop.core.insights.groups import MIN_DAYS_EACH_SIDE as GROUP_MIN
from fibro_desktop.core.insights.helped import HelpedRow
from fibro_desktop.core.insights.periods import WINDOW_DAYS
from fibro_desktop.core.insights.shares import MIN_RATINGS
from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.core.insights.then_and_now import MIN_TRACKED_DAYS, MeasureChange
from fibro_desktop.core.insights.trigger_rates import MIN_DAYS_EACH_SIDE, WINDOWS, TooFewDays, TriggerRate
from fibro_desktop.core.insights.window_change import RateChange, Shift
from fibro_desktop.ui.charts.wording import (
    day_text,
    measure_name,
    measure_value,
    number,
    relief_label,
    trigger_label,
)
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")


def _spaced(text: str) -> str:
    return " " + text if text else ""


def _fill(text: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def _table(head: list[str], rows: list[list[str]]) -> str:
    """A table of cells that are already HTML (escaped where needed)."""
    h = "".join(f"<th align='left'>{escape(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr>{h}</tr>{body}</table>"


def ratio_text(value: float) -> str:
    """A ratio with as many decimals as it needs to be read: 0.35, 1.8, 12."""
    if value >= 10:
        return number(round(value), 0)
    return number(value, 2 if value < 1 else 1)


def care_team_note() -> str:
    """The line under the insights: patterns, not causes."""
    return _tr("These are patterns in your own record, not causes. Talk them over with your doctor or care "
               "team before changing anything.")


# -- triggers -------------------------------------------------------------------------------------
def _rate_cell(row: TriggerRate) -> str:
    counts = escape(_fill(_tr("with it: %1, %2 · without: %3, %4"),
                          _tr("%n days", n=row.exposed_days, one="%n day"),
                          _tr("%n spasms", n=row.exposed_spasms, one="%n spasm"),
                          _tr("%n days", n=row.other_days, one="%n day"),
                          _tr("%n spasms", n=row.other_spasms, one="%n spasm")))
    adjusted = row.adjusted
    if adjusted is None:
        return f"{escape(_tr('not enough data yet'))}<br><small>{counts}</small>"
    ratio = escape(_fill(_tr("about %1 times as many spasms (%2 to %3)"), ratio_text(adjusted.ratio),
                         ratio_text(adjusted.low), ratio_text(adjusted.high)))
    if row.discovery:
        verdict = f"<b>{ratio}</b><br>{escape(_tr('stands out in your record'))}"
    else:
        verdict = f"{ratio}<br><i>{escape(_tr('could be chance'))}</i>"
    return f"{verdict}<br><small>{counts}</small>"


def _too_few_cell(row: TooFewDays) -> str:
    counts = _fill(_tr("days with it: %1, without: %2"), row.exposed_days, row.other_days)
    return f"{escape(_tr('not enough data yet'))}<br><small>{escape(counts)}</small>"


def _trigger_order(cells: dict[str, TriggerRate | TooFewDays]) -> tuple[int, float]:
    """Findings first, then by the larger ratio; triggers without one last."""
    rates = [c for c in cells.values() if isinstance(c, TriggerRate) and c.adjusted is not None]
    if not rates:
        return 2, 0.0
    return (0 if any(r.discovery for r in rates) else 1), -max(r.adjusted.ratio for r in rates if r.adjusted)


def triggers_html(insights: Insights, limit: int = 8) -> str:
    """Per trigger the same-day and next-day adjusted rate ratios with
    their ranges and counts; triggers noted only on spasm entries as counts."""
    table = insights.triggers
    by_trigger: dict[str, dict[str, TriggerRate | TooFewDays]] = {}
    for cell in [*table.rates, *table.too_few]:
        by_trigger.setdefault(cell.trigger, {})[cell.window] = cell
    if not by_trigger and not table.noted_only:
        return "<p><i>" + escape(_tr("No triggers noted in this period yet.")) + "</i></p>"
    parts = []
    if by_trigger:
        parts.append("<p>" + escape(_fill(_tr(
            "Spasms on days you ticked a trigger in your daily check-in, compared with days you did not "
            "(from %1). Same day: spasms that day; next day: spasms the day after. Each number is adjusted "
            "for the time of year and for your other triggers, that day's and the day before's; the range in "
            "brackets is where the true number probably lies."),
            _tr("%n check-in days", n=table.recorded_days, one="%n check-in day")))
            + "</p>")
        rows = []
        for trigger, cells in sorted(by_trigger.items(), key=lambda kv: (*_trigger_order(kv[1]), kv[0]))[:limit]:
            row = [escape(trigger_label(trigger))]
            for window in WINDOWS:
                cell = cells.get(window)
                if isinstance(cell, TriggerRate):
                    row.append(_rate_cell(cell))
                elif cell is not None:
                    row.append(_too_few_cell(cell))
                else:
                    row.append(escape(_tr("not enough data yet")))
            rows.append(row)
        parts.append(_table([_tr("Trigger"), _tr("Same day"), _tr("Next day")], rows))
        parts.append("<p><small>" + escape(_fill(_tr(
            "1 time as many means no difference. \"Could be chance\" means the difference does not stand out "
            "once all your triggers are looked at together. A trigger needs at least %1 check-in days with "
            "it and %1 without before a number is shown."), MIN_DAYS_EACH_SIDE)) + "</small></p>")
    if table.noted_only:
        noted = ", ".join(escape(_fill(_tr("%1 (noted on %n spasms)", n=n, one="%1 (noted on %n spasm)"),
                                       trigger_label(t)))
                          for t, n in sorted(table.noted_only.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append("<p>" + escape(_tr("Noted only on spasm entries:")) + f" {noted}.</p>")
        parts.append("<p><small>" + escape(_tr(
            "These have no number: a trigger noted on a spasm entry always comes with a spasm, so comparing "
            "days with it and without it would make it look strong. To see how it goes with your spasms, tick "
            "it in your daily check-in on the days it happens.")) + "</small></p>")
    return "".join(parts)


# -- what helped ----------------------------------------------------------------------------------
def _helped_text(row: HelpedRow) -> str:
    share = row.share
    if share.total == 0:
        return _tr("tried %n times, not rated", n=row.tried, one="tried once, not rated")
    helped = _fill(_tr("helped %1 of %n times", n=share.total, one="helped %1 of %n time"),
                   share.successes)
    if share.low is None or share.high is None:
        return _fill(_tr("%1: too few ratings to say yet (%2 needed)"), helped, MIN_RATINGS)
    return _fill(_tr("%1 (%2 % to %3 %)"), helped, number(round(share.low * 100), 0),
                 number(round(share.high * 100), 0))


def reliefs_html(insights: Insights, limit: int = 10) -> str:
    """What helped, ranked by the lower end of each Wilson range."""
    if not insights.reliefs:
        return "<p><i>" + escape(_tr("Nothing tried has been noted in this period yet.")) + "</i></p>"
    intro = _tr("How often each thing you tried during a spasm helped (fully or a little), out of the times you "
                "rated it. The range in brackets is where the true share probably lies; the list is ordered by "
                "its lower end, so many ratings count for more than a few lucky ones.")
    rows = []
    for row in insights.reliefs[:limit]:
        timing = (_fill(_tr("%1 min (from %n times)", n=row.timed, one="%1 min (from %n time)"),
                        number(row.median_minutes)) if row.median_minutes is not None else "–")
        rows.append([escape(relief_label(row.relief)), escape(_helped_text(row)), escape(timing)])
    return (f"<p>{escape(intro)}</p>"
            + _table([_tr("Relief"), _tr("How often it helped"), _tr("Typical time to relief")], rows))


# -- measuring the difference ---------------------------------------------------------------------
def _rate_words(rate: RateChange) -> str:
    if rate.ratio is None:
        return _tr("no spasms in either window")
    if math.isinf(rate.ratio):
        return _tr("more spasms now (none in the first weeks)")
    low, high = ratio_text(rate.low), ratio_text(rate.high) if math.isfinite(rate.high) else "–"
    verdict = rate.verdict
    if verdict == "lower":
        return _fill(_tr("fewer: about %1 times as many (%2 to %3)"), ratio_text(rate.ratio), low, high)
    if verdict == "higher":
        return _fill(_tr("more: about %1 times as many (%2 to %3)"), ratio_text(rate.ratio), low, high)
    return _fill(_tr("no clear change (%1 to %2 times as many)"), low, high)


def _amount(value: float, measure: str) -> str:
    """A size of shift: "1.5 points", "1 point", "0.5 hours"."""
    text = number(abs(value))
    if measure == "sleep_hours":
        return _fill(_tr("%1 h"), text)
    return _fill(_tr("%1 point") if text == number(1) else _tr("%1 points"), text)


def shift_words(shift: Shift, measure: str) -> str:
    """Plain words for how far the recent window sits from the first one."""
    verdict = shift.verdict
    if shift.relative:
        low, high = ratio_text(shift.low), ratio_text(shift.high) if math.isfinite(shift.high) else "–"
        if verdict == "lower":
            return _fill(_tr("shorter: about %1 times as long (%2 to %3)"), ratio_text(shift.estimate), low, high)
        if verdict == "higher":
            return _fill(_tr("longer: about %1 times as long (%2 to %3)"), ratio_text(shift.estimate), low, high)
        return _fill(_tr("no clear change (%1 to %2 times as long)"), low, high)
    if not (math.isfinite(shift.low) and math.isfinite(shift.high)):
        return _tr("no clear change")
    if verdict == "lower":
        return _fill(_tr("about %1 lower (%2 to %3 lower)"), _amount(shift.estimate, measure),
                     number(abs(shift.high)), number(abs(shift.low)))
    if verdict == "higher":
        return _fill(_tr("about %1 higher (%2 to %3 higher)"), _amount(shift.estimate, measure),
                     number(shift.low), number(shift.high))
    if shift.low < 0 < shift.high:
        return _fill(_tr("no clear change (between %1 lower and %2 higher)"), _amount(shift.low, measure),
                     number(shift.high))
    return _tr("no clear change")


#: Measures read from spasm entries; the others come from check-ins.
_SPASM_MEASURES = ("intensity", "duration_s", "recovery_s")


def _measure_cell(typical: float | None, count: int, measure: str) -> str:
    if typical is None:
        return "–"
    if measure in _SPASM_MEASURES:
        many = _tr("%1 (from %n spasms)", n=count, one="%1 (from %n spasm)")
    else:
        many = _tr("%1 (from %n check-ins)", n=count, one="%1 (from %n check-in)")
    return _fill(many, measure_value(measure, typical))


def _measure_row(change: MeasureChange) -> list[str]:
    words = shift_words(change.shift, change.measure) if change.shift else _tr("not enough data yet")
    return [escape(measure_name(change.measure)),
            escape(_measure_cell(change.baseline_typical, change.baseline_count, change.measure)),
            escape(_measure_cell(change.recent_typical, change.recent_count, change.measure)), escape(words)]


def difference_html(insights: Insights) -> str:
    """The first and last four weeks, each change with its range and counts."""
    d = insights.difference
    if d is None:
        return "<p>" + escape(_fill(_tr(
            "Measuring the difference compares the first %1 days with the last %1 days of the period shown, "
            "up to the last day you recorded. The two must not overlap, so this needs about two months of "
            "record in the period. Not enough data yet. Choosing \"Everything\" compares the start and the end "
            "of your whole record."), WINDOW_DAYS)) + "</p>"
    b, r = d.baseline, d.recent
    intro = _fill(_tr("The first four weeks of the period shown (%1 – %2: %3, %4) against its last four weeks "
                      "(%5 – %6: %7, %8), up to the last day you recorded. A tracked day is a day you wrote something "
                      "in your journal."),
                  day_text(b.period.first), day_text(b.period.last),
                  _tr("%n tracked days", n=b.tracked_days, one="%n tracked day"),
                  _tr("%n spasms", n=b.spasms, one="%n spasm"),
                  day_text(r.period.first), day_text(r.period.last),
                  _tr("%n tracked days", n=r.tracked_days, one="%n tracked day"),
                  _tr("%n spasms", n=r.spasms, one="%n spasm"))
    if d.rate is None:
        rate_words = _fill(_tr("not enough data yet (at least %1 tracked days in each)"), MIN_TRACKED_DAYS)
    else:
        rate_words = _rate_words(d.rate)
    per_day = [_fill(_tr("%1 (%2 on %n days)", n=w.tracked_days, one="%1 (%2 on %n day)"),
                     number(w.spasms / w.tracked_days, 1), w.spasms)
               if w.tracked_days else "–" for w in (b, r)]
    rows = [[escape(_tr("Spasms per tracked day")), escape(per_day[0]), escape(per_day[1]), escape(rate_words)]]
    # A measure never recorded in either window (check-ins not used, say) is left out.
    rows += [_measure_row(c) for c in d.measures if c.baseline_count or c.recent_count]
    note = _tr("Typical values are medians, with how many values each window has. A change is named only when "
               "its range leaves \"no change\" out; otherwise it says \"no clear change\": the windows differ by "
               "no more than everyday ups and downs could explain.")
    compared = d.rate is not None or any(c.shift for c in d.measures)
    return (f"<p>{escape(intro)}</p>"
            + _table([_tr("Measure"), _tr("First weeks"), _tr("Last weeks"), _tr("Change")], rows)
            + (f"<p><small>{escape(note)}</small></p>" if compared else ""))


# -- pacing and relaxation ------------------------------------------------------------------------
def group_rate_words(rate: RateChange | None) -> str:
    """The two groups' spasm rates compared, with the range: a difference
    is named only when the range leaves 1 time as many out."""
    if rate is None or rate.ratio is None or not math.isfinite(rate.ratio) or rate.ratio == 0:
        return ""
    low, high = ratio_text(rate.low), ratio_text(rate.high) if math.isfinite(rate.high) else "–"
    if rate.verdict == "no_clear_change":
        return _fill(_tr("No clear difference (%1 to %2 times as many)."), low, high)
    return _fill(_tr("About %1 times as many (%2 to %3)."), ratio_text(rate.ratio), low, high)


def groups_html(insights: Insights) -> str:
    parts = []
    if insights.breaks is not None:
        g = insights.breaks
        if g.difference is None:
            parts.append(_fill(_tr("Breaks and spasms: not enough data yet (at least %1 days on each side)."),
                               GROUP_MIN))
        else:
            parts.append(_fill(_tr("After the days with the most breaks taken (%1 days), %2 spasms the next day "
                                   "on average; after the days with the fewest (%3 days), %4."),
                               g.with_days, number(g.with_mean, 2), g.without_days, number(g.without_mean, 2))
                         + _spaced(group_rate_words(g.rate)))
    if insights.relaxation is not None:
        g = insights.relaxation
        if g.difference is None:
            parts.append(_fill(_tr("Relaxation and spasms: not enough data yet (at least %1 days on each side)."),
                               GROUP_MIN))
        else:
            parts.append(_fill(_tr("The day after a relaxation session (%1 days): %2 spasms on average; the day "
                                   "after a day without one (%3 days): %4."),
                               g.with_days, number(g.with_mean, 2), g.without_days, number(g.without_mean, 2))
                         + _spaced(group_rate_words(g.rate)))
    if not parts:
        return ""
    return "".join(f"<p>{escape(p)}</p>" for p in parts)
