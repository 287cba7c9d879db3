"""What helped: how often each relief helped, with its Wilson range.

Each row is a relief tried during spasms: ``(relief, helped,
minutes_to_relief, times)``, ``times`` identical tries (the store groups
them), ``helped`` in ``"yes"``, ``"a_little"``, ``"no"`` or ``None`` (not
said). A relief *helped* when it helped fully or a little; the share is
over the times it was rated (not said is left out). Reliefs with at least
:data:`~fibro_desktop.core.insights.shares.MIN_RATINGS` ratings are ranked
by the lower end of the range
(:func:`~fibro_desktop.core.insights.shares.rank_by_lower_end`); the others
follow, with their counts only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fibro_desktop.core.insights.averages import median
from fibro_desktop.core.insights.shares import MIN_RATINGS, RankedShare, rank_by_lower_end


@dataclass(frozen=True)
class HelpedRow:
    """One relief: its ranked share (``share.low`` is ``None`` below the
    minimum ratings), how the ratings split, and the typical minutes to
    relief over the times it helped with a time given (``timed`` of them)."""

    share: RankedShare
    tried: int
    fully: int
    a_little: int
    median_minutes: float | None
    timed: int

    @property
    def relief(self) -> str:
        return self.share.name


@dataclass
class _Tally:
    tried: int = 0
    fully: int = 0
    a_little: int = 0
    no: int = 0
    minutes: list[int] = field(default_factory=list)


def what_helped(rows: Iterable[tuple[str, str | None, int | None, int]],
                min_ratings: int = MIN_RATINGS) -> list[HelpedRow]:
    """Every relief tried, ranked reliefs first (by the lower end of the
    Wilson range of "helped"), then the rest by name."""
    tallies: dict[str, _Tally] = {}
    for relief, helped, minutes, times in rows:
        t = tallies.setdefault(relief, _Tally())
        t.tried += times
        if helped == "yes":
            t.fully += times
        elif helped == "a_little":
            t.a_little += times
        elif helped == "no":
            t.no += times
        if helped in ("yes", "a_little") and minutes is not None:
            t.minutes.extend([minutes] * times)
    ranked = rank_by_lower_end(((name, t.fully + t.a_little, t.fully + t.a_little + t.no)
                                for name, t in tallies.items()), min_total=min_ratings)
    return [HelpedRow(share, tallies[share.name].tried, tallies[share.name].fully, tallies[share.name].a_little,
                      median(tallies[share.name].minutes), len(tallies[share.name].minutes)) for share in ranked]
