"""Signals that cross tabs, passed by constructor (no global bus).

:class:`DataEvents` says *what* changed after a write, so views refresh only
what they show. :class:`Intents` carries requests from one tab to another
(open the quick log, play a session); the composition root (``wiring/``)
connects them. Every request that says something carries one frozen
dataclass (:mod:`fibro_desktop.core.intents`, and the journal's
``EpisodePrefill``), never a dict or loose arguments
(``tests/test_conventions.py`` checks it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fibro_desktop.core.changes import Changes
from fibro_desktop.core.intents import OpenGuide, PlaySession, RoutineProgress, ShowTab
from fibro_desktop.core.journal.prefill import EpisodePrefill
from fibro_desktop.ui.maintenance import Maintenance


class DataEvents(QObject):
    """``changed(changes, origin)`` is emitted once after each operation that
    wrote something (:func:`fibro_desktop.ui.operations.run`): ``changes`` is
    a :class:`~fibro_desktop.core.changes.Changes` (ask ``changes.touches(Area.X)``),
    ``origin`` the object that started it (usually a widget), so that a view
    can skip its own news with ``origin is self``.

    ``maintenance`` is the app's "closed for maintenance" gate
    (:mod:`fibro_desktop.ui.maintenance`), checked by every runner."""

    changed = Signal(Changes, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maintenance = Maintenance()


class Intents(QObject):
    """Requests between tabs, each with one typed payload (or none)."""

    #: Bring a tab to the front: a :class:`~fibro_desktop.core.intents.ShowTab`.
    show_tab = Signal(ShowTab)
    #: Open the quick log, prefilled by an :class:`EpisodePrefill` (every field
    #: optional; ``source_note`` says where the entry comes from, shown, never saved).
    quick_log = Signal(EpisodePrefill)
    #: Open the full episode editor for a new episode, prefilled by an :class:`EpisodePrefill`
    #: (the rescue plan's "Log this spasm": tried steps, notes, "From your rescue plan.").
    new_episode = Signal(EpisodePrefill)
    #: Start a relaxation session: a :class:`~fibro_desktop.core.intents.PlaySession`.
    play_session = Signal(PlaySession)
    #: Open the "a spasm is starting" rescue plan (nothing to say: no payload).
    rescue_plan = Signal()
    #: Count towards today's prevention routine from another tab: a
    #: :class:`~fibro_desktop.core.intents.RoutineProgress`, e.g. relaxation 1
    #: after a finished session, position changes 1 after a break taken, water 1 per glass.
    routine_progress = Signal(RoutineProgress)
    #: Open a Learn guide at a section: an :class:`~fibro_desktop.core.intents.OpenGuide`.
    learn = Signal(OpenGuide)

    def open_guide(self, guide: str, section: str = "") -> None:
        """Emit :attr:`learn`; widgets get this as their ``open_guide(guide, section)``
        callback for Learn links."""
        self.learn.emit(OpenGuide(guide, section))
