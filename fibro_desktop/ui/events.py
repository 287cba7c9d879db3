"""Signals that cross tabs, passed by constructor (no global bus).

:class:`DataEvents` says *what* changed after a write, so views refresh only
what they show. :class:`Intents` carries requests from one tab to another
(open the quick log, play a session); the composition root connects them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fibro_desktop.core.changes import Changes


class DataEvents(QObject):
    """``changed(changes, origin)`` is emitted once after each operation that
    wrote something (:func:`fibro_desktop.ui.operations.run`): ``changes`` is
    a :class:`~fibro_desktop.core.changes.Changes` (ask ``changes.touches(Area.X)``),
    ``origin`` the object that started it (usually a widget), so that a view
    can skip its own news with ``origin is self``."""

    changed = Signal(Changes, object)


class Intents(QObject):
    """Requests between tabs, each with a typed payload."""

    show_tab = Signal(str)
    #: Open the quick log, prefilled by an ``EpisodePrefill``
    #: (:mod:`fibro_desktop.core.journal.prefill`).
    quick_log = Signal(object)
    #: Open the full episode editor for a new episode, prefilled by an ``EpisodePrefill``.
    new_episode = Signal(object)
    #: Start a relaxation session by its id (e.g. ``"warm_up"``).
    play_session = Signal(str)
    #: Open the "a spasm is starting" rescue plan.
    rescue_plan = Signal()
    #: Progress on today's prevention routine from another tab: (routine kind
    #: id, amount), e.g. ("relaxation", 1) after a finished session,
    #: ("position_changes", 1) after a break taken, ("water", 1) per glass.
    routine_progress = Signal(str, int)
    #: Open a Learn guide: (guide key, section anchor or ""), e.g.
    #: ("daily-prevention", "warmth"); keys in ``core.learn.guides.GUIDE_KEYS``.
    learn = Signal(str, str)
