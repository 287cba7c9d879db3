"""The report's comparisons, each with its counts and range (issue 15).

* Measuring the difference: the first and last four weeks *of the report's
  period* that have records (never days outside it), spasms per tracked day
  compared with the exact Poisson ratio, intensity, length and recovery with
  the Hodges–Lehmann shift; "no clear change" unless the range leaves out
  no change.
* Possible triggers: rates from check-in days
  (:func:`~fibro_desktop.core.insights.trigger_rates.trigger_table`);
  triggers noted only on spasm entries are counts, never a ratio.
* What helped: the share with its Wilson range, ranked by its lower end,
  at least ten ratings.
* Pacing and relaxation: "you have not used Pacing" for a feature never used.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.groups import MIN_DAYS_EACH_SIDE as GROUP_MIN
from fibro_desktop.core.insights.groups import GroupComparison, breaks_versus_next_day, sessions_versus_next_day
from fibro_desktop.core.insights.shares import MIN_RATINGS, rank_by_lower_end
from fibro_desktop.core.insights.trigger_rates import MIN_DAYS_EACH_SIDE, TooFewDays, TriggerRate, TriggerTable
from fibro_desktop.core.insights.window_change import (
    WINDOW_DAYS,
    RateChange,
    Shift,
    Window,
    anchored_windows,
    hodges_lehmann,
    rate_change,
)
from fibro_desktop.ui.charts.insight_text import group_rate_words
from fibro_desktop.ui.charts.report_pages import Block, table_blocks
from fibro_desktop.ui.charts.report_sections import fill, median_of, paragraph
from fibro_desktop.ui.charts.wording import day_text, minutes_text, number, relief_label, trigger_label
from fibro_desktop.ui.translate import translator

#: Tracked days each window needs before the report compares them.
MIN_TRACKED_EACH_WINDOW = 14


_tr = translator("Charts")


def _ratio(value: float) -> str:
    return number(value, 2) if math.isfinite(value) else "–"


def rate_words(change: RateChange) -> str:
    if change.ratio is None or not math.isfinite(change.ratio):
        return _tr("no spasms in one of the two windows: no ratio")
    if change.verdict == "no_clear_change":
        return fill(_tr("no clear change (%1 to %2 times)"), _ratio(change.low), _ratio(change.high))
    return fill(_tr("about %1 times as many (%2 to %3 times)"), _ratio(change.ratio), _ratio(change.low),
                _ratio(change.high))


def shift_words(shift: Shift | None, counts: tuple[int, int]) -> str:
    if shift is None:
        return fill(_tr("too few to compare (%1 and %2 values; %3 each needed)"), *counts, 5)
    if shift.relative:
        low, high = _ratio(shift.low), _ratio(shift.high)
        if shift.verdict == "no_clear_change":
            return fill(_tr("no clear change (%1 to %2 times as long)"), low, high)
        return fill(_tr("about %1 times as long (%2 to %3)"), _ratio(shift.estimate), low, high)
    if shift.verdict == "no_clear_change":
        return fill(_tr("no clear change (%1 to %2 points)"), number(shift.low), number(shift.high))
    size, near, far = abs(shift.estimate), min(abs(shift.low), abs(shift.high)), max(abs(shift.low), abs(shift.high))
    text = _tr("about %1 points higher (%2 to %3 higher)") if shift.verdict == "higher" else _tr(
        "about %1 points lower (%2 to %3 lower)")
    return fill(text, number(size), number(near), number(far))


def _windows(period_first: date, period_last: date, tracked: set[date]) -> tuple[Window, Window] | None:
    inside = sorted(d for d in tracked if period_first <= d <= period_last)
    return anchored_windows(inside[0], inside[-1]) if inside else None


def difference_blocks(data: ChartData, tracked: set[date]) -> list[Block]:
    period = data.period
    windows = _windows(period.first, period.last, tracked)
    days = [sorted(d for d in tracked if d in w) for w in windows] if windows else []
    if not windows or min(len(d) for d in days) < MIN_TRACKED_EACH_WINDOW:
        return [paragraph(fill(_tr(
            "Measuring the difference compares the first %1 days of this period that have records with its "
            "last %1 days. It needs at least %2 tracked days in each, and the two must not overlap. "
            "Not enough data yet."), WINDOW_DAYS, MIN_TRACKED_EACH_WINDOW))]
    first, last = windows
    counts = [[data.episodes_per_day.get(d, 0) for d in side] for side in days]
    rows_of = [[e for e in data.episodes if e[0] in w] for w in windows]
    intro = fill(_tr("The first four weeks of this period that have records (%1 to %2, %3 tracked days) against "
                     "its last four weeks (%4 to %5, %6 tracked days). A change is named only when its 95 % range "
                     "leaves out “no change”; otherwise it says “no clear change”."),
                 day_text(first.first), day_text(first.last), len(days[0]), day_text(last.first),
                 day_text(last.last), len(days[1]))
    rows = [[_tr("Spasms per tracked day")]
            + [fill(_tr("%1 (%2 on %3)"), number(sum(c) / len(c), 2), _tr("%n spasms", n=sum(c), one="%n spasm"),
                    _tr("%n tracked days", n=len(c), one="%n tracked day"))
               for c in counts]
            + [rate_words(rate_change(counts[0], counts[1]))]]
    for name, index, relative, show in ((_tr("Typical intensity (0–10)"), 1, False, number),
                                        (_tr("Typical length"), 2, True, minutes_text),
                                        (_tr("Typical recovery time"), 3, True, minutes_text)):
        values = [[float(e[index]) for e in side if e[index] is not None and (not relative or e[index] > 0)]
                  for side in rows_of]
        shift = hodges_lehmann(values[0], values[1], relative=relative)
        rows.append([name] + [fill(_tr("%1 (%n spasms)", n=len(v), one="%1 (%n spasm)"), show(median_of(v)))
                              for v in values]
                    + [shift_words(shift, (len(values[0]), len(values[1])))])
    return [paragraph(intro), *table_blocks([_tr("Measure"), _tr("First four weeks"), _tr("Last four weeks"),
                                             _tr("Change (95 % range)")], rows, (22, 24, 24, 30))]


def _trigger_cell(found: TriggerRate | TooFewDays | None) -> str:
    if found is None:
        return "–"
    if isinstance(found, TooFewDays):
        return fill(_tr("not enough data yet (%1 days with it, %2 without; %3 each needed)"), found.exposed_days,
                    found.other_days, MIN_DAYS_EACH_SIDE)
    counts = fill(_tr("%1 with it: %2; %3 without: %4"), _tr("%n days", n=found.exposed_days, one="%n day"),
                  _tr("%n spasms", n=found.exposed_spasms, one="%n spasm"),
                  _tr("%n days", n=found.other_days, one="%n day"),
                  _tr("%n spasms", n=found.other_spasms, one="%n spasm"))
    a = found.adjusted
    if a is None:
        return fill(_tr("not enough data yet (%1)"), counts)
    text = fill(_tr("%1× (%2 to %3); %4"), _ratio(a.ratio), _ratio(a.low), _ratio(a.high), counts)
    return text + ("" if found.discovery else _tr("; could be chance"))


def trigger_blocks(table: TriggerTable, used_checkins: bool = True, limit: int = 8) -> list[Block]:
    """The trigger table; ``used_checkins`` False: the daily check-in was
    never used, so there is nothing to compare (said so, not "not enough data")."""
    blocks = [paragraph(_tr(
        "Spasms on days when a trigger was ticked in the daily check-in, against check-in days without it "
        "(same day, and the day after), adjusted for the stage of the record and the other triggers. 1× means "
        "no difference; the range shows what else fits the record. These are patterns, not causes."))]
    cells: dict[str, dict[str, TriggerRate | TooFewDays]] = {}
    for row in [*table.rates, *table.too_few]:
        cells.setdefault(row.trigger, {})[row.window] = row
    if cells:
        order = sorted(cells, key=lambda t: min((r.adjusted_p if isinstance(r, TriggerRate) and r.adjusted_p
                                                 is not None else 2.0) for r in cells[t].values()))[:limit]
        rows = [[trigger_label(t), _trigger_cell(cells[t].get("same_day")), _trigger_cell(cells[t].get("next_day"))]
                for t in order]
        blocks += table_blocks([_tr("Trigger"), _tr("Same day"), _tr("Next day")], rows, (20, 40, 40))
        blocks.append(paragraph(_tr(
            "“Could be chance”: with several triggers and two windows, some ranges miss 1 by luck alone. Only a "
            "finding that stands out even after allowing for that goes without this mark."), "small"))
    elif not used_checkins:
        blocks.append(paragraph(_tr("You have not used the daily check-in, where triggers are ticked for this "
                                    "comparison."), "i"))
    elif not table.noted_only:
        blocks.append(paragraph(_tr("No triggers noted in a daily check-in in this period yet."), "i"))
    if table.noted_only:
        for trigger, n in table.noted_only.items():
            blocks.append(paragraph(fill(_tr("%1: noted on %n spasms", n=n, one="%1: noted on %n spasm"),
                                         trigger_label(trigger))))
        blocks.append(paragraph(_tr(
            "These were noted only on spasm entries, never in a daily check-in. A trigger noted on a spasm entry "
            "always comes with a spasm, so comparing days with it and without it would make it look strong: no "
            "ratio is shown."), "small"))
    return blocks


def relief_blocks(reliefs: Sequence[tuple[str, str | None, int | None, int]], limit: int = 10) -> list[Block]:
    intro = paragraph(fill(_tr(
        "How often what was tried during a spasm helped (fully or a little), with its 95 % range; ranked by the "
        "lower end of that range. Fewer than %1 ratings are too few to say."), MIN_RATINGS))
    helped: dict[str, int] = {}
    rated: dict[str, int] = {}
    minutes: dict[str, list[float]] = {}
    for relief, outcome, to_relief, n in reliefs:
        rated[relief] = rated.get(relief, 0) + (n if outcome is not None else 0)
        helped[relief] = helped.get(relief, 0) + (n if outcome in ("yes", "a_little") else 0)
        if to_relief is not None:
            minutes.setdefault(relief, []).extend([float(to_relief)] * n)
    if not rated:
        return [intro, paragraph(_tr("Nothing tried has been noted in this period yet."), "i")]
    rows = []
    for share in rank_by_lower_end((r, helped[r], rated[r]) for r in rated)[:limit]:
        if share.low is not None and share.high is not None:
            words = fill(_tr("helped %1 of %n times (%2 % to %3 %)", n=share.total,
                             one="helped %1 of %n time (%2 % to %3 %)"),
                         share.successes, round(share.low * 100), round(share.high * 100))
        elif share.total:
            words = _tr("rated %n times: too few to say", n=share.total, one="rated once: too few to say")
        else:
            words = _tr("not rated yet")
        times = minutes.get(share.name, [])
        timing = fill(_tr("%1 min"), number(median_of(times))) if times else "–"
        rows.append([relief_label(share.name), words, timing])
    return [intro, *table_blocks([_tr("Relief"), _tr("How often it helped"), _tr("Typical time to relief")],
                                 rows, (30, 50, 20))]


def _group_words(g: GroupComparison, with_text: str, name: str) -> str:
    """The two groups' next-day spasms, and their ratio with its range
    ("no clear difference" when the range includes 1), as on the Charts tab."""
    if g.difference is None or g.with_mean is None or g.without_mean is None:
        return fill(_tr("%1: not enough data yet (at least %2 days on each side)."), name, GROUP_MIN)
    text = fill(with_text, g.with_days, number(g.with_mean, 2), g.without_days, number(g.without_mean, 2))
    words = group_rate_words(g.rate)
    return text + " " + words if words else text


def group_blocks(data: ChartData, tracked: set[date], used_pacing: bool, used_relax: bool) -> list[Block]:
    episodes = {d: float(n) for d, n in data.episodes_per_day.items()}
    parts = []
    if not used_pacing:
        parts.append(_tr("You have not used Pacing (the break timer)."))
    elif not data.breaks:
        parts.append(_tr("No breaks were timed in this period."))
    else:
        g = breaks_versus_next_day({d: b.taken for d, b in data.breaks.items() if b.due > 0}, episodes, tracked)
        parts.append(_group_words(g, _tr(
            "After the days with the most breaks taken (%1 days): %2 spasms the next day on average; after the "
            "days with the fewest (%3 days): %4."), _tr("Breaks and spasms")))
    if not used_relax:
        parts.append(_tr("You have not used Relax (relaxation audio and breathing)."))
    elif not data.listening or not any(v.sessions for v in data.listening.values()):
        parts.append(_tr("No relaxation sessions in this period."))
    else:
        g = sessions_versus_next_day({d for d, v in data.listening.items() if v.sessions > 0}, episodes, tracked,
                                     data.period.first, data.period.last)
        parts.append(_group_words(g, _tr(
            "The day after a relaxation session (%1 days): %2 spasms on average; the day after a day without one "
            "(%3 days): %4."), _tr("Relaxation and spasms")))
    return [paragraph(p) for p in parts]
