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
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter

from fibro_desktop.core.insights.data import ChartData, CheckinValues
from fibro_desktop.core.insights.periods import Period
from fibro_desktop.core.insights.series import WeekSummary, week_start, weekly_summaries

#: (day, intensity, duration_s, recovery_s, kind, local hour 0-23)
EpisodeRow = tuple[date, int, "int | None", "int | None", str, int]

_LISTS = ("episodes", "muscles", "checkins", "doses", "triggers", "reliefs", "breaks", "listening")


@dataclass
class History:
    """Rows of the days ``first`` to ``last`` (inclusive).

    ``muscles``: (day, muscle, side, count); ``doses``: :class:`DoseDay` (day first);
    ``triggers``: (day, trigger), distinct; ``reliefs``: (day, relief,
    helped, minutes, count); ``breaks``: (day, :class:`BreakDay`) or ``None``
    without a pacing table; ``listening``: (day, :class:`ListeningDay`) or
    ``None`` without a listening table.
    """

    first: date
    last: date
    episodes: list[EpisodeRow] = field(default_factory=list)
    muscles: list[tuple] = field(default_factory=list)
    checkins: list[CheckinValues] = field(default_factory=list)
    doses: list[tuple] = field(default_factory=list)
    triggers: list[tuple] = field(default_factory=list)
    reliefs: list[tuple] = field(default_factory=list)
    breaks: list[tuple] | None = None
    listening: list[tuple] | None = None
    _keys: dict = field(default_factory=dict, repr=False)

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
        self._keys.clear()  # day keys and month sums are rebuilt on demand

    def _slice(self, name: str, period: Period) -> list:
        rows = getattr(self, name)
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = [r[0] for r in rows]
        return rows[bisect.bisect_left(keys, period.first):bisect.bisect_right(keys, period.last)]

    def _summed(self, name: str, period: Period, fold, tag: str = "") -> dict:
        """``fold(rows)`` (a dict of counts) over the period's rows of list ``name``.

        Whole calendar months come from cumulative sums per month (built
        once per history), so any period costs two dict differences plus
        the rows of at most two partial months: ten years do not cost
        40,000 rows.
        """
        months, sums = self._month_sums(name, fold, tag)
        start = bisect.bisect_left(months, period.first)
        stop = bisect.bisect_right(months, period.last) - 1
        while stop >= start and _month_end(months[stop]) > period.last:
            stop -= 1
        if stop < start:
            return dict(fold(self._slice(name, period)))
        total = dict(sums[stop])
        if start > 0:
            for key, n in sums[start - 1].items():
                total[key] -= n
        for edge_first, edge_last in ((period.first, months[start] - timedelta(days=1)),
                                      (_month_end(months[stop]) + timedelta(days=1), period.last)):
            if edge_first <= edge_last:
                for key, n in fold(self._slice(name, Period(edge_first, edge_last))).items():
                    total[key] = total.get(key, 0) + n
        return {k: n for k, n in total.items() if n}

    def _month_sums(self, name: str, fold, tag: str) -> tuple[list[date], list[dict]]:
        """Month starts wholly inside this history, and the running total of
        ``fold`` up to and including each month."""
        cached = self._keys.get(("months", name, tag))
        if cached is None:
            months, sums, running = [], [], {}
            day = self.first if self.first.day == 1 else _month_end(self.first) + timedelta(days=1)
            while _month_end(day) <= self.last:
                running = dict(running)
                for key, n in fold(self._slice(name, Period(day, _month_end(day)))).items():
                    running[key] = running.get(key, 0) + n
                months.append(day)
                sums.append(running)
                day = _month_end(day) + timedelta(days=1)
            cached = self._keys[("months", name, tag)] = (months, sums)
        return cached

    def _week_summaries(self, period: Period) -> list[WeekSummary]:
        """:func:`weekly_summaries` of the period, with each whole Monday-to-
        Sunday week worked out once per history (medians do not add up, but
        a week's median never changes once the week is loaded)."""
        cache = self._keys.setdefault("weeks", {})
        summaries = []
        start = week_start(period.first)
        while start <= period.last:
            end = start + timedelta(days=6)
            whole = period.first <= start and end <= period.last
            summary = cache.get(start) if whole else None
            if summary is None:
                part = Period(max(start, period.first), min(end, period.last))
                summary = weekly_summaries(part, self._slice("episodes", part))[0]
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
        episodes = self._slice("episodes", period)
        data.episodes = episodes
        data.weeks = self._week_summaries(period)
        data.episodes_per_day = dict(Counter(map(itemgetter(0), episodes)))
        data.kinds = self._summed("episodes", period, lambda rows: Counter(map(itemgetter(4), rows)), "kinds")
        for (weekday, hour), n in self._summed("episodes", period, _fold_when, "when").items():
            data.when[weekday][hour] = n
        data.muscles = self._summed("muscles", period, lambda rows: _weighted(((m, s), n) for _d, m, s, n in rows))
        data.checkins = self._slice("checkins", period)
        data.doses = self._slice("doses", period)
        data.trigger_days = self._slice("triggers", period)
        reliefs = self._summed("reliefs", period, lambda rows: _weighted(((r, h, m), n) for _d, r, h, m, n in rows))
        data.reliefs = [(*k, n) for k, n in reliefs.items()]
        if self.breaks is not None:
            data.breaks = dict(self._slice("breaks", period))
        if self.listening is not None:
            data.listening = dict(self._slice("listening", period))
        return data


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _fold_when(rows) -> dict:
    """Counts per (weekday Monday=0, hour) of episode rows."""
    days = list(map(itemgetter(0), rows))
    weekday = {d: d.weekday() for d in set(days)}
    return Counter(zip(map(weekday.__getitem__, days), map(itemgetter(5), rows)))


def _weighted(pairs) -> dict:
    """Sum the counts of ``(key, count)`` pairs per key."""
    totals: dict = {}
    get = totals.get
    for key, n in pairs:
        totals[key] = get(key, 0) + n
    return totals
