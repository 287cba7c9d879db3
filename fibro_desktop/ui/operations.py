"""Run an operation and announce what it changed: the one write path of the UI.

An operation (:mod:`fibro_desktop.ops`) is one user intent in one transaction
and returns :class:`~fibro_desktop.core.changes.Changes`. Widgets never emit
``DataEvents.changed`` themselves; they call :func:`run` with themselves as
``origin``::

    run(self._events, lambda: journal_ops.save_checkin(self._db, checkin, now), origin=self)

and a listener skips its own news with ``origin is self``, without flags.

:func:`run` works on the GUI thread (every save is a few milliseconds) and
lets errors through to the caller, who knows the words for them (a full
disk keeps the form open). Long work (import, export, backup, protection)
goes through :func:`run_in_background` (:mod:`fibro_desktop.ui.background`).

While the data file is being replaced (a passphrase change) the app is
"closed for maintenance" (``events.maintenance``,
:mod:`fibro_desktop.ui.maintenance`): :func:`run` refuses with
:class:`~fibro_desktop.ui.maintenance.ClosedForMaintenance` (plain words, the
form stays open), and :func:`run_when_open`, for writes nobody waits for,
keeps the write until the new file is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # the wiring imports this module before the first paint
    from fibro_desktop.core.changes import Changes
    from fibro_desktop.ui.events import DataEvents

T = TypeVar("T")


def run(events: DataEvents, op: Callable[[], Changes], *, origin: object,
        on_done: Callable[[Changes], None] | None = None) -> Changes:
    """Run ``op`` now, announce its changes once (when there are any), then
    call ``on_done``. An exception from ``op`` reaches the caller and nothing
    is announced (the transaction was rolled back). Refused, with nothing
    written, while the data file is being replaced (``ClosedForMaintenance``)."""
    events.maintenance.check()
    changes = op()
    announce(events, changes, origin=origin)
    if on_done is not None:
        on_done(changes)
    return changes


def run_for(events: DataEvents, op: Callable[[], tuple[T, Changes]], *, origin: object) -> T:
    """Like :func:`run` for an operation that also returns a value (the saved
    record, the undo snapshot); returns that value."""
    events.maintenance.check()
    value, changes = op()
    announce(events, changes, origin=origin)
    return value


def run_when_open(events: DataEvents, op: Callable[[], Changes], *, origin: object) -> bool:
    """Run a write nobody waits for (a timer's, another tab's progress) now,
    or, while the data file is being replaced, right after it is open again.
    True if it ran now."""
    return events.maintenance.when_open(lambda: run(events, op, origin=origin))


def announce(events: DataEvents, changes: Changes, *, origin: object) -> None:
    """Tell every view once; an operation that changed nothing stays quiet."""
    if not changes.empty:
        events.changed.emit(changes, origin)


class Writer:
    """Runs operations for a group of widgets under one origin, e.g. the
    panels of a tab with the tab as origin (the tab then skips its own news
    and each panel refreshes itself)."""

    def __init__(self, events: DataEvents, origin: object):
        self._events = events
        self.origin = origin

    def __call__(self, op: Callable[[], Changes]) -> Changes:
        return run(self._events, op, origin=self.origin)

    def value(self, op: Callable[[], tuple[T, Changes]]) -> T:
        return run_for(self._events, op, origin=self.origin)
