"""The "closed for maintenance" gate of the one write path.

Some work replaces the data file itself (changing the passphrase). It runs
off the GUI thread, and meanwhile the GUI thread keeps running its timers:
a break that ends, the desk time kept every few minutes. Such a write must
not reach the database object then: peewee would reopen the *old* file
(or the new one with the old key) and the write would be lost with it.

While the gate is closed (:meth:`Maintenance.closed_for`):

* a write a person asked for (a form's Save, through
  :func:`fibro_desktop.ui.operations.run`) is refused with
  :class:`ClosedForMaintenance`, whose text says so in plain words; the form
  keeps what was typed (``ui/write_errors.py``);
* a write nobody waits for (the pacing timer, routine progress from another
  tab) waits: :meth:`Maintenance.when_open` runs it right after the gate
  opens again, in order, on the new file.

One gate per running app: it lives on ``DataEvents`` (``events.maintenance``),
which every writer already holds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication


class ClosedForMaintenance(RuntimeError):
    """A write was refused because the data file is being replaced; nothing
    was written. ``str(exc)`` is the plain-words reason."""


class Maintenance:
    """Closed while the data file is being replaced; see the module docstring."""

    def __init__(self) -> None:
        self._reason = ""
        self._waiting: list[Callable[[], object]] = []

    @property
    def closed(self) -> bool:
        return bool(self._reason)

    def refusal(self) -> ClosedForMaintenance:
        """The error a refused write raises, with its plain words."""
        return ClosedForMaintenance(self._reason)

    def check(self) -> None:
        """Raise :class:`ClosedForMaintenance` while closed."""
        if self.closed:
            raise self.refusal()

    def when_open(self, write: Callable[[], object]) -> bool:
        """Run ``write`` now if open (True), else once the gate opens (False)."""
        if not self.closed:
            write()
            return True
        self._waiting.append(write)
        return False

    @contextmanager
    def closed_for(self, reason: str) -> Iterator[None]:
        """Close the gate for the ``with`` block. ``reason`` is what a refused
        write tells the person. On leaving, the waiting writes run in order;
        one that fails is reported as an exception in a slot is
        (``sys.excepthook``) and the next still runs."""
        if self.closed:
            raise self.refusal()
        self._reason = reason or QCoreApplication.translate(
            "Maintenance", "Fibro Desktop is busy with your data file.")
        try:
            yield
        finally:
            self._reason = ""
            waiting, self._waiting = self._waiting, []
            for write in waiting:
                try:
                    write()
                except Exception:
                    sys.excepthook(*sys.exc_info())
