"""What the Charts page shows, without any widget: the chosen period's data,
the insights, and the in-memory history behind them.

:class:`ChartsPageData` is built from store results
(:mod:`fibro_desktop.store.charts_data`) and knows nothing of Qt, so it can be
tested with a plain database; :class:`~fibro_desktop.ui.charts.page.ChartsPage`
holds one and only decides what is drawn when.

The history is read once for the recent weeks and then extended backwards in
slices (:meth:`ChartsPageData.prefetch_step`), so a later switch to a long
period reads only the days not loaded yet. A data change elsewhere drops
everything cached (:meth:`ChartsPageData.forget`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Protocol

from fibro_desktop.core.insights.data import ChartData
from fibro_desktop.core.insights.difference import default_periods
from fibro_desktop.core.insights.history import History
from fibro_desktop.core.insights.periods import Period, period_for
from fibro_desktop.core.insights.summary import Insights, insights_for
from fibro_desktop.core.instants import local_day
from fibro_desktop.store.charts_data import (
    load_chart_data,
    read_history,
    recorded_range,
)

#: Older history is read in slices of this many days while the tab is idle,
#: so a first switch to a long period is instant too.
PREFETCH_DAYS = 240
#: The recent weeks of "measuring the difference" are always loaded.
RECENT_DAYS = 28


class _Clock(Protocol):
    def now(self) -> datetime: ...


class ChartsPageData:
    """The Charts page's data for one database and clock.

    ``data`` is the last loaded period's :class:`ChartData` (``None`` before
    the first :meth:`load`); ``insights`` are worked out on demand
    (:meth:`work_out_insights`) and dropped by the next load.
    """

    def __init__(self, db: Any, clock: _Clock):
        # ``db`` is the open database, handed on to the store's queries
        # (widgets do not import the ORM, so it is not typed here).
        self._db = db
        self._clock = clock
        self.data: ChartData | None = None
        self.insights: Insights | None = None
        #: Loaded days (extended backwards in the background); ``None`` = read again.
        self._history: History | None = None
        self._recorded: tuple[date, date] | None = None  # first and last recorded day
        self._recorded_known = False
        self._baseline: ChartData | None = None  # the first weeks, cached until data changes

    def today(self) -> date:
        return local_day(self._clock.now())

    # -- what is recorded ---------------------------------------------------------------------
    @property
    def recorded(self) -> tuple[date, date] | None:
        """First and last day with an episode or check-in as last read, or
        ``None`` (nothing recorded, or not read since :meth:`forget`)."""
        return self._recorded

    def _read_recorded(self) -> tuple[date, date] | None:
        if not self._recorded_known:
            self._recorded = recorded_range(self._db)
            self._recorded_known = True
        return self._recorded

    def forget(self) -> None:
        """Data changed elsewhere: drop the history, the baseline and the
        recorded range; the next :meth:`load` reads them again."""
        self._history = None
        self._baseline = None
        self._recorded = None
        self._recorded_known = False

    # -- periods and loading ------------------------------------------------------------------
    def period_for(self, choice: str, custom: Period | None = None) -> Period:
        """The period of a picker ``choice`` ("all" starts at the first recorded day)."""
        found = self._read_recorded()
        return period_for(choice, self.today(), found[0] if found else None, custom)

    def load(self, period: Period) -> ChartData:
        """The period's data from the in-memory history, reading only the
        days not loaded yet; it becomes :attr:`data` (insights are dropped)."""
        self._read_recorded()
        today = self.today()
        first = min(period.first, today - timedelta(days=RECENT_DAYS - 1))
        history = self._history
        if history is None or history.last != today:
            history = self._history = read_history(self._db, first, today)
        elif first < history.first:
            history.prepend(read_history(self._db, first, history.first - timedelta(days=1)))
        self.data = history.chart_data(period)
        self.insights = None
        return self.data

    @property
    def fully_loaded(self) -> bool:
        """True when every recorded day is in memory."""
        if not self._recorded:
            return True
        return self._history is not None and self._history.first <= self._recorded[0]

    def prefetch_step(self) -> bool:
        """Read one more slice of older days; returns whether there was one
        to read (then call again later)."""
        history, recorded = self._history, self._recorded
        if history is None or not recorded or history.first <= recorded[0]:
            return False
        first = max(recorded[0], history.first - timedelta(days=PREFETCH_DAYS))
        history.prepend(read_history(self._db, first, history.first - timedelta(days=1)))
        return True

    # -- insights -----------------------------------------------------------------------------
    def work_out_insights(self) -> Insights:
        """The loaded period's insights; the first and last weeks come from a
        small cached read and the in-memory history. Needs a :meth:`load` first."""
        if self.data is None:
            raise RuntimeError("load a period before working out its insights")
        baseline = recent = None
        found = self._recorded
        if found and self._history is not None:
            pair = default_periods(found[0], self.today())
            if pair:
                if self._baseline is None:
                    self._baseline = load_chart_data(self._db, pair[0])
                baseline, recent = self._baseline, self._history.chart_data(pair[1])
        self.insights = insights_for(self.data, baseline, recent)
        return self.insights

    def summary_counts(self) -> tuple[int, int]:
        """(spasms, check-ins) of the loaded period, for the line above the cards."""
        if self.data is None:
            return 0, 0
        return self.data.episode_total, len(self.data.checkins)
