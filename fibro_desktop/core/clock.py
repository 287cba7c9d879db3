"""Clocks passed into logic so that tests can move time by hand.

Two kinds of time matter in this app:

* wall time, an aware :class:`datetime.datetime` with the local UTC offset,
  for what a person sees and what is stored;
* monotonic time, in seconds as a float, for measuring intervals that must not
  jump when the wall clock is changed (pacing timers).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the time: :class:`SystemClock`, or in tests
    and simulations :class:`~fibro_desktop.core.fake_clock.FakeClock`."""

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
