"""The daily prevention routine: items with a daily target, and progress.

Each item has a ``target`` (1 for a simple tick, e.g. 8 for glasses of
water). A day's ``amount`` per item counts towards it; the item is done
when the amount reaches the target. Progress is "done of total", shown
without judgement.

Three item kinds are fed by other tabs through
``intents.routine_progress(RoutineProgress(kind, amount))``: :data:`AUTO_KINDS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RoutineKind(StrEnum):
    """The stable id of a default routine item, stored in ``routine_item.kind``
    (the values are the stored words and never change; a person's own item
    has no kind)."""

    WATER = "water"
    MINERALS = "minerals"
    MORNING_STRETCH = "morning_stretch"
    EVENING_STRETCH = "evening_stretch"
    WARMTH = "warmth"
    RELAXATION = "relaxation"
    POSITION_CHANGES = "position_changes"
    PACING = "pacing"


def routine_kind(value: str | None) -> RoutineKind | None:
    """The kind stored as ``value``; ``None`` for a person's own item (and for
    a word this version does not know, which is then shown as one's own)."""
    try:
        return None if value is None else RoutineKind(value)
    except ValueError:
        return None


#: Kinds other tabs report: a finished relaxation session, a break taken
#: (a change of position), a glass of water logged.
AUTO_KINDS = frozenset({RoutineKind.RELAXATION, RoutineKind.POSITION_CHANGES, RoutineKind.WATER})


@dataclass(frozen=True)
class RoutineItem:
    """One line of the routine, as stored.

    ``kind`` is a stable id for defaults (``water``, ``morning_stretch``…)
    or ``None`` for the user's own; ``target`` ≥ 1 is the daily count that
    makes it done.
    """

    id: int
    uid: str
    name: str
    target: int = 1
    kind: RoutineKind | None = None
    position: int = 0
    archived: bool = False

    @property
    def counted(self) -> bool:
        """Shown as a counter (−/+) rather than a single tick."""
        return self.target > 1


@dataclass(frozen=True)
class RoutineDefault:
    kind: RoutineKind
    name: str
    target: int = 1


DEFAULT_ROUTINE: tuple[RoutineDefault, ...] = (
    RoutineDefault(RoutineKind.WATER, "Glasses of water", 8),
    RoutineDefault(RoutineKind.MINERALS, "Electrolytes or magnesium-rich food"),
    RoutineDefault(RoutineKind.MORNING_STRETCH, "Morning stretch"),
    RoutineDefault(RoutineKind.EVENING_STRETCH, "Evening stretch"),
    RoutineDefault(RoutineKind.WARMTH, "Warmth (heat pad, warm bath or wrap)"),
    RoutineDefault(RoutineKind.RELAXATION, "A breathing or relaxation session"),
    RoutineDefault(RoutineKind.POSITION_CHANGES, "Changes of position", 6),
    RoutineDefault(RoutineKind.PACING, "Followed my pacing plan"),
)


@dataclass(frozen=True)
class RoutineLine:
    """An item together with the amount done on one day."""

    item: RoutineItem
    amount: int = 0

    @property
    def done(self) -> bool:
        return self.amount >= self.item.target


@dataclass(frozen=True)
class RoutineDay:
    """The routine of one local ``day``: its lines in order."""

    day: date
    lines: tuple[RoutineLine, ...]

    @property
    def done_count(self) -> int:
        return sum(1 for line in self.lines if line.done)

    @property
    def total(self) -> int:
        return len(self.lines)

    def line_for_kind(self, kind: RoutineKind) -> RoutineLine | None:
        return next((line for line in self.lines if line.item.kind == kind), None)


def build_day(day: date, items: list[RoutineItem], amounts: dict[int, int]) -> RoutineDay:
    """Combine the active ``items`` (in order) with ``amounts`` by item id."""
    active = sorted((i for i in items if not i.archived), key=lambda i: (i.position, i.id))
    return RoutineDay(day, tuple(RoutineLine(i, max(0, amounts.get(i.id, 0))) for i in active))


def clamp_amount(amount: int, *, cap: int = 999) -> int:
    """Amounts stay between 0 and a generous cap (tapping "+" a lot is fine)."""
    return max(0, min(cap, amount))


@dataclass(frozen=True)
class Adherence:
    """For the charts: on ``day``, ``done`` of ``total`` items were done."""

    day: date
    done: int
    total: int
