"""A clock for tests and simulations, moved by hand.

Apart from :mod:`fibro_desktop.core.clock`, which the app imports before
its window shows, so that start-up does not define it (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


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
