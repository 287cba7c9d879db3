"""The regions of the body map: which muscle group, which side, which view.

A *region* is one selectable place on the body map, keyed by
``(muscle id, side)``: groups in ``SIDED_MUSCLE_GROUPS`` give two regions,
``(id, "left")`` and ``(id, "right")``; the others one, ``(id, None)``.
Sides are always the person's own sides, never the viewer's.

The ids and sides come from :mod:`fibro_desktop.core.vocabulary`, so adding a
muscle group there adds it here (it then needs an entry in ``VIEWS`` and a
shape in ``ui/body_map/geometry.py``; ``tests/core/test_body_regions.py``
checks that nothing is missing). This module is pure: no Qt, no drawing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fibro_desktop.core.vocabulary import MUSCLE_GROUPS, SIDED_MUSCLE_GROUPS

FRONT = "front"
BACK = "back"
LEFT = "left"
RIGHT = "right"
BOTH = "both"

#: Key of a region: (muscle group id, "left" | "right" | None).
RegionKey = tuple[str, str | None]

#: On which figure each muscle group can be seen and picked.
VIEWS: dict[str, tuple[str, ...]] = {
    "jaw": (FRONT,),
    "neck": (FRONT, BACK),
    "shoulders": (FRONT, BACK),
    "upper_back": (BACK,),
    "lower_back": (BACK,),
    "chest": (FRONT,),
    "abdomen": (FRONT,),
    "upper_arms": (FRONT, BACK),
    "forearms": (FRONT, BACK),
    "hands": (FRONT, BACK),
    "hips_glutes": (BACK,),
    "front_thighs": (FRONT,),
    "back_thighs": (BACK,),
    "calves": (BACK,),
    "feet": (FRONT, BACK),
}


@dataclass(frozen=True)
class BodyRegion:
    """One selectable region: a muscle group on one side (or unsided)."""

    muscle: str
    side: str | None
    label: str  # the group's English label from the vocabulary
    views: tuple[str, ...]

    @property
    def key(self) -> RegionKey:
        return (self.muscle, self.side)


def _build_regions() -> tuple[BodyRegion, ...]:
    regions: list[BodyRegion] = []
    # Vocabulary order runs roughly head to toe, which gives a sensible
    # keyboard order; within a group the person's right comes first because
    # on the front figure (the first one read) it is on the viewer's left.
    for term in MUSCLE_GROUPS:
        views = VIEWS.get(term.id, (FRONT,))
        sides: tuple[str | None, ...] = (RIGHT, LEFT) if term.id in SIDED_MUSCLE_GROUPS else (None,)
        regions.extend(BodyRegion(term.id, side, term.label, views) for side in sides)
    return tuple(regions)


#: Every region, in keyboard (Tab) order.
REGIONS: tuple[BodyRegion, ...] = _build_regions()
REGION_BY_KEY: dict[RegionKey, BodyRegion] = {r.key: r for r in REGIONS}


def expand_key(muscle: str, side: str | None) -> tuple[RegionKey, ...]:
    """The region keys meant by a stored ``(muscle, side)`` pair.

    ``side`` may be ``"both"`` (as the journal stores it) for both sides, and
    is ignored for unsided groups; ``None`` on a sided group means both sides
    too (the side was not recorded). Raises ``ValueError`` for an unknown
    muscle id or side.
    """
    if (muscle, None) in REGION_BY_KEY:
        if side not in (None, LEFT, RIGHT, BOTH):
            raise ValueError(f"unknown side {side!r}")
        return ((muscle, None),)
    if (muscle, LEFT) not in REGION_BY_KEY:
        raise ValueError(f"unknown muscle group {muscle!r}")
    if side in (LEFT, RIGHT):
        return ((muscle, side),)
    if side in (None, BOTH):
        return ((muscle, RIGHT), (muscle, LEFT))
    raise ValueError(f"unknown side {side!r}")


def normalize_selection(items: Iterable[tuple[str, str | None]]) -> frozenset[RegionKey]:
    """A selection as region keys, with ``"both"`` expanded (see :func:`expand_key`)."""
    keys: set[RegionKey] = set()
    for muscle, side in items:
        keys.update(expand_key(muscle, side))
    return frozenset(keys)


def normalize_heat(values: Mapping[tuple[str, str | None], float]) -> dict[RegionKey, float]:
    """Heat per region key, each clamped to 0..1.

    A value given for ``"both"`` sides counts for each side; when two entries
    land on the same region the larger value wins.
    """
    heat: dict[RegionKey, float] = {}
    for (muscle, side), value in values.items():
        clamped = min(1.0, max(0.0, float(value)))
        for key in expand_key(muscle, side):
            heat[key] = max(heat.get(key, 0.0), clamped)
    return heat


def sorted_keys(keys: Iterable[RegionKey]) -> list[RegionKey]:
    """Region keys in the map's own (head to toe) order."""
    order = {r.key: i for i, r in enumerate(REGIONS)}
    return sorted(keys, key=lambda k: order.get(k, len(order)))
