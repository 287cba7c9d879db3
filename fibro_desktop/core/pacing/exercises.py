"""Break prompts and gentle exercises, read from data and chosen per break.

The data lives in ``resources/pacing/exercises.json`` (the UI reads the file
and passes the parsed JSON here). Each exercise names the tier it suits
(``micro``, ``movement`` or ``any``) and the muscle groups it moves
(vocabulary ids), so groups that are spasming today can be left out. A
bundled exercise that moves none of them says so (``"still": true``: the
eyes, the breath). ``"release": true`` marks the ones that tighten nothing:
a recovery break ("Spasm now") offers only those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fibro_desktop.core.vocabulary import MUSCLE_GROUPS

_MUSCLE_IDS = frozenset(t.id for t in MUSCLE_GROUPS)
TIERS = ("micro", "movement", "any")
#: The person's own exercises: ids the app makes (``own_`` + hex); no comma,
#: as the list of exercises turned off is comma-separated.
OWN_ID = re.compile(r"own_[0-9A-Za-z_-]{1,64}")
#: Longest name the "Your own exercise" form takes.
MAX_OWN_TITLE_CHARS = 80


@dataclass(frozen=True)
class Exercise:
    """One prompt: ``steps`` are short sentences shown in order."""

    id: str
    tier: str
    title: str
    steps: tuple[str, ...]
    muscles: frozenset[str] = frozenset()
    release: bool = False

    def suits(self, kind: str) -> bool:
        """Whether it fits a break of ``kind``; a recovery break takes only
        release exercises (nothing that tightens a muscle during a spasm)."""
        if kind == "recovery":
            return self.release
        return self.tier == "any" or self.tier == kind


def parse_exercises(data: dict[str, Any], *, bundled: bool = False) -> list[Exercise]:
    """Exercises from the parsed JSON ``{"version": 1, "exercises": [...]}``.

    Raises ``ValueError`` naming the first bad entry (unknown tier or muscle,
    duplicate id, no steps; for the ``bundled`` file also an exercise that
    names no muscle group without being marked still), so a broken data file
    fails its test, not the app.
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
        if bundled and bool(muscles) == bool(raw.get("still", False)):
            raise ValueError(f"exercise {ident!r}: name the muscle groups it moves, or mark it still")
        seen.add(ident)
        result.append(Exercise(ident, raw["tier"], str(raw.get("title", ident)), steps, muscles,
                               release=bool(raw.get("release", False))))
    return result


def own_exercise_problem(ident: object, tier: object, title: object, steps: object,
                         muscles: object) -> tuple[str, str] | None:
    """The first problem with an own exercise as stored (``steps`` one per
    line, ``muscles`` comma-separated ids), as (column, plain sentence); the
    checks of the form that makes them, for rows that arrive another way."""
    if not isinstance(ident, str) or not OWN_ID.fullmatch(ident):
        return "exercise_id", "An own exercise's id must be \"own_\" followed by letters or digits."
    if tier not in TIERS:
        return "tier", "This kind of break is not one the app knows."
    if not isinstance(title, str) or not title.strip():
        return "title", "Please give it a name."
    if len(title) > MAX_OWN_TITLE_CHARS:
        return "title", f"Please keep the name under {MAX_OWN_TITLE_CHARS} characters."
    if not isinstance(steps, str) or not steps.strip():
        return "steps", "Please write at least one step."
    if not isinstance(muscles, str) or not {m for m in muscles.split(",") if m} <= _MUSCLE_IDS:
        return "muscles", "This names a muscle group the app does not know."
    return None


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
