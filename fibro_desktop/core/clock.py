"""Clocks passed into logic so that tests can move time by hand.

Two kinds of time matter in this app:

* wall time, an aware :class:`datetime.datetime` with the local UTC offset,
  for what a person sees and what is stored;
* monotonic time, in seconds as a float, for measuring intervals that must not
  jump when the wall clock is changed (pacing timers).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the time; see :class:`SystemClock`."""

    def now(self) -> datetime:
        """Current local wall time, timezone-aware."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (arbitrary origin)."""


class SystemClock:
    """The real clock of this computer."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass
class FakeClock:
    """A clock that only moves when told to; for tests and simulations.

    ``wall`` is aware; ``mono`` is in seconds. :meth:`advance` moves both,
    :meth:`jump_wall` moves only the wall clock (a manual clock change), and
    :meth:`sleep_machine` moves the wall clock but, like a suspended
    computer on most platforms, not the monotonic one.
    """

    wall: datetime
    mono: float = 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds

    def jump_wall(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
