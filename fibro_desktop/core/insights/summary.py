"""All insights of one period in one call, for the tab and the report."""

from __future__ import annotations

from dataclasses import dataclass

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.difference import Difference, PeriodMeasures, compare, measures
from fibro_desktop.core.insights.groups import GroupComparison, breaks_versus_next_day, sessions_versus_next_day
from fibro_desktop.core.insights.reliefs import ReliefSummary, relief_ranking
from fibro_desktop.core.insights.triggers import TriggerFinding, tracked_days, trigger_findings


@dataclass(frozen=True)
class Insights:
    """``breaks``/``relaxation`` are ``None`` when that feature has no table."""

    tracked_days: int
    triggers: list[TriggerFinding]
    reliefs: list[ReliefSummary]
    difference: Difference | None
    breaks: GroupComparison | None
    relaxation: GroupComparison | None


def _measures(data: ChartData) -> PeriodMeasures:
    return measures(data.period, data.episodes, ((r[0], r[1], r[2], r[3], r[5]) for r in data.checkins))


def insights_for(data: ChartData, baseline: ChartData | None = None, recent: ChartData | None = None) -> Insights:
    """Insights of ``data``'s period; the difference needs the baseline and
    recent periods' data (``None`` when they overlap or are unknown)."""
    period = data.period
    days = tracked_days(data.episodes_per_day, data.checkin_days, data.trigger_days, period.first, period.last)
    difference = compare(_measures(baseline), _measures(recent)) if baseline and recent else None
    tracked = set(days)
    episodes = {d: float(n) for d, n in data.episodes_per_day.items()}
    breaks = None
    if data.breaks is not None:
        breaks = breaks_versus_next_day({d: b.taken for d, b in data.breaks.items() if b.due > 0},
                                        episodes, tracked)
    relaxation = None
    if data.listening is not None:
        relaxation = sessions_versus_next_day({d for d, v in data.listening.items() if v.sessions > 0},
                                              episodes, tracked, period.first, period.last)
    return Insights(len(days), trigger_findings(days), relief_ranking(data.reliefs), difference, breaks, relaxation)
