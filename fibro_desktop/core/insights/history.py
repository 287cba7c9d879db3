"""Compact rows of a range of days, kept in memory so a period change is a
slice and one pass, not a new round of queries.

The store reads a :class:`History` for a day range with a few SQL
aggregates; the Charts page keeps one, extends it backwards in slices (an
older range is *prepended*) and asks it for the :class:`ChartData` of any
period it covers. Every list is sorted by day; the day is each row's first
field.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any, TypeVar

from fibro_desktop.core.insights.data import BreakDay, ChartData, CheckinValues, DoseDay, ListeningDay
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import WeekSummary, week_start, weekly_summaries

#: (day, intensity, duration_s, recovery_s, kind, local hour 0-23)
EpisodeRow = tuple[date, int, "int | None", "int | None", str, int]
#: (day, muscle, side, count)
MuscleRow = tuple[date, str, "str | None", int]
#: (day, trigger) ticked in that day's check-in
TriggerRow = tuple[date, str]
#: (day, trigger, spasm entries of that day noting it)
EpisodeTriggerRow = tuple[date, str, int]
#: (day, relief, helped, minutes to relief, count)
ReliefRow = tuple[date, str, "str | None", "int | None", int]
BreakRow = tuple[date, BreakDay]
ListeningRow = tuple[date, ListeningDay]

#: Any of the row types above: a tuple whose first field is its day.
_Row = TypeVar("_Row", bound=tuple[Any, ...])
#: The key a fold counts by (a kind, a (weekday, hour), a (muscle, side), ...).
_Key = TypeVar("_Key", bound=Hashable)
#: Counts per key of a list of rows.
_Fold = Callable[[list[_Row]], Mapping[_Key, int]]

_LISTS = ("episodes", "muscles", "checkins", "doses", "triggers", "episode_triggers", "reliefs", "breaks",
          "listening", "record_days")


@dataclass
class History:
    """Rows of the days ``first`` to ``last`` (inclusive).

    ``muscles``: (day, muscle, side, count); ``doses``: :class:`DoseDay` (day first);
    ``triggers``: (day, trigger) ticked in check-ins, distinct;
    ``episode_triggers``: (day, trigger, spasm entries noting it); ``reliefs``: (day, relief,
    helped, minutes, count); ``breaks``: (day, :class:`BreakDay`) or ``None``
    without a pacing table; ``listening``: (day, :class:`ListeningDay`) or
    ``None`` without a listening table.
    """

    first: date
    last: date
    episodes: list[EpisodeRow] = field(default_factory=list)
    muscles: list[MuscleRow] = field(default_factory=list)
    checkins: list[CheckinValues] = field(default_factory=list)
    doses: list[DoseDay] = field(default_factory=list)
    triggers: list[TriggerRow] = field(default_factory=list)
    episode_triggers: list[EpisodeTriggerRow] = field(default_factory=list)
    reliefs: list[ReliefRow] = field(default_factory=list)
    breaks: list[BreakRow] | None = None
    listening: list[ListeningRow] | None = None
    #: (day,) for every tracked day (:mod:`~fibro_desktop.core.insights.tracked`), in order.
    record_days: list[tuple[date]] = field(default_factory=list)
    #: Caches, rebuilt on demand after :meth:`prepend`: the day of every row
    #: per list name; month starts and running sums per (list name, fold tag)
    #: (the key type differs per fold, hence ``Any``); whole-week summaries.
    _keys: dict[str, list[date]] = field(default_factory=dict, repr=False)
    _months: dict[tuple[str, str], tuple[list[date], list[dict[Any, int]]]] = field(
        default_factory=dict, repr=False)
    _weeks: dict[date, WeekSummary] = field(default_factory=dict, repr=False)

    def covers(self, period: Period) -> bool:
        return self.first <= period.first and period.last <= self.last

    def prepend(self, older: History) -> None:
        """Add the rows of ``older``, which must end the day before :attr:`first`."""
        if (self.first - older.last).days != 1:
            raise ValueError("the older slice must end the day before this history starts")
        for name in _LISTS:
            mine, theirs = getattr(self, name), getattr(older, name)
            if mine is None or theirs is None:
                setattr(self, name, None if mine is None and theirs is None else (theirs or []) + (mine or []))
            else:
                setattr(self, name, theirs + mine)
        self.first = older.first
        # Day keys, month sums and week summaries are rebuilt on demand.
        self._keys.clear()
        self._months.clear()
        self._weeks.clear()

    def _slice(self, name: str, rows: list[_Row], period: Period) -> list[_Row]:
        """The rows of ``period``; ``rows`` is this history's list ``name``
        (the name keys the cache of their days)."""
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = [r[0] for r in rows]
        return rows[bisect.bisect_left(keys, period.first):bisect.bisect_right(keys, period.last)]

    def _summed(self, name: str, rows: list[_Row], period: Period, fold: _Fold[_Row, _Key],
                tag: str = "") -> dict[_Key, int]:
        """``fold(rows)`` (a dict of counts) over the period's rows of list ``name``.

        Whole calendar months come from cumulative sums per month (built
        once per history), so any period costs two dict differences plus
        the rows of at most two partial months: ten years do not cost
        40,000 rows.
        """
        months, sums = self._month_sums(name, rows, fold, tag)
        start = bisect.bisect_left(months, period.first)
        stop = bisect.bisect_right(months, period.last) - 1
        while stop >= start and _month_end(months[stop]) > period.last:
            stop -= 1
        if stop < start:
            return dict(fold(self._slice(name, rows, period)))
        total = dict(sums[stop])
        if start > 0:
            for key, n in sums[start - 1].items():
                total[key] -= n
        for edge_first, edge_last in ((period.first, months[start] - timedelta(days=1)),
                                      (_month_end(months[stop]) + timedelta(days=1), period.last)):
            if edge_first <= edge_last:
                for key, n in fold(self._slice(name, rows, Period(edge_first, edge_last))).items():
                    total[key] = total.get(key, 0) + n
        return {k: n for k, n in total.items() if n}

    def _month_sums(self, name: str, rows: list[_Row], fold: _Fold[_Row, _Key],
                    tag: str) -> tuple[list[date], list[dict[_Key, int]]]:
        """Month starts wholly inside this history, and the running total of
        ``fold`` up to and including each month."""
        cached = self._months.get((name, tag))
        if cached is None:
            months: list[date] = []
            sums: list[dict[_Key, int]] = []
            running: dict[_Key, int] = {}
            day = self.first if self.first.day == 1 else _month_end(self.first) + timedelta(days=1)
            while _month_end(day) <= self.last:
                running = dict(running)
                for key, n in fold(self._slice(name, rows, Period(day, _month_end(day)))).items():
                    running[key] = running.get(key, 0) + n
                months.append(day)
                sums.append(running)
                day = _month_end(day) + timedelta(days=1)
            cached = self._months[(name, tag)] = (months, sums)
        return cached

    def _week_summaries(self, period: Period) -> list[WeekSummary]:
        """:func:`weekly_summaries` of the period, with each whole Monday-to-
        Sunday week worked out once per history (medians do not add up, but
        a week's median never changes once the week is loaded)."""
        cache = self._weeks
        summaries = []
        start = week_start(period.first)
        while start <= period.last:
            end = start + timedelta(days=6)
            whole = period.first <= start and end <= period.last
            summary = cache.get(start) if whole else None
            if summary is None:
                part = Period(max(start, period.first), min(end, period.last))
                summary = weekly_summaries(part, self._slice("episodes", self.episodes, part))[0]
                if whole:
                    cache[start] = summary
            summaries.append(summary)
            start += timedelta(days=7)
        return summaries

    def chart_data(self, period: Period) -> ChartData:
        """The :class:`ChartData` of ``period`` (which this history must cover)."""
        if not self.covers(period):
            raise ValueError("the period reaches outside the loaded days")
        data = ChartData(period)
        episodes = self._slice("episodes", self.episodes, period)
        data.episodes = episodes
        data.weeks = self._week_summaries(period)
        data.episodes_per_day = dict(Counter(map(itemgetter(0), episodes)))
        data.kinds = self._summed("episodes", self.episodes, period, _fold_kinds, "kinds")
        for (weekday, hour), n in self._summed("episodes", self.episodes, period, _fold_when, "when").items():
            data.when[weekday][hour] = n
        data.muscles = self._summed("muscles", self.muscles, period, _fold_muscles)
        data.checkins = self._slice("checkins", self.checkins, period)
        data.doses = self._slice("doses", self.doses, period)
        data.checkin_triggers = self._slice("triggers", self.triggers, period)
        data.episode_triggers = self._summed("episode_triggers", self.episode_triggers, period,
                                             _fold_episode_triggers)
        reliefs = self._summed("reliefs", self.reliefs, period, _fold_reliefs)
        data.reliefs = [(*k, n) for k, n in reliefs.items()]
        if self.breaks is not None:
            data.breaks = dict(self._slice("breaks", self.breaks, period))
        if self.listening is not None:
            data.listening = dict(self._slice("listening", self.listening, period))
        data.record_days = frozenset(row[0] for row in self._slice("record_days", self.record_days, period))
        return data


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _fold_kinds(rows: list[EpisodeRow]) -> Counter[str]:
    """Counts per kind of episode rows."""
    return Counter(map(itemgetter(4), rows))


def _fold_when(rows: list[EpisodeRow]) -> Counter[tuple[int, int]]:
    """Counts per (weekday Monday=0, hour) of episode rows."""
    days: list[date] = list(map(itemgetter(0), rows))
    weekday = {d: d.weekday() for d in set(days)}
    return Counter(zip(map(weekday.__getitem__, days), map(itemgetter(5), rows)))


def _fold_muscles(rows: list[MuscleRow]) -> dict[tuple[str, str | None], int]:
    """Summed counts per (muscle, side) of muscle rows."""
    return _weighted(((m, s), n) for _d, m, s, n in rows)


def _fold_episode_triggers(rows: list[EpisodeTriggerRow]) -> dict[str, int]:
    """Summed spasm-entry counts per trigger."""
    return _weighted((t, n) for _d, t, n in rows)


def _fold_reliefs(rows: list[ReliefRow]) -> dict[tuple[str, str | None, int | None], int]:
    """Summed counts per (relief, helped, minutes) of relief rows."""
    return _weighted(((r, h, m), n) for _d, r, h, m, n in rows)


def _weighted(pairs: Iterable[tuple[_Key, int]]) -> dict[_Key, int]:
    """Sum the counts of ``(key, count)`` pairs per key."""
    totals: dict[_Key, int] = {}
    get = totals.get
    for key, n in pairs:
        totals[key] = get(key, 0) + n
    return totals
