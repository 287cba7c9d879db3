"""What one tab asks of another: the payloads of ``ui/events.py:Intents``.

Each request is a frozen dataclass, so the sender and the receiver agree on
its fields by name and a type checker sees both ends (the quick log's and the
episode editor's :class:`~fibro_desktop.core.journal.prefill.EpisodePrefill`
lives with the journal). Plain Python: the CLI and tests can build them too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ShowTab:
    """Bring the tab ``key`` to the front (``"journal"``, ``"pacing"``…)."""

    key: str


@dataclass(frozen=True)
class PlaySession:
    """Start the relaxation session ``session_id`` (one of
    :data:`fibro_desktop.core.relax.library.SESSION_IDS`, e.g. ``"warm_up"``)."""

    session_id: str


@dataclass(frozen=True)
class RoutineProgress:
    """Count ``amount`` towards today's prevention routine item of ``kind``
    (one of :data:`~fibro_desktop.core.toolkit.routine.AUTO_KINDS`, a
    ``RoutineKind``), or a stretch done (``routine.STRETCH``: ticks the first
    stretch item not yet done today)."""

    kind: str
    amount: int = 1


@dataclass(frozen=True)
class OpenGuide:
    """Open the Learn guide ``guide`` (a key of
    :data:`fibro_desktop.core.learn.guides.GUIDE_KEYS`) at ``section`` (an
    anchor as written in the guide, ``""`` for the top)."""

    guide: str
    section: str = ""
