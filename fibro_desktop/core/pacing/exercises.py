"""Break prompts and gentle exercises, read from data and chosen per break.

The data lives in ``resources/pacing/exercises.json`` (the UI reads the file
and passes the parsed JSON here). Each exercise names the tier it suits
(``micro``, ``movement`` or ``any``) and the muscle groups it moves
(vocabulary ids), so groups that are spasming today can be left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fibro_desktop.core.vocabulary import MUSCLE_GROUPS

_MUSCLE_IDS = frozenset(t.id for t in MUSCLE_GROUPS)
TIERS = ("micro", "movement", "any")


@dataclass(frozen=True)
class Exercise:
    """One prompt: ``steps`` are short sentences shown in order."""

    id: str
    tier: str
    title: str
    steps: tuple[str, ...]
    muscles: frozenset[str] = frozenset()

    def suits(self, kind: str) -> bool:
        """Whether it fits a break of ``kind`` (recovery takes any)."""
        return self.tier == "any" or kind == "recovery" or self.tier == kind


def parse_exercises(data: dict[str, Any]) -> list[Exercise]:
    """Exercises from the parsed JSON ``{"version": 1, "exercises": [...]}``.

    Raises ``ValueError`` naming the first bad entry (unknown tier or muscle,
    duplicate id, no steps), so a broken data file fails its test, not the app.
    """
    result: list[Exercise] = []
    seen: set[str] = set()
    for raw in data.get("exercises", []):
        ident = str(raw.get("id", ""))
        muscles = frozenset(raw.get("muscles", []))
        steps = tuple(str(s) for s in raw.get("steps", []))
        if not ident or ident in seen:
            raise ValueError(f"exercise {ident!r}: missing or duplicate id")
        if raw.get("tier") not in TIERS:
            raise ValueError(f"exercise {ident!r}: unknown tier {raw.get('tier')!r}")
        if not muscles <= _MUSCLE_IDS:
            raise ValueError(f"exercise {ident!r}: unknown muscle groups {sorted(muscles - _MUSCLE_IDS)}")
        if not steps:
            raise ValueError(f"exercise {ident!r}: no steps")
        seen.add(ident)
        result.append(Exercise(ident, raw["tier"], str(raw.get("title", ident)), steps, muscles))
    return result


def choose_exercise(exercises: Sequence[Exercise], kind: str, turn: int, *,
                    disabled: Iterable[str] = (), avoid_muscles: Iterable[str] = ()) -> Exercise | None:
    """The exercise for a break of ``kind``, rotating by ``turn`` (an integer
    the caller increases per break, so prompts vary but stay deterministic).

    Leaves out ``disabled`` ids and any exercise that moves a group in
    ``avoid_muscles``. Returns ``None`` when nothing fits (the UI then shows
    only the general prompt).
    """
    off = set(disabled)
    avoid = set(avoid_muscles)
    fitting = [e for e in exercises if e.suits(kind) and e.id not in off and not (e.muscles & avoid)]
    if not fitting:
        return None
    return fitting[turn % len(fitting)]
