"""What a write changed: the areas of data and the ids of the records.

Every operation (:mod:`fibro_desktop.ops`) returns a :class:`Changes`; the
UI announces it once, with its origin, on ``DataEvents.changed`` and each
view asks ``changes.touches(Area.X)`` for the data it shows. An import or a
restore replaces everything and says so with :attr:`Area.ALL`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

RecordId = str | int


class Area(str, Enum):
    """A kind of data a view may show. The values are stable words (logs,
    tests) and never shown to a person."""

    EPISODES = "episodes"            # spasm episodes (journal)
    CHECKINS = "checkins"            # daily check-ins (journal)
    MEDICATIONS = "medications"      # medications and doses taken (journal)
    RED_FLAGS = "red_flags"          # patterns worth a doctor's attention (journal banner, report)
    BREAKS = "breaks"                # pacing breaks and desk time
    EXERCISES = "exercises"          # the person's own pacing exercises
    LISTENING = "listening"          # relaxation sessions listened to
    RECORDINGS = "recordings"        # the person's own audio in the Relax library
    KIT = "kit"                      # toolkit: the kit checklist
    ROUTINE = "routine"              # toolkit: today's prevention routine and its items
    RESCUE_PLAN = "rescue_plan"      # toolkit: the steps of the rescue plan
    CONTACTS = "contacts"            # toolkit: the care team
    ALL = "all"                      # an import, a restore: anything may have changed


#: The areas shown on the Toolkit tab.
TOOLKIT_AREAS = (Area.KIT, Area.ROUTINE, Area.RESCUE_PLAN, Area.CONTACTS)


@dataclass(frozen=True)
class Changes:
    """The result of one operation. ``ids`` pairs an area with the id (uid
    or row id) of a record written in it, when the operation knows one."""

    areas: frozenset[Area] = frozenset()
    ids: tuple[tuple[Area, RecordId], ...] = ()

    @classmethod
    def of(cls, *areas: Area, ids: tuple[tuple[Area, RecordId], ...] = ()) -> Changes:
        return cls(frozenset(areas), ids)

    @classmethod
    def record(cls, area: Area, record_id: RecordId | None) -> Changes:
        """One record (``record_id`` may be unknown) written in ``area``."""
        return cls(frozenset({area}), () if record_id is None else ((area, record_id),))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset({Area.ALL}))

    @property
    def empty(self) -> bool:
        return not self.areas

    def touches(self, *areas: Area) -> bool:
        """Whether a view showing any of ``areas`` must look again
        (always after an import or a restore)."""
        return Area.ALL in self.areas or any(area in self.areas for area in areas)

    def ids_in(self, area: Area) -> tuple[RecordId, ...]:
        return tuple(record_id for where, record_id in self.ids if where == area)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.ids + other.ids)
