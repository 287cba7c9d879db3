"""What another tab fills in when it opens the quick log or the episode editor.

The rescue plan ("Log this spasm"), the break panel ("I have a spasm") and
the Journal's own buttons open the same two forms. They used to pass plain
dicts, and one key drifted: the rescue plan's "From your rescue plan." was
sent to the editor, which never showed it. A frozen dataclass makes the
contract explicit, and both forms read every field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: A muscle group id and its side (``None`` for groups without sides).
MuscleKey = tuple[str, str | None]


@dataclass(frozen=True)
class EpisodePrefill:
    """Fields to fill in a new spasm entry; every one is optional."""

    kind: str | None = None
    intensity: int | None = None
    started: datetime | None = None
    muscles: frozenset[MuscleKey] = frozenset()
    #: Relief ids already tried, or ``own:<title>`` for one's own steps, in order.
    reliefs: tuple[str, ...] = ()
    notes: str = ""
    ongoing: bool = False
    #: One translated line shown above the form saying where the entry comes
    #: from ("From your rescue plan."); never saved.
    source_note: str = ""

    def unique_reliefs(self) -> tuple[str, ...]:
        """:attr:`reliefs` without repeats, first mention first."""
        return tuple(dict.fromkeys(self.reliefs))
