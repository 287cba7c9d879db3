"""All insights of one period in one call, for the tab and the report.

The same :func:`insights_for` serves the Charts tab, the provider report
and (through :func:`triggers_for`) the planted-truth benchmark's test, so
what is checked against the planted truth is what the person sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.groups import GroupComparison, breaks_versus_next_day, sessions_versus_next_day
from fibro_desktop.core.insights.helped import HelpedRow, what_helped
from fibro_desktop.core.insights.then_and_now import Difference, measure_difference
from fibro_desktop.core.insights.trigger_rates import TriggerTable, trigger_table


@dataclass(frozen=True)
class Insights:
    """``difference`` is ``None`` when no two separate windows fit;
    ``breaks``/``relaxation`` are ``None`` when that feature has no table."""

    tracked_days: int
    triggers: TriggerTable
    reliefs: list[HelpedRow]
    difference: Difference | None
    breaks: GroupComparison | None
    relaxation: GroupComparison | None


def triggers_for(data: ChartData) -> TriggerTable:
    """The trigger table of ``data``'s period: exposure from the check-ins
    only, spasms per day, and the triggers noted on spasm entries as counts."""
    return trigger_table(data.checkin_exposure, data.episodes_per_day, data.episode_triggers)


def insights_for(data: ChartData, baseline: ChartData | None = None, recent: ChartData | None = None) -> Insights:
    """Insights of ``data``'s period; "measuring the difference" compares the
    ``baseline`` and ``recent`` windows' data (``None`` when they overlap or
    are unknown)."""
    period = data.period
    tracked = data.tracked_days
    difference = measure_difference(baseline, recent) if baseline and recent else None
    episodes = {d: float(n) for d, n in data.episodes_per_day.items()}
    breaks = None
    if data.breaks is not None:
        breaks = breaks_versus_next_day({d: b.taken for d, b in data.breaks.items() if b.due > 0},
                                        episodes, tracked)
    relaxation = None
    if data.listening is not None:
        relaxation = sessions_versus_next_day({d for d, v in data.listening.items() if v.sessions > 0},
                                              episodes, tracked, period.first, period.last)
    return Insights(len(tracked), triggers_for(data), what_helped(data.reliefs), difference, breaks, relaxation)
