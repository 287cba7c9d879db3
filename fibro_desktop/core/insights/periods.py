"""The period picker's choices as inclusive day ranges.

A :class:`Period` is two local calendar days, both included. Choices are
``"7"``, ``"30"``, ``"90"``, ``"365"`` (the last N days, today included),
``"all"`` (from the first recorded day) and ``"custom"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PERIOD_CHOICES: tuple[str, ...] = ("7", "30", "90", "365", "all", "custom")


@dataclass(frozen=True)
class Period:
    """Inclusive range of local days; ``first <= last``."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError("a period cannot end before it starts")

    @property
    def days(self) -> int:
        """Number of calendar days in the period (>= 1)."""
        return (self.last - self.first).days + 1

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]


def period_for(choice: str, today: date, first_recorded: date | None = None,
               custom: Period | None = None) -> Period:
    """The :class:`Period` a choice means on ``today``.

    ``"all"`` starts at ``first_recorded`` (today when nothing is recorded);
    ``"custom"`` returns ``custom`` (required for that choice).
    """
    if choice == "custom":
        if custom is None:
            raise ValueError("a custom period needs its two days")
        return custom
    if choice == "all":
        start = first_recorded if first_recorded is not None and first_recorded <= today else today
        return Period(start, today)
    days = int(choice)
    if days < 1:
        raise ValueError("a period has at least one day")
    return Period(today - timedelta(days=days - 1), today)


#: Length of each window of "measuring the difference", in days.
WINDOW_DAYS = 28


def default_periods(first: date, last: date, days: int = WINDOW_DAYS) -> tuple[Period, Period] | None:
    """(baseline, recent) for "measuring the difference": the first ``days``
    days from ``first`` and the last ``days`` days up to ``last`` (the last
    *recorded* day, or the chosen period's end: never simply today, so an
    older or imported record still compares); ``None`` when they would overlap."""
    baseline = Period(first, first + timedelta(days=days - 1))
    recent = Period(last - timedelta(days=days - 1), last)
    return (baseline, recent) if baseline.last < recent.first else None
