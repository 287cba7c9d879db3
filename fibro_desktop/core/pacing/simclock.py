"""A simulated computer clock with all three readings, for tests and demos.

Unlike :class:`fibro_desktop.core.fake_clock.FakeClock` it also keeps the
suspend-counting ``boot`` clock, so a suspend (wall and boot move, mono does
not) can be told apart from a manual clock change (only wall moves).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fibro_desktop.core.pacing.machine import Instant


@dataclass
class SimClock:
    wall: datetime
    mono: float = 1000.0
    boot: float = 5000.0

    def instant(self) -> Instant:
        return Instant(self.mono, self.wall, self.boot)

    def advance(self, seconds: float) -> Instant:
        """The computer runs for ``seconds``."""
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds
        self.boot += seconds
        return self.instant()

    def suspend(self, seconds: float) -> Instant:
        """The computer sleeps for ``seconds`` (monotonic time stands still)."""
        self.wall += timedelta(seconds=seconds)
        self.boot += seconds
        return self.instant()

    def set_wall(self, seconds: float) -> Instant:
        """Someone sets the clock by ``seconds`` (no real time passes)."""
        self.wall += timedelta(seconds=seconds)
        return self.instant()

    def change_zone(self, offset: timedelta) -> Instant:
        """Same instant, another UTC offset (daylight saving, travel)."""
        self.wall = self.wall.astimezone(timezone(offset))
        return self.instant()
