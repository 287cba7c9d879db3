"""What helped: each relief ranked by how often it helped, with counts.

Each row is a relief tried during episodes: ``(relief, helped,
minutes_to_relief, times)``, ``times`` identical tries (the store groups
them; use 1 for a single try), with ``helped`` in ``"yes"``, ``"a_little"``, ``"no"``
or ``None`` (not said). The *helped share* is (yes + a little) / rated,
where rated excludes "not said". Reliefs rated fewer than
:data:`MIN_RATED` times are listed after the others, unranked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fibro_desktop.core.insights.stats import median

MIN_RATED = 3


@dataclass(frozen=True)
class ReliefSummary:
    """How one relief went. ``median_minutes`` is the median time to relief
    over the times it helped (fully or a little) with a time given."""

    relief: str
    tried: int
    helped: int
    helped_a_little: int
    did_not_help: int
    median_minutes: float | None
    timed: int

    @property
    def rated(self) -> int:
        return self.helped + self.helped_a_little + self.did_not_help

    @property
    def helped_share(self) -> float | None:
        """(helped + a little) / rated, or ``None`` if never rated."""
        return (self.helped + self.helped_a_little) / self.rated if self.rated else None

    @property
    def enough_data(self) -> bool:
        return self.rated >= MIN_RATED


@dataclass
class _Tally:
    """Running counts of one relief while the rows are read."""

    tried: int = 0
    yes: int = 0
    a_little: int = 0
    no: int = 0
    #: Minutes to relief of every try that helped with a time given.
    minutes: list[int] = field(default_factory=list)


def relief_ranking(rows: Iterable[tuple[str, str | None, int | None, int]]) -> list[ReliefSummary]:
    """Summaries, best first: enough ratings before too few; then helped share,
    then full "yes" count, then faster median relief, then name."""
    tallies: dict[str, _Tally] = {}
    for relief, helped, minutes, times in rows:
        t = tallies.get(relief)
        if t is None:
            t = tallies[relief] = _Tally()
        t.tried += times
        if helped == "yes":
            t.yes += times
        elif helped == "a_little":
            t.a_little += times
        elif helped == "no":
            t.no += times
        if helped in ("yes", "a_little") and minutes is not None:
            t.minutes.extend([minutes] * times)
    summaries = [ReliefSummary(name, t.tried, t.yes, t.a_little, t.no, median(t.minutes), len(t.minutes))
                 for name, t in tallies.items()]
    return sorted(summaries, key=lambda s: (not s.enough_data, -(s.helped_share or 0), -s.helped,
                                            s.median_minutes if s.median_minutes is not None else 1e9, s.relief))
