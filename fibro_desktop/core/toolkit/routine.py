"""The daily prevention routine: items with a daily target, and progress.

Each item has a ``target`` (1 for a simple tick, e.g. 8 for glasses of
water). A day's ``amount`` per item counts towards it; the item is done
when the amount reaches the target. Progress is "done of total", shown
without judgement.

Some item kinds are fed by other tabs through
``intents.routine_progress(RoutineProgress(kind, amount))`` (:data:`AUTO_KINDS`;
a stretch is reported as :data:`STRETCH` and ticks a stretch item), and the
check-in's glasses of water count towards the water item (:func:`water_after_checkin`).
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


#: Kinds other tabs report: a finished relaxation session or a few minutes
#: with the breathing pacer, a break taken (a change of position), a glass
#: of water logged (or the check-in's glasses), the heat timer run to its end
#: (warmth), a movement break with a stretch (the first stretch item).
RELAXATION = RoutineKind.RELAXATION
POSITION_CHANGES = RoutineKind.POSITION_CHANGES
WATER = RoutineKind.WATER
WARMTH = RoutineKind.WARMTH
#: Stretch items, in the order a stretch from another tab ticks them: the
#: first one of these the person has and has not yet done today.
STRETCH_KINDS = (RoutineKind.MORNING_STRETCH, RoutineKind.EVENING_STRETCH)
#: What another tab reports for a stretch done (not an item kind itself).
STRETCH = "stretch"
#: Pacing's bundled exercises (``resources/pacing/exercises.json``) that are
#: a stretch: a movement break taken with one of them reports :data:`STRETCH`.
STRETCH_EXERCISES = frozenset({"neck_turn", "shoulder_circles", "gentle_side_reach", "ankle_rolls"})
#: The routine item that suggests electrolytes or magnesium (a quiet
#: "check with your doctor or pharmacist first" line goes with it).
MINERALS = RoutineKind.MINERALS
AUTO_KINDS = frozenset({RELAXATION, POSITION_CHANGES, WATER, WARMTH, *STRETCH_KINDS})


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

    def line_for_kind(self, kind: str) -> RoutineLine | None:
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


def water_after_checkin(routine_amount: int, glasses: int | None, previous_glasses: int | None) -> int | None:
    """The routine's glasses of water for a day once its check-in says
    ``glasses`` (``None``: the question was left open, nothing changes).

    The check-in is the person's own count of the day, so the routine shows
    at least that many (glasses ticked in Pacing are not counted twice). If
    the routine showed exactly what the check-in said before, it came from
    there, so it follows a correction down too. Returns the new amount, or
    ``None`` when the routine stays as it is.
    """
    if glasses is None:
        return None
    if previous_glasses is not None and routine_amount == previous_glasses:
        new = glasses
    else:
        new = max(routine_amount, glasses)
    return None if new == routine_amount else clamp_amount(new)
