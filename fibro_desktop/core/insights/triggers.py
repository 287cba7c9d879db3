"""Triggers: do spasms follow days with a trigger more often than days without?

A *tracked day* is a day with a check-in or at least one episode (a day with
neither is unknown, not "no trigger"). A day is *exposed* to a trigger when
its check-in lists it or one of its episodes notes it. For each trigger and
each window we count tracked days with and without exposure, and how many
of them had at least one episode:

* ``same_day``: an episode on that same day;
* ``next_day``: an episode on the following calendar day (the 24 h after the
  day ends); only days whose next day is tracked and inside the period count.

The result is a :class:`~fibro_desktop.core.insights.stats.RateRatio` with
its counts, or nothing when either side has fewer than
:data:`MIN_DAYS_EACH_SIDE` days ("not enough data yet"). An association in
one person's record is not a cause: triggers noted on episodes can only be
noted on days with an episode, which inflates the same-day ratio; the
next-day window and check-in triggers are the fairer reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from fibro_desktop.core.insights.stats import RateRatio, rate_ratio

MIN_DAYS_EACH_SIDE = 5
WINDOWS: tuple[str, ...] = ("same_day", "next_day")


class TrackedDay(NamedTuple):
    """What one tracked day holds: its episode count and the triggers noted.
    (A named tuple: thousands are made per period change, cheaply.)"""

    episodes: int
    triggers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TriggerFinding:
    """The association of one trigger with spasms for one window.

    ``result`` is ``None`` when there are not enough days on a side;
    ``exposed_days``/``unexposed_days`` are always given so the person sees
    how much data there is.
    """

    trigger: str
    window: str
    exposed_days: int
    unexposed_days: int
    result: RateRatio | None

    @property
    def enough_data(self) -> bool:
        return self.result is not None


def trigger_findings(days: Mapping[date, TrackedDay], triggers: Iterable[str] | None = None,
                     min_days: int = MIN_DAYS_EACH_SIDE) -> list[TriggerFinding]:
    """One finding per trigger and window, sorted: enough data first, then by
    ratio (largest first), then by trigger id. ``triggers`` defaults to every
    trigger noted on any day.

    Counting uses set operations: for a window, E is the set of days that
    count and O the days among them followed by an episode; for a trigger
    with exposed days X (within E): a = |X ∩ O|, n1 = |X|, b = |O| - a,
    n0 = |E| - n1.
    """
    exposed: dict[str, set[date]] = {}
    for day, record in days.items():
        for trigger in record.triggers:
            exposed.setdefault(trigger, set()).add(day)
    names = sorted(set(triggers) if triggers is not None else exposed)
    one_day = timedelta(days=1)
    windows = {
        "same_day": (set(days), {d for d, r in days.items() if r.episodes > 0}),
        "next_day": ({d for d in days if d + one_day in days},
                     {d for d in days if (f := days.get(d + one_day)) is not None and f.episodes > 0}),
    }
    findings = []
    for name in names:
        days_with = exposed.get(name, set())
        for window in WINDOWS:
            eligible, hits = windows[window]
            x = days_with & eligible
            n1, a = len(x), len(x & hits)
            n0, b = len(eligible) - n1, len(hits) - a
            enough = min(n1, n0) >= max(min_days, 1)
            result = rate_ratio(a, n1, b, n0) if enough else None
            findings.append(TriggerFinding(name, window, n1, n0, result))
    return sorted(findings, key=lambda f: (not f.enough_data, -(f.result.ratio if f.result else 0), f.trigger,
                                           WINDOWS.index(f.window)))


def tracked_days(episode_counts: Mapping[date, int], checkin_days: Iterable[date],
                 triggers: Iterable[tuple[date, str]], first: date, last: date) -> dict[date, TrackedDay]:
    """Build the per-day records from raw rows, keeping only days in ``[first, last]``.

    ``episode_counts``: episodes per day; ``checkin_days``: days with a
    check-in; ``triggers``: ``(day, trigger)`` pairs from check-ins and
    episodes (duplicates are fine).
    """
    # Sorted input (as the store gives it) makes the sort nearly free; then
    # one groupby in C instead of a Python loop over every pair.
    noted = {day: frozenset(map(itemgetter(1), group))
             for day, group in groupby(sorted(triggers), key=itemgetter(0))}
    keys = {d for d, n in episode_counts.items() if n > 0}
    keys.update(checkin_days)
    empty: frozenset[str] = frozenset()
    return {d: TrackedDay(episode_counts.get(d, 0), noted.get(d, empty)) for d in keys if first <= d <= last}
