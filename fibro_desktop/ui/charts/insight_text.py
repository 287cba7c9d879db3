"""Insights as short HTML paragraphs and tables, for the tab and the report.

Association, not cause; counts always visible; "not enough data yet" below
the minimum. The same text appears on screen and in the provider report.
"""

from __future__ import annotations

from html import escape

from fibro_desktop.core.insights.difference import WINDOW_DAYS
from fibro_desktop.core.insights.groups import MIN_DAYS_EACH_SIDE as GROUP_MIN
from fibro_desktop.core.insights.summary import Insights
from fibro_desktop.core.insights.triggers import MIN_DAYS_EACH_SIDE
from fibro_desktop.ui.charts.wording import (
    change_words,
    count_text,
    day_text,
    metric_name,
    metric_value,
    number,
    relief_label,
    trigger_label,
)
from fibro_desktop.ui.translate import translator

_tr = translator("Charts")



def _fill(text: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def triggers_html(insights: Insights, limit: int = 8) -> str:
    """The trigger table: per trigger the next-day and same-day rate ratios with counts."""
    intro = _tr("How often a spasm came on days with a trigger, and on the day after, compared with days "
               "without it. This shows what tends to go together in your record, not what causes what.")
    by_trigger: dict[str, dict] = {}
    for finding in insights.triggers:
        by_trigger.setdefault(finding.trigger, {})[finding.window] = finding
    if not by_trigger:
        return f"<p>{escape(intro)}</p><p><i>{escape(_tr('No triggers noted in this period yet.'))}</i></p>"
    rows = []
    for trigger, windows in list(by_trigger.items())[:limit]:
        cells = [escape(trigger_label(trigger))]
        for window in ("same_day", "next_day"):
            f = windows.get(window)
            if f is None or f.result is None:
                days = f"{f.exposed_days}/{f.unexposed_days}" if f else "0/0"
                cells.append(escape(_fill(_tr("not enough data yet (days with/without: %1)"), days)))
                continue
            r = f.result
            cells.append(escape(_fill(
                _tr("%1× (95% range %2–%3): spasm on %4 of %5 days with, %6 of %7 without"),
                number(r.ratio, 2), number(r.low, 2), number(r.high, 2), r.exposed_hits, r.exposed_total,
                r.unexposed_hits, r.unexposed_total)))
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in (_tr("Trigger"), _tr("Same day"), _tr("Next day")))
    note = _fill(_tr("Shown when there are at least %1 tracked days with and %1 without the trigger. "
                    "1× means no difference; a range that includes 1 could well be chance."), MIN_DAYS_EACH_SIDE)
    return (f"<p>{escape(intro)}</p><table cellspacing='0' cellpadding='4' border='1' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table><p><small>{escape(note)}</small></p>")


def reliefs_html(insights: Insights, limit: int = 10) -> str:
    intro = _tr("What you tried during spasms, most helpful first, with how many times you rated it.")
    if not insights.reliefs:
        return f"<p>{escape(intro)}</p><p><i>{escape(_tr('Nothing tried has been noted in this period yet.'))}</i></p>"
    rows = []
    for s in insights.reliefs[:limit]:
        if s.enough_data:
            share = _fill(count_text(s.rated, _tr("helped %1 of %n time (%3 fully, %4 a little)"),
                                     _tr("helped %1 of %n times (%3 fully, %4 a little)")),
                          s.helped + s.helped_a_little, "", s.helped, s.helped_a_little)
        else:
            share = count_text(s.rated, _tr("rated once: too few to say"), _tr("rated %n times: too few to say"))
        timing = (_fill(count_text(s.timed, _tr("%1 min (from %n time)"), _tr("%1 min (from %n times)")),
                        number(s.median_minutes))
                  if s.median_minutes is not None else "–")
        rows.append(f"<tr><td>{escape(relief_label(s.relief))}</td><td>{escape(share)}</td>"
                    f"<td>{escape(timing)}</td></tr>")
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in
                   (_tr("Relief"), _tr("How often it helped"), _tr("Typical time to relief")))
    return (f"<p>{escape(intro)}</p><table cellspacing='0' cellpadding='4' border='1' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def difference_html(insights: Insights) -> str:
    d = insights.difference
    if d is None:
        return "<p>" + escape(_fill(_tr(
            "Measuring the difference compares your first %1 days with your last %1 days. It needs at least "
            "two weeks tracked in each, and the two must not overlap. Not enough data yet."), WINDOW_DAYS)) + "</p>"
    intro = _fill(_tr("Your first weeks (%1 – %2, %3 days tracked) against the last weeks (%4 – %5, %6 days tracked)."),
                  day_text(d.baseline.period.first), day_text(d.baseline.period.last), d.baseline.tracked_days,
                  day_text(d.recent.period.first), day_text(d.recent.period.last), d.recent.tracked_days)
    rows = []
    for c in d.changes:
        words = change_words(c.metric, c.change) if c.change else _tr("no values to compare")
        rows.append(f"<tr><td>{escape(metric_name(c.metric))}</td><td>{escape(metric_value(c.metric, c.baseline))}</td>"
                    f"<td>{escape(metric_value(c.metric, c.recent))}</td><td>{escape(words)}</td></tr>")
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in
                   (_tr("Measure"), _tr("First weeks"), _tr("Last weeks"), _tr("Change")))
    return (f"<p>{escape(intro)}</p><table cellspacing='0' cellpadding='4' border='1' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


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
                               g.with_days, number(g.with_mean, 2), g.without_days, number(g.without_mean, 2)))
    if insights.relaxation is not None:
        g = insights.relaxation
        if g.difference is None:
            parts.append(_fill(_tr("Relaxation and spasms: not enough data yet (at least %1 days on each side)."),
                               GROUP_MIN))
        else:
            parts.append(_fill(_tr("The day after a relaxation session (%1 days): %2 spasms on average; the day "
                                  "after a day without one (%3 days): %4."),
                               g.with_days, number(g.with_mean, 2), g.without_days, number(g.without_mean, 2)))
    if not parts:
        return ""
    return "".join(f"<p>{escape(p)}</p>" for p in parts)
