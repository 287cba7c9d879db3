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
from fibro_desktop.core.insights.history import History
from fibro_desktop.core.insights.periods import Period, default_periods, period_for
from fibro_desktop.core.insights.summary import Insights, insights_for
from fibro_desktop.core.instants import local_day
from fibro_desktop.store.charts_data import read_history, recorded_range

#: Older history is read in slices of this many days while the tab is idle,
#: so a first switch to a long period is instant too.
PREFETCH_DAYS = 240
#: The last four weeks are always loaded (the period picker's shortest
#: choices and a first paint need no more).
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
        """Data changed elsewhere: drop the history and the recorded range;
        the next :meth:`load` reads them again."""
        self._history = None
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
    def difference_windows(self) -> tuple[Period, Period] | None:
        """The two windows "measuring the difference" compares: the first and
        last four weeks of the loaded period's recorded days (its ends
        clipped to the first and last recorded day, so a record that ended
        long ago, or was imported, still compares); ``None`` when they would
        overlap or nothing is recorded in the period."""
        found, data = self._recorded, self.data
        if not found or data is None:
            return None
        first, last = max(data.period.first, found[0]), min(data.period.last, found[1])
        return default_periods(first, last) if first <= last else None

    def work_out_insights(self) -> Insights:
        """The loaded period's insights, the two windows sliced from the
        in-memory history (they lie inside the period). Needs a :meth:`load` first."""
        if self.data is None:
            raise RuntimeError("load a period before working out its insights")
        baseline = recent = None
        windows = self.difference_windows()
        if windows and self._history is not None:
            baseline, recent = (self._history.chart_data(w) for w in windows)
        self.insights = insights_for(self.data, baseline, recent)
        return self.insights

    def summary_counts(self) -> tuple[int, int]:
        """(spasms, check-ins) of the loaded period, for the line above the cards."""
        if self.data is None:
            return 0, 0
        return self.data.episode_total, len(self.data.checkins)
