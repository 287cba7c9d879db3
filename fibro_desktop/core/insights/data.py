"""The compact data one period of charts needs, as the store returns it.

Plain tuples and dicts of dates and numbers, built by
:func:`fibro_desktop.store.charts_data.load_chart_data` with SQL aggregates;
nothing here is an ORM object. ``None`` for ``breaks``/``listening`` means
the feature's table does not exist (yet); an empty dict means no data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from fibro_desktop.core.insights.periods import Period

if TYPE_CHECKING:  # series reads EpisodeValues from here; WeekSummary is only an annotation
    from fibro_desktop.core.insights.series import WeekSummary

#: (day, intensity 0-10, duration_s or None, recovery_s or None, ...): readers
#: use the first four fields; rows from a History also carry kind and hour.
EpisodeValues = tuple[date, int, "int | None", "int | None", *tuple[Any, ...]]
#: (day, sleep_quality, sleep_hours, mood, energy, mobility, overall_pain); None where not given.
CheckinValues = tuple[date, "float | None", "float | None", "float | None", "float | None", "float | None",
                      "float | None"]


@dataclass(frozen=True)
class BreakDay:
    """Breaks on one day: ``taken`` (including natural breaks) of ``due``."""

    taken: int
    due: int


@dataclass(frozen=True)
class ListeningDay:
    """Relaxation listening on one day: minutes listened and the summed
    before-minus-after tension change over ``rated`` sessions (positive =
    tension went down)."""

    minutes: float
    sessions: int
    tension_drop_sum: float
    rated: int


class DoseDay(NamedTuple):
    """Doses of one medication or supplement taken on one day. (A named
    tuple, day first: the history slices a list of them directly.)"""

    day: date
    name: str
    taken: int


@dataclass
class ChartData:
    """Everything the charts and insights of one period read."""

    period: Period
    episodes_per_day: dict[date, int] = field(default_factory=dict)
    episodes: list[EpisodeValues] = field(default_factory=list)
    #: counts[weekday Monday=0][local hour 0-23]
    when: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    muscles: dict[tuple[str, str | None], int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    checkins: list[CheckinValues] = field(default_factory=list)
    doses: list[DoseDay] = field(default_factory=list)
    #: (day, trigger) pairs ticked in the day's check-in ("what happened
    #: that day"), distinct: the only exposure a trigger ratio is built from.
    checkin_triggers: list[tuple[date, str]] = field(default_factory=list)
    #: Per trigger, how many spasm entries noted it (counts, never exposure:
    #: a trigger noted on a spasm always comes with a spasm).
    episode_triggers: dict[str, int] = field(default_factory=dict)
    #: (relief, helped, minutes_to_relief, how many rows like this)
    reliefs: list[tuple[str, str | None, int | None, int]] = field(default_factory=list)
    breaks: dict[date, BreakDay] | None = None
    listening: dict[date, ListeningDay] | None = None
    #: Per-week summaries (``core.insights.series.WeekSummary``), when the
    #: source had them ready; ``None`` means work them out from ``episodes``.
    weeks: list[WeekSummary] | None = None
    #: Every tracked day of the period as the store found it (a record the
    #: person made: :mod:`~fibro_desktop.core.insights.tracked`).
    record_days: frozenset[date] = frozenset()

    @property
    def episode_total(self) -> int:
        return sum(self.episodes_per_day.values())

    @property
    def checkin_days(self) -> set[date]:
        return {row[0] for row in self.checkins}

    @property
    def tracked_days(self) -> set[date]:
        """Days with a record the person made themselves (the definition is
        :mod:`~fibro_desktop.core.insights.tracked`; the report uses this
        same set). A day with none is unknown, never "no spasm".

        :attr:`record_days` holds them all when the store built this data;
        the days of this data's own spasms, check-ins, doses and relaxation
        sessions (all of them such records) are added so data built by hand
        counts them too. Break days are not: the break timer writes those
        by itself."""
        days = set(self.record_days) | set(self.episodes_per_day) | self.checkin_days | {d.day for d in self.doses}
        if self.listening:
            days.update(self.listening)
        return days

    @property
    def checkin_exposure(self) -> dict[date, frozenset[str]]:
        """Every check-in day with the triggers ticked in it (an empty set
        when none were): the days a trigger ratio compares."""
        ticked: dict[date, set[str]] = {}
        for day, trigger in self.checkin_triggers:
            ticked.setdefault(day, set()).add(trigger)
        return {day: frozenset(ticked.get(day, ())) for day in self.checkin_days}

    @property
    def is_empty(self) -> bool:
        return not self.episodes_per_day and not self.checkins
